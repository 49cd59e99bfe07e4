//! How a stated quantity relates to a claimed one: its unit (the same head noun or alias,
//! a measure of the same dimension, another currency), its rate, and its value (the same
//! number, within the claim's bound or approximation, or another).

use crate::claims::{QuantityClaim, Tolerance};
use crate::recognise::units::{Dimension, MeasureUnit};
use crate::recognise::{Direction, Qualifier, Quantity};

/// How a stated quantity's unit relates to the claim's.
pub(super) enum UnitMatch {
    /// Compatible; values convert by this function into the claim's unit.
    Compatible {
        convert: Option<(MeasureUnit, MeasureUnit)>,
        note: Option<String>,
    },
    /// Money in another currency: the same number refutes ("$5.9m" against "£5.9m").
    OtherCurrency,
    /// The same measure at another rate: the same number refutes ("£224 a month" against
    /// "£224 a year").
    OtherRate,
    /// Different things.
    Incompatible,
}

/// How a stated value relates to the claimed one.
#[derive(Debug, PartialEq)]
pub(super) enum Relation {
    /// It states the claim; the notes say how (hedges, precision).
    Supports { notes: Vec<String>, hedged: bool },
    /// It states something else.
    Contradicts { qualifier_only: bool },
    /// Neither: the article is vaguer than the claim.
    Vaguer(String),
}

pub(super) fn unit_match(claimed: &QuantityClaim, stated: &Quantity) -> UnitMatch {
    // An age is years of a life: no count of charges, days, seconds or per cent ("Doyle, 31,"
    // does not state "31 charges"); and a claimed age is no other figure.
    let claimed_age = claimed.quantity.age
        || claimed.quantity.unit.as_ref().is_some_and(|u| {
            u.phrase
                .split([' ', '-'])
                .any(|w| w.eq_ignore_ascii_case("old") || w.eq_ignore_ascii_case("aged"))
        });
    if stated.age && !claimed_age && claimed.quantity.unit.is_some() {
        return UnitMatch::Incompatible;
    }
    if claimed_age && !stated.age && stated.unit.is_some() {
        return UnitMatch::Incompatible;
    }
    if stated.age && claimed_age {
        return UnitMatch::Compatible {
            convert: None,
            note: None,
        };
    }
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
    // "$1.87 a share" and "$1.87 a year" are different rates; a claim without the rate
    // matches the article's rate, and a rate without one in the article holds with a note.
    let rate_note = match (&claim_unit.per, &stated_unit.per) {
        (Some(claimed_per), Some(stated_per)) if !same_word(claimed_per, stated_per) => {
            // (Only periods of time are other rates for certain: "£9.90 an item" may be "£9.90
            // per prescription".)
            let same_measure = claim_unit
                .measure
                .zip(stated_unit.measure)
                .is_some_and(|(claimed, stated)| claimed.name == stated.name);
            return if same_measure
                && let (Some(claimed), Some(stated)) = (period(claimed_per), period(stated_per))
                && claimed != stated
            {
                UnitMatch::OtherRate
            } else {
                UnitMatch::Incompatible
            };
        }
        (Some(per), None) => Some(format!("the article gives no rate (claim: a {per})")),
        _ => None,
    };
    match (claim_unit.measure, stated_unit.measure) {
        (Some(claim_measure), Some(stated_measure)) => {
            // "200 hours of unpaid work" against "a sentence suspended for two years": news
            // gives one span of time in units near each other (`730 days`, `two years`),
            // never a prison term in hours; units a thousandfold apart measure different
            // things.
            let far_apart = claim_measure.dimension == Dimension::Duration
                && (claim_measure.factor / stated_measure.factor)
                    .max(stated_measure.factor / claim_measure.factor)
                    > 1000.0;
            if far_apart {
                UnitMatch::Incompatible
            } else if claim_measure.dimension == stated_measure.dimension {
                UnitMatch::Compatible {
                    convert: Some((stated_measure, claim_measure)),
                    note: rate_note,
                }
            } else if matches!(claim_measure.dimension, Dimension::Currency(_))
                && matches!(stated_measure.dimension, Dimension::Currency(_))
            {
                UnitMatch::OtherCurrency
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
                    note: rate_note,
                }
            } else {
                UnitMatch::Incompatible
            }
        }
        // "down 0.7 percentage points" and "down 0.7 points at 4.7%": the points of a rate.
        (Some(measure), None) | (None, Some(measure))
            if measure.dimension == Dimension::PercentagePoint
                && measure.factor == 1.0
                && [&claim_unit.head, &stated_unit.head]
                    .iter()
                    .any(|head| matches!(head.as_str(), "points" | "point")) =>
        {
            UnitMatch::Compatible {
                convert: None,
                note: rate_note,
            }
        }
        _ => UnitMatch::Incompatible,
    }
}

/// Whether two words are one word, plural or not (`share`, `shares`).
/// The period of time a rate is per, by its stem (`annum` is a year): `None` for a rate of
/// anything else (`an item`, `a share`).
fn period(per: &str) -> Option<&'static str> {
    const PERIODS: &[&str] = &[
        "second", "minute", "hour", "day", "night", "week", "month", "year", "quarter",
    ];
    let stem = crate::text::words::stem(&crate::text::words::key(per)).into_owned();
    let stem = if stem == "annum" {
        "year"
    } else {
        stem.as_str()
    };
    PERIODS.iter().find(|p| **p == stem).copied()
}

fn same_word(a: &str, b: &str) -> bool {
    let stem = |w: &str| crate::text::words::stem(&crate::text::words::key(w)).into_owned();
    stem(a) == stem(b)
}

pub(super) fn convert_value(value: f64, from: &MeasureUnit, to: &MeasureUnit) -> f64 {
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

pub(super) fn same_number(claimed: &Quantity, low: f64, high: f64, tolerance: Tolerance) -> bool {
    let slack = allowance(claimed, tolerance);
    (claimed.low - low).abs() <= slack && (claimed.high - high).abs() <= slack
}

/// Half a unit of the claim's last significant digit (`167` → 0.5, `1.1` → 0.05, `1,600` → 50),
/// at most 5% of the value: how far a rounded conversion may lie from the exact one.
pub(super) fn conversion_rounding(claimed: &Quantity) -> f64 {
    rounding_of(claimed.low.abs().max(claimed.high.abs()))
}

/// The same of the article's figure, in its own unit: "1,305 square kilometres" is exact to
/// half a square kilometre, whatever its conversion to acres gives.
/// (A whole number below 1,000 is exact to half a unit: "40C" is no rounded 40.)
pub(super) fn stated_rounding(stated: &Quantity) -> f64 {
    let value = stated.low.abs().max(stated.high.abs());
    if value < 1000.0 && value.fract() == 0.0 {
        return 0.5;
    }
    rounding_of(value)
}

/// Half a unit of `value`'s last significant digit, at most 5% of it (see
/// [`conversion_rounding`]).
fn rounding_of(value: f64) -> f64 {
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

/// How far an approximation reaches: "about 30,000" holds for 28,500 to 31,500.
const ABOUT: f64 = 0.05;
/// How far below its figure "nearly" or "almost" reaches: "nearly 1,000" holds for 900 up.
const NEARLY: f64 = 0.10;

/// The values a quantity allows, by its qualifier: `more than 100` → (100, ∞), `about 100`
/// → [95, 105], `nearly 100` → [90, 100], `up to 100` → (−∞, 100].
fn interval(quantity: &Quantity, low: f64, high: f64) -> (f64, f64) {
    match &quantity.qualifier {
        None => (low, high),
        // ("just over 270" is no claim about "more than 400".)
        Some(Qualifier {
            direction: Direction::Above,
            text,
        }) if is_barely_over(text) => (low, high + high.abs() * NEARLY),
        Some(Qualifier {
            direction: Direction::Above,
            ..
        }) => (low, f64::INFINITY),
        Some(Qualifier {
            direction: Direction::About,
            ..
        }) => (low - low.abs() * ABOUT, high + high.abs() * ABOUT),
        Some(Qualifier {
            direction: Direction::Below,
            text,
        }) if is_nearly(text) => (low - low.abs() * NEARLY, high),
        Some(Qualifier {
            direction: Direction::Below,
            ..
        }) => (f64::NEG_INFINITY, high),
    }
}

/// Whether a quantity gives the extreme a figure reached (`up to 50 mph`, `as many as 300
/// people`), rather than a bound it stays within (`at most`, `fewer than`).
fn is_peak(quantity: &Quantity) -> bool {
    quantity.qualifier.as_ref().is_some_and(|q| {
        matches!(
            q.text.as_str(),
            "up to" | "as many as" | "as much as" | "as high as" | "as low as" | "as few as"
        )
    })
}

fn is_nearly(qualifier: &str) -> bool {
    matches!(qualifier, "nearly" | "almost" | "close to" | "just under")
}

/// `just over`: a little above the figure, as `nearly` is a little below it.
fn is_barely_over(qualifier: &str) -> bool {
    matches!(qualifier, "just over")
}

pub(super) fn relate(
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
    // "winds of up to 60 mph" against "up to 50 mph": both give the peak, and news states a
    // peak as its figure (the gusts reached 50, not "somewhere under 60"), so the peaks
    // must agree. (A bound holding for an exact figure is another matter: "up to 60 mph"
    // holds for "45 mph", as a bound does.)
    // (A peak the article gives as a range holds the claim's inside it, more precisely than
    // the article says it: "as much as 10 inches" of "as much as 8 to 10 inches".)
    let within_stated = claimed.low >= low - slack && claimed.high <= high + slack;
    if is_peak(claimed) && is_peak(stated) && !within_stated {
        return Relation::Contradicts {
            qualifier_only: false,
        };
    }
    // "within 14 days" against "within seven days", "at least £1.2m" against "at least £2m":
    // where both state the same limit, the limit is the figure (a deadline, a cap, a floor),
    // and they must agree.
    // ("72 degrees or above" against "78 degrees or higher": the same floor in other words.)
    fn limit(q: &Quantity) -> Option<&str> {
        q.qualifier
            .as_ref()
            .map(|q| q.text.as_str())
            .and_then(|text| match text {
                "within" | "at most" | "no more than" | "a maximum of" | "or less" | "or below"
                | "or fewer" | "or lower" | "or under" | "and under" | "or younger"
                | "and younger" => Some("at most"),
                "at least" | "a minimum of" | "or more" | "or above" | "or higher" | "or over"
                | "and over" | "and above" | "or older" | "and older" => Some("at least"),
                _ => None,
            })
    }
    if limit(claimed).is_some() && limit(claimed) == limit(stated) && !within_stated {
        return Relation::Contradicts {
            qualifier_only: false,
        };
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
    // A claim's qualifier is a statement about the article's figure: "more than half a
    // million" holds for "612,350", "about 30,000" for "29,400" — a figure of the claim's
    // order of magnitude ("fewer than 100,000" is no claim about 1,700). A hedged figure holds
    // where all it allows is inside the claim: "more than 25 million" is more than 20 million.
    let magnitude = |value: f64| {
        let (small, large) = if value.abs() < claimed.low.abs() {
            (value.abs(), claimed.low.abs())
        } else {
            (claimed.low.abs(), value.abs())
        };
        large == 0.0 || (small > 0.0 && large / small <= 10.0)
    };
    if let Some(qualifier) = &claimed.qualifier
        && magnitude(low)
        && magnitude(high)
    {
        let (allowed_low, allowed_high) = interval(claimed, claimed.low, claimed.high);
        // (An approximate figure reaches as far as its rounding: "about 62% higher" is more
        // than 60% higher; "about 30,000" may be 28,500.)
        let (stated_low, stated_high) = match &stated.qualifier {
            Some(Qualifier {
                direction: Direction::About,
                ..
            }) => {
                let rounding = rounding_of(low.abs().max(high.abs()));
                (low - rounding, high + rounding)
            }
            _ => interval(stated, low, high),
        };
        if stated_low >= allowed_low - slack && stated_high <= allowed_high + slack {
            return Relation::Supports {
                notes: vec![format!(
                    "\"{}\" holds: the article gives \"{text}\"",
                    qualifier.text
                )],
                hedged: false,
            };
        }
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
pub(super) fn trim_number(value: f64) -> String {
    let rounded = (value * 100.0).round() / 100.0;
    if rounded.fract() == 0.0 {
        format!("{}", rounded as i64)
    } else {
        format!("{rounded}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quantity(low: f64, qualifier: Option<(&str, Direction)>) -> Quantity {
        Quantity::level(
            low,
            low,
            qualifier.map(|(text, direction)| Qualifier {
                text: text.into(),
                direction,
            }),
            None,
        )
    }

    fn relation(claimed: &Quantity, stated: &Quantity) -> Relation {
        relate(
            claimed,
            stated,
            (stated.low, stated.high),
            Tolerance::default(),
            0.0,
            "x",
        )
    }

    #[test]
    fn a_claims_bound_holds_for_a_figure_inside_it() {
        let more = quantity(500_000.0, Some(("more than", Direction::Above)));
        assert!(matches!(
            relation(&more, &quantity(612_350.0, None)),
            Relation::Supports { .. }
        ));
        assert!(matches!(
            relation(&more, &quantity(450_000.0, None)),
            Relation::Contradicts { .. }
        ));
        let about = quantity(30_000.0, Some(("about", Direction::About)));
        assert!(matches!(
            relation(&about, &quantity(29_400.0, None)),
            Relation::Supports { .. }
        ));
        assert!(matches!(
            relation(&about, &quantity(28_000.0, None)),
            Relation::Contradicts { .. }
        ));
        let nearly = quantity(1_000.0, Some(("nearly", Direction::Below)));
        assert!(matches!(
            relation(&nearly, &quantity(950.0, None)),
            Relation::Supports { .. }
        ));
        assert!(matches!(
            relation(&nearly, &quantity(800.0, None)),
            Relation::Contradicts { .. }
        ));
        // A hedged figure holds where all it allows is inside the bound, and not otherwise.
        let more = quantity(100_000.0, Some(("more than", Direction::Above)));
        assert!(matches!(
            relation(
                &more,
                &quantity(150_000.0, Some(("north of", Direction::Above)))
            ),
            Relation::Supports { .. }
        ));
        assert!(matches!(
            relation(
                &more,
                &quantity(150_000.0, Some(("up to", Direction::Below)))
            ),
            Relation::Contradicts { .. }
        ));
    }

    #[test]
    fn a_peak_claimed_against_a_peak_stated_must_be_that_peak() {
        let up_to = |value| quantity(value, Some(("up to", Direction::Below)));
        assert!(matches!(
            relation(&up_to(60.0), &up_to(50.0)),
            Relation::Contradicts { .. }
        ));
        assert!(matches!(
            relation(&up_to(50.0), &up_to(50.0)),
            Relation::Supports { .. }
        ));
        let as_many = quantity(300.0, Some(("as many as", Direction::Below)));
        assert!(matches!(
            relation(&as_many, &up_to(250.0)),
            Relation::Contradicts { .. }
        ));
        // A bound still holds for an exact figure inside it.
        assert!(matches!(
            relation(&up_to(60.0), &quantity(45.0, None)),
            Relation::Supports { .. }
        ));
    }

    #[test]
    fn an_exact_claim_is_not_supported_by_a_hedged_figure_of_another_value() {
        let exact = quantity(29_400.0, None);
        assert!(matches!(
            relation(
                &exact,
                &quantity(30_000.0, Some(("about", Direction::About)))
            ),
            Relation::Contradicts { .. }
        ));
        let exact = quantity(150_000.0, None);
        assert!(matches!(
            relation(
                &exact,
                &quantity(100_000.0, Some(("north of", Direction::Above)))
            ),
            Relation::Contradicts { .. }
        ));
    }
}
