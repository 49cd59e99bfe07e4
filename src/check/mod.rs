//! Deciding claims: one matcher per claim kind, and the verdict rules they share.
//!
//! A matcher reads only an article's [`Analysis`] (its sentences, words, word index and
//! mentions), never the file, and answers with an [`Outcome`] for that article ([`decide`]);
//! [`ClaimResult::of`] combines a claim's outcomes on its articles with its `require` and
//! `expect`.

mod context;
mod date;
mod nearest;
mod pattern;
mod quantity;
mod quote;
#[cfg(test)]
mod reading;
#[cfg(test)]
mod rules;
mod statement;
mod text;

use std::sync::Arc;

use crate::article::Analysis;
use crate::claims::{Claim, ClaimKind, Require, Verdict};
use crate::source::Span;

/// Where in an article the evidence for a verdict stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Evidence {
    /// Line in the original article.
    pub line: usize,
    /// Column (Unicode scalar values, from 1) of the evidence in the original article.
    pub column: usize,
    /// The evidence itself, on one line.
    pub text: String,
    /// The sentence around it, on one line (shared by every outcome citing it).
    pub sentence: Arc<str>,
    /// Where the evidence starts in the original article, in bytes.
    pub start: usize,
    /// Where it ends in the original article, in bytes.
    pub end: usize,
}

/// A word diff to show: the claim's version against the article's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diff {
    /// The claimed version (`-`).
    pub claimed: String,
    /// What the article says (`+`).
    pub stated: String,
}

/// A near miss shown for an `absent` verdict: a place that almost states the claim.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    /// Where it is.
    pub evidence: Evidence,
    /// What it lacks, e.g. ``the words `attack`, `Ukraine` ``.
    pub lacks: String,
}

/// A claim's outcome on one article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    /// The article's name (shared with every outcome on that article).
    pub article: Arc<str>,
    /// The article file as shown.
    pub display: Arc<str>,
    /// Supported, refuted or absent.
    pub verdict: Verdict,
    /// The passage the verdict rests on.
    pub evidence: Option<Evidence>,
    /// Remarks: hedges, conversions, context found elsewhere.
    pub notes: Vec<String>,
    /// For refutations: the claim against the article.
    pub diff: Option<Diff>,
    /// For absences: the nearest passages and what each lacks.
    pub candidates: Vec<Candidate>,
}

impl Outcome {
    fn new(analysis: &Analysis, verdict: Verdict) -> Self {
        Outcome {
            article: analysis.article.name.clone(),
            display: analysis.article.display.clone(),
            verdict,
            evidence: None,
            notes: Vec::new(),
            diff: None,
            candidates: Vec::new(),
        }
    }
}

/// A claim's result over all its articles.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClaimResult {
    /// The combined verdict.
    pub verdict: Verdict,
    /// Whether the verdict is what the claim expects.
    pub passed: bool,
    /// One outcome per article, in the claim's order.
    pub outcomes: Vec<Outcome>,
}

impl ClaimResult {
    /// The result of `claim` from its outcomes, one per article in the claim's order.
    pub fn of(claim: &Claim, outcomes: Vec<Outcome>) -> Self {
        let (verdict, passed) = combine(&outcomes, claim.require, claim.expect);
        ClaimResult {
            verdict,
            passed,
            outcomes,
        }
    }
}

/// `require = "all"`: every article gives the expected verdict; `"any"`: one does. The
/// verdict shown is the expected one when it passes, else the first differing one (`all`) or
/// the strongest one found (`any`: supported, then refuted, then absent).
pub(crate) fn combine(outcomes: &[Outcome], require: Require, expect: Verdict) -> (Verdict, bool) {
    let matches = |o: &&Outcome| o.verdict == expect;
    let passed = !outcomes.is_empty()
        && match require {
            Require::All => outcomes.iter().all(|o| matches(&o)),
            Require::Any => outcomes.iter().any(|o| matches(&o)),
        };
    if passed {
        return (expect, true);
    }
    let verdict = match require {
        Require::All => outcomes.iter().find(|o| !matches(o)).map(|o| o.verdict),
        Require::Any => outcomes.iter().map(|o| o.verdict).min(),
    };
    (verdict.unwrap_or(Verdict::Absent), false)
}

/// Decide `claim` on one article.
pub fn decide(claim: &Claim, analysis: &Analysis) -> Outcome {
    let mut outcome = match &claim.kind {
        ClaimKind::Text(phrase) => text::decide(claim, phrase, analysis),
        ClaimKind::Pattern(pattern) => pattern::decide(claim, pattern, analysis),
        ClaimKind::Quote(phrase) => quote::decide(claim, phrase, analysis),
        ClaimKind::Quantity(quantity) => quantity::decide(claim, quantity, analysis),
        ClaimKind::Date(date) => date::decide(claim, date, analysis),
        ClaimKind::All(parts) => all(claim, parts, analysis),
        ClaimKind::Statement(statement) => statement::decide(claim, statement, analysis),
    };
    // Without context a different value may be about something else: never a refutation.
    // What would have refuted it is shown as a near miss instead.
    // (A statement is refuted by a denial of its own words, which needs no context.)
    if outcome.verdict == Verdict::Refuted
        && claim.context.is_empty()
        && !matches!(claim.kind, ClaimKind::Statement(_))
    {
        outcome.verdict = Verdict::Absent;
        outcome.diff = None;
        if let Some(evidence) = outcome.evidence.take() {
            outcome.candidates.push(Candidate {
                evidence,
                lacks: "context: the claim names no source, speaker or about term, so a different value cannot refute it"
                    .into(),
            });
        }
    }
    outcome
}

/// A claim stating several values on one article: refuted where one of them is, supported
/// where all are, else absent; the evidence is the deciding value's.
fn all(claim: &Claim, parts: &[crate::claims::Part], analysis: &Analysis) -> Outcome {
    let outcomes: Vec<(&crate::claims::Part, Outcome)> = parts
        .iter()
        .map(|part| {
            let mut one = claim.clone();
            one.kind = part.kind.clone();
            for term in &part.context {
                if !one.context.contains(term) {
                    one.context.push(term.clone());
                }
            }
            (part, decide(&one, analysis))
        })
        .collect();
    let count = parts.len();
    if let Some((part, refuted)) = outcomes.iter().find(|(_, o)| o.verdict == Verdict::Refuted) {
        let mut outcome = refuted.clone();
        outcome.notes.insert(
            0,
            format!("of the claim's {count} values, `{}` is refuted", part.text),
        );
        return outcome;
    }
    if outcomes
        .iter()
        .all(|(_, o)| o.verdict == Verdict::Supported)
    {
        let (_, first) = &outcomes[0];
        let mut outcome = first.clone();
        for (part, other) in &outcomes[1..] {
            if let Some(evidence) = &other.evidence {
                outcome.notes.push(format!(
                    "`{}` too, at {}:{}",
                    part.text, evidence.line, evidence.column
                ));
            }
            outcome.notes.extend(other.notes.iter().cloned());
        }
        return outcome;
    }
    let mut outcome = Outcome::new(analysis, Verdict::Absent);
    for (part, other) in &outcomes {
        if other.verdict == Verdict::Absent {
            outcome
                .notes
                .push(format!("the article does not state `{}`", part.text));
            outcome.candidates.extend(other.candidates.iter().cloned());
        }
    }
    outcome
}

/// Evidence for the normalised span `span` of an analysed article.
pub(crate) fn evidence(analysis: &Analysis, span: Span) -> Evidence {
    let at = analysis.article.position(span.start);
    Evidence {
        line: at.line,
        column: at.column,
        text: crate::text::one_line(analysis.slice(span)),
        sentence: analysis.sentence_text(analysis.sentence_at(span.start)),
        start: analysis.article.original_offset(span.start),
        end: analysis.article.original_end(span.end),
    }
}

/// `words` as a list for messages: `` `a`, `b` and `c` ``.
pub(crate) fn listed<S: AsRef<str>>(words: &[S]) -> String {
    let quoted: Vec<String> = words.iter().map(|w| format!("`{}`", w.as_ref())).collect();
    match quoted.len() {
        0 => String::new(),
        1 => quoted[0].clone(),
        n => format!("{} and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn outcome(verdict: Verdict) -> Outcome {
        Outcome {
            article: "a".into(),
            display: "a.txt".into(),
            verdict,
            evidence: None,
            notes: vec![],
            diff: None,
            candidates: vec![],
        }
    }

    #[test]
    fn require_all_needs_every_article() {
        let outcomes = [outcome(Verdict::Supported), outcome(Verdict::Absent)];
        assert_eq!(
            combine(&outcomes, Require::All, Verdict::Supported),
            (Verdict::Absent, false)
        );
        assert_eq!(
            combine(&outcomes, Require::Any, Verdict::Supported),
            (Verdict::Supported, true)
        );
    }

    #[test]
    fn expect_absent_on_all_fails_when_one_article_supports() {
        let outcomes = [outcome(Verdict::Absent), outcome(Verdict::Supported)];
        assert_eq!(
            combine(&outcomes, Require::All, Verdict::Absent),
            (Verdict::Supported, false)
        );
    }
}
