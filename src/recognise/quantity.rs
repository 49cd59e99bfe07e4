//! Quantities: a number with its qualifier and unit, as news text writes them.
//!
//! `up to 30,000 combat troops`, `north of 100,000`, `$1.2bn`, `75 kilometres`, `six large
//! landing craft`, `tens of thousands of troops`, `between 100 and 130`, `30-nation`,
//! `1,000-strong force`, `5%`. A quantity's unit is the noun phrase after the number, with
//! its head noun (`combat troops` → `troops`), or a unit of measurement from [`units`].
//! Numbers that name things are not quantities: `Union Courage-2020`, `SU- 35 S`, `F-16`,
//! `Boeing 737`, ordinals (`82nd Airborne`), years (`since 2014`: a date) and times of day.

use super::lexer::{Kind, Lexeme};
use super::numbers::{self, Digits};
use super::units::{self, MeasureUnit};
use crate::source::Span;

/// Which way a qualifier bends a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// Roughly the number: about, around, some, an estimated.
    About,
    /// At or below it: up to, at most, fewer than, nearly.
    Below,
    /// At or above it: more than, over, at least, north of.
    Above,
}

/// A qualifier as written, with its direction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Qualifier {
    /// The words, lower case (`up to`).
    pub text: String,
    /// Which way it bends the number.
    pub direction: Direction,
}

/// Qualifiers, longest first within each start word.
const QUALIFIERS: &[(&str, Direction)] = &[
    ("no more than", Direction::Below),
    ("not more than", Direction::Below),
    ("no fewer than", Direction::Above),
    ("no less than", Direction::Above),
    ("in excess of", Direction::Above),
    ("as many as", Direction::Below),
    ("as much as", Direction::Below),
    ("as few as", Direction::Above),
    ("an estimated", Direction::About),
    ("upwards of", Direction::Above),
    ("upward of", Direction::Above),
    ("north of", Direction::Above),
    ("south of", Direction::Below),
    ("more than", Direction::Above),
    ("fewer than", Direction::Below),
    ("less than", Direction::Below),
    ("at least", Direction::Above),
    ("at most", Direction::Below),
    ("just over", Direction::Above),
    ("well over", Direction::Above),
    ("just under", Direction::Below),
    ("well under", Direction::Below),
    ("close to", Direction::Below),
    ("up to", Direction::Below),
    ("estimated", Direction::About),
    ("about", Direction::About),
    ("around", Direction::About),
    ("roughly", Direction::About),
    ("approximately", Direction::About),
    ("approx", Direction::About),
    ("some", Direction::About),
    ("nearly", Direction::Below),
    ("almost", Direction::Below),
    ("over", Direction::Above),
    ("above", Direction::Above),
    ("under", Direction::Below),
    ("below", Direction::Below),
    ("~", Direction::About),
    ("<", Direction::Below),
    (">", Direction::Above),
];

/// Words that end a unit's noun phrase.
const NOT_IN_UNIT: &[&str] = &[
    "of",
    "to",
    "in",
    "on",
    "at",
    "for",
    "from",
    "with",
    "by",
    "and",
    "or",
    "but",
    "that",
    "who",
    "which",
    "were",
    "was",
    "are",
    "is",
    "be",
    "been",
    "being",
    "have",
    "has",
    "had",
    "will",
    "would",
    "could",
    "should",
    "may",
    "might",
    "can",
    "must",
    "said",
    "says",
    "say",
    "as",
    "than",
    "into",
    "across",
    "near",
    "per",
    "a",
    "an",
    "the",
    "their",
    "its",
    "his",
    "her",
    "our",
    "this",
    "these",
    "those",
    "it",
    "they",
    "he",
    "she",
    "we",
    "you",
    "i",
    "more",
    "less",
    "over",
    "under",
    "about",
    "around",
    "since",
    "until",
    "while",
    "when",
    "if",
    "not",
    "no",
    "each",
    "every",
    "after",
    "before",
    "during",
    "including",
    "through",
    "between",
    "among",
    "against",
    "toward",
    "towards",
    "up",
    "down",
    "out",
    "off",
    "also",
    "still",
    "just",
    "only",
    "already",
    "now",
    "then",
    "there",
    "here",
    "ago",
    "so",
    "yet",
    "too",
    "very",
    "according",
    "where",
    "what",
    "whom",
    "whose",
    "do",
    "does",
    "did",
    "amid",
    "via",
    "without",
    "within",
    "like",
    "both",
    "all",
    "any",
    "some",
    "such",
    "other",
    "another",
    "last",
    "next",
    "earlier",
    "later",
    "old",
    "apiece",
    "each",
    "respectively",
    "annually",
    "a year",
    "times",
    "percent",
    "away",
];

/// Counted nouns whose plural has no `s`; a noun phrase ends after them.
const IRREGULAR_PLURALS: &[&str] = &[
    "people",
    "children",
    "men",
    "women",
    "police",
    "personnel",
    "staff",
    "aircraft",
    "craft",
    "sheep",
    "fish",
    "deer",
    "cattle",
    "livestock",
    "infantry",
    "militia",
    "crew",
    "feet",
    "teeth",
    "mice",
    "geese",
    "data",
    "media",
    "spacecraft",
    "hovercraft",
    "offspring",
    "series",
];

/// Words before a four-digit number that make it a year.
const YEAR_CONTEXT: &[&str] = &[
    "in", "since", "by", "until", "till", "from", "of", "to", "before", "after", "during", "early",
    "late", "mid", "circa", "year", "spring", "summer", "autumn", "fall", "winter", "between",
    "and", "through", "the", "fiscal", "election", "season", "class", "around", "back",
];

/// A quantity's unit: the noun phrase after the number, or a unit of measurement.
#[derive(Debug, Clone, PartialEq)]
pub struct Unit {
    /// The unit as written (`combat troops`, `kilometres`, `$`).
    pub phrase: String,
    /// The head noun, lower case (`troops`), or the measure's name (`kilometre`).
    pub head: String,
    /// The unit of measurement, if it is one.
    pub measure: Option<MeasureUnit>,
}

/// A quantity: a value or range, with qualifier and unit.
#[derive(Debug, Clone, PartialEq)]
pub struct Quantity {
    /// The lowest value it states.
    pub low: f64,
    /// The highest value it states (equal to `low` for one number).
    pub high: f64,
    /// `tens of thousands`, `hundreds`: an order of magnitude, not a number.
    pub vague: bool,
    /// `up to`, `more than`, …
    pub qualifier: Option<Qualifier>,
    /// What is counted or measured.
    pub unit: Option<Unit>,
}

impl Quantity {
    /// Whether it states one number (not a range or an order of magnitude).
    pub fn is_exact(&self) -> bool {
        self.low == self.high && !self.vague
    }
}

/// A quantity found in text.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    /// The whole expression, qualifier and unit included.
    pub span: Span,
    /// The number (or range) alone.
    pub value_span: Span,
    /// What it states.
    pub quantity: Quantity,
}

/// Every quantity in a sentence's lexemes, skipping lexemes inside `taken` spans (dates).
pub fn find(lexemes: &[Lexeme<'_>], taken: &[Span]) -> Vec<Found> {
    let mut found = Vec::new();
    let mut at = 0;
    while at < lexemes.len() {
        let inside_taken = taken
            .iter()
            .any(|t| t.start <= lexemes[at].span.start && lexemes[at].span.end <= t.end);
        if !inside_taken && let Some((quantity, next)) = quantity_at(lexemes, at, taken) {
            found.push(quantity);
            at = next;
        } else {
            at += 1;
        }
    }
    found
}

/// A number as read: its value or range and where it ends.
struct Read<'a> {
    low: f64,
    high: f64,
    end: usize,
    vague: bool,
    from_words: bool,
    /// Letters glued to the digits that are a unit (`5km`).
    unit_suffix: Option<&'a str>,
    /// A multiplier word or suffix scaled it (`3.5 million`), for ranges (`3 to 4 million`).
    multiplier: Option<f64>,
    digits_plain: bool,
}

fn quantity_at(lexemes: &[Lexeme<'_>], start: usize, taken: &[Span]) -> Option<(Found, usize)> {
    let (qualifier, mut at) = match qualifier_at(lexemes, start) {
        Some((qualifier, next)) => (Some(qualifier), next),
        None => (None, start),
    };
    let between = lexemes
        .get(start)
        .is_some_and(|l| l.is("between") || l.is("from"));
    if between && qualifier.is_none() {
        at = start + 1;
    }
    let currency = currency_at(lexemes, at);
    if let Some((_, next)) = currency {
        at = next;
    }
    let number_start = at;
    let first = number_at(lexemes, at, currency.is_some())?;
    if taken.iter().any(|t| {
        t.start <= lexemes[number_start].span.start && lexemes[number_start].span.end <= t.end
    }) {
        return None;
    }
    if first.digits_plain
        && qualifier.is_none()
        && currency.is_none()
        && names_or_dates(lexemes, number_start, first.end, first.low)
    {
        return None;
    }
    if first.from_words && !first.vague && first.end == number_start + 1 && qualifier.is_none() {
        // A lone "one" is mostly a pronoun ("one of them"); keep it before a counted noun.
        let word = lexemes[number_start].text.to_lowercase();
        if word == "one" || word == "none" || word == "couple" || word == "pair" {
            let next = lexemes.get(first.end);
            if next.is_none_or(|l| {
                l.kind != Kind::Word
                    || NOT_IN_UNIT.contains(&l.text.to_lowercase().as_str())
                    || l.is_capitalised()
            }) {
                return None;
            }
        }
    }
    let (mut low, mut high) = (first.low, first.high);
    let mut vague = first.vague;
    let mut end = first.end;
    let mut unit_suffix = first.unit_suffix;
    if let Some((second, next)) = range_at(lexemes, end, between, currency.is_some()) {
        let scale = match (first.multiplier, second.multiplier) {
            (None, Some(factor)) if first.low * factor <= second.low => factor,
            _ => 1.0,
        };
        low = first.low * scale;
        high = second.high.max(low);
        vague |= second.vague;
        unit_suffix = second.unit_suffix.or(unit_suffix);
        end = next;
    } else if between {
        return None;
    }
    let value_span = Span::new(lexemes[number_start].span.start, lexemes[end - 1].span.end);

    // The unit: a currency symbol, a glued suffix, `%`, a measure, a compound adjective or a
    // counted noun phrase.
    let mut unit = currency.map(|(measure, _)| Unit {
        phrase: lexemes[number_start - 1].text.to_string(),
        head: measure.name.to_string(),
        measure: Some(measure),
    });
    if unit.is_none()
        && let Some(suffix) = unit_suffix
    {
        let measure = units::lookup(&suffix.to_lowercase())?;
        unit = Some(measure_unit(suffix, measure));
    }
    if unit.is_none()
        && let Some((measure, phrase, next)) = measure_at(lexemes, end)
    {
        unit = Some(measure_unit(&phrase, measure));
        end = next;
    } else if unit.is_some()
        && let Some((measure, phrase, next)) = measure_at(lexemes, end)
        && matches!(measure.dimension, units::Dimension::Currency(_))
        && unit
            .as_ref()
            .is_some_and(|u| u.measure.map(|m| m.dimension) != Some(measure.dimension))
    {
        // "$5 Canadian dollars" and the like: the written currency word wins.
        unit = Some(measure_unit(&phrase, measure));
        end = next;
    }
    if unit.is_none()
        && let Some((adjective, next)) = compound_adjective(lexemes, end)
    {
        unit = adjective;
        end = next;
    }
    let of_allowed = vague || first.multiplier.is_some() && first.from_words;
    if unit.is_none() {
        let mut from = end;
        if of_allowed && lexemes.get(from).is_some_and(|l| l.is("of")) {
            from += 1;
        }
        if let Some((phrase, next)) = noun_phrase(lexemes, from) {
            unit = Some(phrase);
            end = next;
        }
    }
    if first.from_words && unit.is_none() && qualifier.is_none() && !vague && high < 10.0 {
        // "two" alone is rarely a quantity a fact-checker means ("the two countries' …" is
        // caught above by the noun phrase); keep small spelled numbers only with a unit.
        return None;
    }
    let span = Span::new(lexemes[start].span.start, lexemes[end - 1].span.end);
    Some((
        Found {
            span,
            value_span,
            quantity: Quantity {
                low,
                high,
                vague,
                qualifier,
                unit,
            },
        },
        end,
    ))
}

fn measure_unit(phrase: &str, measure: &MeasureUnit) -> Unit {
    Unit {
        phrase: phrase.to_string(),
        head: measure.name.to_string(),
        measure: Some(*measure),
    }
}

/// A qualifier starting at `at` and followed by a number.
fn qualifier_at(lexemes: &[Lexeme<'_>], at: usize) -> Option<(Qualifier, usize)> {
    for (text, direction) in QUALIFIERS {
        let words: Vec<&str> = text.split(' ').collect();
        let fits = words
            .iter()
            .enumerate()
            .all(|(offset, word)| lexemes.get(at + offset).is_some_and(|l| l.is(word)));
        if !fits {
            continue;
        }
        let next = at + words.len();
        let starts_number = lexemes.get(next).is_some_and(|l| {
            l.kind == Kind::Number
                || currency_at(lexemes, next).is_some()
                || numbers::is_number_word(&l.text.to_lowercase())
                || numbers::VAGUE.iter().any(|(w, _, _)| l.is(w))
                || l.is("a")
                || l.is("half")
        });
        if starts_number {
            return Some((
                Qualifier {
                    text: text.to_string(),
                    direction: *direction,
                },
                next,
            ));
        }
    }
    None
}

/// A currency symbol or code right before a number.
fn currency_at(lexemes: &[Lexeme<'_>], at: usize) -> Option<(MeasureUnit, usize)> {
    let lexeme = lexemes.get(at)?;
    // "US$5", "A$5": a country prefix glued to the symbol.
    if lexeme.kind == Kind::Word
        && lexeme.text.len() <= 2
        && lexemes
            .get(at + 1)
            .is_some_and(|l| l.text == "$" && !l.spaced)
        && lexemes.get(at + 2).is_some_and(|l| l.kind == Kind::Number)
    {
        let measure = if lexeme.text == "US" {
            units::CURRENCY_SYMBOLS[0].1
        } else {
            MeasureUnit {
                name: "dollar",
                dimension: units::Dimension::Currency(leak_code(lexeme.text)),
                factor: 1.0,
                offset: 0.0,
            }
        };
        return Some((measure, at + 2));
    }
    let (_, measure) = units::CURRENCY_SYMBOLS
        .iter()
        .find(|(symbol, _)| *symbol == lexeme.text)?;
    let next = lexemes.get(at + 1)?;
    (next.kind == Kind::Number || numbers::is_number_word(&next.text.to_lowercase()))
        .then_some((*measure, at + 1))
}

/// The currency code of a prefixed dollar (`A$` → `AUD`).
fn leak_code(prefix: &str) -> &'static str {
    match prefix {
        "A" | "AU" => "AUD",
        "C" | "CA" => "CAD",
        "NZ" => "NZD",
        "HK" => "HKD",
        "S" => "SGD",
        _ => "USD",
    }
}

fn number_at<'a>(lexemes: &[Lexeme<'a>], at: usize, has_currency: bool) -> Option<Read<'a>> {
    let lexeme = lexemes.get(at)?;
    match lexeme.kind {
        Kind::Number => digits_at(lexemes, at, has_currency),
        Kind::Word => words_at(lexemes, at),
        Kind::Symbol => None,
    }
}

fn digits_at<'a>(lexemes: &[Lexeme<'a>], at: usize, has_currency: bool) -> Option<Read<'a>> {
    let lexeme = lexemes[at];
    let Digits {
        mut value,
        suffix,
        decimal,
        grouped,
        leading,
    } = numbers::digits(lexeme.text)?;
    if suffix.len() + (lexeme.text.len() - suffix.len()) != lexeme.text.len() {
        return None;
    }
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
    let lower = suffix.to_lowercase();
    let mut multiplier = None;
    let mut unit_suffix = None;
    match lower.as_str() {
        "" => {}
        "st" | "nd" | "rd" | "th" => return None,
        "am" | "pm" => return None,
        "m" if !has_currency => unit_suffix = Some(suffix),
        "s" if leading == 4 && !grouped => return None, // the 1990s
        _ => match numbers::multiplier(&lower) {
            Some(factor) => multiplier = Some(factor),
            None => unit_suffix = Some(suffix),
        },
    }
    if multiplier.is_none()
        && unit_suffix.is_none()
        && let Some(next) = lexemes.get(end)
        && next.kind == Kind::Word
    {
        let word = next.text.to_lowercase();
        if let Some(factor) = numbers::multiplier(&word)
            && (word.len() > 2 || has_currency || word == "bn" || word == "mn")
        {
            multiplier = Some(factor);
            end += 1;
        }
    }
    let value = value * multiplier.unwrap_or(1.0);
    Some(Read {
        low: value,
        high: value,
        end,
        vague: false,
        from_words: false,
        unit_suffix,
        multiplier,
        digits_plain: multiplier.is_none() && !decimal && !grouped && unit_suffix.is_none(),
    })
}

fn words_at<'a>(lexemes: &[Lexeme<'a>], at: usize) -> Option<Read<'a>> {
    let first = lexemes[at].text.to_lowercase();
    // Orders of magnitude: "hundreds", "tens of thousands", "hundreds of millions".
    if let Some(&(_, low, high)) = numbers::VAGUE.iter().find(|(w, _, _)| *w == first) {
        let mut read = Read {
            low,
            high,
            end: at + 1,
            vague: true,
            from_words: true,
            unit_suffix: None,
            multiplier: None,
            digits_plain: false,
        };
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
        return Some(read);
    }
    // "several thousand", "a few hundred".
    let (few, after_few) = if first == "several" {
        (Some((3.0, 9.0)), at + 1)
    } else if first == "a" && lexemes.get(at + 1).is_some_and(|l| l.is("few")) {
        (Some((2.0, 9.0)), at + 2)
    } else if first == "few" {
        (Some((2.0, 9.0)), at + 1)
    } else {
        (None, at)
    };
    if let Some((low, high)) = few {
        let scale = lexemes.get(after_few).and_then(|l| {
            numbers::multiplier(&l.text.to_lowercase()).filter(|_| l.text.len() > 2)
        })?;
        return Some(Read {
            low: low * scale,
            high: high * scale,
            end: after_few + 1,
            vague: true,
            from_words: true,
            unit_suffix: None,
            multiplier: Some(scale),
            digits_plain: false,
        });
    }
    // Spelled-out numbers.
    let mut words = Vec::new();
    let mut end = at;
    let mut multiplier = None;
    while let Some(lexeme) = lexemes.get(end) {
        let word = lexeme.text.to_lowercase();
        let joins = match word.as_str() {
            "and" => {
                !words.is_empty()
                    && lexemes.get(end + 1).is_some_and(|l| {
                        let next = l.text.to_lowercase();
                        numbers::word_value(&next).is_some() || next == "a"
                    })
            }
            "a" | "an" => lexemes.get(end + 1).is_some_and(|l| {
                let next = l.text.to_lowercase();
                next == "half"
                    || next == "dozen"
                    || numbers::multiplier(&next).is_some_and(|_| next.len() > 2)
            }),
            "half" => {
                words.last().is_some_and(|w: &String| w == "a")
                    || lexemes
                        .get(end + 1)
                        .is_some_and(|l| l.is("a") || l.is("an"))
            }
            "-" => {
                !lexeme.spaced
                    && !words.is_empty()
                    && lexemes.get(end + 1).is_some_and(|l| {
                        !l.spaced && numbers::word_value(&l.text.to_lowercase()).is_some()
                    })
            }
            _ => numbers::is_number_word(&word),
        };
        if !joins {
            break;
        }
        if let Some(factor) = numbers::multiplier(&word).filter(|_| word.len() > 2) {
            multiplier = Some(multiplier.map_or(factor, |m: f64| m.max(factor)));
        }
        words.push(word);
        end += 1;
    }
    while words
        .last()
        .is_some_and(|w| w == "and" || w == "a" || w == "an" || w == "-")
    {
        words.pop();
        end -= 1;
    }
    let slices: Vec<&str> = words.iter().map(String::as_str).collect();
    if slices
        .iter()
        .all(|w| matches!(*w, "a" | "an" | "half" | "and"))
    {
        return None;
    }
    let value = numbers::words_value(&slices)?;
    Some(Read {
        low: value,
        high: value,
        end,
        vague: false,
        from_words: true,
        unit_suffix: None,
        multiplier,
        digits_plain: false,
    })
}

/// A second number after `-`, `to` or (after `between`) `and`.
fn range_at<'a>(
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
    if let Some((_, after)) = currency_at(lexemes, next) {
        next = after;
    }
    let second = number_at(lexemes, next, has_currency)?;
    if dash && second.from_words && !between {
        return None; // "thirty-three" is one number, read by `words_at`
    }
    let end = second.end;
    Some((second, end))
}

/// A unit of measurement at `at`: the longest spelling that fits, up to three words. Spellings
/// that are also plain words (`in`, `m`) count only when glued to the number.
fn measure_at(lexemes: &[Lexeme<'_>], at: usize) -> Option<(&'static MeasureUnit, String, usize)> {
    for length in (1..=units::MAX_UNIT_WORDS).rev() {
        let Some(parts) = lexemes.get(at..at + length) else {
            continue;
        };
        // "°C" and "km/h" are written without spaces; words are spaced.
        let mut spelling = String::new();
        for (offset, part) in parts.iter().enumerate() {
            if offset > 0 && part.spaced {
                spelling.push(' ');
            }
            spelling.push_str(&part.text.to_lowercase());
        }
        let Some(measure) = units::lookup(&spelling) else {
            continue;
        };
        if units::SYMBOL_ONLY.contains(&spelling.as_str()) && parts[0].spaced && spelling != "°" {
            continue;
        }
        let phrase: String = lexemes[at..at + length]
            .iter()
            .enumerate()
            .map(|(i, l)| {
                if i > 0 && l.spaced {
                    format!(" {}", l.text)
                } else {
                    l.text.to_string()
                }
            })
            .collect();
        return Some((measure, phrase, at + length));
    }
    None
}

/// `30-nation`, `10-day`, `1,000-strong force`: a unit glued to the number with a hyphen.
fn compound_adjective(lexemes: &[Lexeme<'_>], at: usize) -> Option<(Option<Unit>, usize)> {
    let dash = lexemes.get(at)?;
    let word = lexemes.get(at + 1)?;
    if dash.text != "-" || dash.spaced || word.spaced || word.kind != Kind::Word {
        return None;
    }
    let lower = word.text.to_lowercase();
    if lower == "strong" {
        // The counted noun follows: "a 1,000-strong force".
        return match noun_phrase(lexemes, at + 2) {
            Some((unit, next)) => Some((Some(unit), next)),
            None => Some((None, at + 2)),
        };
    }
    if lower == "year" && lexemes.get(at + 2).is_some_and(|l| l.text == "-") {
        return None; // "70-year-old": an age; left as a plain number
    }
    let unit = match units::lookup(&lower) {
        Some(measure) => measure_unit(word.text, measure),
        None => Unit {
            phrase: word.text.to_string(),
            head: lower,
            measure: None,
        },
    };
    Some((Some(unit), at + 2))
}

/// The counted noun phrase at `at`: up to four words, ending after a plural noun or a unit,
/// before a function word or punctuation. Capitalised words (`US soldiers`, `NATO troops`)
/// belong to it only before a lower-case noun.
fn noun_phrase(lexemes: &[Lexeme<'_>], at: usize) -> Option<(Unit, usize)> {
    let mut words: Vec<String> = Vec::new();
    let mut end = at;
    let mut last_lower_end = None;
    while let Some(lexeme) = lexemes.get(end) {
        if words.len() >= 4 {
            break;
        }
        if lexeme.kind == Kind::Symbol {
            let joins = lexeme.text == "-"
                && !lexeme.spaced
                && !words.is_empty()
                && lexemes
                    .get(end + 1)
                    .is_some_and(|l| l.kind == Kind::Word && !l.spaced);
            if joins {
                let next = lexemes[end + 1].text;
                if let Some(last) = words.last_mut() {
                    last.push('-');
                    last.push_str(&next.to_lowercase());
                }
                end += 2;
                last_lower_end = Some(end);
                continue;
            }
            break;
        }
        if lexeme.kind != Kind::Word {
            break;
        }
        let lower = lexeme.text.to_lowercase();
        if NOT_IN_UNIT.contains(&lower.as_str()) {
            break;
        }
        if lexeme.is_capitalised() {
            if words.is_empty() && end > at {
                break;
            }
            words.push(lexeme.text.to_string());
            end += 1;
            continue;
        }
        let verb_like = lower.ends_with("ed") || lower.ends_with("ing");
        let followed_by_noun = lexemes.get(end + 1).is_some_and(|l| {
            l.kind == Kind::Word
                && l.spaced
                && !l.is_capitalised()
                && !NOT_IN_UNIT.contains(&l.text.to_lowercase().as_str())
        });
        if verb_like && !followed_by_noun {
            break;
        }
        words.push(lower.clone());
        end += 1;
        last_lower_end = Some(end);
        let plural = lower.len() > 3
            && lower.ends_with('s')
            && !lower.ends_with("ss")
            && !lower.ends_with("us")
            && !lower.ends_with("is");
        if plural || IRREGULAR_PLURALS.contains(&lower.as_str()) || units::lookup(&lower).is_some()
        {
            break;
        }
    }
    let end = last_lower_end?;
    let phrase_words: Vec<&Lexeme<'_>> = lexemes[at..end].iter().collect();
    let phrase = phrase_words
        .iter()
        .enumerate()
        .map(|(i, l)| {
            if i > 0 && l.spaced {
                format!(" {}", l.text)
            } else {
                l.text.to_string()
            }
        })
        .collect::<String>();
    let head_word = phrase
        .rsplit([' ', '-'])
        .next()
        .unwrap_or(&phrase)
        .to_lowercase();
    let measure = units::lookup(&head_word)
        .copied()
        .filter(|_| !units::SYMBOL_ONLY.contains(&head_word.as_str()));
    Some((
        Unit {
            head: measure.map_or(head_word, |m| m.name.to_string()),
            phrase,
            measure,
        },
        end,
    ))
}

/// Whether the plain digits at `start..end` name something (a model, a unit, an exercise),
/// are a year, or a time of day, rather than a quantity.
fn names_or_dates(lexemes: &[Lexeme<'_>], start: usize, end: usize, value: f64) -> bool {
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
            YEAR_CONTEXT.contains(&p.text.to_lowercase().as_str())
                || super::dates::month(p.text).is_some()
                || p.text == ","
        });
        let counted = next.is_some_and(|l| {
            l.kind == Kind::Word
                && !l.is_capitalised()
                && !NOT_IN_UNIT.contains(&l.text.to_lowercase().as_str())
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
        && super::dates::month(word.text).is_none()
        && number.text.len() < 5
    {
        let counted = next.is_some_and(|l| l.kind == Kind::Word && !l.is_capitalised());
        if !counted {
            return true;
        }
    }
    false
}
