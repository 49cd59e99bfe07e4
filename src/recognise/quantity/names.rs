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
    // "Section 8-30g", "Article 5-2": the second part of a designated number.
    if previous.is_some_and(|p| p.text == "-" && !p.spaced && !number.spaced)
        && start >= 3
        && lexemes[start - 2].kind == Kind::Number
        && designates(&lexemes[start - 3])
    {
        return true;
    }
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
    // "2023-24", "the 2010-11 season": the second year of a season, not a count.
    if let Some(dash) = previous
        && dash.text == "-"
        && !dash.spaced
        && !number.spaced
        && number.text.len() == 2
        && let Some(year) = start.checked_sub(2).map(|i| lexemes[i])
        && year.kind == Kind::Number
        && year.text.len() == 4
        && year.text.starts_with(['1', '2'])
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

/// Words that make the number after them a name or a designation, not a count: `Category 4`,
/// `Level 3 alert`, `Tier 2`, `Article 50`, `Section 8`, `Flight 370`, `Route 66`.
const DESIGNATORS: &[&str] = &[
    "category",
    "level",
    "tier",
    "grade",
    "phase",
    "stage",
    "article",
    "section",
    "clause",
    "chapter",
    "amendment",
    "flight",
    "route",
    "highway",
    "interstate",
    "platform",
    "gate",
    "terminal",
    "channel",
    "room",
    "paragraph",
    "schedule",
    "rule",
    "division",
    "band",
    "class",
    "type",
    "version",
    "series",
    "apollo",
    "formula",
    "zone",
    "ward",
    "district",
    "precinct",
    "exit",
    "junction",
    "pier",
    "berth",
    "line",
    "generation",
    "gen",
    "model",
    "mark",
    "act",
    "part",
    "title",
    "figure",
    "table",
    "item",
    "question",
    "proposition",
    "measure",
    "week",
    "day",
    "round",
    "game",
    "match",
    "stage",
    "lot",
    "unit",
    "block",
    "floor",
    "court",
];

/// Designating words that name only with a capital (`Week 5`, `Day 3`, `Round 4`): in lower
/// case they are ordinary words (`round 200 homes`, `a day 3 months later`).
const CAPITALISED_DESIGNATORS: &[&str] = &[
    "week", "day", "round", "game", "match", "lot", "unit", "block", "floor", "court", "line",
    "mark", "model", "act", "part", "title", "figure", "table", "item", "question", "measure",
];

/// Whether a capitalised `word` names one of a numbered series (`Ward` of `Ward 4`,
/// `Terminal` of `Terminal 5`): the number after it is part of a name, not a figure.
pub(crate) fn designator(word: &str) -> bool {
    word.starts_with(char::is_uppercase) && DESIGNATORS.contains(&word.to_lowercase().as_str())
}

/// Whether `word` before a number designates it: `Category 4`, `Level 3`, `flight 370`.
pub(super) fn designates(word: &Lexeme<'_>) -> bool {
    if word.kind != Kind::Word {
        return false;
    }
    let lowered = lower(word.text);
    DESIGNATORS.contains(&lowered.as_ref())
        && (word.is_capitalised() || !CAPITALISED_DESIGNATORS.contains(&lowered.as_ref()))
}

/// Words after `N-year` (`a three-year high`, `a 41-year low`) that make it a comparison, not
/// a duration or count.
const COMPARISONS: &[&str] = &[
    "high", "highs", "low", "lows", "peak", "record", "best", "worst", "top", "bottom",
    // The period of a change: "a 3.2% 12-month increase".
    "increase", "rise", "gain", "jump", "decline", "drop", "fall", "decrease", "change",
];

/// Whether a time span glued to the number ending at `end` compares rather than counts: `a
/// three-year high`, `a 41-year low`.
pub(super) fn comparison_after(lexemes: &[Lexeme<'_>], end: usize) -> bool {
    let time = |l: &Lexeme<'_>| {
        ["year", "month", "week", "day", "decade"]
            .iter()
            .any(|w| l.is(w))
    };
    lexemes.get(end).is_some_and(|l| l.text == "-" && !l.spaced)
        && lexemes.get(end + 1).is_some_and(time)
        && lexemes
            .get(end + 2)
            .is_some_and(|l| COMPARISONS.iter().any(|w| l.is(w)) || names_a_bond(l))
}

/// Whether `word` makes the span of time before it a record's reach: `high`, `low`,
/// `peak`, `record` (`a decade high`, `a 41-year low`).
pub(super) fn compares(word: &Lexeme<'_>) -> bool {
    COMPARISONS[..6].iter().any(|w| word.is(w))
}

/// Words after `N-year` that make it the name of a bond (`the 10-year Treasury yield`, `the
/// two-year gilt`), not a span of time.
fn names_a_bond(word: &Lexeme<'_>) -> bool {
    [
        "treasury",
        "treasuries",
        "yield",
        "yields",
        "bond",
        "bonds",
        "note",
        "notes",
        "gilt",
        "gilts",
        "bund",
        "bunds",
        "jgb",
    ]
    .iter()
    .any(|w| word.is(w))
}

/// Words that may follow a number dialled (`called 999 for help`, `dialled 911 to report`).
const ATTACHING_AFTER: &[&str] = &["to", "for", "and", "or", "but", "after", "when", "from"];

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
    // "Category 4", "a Level 3 alert", "flight 370".
    if previous.is_some_and(|p| designates(&p)) {
        return true;
    }

    // A number dialled, a phone number: "had dialled 999", "called 911", "ring 111" (no
    // noun after it: "called 40 times" counts).
    if previous.is_some_and(|p| {
        [
            "dial", "dials", "dialled", "dialed", "dialling", "dialing", "call", "calls", "called",
            "calling", "ring", "rang", "phone", "phoned", "text", "texted",
        ]
        .iter()
        .any(|w| p.is(w))
    }) && next.is_none_or(|n| {
        n.kind != Kind::Word || !n.is_capitalised() && ATTACHING_AFTER.iter().any(|w| n.is(w))
    }) {
        return true;
    }
    // A model after a product's name in mixed case: "iPhone 15", "PlayStation 5".
    // (a capital between small letters: not an acronym such as "AfD").
    let mixed_case = |word: &str| {
        let letters: Vec<char> = word.chars().collect();
        letters
            .windows(3)
            .any(|w| w[0].is_lowercase() && w[1].is_uppercase() && w[2].is_lowercase())
    };
    if previous.is_some_and(|p| p.kind == Kind::Word && mixed_case(p.text)) {
        return true;
    }
    // A stage of a tournament: "the last 16", "the round of 16", "a last-16 tie" (not "the
    // last 16 years").
    let stage_word = |l: &Lexeme<'_>| {
        [
            "of", "in", "tie", "ties", "stage", "match", "clash", "draw", "for", "at", "on",
            "with", "to", "against", "after", "before", "and",
        ]
        .iter()
        .any(|w| l.is(w))
    };
    let round_of = previous.is_some_and(|p| p.is("of"))
        && start.checked_sub(2).is_some_and(|i| lexemes[i].is("round"));
    // After a determiner, or after a tournament's name for a round of a knockout's size
    // ("into Wimbledon last 16").
    let knockout = [4.0, 8.0, 16.0, 32.0, 64.0, 128.0].contains(&value);
    let last = previous.is_some_and(|p| p.is("last") || p.is("final"))
        && start.checked_sub(2).is_some_and(|i| {
            lexemes[i].is("the") || lexemes[i].is("a") || (knockout && lexemes[i].is_capitalised())
        });
    if (round_of || last) && next.is_none_or(|n| n.kind != Kind::Word || stage_word(n)) {
        return true;
    }
    // A stock index: "the S&P 500", "FTSE 100", "Stoxx Europe 600", "Nikkei 225".
    let index = |word: &Lexeme<'_>| {
        [
            "s&p", "p", "ftse", "nasdaq", "stoxx", "russell", "nikkei", "dax", "asx", "cac",
        ]
        .iter()
        .any(|w| word.is(w))
    };
    let stoxx_europe = previous.is_some_and(|p| p.is("europe"))
        && start.checked_sub(2).is_some_and(|i| lexemes[i].is("stoxx"));
    if previous.is_some_and(|p| index(&p) && p.is_capitalised()) || stoxx_europe {
        return true;
    }
    // A highway: "a flooded stretch of U.S. 98", "US 1" (a number no noun follows).
    // The word before, its stops glued on ("U.S." may lex as "U", ".", "S", ".").
    let mut glued = String::new();
    let mut at = start;
    while at > 0 && glued.len() < 6 {
        at -= 1;
        glued.insert_str(0, lexemes[at].text);
        if lexemes[at].spaced {
            break;
        }
    }
    let route = matches!(glued.as_str(), "US" | "U.S" | "U.S." | "SR" | "I");
    if route && next.is_none_or(|n| n.kind != Kind::Word || n.is_capitalised()) {
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
    let plain_year = number.text.len() == 4
        && (1000.0..=2100.0).contains(&value)
        && !crate::recognise::dates::year_counts(lexemes, start)
        && !super::leads_to_level(lexemes, start);
    if plain_year {
        let year_context = previous.is_some_and(|p| {
            YEAR_CONTEXT.contains(&lower(p.text).as_ref())
                || crate::recognise::dates::month(p.text).is_some()
                || p.text == ","
        });
        // "2000 troops" counts; "he won 2009 world championship gold" names a year: a year
        // before a singular noun describes it.
        let counted = next.is_some_and(|l| {
            (l.kind == Kind::Word
                && !l.is_capitalised()
                && !ends_unit(l.text)
                && noun_phrase(lexemes, end).is_some_and(|(unit, _)| {
                    let head = unit.head.as_str();
                    head.ends_with('s') || unit::IRREGULAR_PLURALS.contains(&head)
                }))
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
        // "…won 208 seats, the AfD 152 and the SPD 120": a list item's figure after its name.
        let separator = |l: &Lexeme<'_>| matches!(l.text, "," | ";" | ".") || l.is("and");
        let mut item_start = start - 1;
        while item_start > 0 && lexemes[item_start - 1].is_capitalised() {
            item_start -= 1;
        }
        if item_start > 0 && lexemes[item_start - 1].is("the") {
            item_start -= 1;
        }
        let list_item = item_start
            .checked_sub(1)
            .is_some_and(|i| separator(&lexemes[i]))
            && next.is_none_or(separator);
        if !counted && !list_item {
            return true;
        }
    }
    false
}
