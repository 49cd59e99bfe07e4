//! Dates: `Feb. 20`, `February 20, 2022`, `20 February 2022`, `2022-02-20`, `2/20/2022`,
//! weekdays (`Thursday`), months and years in context (`in February`, `since 2014`) and
//! relative dates (`last week`, `earlier this month`, `yesterday`).
//!
//! A date is kept as the parts the text states ([`DateValue`]); two dates are compared on
//! the parts both state, so `Feb. 20` matches `2022-02-20` and `Thursday` matches a
//! `Thursday, Feb. 10`.

use std::sync::LazyLock;

use super::calendar::WEEKDAY_NAMES;
use crate::source::Span;
use crate::text::lexer::{Kind, Lexeme, Phrases, lower};

const MONTHS: &[(&str, u8)] = &[
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sept", 9),
    ("sep", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
];

/// Whether `word` is written as the full name of a month or a day of the week, capitalised
/// (`Thursday`, `May`; not `may`, `Sun`).
pub(crate) fn is_day_or_month_name(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
        && MONTHS.iter().chain(WEEKDAYS).any(|(name, _)| {
            name.len() >= 3
                && word.len() == name.len()
                && word.eq_ignore_ascii_case(name)
                && !matches!(
                    *name,
                    "jan"
                        | "feb"
                        | "mar"
                        | "apr"
                        | "jun"
                        | "jul"
                        | "aug"
                        | "sep"
                        | "oct"
                        | "nov"
                        | "dec"
                        | "mon"
                        | "tue"
                        | "wed"
                        | "thu"
                        | "fri"
                        | "sat"
                        | "sun"
                )
        })
}

const WEEKDAYS: &[(&str, u8)] = &[
    ("monday", 1),
    ("mon", 1),
    ("tuesday", 2),
    ("tues", 2),
    ("tue", 2),
    ("wednesday", 3),
    ("wed", 3),
    ("thursday", 4),
    ("thurs", 4),
    ("thu", 4),
    ("friday", 5),
    ("fri", 5),
    ("saturday", 6),
    ("sat", 6),
    ("sunday", 7),
    ("sun", 7),
];

/// Relative expressions, longest first where one starts another.
const RELATIVE: &[(&str, ())] = &[
    ("earlier this week", ()),
    ("later this week", ()),
    ("earlier this month", ()),
    ("later this month", ()),
    ("earlier this year", ()),
    ("later this year", ()),
    ("late last year", ()),
    ("early last year", ()),
    ("late last month", ()),
    ("early next year", ()),
    ("last week", ()),
    ("this week", ()),
    ("next week", ()),
    ("last month", ()),
    ("this month", ()),
    ("next month", ()),
    ("last year", ()),
    ("this year", ()),
    ("next year", ()),
    ("last weekend", ()),
    ("this weekend", ()),
    ("next weekend", ()),
    ("yesterday morning", ()),
    ("yesterday afternoon", ()),
    ("yesterday evening", ()),
    ("yesterday", ()),
    ("today", ()),
    ("tomorrow", ()),
    ("tonight", ()),
    ("last night", ()),
    ("last spring", ()),
    ("this spring", ()),
    ("next spring", ()),
    ("last summer", ()),
    ("this summer", ()),
    ("next summer", ()),
    ("last autumn", ()),
    ("this autumn", ()),
    ("next autumn", ()),
    ("last fall", ()),
    ("this fall", ()),
    ("next fall", ()),
    ("last winter", ()),
    ("this winter", ()),
    ("next winter", ()),
    ("last season", ()),
    ("this season", ()),
    ("next season", ()),
    ("last fortnight", ()),
    // Possessives: "yesterday's vote", "last year's election" (read without the 's).
    ("yesterday's", ()),
    ("today's", ()),
    ("tonight's", ()),
    ("tomorrow's", ()),
    ("last week's", ()),
    ("this week's", ()),
    ("next week's", ()),
    ("last month's", ()),
    ("this month's", ()),
    ("next month's", ()),
    ("last year's", ()),
    ("this year's", ()),
    ("next year's", ()),
    ("this fortnight", ()),
    ("next fortnight", ()),
    ("last quarter", ()),
    ("this quarter", ()),
    ("next quarter", ()),
    ("this morning", ()),
    ("this afternoon", ()),
    ("this evening", ()),
];

/// Nouns a year describes when it stands before them (`the 2020 election`).
const YEAR_NOUNS: &[&str] = &[
    "election",
    "elections",
    "poll",
    "polls",
    "survey",
    "census",
    "budget",
    "report",
    "study",
    "season",
    "campaign",
    "war",
    "invasion",
    "law",
    "act",
    "agreement",
    "deal",
    "accord",
    "treaty",
    "crisis",
    "summit",
    "games",
    "championship",
    "midterms",
    "presidential",
    "general",
    "federal",
    "fiscal",
    "financial",
    "final",
    "tournament",
    "pandemic",
    "earthquake",
    "referendum",
    "race",
    "cycle",
    "data",
    "figures",
    "levels",
    "level",
    "peak",
    "record",
    "plan",
    "target",
    "strategy",
    "review",
    "edition",
    "recession",
    "vote",
];

/// Plurals without an `s` that a count may stand before (`the 1500 people`).
const PLURALS_WITHOUT_S: &[&str] = &[
    "people",
    "police",
    "staff",
    "children",
    "men",
    "women",
    "personnel",
    "crew",
    "cattle",
    "livestock",
    "sheep",
    "fish",
    "aircraft",
    "craft",
    "infantry",
    "militia",
];

/// Whether `word` (lower case) reads as a singular noun a year can describe (`case`,
/// `storm`, `world`): no plural, no function word.
fn singular_noun(word: &str) -> bool {
    word.len() > 2
        && word.chars().all(char::is_alphabetic)
        && !plural_noun(word)
        && ![
            "and", "the", "for", "was", "were", "are", "has", "had", "have", "who", "that", "with",
            "from", "into", "than",
        ]
        .contains(&word)
}

/// A year used as an adjective: a determiner before it and, after it, a capitalised word or
/// a singular noun (`a 2021 Gallup poll`, `the 2020 election`, `a 2019 case`, `the 2009
/// world title`; not `the 2000 troops`).
fn attributive_year(lexemes: &[Lexeme<'_>], at: usize) -> bool {
    let determiner = at.checked_sub(1).is_some_and(|i| {
        [
            "a", "an", "the", "its", "their", "his", "her", "this", "that",
        ]
        .iter()
        .any(|w| lexemes[i].is(w))
    });
    // Without a determiner, a year-like number before a singular noun is still a year:
    // "won 2009 world championship gold" (a count needs a plural: "2009 troops").
    let year_like = year_like(&lexemes[at]);
    let next = lexemes.get(at + 1);
    (determiner
        && next.is_some_and(|next| {
            next.kind == Kind::Word
                && (next.is_capitalised()
                    || YEAR_NOUNS.contains(&lower(next.text).as_ref())
                    || singular_noun(&lower(next.text)))
        }))
        || (year_like
            && next.is_some_and(|next| {
                next.kind == Kind::Word
                    && !next.is_capitalised()
                    && singular_noun(&lower(next.text))
                    && super::units::lookup(&lower(next.text)).is_none()
                    && !["per", "to", "of", "in", "on", "at", "or", "but", "not"]
                        .contains(&lower(next.text).as_ref())
            }))
}

/// A month used as an adjective: a determiner before it and a lower-case noun after it (`a
/// February decision`, `its June forecast`, `the July figures`; not `the March on
/// Washington`).
fn attributive_month(lexemes: &[Lexeme<'_>], at: usize) -> bool {
    let determiner = at.checked_sub(1).is_some_and(|i| {
        ["a", "an", "the", "its", "their", "his", "her", "our"]
            .iter()
            .any(|w| lexemes[i].is(w))
    });
    determiner
        && lexemes.get(at + 1).is_some_and(|next| {
            let word = lower(next.text);
            next.kind == Kind::Word
                && !next.is_capitalised()
                && word.len() > 2
                && word.chars().all(char::is_alphabetic)
                && !FUNCTION_WORDS.contains(&word.as_ref())
        })
}

/// Words that are no noun for a month to describe.
const FUNCTION_WORDS: &[&str] = &[
    "and", "the", "for", "was", "were", "are", "has", "had", "have", "who", "that", "with", "from",
    "into", "than", "on", "in", "at", "of", "to", "but", "not", "will", "would", "said", "says",
    "is",
];

/// Words before a lone month or year that make it a date (`in February`, `since 2014`).
const DATE_CONTEXT: &[&str] = &[
    "in",
    "since",
    "by",
    "until",
    "till",
    "from",
    "of",
    "before",
    "after",
    "during",
    "early",
    "late",
    "mid",
    "last",
    "next",
    "this",
    "through",
    "throughout",
    "between",
    "and",
    "to",
    "fiscal",
    "fy",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
];

fn is_season(lexeme: &Lexeme<'_>) -> bool {
    super::calendar::season_month(&lower(lexeme.text)).is_some()
}

/// What a date states: every part is optional.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DateValue {
    /// The year.
    pub year: Option<i32>,
    /// The month, 1–12.
    pub month: Option<u8>,
    /// The day of the month.
    pub day: Option<u8>,
    /// The quarter of the year, 1–4 (`Q2`, `the second quarter`).
    pub quarter: Option<u8>,
    /// The decade, by its first year (`2030` of `the 2030s`).
    pub decade: Option<i32>,
    /// The weekday, 1 (Monday) – 7 (Sunday).
    pub weekday: Option<u8>,
    /// A relative expression (`last week`), lower case.
    pub relative: Option<String>,
    /// A time of day, in minutes after midnight (`14:30` of `1430 GMT`, `2 p.m.`).
    pub time: Option<u16>,
    /// The time zone of the time (`GMT`, `EDT`), upper case.
    pub zone: Option<String>,
    /// The part of the period stated (`mid` of `mid-2026`, `fiscal` of `fiscal 2024`, `year
    /// to` of `the year to March`), lower case.
    pub period: Option<String>,
    /// In an article with a publication date: the calendar days a weekday or relative date
    /// stands for (`on Thursday` in a piece published Friday 11 February 2022: 2022-02-10).
    pub resolved: Option<super::calendar::Resolved>,
}

impl DateValue {
    /// Whether the day of publication places this date on the calendar: a weekday, a
    /// relative date, or a month named alone.
    pub fn placed_by_publication(&self) -> bool {
        self.relative.is_some() || self.weekday.is_some() || self.is_lone_month()
    }

    /// A month named alone: `in February`, not `mid-July` or `February 2022`.
    fn is_lone_month(&self) -> bool {
        self.month.is_some()
            && self.day.is_none()
            && self.year.is_none()
            && self.weekday.is_none()
            && self.relative.is_none()
            && self.period.is_none()
    }

    /// The days this date stands for in an article published on `published` (see
    /// `calendar::resolve`), given what its clause says of time (`tense`: `Some(true)`
    /// to come, `Some(false)` past, `clause_tense`). A weekday is the last one unless to
    /// come; a month named alone resolves only where the clause says which. The tense is
    /// asked for only by a month named alone or a weekday without a date, since reading it
    /// re-reads the sentence.
    pub fn resolve(
        &self,
        published: super::calendar::CalendarDay,
        tense: impl FnOnce() -> Option<bool>,
    ) -> Option<super::calendar::Resolved> {
        if let Some(month) = self.month
            && self.day.is_none()
            && self.year.is_none()
            && let Some(relative) = self.relative.as_deref()
        {
            return super::calendar::resolve_month(relative, month, published);
        }
        // "in February": the last February, or the next where the clause speaks of what is
        // to come.
        if let Some(month) = self.month.filter(|_| self.is_lone_month()) {
            let relative = if tense()? {
                "next or this"
            } else {
                "last or this"
            };
            return super::calendar::resolve_month(relative, month, published);
        }
        let dated = self.day.is_some() || self.month.is_some() || self.year.is_some();
        // Only a weekday alone (no relative word, no date) looks at whether it is to come.
        let future =
            self.relative.is_none() && self.weekday.is_some() && !dated && tense() == Some(true);
        super::calendar::resolve(
            self.relative.as_deref(),
            self.weekday,
            dated,
            published,
            future,
        )
    }

    /// Whether a claimed date lies within the days this date was resolved to (`None` when
    /// it was not resolved or the two cannot be compared by days).
    pub fn agrees_by_days(&self, claimed: &DateValue) -> Option<bool> {
        self.resolved
            .as_ref()?
            .agrees_with(claimed.year, claimed.month, claimed.day)
    }

    /// Whether the parts both dates state are equal, and they share at least one part.
    pub fn agrees_with(&self, other: &DateValue) -> bool {
        let mut shared = 0;
        let mut agree = true;
        let mut compare = |a: Option<i64>, b: Option<i64>| {
            if let (Some(a), Some(b)) = (a, b) {
                shared += 1;
                agree &= a == b;
            }
        };
        compare(self.year.map(i64::from), other.year.map(i64::from));
        compare(self.month.map(i64::from), other.month.map(i64::from));
        compare(self.day.map(i64::from), other.day.map(i64::from));
        // A month lies in one quarter: "June 2024" is in "Q2 2024", not in "Q3 2024".
        compare(
            self.quarter_of().map(i64::from),
            other.quarter_of().map(i64::from),
        );
        // A year lies in one decade: "2034" is in "the 2030s".
        if self.decade.is_some() || other.decade.is_some() {
            compare(
                self.decade_of().map(i64::from),
                other.decade_of().map(i64::from),
            );
        }
        compare(self.weekday.map(i64::from), other.weekday.map(i64::from));
        compare(self.time.map(i64::from), other.time.map(i64::from));
        if let (Some(a), Some(b)) = (&self.relative, &other.relative) {
            shared += 1;
            agree &= a == b;
        }
        // Zones and periods must agree where both state them, and count as no part of their
        // own: "1430 GMT" and "2:30 p.m." agree; "1430 GMT" and "1430 EDT" do not.
        if let (Some(a), Some(b)) = (&self.zone, &other.zone) {
            agree &= a == b;
        }
        if let (Some(a), Some(b)) = (&self.period, &other.period) {
            agree &= a == b;
        }
        agree && shared > 0
    }

    /// The quarter this date stands in: stated, or that of its month.
    fn quarter_of(&self) -> Option<u8> {
        self.quarter.or(self.month.map(|month| (month - 1) / 3 + 1))
    }

    /// The decade this date stands in: stated, or that of its year.
    fn decade_of(&self) -> Option<i32> {
        self.decade
            .or(self.year.map(|year| year - year.rem_euclid(10)))
    }

    /// Whether the two dates state a common part (and so can disagree).
    pub fn comparable(&self, other: &DateValue) -> bool {
        (self.year.is_some() && other.year.is_some())
            || (self.decade.is_some() && other.decade_of().is_some())
            || (self.decade_of().is_some() && other.decade.is_some())
            || (self.quarter.is_some() && other.quarter_of().is_some())
            || (self.quarter_of().is_some() && other.quarter.is_some())
            || (self.month.is_some() && other.month.is_some())
            || (self.day.is_some()
                && other.day.is_some()
                && self.month.is_some() == other.month.is_some())
            || (self.weekday.is_some() && other.weekday.is_some())
            || (self.relative.is_some() && other.relative.is_some())
            || (self.time.is_some() && other.time.is_some())
    }

    /// A readable, stable form: `2022-02-20`, `--02-20`, `Thursday`, `last week`.
    pub fn describe(&self) -> String {
        let mut parts = Vec::new();
        if self.year.is_some() || self.month.is_some() || self.day.is_some() {
            // ISO 8601's truncated forms: `--02-20` for a day without a year.
            let mut date = self.year.map_or("-".to_string(), |y| format!("{y:04}"));
            if let Some(month) = self.month {
                date.push_str(&format!("-{month:02}"));
                if let Some(day) = self.day {
                    date.push_str(&format!("-{day:02}"));
                }
            }
            parts.push(date);
        }
        if let Some(decade) = self.decade {
            parts.push(format!("{decade}s"));
        }
        // ISO 8601's week-date style for a quarter: `2024-Q2`, or `Q2` alone.
        if let Some(quarter) = self.quarter {
            match parts.last_mut() {
                Some(year) if self.month.is_none() => year.push_str(&format!("-Q{quarter}")),
                _ => parts.push(format!("Q{quarter}")),
            }
        }
        if let Some(weekday) = self.weekday {
            let name = WEEKDAY_NAMES[usize::from(weekday - 1)];
            match self.relative.as_deref() {
                // "last Tuesday"
                Some(placed @ ("last" | "next" | "this")) => parts.push(format!("{placed} {name}")),
                _ => parts.push(name.to_string()),
            }
        }
        if let Some(relative) = &self.relative
            && !(self.weekday.is_some() && ["last", "next", "this"].contains(&relative.as_str()))
        {
            match (self.month, relative.as_str()) {
                // "last August": the month as ISO's `--08`, placed by the word before it.
                (Some(_), "last" | "next" | "this") => parts.insert(0, relative.clone()),
                _ => parts.push(relative.clone()),
            }
        }
        if let Some(time) = self.time {
            parts.push(format!("{:02}:{:02}", time / 60, time % 60));
        }
        if let Some(zone) = &self.zone {
            parts.push(zone.clone());
        }
        if let Some(period) = &self.period {
            parts.insert(0, period.clone());
        }
        parts.join(" ")
    }
}

/// A date found in text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct FoundDate {
    /// Where it is.
    pub span: Span,
    /// What it states.
    pub value: DateValue,
}

/// The month a word names (`February`, `Feb`, `Sept`, `June's`), case-insensitive.
pub(crate) fn month(word: &str) -> Option<u8> {
    let word = word.strip_suffix("'s").unwrap_or(word);
    MONTHS
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case(word))
        .map(|(_, m)| *m)
}

fn weekday(word: &str) -> Option<u8> {
    let word = word.strip_suffix("'s").unwrap_or(word);
    WEEKDAYS
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case(word))
        .map(|(_, d)| *d)
}

/// Every date in a sentence's lexemes.
pub(crate) fn find(lexemes: &[Lexeme<'_>]) -> Vec<FoundDate> {
    let mut found = Vec::new();
    let mut at = 0;
    while at < lexemes.len() {
        // "the 1850-1900 average", "the 2010-11 season": both ends are years.
        if let Some((first, second, end)) = year_range_at(lexemes, at) {
            found.push(FoundDate {
                span: lexemes[at].span,
                value: DateValue {
                    year: Some(first),
                    ..DateValue::default()
                },
            });
            found.push(FoundDate {
                span: lexemes[end - 1].span,
                value: DateValue {
                    year: Some(second),
                    ..DateValue::default()
                },
            });
            at = end;
            continue;
        }
        match time_at(lexemes, at)
            .or_else(|| quarter_at(lexemes, at))
            .or_else(|| decade_at(lexemes, at))
            .or_else(|| ago_at(lexemes, at))
            .or_else(|| date_at(lexemes, at))
        {
            Some((mut value, end)) => {
                let start = period_before(lexemes, at, &mut value);
                // "between March 3 and 5", "August 14-23": the range's other end is a day
                // of the same month, not a count.
                if let (Some(month), Some(_)) = (value.month, value.day)
                    && let Some((day, next)) = elided_day(lexemes, end)
                {
                    found.push(FoundDate {
                        span: Span::new(lexemes[start].span.start, lexemes[end - 1].span.end),
                        value: value.clone(),
                    });
                    let second = DateValue {
                        month: Some(month),
                        day: Some(day),
                        year: value.year,
                        ..DateValue::default()
                    };
                    found.push(FoundDate {
                        span: Span::new(lexemes[next - 1].span.start, lexemes[next - 1].span.end),
                        value: second,
                    });
                    at = next;
                    continue;
                }
                // "February last year", "Thursday last week": a month or weekday placed by
                // the relative date after it.
                let mut end = end;
                let placeable = value.relative.is_none()
                    && value.day.is_none()
                    && value.year.is_none()
                    && (value.month.is_some() != value.weekday.is_some());
                if placeable
                    && let Some((relative, next)) = relative_at(lexemes, end)
                    && (value.month.is_some() && relative.ends_with("year")
                        || value.weekday.is_some() && relative.ends_with("week"))
                    && ["last ", "this ", "next "]
                        .iter()
                        .any(|p| relative.starts_with(p))
                {
                    value.relative = Some(relative);
                    end = next;
                }
                found.push(FoundDate {
                    span: Span::new(lexemes[start].span.start, lexemes[end - 1].span.end),
                    value,
                });
                at = end;
            }
            None => at += 1,
        }
    }
    share_the_year(lexemes, &mut found);
    found
}

/// "between May and November 2019", "from December to March 2023": the first end of a range
/// of months takes its year from the second (the year before, where its month comes later).
fn share_the_year(lexemes: &[Lexeme<'_>], found: &mut [FoundDate]) {
    for i in 1..found.len() {
        let (before, after) = found.split_at_mut(i);
        let (first, second) = (&mut before[i - 1], &after[0]);
        let (Some(first_month), Some(second_month), Some(year)) =
            (first.value.month, second.value.month, second.value.year)
        else {
            continue;
        };
        if first.value.year.is_some() || first.value.relative.is_some() {
            continue;
        }
        // Exactly one joining word between the two.
        let between: Vec<&Lexeme<'_>> = lexemes
            .iter()
            .filter(|l| l.span.start >= first.span.end && l.span.end <= second.span.start)
            .collect();
        let joined = matches!(between.as_slice(), [joiner]
            if ["and", "to", "through", "until", "till", "-"].iter().any(|w| joiner.is(w)));
        if joined {
            first.value.year = Some(if first_month > second_month {
                year - 1
            } else {
                year
            });
        }
    }
}

/// A time that far back at `at`: `seven years ago`, `a year ago`, `three months ago`, `10
/// days ago` — a relative date, written `7 years ago`.
fn ago_at(lexemes: &[Lexeme<'_>], at: usize) -> Option<(DateValue, usize)> {
    if !lexemes.get(at + 2).is_some_and(|l| l.is("ago")) {
        return None;
    }
    let first = lexemes[at];
    let count: u32 = match first.kind {
        Kind::Number => first.text.parse().ok()?,
        Kind::Word if first.is("a") || first.is("an") => 1,
        Kind::Word => {
            let value = super::numbers::word_value(&lower(first.text))?;
            (value.fract() == 0.0 && (1.0..=1000.0).contains(&value)).then_some(value as u32)?
        }
        Kind::Symbol => return None,
    };
    let unit = lower(lexemes[at + 1].text);
    let singular = unit.trim_end_matches('s');
    if !["year", "month", "week", "day"].contains(&singular) {
        return None;
    }
    let plural = if count == 1 { "" } else { "s" };
    Some((
        DateValue {
            relative: Some(format!("{count} {singular}{plural} ago")),
            ..DateValue::default()
        },
        at + 3,
    ))
}

/// A decade at `at`: `the 1990s`, `the 2030s`, `in the early 2000s` (a year ending in 0,
/// with an `s`; not an age such as `in her 60s`).
fn decade_at(lexemes: &[Lexeme<'_>], at: usize) -> Option<(DateValue, usize)> {
    let lexeme = lexemes[at];
    if lexeme.kind != Kind::Number {
        return None;
    }
    let digits = lexeme.text.strip_suffix('s')?;
    if digits.len() != 4 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let decade: i32 = digits.parse().ok()?;
    ((1000..=2100).contains(&decade) && decade % 10 == 0).then_some((
        DateValue {
            decade: Some(decade),
            ..DateValue::default()
        },
        at + 1,
    ))
}

/// Ordinal words that name a quarter of the year (`the second quarter`).
const QUARTER_ORDINALS: [&str; 4] = ["first", "second", "third", "fourth"];

/// A quarter of the year at `at`: `Q2`, `Q2 2024`, `the second quarter`, `the third quarter
/// of 2023`, `third-quarter profit`, `the fourth quarter of fiscal 2024`; and where it ends.
fn quarter_at(lexemes: &[Lexeme<'_>], at: usize) -> Option<(DateValue, usize)> {
    let lexeme = lexemes[at];
    if lexeme.kind != Kind::Word {
        return None;
    }
    let (quarter, mut end) = if lexeme.text == "Q" {
        // "Q2": the letter glued to its digit.
        let digit = lexemes
            .get(at + 1)
            .filter(|l| !l.spaced && l.kind == Kind::Number)?;
        let quarter: u8 = digit.text.parse().ok().filter(|q| (1..=4).contains(q))?;
        (quarter, at + 2)
    } else {
        let ordinal = QUARTER_ORDINALS.iter().position(|w| lexeme.is(w))?;
        // "third quarter", "third-quarter".
        let mut next = at + 1;
        if lexemes
            .get(next)
            .is_some_and(|l| l.text == "-" && !l.spaced)
        {
            next += 1;
        }
        if !lexemes.get(next).is_some_and(|l| l.is("quarter")) {
            return None;
        }
        // "the first quarter", "its third quarter", "third-quarter profit": not "a first
        // quarter of the budget" (a share).
        let owned = at.checked_sub(1).is_some_and(|i| {
            [
                "the", "its", "their", "his", "her", "our", "this", "last", "next",
            ]
            .iter()
            .any(|w| lexemes[i].is(w))
        });
        if !owned && next == at + 1 {
            return None;
        }
        (ordinal as u8 + 1, next + 1)
    };
    let mut value = DateValue {
        quarter: Some(quarter),
        ..DateValue::default()
    };
    // "Q2 2024", "the second quarter of 2023", "the fourth quarter of fiscal 2024".
    let mut after = end;
    if lexemes.get(after).is_some_and(|l| l.is("of")) {
        after += 1;
    }
    if lexemes.get(after).is_some_and(|l| l.is("fiscal")) {
        value.period = Some("fiscal".into());
        after += 1;
    }
    if let Some(year) = year_number(lexemes.get(after)) {
        value.year = Some(year);
        end = after + 1;
    } else {
        value.period = None;
    }
    Some((value, end))
}

/// A range of years at `at` written with a dash or slash: `1850-1900`, `2010-11`,
/// `1998/99`, read as years where a date's context comes before it (`in 2010-11`, `the
/// 1850-1900 average`) and no count after it (not `1500-2000 people`); the two years and
/// where the range ends.
fn year_range_at(lexemes: &[Lexeme<'_>], at: usize) -> Option<(i32, i32, usize)> {
    let first = year_number(lexemes.get(at))?;
    let joiner = lexemes.get(at + 1)?;
    if !(joiner.text == "-" || (joiner.text == "/" && !joiner.spaced)) {
        return None;
    }
    let end = lexemes.get(at + 2).filter(|l| l.kind == Kind::Number)?;
    let second = if end.text.len() == 4 {
        year_number(Some(end)).filter(|&y| y > first && y - first <= 200)?
    } else if end.text.len() == 2 {
        // "2010-11", "1999/00": the years of the same or the next century.
        let short: i32 = end.text.parse().ok()?;
        let century = first - first % 100;
        if short == (first % 100 + 1) % 100 && short == 0 {
            century + 100
        } else if short > first % 100 {
            century + short
        } else {
            return None;
        }
    } else {
        return None;
    };
    let before = at.checked_sub(1).map(|i| &lexemes[i]);
    let in_context = before.is_some_and(|l| {
        DATE_CONTEXT.iter().any(|w| l.is(w))
            || [
                "the", "a", "its", "their", "his", "her", "this", "that", "for",
            ]
            .iter()
            .any(|w| l.is(w))
    });
    (in_context && !counted_after(lexemes, at + 3)).then_some((first, second, at + 3))
}

/// Whether `word` (lower case) reads as a plural noun: `troops`, `cases`; not `class`,
/// `virus`, `crisis`.
fn plural_noun(word: &str) -> bool {
    (word.len() > 3
        && word.ends_with('s')
        && !word.ends_with("ss")
        && !word.ends_with("us")
        && !word.ends_with("is"))
        || PLURALS_WITHOUT_S.contains(&word)
}

/// Whether the word at `at` makes the number before it a count: a unit or a plural noun
/// (`2000 people`, `2000 troops`, `2000 km`).
fn counted_after(lexemes: &[Lexeme<'_>], at: usize) -> bool {
    lexemes.get(at).is_some_and(|next| {
        let word = lower(next.text);
        next.kind == Kind::Word
            && !next.is_capitalised()
            && (plural_noun(&word) || super::units::lookup(&word).is_some())
            && !YEAR_NOUNS.contains(&word.as_ref())
    })
}

/// A day of the month after a date ending at `end`, joined by `and`, `to`, `through` or a
/// dash (`… and 5`, `…-23`), with no unit or month after it; the day and where it ends.
fn elided_day(lexemes: &[Lexeme<'_>], end: usize) -> Option<(u8, usize)> {
    let joiner = lexemes.get(end)?;
    if !(joiner.is("and") || joiner.is("to") || joiner.is("through") || joiner.text == "-") {
        return None;
    }
    let number = lexemes.get(end + 1).filter(|l| l.kind == Kind::Number)?;
    let day: u8 = number.text.parse().ok().filter(|d| (1..=31).contains(d))?;
    let after = lexemes.get(end + 2);
    // A noun after the number makes it a count ("March 3 and 5 people").
    let free = after.is_none_or(|l| {
        l.kind != Kind::Word
            || [
                "in", "at", "on", "and", "when", "before", "after", "as", "while", "this", "last",
            ]
            .iter()
            .any(|w| l.is(w))
    });
    free.then_some((day, end + 2))
}

/// The parts of a year or month written before it: `mid-2026`, `early March`, `late-June`.
const PARTS: [&str; 3] = ["mid", "early", "late"];

/// The word joined by a dash, with no space either side, to the date starting at `at`
/// (`mid` of `mid-2026`).
fn glued_before<'a, 't>(lexemes: &'a [Lexeme<'t>], at: usize) -> Option<&'a Lexeme<'t>> {
    let word = lexemes.get(at.checked_sub(2)?)?;
    let dash = &lexemes[at - 1];
    (dash.text == "-" && !dash.spaced && !lexemes[at].spaced).then_some(word)
}

/// The part of a period written before a date starting at `at` (`mid-2026`, `early 2025`,
/// `late 2024`, `fiscal 2024`, `FY2024`, `the year to March`): noted in `value`; where the
/// date then starts.
fn period_before(lexemes: &[Lexeme<'_>], at: usize, value: &mut DateValue) -> usize {
    let word = |i: usize| at.checked_sub(i).map(|i| &lexemes[i]);
    let year_only = value.year.is_some() && value.month.is_none() && value.day.is_none();
    if year_only {
        // "mid-2026", "early 2025", "fiscal 2024".
        let Some((part, start)) = glued_before(lexemes, at)
            .map(|part| (part, at - 2))
            .or_else(|| word(1).map(|part| (part, at - 1)))
        else {
            return at;
        };
        // "autumn 2026", "summer of 2023".
        let (part, start) = if part.is("of")
            && let Some(season) = word(2).filter(|w| is_season(w))
        {
            (season, at - 2)
        } else {
            (part, start)
        };
        if PARTS.iter().any(|name| part.is(name)) || part.is("fiscal") || is_season(part) {
            value.period = Some(lower(part.text).into_owned());
            return start;
        }
        // "FY2024": glued.
        if part.is("FY") && !lexemes[at].spaced {
            value.period = Some("fiscal".into());
            return at - 1;
        }
        return at;
    }
    // "mid-July", "early-March", "late June": a part of a month.
    if value.month.is_some() && value.day.is_none() && value.year.is_none() {
        let part = glued_before(lexemes, at)
            .map(|part| (part, at - 2))
            .or_else(|| {
                word(1)
                    .filter(|part| part.is("early") || part.is("late"))
                    .map(|part| (part, at - 1))
            });
        if let Some((part, start)) = part
            && let Some(name) = PARTS.into_iter().find(|n| part.is(n))
        {
            value.period = Some(name.to_string());
            return start;
        }
    }
    // "the year to March", "the 12 months to June".
    if value.month.is_some()
        && value.day.is_none()
        && word(1).is_some_and(|l| l.is("to"))
        && word(2).is_some_and(|l| l.is("year") || l.is("months"))
    {
        value.period = Some("year to".into());
        let mut start = at - 2;
        while start > 0 && (lexemes[start - 1].is("the") || lexemes[start - 1].kind == Kind::Number)
        {
            start -= 1;
        }
        return start;
    }
    at
}

/// Time zones written after a time of day.
const ZONES: &[&str] = &[
    "GMT", "UTC", "BST", "CET", "CEST", "EET", "EEST", "ET", "EDT", "EST", "CT", "CDT", "CST",
    "MT", "MDT", "MST", "PT", "PDT", "PST", "AKST", "HST", "AEST", "AEDT", "ACST", "AWST", "IST",
    "JST", "KST", "MSK", "SAST", "WAT", "EAT", "CAT",
];

/// A time of day at `at`: `10:30`, `10:30 a.m. ET`, `2 p.m. EDT`, `3pm`, `1430 GMT`,
/// `19:00 GMT`, `noon`, `midnight`; and where it ends. A clock-notation duration (`2:04:11`,
/// `1:58.20`) is not one.
fn time_at(lexemes: &[Lexeme<'_>], at: usize) -> Option<(DateValue, usize)> {
    let first = &lexemes[at];
    if first.kind == Kind::Word {
        let minutes = if first.is("noon") || first.is("midday") {
            12 * 60
        } else if first.is("midnight") {
            0
        } else {
            return None;
        };
        return Some((
            DateValue {
                time: Some(minutes),
                ..DateValue::default()
            },
            at + 1,
        ));
    }
    // The minutes of "2:04:11" start no time of their own.
    if first.kind != Kind::Number
        || (!first.spaced && at > 0 && matches!(lexemes[at - 1].text, ":" | "." | "-"))
    {
        return None;
    }
    let glued = |i: usize| lexemes.get(i).filter(|l| !l.spaced);
    let (mut hours, mut minutes, mut end, written) = if let Some(colon) = glued(at + 1)
        && colon.text == ":"
    {
        let minutes = glued(at + 2).filter(|l| {
            l.kind == Kind::Number
                && l.text.len() == 2
                && l.text.bytes().all(|b| b.is_ascii_digit())
        })?;
        // "2:04:11" is a race time.
        if glued(at + 3).is_some_and(|l| l.text == ":") {
            return None;
        }
        let hours: u16 = first.text.parse().ok().filter(|h| *h < 24)?;
        (hours, minutes.text.parse::<u16>().ok()?, at + 3, true)
    } else if first.text.len() == 4 && first.text.bytes().all(|b| b.is_ascii_digit()) {
        // "1430 GMT", "1430 hours": military notation needs its zone or "hours".
        let next = lexemes.get(at + 1)?;
        let zoned = ZONES.contains(&next.text) || next.is("hours") || next.is("hrs");
        let value: u16 = first.text.parse().ok()?;
        if !zoned || value % 100 >= 60 || value / 100 >= 24 {
            return None;
        }
        let end = if next.is("hours") || next.is("hrs") {
            at + 2
        } else {
            at + 1
        };
        (value / 100, value % 100, end, false)
    } else {
        let (digits, suffix) = first
            .text
            .find(|c: char| !c.is_ascii_digit())
            .map_or((first.text, ""), |i| first.text.split_at(i));
        let hours: u16 = digits.parse().ok().filter(|h| (1..=12).contains(h))?;
        // "9.45pm": British times put a full stop between hours and minutes (with am/pm).
        let dotted = suffix
            .strip_prefix('.')
            // Bytes, not a slice of the text: `rest` may open with a letter of several bytes.
            .filter(|rest| {
                rest.len() == 4 && rest.as_bytes()[..2].iter().all(|b| b.is_ascii_digit())
            })
            .filter(|rest| matches!(rest[2..].to_ascii_lowercase().as_str(), "am" | "pm"));
        if let Some(rest) = dotted {
            (hours, rest[..2].parse().ok()?, at + 1, true)
        } else if lexemes.get(at + 1).is_some_and(|l| l.is("o'clock")) && suffix.is_empty() {
            // "at 8 o'clock".
            (hours, 0, at + 2, true)
        } else {
            if !suffix.is_empty() && !matches!(suffix.to_ascii_lowercase().as_str(), "am" | "pm") {
                return None;
            }
            (hours, 0, at + 1, false)
        }
    };
    // "a.m.", "p.m.", "am", "pm".
    let meridiem = meridiem_at(lexemes, end).or_else(|| {
        let suffix = first
            .text
            .trim_start_matches(|c: char| c.is_ascii_digit() || c == '.');
        match suffix.to_ascii_lowercase().as_str() {
            "am" => Some((false, end)),
            "pm" => Some((true, end)),
            _ => None,
        }
    });
    match meridiem {
        Some((pm, next)) => {
            if hours > 12 || hours == 0 {
                return None;
            }
            hours = match (pm, hours) {
                (true, 12) => 12,
                (true, h) => h + 12,
                (false, 12) => 0,
                (false, h) => h,
            };
            end = next;
        }
        // A bare "3" is no time; "10:30" and "1430 GMT" are.
        None if !written
            && !ZONES.contains(&lexemes.get(end).map_or("", |l| l.text))
            && end == at + 1
            && lexemes[at].text.len() != 4 =>
        {
            return None;
        }
        None => {}
    }
    if minutes >= 60 {
        return None;
    }
    let zone = lexemes
        .get(end)
        .filter(|l| ZONES.contains(&l.text))
        .map(|l| l.text.to_string());
    if zone.is_some() {
        end += 1;
    }
    minutes += hours * 60;
    Some((
        DateValue {
            time: Some(minutes),
            zone,
            ..DateValue::default()
        },
        end,
    ))
}

/// `a.m.`, `p.m.`, `am`, `pm` at `at`: whether after noon, and where it ends.
fn meridiem_at(lexemes: &[Lexeme<'_>], at: usize) -> Option<(bool, usize)> {
    let word = lexemes.get(at)?;
    if word.is("am") || word.is("pm") {
        return Some((word.is("pm"), at + 1));
    }
    let parts = lexemes.get(at..at + 3)?;
    let letter = parts[0].text.to_ascii_lowercase();
    if (letter == "a" || letter == "p")
        && parts[1].text == "."
        && !parts[1].spaced
        && parts[2].is("m")
        && !parts[2].spaced
    {
        let end = if lexemes
            .get(at + 3)
            .is_some_and(|l| l.text == "." && !l.spaced)
        {
            at + 4
        } else {
            at + 3
        };
        return Some((letter == "p", end));
    }
    None
}

fn date_at(lexemes: &[Lexeme<'_>], at: usize) -> Option<(DateValue, usize)> {
    use crate::text::lexer::class::{CALENDAR, RELATIVE_DATE_START};
    let lexeme = lexemes[at];
    // Most lexemes start no date: symbols, and words the lexer did not mark as a relative
    // date's start or a month or weekday name. Rejected at a glance.
    if lexeme.kind == Kind::Symbol
        || (lexeme.kind == Kind::Word && lexeme.class & (CALENDAR | RELATIVE_DATE_START) == 0)
    {
        return None;
    }
    let in_context = at
        .checked_sub(1)
        .is_some_and(|i| DATE_CONTEXT.iter().any(|w| lexemes[i].is(w)))
        // "mid-2026", "early-March": a part of the year or month, hyphenated.
        || glued_before(lexemes, at).is_some_and(|part| PARTS.iter().any(|w| part.is(w)));
    match lexeme.kind {
        Kind::Word => word_date_at(lexemes, at, in_context),
        Kind::Number => number_date_at(lexemes, at, in_context),
        Kind::Symbol => None,
    }
}

/// A date starting with a word: a relative date (`last week`), a weekday with or without a
/// date after it, a month with a day, or a lone month in context (`in February`).
fn word_date_at(lexemes: &[Lexeme<'_>], at: usize, in_context: bool) -> Option<(DateValue, usize)> {
    let lexeme = lexemes[at];
    if let Some((relative, end)) = relative_at(lexemes, at) {
        return Some((
            DateValue {
                relative: Some(relative),
                ..DateValue::default()
            },
            end,
        ));
    }
    // "last Tuesday", "next Friday", "this Monday", "last August": a weekday or month the
    // word places.
    if ["last", "next", "this"].iter().any(|w| lexeme.is(w))
        && let Some(after) = lexemes.get(at + 1)
        && after.is_capitalised()
        && (after.text.len() > 4
            || after.text == "May"
            || after.text == "June"
            || after.text == "July")
    {
        let relative = Some(lower(lexeme.text).into_owned());
        if let Some(day) = weekday(after.text) {
            return Some((
                DateValue {
                    weekday: Some(day),
                    relative,
                    ..DateValue::default()
                },
                at + 2,
            ));
        }
        if let Some(month) = month(after.text).filter(|_| !after.text.ends_with("'s")) {
            return Some((
                DateValue {
                    month: Some(month),
                    relative,
                    ..DateValue::default()
                },
                at + 2,
            ));
        }
    }
    // Only relative dates are written in lower case.
    if !lexeme.is_capitalised() {
        return None;
    }
    if let Some(day) = weekday(lexeme.text) {
        return weekday_date_at(lexemes, at, day);
    }
    if let Some(found) = month_first(lexemes, at) {
        return Some(found);
    }
    // A lone month in context: "in February", "since last March".
    // "May" is also a name and a verb: after "to" or "and" only where a period or another
    // month comes first ("the year to May", "between April and May"; not "spoke to May").
    let may = lexeme.text == "May"
        && at.checked_sub(1).is_some_and(|before| {
            let joined = lexemes[before].is("to") || lexemes[before].is("and");
            !joined
                || before.checked_sub(1).is_some_and(|b| {
                    ["year", "month", "quarter", "week"]
                        .iter()
                        .any(|w| lexemes[b].is(w))
                        || month(lexemes[b].text).is_some()
                })
        });
    // "June's figure": a month's possessive names the month.
    let stem = lexeme.text.strip_suffix("'s");
    let possessive = stem.is_some_and(|stem| stem.len() > 3);
    let month = month(lexeme.text).filter(|_| {
        (in_context || possessive || attributive_month(lexemes, at))
            && (stem.unwrap_or(lexeme.text).len() > 3
                || may
                || lexemes.get(at + 1).is_some_and(|l| l.text == "."))
    })?;
    // "Feb." takes its dot; "June." ends a sentence.
    let end = if is_abbreviated_month(lexeme.text)
        && lexemes
            .get(at + 1)
            .is_some_and(|l| l.text == "." && !l.spaced)
    {
        at + 2
    } else {
        at + 1
    };
    Some((
        DateValue {
            month: Some(month),
            ..DateValue::default()
        },
        end,
    ))
}

/// A weekday (`Thursday`, `Thu.`), with the date after it if one follows (`Thursday, Feb.
/// 10`). A capitalised abbreviation like "Thu" is a weekday only with its dot or a date
/// after it.
fn weekday_date_at(lexemes: &[Lexeme<'_>], at: usize, day: u8) -> Option<(DateValue, usize)> {
    let lexeme = lexemes[at];
    // "a lump found on a Friday", "every Friday", "on Saturday mornings": any such day, not
    // a date.
    let generic = at.checked_sub(1).is_some_and(|i| {
        ["a", "an", "any", "every", "each"]
            .iter()
            .any(|w| lexemes[i].is(w))
    }) || lexemes.get(at + 1).is_some_and(|next| {
        ["mornings", "afternoons", "evenings", "nights"]
            .iter()
            .any(|w| next.is(w))
    });
    if generic {
        return None;
    }
    let full = lexeme.text.len() > 4 || lexemes.get(at + 1).is_some_and(|l| l.text == ".");
    let mut end = at + 1;
    if lexemes.get(end).is_some_and(|l| l.text == ".") && lexeme.text.len() <= 4 {
        end += 1;
    }
    let mut after = end;
    if lexemes.get(after).is_some_and(|l| l.text == ",") {
        after += 1;
    }
    if let Some((mut value, next)) =
        month_first(lexemes, after).or_else(|| day_first(lexemes, after))
    {
        value.weekday = Some(day);
        return Some((value, next));
    }
    full.then_some((
        DateValue {
            weekday: Some(day),
            ..DateValue::default()
        },
        end,
    ))
}

/// A date starting with a number: ISO (`2022-02-20`), slashed (`2/20/2022`), day first (`20
/// February`), or a year in context (`since 2014`, `a 2021 Gallup poll`).
fn number_date_at(
    lexemes: &[Lexeme<'_>],
    at: usize,
    in_context: bool,
) -> Option<(DateValue, usize)> {
    if let Some(found) = iso_at(lexemes, at)
        .or_else(|| slashed_at(lexemes, at))
        .or_else(|| day_first(lexemes, at))
    {
        return Some(found);
    }
    let lexeme = lexemes[at];
    let plain = lexeme.text.len() == 4 && lexeme.text.bytes().all(|b| b.is_ascii_digit());
    if !plain {
        return None;
    }
    let in_context = in_context && !counted_in_context(lexemes, at);
    if !(in_context
        || attributive_year(lexemes, at)
        || year_of_its_clause(lexemes, at)
        || year_for(lexemes, at))
    {
        return None;
    }
    let year: i32 = lexeme.text.parse().ok()?;
    (1000..=2100).contains(&year).then_some((
        DateValue {
            year: Some(year),
            ..DateValue::default()
        },
        at + 1,
    ))
}

/// Words of a date's context before a number that a count may follow as well: `to 2000
/// people`, `between 1500 and 2000 people`, `from 1500 to 2000` after a verb of change.
const SHARED_WITH_COUNTS: &[&str] = &["to", "between", "and", "from", "of", "through", "by"];

/// Whether a year-like number at `at`, after a word of a date's context, is a count: a
/// plural noun or unit after it or after the other end of its range (`aid to 2000 people`,
/// `between 1500 and 2000 people`). (A level a verb of change leads to, `rose from 1500 to
/// 2000`, is a count too: the quantities' reader, which knows verbs of change, takes it from
/// the dates; see `recognise::mentions`.)
fn counted_in_context(lexemes: &[Lexeme<'_>], at: usize) -> bool {
    let Some(before) = at.checked_sub(1).map(|i| &lexemes[i]) else {
        return false;
    };
    if !SHARED_WITH_COUNTS.iter().any(|w| before.is(w)) {
        return false;
    }
    // "By 2030 emissions must halve": a sentence's opening "By" keeps its year.
    if before.is("by") && at == 1 {
        return false;
    }
    // "in 2023 and 2024 fades": a year joined to a year is one too (a verb in -s is no
    // count's noun), except at the end of a range of counts ("between 1500 and 2000 people").
    let joined_to_a_year = ["and", "to", "through"].iter().any(|w| before.is(w))
        && at >= 2
        && year_like(&lexemes[at - 2])
        && !(at >= 3 && (lexemes[at - 3].is("between") || lexemes[at - 3].is("from")));
    if joined_to_a_year {
        return false;
    }
    let range_end = (before.is("between") || before.is("from") || before.is("and"))
        && lexemes
            .get(at + 1)
            .is_some_and(|l| l.is("and") || l.is("to") || l.text == "-")
        && lexemes.get(at + 2).is_some_and(|l| l.kind == Kind::Number);
    counted_after(lexemes, at + 1) || (range_end && counted_after(lexemes, at + 3))
}

/// Whether a year-like number at `at` is a count: a count's noun after it where a date's
/// context before it is also a count's (`aid to 2000 people`), or a plural verb after it
/// (`2000 were killed`).
pub(crate) fn year_counts(lexemes: &[Lexeme<'_>], at: usize) -> bool {
    counted_in_context(lexemes, at)
        || lexemes
            .get(at + 1)
            .is_some_and(|next| ["were", "are", "have"].iter().any(|w| next.is(w)))
}

/// Verbs after a year that make it the subject of its clause: `2024 was the hottest year`,
/// `Copernicus said 2025 was likely to be cooler` (a count takes a plural verb: `2000 were
/// killed`).
const SINGULAR_VERBS: &[&str] = &[
    "was", "is", "has", "saw", "marked", "marks", "became", "proved", "began", "ended", "brought",
    "remains", "remained", "looks", "promises",
];

/// A year-like number as the subject of its clause: `2024 was`, `2025 is`.
fn year_of_its_clause(lexemes: &[Lexeme<'_>], at: usize) -> bool {
    year_like(&lexemes[at])
        && lexemes
            .get(at + 1)
            .is_some_and(|next| SINGULAR_VERBS.iter().any(|w| next.is(w)))
        && !at
            .checked_sub(1)
            .is_some_and(|i| lexemes[i].kind == Kind::Number || lexemes[i].text == "$")
}

/// Words after `for` and a year-like number that leave no noun for it to count: `UK
/// ridership for 2024 at 9m`, `forecasts for 2025.`
const AFTER_A_YEAR: &[&str] = &[
    "at", "in", "on", "and", "or", "to", "from", "was", "is", "were", "are", "will", "would", "as",
    "against", "when", "after", "before", "than", "by", "of", "with", "but",
];

/// A year-like number after `for` with no noun after it to count: `for 2024 at 9m`.
fn year_for(lexemes: &[Lexeme<'_>], at: usize) -> bool {
    year_like(&lexemes[at])
        && at.checked_sub(1).is_some_and(|i| lexemes[i].is("for"))
        && lexemes.get(at + 1).is_none_or(|next| {
            next.kind == Kind::Symbol && next.text != "%" || AFTER_A_YEAR.iter().any(|w| next.is(w))
        })
}

/// A year of news as written, `1998`, `2024`: four digits, 19xx or 20xx.
pub(crate) fn is_news_year(text: &str) -> bool {
    text.len() == 4
        && (text.starts_with("19") || text.starts_with("20"))
        && text.bytes().all(|b| b.is_ascii_digit())
}

/// A number that could be a year of news: 1900–2100, four digits, no separator.
fn year_like(lexeme: &Lexeme<'_>) -> bool {
    lexeme.text.len() == 4
        && lexeme
            .text
            .parse::<u32>()
            .is_ok_and(|year| (1900..=2100).contains(&year))
}

/// Month and weekday names in every spelling: the lexer marks them
/// [`crate::text::lexer::class::CALENDAR`].
pub(crate) fn calendar_words() -> impl Iterator<Item = &'static str> {
    MONTHS
        .iter()
        .map(|(name, _)| *name)
        .chain(WEEKDAYS.iter().map(|(name, _)| *name))
}

/// The first words of relative dates: the lexer marks them
/// [`crate::text::lexer::class::RELATIVE_DATE_START`].
pub(crate) fn relative_starts() -> impl Iterator<Item = &'static str> {
    RELATIVE
        .iter()
        .filter_map(|(phrase, ())| phrase.split(' ').next())
        .chain(["noon", "midday", "midnight"])
}

fn relative_at(lexemes: &[Lexeme<'_>], at: usize) -> Option<(String, usize)> {
    static TABLE: LazyLock<Phrases<()>> = LazyLock::new(|| Phrases::new(RELATIVE));
    TABLE
        .at(lexemes, at)
        .next()
        .map(|(phrase, (), next)| (phrase.trim_end_matches("'s").to_string(), next))
}

/// The day number at `at` (`20`, `20th`), 1–31.
fn day_number(lexeme: &Lexeme<'_>) -> Option<u8> {
    if lexeme.kind != Kind::Number {
        return None;
    }
    let digits: String = lexeme
        .text
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    let suffix = &lexeme.text[digits.len()..];
    if !matches!(
        suffix.to_lowercase().as_str(),
        "" | "st" | "nd" | "rd" | "th"
    ) || digits.len() > 2
    {
        return None;
    }
    let day: u8 = digits.parse().ok()?;
    (1..=31).contains(&day).then_some(day)
}

/// A four-digit year lexeme.
fn year_number(lexeme: Option<&Lexeme<'_>>) -> Option<i32> {
    let lexeme = lexeme?;
    if lexeme.kind != Kind::Number
        || lexeme.text.len() != 4
        || !lexeme.text.bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let year: i32 = lexeme.text.parse().ok()?;
    (1000..=2100).contains(&year).then_some(year)
}

/// Whether a month name is written short (`Feb`, `Sept`): the full names `May`, `June` and
/// `July` are short too, but are not abbreviations.
fn is_abbreviated_month(name: &str) -> bool {
    name.len() <= 4
        && !["may", "june", "july"]
            .iter()
            .any(|m| m.eq_ignore_ascii_case(name))
}

/// `Feb. 20`, `February 20, 2022`, `February 2022`.
fn month_first(lexemes: &[Lexeme<'_>], at: usize) -> Option<(DateValue, usize)> {
    let word = lexemes.get(at)?;
    if word.kind != Kind::Word || !word.is_capitalised() {
        return None;
    }
    let month = month(word.text)?;
    let mut next = at + 1;
    let abbreviated = is_abbreviated_month(word.text);
    if lexemes
        .get(next)
        .is_some_and(|l| l.text == "." && !l.spaced)
    {
        next += 1;
    } else if abbreviated && word.text.len() < 4 {
        // "Feb 20" without the dot is fine; "Mar" alone is too short to trust as "March".
    }
    let mut value = DateValue {
        month: Some(month),
        ..DateValue::default()
    };
    if let Some(day) = lexemes.get(next).and_then(day_number) {
        value.day = Some(day);
        next += 1;
        let mut after = next;
        if lexemes.get(after).is_some_and(|l| l.text == ",") {
            after += 1;
        }
        if let Some(year) = year_number(lexemes.get(after)) {
            value.year = Some(year);
            next = after + 1;
        }
        return Some((value, next));
    }
    let mut after = next;
    if lexemes.get(after).is_some_and(|l| l.text == ",") {
        after += 1;
    }
    if let Some(year) = year_number(lexemes.get(after)) {
        value.year = Some(year);
        return Some((value, after + 1));
    }
    None
}

/// `20 February 2022`, `20th of February`.
fn day_first(lexemes: &[Lexeme<'_>], at: usize) -> Option<(DateValue, usize)> {
    let day = day_number(lexemes.get(at)?)?;
    let mut next = at + 1;
    if lexemes.get(next).is_some_and(|l| l.is("of")) {
        next += 1;
    }
    let word = lexemes.get(next)?;
    if !word.is_capitalised() {
        return None;
    }
    let month = month(word.text)?;
    next += 1;
    if lexemes
        .get(next)
        .is_some_and(|l| l.text == "." && !l.spaced)
    {
        next += 1;
    }
    let mut value = DateValue {
        month: Some(month),
        day: Some(day),
        ..DateValue::default()
    };
    let mut after = next;
    if lexemes.get(after).is_some_and(|l| l.text == ",") {
        after += 1;
    }
    if let Some(year) = year_number(lexemes.get(after)) {
        value.year = Some(year);
        next = after + 1;
    }
    Some((value, next))
}

/// A month written as a number, 1 to 12.
fn month_number(text: &str) -> Option<u8> {
    text.parse().ok().filter(|m| (1..=12).contains(m))
}

/// `1987-10`, the whole of `lexemes`: a year and month as a claim may write them (in an
/// article, `2010-11` is a season).
pub(super) fn year_month(lexemes: &[Lexeme<'_>]) -> Option<(DateValue, Span)> {
    let [year, dash, month] = lexemes else {
        return None;
    };
    if dash.text != "-" || dash.spaced || month.spaced || month.text.len() != 2 {
        return None;
    }
    Some((
        DateValue {
            year: Some(year_number(Some(year))?),
            month: Some(month_number(month.text)?),
            ..DateValue::default()
        },
        Span::new(year.span.start, month.span.end),
    ))
}

/// `2022-02-20`.
fn iso_at(lexemes: &[Lexeme<'_>], at: usize) -> Option<(DateValue, usize)> {
    let year = year_number(lexemes.get(at))?;
    let parts = lexemes.get(at + 1..at + 5)?;
    if parts[0].text != "-" || parts[2].text != "-" || parts.iter().any(|l| l.spaced) {
        return None;
    }
    let month = month_number(parts[1].text)?;
    let day = day_number(&parts[3])?;
    Some((
        DateValue {
            year: Some(year),
            month: Some(month),
            day: Some(day),
            ..DateValue::default()
        },
        at + 5,
    ))
}

/// `2/20/2022` (month first, as US news writes it). Without a year, `3/4` is a fraction.
fn slashed_at(lexemes: &[Lexeme<'_>], at: usize) -> Option<(DateValue, usize)> {
    let parts = lexemes.get(at..at + 5)?;
    if parts[1].text != "/" || parts[3].text != "/" || parts[1..].iter().any(|l| l.spaced) {
        return None;
    }
    let month = month_number(parts[0].text)?;
    let day = day_number(&parts[2])?;
    let year: i32 = parts[4]
        .text
        .parse()
        .ok()
        .filter(|_| matches!(parts[4].text.len(), 2 | 4))?;
    Some((
        DateValue {
            year: Some(if year < 100 { 2000 + year } else { year }),
            month: Some(month),
            day: Some(day),
            ..DateValue::default()
        },
        at + 5,
    ))
}

/// What the clause a date stands in says of time: `Some(true)` to come ("will meet on Tuesday",
/// "plan to ask a court on Saturday"), `Some(false)` past ("set to close after councillors
/// backed the plans on Thursday"), `None` where it says neither. The clause is the words
/// before the date (`date`, a byte range of `sentence`) back to a comma or a joining word,
/// nearest first; for a date that opens its clause ("On Tuesday, the council will vote"),
/// the words after.
pub(crate) fn clause_tense(sentence: &str, date: std::ops::Range<usize>) -> Option<bool> {
    const FUTURE: &[&str] = &["will", "shall", "scheduled", "upcoming", "until", "next"];
    // Words that speak of the future before `to` ("plans to", "is set to", "due to").
    const BEFORE_TO: &[&str] = &[
        "due", "expected", "plan", "plans", "planned", "planning", "set", "going", "intends",
        "intend", "aims", "aim", "hopes", "hope", "poised", "likely",
    ];
    // Verbs whose past tense does not end in -ed.
    const PAST: &[&str] = &[
        "was", "were", "had", "did", "met", "said", "told", "won", "lost", "held", "made", "took",
        "began", "came", "went", "saw", "gave", "left", "sent", "hit", "put", "ran", "rose",
        "fell", "struck", "paid", "sold", "bought", "found", "led", "spoke", "wrote", "broke",
        "chose", "drove", "flew", "grew", "knew", "threw", "beat", "sank", "shut", "quit", "cut",
        "stood", "sought", "brought", "caught", "fought", "taught", "thought",
    ];
    const JOINS: &[&str] = &[
        "after", "before", "when", "since", "but", "and", "while", "as", "because", "though",
        "although", "which", "who", "where", "that",
    ];
    let breaks = [',', ';', ':', '(', ')', '\u{2014}'];
    let is = |word: &str, list: &[&str]| list.iter().any(|w| word.eq_ignore_ascii_case(w));
    // What a run of words says of time: `Some(true)` to come, `Some(false)` past.
    let tense = |words: &[&str]| {
        let before_to = words
            .windows(2)
            .any(|pair| is(pair[0], BEFORE_TO) && is(pair[1], &["to", "for"]));
        if before_to || words.iter().any(|w| is(w, FUTURE) || w.ends_with("'ll")) {
            Some(true)
        } else if words.iter().any(|w| {
            is(w, PAST)
                || (w.len() > 4
                    && w.ends_with("ed")
                    && w.starts_with(char::is_lowercase)
                    && !is(w, BEFORE_TO))
        }) {
            Some(false)
        } else {
            None
        }
    };
    // The clauses before the date, nearest first.
    let before = &sentence[..date.start.min(sentence.len())];
    let words: Vec<(Span, &str)> = crate::text::words::words(before).collect();
    let mut end = words.len();
    for at in (0..=words.len()).rev() {
        let boundary = at == 0
            || is(words[at - 1].1, JOINS)
            || before[words[at - 1].0.end..words.get(at).map_or(before.len(), |w| w.0.start)]
                .contains(breaks);
        if boundary {
            let clause: Vec<&str> = words[at..end].iter().map(|(_, w)| *w).collect();
            if let Some(future) = tense(&clause) {
                return Some(future);
            }
            end = if at > 0 && is(words[at - 1].1, JOINS) {
                at - 1
            } else {
                at
            };
        }
    }
    // A date that opens its sentence: the clause after it ("On Tuesday, the council will …").
    let after = &sentence[date.end.min(sentence.len())..];
    let after = after.trim_start_matches([',', ' ']);
    let clause = after.find(breaks).map_or(after, |at| &after[..at]);
    let words: Vec<&str> = crate::text::words::words(clause)
        .take(10)
        .map(|(_, w)| w)
        .collect();
    tense(&words)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recognise::vocabulary::lex;

    fn dates(text: &str) -> Vec<String> {
        find(&lex(text, 0))
            .into_iter()
            .map(|d| d.value.describe())
            .collect()
    }

    #[test]
    fn tense_of_a_dates_clause() {
        let check = |text: &str, date: &str| {
            let at = text.find(date).unwrap();
            clause_tense(text, at..at + date.len()).unwrap_or(false)
        };
        assert!(!check(
            "Schools are set to close after councillors backed the plans on Thursday despite a protest.",
            "Thursday"
        ));
        assert!(check(
            "He is expected to make his debut when Kingsbridge host Northgate on Wednesday.",
            "Wednesday"
        ));
        assert!(check(
            "They plan to ask a court on Saturday to halt the strike.",
            "Saturday"
        ));
        assert!(!check("On Thursday, the council met.", "Thursday"));
        assert!(check("On Tuesday, the council will vote.", "Tuesday"));
        assert!(check("The vote is set for Tuesday.", "Tuesday"));
        assert!(!check("Plans were approved on Tuesday.", "Tuesday"));
    }

    #[test]
    fn month_day_forms() {
        assert_eq!(dates("until Feb. 20 and"), ["--02-20"]);
        assert_eq!(dates("until February 20, 2022."), ["2022-02-20"]);
        assert_eq!(dates("on 20 February 2022"), ["2022-02-20"]);
        assert_eq!(dates("the 20th of February"), ["--02-20"]);
        assert_eq!(dates("on 2022-02-20"), ["2022-02-20"]);
        assert_eq!(dates("on 2/20/2022"), ["2022-02-20"]);
        assert_eq!(dates("in February 2022"), ["2022-02"]);
    }

    #[test]
    fn british_times_o_clock_parts_of_months_seasons_and_compound_relative_dates() {
        assert_eq!(dates("at about 9.45pm on"), ["21:45"]);
        assert_eq!(dates("open at 8 o'clock."), ["08:00"]);
        assert_eq!(dates("resumed in mid-July."), ["mid --07"]);
        assert_eq!(dates("ended in late June."), ["late --06"]);
        assert_eq!(dates("due to begin in autumn 2026."), ["autumn 2026"]);
        assert_eq!(dates("rose last August."), ["last --08"]);
        assert_eq!(dates("closed in February last year."), ["--02 last year"]);
        assert_eq!(
            dates("resigned on Thursday last week."),
            ["Thursday last week"]
        );
        assert_eq!(dates("after yesterday's vote"), ["yesterday"]);
        assert!(dates("rose 9.45% on").is_empty());
    }

    #[test]
    fn weekdays_relative_dates_and_years() {
        assert_eq!(dates("drills with Belarus Thursday, the"), ["Thursday"]);
        assert_eq!(dates("on Thursday, Feb. 10"), ["--02-10 Thursday"]);
        assert_eq!(dates("NATO said last week"), ["last week"]);
        assert_eq!(dates("earlier this month the"), ["earlier this month"]);
        assert_eq!(dates("a war since 2014."), ["2014"]);
        assert_eq!(dates("in February, troops"), ["--02"]);
        assert_eq!(dates("its network by mid-2026."), ["mid 2026"]);
        assert_eq!(dates("according to a 2021 Gallup poll."), ["2021"]);
        assert_eq!(dates("since the 2020 election."), ["2020"]);
        assert!(dates("the 2000 troops").is_empty());
        assert_eq!(dates("the 2010-11 season"), ["2010", "2011"]);
        let year_month = |text: &str| super::year_month(&lex(text, 0)).map(|(d, _)| d.describe());
        assert_eq!(year_month("1987-10").as_deref(), Some("1987-10"));
        assert_eq!(year_month("1987-13"), None);
        assert_eq!(dates("until early-March, when"), ["early --03"]);
        // A spaced dash makes no "mid-2026"; the year before its noun is still a year.
        assert_eq!(dates("a mid - 2026 plan"), ["2026"]);
    }

    #[test]
    fn year_ranges_quarters_shared_years_and_months_as_adjectives() {
        // A range of years, with a date's context before it and no count after it.
        assert_eq!(dates("than the 1850-1900 average"), ["1850", "1900"]);
        assert_eq!(dates("in the 1998/99 season"), ["1998", "1999"]);
        assert_eq!(dates("in 1999/00, when"), ["1999", "2000"]);
        assert!(dates("between 1500-2000 people").is_empty());
        // Quarters, with their year where one follows.
        assert_eq!(dates("profit in the second quarter of 2023"), ["2023-Q2"]);
        assert_eq!(dates("sales fell in Q2, the"), ["Q2"]);
        assert_eq!(dates("in Q4 2024 the"), ["2024-Q4"]);
        assert_eq!(
            dates("the fourth quarter of fiscal 2024"),
            ["fiscal 2024-Q4"]
        );
        assert_eq!(dates("Third-quarter profit fell"), ["Q3"]);
        assert!(dates("a first quarter of the budget").is_empty());
        assert!(dates("three quarters of voters").is_empty());
        // The first month of a range takes the year of the second.
        assert_eq!(
            dates("between May and November 2019."),
            ["2019-05", "2019-11"]
        );
        assert_eq!(
            dates("from December to March 2023."),
            ["2022-12", "2023-03"]
        );
        assert_eq!(dates("in May and, in November 2019"), ["--05", "2019-11"]);
        // A year as the subject of its clause, and after "for" with no noun to count.
        assert_eq!(dates("said that 2024 was 1.6C hotter"), ["2024"]);
        assert_eq!(dates("2025 is likely to"), ["2025"]);
        assert_eq!(dates("UK ridership for 2024 at 9m"), ["2024"]);
        assert!(dates("In all, 2000 were killed").is_empty());
        assert!(dates("tickets for 2000 fans").is_empty());
        // A year-like number in a date's context is still a count with a count's noun
        // after it, or as the level a verb of change leads to.
        assert!(dates("sent aid to 2000 people.").is_empty());
        assert!(dates("Between 1500 and 2000 people died.").is_empty());
        // (The quantities' reader takes a level a verb of change leads to from the dates.)
        let mention_dates = |text: &str| {
            crate::recognise::recognise(text)
                .into_iter()
                .filter(|m| matches!(m.kind, crate::recognise::MentionKind::Date(_)))
                .count()
        };
        assert_eq!(mention_dates("numbers rose from 1500 to 2000."), 0);
        assert_eq!(mention_dates("sales climbed to 2000."), 0);
        assert_eq!(mention_dates("sales fell in 2020."), 1);
        assert_eq!(mention_dates("revenue, up 32 percent from 2023, and"), 1);
        assert_eq!(
            mention_dates("the pattern that boosted temperatures in 2023 and 2024 fades"),
            2
        );
        assert_eq!(dates("By 2030 emissions must"), ["2030"]);
        // A month as an adjective.
        assert_eq!(dates("criticised a February decision to"), ["--02"]);
        assert_eq!(dates("the firm cut its June forecast"), ["--06"]);
        assert!(dates("the March on Washington").is_empty());
        assert!(dates("a May Day rally").is_empty());
    }

    #[test]
    fn any_such_weekday_is_no_date() {
        assert!(dates("a woman who finds a lump on a Friday").is_empty());
        assert!(dates("the market runs every Saturday.").is_empty());
        assert!(dates("open on Saturday mornings.").is_empty());
        assert_eq!(dates("open on Saturday morning."), ["Saturday"]);
    }

    #[test]
    fn a_time_that_far_back_is_a_relative_date() {
        assert_eq!(dates("runner-up seven years ago."), ["7 years ago"]);
        assert_eq!(dates("paying £1,250 a year ago"), ["1 year ago"]);
        assert_eq!(dates("closed 10 days ago."), ["10 days ago"]);
        assert!(dates("10 miles ago").is_empty());
        let published = super::super::calendar::CalendarDay::new(2026, 4, 27).unwrap();
        let resolved = |text: &str| {
            find(&lex(text, 0))[0]
                .value
                .resolve(published, || None)
                .map(|r| r.agrees_with(Some(2019), None, None))
        };
        assert_eq!(resolved("seven years ago"), Some(Some(true)));
        assert_eq!(resolved("six years ago"), Some(Some(false)));
    }

    #[test]
    fn decades_are_dates_and_agree_with_their_years() {
        assert_eq!(dates("in the first half of the 2030s."), ["2030s"]);
        assert_eq!(dates("since the 1990s, when"), ["1990s"]);
        assert!(dates("a woman in her 60s").is_empty());
        let date = |text: &str| crate::recognise::parse_date(text).unwrap().0;
        assert!(date("the 2030s").agrees_with(&date("the 2030s")));
        assert!(date("the 2030s").agrees_with(&date("2034")));
        assert!(!date("the 2030s").agrees_with(&date("2024")));
        assert!(!date("the 2030s").agrees_with(&date("the 2020s")));
        assert!(date("the 2030s").comparable(&date("2024")));
    }

    #[test]
    fn quarters_agree_with_their_months() {
        let date = |text: &str| crate::recognise::parse_date(text).unwrap().0;
        assert!(date("Q2 2024").agrees_with(&date("June 2024")));
        assert!(!date("Q3 2024").agrees_with(&date("June 2024")));
        assert!(date("Q3 2024").comparable(&date("June 2024")));
        assert!(!date("Q3 2024").agrees_with(&date("Q2 2024")));
        assert!(date("the second quarter of 2024").agrees_with(&date("Q2 2024")));
        assert!(date("2024").agrees_with(&date("Q2 2024")));
    }

    #[test]
    fn not_dates() {
        assert!(dates("the may be").is_empty());
        assert!(dates("3/4 cup of flour").is_empty());
        assert!(dates("March on Washington").is_empty());
        assert!(dates("2,014 troops").is_empty());
    }

    #[test]
    fn dates_agree_on_the_parts_both_state() {
        let feb20 = DateValue {
            month: Some(2),
            day: Some(20),
            ..DateValue::default()
        };
        let full = DateValue {
            year: Some(2022),
            month: Some(2),
            day: Some(20),
            ..DateValue::default()
        };
        let feb21 = DateValue {
            month: Some(2),
            day: Some(21),
            ..DateValue::default()
        };
        let thursday = DateValue {
            weekday: Some(4),
            ..DateValue::default()
        };
        assert!(feb20.agrees_with(&full));
        assert!(!feb20.agrees_with(&feb21) && feb20.comparable(&feb21));
        assert!(!thursday.comparable(&feb20));
    }
}
