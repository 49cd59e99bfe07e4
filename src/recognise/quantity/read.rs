//! Reading a number where it stands: digits with separators, suffixes and multipliers
//! (`30,000`, `3.5bn`, `30 000`), words (`thirty three`, `two and a half million`), fractions
//! (`3/4`, `2 1/2`, `two thirds`), orders of magnitude (`tens of thousands`), signs, ranges,
//! and the currency symbol before a number.

use super::*;
use crate::text::lexer::lower;

/// Fraction words after `and` (`two and a half`, `one and three quarters`).
pub(super) const FRACTIONS: &[(&str, f64)] = &[
    ("half", 0.5),
    ("halves", 0.5),
    ("quarter", 0.25),
    ("quarters", 0.25),
    ("third", 1.0 / 3.0),
    ("thirds", 1.0 / 3.0),
];

/// A number as read: its value or range and where it ends.
#[derive(Debug, Clone)]
pub(super) struct Read<'a> {
    pub(super) low: f64,
    pub(super) high: f64,
    pub(super) end: usize,
    pub(super) vague: bool,
    pub(super) from_words: bool,
    /// Letters glued to the digits that are a unit (`5km`).
    pub(super) unit_suffix: Option<&'a str>,
    /// A multiplier word or suffix scaled it (`3.5 million`), for ranges (`3 to 4 million`).
    pub(super) multiplier: Option<f64>,
    /// Plain digits: no separators, decimals, multiplier or suffix (could be a year or a name).
    pub(super) digits_plain: bool,
    /// `3/4`: only a quantity before a unit.
    pub(super) fraction: bool,
    /// A bare `9m` read as metres that may as well be millions.
    pub(super) million_too: bool,
}

/// The factor of a multiplier spelled as a word (`million`, `billion`; not `m` or `bn`).
pub(super) fn word_multiplier(lexeme: Option<&Lexeme<'_>>) -> Option<f64> {
    lexeme
        .filter(|l| l.text.len() > 2 && !names_grand(l))
        .and_then(|l| numbers::multiplier(&lower(l.text)))
}

/// Whether `lexeme` is `Grand` capitalised: a name's word ("16 Grand Slam titles", "two Grand
/// Prix wins"), not the slang for a thousand, which is written in lower case ("50 grand").
fn names_grand(lexeme: &Lexeme<'_>) -> bool {
    lexeme.is_capitalised() && lexeme.is("grand")
}

/// Whether a multiplier word follows at `at`, past an optional `of` and `a`: what makes
/// `half a billion` and `a quarter of a million` numbers rather than shares.
fn multiplier_follows(lexemes: &[Lexeme<'_>], at: usize) -> bool {
    let mut at = at + usize::from(lexemes.get(at).is_some_and(|l| l.is("of")));
    at += usize::from(lexemes.get(at).is_some_and(|l| l.is("a") || l.is("an")));
    word_multiplier(lexemes.get(at)).is_some()
}

/// A proportion at `at`: `half`, `a third`, `two-thirds`, `three quarters`, followed by
/// `of`, ending the text, or after a qualifier (`about half have arrived`). Its share of one
/// and the lexeme after it.
pub(super) fn proportion_at(
    lexemes: &[Lexeme<'_>],
    at: usize,
    qualified: bool,
) -> Option<(f64, usize)> {
    if let Some(found) = ratio_at(lexemes, at) {
        return Some(found);
    }
    let mut next = at;
    let mut count = 1.0;
    let first = lexemes.get(next)?;
    if first.is("a") || first.is("an") {
        next += 1;
    } else if let Some(value) =
        numbers::word_value(&lower(first.text)).filter(|v| (1.0..10.0).contains(v))
    {
        count = value;
        next += 1;
        if lexemes
            .get(next)
            .is_some_and(|l| l.text == "-" && !l.spaced)
        {
            next += 1;
        }
    }
    let word = lower(lexemes.get(next)?.text);
    // "the second half of the year", "the first quarter": a period, not a share.
    if next == at
        && at.checked_sub(1).is_some_and(|b| {
            [
                "first", "second", "third", "fourth", "final", "last", "latter", "earlier", "later",
            ]
            .iter()
            .any(|w| lexemes[b].is(w))
        })
    {
        return None;
    }
    let parts = if word == "half" {
        2.0
    } else {
        numbers::denominator(&word)?
    };
    if next == at && word != "half" {
        return None; // "quarter" alone is a time of year as often as a share
    }
    next += 1;
    // "half a billion", "a quarter of a million", "two-thirds million": a number, not a share.
    if multiplier_follows(lexemes, next) {
        return None;
    }
    let ends = lexemes
        .get(next)
        .is_none_or(|l| l.is("of") || (l.kind == Kind::Symbol && l.text != "-"));
    // "a third time", "a third slice": an ordinal before its noun, however it stands.
    let before_noun = lexemes.get(next).is_some_and(|l| {
        l.kind == Kind::Word
            && l.class & (crate::text::lexer::class::VERB | crate::text::lexer::class::SPEECH_VERB)
                == 0
            && !l.text.ends_with("ed")
            && ![
                "of", "as", "after", "while", "in", "on", "to", "and", "but", "since", "despite",
                "amid", "over", "from", "at", "this", "last", "year", "compared", "against",
                "than", "with", "when", "for",
            ]
            .iter()
            .any(|w| l.is(w))
    });
    (ends || (qualified && !before_noun)).then_some((count / parts, next))
}

/// `one in five`, `3 in 10`, `two out of three`: a share written as a ratio.
fn ratio_at(lexemes: &[Lexeme<'_>], at: usize) -> Option<(f64, usize)> {
    let small = |lexeme: &Lexeme<'_>| -> Option<f64> {
        match lexeme.kind {
            Kind::Number => numbers::digits(lexeme.text)
                .filter(|d| d.suffix.is_empty() && !d.grouped)
                .map(|d| d.value),
            Kind::Word => numbers::word_value(&lower(lexeme.text)),
            Kind::Symbol => None,
        }
    };
    let part = small(lexemes.get(at)?)?;
    let mut next = at + 1;
    if lexemes.get(next).is_some_and(|l| l.is("in")) {
        next += 1;
    } else if lexemes.get(next).is_some_and(|l| l.is("out"))
        && lexemes.get(next + 1).is_some_and(|l| l.is("of"))
    {
        next += 2;
    } else {
        return None;
    }
    let whole = small(lexemes.get(next)?)?;
    (part > 0.0 && part < whole && whole <= 1000.0).then_some((part / whole, next + 1))
}

/// The number that `lexemes` spell, all of them: `thirty three`, `-1,200`, `3.5 million`,
/// `minus five`, `3/4`. `None` if anything is left over.
pub fn read_number(lexemes: &[Lexeme<'_>]) -> Option<f64> {
    let read = number_at(lexemes, 0, false)?;
    let mut end = read.end;
    // "forty-five (45)": the digits repeat the words.
    if let [open, digits, close, ..] = &lexemes[end.min(lexemes.len())..]
        && open.text == "("
        && close.text == ")"
        && numbers::digits(digits.text)
            .is_some_and(|d| d.value == read.low.abs() && d.suffix.is_empty())
    {
        end += 3;
    } else if let [open, ..] = &lexemes[end.min(lexemes.len())..]
        && open.text == "("
        && let Some(close) = lexemes[end..].iter().position(|l| l.text == ")")
        && read_number(&lexemes[end + 1..end + close]).is_some_and(|v| v == read.low.abs())
    {
        end += close + 1;
    }
    let whole = end == lexemes.len() && read.low == read.high && !read.vague;
    let value = match read.unit_suffix {
        None => read.low,
        // In a bare number, an upper-case M or G is a multiplier ("3M", ".0012G").
        Some("M") => read.low * 1e6,
        Some("G") => read.low * 1e9,
        Some(_) => return None,
    };
    whole.then_some(value)
}

/// A currency symbol or code right before a number (`$`, `US$`, `Rs.`, `CAD`), and the
/// lexeme after it.
pub(super) fn currency_at(lexemes: &[Lexeme<'_>], at: usize) -> Option<(MeasureUnit, usize)> {
    // Most lexemes start no symbol: one set lookup rejects them.
    let first = lexemes.get(at)?;
    if first.kind == Kind::Number || !units::may_start_currency(first.text) {
        return None;
    }
    // Symbols span up to three glued lexemes: "US$", "Rs.", "U.S.$".
    for length in (1..=3).rev() {
        let Some(parts) = lexemes.get(at..at + length) else {
            continue;
        };
        if parts.iter().skip(1).any(|l| l.spaced) {
            continue;
        }
        let symbol: String = parts.iter().map(|l| l.text).collect();
        let Some(measure) = units::currency_symbol(&symbol) else {
            continue;
        };
        let next = lexemes.get(at + length)?;
        let starts_number = next.kind == Kind::Number
            || numbers::is_number_word(&lower(next.text))
            || (next.text == "."
                && lexemes
                    .get(at + length + 1)
                    .is_some_and(|l| l.kind == Kind::Number && !l.spaced));
        // A code must not be a word of the sentence: "RM" before a number, not "rm".
        if starts_number
            && (parts[0].kind != Kind::Word || parts[0].text.chars().any(char::is_uppercase))
        {
            return Some((measure, at + length));
        }
    }
    None
}

pub(super) fn number_at<'a>(
    lexemes: &[Lexeme<'a>],
    at: usize,
    has_currency: bool,
) -> Option<Read<'a>> {
    let lexeme = lexemes.get(at)?;
    // A sign: "minus five", "-2°" (a dash before a number, not after one: "100-130").
    let negative = lexeme.is("minus")
        || lexeme.is("negative")
        || (lexeme.text == "-"
            && lexemes
                .get(at + 1)
                .is_some_and(|n| n.kind == Kind::Number || n.text == ".")
            && at.checked_sub(1).is_none_or(|p| {
                lexeme.spaced || lexemes[p].kind == Kind::Symbol && lexemes[p].text != "-"
            }));
    if negative {
        let mut read = number_at(lexemes, at + 1, has_currency)?;
        (read.low, read.high) = (-read.high, -read.low);
        read.digits_plain = false;
        return Some(read);
    }
    match lexeme.kind {
        Kind::Number => digits_at(lexemes, at, has_currency),
        // "point 77", "point one": a decimal with no whole part.
        Kind::Word if lexeme.is("point") => {
            // "At one point 300 people queued", "a point 3 behind": no decimal after a
            // word that makes "point" a noun.
            if at.checked_sub(1).is_some_and(|b| {
                lexemes[b].kind == Kind::Word
                    && !lexemes[b].is("at")
                    && numbers::word_value(&lower(lexemes[b].text)).is_none()
                    || lexemes[b].is("one") && b > 0 && lexemes[b - 1].is("at")
            }) {
                return None;
            }
            let next = lexemes.get(at + 1)?;
            let digits =
                if next.kind == Kind::Number && next.text.bytes().all(|b| b.is_ascii_digit()) {
                    next.text.to_string()
                } else {
                    let digit = numbers::word_value(&lower(next.text)).filter(|v| *v < 10.0)?;
                    (digit as u8).to_string()
                };
            let value: f64 = format!("0.{digits}").parse().ok()?;
            finish_digits(lexemes, at + 2, value, "", has_currency, true, false)
        }
        Kind::Word => words_at(lexemes, at),
        Kind::Symbol if lexeme.text == "." => {
            // ".75": a decimal with no leading zero.
            let digits = lexemes
                .get(at + 1)
                .filter(|l| !l.spaced && l.kind == Kind::Number)?;
            let previous_glued = at > 0 && !lexeme.spaced && lexemes[at - 1].kind != Kind::Symbol;
            if previous_glued {
                return None;
            }
            let parsed = numbers::digits(digits.text)?;
            let whole = &digits.text[..digits.text.len() - parsed.suffix.len()];
            let value: f64 = format!("0.{whole}").parse().ok()?;
            finish_digits(
                lexemes,
                at + 2,
                value,
                parsed.suffix,
                has_currency,
                true,
                false,
            )
        }
        Kind::Symbol => None,
    }
}

pub(super) fn digits_at<'a>(
    lexemes: &[Lexeme<'a>],
    at: usize,
    has_currency: bool,
) -> Option<Read<'a>> {
    let lexeme = lexemes[at];
    let Digits {
        mut value,
        suffix,
        decimal,
        grouped,
        leading,
    } = numbers::digits(lexeme.text)?;
    let mut end = at + 1;
    // "30 000": groups of three digits after single spaces.
    if !grouped && !decimal && suffix.is_empty() && leading <= 3 {
        while let Some(next) = lexemes.get(end)
            && next.kind == Kind::Number
            && next.text.len() == 3
            && next.span.start == lexemes[end - 1].span.end + 1
            && next.text.bytes().all(|b| b.is_ascii_digit())
        {
            value = value * 1000.0 + next.text.parse::<f64>().ok()?;
            end += 1;
        }
    }
    // "2 1/2": a whole number and a fraction.
    if suffix.is_empty()
        && !decimal
        && !grouped
        && let [numerator, slash, denominator, ..] = &lexemes[end..]
        && numerator.spaced
        && numerator.kind == Kind::Number
        && matches!(slash.text, "/" | "\u{2044}")
        && !slash.spaced
        && !denominator.spaced
        && let (Some(top), Some(below)) = (
            numbers::digits(numerator.text),
            numbers::digits(denominator.text),
        )
        && top.suffix.is_empty()
        && top.value < below.value
        && below.value > 0.0
    {
        return fraction(
            lexemes,
            end + 3,
            value + top.value / below.value,
            below.suffix,
            has_currency,
        );
    }
    // "3/4", "1/2": a fraction (a quantity only before a unit).
    if suffix.is_empty()
        && !decimal
        && !grouped
        && let [slash, denominator, ..] = &lexemes[end..]
        && matches!(slash.text, "/" | "\u{2044}")
        && !slash.spaced
        && !denominator.spaced
        && let Some(below) =
            numbers::digits(denominator.text).filter(|d| !d.decimal && !d.grouped && d.value > 0.0)
    {
        return fraction(
            lexemes,
            end + 2,
            value / below.value,
            below.suffix,
            has_currency,
        );
    }
    // "1 point 5": a decimal point spelled out.
    if suffix.is_empty()
        && !decimal
        && lexemes.get(end).is_some_and(|l| l.is("point"))
        && let Some(decimals) = lexemes
            .get(end + 1)
            .filter(|l| l.kind == Kind::Number && l.text.bytes().all(|b| b.is_ascii_digit()))
    {
        let value: f64 = format!("{}.{}", lexeme.text.replace(',', ""), decimals.text)
            .parse()
            .ok()?;
        return finish_digits(lexemes, end + 2, value, "", has_currency, true, grouped);
    }
    finish_digits(lexemes, end, value, suffix, has_currency, decimal, grouped)
}

/// A fraction read up to `end` (`3/4`, `2 1/2`): a quantity only before a unit.
fn fraction<'a>(
    lexemes: &[Lexeme<'a>],
    end: usize,
    value: f64,
    suffix: &'a str,
    has_currency: bool,
) -> Option<Read<'a>> {
    let mut read = finish_digits(lexemes, end, value, suffix, has_currency, true, false)?;
    read.fraction = true;
    Some(read)
}

/// How a glued `m` after a number reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum MReading {
    Metres,
    Millions,
    /// Nothing decides: metres, and millions too.
    Both,
}

/// Words that measure a length beside a number in metres (`1.8m tall`, `9m-high`).
const LENGTH_WORDS: &[&str] = &[
    "tall",
    "high",
    "long",
    "wide",
    "deep",
    "above",
    "below",
    "away",
    "across",
    "thick",
    "sprint",
    "race",
    "dash",
    "hurdles",
    "freestyle",
    "backstroke",
    "breaststroke",
    "butterfly",
    "medley",
    "relay",
    "final",
    "event",
    "record",
    "mark",
    "jump",
    "throw",
];

/// Nouns before a bare `Xm` that it measures in metres (`waves reached 9m`).
const LENGTH_NOUNS: &[&str] = &[
    "wave",
    "waves",
    "surge",
    "surges",
    "height",
    "depth",
    "wall",
    "walls",
    "tower",
    "cliff",
    "drop",
    "altitude",
    "elevation",
    "sea",
    "seas",
    "water",
    "floodwater",
    "snow",
    "tsunami",
    "crest",
    "swell",
    "jump",
    "throw",
    "vault",
    "length",
    "distance",
    "tall",
    "high",
    "deep",
    "long",
    "metres",
    "meters",
];

/// Whether a counted noun follows at `at`, past up to two describing words: `homes`, `people`,
/// `electric scooters`, `new Lime bikes` (what `1.5m` counts in millions), and not a length
/// (`metres`) or an adjective (`tall`).
fn counted_noun_at(lexemes: &[Lexeme<'_>], at: usize) -> bool {
    for offset in 0..3 {
        let Some(next) = lexemes.get(at + offset) else {
            return false;
        };
        if next.kind != Kind::Word || !next.spaced {
            return false;
        }
        let word = lower(next.text);
        if units::lookup(&word).is_some_and(|m| m.dimension == units::Dimension::Length)
            || LENGTH_WORDS.contains(&word.as_ref())
        {
            return false;
        }
        let plural = word.len() > 3
            && word.ends_with('s')
            && !word.ends_with("ss")
            && !word.ends_with("us")
            && !word.ends_with("is");
        if plural || unit::IRREGULAR_PLURALS.contains(&word.as_ref()) {
            return true;
        }
        if unit::ends_unit(&word) {
            return false;
        }
    }
    false
}

/// How the `m` glued to a number ending at `end` reads: metres before a length word or another
/// length unit and after a noun a length measures (`1.8m tall`, `100m sprint`, `a 9m-high
/// wall`, `waves reached 9m`); millions before a counted noun or where the sentence counts
/// (`2.3m electric scooters`, `sales reached 18.6m`); both where nothing decides.
fn metres_or_millions(lexemes: &[Lexeme<'_>], start: usize, end: usize) -> MReading {
    let next = lexemes.get(end);
    if next.is_some_and(|l| (l.text == "-" || l.text == "/") && !l.spaced) {
        return MReading::Metres; // "a 9m-high viaduct", "3m/s"
    }
    // "3m and 5cm", "1m, 20cm": another length follows.
    let is_length = |word: &str| {
        word != "in"
            && units::lookup(&word.to_lowercase())
                .is_some_and(|m| m.dimension == units::Dimension::Length)
    };
    let length_at = |at: usize| {
        lexemes.get(at).is_some_and(|l| {
            let glued = l
                .text
                .trim_start_matches(|c: char| c.is_ascii_digit() || c == '.');
            l.kind == Kind::Number
                && ((!glued.is_empty() && is_length(glued))
                    || lexemes
                        .get(at + 1)
                        .is_some_and(|next| next.kind == Kind::Word && is_length(next.text)))
        })
    };
    if next.is_some_and(|l| l.is("and") || l.text == ",") && length_at(end + 1) {
        return MReading::Metres;
    }
    if let Some(next) = next.filter(|l| l.kind == Kind::Word) {
        let word = lower(next.text);
        // "in" is a preposition here, not inches.
        if LENGTH_WORDS.contains(&word.as_ref())
            || (word != "in"
                && units::lookup(&word).is_some_and(|m| m.dimension == units::Dimension::Length))
        {
            return MReading::Metres;
        }
        if counted_noun_at(lexemes, end) {
            return MReading::Millions;
        }
        if !unit::ends_unit(&word) && !next.is_capitalised() {
            return MReading::Metres; // "a 10m wall": a singular noun it measures
        }
    }
    if next.is_some_and(|l| l.kind == Kind::Number) {
        return MReading::Metres; // "3m 5cm"
    }
    // The figure ends its phrase: what the sentence before it is about decides.
    let from = start.saturating_sub(16);
    for lexeme in lexemes[from..start].iter().rev() {
        if lexeme.kind != Kind::Word {
            continue;
        }
        let word = lower(lexeme.text);
        if LENGTH_NOUNS.contains(&word.as_ref()) {
            return MReading::Metres;
        }
        if COUNT_NOUNS.contains(&word.as_ref()) {
            return MReading::Millions;
        }
    }
    MReading::Both
}

/// Nouns a bare `Xm` after them counts in millions (`sales reached 18.6m`).
const COUNT_NOUNS: &[&str] = &[
    "sales",
    "revenue",
    "revenues",
    "turnover",
    "users",
    "subscribers",
    "customers",
    "riders",
    "ridership",
    "viewers",
    "viewership",
    "audience",
    "visitors",
    "passengers",
    "downloads",
    "trips",
    "journeys",
    "members",
    "membership",
    "votes",
    "voters",
    "population",
    "people",
    "homes",
    "households",
    "jobs",
    "copies",
    "units",
    "vehicles",
    "cars",
    "orders",
    "shares",
    "streams",
    "views",
    "followers",
    "deliveries",
    "shipments",
    "bookings",
    "tickets",
    "attendance",
    "residents",
    "patients",
    "cases",
    "doses",
    "employees",
    "workers",
    "staff",
    "profit",
    "profits",
    "loss",
    "losses",
    "budget",
    "debt",
    "deficit",
    "funding",
    "income",
    "spending",
    "cost",
    "costs",
    "worth",
    "value",
    "valuation",
    "price",
    "fine",
    "bill",
];

/// Digits read up to `end`: apply a glued suffix (`bn`, `k`, a unit), a multiplier word after
/// them (`million`, `dozen`) and a fraction after them (`5 and a half`).
pub(super) fn finish_digits<'a>(
    lexemes: &[Lexeme<'a>],
    mut end: usize,
    value: f64,
    suffix: &'a str,
    has_currency: bool,
    decimal: bool,
    grouped: bool,
) -> Option<Read<'a>> {
    let lower = suffix.to_lowercase();
    let mut multiplier = None;
    let mut unit_suffix = None;
    let mut million_too = false;
    let leading = lexemes
        .get(end.saturating_sub(1))
        .map_or(0, |l| l.text.len());
    match lower.as_str() {
        "" => {}
        "st" | "nd" | "rd" | "th" => return None,
        "am" | "pm" => return None,
        "s" if leading == 5 && !grouped => return None, // the 1990s
        "s" => return None,
        // "£5m" is five million pounds and "3M" three million; a lower-case "m" is metres or
        // millions as the words around it say.
        "m" if !has_currency && suffix == "m" => {
            let start = end.saturating_sub(1);
            match metres_or_millions(lexemes, start, end) {
                MReading::Millions => multiplier = Some(1e6),
                MReading::Metres => unit_suffix = Some(suffix),
                MReading::Both => {
                    unit_suffix = Some(suffix);
                    million_too = true;
                }
            }
        }
        "t" if has_currency => multiplier = Some(1e12),
        _ => match numbers::multiplier(&lower) {
            Some(factor) if suffix != "G" => multiplier = Some(factor),
            _ => unit_suffix = Some(suffix),
        },
    }
    // "US$4.7-billion", "$965-million": a magnitude glued by a hyphen (Canadian style).
    let hyphened = unit_suffix.is_none()
        && lexemes.get(end).is_some_and(|l| l.text == "-" && !l.spaced)
        && lexemes.get(end + 1).is_some_and(|l| {
            !l.spaced
                && l.kind == Kind::Word
                && l.text.len() > 2
                && numbers::multiplier(&l.text.to_lowercase()).is_some()
        });
    if hyphened {
        end += 1;
    }
    if unit_suffix.is_none()
        && let Some(next) = lexemes.get(end)
        && next.kind == Kind::Word
        && !names_grand(next)
    {
        let word = next.text.to_lowercase();
        let plural = word
            .strip_suffix('s')
            .filter(|w| numbers::multiplier(w).is_some_and(|_| w.len() > 2));
        if let Some(factor) =
            numbers::multiplier(&word).or_else(|| plural.and_then(numbers::multiplier))
            && (word.len() > 2 || has_currency || word == "bn" || word == "mn" || word == "cr")
        {
            multiplier = Some(multiplier.unwrap_or(1.0) * factor);
            end += 1;
        } else if word == "dozen" || word == "dozens" {
            multiplier = Some(multiplier.unwrap_or(1.0) * 12.0);
            end += 1;
        }
    }
    let mut value = value * multiplier.unwrap_or(1.0);
    // "8.14 million" is 8,140,000, not 8,140,000.000000001: a scaled decimal is whole to
    // the digits written.
    if multiplier.is_some_and(|m| m >= 1000.0) && (value - value.round()).abs() < 1e-6 {
        value = value.round();
    }
    if unit_suffix.is_none()
        && let Some((fraction, next)) = fraction_after(lexemes, end, 1.0)
    {
        value += fraction;
        end = next;
    }
    Some(Read {
        low: value,
        high: value,
        end,
        vague: false,
        from_words: false,
        unit_suffix,
        multiplier,
        digits_plain: multiplier.is_none() && !decimal && !grouped && unit_suffix.is_none(),
        fraction: false,
        million_too,
    })
}

/// `and a half`, `and half`, `and three quarters`, `and one quarter of`: a fraction added to
/// a whole number; `scale` is what one whole is.
pub(super) fn fraction_after(
    lexemes: &[Lexeme<'_>],
    at: usize,
    scale: f64,
) -> Option<(f64, usize)> {
    if !lexemes.get(at)?.is("and") {
        return None;
    }
    let mut next = at + 1;
    let mut count = 1.0;
    let word = lexemes.get(next)?.text.to_lowercase();
    if word == "a" || word == "an" {
        next += 1;
    } else if let Some(value) = numbers::word_value(&word).filter(|v| *v < 10.0) {
        count = value;
        next += 1;
    }
    let fraction = lexemes.get(next)?.text.to_lowercase();
    let (_, part) = FRACTIONS.iter().find(|(w, _)| *w == fraction)?;
    next += 1;
    if lexemes.get(next).is_some_and(|l| l.is("of"))
        && lexemes
            .get(next + 1)
            .is_some_and(|l| l.is("an") || l.is("a") || l.kind == Kind::Word)
    {
        next += 1;
        if lexemes.get(next).is_some_and(|l| l.is("an") || l.is("a")) {
            next += 1;
        }
    }
    Some((count * part * scale, next))
}

/// `a kilogram`, `an hour`, `half an hour`, `half a day`, `half hour`: one (or half) of a
/// unit of measurement. Counted nouns are left alone ("a soldier" is not a figure).
pub(super) fn article_before_unit<'a>(lexemes: &[Lexeme<'a>], at: usize) -> Option<Read<'a>> {
    let first = lexemes.get(at)?;
    // "£2,900 a year", "$5 million a month": a rate ("per year"), not one year.
    if let Some(previous) = at.checked_sub(1).map(|i| &lexemes[i])
        && (previous.kind == Kind::Number
            || numbers::multiplier(&lower(previous.text)).is_some_and(|_| previous.text.len() > 1)
            || (units::lookup(&lower(previous.text)).is_some() && !previous.is("in")))
    {
        return None;
    }
    // "every fraction of a degree", "a part of a second": no amount is stated.
    if (first.is("a") || first.is("an"))
        && at.checked_sub(1).is_some_and(|i| lexemes[i].is("of"))
        && at.checked_sub(2).is_some_and(|i| {
            [
                "fraction",
                "fractions",
                "part",
                "parts",
                "bit",
                "sliver",
                "hair",
            ]
            .iter()
            .any(|w| lexemes[i].is(w))
        })
    {
        return None;
    }
    let (value, mut next) = if first.is("a") || first.is("an") || first.is("one") {
        (1.0, at + 1)
    } else if first.is("half")
        || first.is("quarter") && lexemes.get(at + 1).is_some_and(|l| l.text == "-")
    {
        let skip = lexemes.get(at + 1).is_some_and(|l| l.is("a") || l.is("an"));
        (0.5, at + 1 + usize::from(skip))
    } else {
        return None;
    };
    // "half-litre", "quarter-litre".
    let mut value = value;
    if (first.is("half") || first.is("quarter"))
        && lexemes
            .get(at + 1)
            .is_some_and(|l| l.text == "-" && !l.spaced)
    {
        value = if first.is("half") { 0.5 } else { 0.25 };
        next = at + 2;
        // "a quarter-point cut", "a half-point rise": the fraction, its compound after it.
        if lexemes.get(next).is_some_and(|l| l.is("point")) {
            return Some(Read::of_a_unit(value, at + 1));
        }
    }
    // "a $4.7 billion" is the article of a sum, read from the symbol on; "Is a Decade Away"
    // is a headline's capitals, not a measure.
    if lexemes
        .get(next)
        .is_none_or(|l| l.kind != Kind::Word || l.is_capitalised())
    {
        return None;
    }
    let (measure, _, _) = measure_at(lexemes, next)?;
    // "a $" or "a %" would be nonsense; "a quarter" is not a unit of time in news.
    // "a second" is mostly the ordinal ("a second term").
    if measure.name == "quarter"
        || lexemes[next].is("second")
        || matches!(measure.dimension, units::Dimension::Percentage)
    {
        return None;
    }
    if value == 1.0 && first.is("one") {
        return None; // "one hour" is read as a number word already
    }
    // "a year ago", "a day later", "from a year earlier": a point in time, not a span. "a
    // decade high", "a month low": a comparison, as "a 10-year high" is.
    if lexemes.get(next + 1).is_some_and(|l| {
        ["ago", "earlier", "later", "before", "previously", "on"]
            .iter()
            .any(|w| l.is(w))
            || super::names::compares(l)
    }) && matches!(measure.dimension, units::Dimension::Duration)
    {
        return None;
    }
    // "May was a month of swings", "2024 was a year of records": a span that describes
    // what the subject was, not an amount of it.
    let described = at.checked_sub(1).is_some_and(|b| {
        ["was", "is", "were", "are", "been", "be"]
            .iter()
            .any(|w| lexemes[b].is(w))
    }) && lexemes.get(next + 1).is_some_and(|l| l.is("of"));
    if (first.is("a") || first.is("an"))
        && described
        && matches!(measure.dimension, units::Dimension::Duration)
    {
        return None;
    }
    Some(Read::of_a_unit(value, next.max(at + 1)))
}

impl Read<'_> {
    /// A part of one unit ending at `end` (`a`, `half`, `quarter-`): no digits of its own.
    fn of_a_unit(value: f64, end: usize) -> Self {
        Read {
            low: value,
            high: value,
            end,
            vague: false,
            from_words: false,
            unit_suffix: None,
            multiplier: None,
            digits_plain: false,
            fraction: false,
            million_too: false,
        }
    }
}

pub(super) fn words_at<'a>(lexemes: &[Lexeme<'a>], at: usize) -> Option<Read<'a>> {
    vague_at(lexemes, at)
        .or_else(|| few_at(lexemes, at))
        .or_else(|| spelled_at(lexemes, at))
}

/// A number read from words, with nothing else about it.
fn from_words<'a>(
    low: f64,
    high: f64,
    end: usize,
    vague: bool,
    multiplier: Option<f64>,
) -> Read<'a> {
    Read {
        low,
        high,
        end,
        vague,
        from_words: true,
        unit_suffix: None,
        multiplier,
        digits_plain: false,
        fraction: false,
        million_too: false,
    }
}

/// Orders of magnitude: `hundreds`, `tens of thousands`, `hundreds of millions`.
fn vague_at<'a>(lexemes: &[Lexeme<'a>], at: usize) -> Option<Read<'a>> {
    let first = lower(lexemes[at].text);
    // "scores of people"; "Okoro scores on debut" is a verb.
    if first == "scores" && !lexemes.get(at + 1).is_some_and(|l| l.is("of")) {
        return None;
    }
    let &(_, low, high) = numbers::VAGUE
        .iter()
        .find(|(w, _, _)| *w == first.as_ref())?;
    let mut read = from_words(low, high, at + 1, true, None);
    if lexemes.get(at + 1).is_some_and(|l| l.is("of"))
        && let Some(next) = lexemes.get(at + 2)
        && let Some(&(_, scale, _)) = numbers::VAGUE
            .iter()
            .find(|(w, low, _)| next.is(w) && *low >= 1000.0)
    {
        read.low = low * scale;
        read.high = high * scale;
        read.end = at + 3;
    }
    Some(read)
}

/// `several thousand`, `a few hundred`.
fn few_at<'a>(lexemes: &[Lexeme<'a>], at: usize) -> Option<Read<'a>> {
    let first = lower(lexemes[at].text);
    let ((low, high), after) = if first == "several" {
        ((3.0, 9.0), at + 1)
    } else if first == "a" && lexemes.get(at + 1).is_some_and(|l| l.is("few")) {
        ((2.0, 9.0), at + 2)
    } else if first == "few" {
        ((2.0, 9.0), at + 1)
    } else {
        return None;
    };
    let scale = word_multiplier(lexemes.get(after))?;
    Some(from_words(
        low * scale,
        high * scale,
        after + 1,
        true,
        Some(scale),
    ))
}

/// Whether the word `word` at `at` continues a spelled-out number whose words so far are
/// `words`.
fn joins_number(lexemes: &[Lexeme<'_>], at: usize, word: &str, words: &[String]) -> bool {
    match word {
        "and" => {
            !words.is_empty()
                && lexemes
                    .get(at + 1)
                    .is_some_and(|l| numbers::word_value(&l.text.to_lowercase()).is_some())
                && fraction_after(lexemes, at, 1.0).is_none()
        }
        "a" | "an" => lexemes.get(at + 1).is_some_and(|l| {
            let next = l.text.to_lowercase();
            next == "dozen"
                || next == "couple"
                || next == "pair"
                || numbers::multiplier(&next).is_some_and(|_| next.len() > 2)
                // "about a quarter of a million".
                || (next == "quarter" && multiplier_follows(lexemes, at + 2))
        }),
        // "half a million", "a quarter of a million".
        "half" | "quarter" => multiplier_follows(lexemes, at + 1),
        "-" => {
            !lexemes[at].spaced
                && !words.is_empty()
                && lexemes
                    .get(at + 1)
                    .is_some_and(|l| !l.spaced && numbers::word_value(&lower(l.text)).is_some())
        }
        "of" => words
            .last()
            .is_some_and(|w| w == "couple" || w == "dozen" || w == "half" || w == "quarter"),
        _ => {
            numbers::is_number_word(word)
                || (!words.is_empty() && plural_multiplier(word).is_some())
                || (word == "dozens" && !words.is_empty())
                // "two thirds", "three quarters billion": parts after a count.
                || (numbers::denominator(word).is_some()
                    && words
                        .last()
                        .is_some_and(|w| numbers::word_value(w).is_some_and(|v| v < 10.0)))
        }
    }
}

/// A spelled-out number: `thirty three`, `two and a half million`, `a dozen`, `three point
/// five`.
fn spelled_at<'a>(lexemes: &[Lexeme<'a>], at: usize) -> Option<Read<'a>> {
    let mut words = Vec::new();
    let mut end = at;
    let mut multiplier = None;
    while let Some(lexeme) = lexemes.get(end) {
        let word = lexeme.text.to_lowercase();
        if names_grand(lexeme) || !joins_number(lexemes, end, &word, &words) {
            break;
        }
        if let Some(factor) = numbers::multiplier(&word)
            .filter(|_| word.len() > 2)
            .or_else(|| plural_multiplier(&word))
        {
            multiplier = Some(multiplier.map_or(factor, |m: f64| m.max(factor)));
        }
        words.push(word);
        end += 1;
    }
    while words
        .last()
        .is_some_and(|w| matches!(w.as_str(), "and" | "a" | "an" | "-" | "of"))
    {
        words.pop();
        end -= 1;
    }
    let slices: Vec<String> = words
        .iter()
        .enumerate()
        // "a quarter of a million": the `of` of a fraction adds nothing to the value.
        .filter(|(i, w)| *w != "of" || !matches!(words[i - 1].as_str(), "half" | "quarter"))
        .map(|(_, w)| match w.as_str() {
            "dozens" => "dozen".to_string(),
            _ => plural_multiplier(w).map_or(w.clone(), |_| w.trim_end_matches('s').to_string()),
        })
        .collect();
    let slices: Vec<&str> = slices.iter().map(String::as_str).collect();
    if slices
        .iter()
        .all(|w| matches!(*w, "a" | "an" | "half" | "and"))
    {
        return None;
    }
    // "grand" counts thousands only after a number ("50 grand"): "Grand Canyon" is a name.
    if slices.first() == Some(&"grand") {
        return None;
    }
    let mut value = numbers::words_value(&slices)?;
    let mut extended = false;
    if let Some((decimals, next)) = spelled_decimals(lexemes, end) {
        value += decimals;
        end = next;
        extended = true;
    }
    if let Some((fraction, next)) = fraction_after(lexemes, end, 1.0) {
        value += fraction;
        end = next;
        extended = true;
    }
    // "three point five million", "two and a half million".
    if extended && let Some(factor) = word_multiplier(lexemes.get(end)) {
        value *= factor;
        multiplier = Some(factor);
        end += 1;
    }
    Some(from_words(value, value, end, false, multiplier))
}

/// `point five`, `point seven seven`, `point 77` at `at`: decimals spelled digit by digit,
/// and where they end.
fn spelled_decimals(lexemes: &[Lexeme<'_>], at: usize) -> Option<(f64, usize)> {
    if !lexemes.get(at).is_some_and(|l| l.is("point")) {
        return None;
    }
    // "At one point 300 people queued": the idiom, not 1.3.
    if at >= 2 && lexemes[at - 1].is("one") && lexemes[at - 2].is("at") {
        return None;
    }
    let mut digits = String::new();
    let mut next = at + 1;
    while let Some(lexeme) = lexemes.get(next) {
        match numbers::word_value(&lower(lexeme.text)).filter(|v| *v < 10.0) {
            Some(digit) => digits.push_str(&(digit as u8).to_string()),
            None if lexeme.kind == Kind::Number && digits.is_empty() => {
                digits.push_str(lexeme.text);
                next += 1;
                break;
            }
            None => break,
        }
        next += 1;
    }
    if digits.is_empty() {
        return None;
    }
    Some((format!("0.{digits}").parse::<f64>().ok()?, next))
}

/// `billions` after a number (`three billions`): the plural of a multiplier.
pub(super) fn plural_multiplier(word: &str) -> Option<f64> {
    let singular = word.strip_suffix('s')?;
    numbers::multiplier(singular)
        .filter(|_| singular.len() > 2 && singular != "hundred")
        .or_else(|| (singular == "hundred").then_some(100.0))
}

/// A second number after `-`, `to` or (after `between`) `and`.
pub(super) fn range_at<'a>(
    lexemes: &[Lexeme<'a>],
    at: usize,
    between: bool,
    has_currency: bool,
) -> Option<(Read<'a>, usize)> {
    let joiner = lexemes.get(at)?;
    let dash = joiner.text == "-";
    let fits = if between {
        joiner.is("and") || joiner.is("to") || dash
    } else {
        dash || joiner.is("to")
    };
    if !fits {
        return None;
    }
    let mut next = at + 1;
    if let Some((_, after)) = qualifier_at(lexemes, next) {
        // "€20m — about £17m": a dash set off by spaces before a hedge is an aside.
        if dash && joiner.spaced && lexemes[next].kind == Kind::Word {
            return None;
        }
        next = after; // "2 - ~7 grams", "between 2 and about 7"
    }
    if let Some((_, after)) = currency_at(lexemes, next) {
        next = after;
    }
    let second = number_at(lexemes, next, has_currency)?;
    if dash && second.from_words && !between && !joiner.spaced {
        return None; // "thirty-three" is one number, read by `words_at`
    }
    let end = second.end;
    Some((second, end))
}
