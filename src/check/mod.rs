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
    // "Johnson signed the letter asking for a three-month delay" against "… He did not sign
    // the letter.": the figure or date is the article's, what the claim says was done with it
    // is denied.
    if outcome.verdict == Verdict::Supported
        && matches!(claim.kind, ClaimKind::Quantity(_) | ClaimKind::Date(_))
        && let Some(evidence) = &outcome.evidence
        && let Some(words) = denied_in_paragraph(claim, analysis, evidence.start)
    {
        outcome.verdict = Verdict::Refuted;
        outcome
            .notes
            .push(format!("the article denies it: \"{words}\""));
    }
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

/// The root of a verb form, for comparing a claim's past tense with a denial's plain form:
/// `signed` and `sign`, `admitted` and `admit`.
fn verb_root(word: &str) -> String {
    let word = word.to_lowercase();
    let root = word
        .strip_suffix("ied")
        .map(|w| format!("{w}y"))
        .or_else(|| word.strip_suffix("ed").map(str::to_string))
        .or_else(|| word.strip_suffix("ing").map(str::to_string))
        .or_else(|| word.strip_suffix('s').map(str::to_string))
        .unwrap_or_else(|| word.clone());
    let bytes = root.as_bytes();
    // "admitt" of "admitted": one of a doubled last letter.
    if bytes.len() > 3 && bytes[bytes.len() - 1] == bytes[bytes.len() - 2] {
        return root[..root.len() - 1].to_string();
    }
    root.trim_end_matches('e').to_string()
}

/// A denial, in the paragraph of the evidence at `at`, of a verb the claim says in the past
/// (`signed`, `admitted`): a negator up to three words before the verb's plain form (`did
/// not sign`, `has never admitted`), in a sentence whose words before it name the claim's
/// subject or a pronoun (`He did not sign the letter.`; not `Ortega did not sign it` of a
/// claim about Johnson). The words, for the note.
fn denied_in_paragraph(claim: &Claim, analysis: &Analysis, at: usize) -> Option<String> {
    let verbs: Vec<String> = claim
        .says
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| w.len() > 4 && w.ends_with("ed") && w.starts_with(char::is_lowercase))
        .map(verb_root)
        .collect();
    if verbs.is_empty() {
        return None;
    }
    let names: Vec<String> = claim
        .says
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .skip(1)
        .filter(|w| w.starts_with(char::is_uppercase))
        .map(str::to_lowercase)
        .chain(claim.says.split_whitespace().next().map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        }))
        .collect();
    let content: Vec<String> = claim
        .says
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.len() > 3 && w.starts_with(char::is_lowercase))
        .map(str::to_lowercase)
        .collect();
    let token = analysis.token_at(at);
    let sentence = analysis.tokens.get(token)?.sentence;
    let paragraph = analysis.sentences[sentence].paragraph;
    let word = |t: usize| analysis.slice(analysis.tokens[t].span);
    analysis
        .sentences
        .iter()
        .filter(|s| s.paragraph == paragraph)
        .find_map(|s| {
            let range = s.tokens.clone();
            range.clone().find_map(|t| {
                if !crate::text::words::denies(word(t)) {
                    return None;
                }
                let subject = (range.start..t).any(|b| {
                    let w = word(b).to_lowercase();
                    ["he", "she", "they", "it"].contains(&w.as_str()) || names.contains(&w)
                });
                // The verb it denies is its own, in its clause ("if he does not pay, and
                // ordered him": not `ordered`).
                let verb = (t + 1..(t + 4).min(range.end))
                    .take_while(|&v| {
                        !analysis
                            .slice(crate::source::Span::new(
                                analysis.tokens[v - 1].span.end,
                                analysis.tokens[v]
                                    .span
                                    .start
                                    .max(analysis.tokens[v - 1].span.end),
                            ))
                            .contains([',', ';', ':', '(', ')', '\u{2014}', '\u{2013}'])
                            && !["and", "or", "but"].contains(&word(v).to_lowercase().as_str())
                    })
                    .find(|&v| verbs.contains(&verb_root(word(v))))?;
                // "if he does not pay", "unless they did not": a condition, not a denial.
                let condition = (range.start..t).rev().take(5).any(|b| {
                    ["if", "unless", "whether"].contains(&word(b).to_lowercase().as_str())
                });
                if condition {
                    return None;
                }
                // "was not lifted out until after 2 a.m.": when, not whether; "not only".
                let when = (verb + 1..(verb + 5).min(range.end)).any(|w| {
                    ["until", "till", "before"].contains(&word(w).to_lowercase().as_str())
                });
                if when || (t + 1 < range.end && word(t + 1).eq_ignore_ascii_case("only")) {
                    return None;
                }
                // What was not done is the claim's: one of its other words after the verb
                // (`the letter`; not "They did not arrest the leader" of "Police arrested 12").
                let object = (verb + 1..range.end).any(|o| {
                    let w = word(o).to_lowercase();
                    w.len() > 3 && !verbs.contains(&verb_root(&w)) && content.contains(&w)
                });
                (subject && object).then(|| {
                    crate::text::one_line(analysis.slice(analysis.token_span(t..verb + 1)))
                })
            })
        })
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
        && !(one_clause(&claim.says, parts) && apart(analysis, &outcomes))
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

/// Whether a claim states its values in one clause: no verb, comma or contrast between the
/// first and the last ("won 35% of the vote and 212 seats in the north"; not "Revenue rose
/// to $94.9bn and net income fell to $14.7bn").
fn one_clause(says: &str, parts: &[crate::claims::Part]) -> bool {
    let lower = says.to_lowercase();
    let spans: Vec<(usize, usize)> = parts
        .iter()
        .filter_map(|part| {
            let text = part.text.to_lowercase();
            lower.find(&text).map(|at| (at, at + text.len()))
        })
        .collect();
    if spans.len() != parts.len() {
        return false;
    }
    let first_end = spans.iter().map(|s| s.1).min().unwrap_or(0);
    let last_start = spans.iter().map(|s| s.0).max().unwrap_or(0);
    if last_start <= first_end {
        return false;
    }
    let between = &lower[first_end..last_start];
    !between.contains([',', ';'])
        && !between
            .split_whitespace()
            .any(|w| ["but", "while", "whereas"].contains(&w) || crate::claims::is_claim_verb(w))
}

/// Whether the values' evidence stands apart: in one sentence, on either side of a contrast (`while`, `whereas`, `but`, `;`): "A quarter of the cases were in children under 10"
/// against "343 cases, or 66%, have been in youngsters under the age of 10, while 133, or
/// 25%, have been in teenagers": each value is another clause's, not one statement.
fn apart(analysis: &Analysis, outcomes: &[(&crate::claims::Part, Outcome)]) -> bool {
    let tokens: Vec<usize> = outcomes
        .iter()
        .filter_map(|(_, o)| o.evidence.as_ref())
        .filter_map(|evidence| {
            analysis
                .mentions
                .iter()
                .find(|m| analysis.article.original_offset(m.span.start) == evidence.start)
                .map(|m| analysis.token_at(m.span.start))
        })
        .collect();
    let (Some(&first), Some(&last)) = (tokens.iter().min(), tokens.iter().max()) else {
        return false;
    };
    let sentence = |t: usize| analysis.tokens[t].sentence;
    sentence(first) == sentence(last)
        && (first..last).any(|t| {
            let word = analysis.slice(analysis.tokens[t].span);
            ["while", "whereas", "but", ";"]
                .iter()
                .any(|w| word.eq_ignore_ascii_case(w))
        })
}

/// Evidence for the normalised span `span` of an analysed article.
/// Whether a claim says something happened: a verb in the past tense (`reached`, `cut`,
/// `was`). A claim in the present (`The vote is on Thursday`) or with no verb (`Deficit
/// $300bn`) does not.
pub(super) fn says_past(says: &str) -> bool {
    const PAST: &[&str] = &[
        "was", "were", "had", "did", "won", "lost", "took", "made", "held", "began", "met", "came",
        "went", "gave", "got", "said", "told", "left", "hit", "cut", "fell", "rose", "ran", "saw",
        "struck", "sold", "paid", "spent", "signed", "died", "found", "grew", "set", "put", "shot",
        "led", "beat",
    ];
    // (An `-ed` word first or after a determiner is an adjective: `Insured losses`, `the
    // expected profit`.)
    const DETERMINERS: &[&str] = &[
        "the", "a", "an", "its", "their", "his", "her", "our", "this",
    ];
    let words: Vec<String> = says
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    words.iter().enumerate().any(|(at, w)| {
        PAST.contains(&w.as_str())
            || (w.len() > 4
                && w.ends_with("ed")
                && at > 0
                && !DETERMINERS.contains(&words[at - 1].as_str()))
    })
}

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
