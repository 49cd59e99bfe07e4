//! Quantities: a number with its qualifier and unit, as news text writes them.
//!
//! `up to 30,000 combat troops`, `north of 100,000`, `$1.2bn`, `75 kilometres`, `six large
//! landing craft`, `tens of thousands of troops`, `between 100 and 130`, `30-nation`,
//! `1,000-strong force`, `5%`, `half an hour`, `7 feet 10 inches`, `$20 and 43c`. A quantity's
//! unit is the noun phrase after the number, with its head noun (`combat troops` → `troops`),
//! or a unit of measurement or currency from [`units`]. Numbers that name things are not
//! quantities: `Union Courage-2020`, `SU- 35 S`, `F-16`, `Boeing 737`, ordinals (`82nd
//! Airborne`), years (`since 2014`: a date) and times of day.

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

/// Qualifiers; where one is the start of another, the longer comes first.
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
    ("greater than", Direction::Above),
    ("higher than", Direction::Above),
    ("fewer than", Direction::Below),
    ("less than", Direction::Below),
    ("lower than", Direction::Below),
    ("at least", Direction::Above),
    ("at most", Direction::Below),
    ("just over", Direction::Above),
    ("well over", Direction::Above),
    ("just under", Direction::Below),
    ("well under", Direction::Below),
    ("close to", Direction::Below),
    ("up to", Direction::Below),
    ("exceeding", Direction::Above),
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

/// Words that say a number is exact; read and dropped (`exactly 42 dollars`).
const EXACTLY: &[&str] = &["exactly", "precisely"];

/// Fraction words after `and` (`two and a half`, `one and three quarters`).
const FRACTIONS: &[(&str, f64)] = &[
    ("half", 0.5),
    ("halves", 0.5),
    ("quarter", 0.25),
    ("quarters", 0.25),
    ("third", 1.0 / 3.0),
    ("thirds", 1.0 / 3.0),
];

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

    fn measure(&self) -> Option<MeasureUnit> {
        self.unit.as_ref().and_then(|u| u.measure)
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
    /// Lexemes `start..end` of the sentence it covers.
    lexemes: std::ops::Range<usize>,
}

/// Every quantity in a sentence's lexemes, skipping lexemes inside `taken` spans (dates).
pub fn find(lexemes: &[Lexeme<'_>], taken: &[Span]) -> Vec<Found> {
    let is_taken = |at: usize| {
        taken
            .iter()
            .any(|t| t.start <= lexemes[at].span.start && lexemes[at].span.end <= t.end)
    };
    let mut found: Vec<Found> = Vec::new();
    let mut at = 0;
    while at < lexemes.len() {
        if !is_taken(at)
            && let Some(quantity) = quantity_at(lexemes, at, &is_taken)
        {
            at = quantity.lexemes.end;
            found.push(quantity);
        } else {
            at += 1;
        }
    }
    join_compounds(lexemes, found)
}

/// A number as read: its value or range and where it ends.
#[derive(Debug, Clone)]
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
    /// Plain digits: no separators, decimals, multiplier or suffix (could be a year or a name).
    digits_plain: bool,
    /// `3/4`: only a quantity before a unit.
    fraction: bool,
}

fn quantity_at(
    lexemes: &[Lexeme<'_>],
    start: usize,
    is_taken: &dyn Fn(usize) -> bool,
) -> Option<Found> {
    let mut at = start;
    while lexemes
        .get(at)
        .is_some_and(|l| EXACTLY.iter().any(|w| l.is(w)))
        && at + 1 < lexemes.len()
    {
        at += 1;
    }
    let qualifier = match qualifier_at(lexemes, at) {
        Some((qualifier, next)) => {
            at = next;
            Some(qualifier)
        }
        None => None,
    };
    let between = lexemes
        .get(at)
        .is_some_and(|l| l.is("between") || l.is("from"));
    if between {
        at += 1;
    }
    let currency = currency_at(lexemes, at);
    if let Some((_, next)) = currency {
        at = next;
    }
    let number_start = at;
    // "a kilogram", "an hour", "half an hour": one (or half) of a unit of measurement.
    let first =
        number_at(lexemes, at, currency.is_some()).or_else(|| article_before_unit(lexemes, at))?;
    if is_taken(number_start) {
        return None;
    }
    if qualifier.is_none() && currency.is_none() && is_code(lexemes, number_start, first.end) {
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
        if matches!(word.as_str(), "one" | "none" | "couple" | "pair" | "single") {
            let next = lexemes.get(first.end);
            let noun_follows = next.is_some_and(|l| {
                l.kind == Kind::Word
                    && !NOT_IN_UNIT.contains(&l.text.to_lowercase().as_str())
                    && !l.is_capitalised()
            });
            if !noun_follows {
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
    }
    let value_span = Span::new(lexemes[number_start].span.start, lexemes[end - 1].span.end);

    // The unit: a currency symbol, a glued suffix, a measure or currency word, a compound
    // adjective or a counted noun phrase.
    let mut unit = currency.map(|(measure, next)| Unit {
        phrase: joined(
            &lexemes[number_start.min(next) - (next - at_of_currency(lexemes, number_start, next))
                ..next],
        ),
        head: measure.name.to_string(),
        measure: Some(measure),
    });
    if let Some(suffix) = unit_suffix
        && unit.is_none()
    {
        // "24703m2": the power is glued after the unit.
        let power = lexemes
            .get(end)
            .filter(|l| !l.spaced && matches!(l.text, "2" | "3"));
        let measure = match power {
            Some(power) => {
                end += 1;
                units::lookup(&format!("{}{}", suffix.to_lowercase(), power.text))?
            }
            None => temperature_letter(suffix)
                .filter(|_| {
                    lexemes
                        .get(end)
                        .is_none_or(|l| matches!(l.text, "." | "," | ";" | "!" | "?" | ")"))
                })
                .or_else(|| units::lookup(&suffix.to_lowercase()))
                .or_else(|| units::currency_symbol(suffix))?,
        };
        unit = Some(measure_unit(suffix, measure));
    }
    if let Some((measure, phrase, next)) = measure_at(lexemes, end) {
        // A written currency name wins over a bare symbol ("$5 Canadian dollars").
        let take = match &unit {
            None => true,
            Some(current) => {
                matches!(measure.dimension, units::Dimension::Currency(_))
                    && current.measure.map(|m| m.dimension) != Some(measure.dimension)
            }
        };
        if take {
            unit = Some(measure_unit(&phrase, measure));
            end = next;
        }
    }
    // "20 million pounds" is money: nobody weighs in millions of pounds in the news.
    if let Some(current) = unit.as_mut()
        && current.head == "pound"
        && first.multiplier.is_some_and(|m| m >= 1e6)
    {
        current.measure = units::lookup("pound sterling");
        current.head = "pound sterling".into();
    }
    // "75 USD million": a multiplier after the currency.
    if unit.as_ref().is_some_and(|u| {
        u.measure
            .is_some_and(|m| matches!(m.dimension, units::Dimension::Currency(_)))
    }) && first.multiplier.is_none()
        && let Some(factor) = lexemes
            .get(end)
            .and_then(|l| numbers::multiplier(&l.text.to_lowercase()).filter(|_| l.text.len() > 2))
    {
        low *= factor;
        high *= factor;
        end += 1;
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
    let measured = unit.as_ref().is_some_and(|u| u.measure.is_some());
    if first.fraction && !measured {
        return None;
    }
    if first.from_words && unit.is_none() && qualifier.is_none() && !vague && high < 10.0 {
        // "two" alone is rarely a quantity a fact-checker means; keep small spelled numbers
        // only with a unit.
        return None;
    }
    // "2 degrees below zero", "2 below zero".
    if lexemes.get(end).is_some_and(|l| l.is("below"))
        && lexemes.get(end + 1).is_some_and(|l| l.is("zero"))
        && unit.as_ref().is_none_or(|u| {
            u.measure
                .is_some_and(|m| m.dimension == units::Dimension::Temperature)
        })
    {
        (low, high) = (-high, -low);
        unit.get_or_insert_with(|| {
            measure_unit(
                "below zero",
                units::lookup("degree").expect("degree is a unit"),
            )
        });
        end += 2;
    }
    // "an hour and a half", "a month and a half": a fraction after the unit.
    if measured
        && low == high
        && let Some((fraction, next)) = fraction_after(lexemes, end, 1.0)
    {
        low += fraction;
        high = low;
        end = next;
    }
    Some(Found {
        span: Span::new(lexemes[start].span.start, lexemes[end - 1].span.end),
        value_span,
        quantity: Quantity {
            low,
            high,
            vague,
            qualifier,
            unit,
        },
        lexemes: start..end,
    })
}

/// `C` and `F` in capitals after a number are degrees: `30 C`, `-10C`.
fn temperature_letter(text: &str) -> Option<MeasureUnit> {
    match text {
        "C" => units::lookup("celsius"),
        "F" => units::lookup("fahrenheit"),
        _ => None,
    }
}

/// Where the currency symbol that ends at `next` starts (symbols span up to three lexemes).
fn at_of_currency(lexemes: &[Lexeme<'_>], number_start: usize, next: usize) -> usize {
    let _ = lexemes;
    number_start.min(next)
}

/// `lexemes` as written, with their spaces.
fn joined(lexemes: &[Lexeme<'_>]) -> String {
    let mut text = String::new();
    for (index, lexeme) in lexemes.iter().enumerate() {
        if index > 0 && lexeme.spaced {
            text.push(' ');
        }
        text.push_str(lexeme.text);
    }
    text
}

fn measure_unit(phrase: &str, measure: MeasureUnit) -> Unit {
    Unit {
        phrase: phrase.to_string(),
        head: measure.name.to_string(),
        measure: Some(measure),
    }
}

/// Consecutive measures of one dimension written as one amount become one quantity, in the
/// smaller unit: `7 feet 10 inches`, `2 years and 3 months`, `$20 and 43c`, `1 hour thirty`;
/// a range written with a unit on both ends becomes one range: `from 10 to 20 dollars`,
/// `between 2 g and about 7 g`.
fn join_compounds(lexemes: &[Lexeme<'_>], found: Vec<Found>) -> Vec<Found> {
    let mut joined: Vec<Found> = Vec::new();
    for next in found {
        // "45 and 50 mg": a bare number before "and"/"or" and a measured one shares its unit.
        if let Some(last) = joined.last_mut()
            && last.quantity.unit.is_none()
            && next.quantity.measure().is_some()
            && matches!(&lexemes[last.lexemes.end..next.lexemes.start], [joiner] if joiner.is("and") || joiner.is("or"))
        {
            last.quantity.unit.clone_from(&next.quantity.unit);
        }
        if let Some(last) = joined.last_mut() {
            let between: Vec<&Lexeme<'_>> = lexemes[last.lexemes.end..next.lexemes.start]
                .iter()
                .collect();
            if let Some(merged) = join_two(lexemes, last, &next, &between) {
                *last = merged;
                continue;
            }
        }
        joined.push(next);
    }
    // A bare number after a money amount or a duration is its smaller unit: `$20 43`.
    for found in &mut joined {
        smaller_tail(lexemes, found);
    }
    joined
}

fn join_two(
    lexemes: &[Lexeme<'_>],
    first: &Found,
    second: &Found,
    between: &[&Lexeme<'_>],
) -> Option<Found> {
    let (a, b) = (&first.quantity, &second.quantity);
    let (unit_a, mut unit_b) = (a.measure()?, b.measure()?);
    // "3 CAD 3 cents": a cent after another currency is that currency's cent.
    if let (units::Dimension::Currency(major), units::Dimension::Currency(_)) =
        (unit_a.dimension, unit_b.dimension)
        && unit_a.factor == 1.0
        && unit_b.factor < 1.0
    {
        unit_b.dimension = units::Dimension::Currency(major);
    }
    if unit_a.dimension != unit_b.dimension {
        return None;
    }
    let words: Vec<String> = between.iter().map(|l| l.text.to_lowercase()).collect();
    let words: Vec<&str> = words.iter().map(String::as_str).collect();
    let opened = {
        let before = lexemes[first.lexemes.start].text.to_lowercase();
        before == "between" || before == "from"
    };
    let range_joiner =
        matches!(words.as_slice(), ["to"] | ["-"] | ["and"] if opened || words != ["and"]);
    if range_joiner
        && (opened || words == ["-"] || words == ["to"])
        && unit_a.name == unit_b.name
        && a.is_exact()
        && b.is_exact()
        && a.qualifier.is_none()
    {
        let mut merged = first.clone();
        merged.quantity.low = a.low.min(b.low);
        merged.quantity.high = a.high.max(b.high);
        merged.span.end = second.span.end;
        merged.value_span.end = second.value_span.end;
        merged.lexemes.end = second.lexemes.end;
        return Some(merged);
    }
    // Compound amounts: bigger unit first, joined by nothing, a comma or "and".
    let compound = matches!(words.as_slice(), [] | [","] | ["and"] | [",", "and"])
        && unit_a.dimension != units::Dimension::Temperature;
    if !compound
        || !a.is_exact()
        || !b.is_exact()
        || b.qualifier.is_some()
        || unit_a.to_base(1.0) <= unit_b.to_base(1.0)
    {
        return None;
    }
    if matches!(unit_a.dimension, units::Dimension::Currency(_))
        && units::major_of(&unit_b).is_none()
    {
        return None;
    }
    let total = (unit_a.to_base(a.low) + unit_b.to_base(b.low)) / unit_b.factor;
    let mut merged = second.clone();
    if let Some(unit) = merged.quantity.unit.as_mut() {
        unit.measure = Some(unit_b);
    }
    merged.quantity.low = total;
    merged.quantity.high = total;
    merged.quantity.qualifier = a.qualifier.clone();
    merged.span.start = first.span.start;
    merged.value_span.start = first.value_span.start;
    merged.lexemes.start = first.lexemes.start;
    Some(merged)
}

/// `$20 43`, `1 hour thirty`, `3 GBP and one`: a bare number under 100 right after a money
/// amount or a duration, ending the phrase, counts in the next smaller unit.
fn smaller_tail(lexemes: &[Lexeme<'_>], found: &mut Found) {
    let Some(measure) = found.quantity.measure() else {
        return;
    };
    let Some(smaller) = units::smaller(&measure) else {
        return;
    };
    if !found.quantity.is_exact() {
        return;
    }
    let mut at = found.lexemes.end;
    if lexemes.get(at).is_some_and(|l| l.is("and")) {
        at += 1;
    }
    let Some(read) = number_at(lexemes, at, false) else {
        return;
    };
    let ends_phrase = lexemes
        .get(read.end)
        .is_none_or(|l| l.kind == Kind::Symbol && l.text != "-")
        && measure_at(lexemes, read.end).is_none();
    if !ends_phrase
        || read.low != read.high
        || read.low >= 100.0
        || read.low.fract() != 0.0
        || read.unit_suffix.is_some()
    {
        return;
    }
    let total = (measure.to_base(found.quantity.low) + smaller.to_base(read.low)) / measure.factor;
    found.quantity.low = total;
    found.quantity.high = total;
    found.span.end = lexemes[read.end - 1].span.end;
    found.value_span.end = found.span.end;
    found.lexemes.end = read.end;
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
                || l.is("an")
                || l.is("half")
                || l.is("minus")
                || l.text == "-"
                || l.text == "."
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

/// A currency symbol or code right before a number (`$`, `US$`, `Rs.`, `CAD`), and the
/// lexeme after it.
fn currency_at(lexemes: &[Lexeme<'_>], at: usize) -> Option<(MeasureUnit, usize)> {
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
            || numbers::is_number_word(&next.text.to_lowercase())
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

fn number_at<'a>(lexemes: &[Lexeme<'a>], at: usize, has_currency: bool) -> Option<Read<'a>> {
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
            let next = lexemes.get(at + 1)?;
            let digits = if next.kind == Kind::Number
                && next.text.bytes().all(|b| b.is_ascii_digit())
            {
                next.text.to_string()
            } else {
                let digit = numbers::word_value(&next.text.to_lowercase()).filter(|v| *v < 10.0)?;
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

fn digits_at<'a>(lexemes: &[Lexeme<'a>], at: usize, has_currency: bool) -> Option<Read<'a>> {
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
        let mut read = finish_digits(
            lexemes,
            end + 3,
            value + top.value / below.value,
            below.suffix,
            has_currency,
            true,
            false,
        )?;
        read.fraction = true;
        return Some(read);
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
        let mut read = finish_digits(
            lexemes,
            end + 2,
            value / below.value,
            below.suffix,
            has_currency,
            true,
            false,
        )?;
        read.fraction = true;
        return Some(read);
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

/// Digits read up to `end`: apply a glued suffix (`bn`, `k`, a unit), a multiplier word after
/// them (`million`, `dozen`) and a fraction after them (`5 and a half`).
fn finish_digits<'a>(
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
    let leading = lexemes
        .get(end.saturating_sub(1))
        .map_or(0, |l| l.text.len());
    match lower.as_str() {
        "" => {}
        "st" | "nd" | "rd" | "th" => return None,
        "am" | "pm" => return None,
        "s" if leading == 5 && !grouped => return None, // the 1990s
        "s" => return None,
        // "5m" is five metres, "£5m" five million pounds, "3M" three million.
        "m" if !has_currency && suffix == "m" => unit_suffix = Some(suffix),
        "t" if has_currency => multiplier = Some(1e12),
        _ => match numbers::multiplier(&lower) {
            Some(factor) if suffix != "G" => multiplier = Some(factor),
            _ => unit_suffix = Some(suffix),
        },
    }
    if unit_suffix.is_none()
        && let Some(next) = lexemes.get(end)
        && next.kind == Kind::Word
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
    })
}

/// `and a half`, `and half`, `and three quarters`, `and one quarter of`: a fraction added to
/// a whole number; `scale` is what one whole is.
fn fraction_after(lexemes: &[Lexeme<'_>], at: usize, scale: f64) -> Option<(f64, usize)> {
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
fn article_before_unit<'a>(lexemes: &[Lexeme<'a>], at: usize) -> Option<Read<'a>> {
    let first = lexemes.get(at)?;
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
    next = next.max(at + 1);
    Some(Read {
        low: value,
        high: value,
        end: next,
        vague: false,
        from_words: false,
        unit_suffix: None,
        multiplier: None,
        digits_plain: false,
        fraction: false,
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
            fraction: false,
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
            fraction: false,
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
                        numbers::word_value(&next).is_some()
                    })
                    && fraction_after(lexemes, end, 1.0).is_none()
            }
            "a" | "an" => lexemes.get(end + 1).is_some_and(|l| {
                let next = l.text.to_lowercase();
                next == "dozen"
                    || next == "couple"
                    || next == "pair"
                    || numbers::multiplier(&next).is_some_and(|_| next.len() > 2)
            }),
            "half" | "quarter" => {
                let skip = usize::from(
                    lexemes
                        .get(end + 1)
                        .is_some_and(|l| l.is("a") || l.is("an")),
                );
                lexemes.get(end + 1 + skip).is_some_and(|l| {
                    numbers::multiplier(&l.text.to_lowercase()).is_some_and(|_| l.text.len() > 2)
                })
            }
            "-" => {
                !lexeme.spaced
                    && !words.is_empty()
                    && lexemes.get(end + 1).is_some_and(|l| {
                        !l.spaced && numbers::word_value(&l.text.to_lowercase()).is_some()
                    })
            }
            "of" => words
                .last()
                .is_some_and(|w: &String| w == "couple" || w == "dozen"),
            _ => {
                numbers::is_number_word(&word)
                    || (!words.is_empty() && plural_multiplier(&word).is_some())
                    || (word == "dozens" && !words.is_empty())
                    // "two thirds", "three quarters billion": parts after a count.
                    || (numbers::denominator(&word).is_some()
                        && words.last().is_some_and(|w: &String| numbers::word_value(w).is_some_and(|v| v < 10.0)))
            }
        };
        if !joins {
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
        .map(|w| match w.as_str() {
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
    let mut value = numbers::words_value(&slices)?;
    // "three point five", "point seven seven": decimals spelled digit by digit.
    if lexemes.get(end).is_some_and(|l| l.is("point")) {
        let mut digits = String::new();
        let mut next = end + 1;
        while let Some(lexeme) = lexemes.get(next) {
            match numbers::word_value(&lexeme.text.to_lowercase()).filter(|v| *v < 10.0) {
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
        if !digits.is_empty() {
            value += format!("0.{digits}").parse::<f64>().ok()?;
            end = next;
            if let Some(factor) = lexemes.get(end).and_then(|l| {
                numbers::multiplier(&l.text.to_lowercase()).filter(|_| l.text.len() > 2)
            }) {
                value *= factor;
                multiplier = Some(factor);
                end += 1;
            }
        }
    }
    if let Some((fraction, next)) = fraction_after(lexemes, end, 1.0) {
        value += fraction;
        end = next;
        // "two and a half million".
        if let Some(factor) = lexemes
            .get(end)
            .and_then(|l| numbers::multiplier(&l.text.to_lowercase()).filter(|_| l.text.len() > 2))
        {
            value *= factor;
            multiplier = Some(factor);
            end += 1;
        }
    }
    Some(Read {
        low: value,
        high: value,
        end,
        vague: false,
        from_words: true,
        unit_suffix: None,
        multiplier,
        digits_plain: false,
        fraction: false,
    })
}

/// `billions` after a number (`three billions`): the plural of a multiplier.
fn plural_multiplier(word: &str) -> Option<f64> {
    let singular = word.strip_suffix('s')?;
    numbers::multiplier(singular)
        .filter(|_| singular.len() > 2 && singular != "hundred")
        .or_else(|| (singular == "hundred").then_some(100.0))
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
    if let Some((_, after)) = qualifier_at(lexemes, next) {
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

/// A unit of measurement or currency at `at`: the longest spelling that fits, up to three
/// words. Spellings that are also plain words (`in`) count only glued to the number or at
/// the end of the phrase.
fn measure_at(lexemes: &[Lexeme<'_>], at: usize) -> Option<(MeasureUnit, String, usize)> {
    for length in (1..=units::MAX_UNIT_WORDS + 1).rev() {
        let Some(parts) = lexemes.get(at..at + length) else {
            continue;
        };
        // "°C", "km/h", "k.g." are written without spaces; words are spaced.
        let mut spelling = String::new();
        for (offset, part) in parts.iter().enumerate() {
            if offset > 0 && part.spaced {
                spelling.push(' ');
            }
            spelling.push_str(&part.text.to_lowercase());
        }
        // `C`/`F` in capitals are degrees only ending the phrase ("-10C.", "30 C,"):
        // "13F filing", "a Boeing 777F", "F-Series" are names.
        let phrase_ends = lexemes
            .get(at + length)
            .is_none_or(|l| matches!(l.text, "." | "," | ";" | "!" | "?" | ")"));
        let capital = (length == 1 && phrase_ends)
            .then(|| temperature_letter(parts[0].text))
            .flatten();
        let Some(measure) = capital.or_else(|| units::lookup(&spelling)).or_else(|| {
            // A currency symbol after the number: "10$", "20€", "3.14US$".
            let glued: String = parts.iter().map(|l| l.text).collect();
            parts
                .iter()
                .skip(1)
                .all(|l| !l.spaced)
                .then(|| units::currency_symbol(&glued))
                .flatten()
        }) else {
            continue;
        };
        // A quotation mark closing an open quotation is not an inch or foot sign:
        // "English 101" is not 101 inches.
        if matches!(spelling.as_str(), "\"" | "''" | "'") {
            let open = lexemes[..at]
                .iter()
                .filter(|l| l.text == parts[0].text)
                .count();
            if open % 2 == 1 || parts[0].spaced {
                continue;
            }
        }
        let ends_phrase = lexemes
            .get(at + length)
            .is_none_or(|l| l.kind == Kind::Symbol && !matches!(l.text, "-" | "'" | "\""));
        if units::SYMBOL_ONLY.contains(&spelling.as_str()) && parts[0].spaced && !ends_phrase {
            continue;
        }
        // A one-letter unit after a space ("5 c", "2 g") only where nothing but punctuation,
        // "of" or the end follows: "5 p" could be anything.
        let one_letter = spelling.chars().count() == 1 && spelling.chars().all(char::is_alphabetic);
        if one_letter
            && capital.is_none()
            && parts[0].spaced
            && !ends_phrase
            && !lexemes.get(at + length).is_some_and(|l| l.is("of"))
        {
            continue;
        }
        return Some((measure, joined(parts), at + length));
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
    let phrase = joined(&lexemes[at..end]);
    let head_word = phrase
        .rsplit([' ', '-'])
        .next()
        .unwrap_or(&phrase)
        .to_lowercase();
    let measure =
        units::lookup(&head_word).filter(|_| !units::SYMBOL_ONLY.contains(&head_word.as_str()));
    Some((
        Unit {
            head: measure.map_or(head_word, |m| m.name.to_string()),
            phrase,
            measure,
        },
        end,
    ))
}

/// Whether the number at `start..end` is part of a code or name: glued to letters before
/// (`A320`, `scp173m`), after a word and a hyphen (`F-16`, `COVID-19`, `Courage-2020`,
/// `SU- 35`), or followed by more glued letters and digits (`24703m212`).
fn is_code(lexemes: &[Lexeme<'_>], start: usize, end: usize) -> bool {
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
            (l.kind == Kind::Word
                && !l.is_capitalised()
                && !NOT_IN_UNIT.contains(&l.text.to_lowercase().as_str()))
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
        && super::dates::month(word.text).is_none()
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

#[cfg(test)]
mod tests {
    use super::super::lexer::lex;
    use super::*;

    /// The quantities of `text`: (low, high, qualifier, unit head).
    fn read(text: &str) -> Vec<(f64, f64, Option<String>, Option<String>)> {
        find(&lex(text, 0), &[])
            .into_iter()
            .map(|f| {
                let q = f.quantity;
                (
                    q.low,
                    q.high,
                    q.qualifier.map(|q| q.text),
                    q.unit.map(|u| u.head),
                )
            })
            .collect()
    }

    fn one(text: &str) -> (f64, f64, Option<String>, Option<String>) {
        let found = read(text);
        assert_eq!(found.len(), 1, "{text:?} → {found:?}");
        found.into_iter().next().unwrap()
    }

    fn value_unit(text: &str) -> (f64, Option<String>) {
        let (low, high, _, unit) = one(text);
        assert_eq!(low, high, "{text:?}");
        (low, unit)
    }

    #[test]
    fn digits_with_separators_decimals_and_suffixes() {
        for (text, value) in [
            ("30,000 troops", 30_000.0),
            ("30 000 troops", 30_000.0),
            ("30.000 troops", 30.0),
            ("3.5 million people", 3_500_000.0),
            ("30k troops", 30_000.0),
            ("12,34,567 voters", 1_234_567.0),
        ] {
            assert_eq!(value_unit(text).0, value, "{text}");
        }
    }

    #[test]
    fn money_with_symbols_suffixes_and_names() {
        assert_eq!(value_unit("$1.2bn"), (1.2e9, Some("dollar".into())));
        assert_eq!(value_unit("£40m"), (4e7, Some("pound sterling".into())));
        assert_eq!(value_unit("€5 million"), (5e6, Some("euro".into())));
        assert_eq!(
            value_unit("20 million pounds"),
            (2e7, Some("pound sterling".into()))
        );
        assert_eq!(value_unit("$20 and 43c").0, 2043.0);
        assert_eq!(
            value_unit("CAD 3.03"),
            (3.03, Some("canadian dollar".into()))
        );
    }

    #[test]
    fn percentages() {
        assert_eq!(value_unit("5%"), (5.0, Some("percent".into())));
        assert_eq!(value_unit("five per cent"), (5.0, Some("percent".into())));
        assert_eq!(value_unit("12 percent"), (12.0, Some("percent".into())));
    }

    #[test]
    fn number_words() {
        assert_eq!(value_unit("six warships"), (6.0, Some("warships".into())));
        assert_eq!(value_unit("thirty three soldiers").0, 33.0);
        assert_eq!(value_unit("one hundred and twenty tanks").0, 120.0);
        assert_eq!(value_unit("a dozen ships").0, 12.0);
        assert_eq!(value_unit("two and a half million people").0, 2_500_000.0);
        assert_eq!(value_unit("half an hour").0, 0.5);
    }

    #[test]
    fn vague_amounts_are_ranges() {
        assert_eq!(
            one("tens of thousands of troops").0..one("tens of thousands of troops").1,
            10_000.0..100_000.0
        );
        assert_eq!(one("hundreds of people").0, 100.0);
        assert_eq!(one("dozens of tanks").0, 24.0);
        assert_eq!(one("several thousand soldiers").0, 3000.0);
    }

    #[test]
    fn ranges() {
        for text in [
            "between 100 and 130 tanks",
            "100-130 tanks",
            "100 to 130 tanks",
            "from 100 to 130 tanks",
        ] {
            let (low, high, _, _) = one(text);
            assert_eq!((low, high), (100.0, 130.0), "{text}");
        }
        assert_eq!(one("3 to 4 million people").0, 3e6);
        assert_eq!(one("between 10 dollars and 20 dollars").1, 20.0);
    }

    #[test]
    fn compound_adjectives() {
        assert_eq!(
            value_unit("the 30-nation alliance"),
            (30.0, Some("nation".into()))
        );
        assert_eq!(
            value_unit("a 1,000-strong force"),
            (1000.0, Some("force".into()))
        );
        assert_eq!(value_unit("a 10-day exercise"), (10.0, Some("day".into())));
    }

    #[test]
    fn every_qualifier_is_read_with_its_direction() {
        let cases = [
            ("up to", Direction::Below),
            ("at most", Direction::Below),
            ("no more than", Direction::Below),
            ("fewer than", Direction::Below),
            ("about", Direction::About),
            ("around", Direction::About),
            ("roughly", Direction::About),
            ("approximately", Direction::About),
            ("nearly", Direction::Below),
            ("almost", Direction::Below),
            ("some", Direction::About),
            ("an estimated", Direction::About),
            ("more than", Direction::Above),
            ("over", Direction::Above),
            ("at least", Direction::Above),
            ("north of", Direction::Above),
            ("upwards of", Direction::Above),
            ("in excess of", Direction::Above),
        ];
        for (qualifier, direction) in cases {
            let text = format!("{qualifier} 30,000 troops");
            let found = find(&lex(&text, 0), &[]);
            let q = found[0]
                .quantity
                .qualifier
                .clone()
                .unwrap_or_else(|| panic!("{text}"));
            assert_eq!(
                (q.text.as_str(), q.direction),
                (qualifier, direction),
                "{text}"
            );
            assert_eq!(found[0].quantity.low, 30_000.0);
        }
    }

    #[test]
    fn unit_is_the_noun_phrase_with_its_head() {
        let found = find(&lex("up to 30,000 combat troops, labeling it", 0), &[]);
        let unit = found[0].quantity.unit.clone().unwrap();
        assert_eq!(
            (unit.phrase.as_str(), unit.head.as_str()),
            ("combat troops", "troops")
        );
        assert_eq!(
            value_unit("six large landing craft to the Black Sea")
                .1
                .as_deref(),
            Some("craft")
        );
        assert_eq!(
            value_unit("1,700 US soldiers from the 82nd Airborne")
                .1
                .as_deref(),
            Some("soldiers")
        );
        assert_eq!(
            value_unit("75 kilometres from the border").1.as_deref(),
            Some("kilometre")
        );
        assert_eq!(
            value_unit("100 people killed in the attack").1.as_deref(),
            Some("people")
        );
    }

    #[test]
    fn numbers_that_name_things_are_not_quantities() {
        for text in [
            "labelled Union Courage-2020, are due",
            "a video showing a SU- 35 S fighter",
            "an F-16 jet",
            "a Boeing 737 crashed",
            "soldiers from the 82nd Airborne Division",
            "the 2nd Cavalry Regiment",
            "the conflict that dates back to 2014.",
            "annexed Crimea in 2014 and",
            "at 10:30 on Monday",
            "by 5 p.m. local time",
            "a COVID-19 outbreak",
            "the 1990s",
            "he said \"English 101\" was hard",
        ] {
            assert!(read(text).is_empty(), "{text:?} → {:?}", read(text));
        }
    }

    #[test]
    fn compound_measures_are_one_quantity() {
        assert_eq!(value_unit("7 feet 10 inches"), (94.0, Some("inch".into())));
        assert_eq!(
            value_unit("1 hour and 45 minutes"),
            (105.0, Some("minute".into()))
        );
        assert_eq!(value_unit("an hour and a half"), (1.5, Some("hour".into())));
        assert_eq!(value_unit("2 1/2 miles"), (2.5, Some("mile".into())));
    }

    #[test]
    fn negatives_and_temperatures() {
        assert_eq!(value_unit("-2°C"), (-2.0, Some("degree Celsius".into())));
        assert_eq!(value_unit("2 degrees below zero").0, -2.0);
        assert_eq!(
            value_unit("it is 30 C, warm").1.as_deref(),
            Some("degree Celsius")
        );
        assert_eq!(
            value_unit("Now its -10C.").1.as_deref(),
            Some("degree Celsius")
        );
        assert!(read("The 13F filing").is_empty() && read("a Boeing 777F to India").is_empty());
    }

    #[test]
    fn whole_strings_read_as_numbers() {
        let number = |text: &str| read_number(&lex(text, 0));
        assert_eq!(number("thirty-three"), Some(33.0));
        assert_eq!(number("minus 1,200"), Some(-1200.0));
        assert_eq!(number("point 77"), Some(0.77));
        assert_eq!(number("two point two million"), Some(2_200_000.0));
        assert_eq!(number("forty-five (45)"), Some(45.0));
        assert_eq!(number("ten five"), None);
        assert_eq!(number("million million"), None);
    }
}
