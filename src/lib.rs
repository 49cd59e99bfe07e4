//! factcheck: claims about articles, written as TOML, checked like code.
//!
//! A suite is a folder with `articles/` (news text), `claims/` (TOML claim files) and
//! optionally `factcheck.toml`. [`Suite::load`] validates every claim file at once;
//! [`Suite::run`] analyses each article once and decides every claim as supported, refuted
//! or absent, giving a [`Report`] that [`report::write`] writes in any [`Format`].
//!
//! ```no_run
//! use factcheck::{Config, Format, Suite};
//!
//! let config = Config::discover(std::path::Path::new(".")).expect("valid factcheck.toml");
//! let suite = Suite::load(config, &[]).expect("valid claim files");
//! let report = suite.run().expect("readable articles");
//! factcheck::report::write(&report, Format::Human, false, std::io::stdout()).unwrap();
//! ```
//!
//! The public API, in full:
//! - running a suite: [`Config`], [`Suite`], [`RunOptions`], [`RunStats`];
//! - its results: [`Report`] and [`report`] (the formats, [`report::write`]);
//! - `cargo test`: [`harness::run`], for a suite's `tests/claims.rs`;
//! - input errors: [`Diagnostic`], [`InputErrors`], [`diagnostic::render`];
//! - recognition, for tools: [`article::Article`], [`article::analyse`],
//!   [`recognise::recognise`] and [`report::extract`] (what `factcheck extract` prints);
//! - positions: [`source`].
//!
//! Everything else is the crate's own; the few modules the command and the tests reach
//! into are hidden from this documentation.
#![deny(missing_docs)]
// Diagnostics travel only on the cold path (invalid input), where their size costs nothing.
#![allow(clippy::result_large_err)]

pub mod article;
pub mod cache;
#[doc(hidden)]
pub mod check;
#[doc(hidden)]
pub mod claims;
#[doc(hidden)]
pub mod config;
pub mod diagnostic;
pub mod harness;
pub mod recognise;
pub mod report;
#[doc(hidden)]
pub mod scaffold;
#[doc(hidden)]
pub mod schema;
pub mod source;
#[doc(hidden)]
pub mod suite;
#[doc(hidden)]
pub mod text;
mod tomlread;
#[doc(hidden)]
pub mod watch;

pub use config::Config;
pub use diagnostic::{Diagnostic, InputErrors};
pub use report::{Format, Report};
pub use suite::{RunOptions, RunStats, Suite};
