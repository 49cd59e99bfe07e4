//! Figures written in a notation of their own: clock-notation durations (`2:04:11`,
//! `1:58.20`) and ages by decade (`in her 60s`).

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
    let second = units::lookup("second").expect("second is a unit");
    let span = Span::new(lexemes[start].span.start, lexemes[end - 1].span.end);
    let value_span = Span::new(first.span.start, lexemes[end - 1].span.end);
    Some(Found {
        span,
        value_span,
        quantity: Quantity::level(
            seconds,
            seconds,
            opening.qualifier.clone(),
            Some(measure_unit(&joined(&lexemes[at..end]), second)),
        ),
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
        quantity: Quantity::level(tens, tens + 9.0, opening.qualifier.clone(), None),
        lexemes: start..at + 1,
    })
}
