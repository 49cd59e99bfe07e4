//! Reports: the results of a run, and one renderer per output format.
//!
//! A [`Report`] is built once from the checked claims; renderers only read it. The human
//! renderer without colour is also the snapshot format: plain, stable text with no timings
//! and no absolute paths.

pub mod extract;
pub mod github;
pub mod html;
pub mod human;
pub mod json;
pub mod junit;
pub mod markdown;

use crate::check::ClaimResult;
use crate::claims::Verdict;

/// The results of a run.
#[derive(Debug, Clone, Default)]
pub struct Report {
    /// One entry per claim file, in path order.
    pub files: Vec<FileReport>,
}

/// The results of one claim file.
#[derive(Debug, Clone)]
pub struct FileReport {
    /// The claim file as shown (`claims/drills.toml`).
    pub path: String,
    /// The name tests use (`drills`).
    pub stem: String,
    /// One entry per claim, in file order.
    pub claims: Vec<ClaimReport>,
}

/// The result of one claim.
#[derive(Debug, Clone)]
pub struct ClaimReport {
    /// The claim's id (shared with the claim).
    pub id: std::sync::Arc<str>,
    /// The claim as stated (shared with the claim).
    pub says: std::sync::Arc<str>,
    /// The line of its `[[claim]]` header.
    pub line: usize,
    /// Its kind key (`text`, `quote`, …).
    pub kind: &'static str,
    /// The verdict it expects.
    pub expect: Verdict,
    /// What the articles gave.
    pub result: ClaimResult,
}

impl Report {
    /// Every claim of every file.
    pub fn claims(&self) -> impl Iterator<Item = &ClaimReport> {
        self.files.iter().flat_map(|f| f.claims.iter())
    }

    /// How many claims passed.
    pub fn passed(&self) -> usize {
        self.claims().filter(|c| c.result.passed).count()
    }

    /// How many claims failed.
    pub fn failed(&self) -> usize {
        self.claims().filter(|c| !c.result.passed).count()
    }
}
