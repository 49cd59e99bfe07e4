//! Figures written in a notation of their own: clock-notation durations (`2:04:11`,
//! `1:58.20`), ages by decade (`in her 60s`), and multiples (`eight times`, `twice`,
//! `tenfold`, `doubled`).

use super::*;

/// Two digits, glued to what is before them.
fn two_digits(lexeme: Option<&Lexeme<'_>>) -> Option<f64> {
    let lexeme = lexeme.filter(|l| l.kind == Kind::Number && !l.spaced)?;
    let digits = numbers::digits(lexeme.text)?;
    let whole = lexeme.text.split('.').next()?;
    (whole.len() == 2 && digits.suffix.is_empty() && !digits.grouped).then_some(digits.value)
}

/// A duration in clock notation at `at`: `2:04:11` (hours, minutes, seconds) or `1:58.20`
/// (minutes and seconds with hundredths), as race times are written; in seconds. A plain
/// `10:30` is a time of day, not a duration.
pub(super) fn clock_duration_at(
    lexemes: &[Lexeme<'_>],
    start: usize,
    opening: &Opening,
) -> Option<Found> {
    let at = opening.number;
    let first = lexemes.get(at).filter(|l| l.kind == Kind::Number)?;
    if first.text.len() > 2 || !first.text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let colon = |i: usize| lexemes.get(i).is_some_and(|l| l.text == ":" && !l.spaced);
    if !colon(at + 1) {
        return None;
    }
    let minutes_or_seconds = two_digits(lexemes.get(at + 2))?;
    let leading: f64 = first.text.parse().ok()?;
    let (seconds, end) = if colon(at + 3)
        && let Some(seconds) = two_digits(lexemes.get(at + 4))
        && !lexemes[at + 2].text.contains('.')
    {
        (
            leading * 3600.0 + minutes_or_seconds * 60.0 + seconds,
            at + 5,
        )
    } else if lexemes[at + 2].text.contains('.') {
        (leading * 60.0 + minutes_or_seconds, at + 3)
    } else {
        return None;
    };
    // "1:58.20" in hundredths, without the float's tail (118.19999…).
    let seconds = (seconds * 1000.0).round() / 1000.0;
    let second = units::lookup("second").expect("second is a unit");
    let span = Span::new(lexemes[start].span.start, lexemes[end - 1].span.end);
    let value_span = Span::new(first.span.start, lexemes[end - 1].span.end);
    // "cutting 45 seconds from the previous mark of 2:17:01".
    let (earlier, another_time) = change::earlier_level(lexemes, start);
    Some(Found {
        span,
        value_span,
        quantity: Quantity {
            earlier,
            another_time,
            ..Quantity::level(
                seconds,
                seconds,
                opening.qualifier.clone(),
                Some(measure_unit(&joined(&lexemes[at..end]), second)),
            )
        },
        lexemes: start..end,
    })
}

/// An age by decade at `at`: `in her 60s`, `his 40s` (60 to 69 years).
pub(super) fn age_decade_at(
    lexemes: &[Lexeme<'_>],
    start: usize,
    opening: &Opening,
) -> Option<Found> {
    let at = opening.number;
    let decade = lexemes.get(at).filter(|l| l.kind == Kind::Number)?;
    let tens: f64 = decade.text.strip_suffix('s')?.parse().ok()?;
    let possessive = at.checked_sub(1).is_some_and(|i| {
        ["her", "his", "their", "its"]
            .iter()
            .any(|w| lexemes[i].is(w))
    });
    if !possessive || !(10.0..=90.0).contains(&tens) || tens % 10.0 != 0.0 {
        return None;
    }
    // An age, so a bare number as every age is ("Platt, 35,").
    Some(Found {
        span: Span::new(lexemes[start].span.start, decade.span.end),
        value_span: decade.span,
        quantity: Quantity {
            age: true,
            ..Quantity::level(tens, tens + 9.0, opening.qualifier.clone(), None)
        },
        lexemes: start..at + 1,
    })
}

/// Verbs that multiply a level: their factor, and whether it grew.
const MULTIPLYING_VERBS: &[(&str, f64, Trend)] = &[
    ("doubled", 2.0, Trend::Up),
    ("doubles", 2.0, Trend::Up),
    ("doubling", 2.0, Trend::Up),
    ("tripled", 3.0, Trend::Up),
    ("triples", 3.0, Trend::Up),
    ("tripling", 3.0, Trend::Up),
    ("trebled", 3.0, Trend::Up),
    ("quadrupled", 4.0, Trend::Up),
    ("halved", 2.0, Trend::Down),
    ("halves", 2.0, Trend::Down),
    ("halving", 2.0, Trend::Down),
];

/// Adverbs and `-fold` words that are a multiple by themselves.
const MULTIPLE_WORDS: &[(&str, f64)] = &[
    ("twice", 2.0),
    ("thrice", 3.0),
    ("twofold", 2.0),
    ("threefold", 3.0),
    ("fourfold", 4.0),
    ("fivefold", 5.0),
    ("sixfold", 6.0),
    ("sevenfold", 7.0),
    ("eightfold", 8.0),
    ("ninefold", 9.0),
    ("tenfold", 10.0),
    ("twentyfold", 20.0),
    ("hundredfold", 100.0),
];

/// The words that open a multiple with no number before them (`twice`, `doubled`): quantity
/// starters for the lexer.
pub(super) fn multiple_starters() -> impl Iterator<Item = &'static str> {
    MULTIPLYING_VERBS
        .iter()
        .map(|(word, _, _)| *word)
        .chain(MULTIPLE_WORDS.iter().map(|(word, _)| *word))
}

/// The unit of a multiple: `times`, however it is written (`twice`, `doubled`, `3-fold`),
/// so that each matches the others.
fn times() -> Unit {
    Unit {
        phrase: "times".to_string(),
        head: "times".to_string(),
        measure: None,
        per: None,
    }
}

/// A multiple at `start`: `eight times` (`more than eight times Lime's fleet`, `cut rates
/// four times`), `twice` (`twice the risk`, `twice as often`), `tenfold`, `3-fold`; or a
/// verb that multiplies (`doubled`, `more than halved`: a change by that factor). Its unit
/// is `times`.
pub(super) fn multiple_at(
    lexemes: &[Lexeme<'_>],
    start: usize,
    opening: &Opening,
) -> Option<Found> {
    let at = opening.number;
    let word = lexemes.get(at)?;
    if opening.currency.is_some() {
        return None;
    }
    // "twice-weekly", "doubled-up": a compound adjective of another kind.
    let glued_on = |end: usize| lexemes.get(end).is_some_and(|l| l.text == "-" && !l.spaced);
    let (low, high, change, end) = if let Some(&(_, factor, trend)) = MULTIPLYING_VERBS
        .iter()
        .find(|(verb, _, _)| word.kind == Kind::Word && word.is(verb))
    {
        (factor, factor, Some(trend), at + 1)
    } else if let Some(&(_, factor)) = MULTIPLE_WORDS
        .iter()
        .find(|(w, _)| word.kind == Kind::Word && word.is(w))
    {
        if glued_on(at + 1) {
            return None;
        }
        (factor, factor, None, at + 1)
    } else {
        // "eight times", "3 times", "3-fold", "three-fold".
        let mut read = super::read::number_at(lexemes, at, false)?;
        if read.vague || read.low != read.high || read.unit_suffix.is_some() {
            return None;
        }
        // "four or five times", "two to three times": a range of multiples.
        if lexemes
            .get(read.end)
            .is_some_and(|l| l.is("or") || l.is("to"))
            && let Some(other) = super::read::number_at(lexemes, read.end + 1, false)
            && other.low > read.low
            && lexemes.get(other.end).is_some_and(|l| l.text == "times")
        {
            read = super::read::Read {
                high: other.low,
                end: other.end,
                ..read
            };
        }
        let next = lexemes.get(read.end)?;
        let end = if next.kind == Kind::Word && next.text == "times" {
            read.end + 1
        } else if next.text == "-"
            && !next.spaced
            && lexemes
                .get(read.end + 1)
                .is_some_and(|l| !l.spaced && l.is("fold"))
        {
            read.end + 2
        } else {
            return None;
        };
        (read.low, read.high, None, end)
    };
    // A change multiplies a level only as a verb: "the doubling of" is the same, "a
    // doubled dose" is no change of a level stated here, but reads as one all the same.
    // "four or five times every night", "twice a week": how often.
    let mut unit = times();
    let end = match unit::rate_at(lexemes, end) {
        Some((per, next)) => {
            unit.per = Some(per);
            next
        }
        None => end,
    };
    let mut quantity = Quantity::level(low, high, opening.qualifier.clone(), Some(unit));
    quantity.change = change;
    Some(Found {
        span: Span::new(lexemes[start].span.start, lexemes[end - 1].span.end),
        value_span: Span::new(lexemes[at].span.start, lexemes[end - 1].span.end),
        quantity,
        lexemes: start..end,
    })
}
