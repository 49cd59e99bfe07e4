//! `quantity` claims: the same number, in a compatible unit, with the context in the window.
//!
//! Units are compatible when they are the same head noun (or an alias of it), or measures of
//! one dimension (converted: `2 miles` against `3.2 km`); a mention with no unit is compatible,
//! with a note. Values compare within the claim's tolerance. A qualifier on only one side
//! ("up to 30,000" against "30,000") passes with a note, or fails under `strict`; qualifiers
//! pointing opposite ways refute. A different number refutes, even where intervals overlap.

use super::{Candidate, Diff, Outcome, context, evidence, listed};
use crate::article::Analysis;
use crate::claims::{Claim, QuantityClaim, Tolerance, Verdict};
use crate::recognise::units::MeasureUnit;
use crate::recognise::{Direction, Mention, MentionKind, Quantity};
use crate::text::one_line;

/// How a stated quantity's unit relates to the claim's.
enum UnitMatch {
    /// Compatible; values convert by this function into the claim's unit.
    Compatible {
        convert: Option<(MeasureUnit, MeasureUnit)>,
        note: Option<String>,
    },
    /// Different things.
    Incompatible,
}

/// How a stated value relates to the claimed one.
#[derive(Debug, PartialEq)]
enum Relation {
    /// It states the claim; the notes say how (hedges, precision).
    Supports { notes: Vec<String>, hedged: bool },
    /// It states something else.
    Contradicts { qualifier_only: bool },
    /// Neither: the article is vaguer than the claim.
    Vaguer(String),
}

pub(super) fn decide(claim: &Claim, claimed: &QuantityClaim, analysis: &Analysis) -> Outcome {
    let mut search = Search {
        claim,
        claimed,
        analysis,
        refutation: None,
        near: Vec::new(),
    };
    for mention in &analysis.mentions {
        if let MentionKind::Quantity(stated) = &mention.kind
            && let Some(outcome) = search.consider(mention, stated)
        {
            return outcome;
        }
    }
    search.finish()
}

/// The mentions a quantity claim has met so far: the best refutation and the near misses.
struct Search<'a> {
    claim: &'a Claim,
    claimed: &'a QuantityClaim,
    analysis: &'a Analysis,
    refutation: Option<Refutation<'a>>,
    /// Near misses with their rank (less is nearer).
    near: Vec<(u8, Candidate)>,
}

impl<'a> Search<'a> {
    /// Weigh one quantity mention: the outcome if it supports the claim, else note it as a
    /// refutation or a near miss.
    fn consider(&mut self, mention: &'a Mention, stated: &Quantity) -> Option<Outcome> {
        let (claim, claimed, analysis) = (self.claim, self.claimed, self.analysis);
        let missing = context::missing_context(claim, analysis, mention.sentence);
        let (convert, unit_note) = match unit_match(claimed, stated) {
            UnitMatch::Compatible { convert, note } => (convert, note),
            UnitMatch::Incompatible => {
                if same_number(&claimed.quantity, stated.low, stated.high, claim.tolerance)
                    && missing.is_empty()
                {
                    let unit = stated.unit.as_ref().map_or("none", |u| u.phrase.as_str());
                    self.near.push((
                        1,
                        candidate(analysis, mention, format!("the unit (states `{unit}`)")),
                    ));
                }
                return None;
            }
        };
        let (low, high) = match convert {
            Some((from, to)) => (
                convert_value(stated.low, &from, &to),
                convert_value(stated.high, &from, &to),
            ),
            None => (stated.low, stated.high),
        };
        // With different units the number alone would read the same: the diff swaps the
        // whole quantity.
        let converted = convert.is_some_and(|(from, to)| from.name != to.name);
        // A converted figure is compared at the precision the claim is written to: news
        // rounds conversions ("104mph (167km/h)", "60 miles (100km)").
        let rounding = if converted {
            conversion_rounding(&claimed.quantity)
        } else {
            0.0
        };
        let relation = relate(
            &claimed.quantity,
            stated,
            (low, high),
            claim.tolerance,
            rounding,
            &mention_text(analysis, mention),
        );
        if !missing.is_empty() {
            if !matches!(relation, Relation::Contradicts { .. }) {
                self.near.push((
                    0,
                    candidate(analysis, mention, format!("context {}", listed(&missing))),
                ));
            }
            return None;
        }
        let mut notes: Vec<String> = unit_note.into_iter().collect();
        if let Some((from, to)) = convert.filter(|_| converted) {
            notes.push(format!(
                "converted: {} {} = {} {}",
                trim_number(stated.low),
                from.name,
                trim_number(low),
                to.name
            ));
        }
        match relation {
            Relation::Supports {
                notes: more,
                hedged,
            } => {
                notes.extend(more);
                if hedged && claim.strict {
                    notes.push("strict: the qualifiers must match".into());
                    self.refute(mention, low, converted, true, notes);
                    return None;
                }
                let mut outcome = Outcome::new(analysis, Verdict::Supported);
                outcome.evidence = Some(value_evidence(analysis, mention));
                outcome.notes = notes;
                Some(outcome)
            }
            Relation::Contradicts { qualifier_only } => {
                self.refute(mention, low, converted, qualifier_only || converted, notes);
                None
            }
            Relation::Vaguer(note) => {
                self.near.push((0, candidate(analysis, mention, note)));
                None
            }
        }
    }

    /// Keep `mention` as the refutation if it fits the claim better than the one kept.
    ///
    /// Of the contradicting mentions, the one the claim is most likely about: a figure of the
    /// claim's order of magnitude before one that is not (a misstated figure is rarely off by
    /// ten times); one stating the claim's unit before a conversion ("104mph (167km/h)" for a
    /// claim in mph) and before a bare number; then the one nearest the claim's context; then
    /// the first.
    fn refute(
        &mut self,
        mention: &'a Mention,
        stated: f64,
        converted: bool,
        whole: bool,
        notes: Vec<String>,
    ) {
        let claimed = &self.claimed.quantity;
        let bare = matches!(&mention.kind, MentionKind::Quantity(q) if q.unit.is_none())
            && claimed.unit.is_some();
        let rank = Rank {
            off_magnitude: !same_magnitude(claimed.low, stated),
            unit: u8::from(converted) + 2 * u8::from(bare),
            distance: context::distance_to_context(
                self.claim,
                self.analysis,
                mention.sentence,
                mention.span,
            ),
        };
        if self.refutation.as_ref().is_none_or(|best| rank < best.rank) {
            self.refutation = Some(Refutation {
                rank,
                mention,
                whole,
                notes,
            });
        }
    }

    /// The outcome when no mention supports the claim: the refutation, or absent with the
    /// near misses.
    fn finish(mut self) -> Outcome {
        let analysis = self.analysis;
        if let Some(Refutation {
            mention,
            whole,
            notes,
            ..
        }) = self.refutation
        {
            let mut outcome = Outcome::new(analysis, Verdict::Refuted);
            outcome.evidence = Some(value_evidence(analysis, mention));
            outcome.notes = notes;
            let (span, replacement) = if whole {
                (mention.span, self.claimed.text.as_str())
            } else {
                (mention.value_span, self.claimed.value_text.as_str())
            };
            outcome.diff = Some(substituted(analysis, mention.sentence, span, replacement));
            return outcome;
        }
        let mut outcome = Outcome::new(analysis, Verdict::Absent);
        self.near.sort_by_key(|(rank, _)| *rank);
        outcome.candidates = self.near.into_iter().take(3).map(|(_, c)| c).collect();
        outcome
    }
}

/// How well a contradicting mention fits the claim, compared in the fields' order (less is
/// better).
#[derive(PartialEq, Eq, PartialOrd, Ord)]
struct Rank {
    /// Not within ten times of the claimed value.
    off_magnitude: bool,
    /// 0: the claim's unit; 1: converted from another unit; 2: no unit stated.
    unit: u8,
    /// Words from the claim's context.
    distance: usize,
}

/// A mention that contradicts the claim, with how well it fits.
struct Refutation<'a> {
    rank: Rank,
    mention: &'a Mention,
    /// Whether the diff swaps the whole quantity (not just its number).
    whole: bool,
    notes: Vec<String>,
}

/// Whether two values are within ten times of each other (both zero counts).
fn same_magnitude(a: f64, b: f64) -> bool {
    let (small, large) = if a.abs() < b.abs() {
        (a.abs(), b.abs())
    } else {
        (b.abs(), a.abs())
    };
    large == 0.0 || (small > 0.0 && large / small <= 10.0)
}

/// The evidence sentence with `span` replaced by the claim's words (`-`) against the sentence
/// as written (`+`).
pub(super) fn substituted(
    analysis: &Analysis,
    sentence: usize,
    span: crate::source::Span,
    replacement: &str,
) -> Diff {
    let whole = analysis.sentences[sentence].span;
    let text = &analysis.article.text;
    let claimed = format!(
        "{}{}{}",
        &text[whole.start..span.start],
        replacement,
        &text[span.end..whole.end]
    );
    Diff {
        claimed: one_line(&claimed),
        stated: one_line(&text[whole.range()]),
    }
}

fn mention_text(analysis: &Analysis, mention: &Mention) -> String {
    one_line(analysis.slice(mention.span))
}

/// Evidence pointing at the value of a mention, showing the whole mention.
pub(super) fn value_evidence(analysis: &Analysis, mention: &Mention) -> super::Evidence {
    let mut found = evidence(analysis, mention.span);
    let at = analysis.article.position(mention.value_span.start);
    found.line = at.line;
    found.column = at.column;
    found.sentence = analysis.sentence_text(mention.sentence);
    found
}

fn candidate(analysis: &Analysis, mention: &Mention, lacks: String) -> Candidate {
    Candidate {
        evidence: value_evidence(analysis, mention),
        lacks,
    }
}

fn unit_match(claimed: &QuantityClaim, stated: &Quantity) -> UnitMatch {
    let Some(claim_unit) = &claimed.quantity.unit else {
        return UnitMatch::Compatible {
            convert: None,
            note: None,
        };
    };
    let Some(stated_unit) = &stated.unit else {
        return UnitMatch::Compatible {
            convert: None,
            note: Some("the article gives no unit".into()),
        };
    };
    match (claim_unit.measure, stated_unit.measure) {
        (Some(claim_measure), Some(stated_measure)) => {
            if claim_measure.dimension == stated_measure.dimension {
                UnitMatch::Compatible {
                    convert: Some((stated_measure, claim_measure)),
                    note: None,
                }
            } else {
                UnitMatch::Incompatible
            }
        }
        (None, None) => {
            let head = crate::text::words::stem(&stated_unit.head).to_string();
            let words: Vec<String> = stated_unit
                .phrase
                .split([' ', '-'])
                .map(|w| crate::text::words::stem(&crate::text::words::key(w)).to_string())
                .collect();
            let matches = claimed.unit_names.contains(&head)
                || claimed.unit_names.iter().any(|name| words.contains(name));
            if matches {
                UnitMatch::Compatible {
                    convert: None,
                    note: None,
                }
            } else {
                UnitMatch::Incompatible
            }
        }
        _ => UnitMatch::Incompatible,
    }
}

fn convert_value(value: f64, from: &MeasureUnit, to: &MeasureUnit) -> f64 {
    (from.to_base(value) - to.offset) / to.factor
}

fn allowance(claimed: &Quantity, tolerance: Tolerance) -> f64 {
    let scale = claimed.low.abs().max(claimed.high.abs());
    let given = match tolerance {
        Tolerance::Absolute(amount) => amount,
        Tolerance::Percent(percent) => scale * percent / 100.0,
    };
    // Rounding in conversions and decimals: a part in a million.
    given + scale.max(1.0) * 1e-6
}

fn same_number(claimed: &Quantity, low: f64, high: f64, tolerance: Tolerance) -> bool {
    let slack = allowance(claimed, tolerance);
    (claimed.low - low).abs() <= slack && (claimed.high - high).abs() <= slack
}

/// Half a unit of the claim's last significant digit (`167` → 0.5, `1.1` → 0.05, `1,600` → 50),
/// at most 5% of the value: how far a rounded conversion may lie from the exact one.
fn conversion_rounding(claimed: &Quantity) -> f64 {
    let value = claimed.low.abs().max(claimed.high.abs());
    if value == 0.0 || !value.is_finite() {
        return 0.0;
    }
    let written = format!("{value:.6}");
    let written = written.trim_end_matches('0');
    let step = match written.split_once('.') {
        Some((_, decimals)) if !decimals.is_empty() => 10f64.powi(-(decimals.len() as i32)),
        _ => {
            let whole = written.trim_end_matches('.');
            let zeros = whole.len() - whole.trim_end_matches('0').len();
            10f64.powi(zeros as i32)
        }
    };
    (step / 2.0).min(value * 0.05)
}

fn relate(
    claimed: &Quantity,
    stated: &Quantity,
    (low, high): (f64, f64),
    tolerance: Tolerance,
    rounding: f64,
    text: &str,
) -> Relation {
    let slack = allowance(claimed, tolerance) + rounding;
    if (claimed.low - low).abs() <= slack && (claimed.high - high).abs() <= slack {
        return qualifiers(claimed, stated, text);
    }
    let inside_claim = low >= claimed.low - slack && high <= claimed.high + slack;
    if !claimed.is_exact() && inside_claim {
        return Relation::Supports {
            notes: vec![format!("the article is more precise: \"{text}\"")],
            hedged: false,
        };
    }
    let claim_inside = claimed.low >= low - slack && claimed.high <= high + slack;
    if !stated.is_exact() && claim_inside {
        return Relation::Vaguer(format!("a precise figure (states only \"{text}\")"));
    }
    Relation::Contradicts {
        qualifier_only: false,
    }
}

fn qualifiers(claimed: &Quantity, stated: &Quantity, text: &str) -> Relation {
    let direction = |q: &Quantity| q.qualifier.as_ref().map(|q| q.direction);
    match (direction(claimed), direction(stated)) {
        (None, None) => Relation::Supports {
            notes: vec![],
            hedged: false,
        },
        (a, b) if a == b => Relation::Supports {
            notes: vec![],
            hedged: false,
        },
        (Some(Direction::Above), Some(Direction::Below))
        | (Some(Direction::Below), Some(Direction::Above)) => Relation::Contradicts {
            qualifier_only: true,
        },
        (None, Some(_)) => Relation::Supports {
            notes: vec![format!("article hedges: \"{text}\"")],
            hedged: true,
        },
        (Some(_), None) => Relation::Supports {
            notes: vec![format!(
                "the claim qualifies (\"{}\"); the article states \"{text}\"",
                claimed.qualifier.as_ref().map_or("", |q| q.text.as_str())
            )],
            hedged: true,
        },
        (Some(_), Some(_)) => Relation::Supports {
            notes: vec![format!("article hedges differently: \"{text}\"")],
            hedged: true,
        },
    }
}

/// A number without a needless `.0`, rounded for notes.
fn trim_number(value: f64) -> String {
    let rounded = (value * 100.0).round() / 100.0;
    if rounded.fract() == 0.0 {
        format!("{}", rounded as i64)
    } else {
        format!("{rounded}")
    }
}
