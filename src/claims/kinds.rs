//! The kinds of claim: what each states, and reading the value of its kind key (`text`,
//! `pattern`, `quote`, `quantity`, `date`) and of a shorthand's value.

use std::collections::HashMap;
use std::sync::{Arc, LazyLock, Mutex, Weak};

use regex::Regex;

use super::Term;
use crate::config::Aliases;
use crate::diagnostic::Diagnostic;
use crate::recognise::{parse_date, parse_quantity};
use crate::source::Span;
use crate::text::{Phrase, normalise};
use crate::tomlread::{Located, Reader};

/// The keys that say what kind of claim it is; at most one per claim.
pub(crate) const KIND_KEYS: &[&str] = &["quantity", "date", "quote", "text", "pattern"];

/// What a claim says must be in the article.
#[derive(Debug, Clone)]
pub enum ClaimKind {
    /// A phrase, case, typography and whitespace folded.
    Text(Phrase),
    /// A regular expression over the normalised text, compiled once for every claim that
    /// writes the same one.
    Pattern(Arc<Regex>),
    /// Words that must stand inside quotation marks.
    Quote(Phrase),
    /// A number with optional qualifier and unit (boxed: it is four times the size of the
    /// other kinds, and a large suite holds a hundred thousand claims).
    Quantity(Box<QuantityClaim>),
    /// A date.
    Date(Box<DateClaim>),
    /// A `says` sentence stating several values (`The Observatory raised its toll to 106,
    /// including 42 children`): each must hold.
    All(Box<[Part]>),
    /// A `says` sentence with no figure or date (`Martinez was convicted of racketeering`):
    /// its words must stand in one sentence, not denied there.
    Statement(Box<StatementClaim>),
}

/// A statement with no value to check.
#[derive(Debug, Clone)]
pub struct StatementClaim {
    /// Its names and content words, each found by stem.
    pub words: Vec<Phrase>,
    /// The same, as the claim writes them.
    pub shown: Vec<String>,
    /// Whether the claim denies (`not`, `never`, `n't`).
    pub negated: bool,
}

/// One value of a sentence stating several.
#[derive(Debug, Clone)]
pub struct Part {
    /// The value as the sentence writes it.
    pub text: String,
    /// What it states: a quantity or a date.
    pub kind: ClaimKind,
    /// The names its own words give it (`children` of `42 children` aside, `Labour` of `212
    /// Labour MPs`), beside the claim's.
    pub context: Vec<Term>,
}

/// A claimed quantity.
#[derive(Debug, Clone)]
pub struct QuantityClaim {
    /// The quantity as the claim wrote it.
    pub text: String,
    /// The number part as written, put into the evidence for diffs.
    pub value_text: String,
    /// What it states.
    pub quantity: crate::recognise::Quantity,
    /// Stems the article's unit may have: the claim unit's head and its aliases.
    pub unit_names: Vec<String>,
    /// Lower-case words describing the unit (`combat` of `combat troops`, `electric` of
    /// `electric scooters`): they need not match; a note says where the article lacks them.
    pub describing: Vec<String>,
    /// What happened to what the figure counts, written after its noun (`killed` of `4
    /// people killed`, `sold` of `2.3m scooters sold`): the article's figure must have it
    /// beside it, in its own clause.
    pub predicate: Vec<String>,
    /// The past-tense verb a sentence claim's figure is the object of (`killed` of `bombs
    /// killed more than 100 people`): where the article's sentence gives it to another figure
    /// of this kind (`killed three people and wounded more than 100`), this one is not the
    /// claim's.
    pub verb: Option<String>,
    /// A date in the setting (`June` of `3.4% in June`): where the article's figure has a
    /// date of its own, it must be this one.
    pub when: Option<crate::recognise::DateValue>,
    /// The level a claimed change reached (`$12.25 billion` of `rose 16% to $12.25
    /// billion`): where the article gives the level its change reached, it must be this one.
    pub level_after: Option<crate::recognise::Quantity>,
    /// The level a claimed level came from (`7.7%` of `raised their share to 9.6% from
    /// 7.7%`): where the article gives the level its figure came from, it must be this one.
    pub level_before: Option<crate::recognise::Quantity>,
    /// The ages a sentence claim gives the names it describes (`Grace Gibbs, 78,`): where the
    /// article gives one of those names another age, the claim is not the article's.
    pub ages: Vec<(String, f64)>,
    /// A sentence claim's own nouns before its value (`net`, `revenue` of `Lime's net
    /// revenue rose 31 percent`): not required, but a figure the sentence describes with
    /// other words, while another of its kind stands beside these, is not the claim's.
    /// Kept as phrases, to be looked for beside each figure.
    pub described_by: Vec<Phrase>,
    /// Figures of a sentence claim's setting (`12 months` of `was postponed for 12 months`,
    /// `6 hours` of `9 inches of rain in 6 hours`): where the article's figure has one of the
    /// same measure beside it, it must be this one.
    pub settings: Vec<crate::recognise::Quantity>,
}

/// A claimed date.
#[derive(Debug, Clone)]
pub struct DateClaim {
    /// The date as the claim wrote it.
    pub text: String,
    /// What it states.
    pub date: crate::recognise::DateValue,
}

impl ClaimKind {
    /// Every kind's key.
    pub const NAMES: [&'static str; 5] = ["text", "pattern", "quote", "quantity", "date"];

    /// Whether deciding the kind reads an article's quantities and dates.
    pub fn reads_mentions(&self) -> bool {
        match self {
            ClaimKind::All(parts) => parts.iter().any(|part| part.kind.reads_mentions()),
            kind => matches!(kind, ClaimKind::Quantity(_) | ClaimKind::Date(_)),
        }
    }

    /// The kind's key, as written in claim files and shown in JSON.
    pub fn name(&self) -> &'static str {
        match self {
            ClaimKind::Text(_) => "text",
            ClaimKind::Pattern(_) => "pattern",
            ClaimKind::Quote(_) => "quote",
            ClaimKind::Quantity(_) => "quantity",
            ClaimKind::Date(_) => "date",
            // (Its first value's kind: a report shows one.)
            ClaimKind::All(parts) => parts.first().map_or("quantity", |part| part.kind.name()),
            // (Words to find, as a `text` claim's are.)
            ClaimKind::Statement(_) => "text",
        }
    }
}

/// The claim kind for `key = value`, with the context terms its value names (`Labour` of
/// `212 Labour MPs`), or `None` after reporting why the value is unreadable. `says` is the
/// claim as stated.
pub(super) fn parse(
    reader: &mut Reader<'_>,
    key: &str,
    value: &Located<String>,
    says: &str,
    aliases: &Aliases,
) -> Option<(ClaimKind, Vec<Term>)> {
    let text = value.value.as_str();
    if key == "quantity" {
        return match quantity(text, says, aliases) {
            Ok((claim, names)) => Some((
                ClaimKind::Quantity(Box::new(claim)),
                names
                    .iter()
                    .map(|name| Term::of_figure(name, aliases))
                    .collect(),
            )),
            Err(reason) => {
                reader.diagnostics.push(
                    Diagnostic::error(format!("unreadable quantity `{text}`"), reader.file, value.span)
                        .label(reason)
                        .help("write a number with an optional qualifier and unit: \"30,000\", \"up to 30,000 troops\", \"212 Labour MPs\", \"$1.87 a share\", \"down €40m\""),
                );
                None
            }
        };
    }
    let kind = match key {
        "text" => {
            let phrase = Phrase::new(text);
            if phrase.is_empty() {
                reader.diagnostics.push(
                    Diagnostic::error("`text` has no words", reader.file, value.span)
                        .label("a text claim needs at least one word or number"),
                );
                return None;
            }
            Some(ClaimKind::Text(phrase))
        }
        // Patterns run over normalised text, so they are normalised too: a curly quote in a
        // pattern matches the article's (folded) one.
        "pattern" => match compiled(&normalise(text).text) {
            Ok(regex) => Some(ClaimKind::Pattern(regex)),
            Err(regex::Error::CompiledTooBig(limit)) => {
                reader.diagnostics.push(
                    Diagnostic::error("`pattern` is too large to compile", reader.file, value.span)
                        .label(format!(
                            "compiled, it would take more than {} MiB",
                            limit / (1024 * 1024)
                        ))
                        .help(
                            "use fewer or smaller repetitions (`{1000}`), or a narrower class: \
                             `\\w` and `.` stand for every letter of every script",
                        ),
                );
                None
            }
            Err(error) => {
                let detail = error.to_string();
                let reason = detail
                    .lines()
                    .rev()
                    .find(|line| line.starts_with("error:"))
                    .map_or(detail.as_str(), |line| line.trim_start_matches("error: "))
                    .to_string();
                reader.diagnostics.push(
                    Diagnostic::error(
                        "invalid regular expression in `pattern`",
                        reader.file,
                        value.span,
                    )
                    .label(reason)
                    .help("the syntax is the `regex` crate's: https://docs.rs/regex/#syntax"),
                );
                None
            }
        },
        "quote" => {
            let phrase = Phrase::new(text.trim_matches(|c: char| c == '"' || c.is_whitespace()));
            if phrase.is_empty() {
                reader.diagnostics.push(
                    Diagnostic::error("`quote` has no words", reader.file, value.span)
                        .label("write the quoted words, without quotation marks"),
                );
                return None;
            }
            Some(ClaimKind::Quote(phrase))
        }
        "date" => match date(text) {
            Ok(claim) => Some(ClaimKind::Date(Box::new(claim))),
            Err(reason) => {
                reader.diagnostics.push(
                    Diagnostic::error(format!("unreadable date `{text}`"), reader.file, value.span)
                        .label(reason)
                        .help("write a date such as \"February 20\", \"Feb. 20\", \"20 February 2022\", \"2022-02-20\", \"Thursday\" or \"last week\""),
                );
                None
            }
        },
        _ => unreachable!("`{key}` is not a value kind key"),
    };
    kind.map(|kind| (kind, Vec::new()))
}

/// A claimed quantity, read as a fact-checker writes it: the number with its qualifier,
/// direction and currency (`more than $1.2bn`, `down €40m`, `a 1.5% increase`), then any noun
/// phrase as its unit (`212 Labour MPs`, `2.3m electric scooters`): the head noun (its last
/// word) must match, capitalised words before it (`Labour`) become required context terms,
/// lower-case ones describe. A rate (`a share`, `an hour`) belongs to the unit. Only a text
/// with no number at all is unreadable. `says` hints whether a bare pair (`1-3`) is a score.
pub(super) fn quantity(
    text: &str,
    says: &str,
    aliases: &Aliases,
) -> Result<(QuantityClaim, Vec<String>), String> {
    // Read the claim as articles are read: typography folded.
    let text = &crate::text::normalise(text).text;
    let found = parse_quantity(text).ok_or("no number here")?;
    let mut quantity = found.quantity;
    score_from_hint(&mut quantity, text, says);
    // A bare "18.6m" with nothing to decide: a claim means millions (a length names its
    // unit: "18.6 metres", "8,848m high").
    if quantity.ambiguous {
        quantity.low *= 1e6;
        quantity.high *= 1e6;
        quantity.unit = None;
        quantity.ambiguous = false;
    }
    // "Price is 58" with `quantity = "58 years"`: years of a life, an age.
    let in_years = quantity
        .unit
        .as_ref()
        .and_then(|u| u.measure)
        .is_some_and(|m| m.name == "year");
    let words = claim_words(says);
    // "Price is 58", "Boy was 16", "aged 58", "58 years old" (not "was jailed for 19 years").
    let of_age = words
        .iter()
        .any(|w| ["aged", "age", "old", "turned", "turns"].contains(&w.as_str()))
        || words.windows(2).any(|pair| {
            ["is", "was"].contains(&pair[0].as_str())
                && pair[1].chars().next().is_some_and(|c| c.is_ascii_digit())
        });
    if in_years && of_age && quantity.change.is_none() && quantity.qualifier.is_none() {
        quantity.age = true;
    }
    // Words the recogniser left after the quantity are the rest of its unit phrase.
    let mut after_words = words_of(&text[found.span.end..]);
    // "31 seats two years ago": a time ago is the figure's date, no part of its noun.
    let mut ago = None;
    if let Some(at) = after_words
        .iter()
        .position(|w| w.eq_ignore_ascii_case("ago"))
        && at >= 2
    {
        let from = at - 2;
        ago = parse_date(&after_words[from..=at].join(" ")).map(|(date, _)| date);
        // "13% higher than a year ago": the time compared with, not the figure's date.
        let compared = from > 0 && after_words[from - 1].eq_ignore_ascii_case("than");
        if compared {
            ago = None;
            after_words.truncate(from - 1);
        } else if ago.is_some() {
            after_words.truncate(from);
        }
    }
    let (after, setting) = setting_of(&after_words);
    // "in the seven days to May 21": the setting's date is read with its figures; the words
    // to find leave them out.
    let setting_date = (!setting.is_empty())
        .then(|| parse_date(&setting.join(" ")))
        .flatten()
        .filter(|(_, span)| span.start == 0)
        .map(|(date, _)| date);
    let setting: Vec<String> = setting
        .into_iter()
        .filter(|w| !w.starts_with(|c: char| c.is_ascii_digit()))
        .collect();
    let (rate, after) = rate_of(&after);
    // "4 people killed": the participle says what happened to them; it is no part of the
    // unit (whose head is `people`).
    let (after, predicate) = predicate_of(&after, quantity.unit.is_some());
    let mut phrase_words: Vec<String> = quantity
        .unit
        .as_ref()
        .filter(|u| u.measure.is_none())
        .map(|u| u.phrase.split_whitespace().map(String::from).collect())
        .unwrap_or_default();
    let measured = quantity.unit.as_ref().is_some_and(|u| u.measure.is_some());
    // "twice the risk of a pulmonary embolism": a multiple's words after it say of what; its
    // unit stays `times`.
    let multiple = quantity.unit.as_ref().is_some_and(|u| u.head == "times");
    // "6.5 million Americans live with Alzheimer's", "300 people work at the plant": after
    // a plural the recogniser read as the noun, a word that is no plural is the verb, and
    // what follows is no part of the noun.
    let counted_plural = quantity
        .unit
        .as_ref()
        .is_some_and(|u| u.measure.is_none() && crate::recognise::quantity::plural_noun(&u.head));
    let verb_follows = after.first().is_some_and(|w| {
        let lower = w.to_lowercase();
        !is_name(w) && !crate::recognise::quantity::plural_noun(&lower)
    });
    let verb_phrase = counted_plural && verb_follows;
    if !(measured || multiple || verb_phrase || quantity.score.is_some()) {
        phrase_words.extend(after.iter().cloned());
    }
    // "3.4% in June": a date in the setting is the figure's own date.
    let when = (!setting.is_empty())
        .then(|| parse_date(&setting.join(" ")))
        .flatten()
        .map(|(date, _)| date)
        // (`May 21`, not `May`, where the figures read with the words say more.)
        .map(|date| match &setting_date {
            Some(fuller) if fuller.agrees_with(&date) => fuller.clone(),
            _ => date,
        })
        .or_else(|| dated_setting(&after_words))
        .or_else(|| relative_period(&after_words))
        .or_else(|| starting_month(&after_words, quantity.change.is_none()))
        .or(ago);
    // "30,000 troops in Belarus": what the figure stands in must be in the window (of a date,
    // "on Saturday evening", the day: the part of it is no word the article must repeat).
    let mut terms: Vec<String> = setting
        .into_iter()
        .filter(|word| {
            when.is_none()
                || !["morning", "afternoon", "evening", "night", "overnight"]
                    .contains(&word.to_lowercase().as_str())
        })
        .collect();
    let mut describing = Vec::new();
    // Words before the number ("aged 76", "Tesla's 449,356"): names among them are context
    // (not a sentence's opening "There", "The", "It").
    // Consecutive capitalised words are one name ("Olaf Scholz").
    let mut run: Vec<String> = Vec::new();
    for (index, word) in words_of(&text[..found.span.start]).into_iter().enumerate() {
        let opening = index == 0
            && [
                "there", "the", "a", "an", "it", "this", "that", "these", "those", "some", "about",
                "around", "nearly", "almost", "more", "over", "up", "down", "at", "in", "on", "by",
                "since", "after", "before", "only", "just", "now", "we", "they", "he", "she", "i",
            ]
            .contains(&word.to_lowercase().as_str());
        if is_name(&word) && !opening {
            run.push(word);
        } else if !run.is_empty() {
            terms.push(run.join(" "));
            run.clear();
        }
    }
    if !run.is_empty() {
        terms.push(run.join(" "));
    }
    if measured || verb_phrase {
        // "8,848m high", "1.8m tall": words after a measure describe it; after a verb
        // ("dropped eight catches off Brook"), its names are the claim's context.
        for word in &after {
            if is_name(word) {
                terms.push(word.clone());
            }
        }
    }
    if let Some((head, modifiers)) = phrase_words.split_last() {
        for word in modifiers {
            if is_name(word) {
                terms.push(word.clone());
            } else {
                describing.push(word.to_lowercase());
            }
        }
        let head = head.to_lowercase();
        match quantity.unit.as_mut() {
            Some(unit) if unit.measure.is_none() => {
                unit.head = head;
                unit.phrase = phrase_words.join(" ");
            }
            None => {
                quantity.unit = Some(crate::recognise::Unit {
                    phrase: phrase_words.join(" "),
                    head,
                    measure: None,
                    per: None,
                });
            }
            Some(_) => {}
        }
    }
    if let (Some(per), Some(unit)) = (rate, quantity.unit.as_mut()) {
        unit.per.get_or_insert(per);
    }
    let unit_names = match &quantity.unit {
        Some(unit) if unit.measure.is_none() => {
            let mut names = vec![crate::text::words::stem(&unit.head).to_string()];
            for spelling in aliases
                .spellings(&unit.head)
                .chain(aliases.spellings(&unit.phrase))
            {
                let key = crate::text::words::key(spelling);
                let stem = crate::text::words::stem(&key).to_string();
                if !names.contains(&stem) {
                    names.push(stem);
                }
            }
            names.shrink_to_fit();
            names
        }
        _ => Vec::new(),
    };
    describing.retain(|w| w.chars().any(char::is_alphanumeric));
    describing.shrink_to_fit();
    Ok((
        QuantityClaim {
            value_text: text[found.value_span.range()].to_string(),
            text: text.trim().to_string(),
            quantity,
            unit_names,
            describing,
            predicate,
            verb: None,
            when,
            level_after: None,
            level_before: None,
            ages: Vec::new(),
            described_by: Vec::new(),
            settings: Vec::new(),
        },
        terms,
    ))
}

/// The words of `text`, punctuation at their ends dropped.
fn words_of(text: &str) -> Vec<String> {
    text.split_whitespace()
        .map(|w| {
            let bare = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'');
            // "U.S.": an abbreviation keeps its last stop.
            let dotted = crate::text::words::lacks_last_stop(bare);
            match w.find(bare) {
                Some(at) if dotted && w[at + bare.len()..].starts_with('.') => {
                    &w[at..=at + bare.len()]
                }
                _ => bare,
            }
        })
        .map(|w| w.strip_suffix("'s").unwrap_or(w))
        .filter(|w| !w.is_empty())
        .map(String::from)
        .collect()
}

/// Prepositions that open a figure's setting after its noun phrase (`in Belarus`, `across
/// the EU`, `since 2019`). `of` is not among them: `cases of measles` is one noun phrase.
pub(super) const SETTING_PREPOSITIONS: &[&str] = &[
    "in",
    "at",
    "on",
    "across",
    "near",
    "from",
    "for",
    "since",
    "during",
    "after",
    "before",
    "by",
    "over",
    "under",
    "within",
    "inside",
    "outside",
    "to",
    "into",
    "along",
    "around",
    "throughout",
    "among",
    "between",
];

/// Words of a setting that say nothing about it (`the` of `in the north`).
const SETTING_FILLER: &[&str] = &["the", "a", "an", "its", "their", "his", "her", "and", "of"];

/// A capital letter naming one of a series (`A` of `Band A`, `B*` of `Grade B*`).
fn designates(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(|c| c.is_ascii_uppercase())
        && chars.all(|c| matches!(c, '*' | '+' | '-'))
}

/// The noun phrase of `words` and the words of the setting after it, figures included
/// (`troops` and `Belarus` of `troops in Belarus`; `seven days` and `May 21` of `seven days
/// to May 21`). A rate (`a share`, `per head`) is not a setting.
fn setting_of(words: &[String]) -> (Vec<String>, Vec<String>) {
    let Some(at) = words
        .iter()
        .position(|w| SETTING_PREPOSITIONS.contains(&w.to_lowercase().as_str()))
    else {
        return (words.to_vec(), Vec::new());
    };
    // "to shareholders in the quarter": the setting's content words, not its prepositions.
    let mut setting: Vec<String> = Vec::new();
    for (index, word) in words.iter().enumerate().skip(at + 1) {
        // "for a Band A home", "Plan B", "Group A": a capital letter after a name is part of
        // it (not the article `a`), and the name is found only whole.
        // So is a number after a word of a series ("in Ward 4", "at Terminal 5"): Ward 5's
        // figure is no Ward 4's.
        let numbered = word.len() <= 4
            && word.starts_with(|c: char| c.is_ascii_digit())
            && word.chars().all(|c| c.is_ascii_alphanumeric())
            && crate::recognise::quantity::designator(&words[index - 1]);
        if (designates(word) || numbered)
            && index > at + 1
            && is_name(&words[index - 1])
            && let Some(name) = setting.last_mut()
            && words[index - 1].ends_with(|c: char| c.is_alphanumeric())
            && name.ends_with(words[index - 1].as_str())
        {
            name.push(' ');
            name.push_str(word);
            continue;
        }
        let lower = word.to_lowercase();
        if !SETTING_FILLER.contains(&lower.as_str())
            && !SETTING_PREPOSITIONS.contains(&lower.as_str())
        {
            setting.push(word.clone());
        }
    }
    (words[..at].to_vec(), setting)
}

/// Prepositions before a figure's own date (`in 2022`, `during 2019`), not a baseline's or
/// a deadline's (`since`, `from`, `by`).
pub(super) const DATED_PREPOSITIONS: &[&str] = &["in", "during", "for", "throughout", "on"];

/// A setting dated in figures or with its article (`in 2022`, `in 2012-13`, `during 2019`,
/// `in the first quarter`): the figure's own date. (Not after `since`, `from` or `by`: a
/// baseline or a deadline.)
fn dated_setting(words: &[String]) -> Option<crate::recognise::DateValue> {
    // Each preposition of a date in turn: "for Bolton in the 1957 final". (A year a level
    // is to be reached by is its date too: "to carry 34 million passengers by 2042" is not
    // the 34 million of 2032.)
    let by_year = |at: usize| {
        words[at].eq_ignore_ascii_case("by")
            && words
                .get(at + 1)
                .is_some_and(|year| year.len() == 4 && year.chars().all(|c| c.is_ascii_digit()))
    };
    words
        .iter()
        .enumerate()
        .filter(|&(at, w)| DATED_PREPOSITIONS.contains(&w.to_lowercase().as_str()) || by_year(at))
        .find_map(|(at, _)| {
            let rest: Vec<&str> = words[at + 1..]
                .iter()
                .map(String::as_str)
                .take_while(|w| !SETTING_PREPOSITIONS.contains(&w.to_lowercase().as_str()))
                .collect();
            // (With its article: "the first quarter" is a date, "first quarter" not.)
            let (date, span) = parse_date(&rest.join(" "))?;
            (span.start == 0 || rest.first().is_some_and(|w| w.eq_ignore_ascii_case("the")))
                .then_some(date)
        })
}

/// A level's start given by `from` and a month right after it (`to £1,818 from July`): its
/// date. (After a change, `from` names its baseline: `up 5% from May`.)
fn starting_month(words: &[String], level: bool) -> Option<crate::recognise::DateValue> {
    let [from, month, ..] = words else {
        return None;
    };
    if !level
        || !from.eq_ignore_ascii_case("from")
        || !crate::recognise::dates::is_day_or_month_name(month)
    {
        return None;
    }
    parse_date(month)
        .filter(|(_, span)| span.start == 0)
        .map(|(date, _)| date)
}

/// A period named relative to the news right after the figure (`4.5% next year`, `2% this
/// quarter`, `last month`): the figure's date.
fn relative_period(words: &[String]) -> Option<crate::recognise::DateValue> {
    let [first, second, ..] = words else {
        return None;
    };
    let relative = ["next", "last", "this"].contains(&first.to_lowercase().as_str())
        && ["year", "quarter", "month", "week"].contains(&second.to_lowercase().as_str());
    relative
        .then(|| parse_date(&format!("{first} {second}")))
        .flatten()
        .filter(|(_, span)| span.start == 0)
        .map(|(date, _)| date)
}

/// A claim's words, lower-cased, without the marks around them (`"Price`, `58,` → `price`,
/// `58`): what the readers of a claim's wording compare.
pub(crate) fn claim_words(says: &str) -> Vec<String> {
    says.split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect()
}

/// Participles that do not end in `-ed`.
const IRREGULAR_PARTICIPLES: &[&str] = &[
    "hurt", "lost", "left", "held", "shot", "struck", "stolen", "sold", "built", "made", "won",
    "cut", "seen", "taken", "born", "dead", "missing", "slain", "hit", "spent", "paid", "sent",
    "brought", "bought", "found", "kept", "given",
];

/// Whether a lower-case claim word is a participle (`killed`, `injured`, `sold`).
pub(super) fn is_participle(word: &str) -> bool {
    let word = word.to_lowercase();
    (word.len() > 4 && word.ends_with("ed") && word.chars().all(char::is_alphabetic))
        || IRREGULAR_PARTICIPLES.contains(&word.as_str())
}

/// The words of `words` from the first participle after the noun (`killed` of `people
/// killed`, `seriously injured`; `has_noun` where the noun came before `words`): the unit's
/// words before it, the participles.
fn predicate_of(words: &[String], has_noun: bool) -> (Vec<String>, Vec<String>) {
    // A verb ends the noun phrase too: "64,000 homes were still without power".
    let verb = |w: &String| {
        [
            "were", "was", "are", "is", "have", "has", "had", "been", "will", "would", "remain",
            "remained", "remain", "stood", "stand",
        ]
        .contains(&w.to_lowercase().as_str())
    };
    let Some(at) = words
        .iter()
        .position(|w| !is_name(w) && (is_participle(w) || verb(w)))
        .filter(|&at| at > 0 || has_noun)
    else {
        return (words.to_vec(), Vec::new());
    };
    // "26 companies issued negative guidance": a verb with an object says what the figure
    // did, not what happened to it; only a participle alone or before a preposition
    // (`killed in the crash`, `sold to consumers`) is the figure's state.
    const AFTER: &[&str] = &[
        "in",
        "on",
        "at",
        "by",
        "to",
        "from",
        "for",
        "with",
        "during",
        "after",
        "before",
        "over",
        "under",
        "near",
        "across",
        "since",
        "while",
        "and",
        "or",
        "as",
        "when",
        "last",
        "this",
        "overnight",
        "yesterday",
        "today",
    ];
    let predicate = words[at..]
        .iter()
        .enumerate()
        .filter(|(_, w)| is_participle(w))
        .filter(|(i, _)| {
            words.get(at + i + 1).is_none_or(|next| {
                let next = next.to_lowercase();
                AFTER.contains(&next.as_str())
                    || is_participle(&next)
                    || next.ends_with("ly")
                    || !next.chars().all(char::is_alphabetic)
            })
        })
        .map(|(_, w)| w.to_lowercase())
        .collect();
    (words[..at].to_vec(), predicate)
}

/// Verbs of being, ending a noun phrase.
const VERBS_OF_BEING: &[&str] = &["is", "was", "were", "are", "has", "had", "have"];

/// A rate at the end of `words` (`a share`, `an hour`, `per head`): what it is per, and the
/// words before it.
fn rate_of(words: &[String]) -> (Option<String>, Vec<String>) {
    let per = |word: &String| ["a", "an", "per", "each"].contains(&word.to_lowercase().as_str());
    if let [rest @ .., article, noun] = words
        && per(article)
    {
        return (Some(noun.to_lowercase()), rest.to_vec());
    }
    // "900 tonnes of water a minute flowed": a rate of time inside the phrase, after what
    // is measured (not a time before or after: "a year earlier").
    let inside = (1..words.len().saturating_sub(1)).find(|&at| {
        per(&words[at])
            && crate::recognise::quantity::TIMES_OF_A_RATE
                .contains(&words[at + 1].to_lowercase().as_str())
            // (Ending the phrase, or before its verb: not "a second dose".)
            && words
                .get(at + 2)
                .is_none_or(|next| is_participle(next) || VERBS_OF_BEING.contains(&next.as_str()))
    });
    if let Some(at) = inside {
        let mut rest = words[..at].to_vec();
        rest.extend_from_slice(&words[at + 2..]);
        return (Some(words[at + 1].to_lowercase()), rest);
    }
    (None, words.to_vec())
}

/// Whether a claim word is a name (capitalised, or an acronym), not a describing word.
pub(super) fn is_name(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase) || crate::text::words::is_camel_case(word)
}

/// Words that make a claim's bare pair of figures a score or tally (`Westbury lost 1-3`).
const SCORE_HINTS: &[&str] = &[
    "score",
    "scored",
    "won",
    "win",
    "lost",
    "lose",
    "beat",
    "drew",
    "draw",
    "vote",
    "votes",
    "voted",
    "half-time",
    "halftime",
    "set",
    "tally",
    "result",
    "majority",
    "defeat",
    "victory",
    "beaten",
    "outscored",
    "led",
    "trailed",
];

/// A claim's bare pair of whole figures, read as an ascending range, is a score where the
/// claim speaks of one (`"Westbury lost 1-3"`).
fn score_from_hint(quantity: &mut crate::recognise::Quantity, text: &str, says: &str) {
    let bare_pair = quantity.score.is_none()
        && quantity.unit.is_none()
        && quantity.qualifier.is_none()
        && quantity.change.is_none()
        && !quantity.vague
        && quantity.low < quantity.high
        && quantity.low.fract() == 0.0
        && quantity.high.fract() == 0.0
        && (text.contains('-') || text.contains(" to "));
    let hinted = says
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .any(|w| SCORE_HINTS.contains(&w.to_lowercase().as_str()));
    if bare_pair && hinted {
        quantity.score = Some(Box::new([(quantity.low, quantity.high)]));
        quantity.high = quantity.low;
    }
}

/// A claimed date: the whole text must read as one date (a preposition before it is fine:
/// `on Thursday`).
pub(super) fn date(text: &str) -> Result<DateClaim, String> {
    let text = &crate::text::normalise(text).text;
    let (date, span) = parse_date(text).ok_or("no date here")?;
    const LEADING: &[&str] = &["on", "in", "at", "by", "since", "until", "from", "during"];
    let prepositions_only = text[..span.start]
        .split_whitespace()
        .all(|w| LEADING.contains(&w.to_lowercase().as_str()));
    let checked = if prepositions_only {
        Span::new(0, span.end)
    } else {
        span
    };
    reject_words_left_over(text, checked, "date")?;
    Ok(DateClaim {
        text: text[span.range()].to_string(),
        date,
    })
}

/// Words outside what was read would be silently ignored: say so instead.
fn reject_words_left_over(text: &str, span: Span, what: &str) -> Result<(), String> {
    let before = text[..span.start].trim();
    let after = text[span.end..].trim().trim_end_matches('.');
    if before.is_empty() && after.is_empty() {
        return Ok(());
    }
    let extra = [before, after]
        .iter()
        .filter(|s| !s.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join("` and `");
    Err(format!(
        "only `{}` reads as the {what}; move `{extra}` to `about` or `source`",
        &text[span.range()]
    ))
}

/// The compiled regular expression `pattern`, shared by every claim that writes it.
///
/// A large suite repeats a few patterns thousands of times; each distinct text is compiled
/// once and kept only while a claim holds it (the cache keeps weak references, so a long
/// `--watch` session does not accumulate the patterns of claims since edited away). The
/// compiled size is bounded by the `regex` crate's limit (10 MiB): beyond it compiling stops
/// with [`regex::Error::CompiledTooBig`], never exhausting memory.
pub(crate) fn compiled(pattern: &str) -> Result<Arc<Regex>, regex::Error> {
    static CACHE: LazyLock<Mutex<HashMap<String, Weak<Regex>>>> = LazyLock::new(Default::default);
    let lookup = |cache: &HashMap<String, Weak<Regex>>| cache.get(pattern).and_then(Weak::upgrade);
    if let Some(regex) = lookup(&CACHE.lock().unwrap_or_else(|e| e.into_inner())) {
        return Ok(regex);
    }
    // Compiled outside the lock: files are parsed in parallel.
    let regex = Arc::new(Regex::new(pattern)?);
    let mut cache = CACHE.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(regex) = lookup(&cache) {
        return Ok(regex);
    }
    if cache.len() >= 1024 && cache.len().is_power_of_two() {
        cache.retain(|_, regex| regex.strong_count() > 0);
    }
    cache.insert(pattern.to_string(), Arc::downgrade(&regex));
    Ok(regex)
}
