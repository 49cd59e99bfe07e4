//! Quantities: a number with its qualifier and unit, as news text writes them.
//!
//! `up to 30,000 combat troops`, `north of 100,000`, `$1.2bn`, `75 kilometres`, `six large
//! landing craft`, `tens of thousands of troops`, `between 100 and 130`, `30-nation`,
//! `1,000-strong force`, `5%`, `half an hour`, `7 feet 10 inches`, `$20 and 43c`. A quantity's
//! unit is the noun phrase after the number, with its head noun (`combat troops` → `troops`),
//! or a unit of measurement or currency from [`units`]. Numbers that name things are not
//! quantities: `Union Courage-2020`, `SU- 35 S`, `F-16`, `Boeing 737`, ordinals (`82nd
//! Airborne`), years (`since 2014`: a date) and times of day.

mod change;
mod compound;
mod names;
mod ordinal;
mod partitive;
mod read;
mod special;
#[cfg(test)]
mod tests;
mod unit;

use std::sync::LazyLock;

use super::numbers::{self, Digits};
use super::units::{self, MeasureUnit};
use crate::source::Span;
use crate::text::lexer::{Kind, Lexeme, Phrases, lower};
use compound::join_compounds;
pub(crate) use compound::{NOT_NAME_WORDS, common_item, possessive_item};
pub(crate) use names::designator;
use names::{is_code, names_or_dates};
pub use read::read_number;
use read::{Read, article_before_unit, currency_at, fraction_after, number_at, range_at};
use unit::measure_at;
pub(crate) use unit::{TIMES_OF_A_RATE, plural_noun};
use unit::{compound_adjective, ends_unit, noun_phrase};

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
    ("closer to", Direction::About),
    ("near", Direction::About),
    ("as low as", Direction::Below),
    ("as high as", Direction::Below),
    ("within", Direction::Below),
    // Of a time only: "a goal inside four minutes" (not "inside 3 homes").
    ("inside", Direction::Below),
    ("just over", Direction::Above),
    ("well over", Direction::Above),
    ("just under", Direction::Below),
    ("well under", Direction::Below),
    ("close to", Direction::Below),
    ("up to", Direction::Below),
    ("exceeding", Direction::Above),
    // Verbs that pass a figure: "the index topped 5,500", "gusts exceeded 90mph".
    ("exceeded", Direction::Above),
    ("exceeds", Direction::Above),
    ("exceed", Direction::Above),
    ("surpassed", Direction::Above),
    ("surpasses", Direction::Above),
    ("surpass", Direction::Above),
    ("topped", Direction::Above),
    ("tops", Direction::Above),
    // Only after a plural subject: "gusts top 90mph" (not "the top 50", a rank).
    ("top", Direction::Above),
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
    // Only after a verb of motion: "the yen weakened past 161 per dollar" (not "the past 10
    // years").
    ("past", Direction::Above),
    ("under", Direction::Below),
    ("below", Direction::Below),
    ("~", Direction::About),
    ("<", Direction::Below),
    (">", Direction::Above),
];

/// Verbs that bound the figure after them (in [`QUALIFIERS`]): a mention starts after them.
const VERB_QUALIFIERS: &[&str] = &[
    "top",
    "exceeded",
    "exceeds",
    "exceed",
    "surpassed",
    "surpasses",
    "surpass",
    "topped",
    "tops",
];

/// Words that say a number is exact; read and dropped (`exactly 42 dollars`).
const EXACTLY: &[&str] = &["exactly", "precisely"];

/// A quantity's unit: the noun phrase after the number, or a unit of measurement.
#[derive(Debug, Clone, PartialEq)]
pub struct Unit {
    /// The unit as written (`combat troops`, `kilometres`, `$`).
    pub phrase: String,
    /// The head noun, lower case (`troops`), or the measure's name (`kilometre`).
    pub head: String,
    /// The unit of measurement, if it is one.
    pub measure: Option<MeasureUnit>,
    /// What a rate is per, lower case: `share` of `$1.87 a share`, `hour` of `$15 an hour`.
    pub per: Option<String>,
}

impl Unit {
    /// A counted noun phrase (`league goal`, its head `goal`): no measure, no rate.
    pub(crate) fn counted(phrase: impl Into<String>, head: impl Into<String>) -> Unit {
        Unit {
            phrase: phrase.into(),
            head: head.into(),
            measure: None,
            per: None,
        }
    }
}

/// Which way a change goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Trend {
    /// Up: `rose 5%`, `up €40m`, `a 3% increase`.
    Up,
    /// Down: `fell by 17%`, `down 2 points`, `a drop of 17%`.
    Down,
}

impl Trend {
    /// `up` or `down`.
    pub fn name(self) -> &'static str {
        match self {
            Trend::Up => "up",
            Trend::Down => "down",
        }
    }
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
    /// A change with its direction (`rose 5%`, `down €40m`); `None` for a level.
    pub change: Option<Trend>,
    /// A score or tally (`won 3-1`, `passed 312 to 290`, `a 6-4, 7-5 win`): its pairs in
    /// order, never a range; `low` and `high` are then the first pair's first figure.
    pub score: Option<Box<[(f64, f64)]>>,
    /// The same words have another reading (a bare `9m`: metres or millions); each is a
    /// mention of its own.
    pub ambiguous: bool,
    /// The level before a change (`6,200` of `rose to 9,000, up from 6,200`): what the figure
    /// was, not what it is.
    pub earlier: bool,
    /// What was forecast, expected or targeted, set beside the actual figure (`75% … rather
    /// than the 78% forecast`, `below the 5.7% previously targeted`): not what the figure is.
    pub expected: bool,
    /// Governed by a verb or modal of forecast, request or possibility before it in its
    /// clause (`expects prices to rise around 1%`, `prosecutors had asked for a €100,000
    /// fine`, `could reach 40C`): not said to be the fact.
    pub irrealis: bool,
    /// Of another time than the news, not the level before a change (`improved on the 31
    /// seats it won two years ago`, `the previous record low of 59.32%`): also `earlier`.
    pub another_time: bool,
    /// A person's age (`Doyle, 31,`, `aged 94`, `a 22-year-old`, `in her 60s`, `survivors 65
    /// and older`): no count or measure of anything else.
    pub age: bool,
    /// The way a level was reached (`climbed to $110m`: up; `fell to 3.4%`: down).
    pub reached: Option<Trend>,
    /// An ordinal (`in the 84th minute`, `rose to 12th`, `his 50th goal`): a place or the
    /// count an event brings, compared only with an ordinal.
    pub ordinal: bool,
}

impl Quantity {
    /// A level: a value or range with its qualifier and unit.
    pub fn level(low: f64, high: f64, qualifier: Option<Qualifier>, unit: Option<Unit>) -> Self {
        Quantity {
            low,
            high,
            vague: false,
            qualifier,
            unit,
            change: None,
            score: None,
            ambiguous: false,
            earlier: false,
            expected: false,
            irrealis: false,
            another_time: false,
            age: false,
            reached: None,
            ordinal: false,
        }
    }

    /// Whether it states one number (not a range or an order of magnitude).
    pub fn is_exact(&self) -> bool {
        self.low == self.high && !self.vague
    }

    pub(crate) fn measure(&self) -> Option<MeasureUnit> {
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

impl Found {
    /// Lexemes `start..end` of the sentence it covers.
    pub(crate) fn lexemes(&self) -> std::ops::Range<usize> {
        self.lexemes.clone()
    }

    /// The same quantity read from a text with `bytes` more at its start (one lexeme's worth,
    /// dropped): its spans and lexemes as in the text without them.
    pub(crate) fn shifted_back(mut self, bytes: usize) -> Self {
        let back = |span: Span| Span::new(span.start - bytes, span.end - bytes);
        self.span = back(self.span);
        self.value_span = back(self.value_span);
        self.lexemes = self.lexemes.start - 1..self.lexemes.end - 1;
        self
    }
}

/// Whether `word` (any case, singular or plural) is a noun of change (`rise`, `cuts`,
/// `a 12-point drop`).
pub(crate) fn is_change_noun(word: &str) -> bool {
    change::is_change_noun_text(word)
}

/// Every quantity in a sentence's lexemes, skipping lexemes inside `taken` spans (dates).
pub(crate) fn find(lexemes: &[Lexeme<'_>], taken: &[Span]) -> Vec<Found> {
    let is_taken = |at: usize| {
        lexemes.get(at).is_some_and(|lexeme| {
            taken
                .iter()
                .any(|t| t.start <= lexeme.span.start && lexeme.span.end <= t.end)
        })
    };
    let mut found: Vec<Found> = Vec::new();
    let mut at = 0;
    while at < lexemes.len() {
        if may_start(&lexemes[at])
            && may_continue(lexemes, at)
            && !is_taken(at)
            && let Some(quantity) = quantity_at(lexemes, at, &is_taken)
        {
            let mut quantity = quantity;
            trailing_qualifier(lexemes, &mut quantity);
            at = quantity.lexemes.end;
            // A bare "9m": metres, and millions too.
            let twin = quantity.quantity.ambiguous.then(|| Found {
                quantity: Quantity {
                    low: quantity.quantity.low * 1e6,
                    high: quantity.quantity.high * 1e6,
                    unit: None,
                    ..quantity.quantity.clone()
                },
                ..quantity.clone()
            });
            found.push(quantity);
            found.extend(twin);
        } else {
            at += 1;
        }
    }
    let mut found = join_compounds(lexemes, found);
    // Ordinals stating a value, where nothing else was read.
    let covered = |at: usize| {
        is_taken(at)
            || found
                .iter()
                .any(|f| f.lexemes.start <= at && at < f.lexemes.end)
    };
    let ordinals = ordinal::find(lexemes, &covered);
    if !ordinals.is_empty() {
        found.extend(ordinals);
        found.sort_by_key(|f| f.span.start);
    }
    // "three of the goals", "13 of them children": a count of a part of a group.
    partitive::read(lexemes, &mut found, &is_taken);
    change::reached_before_a_move(lexemes, &mut found);
    change::bracketed_comparison(lexemes, &mut found);
    if let Some((score, _)) = score_line(lexemes) {
        found.retain(|f| f.lexemes.start >= score.lexemes.end);
        found.insert(0, score);
    }
    found
}

/// A result line, the whole sentence two sides each with its score: `Hoffenheim 1 Bayern
/// Munich 2`, `Palace 1 Spurs 2:`. One score, read from the winner's side (a score is its
/// winner's), and the winner's name (the first side's, for a draw).
pub(crate) fn score_line(lexemes: &[Lexeme<'_>]) -> Option<(Found, String)> {
    // (A side's name first, and at most two numbers before a colon: asked first, as most
    // sentences are none.)
    if !lexemes
        .first()
        .is_some_and(|l| l.kind == Kind::Word && l.is_capitalised())
    {
        return None;
    }
    // (Up to a colon: "Palace 1 Spurs 2: Ayew's late volley not enough".)
    let head = lexemes
        .iter()
        .position(|l| l.text == ":")
        .unwrap_or(lexemes.len());
    let words = lexemes[..head]
        .iter()
        .rposition(|l| !matches!(l.text, "." | "!"))
        .map_or(0, |last| last + 1);
    let line = &lexemes[..words];
    let mut numbers = (0..line.len()).filter(|&at| line[at].kind == Kind::Number);
    let (Some(first), Some(second), None) = (numbers.next(), numbers.next(), numbers.next()) else {
        return None;
    };
    let name = |range: std::ops::Range<usize>| {
        !range.is_empty()
            && range.len() <= 4
            && line[range].iter().all(|l| {
                (l.kind == Kind::Word && l.is_capitalised())
                    || (matches!(l.text, "-" | "&" | "'" | ".") && !l.spaced)
            })
    };
    let goals = |at: usize| {
        line[at]
            .text
            .parse::<u8>()
            .ok()
            .filter(|&n| n <= 30)
            .map(f64::from)
    };
    if second + 1 != line.len() || !name(0..first) || !name(first + 1..second) {
        return None;
    }
    let (a, b) = (goals(first)?, goals(second)?);
    let side = |range: std::ops::Range<usize>| {
        line[range]
            .iter()
            .map(|l| l.text)
            .collect::<Vec<_>>()
            .join(" ")
    };
    let (winner, sets) = if b > a {
        (side(first + 1..second), (b, a))
    } else {
        (side(0..first), (a, b))
    };
    let found = Found {
        span: Span::new(line[first].span.start, line[second].span.end),
        value_span: Span::new(line[first].span.start, line[second].span.end),
        quantity: Quantity {
            score: Some(vec![sets].into_boxed_slice()),
            ..Quantity::level(sets.0, sets.0, None, None)
        },
        lexemes: first..second + 1,
    };
    Some((found, winner))
}

/// A bound written after its figure: `65 and older`, `a year and a half or more`, `18 and
/// over`, `five or fewer`.
fn trailing_qualifier(lexemes: &[Lexeme<'_>], found: &mut Found) {
    const AFTER: &[(&str, &str, Direction)] = &[
        ("or", "more", Direction::Above),
        ("or", "older", Direction::Above),
        ("and", "older", Direction::Above),
        ("and", "over", Direction::Above),
        ("or", "over", Direction::Above),
        ("and", "above", Direction::Above),
        ("or", "above", Direction::Above),
        ("or", "higher", Direction::Above),
        ("or", "fewer", Direction::Below),
        ("or", "less", Direction::Below),
        ("or", "younger", Direction::Below),
        ("and", "younger", Direction::Below),
        ("and", "under", Direction::Below),
        ("or", "under", Direction::Below),
        ("or", "below", Direction::Below),
    ];
    let quantity = &found.quantity;
    if quantity.qualifier.is_some()
        || quantity.change.is_some()
        || quantity.score.is_some()
        || quantity.low != quantity.high
    {
        return;
    }
    let end = found.lexemes.end;
    let (Some(first), Some(second)) = (lexemes.get(end), lexemes.get(end + 1)) else {
        return;
    };
    // "… or more than that" is another figure's qualifier.
    if lexemes
        .get(end + 2)
        .is_some_and(|l| l.is("than") || l.kind == Kind::Number)
    {
        return;
    }
    if let Some((a, b, direction)) = AFTER.iter().find(|(a, b, _)| first.is(a) && second.is(b)) {
        // "survivors 65 and older": an age band.
        if *b == "older" || *b == "younger" {
            found.quantity.age = found.quantity.unit.is_none();
        }
        found.quantity.qualifier = Some(Qualifier {
            text: format!("{a} {b}"),
            direction: *direction,
        });
        found.span.end = second.span.end;
        found.lexemes.end = end + 2;
    }
}

/// The rate a found figure ends with (`a week` of `hundreds a week`, `per dollar` of `161
/// per dollar`): its noun.
pub(crate) fn rate_ending(lexemes: &[Lexeme<'_>], found: &Found) -> Option<String> {
    let end = found.lexemes.end;
    let at = end.checked_sub(2).filter(|&at| at >= found.lexemes.start)?;
    unit::rate_at(lexemes, at)
        .filter(|&(_, next)| next == end)
        .map(|(per, _)| per)
}

/// Whether a number at `at` is a level a verb of change leads to, after `from` or `to`:
/// `rose from 1500 to 2000` (both), `climbed to 2000`.
pub(crate) fn leads_to_level(lexemes: &[Lexeme<'_>], at: usize) -> bool {
    let Some(before) = at.checked_sub(1).map(|i| &lexemes[i]) else {
        return false;
    };
    // "rose from 1500 to 2000"; not "up 32 percent from 2023", where the change has its
    // figure and `from` its baseline year.
    if before.is("from") {
        return lexemes.get(at + 1).is_some_and(|l| l.is("to"))
            && change::follows_change(lexemes, at);
    }
    before.is("to")
        && (change::follows_change(lexemes, at - 1)
            || (at >= 3
                && lexemes[at - 2].kind == Kind::Number
                && change::follows_change(lexemes, at - 2)))
}

/// The words that may open a quantity (a qualifier, a number word, `a`, `half`, …): the
/// lexer marks them [`crate::text::lexer::class::QUANTITY_START`].
pub(crate) fn starter_words() -> impl Iterator<Item = &'static str> {
    qualifier_first_words().chain(unqualified_starter_words())
}

/// The first words of qualifiers (`in` of `in excess of`, `about`).
fn qualifier_first_words() -> impl Iterator<Item = &'static str> {
    QUALIFIERS
        .iter()
        .filter_map(|(phrase, _)| phrase.split(' ').next())
}

/// The words that open a quantity only as a qualifier's first word: no number, currency,
/// proportion or article reading starts with them, so a quantity starts there only where
/// the whole qualifier stands. The lexer marks them
/// [`crate::text::lexer::class::QUALIFIER_ONLY`].
pub(crate) fn qualifier_only_words() -> impl Iterator<Item = &'static str> {
    qualifier_first_words().filter(|word| {
        word.chars().all(char::is_alphabetic)
            && !unqualified_starter_words().any(|other| other == *word)
            && numbers::word_value(word).is_none()
            && !units::word_opens_currency_symbol(word)
    })
}

/// The words that open a quantity other than as a qualifier.
fn unqualified_starter_words() -> impl Iterator<Item = &'static str> {
    [
        "a", "an", "half", "quarter", "point", "minus", "negative", "between", "from", "several",
        "few",
    ]
    .into_iter()
    .chain(special::multiple_starters())
    .chain(EXACTLY.iter().copied())
    .chain(numbers::VAGUE.iter().map(|(word, _, _)| *word))
    // Number words, so that one lookup answers for them too.
    .chain(numbers::UNITS.iter().map(|(word, _)| *word))
    .chain(
        numbers::MULTIPLIERS
            .iter()
            .map(|(word, _)| *word)
            .filter(|w| w.len() > 2),
    )
}

/// Whether a quantity can start at `lexeme`: a number, a sign or symbol, a capitalised word
/// (a currency code), or a word that opens a quantity (a qualifier, a number word, `a`,
/// `half`, …). Most words are none of these, and are passed over at a glance.
fn may_start(lexeme: &Lexeme<'_>) -> bool {
    match lexeme.kind {
        Kind::Number => true,
        // Signs, decimals without a zero, qualifier symbols and currency symbols.
        Kind::Symbol => {
            matches!(lexeme.text, "-" | "." | "~" | "<" | ">")
                || units::may_start_currency(lexeme.text)
        }
        Kind::Word => {
            lexeme.class & crate::text::lexer::class::QUANTITY_START != 0
                || (lexeme.is_capitalised() && units::may_start_currency(lexeme.text))
        }
    }
}

/// Whether a quantity may start at `at`, judged by what follows: a sign or a decimal point
/// needs a number after it, and a word that opens quantities only as the first word of a
/// qualifier needs the whole qualifier (`in` needs `in excess of`). Most such places in
/// news text are neither (`a`, `in`, a full stop), and reading a quantity there would fail
/// only after trying every reading.
fn may_continue(lexemes: &[Lexeme<'_>], at: usize) -> bool {
    let lexeme = &lexemes[at];
    match lexeme.kind {
        Kind::Symbol if lexeme.text == "." || lexeme.text == "-" => {
            lexemes.get(at + 1).is_some_and(|next| {
                next.kind == Kind::Number || (lexeme.text == "-" && next.text == ".")
            })
        }
        Kind::Word if lexeme.class & crate::text::lexer::class::QUALIFIER_ONLY != 0 => {
            qualifier_at(lexemes, at).is_some()
        }
        _ => true,
    }
}

/// What may stand before a quantity's number: `exactly`, a qualifier, `between`/`from`, a
/// currency symbol.
struct Opening {
    qualifier: Option<Qualifier>,
    /// `between` or `from` opens a range.
    between: bool,
    /// The currency symbol and where it starts.
    currency: Option<(MeasureUnit, usize)>,
    /// Where the number starts.
    number: usize,
}

fn opening_at(lexemes: &[Lexeme<'_>], start: usize) -> Opening {
    let mut at = start;
    while lexemes
        .get(at)
        .is_some_and(|l| EXACTLY.iter().any(|w| l.is(w)))
        && at + 1 < lexemes.len()
    {
        at += 1;
    }
    let qualifier = qualifier_at(lexemes, at).map(|(qualifier, next)| {
        at = next;
        qualifier
    });
    // "between 10 and 15", "from 10 to 20 dollars"; but "rose from 12 to 15" states two
    // levels, not a range.
    let between = lexemes
        .get(at)
        .is_some_and(|l| l.is("between") || (l.is("from") && !change::follows_change(lexemes, at)));
    if between {
        at += 1;
    }
    let currency = currency_at(lexemes, at).map(|(measure, next)| {
        let symbol = at;
        at = next;
        (measure, symbol)
    });
    Opening {
        qualifier,
        between,
        currency,
        number: at,
    }
}

fn quantity_at(
    lexemes: &[Lexeme<'_>],
    start: usize,
    is_taken: &dyn Fn(usize) -> bool,
) -> Option<Found> {
    let opening = opening_at(lexemes, start);
    let number_start = opening.number;
    if number_start >= lexemes.len() || is_taken(number_start) {
        return None;
    }
    // "half of", "two-thirds of", "about half": a proportion, read as a percentage.
    if opening.currency.is_none()
        && let Some((share, end)) =
            // A share stands alone after a qualifier or a verb of change ("about half have
            // arrived", "profits fall a fifth as costs bite").
            read::proportion_at(
                lexemes,
                number_start,
                opening.qualifier.is_some()
                    || (change::change_before(lexemes, start).is_some()
                        && !start.checked_sub(1).is_some_and(|i| {
                            // "added a third in stoppage time": a third goal.
                            ["added", "adds", "add"].iter().any(|w| lexemes[i].is(w))
                        })),
            )
    {
        // "a tenth of a degree", "a quarter of a mile": that part of one unit.
        if lexemes.get(end).is_some_and(|l| l.is("of"))
            && lexemes
                .get(end + 1)
                .is_some_and(|l| l.is("a") || l.is("an"))
            && let Some((measure, spelling, next)) = measure_at(lexemes, end + 2)
        {
            let mut quantity = Quantity::level(
                share,
                share,
                opening.qualifier.clone(),
                Some(measure_unit(&spelling, measure)),
            );
            quantity.change = change::change_before(lexemes, start);
            return Some(Found {
                span: Span::new(lexemes[start].span.start, lexemes[next - 1].span.end),
                value_span: Span::new(lexemes[number_start].span.start, lexemes[next - 1].span.end),
                quantity,
                lexemes: start..next,
            });
        }
        return Some(proportion(lexemes, start, &opening, share, end));
    }
    if let Some(found) = special::clock_duration_at(lexemes, start, &opening)
        .or_else(|| special::age_decade_at(lexemes, start, &opening))
        .or_else(|| special::multiple_at(lexemes, start, &opening))
    {
        return Some(found);
    }
    // "a kilogram", "an hour", "half an hour": one (or half) of a unit of measurement.
    let first = number_at(lexemes, number_start, opening.currency.is_some())
        .or_else(|| article_before_unit(lexemes, number_start))?;
    // A score first: "Arsenal 3-1" is no model number.
    let coded = is_code(lexemes, number_start, first.end);
    if !coded && let Some(found) = score_at(lexemes, start, &opening, &first) {
        return Some(found);
    }
    if names_something(lexemes, &opening, &first) {
        return None;
    }
    let (mut low, mut high) = (first.low, first.high);
    let mut vague = first.vague;
    let mut end = first.end;
    let mut unit_suffix = first.unit_suffix;
    // "rose 5% to 20%", "fell €40m to €310m": a change and the level reached, not a range;
    // but "rose 12-15%", two bare figures joined by a hyphen, is a range of the change.
    let hyphened = lexemes
        .get(first.end)
        .is_some_and(|l| l.text == "-" && !l.spaced)
        && lexemes
            .get(first.end + 1)
            .is_some_and(|l| l.kind == Kind::Number && !l.spaced)
        && first.end == opening.number + 1;
    // "cut roughly 3,000 to 3,500 jobs": a bare figure, `to`, and a figure near it before a
    // counted noun is a range of the change (its level would be "3,000 jobs to 3,500").
    // (Not "from 34 to 44 seats": two levels.)
    let from = (start.saturating_sub(1)..number_start).any(|at| lexemes[at].is("from"));
    let counted_range = first.unit_suffix.is_none()
        && !from
        && opening.currency.is_none()
        && lexemes.get(first.end).is_some_and(|l| l.is("to"))
        && number_at(lexemes, first.end + 1, false).is_some_and(|second| {
            second.unit_suffix.is_none()
                && first.low < second.low
                && second.low <= 2.0 * first.low
                && lexemes.get(second.end).is_some_and(|l| {
                    l.kind == Kind::Word
                        && !l.is_capitalised()
                        && crate::recognise::units::lookup(&lower(l.text)).is_none()
                        && !["per", "percent", "percentage", "points", "point"]
                            .iter()
                            .any(|w| l.is(w))
                })
        });
    let range = if change::follows_change(lexemes, start)
        && !opening.between
        && !hyphened
        && !counted_range
    {
        None
    } else {
        range_at(lexemes, end, opening.between, opening.currency.is_some())
    };
    let ranged = range.is_some();
    if let Some((second, next)) = range {
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
    let read = Read {
        low,
        high,
        end,
        vague,
        unit_suffix,
        ..first
    };
    // "a three-year high": a comparison, not three years.
    if names::comparison_after(lexemes, read.end) {
        return None;
    }
    let (unit, scale, mut end) = unit_of(lexemes, &opening, &read)?;
    // "seven years ago": a point in time, not a span.
    let duration = unit.as_ref().is_some_and(|u| {
        u.measure
            .is_some_and(|m| m.dimension == units::Dimension::Duration)
    });
    // "its highest level in nearly 13 years", "the fastest pace in more than a decade": a
    // comparison, as "a 13-year high" is, not a count of years.
    if duration && superlative_in(lexemes, start) {
        return None;
    }
    // ("A year and a half later, she still has …" stays a span: it states the time that
    // passed, which a claim may give: "symptoms for 18 months".)
    if duration && lexemes.get(end).is_some_and(|l| l.is("ago")) {
        return None;
    }
    let (mut low, mut high) = (low * scale, high * scale);
    // "phased in over three years": over a span of time is during it, not more than it
    // ("held over five hours of talks", "took over three years" are more than).
    let mut opening = opening;
    // Where an "over" turns out no bound, the figure starts after it.
    let mut unbound = false;
    // "handed over £120,000": a phrasal verb's "over" is no bound.
    if opening.qualifier.as_ref().is_some_and(|q| q.text == "over")
        && start.checked_sub(1).is_some_and(|b| {
            [
                "handed", "hand", "hands", "handing", "turned", "turn", "turns", "signed", "sign",
            ]
            .iter()
            .any(|w| lexemes[b].is(w))
        })
    {
        opening.qualifier = None;
        unbound = true;
    }
    // "inside four minutes" bounds a time; "inside 3 homes" is a place.
    if !duration
        && opening
            .qualifier
            .as_ref()
            .is_some_and(|q| q.text == "inside")
    {
        opening.qualifier = None;
        unbound = true;
    }
    // "the first in over three years" is more than; "phasing it in over three years",
    // "brought in over two years" spread across them (the "in" ends a phrasal verb).
    let phrasal_in = |b: usize| {
        lexemes[b].is("in")
            && b.checked_sub(1).is_some_and(|v| {
                let verb = lexemes[v].text;
                ["it", "them", "this", "that"]
                    .iter()
                    .any(|w| lexemes[v].is(w))
                    || verb.ends_with("ed")
                    || verb.ends_with("ing")
            })
    };
    if duration
        && opening.qualifier.as_ref().is_some_and(|q| q.text == "over")
        && !lexemes.get(end).is_some_and(|l| l.is("of"))
        && start.checked_sub(1).is_some_and(|b| {
            lexemes[b].kind == Kind::Word
                && (phrasal_in(b)
                    || ![
                        "took", "take", "takes", "taking", "lasted", "lasts", "spent", "waited",
                        "for", "after", "in", "than",
                    ]
                    .iter()
                    .any(|w| lexemes[b].is(w)))
        })
    {
        opening.qualifier = None;
        unbound = true;
    }
    // "measured the quake at magnitude 6.8", "a magnitude 4.9 aftershock": a scale named
    // before its reading is its unit, whatever noun the reading describes after it.
    let scale_before = start
        .checked_sub(1)
        .filter(|&at| lexemes[at].is("magnitude"))
        .map(|_| Unit::counted("magnitude", "magnitude"));
    let mut unit = scale_before.or(unit).or_else(|| noun_of(lexemes, start));
    let measured = unit.as_ref().is_some_and(|u| u.measure.is_some());
    if first.fraction && !measured {
        return None;
    }
    // "Westbury's nine": a small figure after a possessive name stands for the figure
    // before it in the sentence ("17 shots to Westbury's nine").
    let possessed = start
        .checked_sub(1)
        .is_some_and(|i| lexemes[i].is_capitalised() && lexemes[i].text.ends_with("'s"));
    // "14 people in Maaysra, nine in Baalbek": a list item's figure takes the unit before it.
    let listed = compound::opens_list_item(lexemes, start)
        && lexemes.get(end).is_some_and(|l| {
            ["in", "at", "near", "for", "from", "on"]
                .iter()
                .any(|w| l.is(w))
        });
    // "Four killed as tour helicopter crashes", "Three hurt": a headline's count of people,
    // its verb of harm after it.
    let harmed = lexemes.get(end).is_some_and(|l| {
        [
            "killed",
            "dead",
            "died",
            "injured",
            "hurt",
            "wounded",
            "missing",
            "arrested",
            "detained",
            "rescued",
            "evacuated",
            "charged",
            "jailed",
        ]
        .iter()
        .any(|w| l.is(w))
    });
    if first.from_words
        && unit.is_none()
        && opening.qualifier.is_none()
        && !vague
        && high < 10.0
        && !possessed
        && !listed
        && !harmed
        && !compound::is_age(lexemes, start)
    {
        // "two" alone is rarely a quantity a fact-checker means; keep small spelled numbers
        // only with a unit (or as an age: "aged nine").
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
    // "$1.87 a share", "$15 an hour": a rate; "900 tonnes of water a second": a measure's
    // rate of time after what it measures.
    if let Some(current) = unit.as_mut()
        && let Some((per, next)) = unit::rate_at(lexemes, end)
    {
        current.per = Some(per);
        end = next;
    } else if let Some(current) = unit.as_mut()
        && current.measure.is_some()
        && let Some(per) = unit::time_rate_after_of(lexemes, end)
    {
        current.per = Some(per);
    } else if unit.is_none()
        && let Some((_, next)) = unit::rate_at(lexemes, end)
    {
        // "hundreds a week", "161 per dollar": the rate belongs to the figure (no "1 week"
        // of its own), though with no unit there is nothing to hold it.
        end = next;
    }
    // "rose 5%", "a rise of 5%", "1.2% higher", "a 3% increase": a change. But "drop as
    // low as -4C", "rose as high as 16 feet": the bound of a level is the level reached.
    // So is a bound after a verb of change: "rose above 5,500", "fell below 3%".
    let level_bound = opening.qualifier.as_ref().is_some_and(|q| {
        ["as low as", "as high as", "above", "below", "under", "past"].contains(&q.text.as_str())
    });
    let mut change = if level_bound {
        None
    } else {
        change::change_before(lexemes, start)
    };
    if let Some((trend, next)) = change::change_after(lexemes, end) {
        change = change.or(Some(trend));
        end = next;
    }
    let ambiguous = first.million_too
        && unit
            .as_ref()
            .is_some_and(|u| u.measure.is_some_and(|m| m.name == "metre"));
    // "from 5%" with no range after it: "from" belongs to the sentence, not the quantity.
    let start = if opening.between && !ranged && start + 1 == number_start {
        number_start
    } else if unbound
        || opening
            .qualifier
            .as_ref()
            .is_some_and(|q| VERB_QUALIFIERS.contains(&q.text.as_str()))
    {
        // "the index topped 5,500": the verb bounds the figure and stays the clause's verb.
        // "handed over £120,000": the figure is what follows the verb's "over".
        opening
            .currency
            .map_or(opening.number, |(_, symbol)| symbol)
    } else {
        start
    };
    let age = unit.is_none() && is_age(lexemes, start, end, low, high);
    let (earlier, another_time) = if change.is_none() {
        change::earlier_level(lexemes, start)
    } else {
        (false, false)
    };
    Some(Found {
        span: Span::new(lexemes[start].span.start, lexemes[end - 1].span.end),
        value_span,
        quantity: Quantity {
            low,
            high,
            vague,
            qualifier: opening.qualifier,
            unit,
            change,
            score: None,
            ambiguous,
            earlier,
            expected: change.is_none() && change::expected_level(lexemes, start, end),
            // ("would have pushed the 110-page bill through": a figure used as an adjective
            // describes a thing, whatever is foreseen of it.)
            irrealis: !adjectival(&lexemes[start..end]) && change::irrealis(lexemes, start),
            another_time,
            age,
            reached: if change.is_none() {
                change::reached_by(lexemes, start)
            } else {
                None
            },
            ordinal: false,
        },
        lexemes: start..end,
    })
}

/// Whether a bare figure at `start..end` is a person's age: after `aged` (or in a list of
/// ages after it), before `-year-old`, or in apposition to a name (`Marcus Doyle, 31, from
/// Croydon`).
fn is_age(lexemes: &[Lexeme<'_>], start: usize, end: usize, low: f64, high: f64) -> bool {
    let whole = low.fract() == 0.0 && (1.0..=120.0).contains(&low) && high <= 120.0;
    if !whole {
        return false;
    }
    let year_old = matches!(
        lexemes.get(end..end + 4),
        Some([dash, year, dash2, old]) if dash.text == "-" && year.is("year") && dash2.text == "-" && old.is("old")
    );
    let apposition = start >= 2
        && lexemes[start - 1].text == ","
        && lexemes[start - 2].is_capitalised()
        && !lexemes[start - 2].text.ends_with("'s")
        && lexemes
            .get(end)
            .is_none_or(|l| l.text == "," || l.text == ".");
    // "Callum Reid was just 19 when he was recruited", "turned 60 last year".
    let was_when = start >= 1
        && (["was", "is", "just", "only", "barely"]
            .iter()
            .any(|w| lexemes[start - 1].is(w)))
        && lexemes.get(end).is_some_and(|l| l.is("when"));
    let turned = start >= 1
        && ["turned", "turns", "turning"]
            .iter()
            .any(|w| lexemes[start - 1].is(w));
    // "he would be 93 before he could walk free", "She is 41.": a person's verb of being
    // with a bare whole number and no noun after it.
    let person_is = start >= 2
        && ["he", "she", "i", "who"]
            .iter()
            .any(|w| lexemes[start - 2].is(w) || (start >= 3 && lexemes[start - 3].is(w)))
        && ["is", "was", "be", "being", "been"]
            .iter()
            .any(|w| lexemes[start - 1].is(w))
        && lexemes.get(end).is_none_or(|l| {
            l.kind != Kind::Word
                || ["when", "before", "and", "at", "in", "on", "by"]
                    .iter()
                    .any(|w| l.is(w))
        });
    compound::is_age(lexemes, start) || year_old || apposition || was_when || turned || person_is
}

/// A score or tally starting with the number `first`: `won 3-1`, `passed 312 to 290`, `a
/// 54-46 split`, `by 432 votes to 202`, `a 6-4, 7-5 win` — where the words around it say
/// so, or the first figure is the larger (no range is written high to low).
fn score_at(
    lexemes: &[Lexeme<'_>],
    start: usize,
    opening: &Opening,
    first: &Read<'_>,
) -> Option<Found> {
    let plain = first.digits_plain && first.low < 1000.0;
    // "six to three in favour": small numbers in words, where the words around say so.
    let in_words = lexemes[opening.number].kind == Kind::Word
        && first.end == opening.number + 1
        && first.low.fract() == 0.0
        && first.low <= 20.0;
    // "came from 5-2 down": a score the side came back from, not a range from 5.
    let standing = opening.between
        && lexemes[opening.number - 1].is("from")
        && change::second_side(lexemes, first.end).is_some_and(|(_, end)| {
            lexemes
                .get(end)
                .is_some_and(|l| ["down", "behind", "up", "ahead"].iter().any(|w| l.is(w)))
        });
    if (opening.between && !standing)
        || opening.currency.is_some()
        || !(plain || in_words || first_is_grouped_whole(lexemes, opening.number, first))
    {
        return None;
    }
    let (second, end) = change::second_side(lexemes, first.end)?;
    let context = change::score_context(lexemes, start, end);
    if in_words && !context {
        return None;
    }
    let descending = first.low >= second;
    // "were still up 42-30 after the first quarter": a lead, not a rise of 42 (a pair of
    // whole figures written high to low, hyphenated, with nothing after it).
    let lead = descending
        && start > 0
        && (lexemes[start - 1].is("up") || lexemes[start - 1].is("down"))
        && lexemes
            .get(first.end)
            .is_some_and(|l| l.text == "-" && !l.spaced)
        && lexemes.get(end).is_none_or(|l| {
            l.text != "%"
                && !crate::recognise::units::may_start_currency(l.text)
                && crate::recognise::units::lookup(&l.text.to_lowercase()).is_none()
        });
    if !context && !lead && (!descending || change::follows_change(lexemes, start)) {
        return None;
    }
    let mut sets = vec![(first.low, second)];
    let end = change::more_sets(lexemes, end, &mut sets);
    // "a 3-1 win": the noun after a score is part of it.
    let end = if lexemes.get(end).is_some_and(|l| {
        [
            "win", "victory", "defeat", "loss", "draw", "vote", "majority", "split", "lead",
        ]
        .iter()
        .any(|w| l.is(w))
    }) {
        end + 1
    } else {
        end
    };
    let span = Span::new(lexemes[start].span.start, lexemes[end - 1].span.end);
    Some(Found {
        span,
        value_span: Span::new(
            lexemes[opening.number].span.start,
            lexemes[end - 1].span.end,
        ),
        quantity: Quantity {
            score: Some(sets.into_boxed_slice()),
            ..Quantity::level(first.low, first.low, opening.qualifier.clone(), None)
        },
        lexemes: start..end,
    })
}

/// Whether the number `first` at `at` is a whole number written with separators (`1,203`):
/// a tally may be that large.
fn first_is_grouped_whole(lexemes: &[Lexeme<'_>], at: usize, first: &Read<'_>) -> bool {
    first.end == at + 1
        && first.multiplier.is_none()
        && first.unit_suffix.is_none()
        && numbers::digits(lexemes[at].text)
            .is_some_and(|d| d.grouped && !d.decimal && d.suffix.is_empty())
}

/// A proportion (`half of`, `two-thirds`, `one in five`) read as a percentage.
fn proportion(
    lexemes: &[Lexeme<'_>],
    start: usize,
    opening: &Opening,
    share: f64,
    end: usize,
) -> Found {
    let percent = units::lookup("percent").expect("percent is a unit");
    let mut quantity = Quantity::level(
        share * 100.0,
        share * 100.0,
        opening.qualifier.clone(),
        Some(measure_unit(
            &joined(&lexemes[opening.number..end]),
            percent,
        )),
    );
    // "fell by a fifth", "up by a third": a proportion can be a change.
    let by = start > 0 && lexemes[start - 1].is("by");
    if by || start == 0 || !lexemes[start - 1].is("of") {
        quantity.change = change::change_before(lexemes, start);
    }
    Found {
        span: Span::new(lexemes[start].span.start, lexemes[end - 1].span.end),
        value_span: Span::new(
            lexemes[opening.number].span.start,
            lexemes[end - 1].span.end,
        ),
        quantity,
        lexemes: start..end,
    }
}

/// The noun a bare figure is `of`: `a crowd of 62,451`, `a staff of 14`, `a margin of 19`
/// (not a change's: `a rise of 5%` is read as a change).
fn noun_of(lexemes: &[Lexeme<'_>], start: usize) -> Option<Unit> {
    let of = start.checked_sub(1)?;
    let noun = &lexemes[of.checked_sub(1)?];
    let article = of.checked_sub(2).map(|i| &lexemes[i])?;
    let plain_noun = noun.kind == Kind::Word
        && !noun.is_capitalised()
        && noun.class & (crate::text::lexer::class::VERB | crate::text::lexer::class::SPEECH_VERB)
            == 0
        && !change::is_change_noun(noun)
        // Nouns of a value whose unit is elsewhere: "a margin of 19" (votes).
        && ![
            "total", "number", "figure", "average", "maximum", "minimum", "sum", "lot", "couple",
            "margin", "majority", "lead", "deficit", "gap", "difference", "record", "peak",
            "level", "rate", "price", "value", "score", "height", "depth", "length", "speed",
            "age", "cost", "budget", "fine", "bill", "salary", "fee", "round",
        ]
        .iter()
        .any(|w| noun.is(w));
    (lexemes[of].is("of") && plain_noun && ["a", "an", "the"].iter().any(|w| article.is(w))).then(
        || {
            let head = lower(noun.text).into_owned();
            Unit {
                phrase: noun.text.to_string(),
                head,
                measure: None,
                per: None,
            }
        },
    )
}

/// Whether a span of time starting at `start` (its qualifier included) follows `in` after a
/// superlative: `the highest level in nearly 13 years`, `its most favourable in a decade`.
/// (`his first race in a year and a half` states the time that passed: a claim "had not
/// raced for a year and a half" rests on it.)
fn superlative_in(lexemes: &[Lexeme<'_>], start: usize) -> bool {
    // Back over a hedge the figure did not take in: "in nearly 13 years", "in more than a
    // decade".
    let mut at = start;
    while at > 0
        && start - at < 3
        && [
            "nearly", "almost", "more", "than", "over", "about", "around", "roughly", "just",
            "some", "under", "less",
        ]
        .iter()
        .any(|w| lexemes[at - 1].is(w))
    {
        at -= 1;
    }
    if !at.checked_sub(1).is_some_and(|i| lexemes[i].is("in")) {
        return false;
    }
    lexemes[at.saturating_sub(6)..at - 1]
        .iter()
        .any(|l| l.kind == Kind::Word && crate::text::words::is_superlative(l.text))
}

/// Fixed expressions with "one" that count nothing: the word before and after it.
const ONE_IDIOMS: &[(&str, &str)] = &[
    ("under", "roof"),
    ("on", "side"),
    ("on", "hand"),
    ("the", "hand"),
    ("at", "point"),
    ("at", "stage"),
    ("in", "go"),
    ("as", "man"),
];

/// Whether the `one` at `at` is part of an idiom, not a count: `under one roof`, `on one
/// side` (… `on the other`), `at one point`, `in one go`; and `not one` (`not one inch
/// more`), which says none.
fn idiomatic_one(lexemes: &[Lexeme<'_>], at: usize) -> bool {
    if !lexemes[at].is("one") {
        return false;
    }
    let before = at.checked_sub(1).map(|i| &lexemes[i]);
    let after = lexemes.get(at + 1);
    // "In one raid, a shop worker …", "On one occasion,": a certain one, opening an
    // anecdote (not "In one year, prices doubled": a span).
    let anecdote = at == 1
        && before.is_some_and(|b| b.is("in") || b.is("on"))
        && after.is_some_and(|noun| {
            noun.kind == Kind::Word
                && units::lookup(&lower(noun.text))
                    .is_none_or(|m| m.dimension != units::Dimension::Duration)
        })
        && lexemes.get(at + 2).is_some_and(|l| l.text == ",");
    anecdote
        || before.is_some_and(|b| b.is("not") || b.is("never"))
        || ONE_IDIOMS
            .iter()
            .any(|(b, a)| before.is_some_and(|l| l.is(b)) && after.is_some_and(|l| l.is(a)))
}

/// Whether the number `first` names something rather than counting: part of a code or name
/// (`F-16`), a year or time of day, or a lone `one` that is a pronoun.
fn names_something(lexemes: &[Lexeme<'_>], opening: &Opening, first: &Read<'_>) -> bool {
    let number_start = opening.number;
    let bare = opening.qualifier.is_none() && opening.currency.is_none();
    if bare && is_code(lexemes, number_start, first.end) {
        return true;
    }
    if first.digits_plain && bare && names_or_dates(lexemes, number_start, first.end, first.low) {
        return true;
    }
    if first.from_words && first.end == number_start + 1 && idiomatic_one(lexemes, number_start) {
        return true;
    }
    // "three-dimensional", "3-D": a kind of image or space, not a count.
    if lexemes
        .get(first.end)
        .is_some_and(|l| l.text == "-" && !l.spaced)
        && lexemes
            .get(first.end + 1)
            .is_some_and(|l| !l.spaced && (l.is("dimensional") || l.text == "D"))
    {
        return true;
    }
    // "Court One", "Air Force One", "Formula One": a capitalised number word after a
    // capitalised word, inside a sentence, is part of a name.
    if first.from_words
        && bare
        && first.end == number_start + 1
        && lexemes[number_start].is_capitalised()
        && number_start >= 2
        && lexemes[number_start - 1].kind == Kind::Word
        && lexemes[number_start - 1].is_capitalised()
    {
        return true;
    }
    if first.from_words
        && !first.vague
        && first.end == number_start + 1
        && opening.qualifier.is_none()
    {
        // A lone "one" is mostly a pronoun ("one of them"); keep it before a counted noun.
        let word = lexemes[number_start].text.to_lowercase();
        if matches!(word.as_str(), "one" | "none" | "couple" | "pair" | "single") {
            let next = lexemes.get(first.end);
            let noun_follows = next
                .is_some_and(|l| l.kind == Kind::Word && !ends_unit(l.text) && !l.is_capitalised());
            return !noun_follows;
        }
    }
    false
}

/// The unit after the number `read` (a currency symbol, a glued suffix, a measure or
/// currency word, a compound adjective or a counted noun phrase), a factor the value is to
/// be scaled by (`75 USD million`), and where the quantity ends. `None` when a glued suffix
/// names no unit.
fn unit_of(
    lexemes: &[Lexeme<'_>],
    opening: &Opening,
    read: &Read<'_>,
) -> Option<(Option<Unit>, f64, usize)> {
    let mut end = read.end;
    let mut scale = 1.0;
    // "Six of the nine members": the first number counts what the second does.
    let share_of = if read.unit_suffix.is_none() && opening.currency.is_none() && !read.vague {
        unit::share_of(lexemes, end)
    } else {
        None
    };
    let mut unit = opening
        .currency
        .map(|(measure, symbol)| measure_unit(&joined(&lexemes[symbol..opening.number]), measure));
    if let Some(suffix) = read.unit_suffix
        && unit.is_none()
    {
        let (measure_suffix, next) = glued_unit(lexemes, suffix, end)?;
        unit = Some(measure_suffix);
        end = next;
    }
    // "20 (kg)", "20 [kg]": a unit of measurement in brackets right after the number.
    if unit.is_none()
        && lexemes
            .get(end)
            .is_some_and(|l| matches!(l.text, "(" | "[" | "<" | "{"))
        && let Some((measure, phrase, next)) = measure_at(lexemes, end + 1)
        && lexemes
            .get(next)
            .is_some_and(|l| matches!(l.text, ")" | "]" | ">" | "}"))
    {
        unit = Some(measure_unit(&phrase, measure));
        end = next + 1;
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
        && read.multiplier.is_some_and(|m| m >= 1e6)
    {
        current.measure = units::lookup("pound sterling");
        current.head = "pound sterling".into();
    }
    // "75 USD million": a multiplier after the currency.
    if unit.as_ref().is_some_and(|u| {
        u.measure
            .is_some_and(|m| matches!(m.dimension, units::Dimension::Currency(_)))
    }) && read.multiplier.is_none()
        && let Some(factor) = lexemes
            .get(end)
            .and_then(|l| read::word_multiplier(Some(l)))
    {
        scale = factor;
        end += 1;
    }
    if unit.is_none() && share_of.is_some() {
        unit = share_of;
    }
    if unit.is_none()
        && let Some((adjective, next)) = compound_adjective(lexemes, end)
    {
        unit = adjective;
        end = next;
    }
    let of_allowed = read.vague || read.multiplier.is_some() && read.from_words;
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
    Some((unit, scale, end))
}

/// The unit of letters glued to a number (`5km`, `24703m2`, `167km/h`, `-10C`) at `end`,
/// and where it ends; `None` when the letters name no unit.
fn glued_unit(lexemes: &[Lexeme<'_>], suffix: &str, end: usize) -> Option<(Unit, usize)> {
    // "24703m2": the power is glued after the unit.
    let power = lexemes
        .get(end)
        .filter(|l| !l.spaced && matches!(l.text, "2" | "3"));
    // "167km/h", "3m/s": a rate glued after the number.
    let per = lexemes
        .get(end..end + 2)
        .filter(|parts| {
            parts[0].text == "/"
                && !parts[0].spaced
                && !parts[1].spaced
                && parts[1].kind == Kind::Word
        })
        .and_then(|parts| {
            let spelling = format!("{}/{}", suffix, parts[1].text);
            units::lookup(&lower(&spelling)).map(|measure| (spelling, measure))
        });
    let (phrase, measure, end) = match (power, per) {
        (Some(power), _) => {
            let measure = units::lookup(&format!("{}{}", suffix.to_lowercase(), power.text))?;
            (suffix.to_string(), measure, end + 1)
        }
        (None, Some((spelling, measure))) => (spelling, measure, end + 2),
        (None, None) => {
            let measure = temperature_letter(suffix)
                .filter(|_| degree_letter_ends(suffix, lexemes.get(end)))
                .or_else(|| units::lookup(&lower(suffix)))
                .or_else(|| units::currency_symbol(suffix))?;
            (suffix.to_string(), measure, end)
        }
    };
    Some((measure_unit(&phrase, measure), end))
}

/// Whether a capital `C` or `F` after a number, followed by `next`, is a temperature: it
/// ends the phrase (`-10C.`, `30 C,`, `31C (88F)`), or, for `C`, a lower-case word follows
/// (`40C on Monday`). `13F filing` and `a Boeing 777F to India` are names.
pub(super) fn degree_letter_ends(letter: &str, next: Option<&Lexeme<'_>>) -> bool {
    next.is_none_or(|l| {
        matches!(l.text, "." | "," | ";" | ":" | "!" | "?" | "(" | ")")
            || (letter == "C"
                && l.kind == Kind::Word
                && l.text.starts_with(|c: char| c.is_lowercase()))
    })
}

/// `C` and `F` in capitals after a number are degrees: `30 C`, `-10C`.
pub(super) fn temperature_letter(text: &str) -> Option<MeasureUnit> {
    match text {
        "C" => units::lookup("celsius"),
        "F" => units::lookup("fahrenheit"),
        _ => None,
    }
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
        per: None,
    }
}

/// A qualifier starting at `at` and followed by a number.
fn qualifier_at(lexemes: &[Lexeme<'_>], at: usize) -> Option<(Qualifier, usize)> {
    static TABLE: LazyLock<Phrases<Direction>> = LazyLock::new(|| Phrases::new(QUALIFIERS));
    for (text, direction, next) in TABLE.at(lexemes, at) {
        // "top" bounds a figure as a verb after a plural subject ("Gusts top 90mph"); after a
        // determiner or a verb it is a rank ("the top 50", "will be top 50").
        if text == "top"
            && !at.checked_sub(1).is_some_and(|before| {
                let word = &lexemes[before];
                word.kind == Kind::Word
                    && word.text.len() > 3
                    && word.text.ends_with('s')
                    && !word.text.ends_with("ss")
                    && !["this", "ranks", "sits", "was", "has"]
                        .iter()
                        .any(|w| word.is(w))
            })
        {
            continue;
        }
        // "unemployment edged up to 4.2%", "ticked up to": the verb's "up" and the level
        // reached, no bound ("gusts of up to 90mph" is one).
        // ("nudged its growth forecast for 2018 up to 1.5% from 1.4%": past its object too,
        // where the level it came from follows; not "picked a site that could hold up to 500".)
        let from_follows = (next + 1..lexemes.len().min(next + 5)).any(|i| {
            lexemes[i].is("from") && lexemes.get(i + 1).is_some_and(|l| l.kind == Kind::Number)
        });
        if text == "up to"
            && at.checked_sub(1).is_some_and(|before| {
                change::particle_verb(&lexemes[before]).is_some()
                    || (from_follows && change::particle_before(lexemes, at).is_some())
            })
        {
            continue;
        }
        if text == "past"
            && !at.checked_sub(1).is_some_and(|before| {
                let word = &lexemes[before];
                word.kind == Kind::Word
                    && !word.is_capitalised()
                    && (word.text.ends_with("ed")
                        || ["rose", "fell", "went", "slid", "broke", "sank", "grew"]
                            .iter()
                            .any(|w| word.is(w)))
            })
        {
            continue;
        }
        let starts_number = lexemes.get(next).is_some_and(|l| {
            l.kind == Kind::Number
                || currency_at(lexemes, next).is_some()
                || numbers::is_number_word(&lower(l.text))
                || numbers::VAGUE.iter().any(|(w, _, _)| l.is(w))
                || l.is("a")
                || l.is("an")
                || l.is("half")
                || l.is("minus")
                || l.text == "-"
                || l.text == "."
                || special::multiple_starters().any(|w| l.is(w))
        });
        if starts_number {
            return Some((
                Qualifier {
                    text: text.to_string(),
                    direction,
                },
                next,
            ));
        }
    }
    None
}

/// Whether a figure's words are a compound adjective: a number joined by a hyphen to a word
/// (`110-page`, `a 21-month transition`), not to another number (`10-15`).
fn adjectival(lexemes: &[Lexeme<'_>]) -> bool {
    lexemes.windows(3).any(|w| {
        w[0].kind == Kind::Number && w[1].text == "-" && !w[1].spaced && w[2].kind == Kind::Word
    })
}
