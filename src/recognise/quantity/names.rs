//! Numbers that are not quantities: parts of names, models and codes (`F-16`, `A320`,
//! `Courage-2020`), ranks (`No. 2`), years, and times of day.

use super::*;
use crate::text::lexer::lower;

pub(super) const YEAR_CONTEXT: &[&str] = &[
    "in", "since", "by", "until", "till", "from", "of", "to", "before", "after", "during", "early",
    "late", "mid", "circa", "year", "spring", "summer", "autumn", "fall", "winter", "between",
    "and", "through", "the", "fiscal", "election", "season", "class", "around", "back",
];

/// Whether the number at `start..end` is part of a code or name: glued to letters before
/// (`A320`, `scp173m`), after a word and a hyphen (`F-16`, `COVID-19`, `Courage-2020`,
/// `SU- 35`), or followed by more glued letters and digits (`24703m212`).
pub(super) fn is_code(lexemes: &[Lexeme<'_>], start: usize, end: usize) -> bool {
    let number = lexemes[start];
    let previous = start.checked_sub(1).map(|i| lexemes[i]);
    if previous.is_some_and(|p| p.kind == Kind::Word)
        && !number.spaced
        && number.kind == Kind::Number
    {
        return true;
    }
    if let Some(dash) = previous
        && dash.text == "-"
        && let Some(word) = start.checked_sub(2).map(|i| lexemes[i])
        && word.kind == Kind::Word
        && !dash.spaced
        && !matches!(
            word.text.to_lowercase().as_str(),
            "mid" | "pre" | "post" | "late" | "early"
        )
    {
        return true;
    }
    // "No. 2", "No 10 Downing Street", "Nos. 3 and 4": a rank or an address, not a count.
    let rank = |i: usize| lexemes[i].text == "No" || lexemes[i].text == "Nos";
    if (previous.is_some_and(|p| p.text == ".") && start.checked_sub(2).is_some_and(rank))
        || start.checked_sub(1).is_some_and(rank)
    {
        return true;
    }
    // "10:30", "3:1": the second half of a time or a score.
    if previous.is_some_and(|p| p.text == ":" && !p.spaced && !number.spaced)
        && start
            .checked_sub(2)
            .is_some_and(|i| lexemes[i].kind == Kind::Number)
    {
        return true;
    }
    // "24703m212": letters glued after the number, then more digits.
    let last = lexemes[end - 1];
    lexemes.get(end).is_some_and(|next| {
        let suffix: String = last
            .text
            .chars()
            .skip_while(|c| !c.is_alphabetic())
            .collect();
        // ... unless letters and digits make a unit: "24703m2".
        let unit = units::lookup(&format!("{}{}", suffix.to_lowercase(), next.text)).is_some();
        !next.spaced
            && next.kind == Kind::Number
            && last.kind == Kind::Number
            && !suffix.is_empty()
            && !unit
    })
}

/// Whether the plain digits at `start..end` name something (a model, a unit, an exercise),
/// are a year, or a time of day, rather than a quantity.
pub(super) fn names_or_dates(lexemes: &[Lexeme<'_>], start: usize, end: usize, value: f64) -> bool {
    let number = lexemes[start];
    let previous = start.checked_sub(1).map(|i| lexemes[i]);
    let next = lexemes.get(end);
    // Glued to letters: "A320", "MH17".
    if previous.is_some_and(|p| p.kind == Kind::Word) && !number.spaced {
        return true;
    }
    // After a hyphen that follows a capitalised word: "Courage-2020", "F-16", "SU- 35".
    if let Some(dash) = previous
        && dash.text == "-"
        && let Some(word) = start.checked_sub(2).map(|i| lexemes[i])
        && word.is_capitalised()
        && !dash.spaced
    {
        return true;
    }
    // Times of day: "10:30", "5 p.m.", "9 o'clock".
    if let Some(next) = next {
        if next.text == ":"
            && !next.spaced
            && lexemes
                .get(end + 1)
                .is_some_and(|l| l.kind == Kind::Number && !l.spaced)
        {
            return true;
        }
        let lower = next.text.to_lowercase();
        if ((lower == "a" || lower == "p") && lexemes.get(end + 1).is_some_and(|l| l.text == "."))
            || matches!(
                lower.as_str(),
                "am" | "pm" | "o'clock" | "gmt" | "utc" | "bst" | "et" | "cet"
            )
        {
            return true;
        }
    }
    // Years: four digits in year context, or not followed by a counted noun.
    let plain_year = number.text.len() == 4 && (1000.0..=2100.0).contains(&value);
    if plain_year {
        let year_context = previous.is_some_and(|p| {
            YEAR_CONTEXT.contains(&lower(p.text).as_ref())
                || crate::recognise::dates::month(p.text).is_some()
                || p.text == ","
        });
        let counted = next.is_some_and(|l| {
            (l.kind == Kind::Word && !l.is_capitalised() && !ends_unit(l.text))
                || measure_at(lexemes, end).is_some()
        });
        if year_context || !counted {
            return true;
        }
    }
    // A model or designation: "Boeing 737", "Flight 370", "Article 5" — a capitalised word
    // (not the sentence's first, not a possessive) right before, and no counted noun after.
    if let Some(word) = previous
        && word.is_capitalised()
        && start >= 2
        && !word.text.ends_with("'s")
        && crate::recognise::dates::month(word.text).is_none()
        && number.text.len() < 5
    {
        // A counted noun, not a verb: "Boeing 737 crashed" names a model.
        let counted = noun_phrase(lexemes, end).is_some() || measure_at(lexemes, end).is_some();
        if !counted {
            return true;
        }
    }
    false
}
