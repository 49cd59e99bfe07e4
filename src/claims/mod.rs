//! The claim model: what a claim file says, typed and validated, with spans.
//!
//! [`parse()`] turns one claim file into a [`ClaimFile`] or a list of diagnostics (all of
//! them, never just the first). Everything downstream works on this model; nothing
//! downstream reads TOML.

mod kinds;
mod parse;
mod shorthand;
mod terms;

use std::path::PathBuf;
use std::sync::Arc;

pub use kinds::{ClaimKind, DateClaim, Part, QuantityClaim, StatementClaim};
pub(crate) use kinds::{KIND_KEYS, claim_words};
pub use parse::parse;
pub(crate) use parse::parse_keyed;
#[cfg(test)]
pub(crate) use parse::{FILE_KEYS, claim_keys};
pub(crate) use shorthand::colon as shorthand_colon;
pub(crate) use shorthand::is_verb as is_claim_verb;
pub use terms::Term;

use crate::source::Span;
use crate::text::Within;

/// What the parser asks of the suite about the article names claims write: the caller's
/// catalog of articles, behind a small interface so that claims know nothing of files.
pub trait ArticleNames {
    /// The shared name of the article `name` stands for, or why it stands for none.
    fn resolve(&self, name: &str) -> Result<Arc<str>, Unresolved>;

    /// A few of the suite's article names, for a hint when a claim names none.
    fn examples(&self) -> Vec<String>;
}

/// Why an article name stands for no article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unresolved {
    /// No article has that name; the nearest names are given.
    Unknown(Vec<String>),
    /// Several files have that name (`x.txt` and `x.md`); they are given.
    Ambiguous(Vec<String>),
    /// The name, or the file it names, lies outside the articles folder.
    Outside,
}

/// An article name as a claim file wrote it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArticleName {
    /// The name: the path under the articles folder without extension (shared: a suite's
    /// claims name few articles many times).
    pub name: Arc<str>,
    /// Where the claim file wrote it.
    pub span: Span,
}

/// One claim file, parsed.
#[derive(Debug, Clone)]
pub struct ClaimFile {
    /// The file as shown (`claims/drills.toml`). Its text is not kept: a loaded suite holds
    /// the claims, each with the line it stands on.
    pub name: String,
    /// The file on disk.
    pub path: PathBuf,
    /// The name tests use: the path under the claims folder without `.toml` (`drills`).
    pub stem: String,
    /// The claims, in file order.
    pub claims: Vec<Claim>,
}

/// One `[[claim]]`.
#[derive(Debug, Clone)]
pub struct Claim {
    /// Unique in its file; from `id`, or the slug of `says` (numbered where another claim has it).
    pub id: Arc<str>,
    /// The claim as a person states it.
    pub says: Arc<str>,
    /// The `[[claim]]` header.
    pub span: Span,
    /// The line of the `[[claim]]` header, from 1.
    pub line: usize,
    /// Where the id was written (`says` for a derived id).
    pub id_span: Span,
    /// What must be stated.
    pub kind: ClaimKind,
    /// Who said it, or what must stand beside it: all must appear in the window.
    pub context: Vec<Term>,
    /// How far from the evidence the context may be.
    pub within: Within,
    /// The articles it is checked against.
    pub articles: Vec<ArticleName>,
    /// For several articles: must all of them support it, or one?
    pub require: Require,
    /// The verdict the claim passes with.
    pub expect: Verdict,
    /// How far a stated quantity may be from the claimed one.
    pub tolerance: Tolerance,
    /// Whether a hedge ("up to 30,000" for "30,000") fails instead of passing with a note.
    pub strict: bool,
    /// What the claim asks, hashed: its table's keys and values as read, and its file's own
    /// keys (the defaults it takes). Given only to the claims of a run with a cache: two
    /// claims with one key, in one build and suite configuration, get the same outcome from
    /// the same article, so the cache keeps a claim's outcomes through edits to other claims.
    pub key: Option<ClaimKey>,
}

/// A [`Claim::key`]: the first 128 bits of a BLAKE3 hash.
pub type ClaimKey = [u8; 16];

/// How far a quantity may differ and still support a claim.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Tolerance {
    /// An absolute difference, in the claim's unit.
    Absolute(f64),
    /// A percentage of the claimed value.
    Percent(f64),
}

impl Default for Tolerance {
    fn default() -> Self {
        Tolerance::Absolute(0.0)
    }
}

/// How a claim on several articles is decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Require {
    /// Every article must give the verdict.
    All,
    /// One article is enough.
    Any,
}

/// FEVER's three labels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Verdict {
    /// The article states it.
    Supported,
    /// The article states something different in the same context.
    Refuted,
    /// The article does not address it.
    Absent,
}

impl Verdict {
    /// The label as written in claim files and reports.
    pub fn name(self) -> &'static str {
        match self {
            Verdict::Supported => "supported",
            Verdict::Refuted => "refuted",
            Verdict::Absent => "absent",
        }
    }
}

impl std::fmt::Display for Verdict {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// The slug of `says`, used as a claim's default id: lower case, runs of anything but
/// letters and digits made one `-`.
pub(crate) fn slug(says: &str) -> String {
    let mut slug = String::new();
    for c in says.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    while slug.ends_with('-') {
        slug.pop();
    }
    slug
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slug_matches_the_readme_example() {
        assert_eq!(
            slug("NATO estimate: 30,000 troops"),
            "nato-estimate-30-000-troops"
        );
        assert_eq!(
            slug("  Kyiv’s ministry — “hybrid war” "),
            "kyiv-s-ministry-hybrid-war"
        );
    }
}
