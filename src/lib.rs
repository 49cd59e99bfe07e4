//! factcheck: claims about articles, written as TOML, checked like code.
//!
//! A suite is a folder with `articles/` (news text), `claims/` (TOML claim files) and
//! optionally `factcheck.toml`. [`Suite::load`] validates every claim file at once;
//! [`Suite::run`] analyses each article once and decides every claim as supported, refuted
//! or absent, giving a [`Report`] that the renderers in [`report`] print.
//!
//! ```no_run
//! use factcheck::{Config, Suite};
//!
//! let config = Config::discover(std::path::Path::new(".")).expect("valid factcheck.toml");
//! let suite = Suite::load(config, &[]).expect("valid claim files");
//! let report = suite.run().expect("readable articles");
//! print!("{}", factcheck::report::human::render(&report, false));
//! ```
#![deny(missing_docs)]
// Diagnostics travel only on the cold path (invalid input), where their size costs nothing.
#![allow(clippy::result_large_err)]

pub mod article;
pub mod check;
pub mod claims;
pub mod config;
pub mod diagnostic;
pub mod harness;
pub mod recognise;
pub mod report;
pub mod scaffold;
pub mod schema;
pub mod source;
pub mod suite;
pub mod text;
mod tomlread;
pub mod watch;

pub use config::Config;
pub use diagnostic::{Diagnostic, InputErrors};
pub use report::Report;
pub use suite::{RunOptions, Suite};
