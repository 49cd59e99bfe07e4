//! The unit after a number: a unit of measurement or currency (the longest spelling that
//! fits), a compound adjective (`30-nation`, `1,000-strong force`) or the counted noun phrase
//! with its head noun (`combat troops` → `troops`).

use super::*;
use crate::text::lexer::lower;
use std::sync::LazyLock;

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
    // "one behind club legend Duncan Ferguson": a preposition, no noun.
    "behind",
    "ahead",
    "above",
    "below",
    "beyond",
    "beside",
    "despite",
    "again",
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
    "them",
    "him",
    "itself",
    "themselves",
    "they",
    "he",
    "she",
    "we",
    "you",
    "i",
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
    // Verbs of change end a count's noun phrase: "the S&P 500 rose".
    "rose",
    "fell",
    "jumped",
    "climbed",
    "slipped",
    "dropped",
    "gained",
    "added",
    "lost",
    "soared",
    "surged",
    "tumbled",
    "plunged",
    "slumped",
    "declined",
    "increased",
    "decreased",
    "grew",
    "shrank",
    "widened",
    "narrowed",
    "eased",
    "dipped",
    "rallied",
    "advanced",
    "retreated",
    "closed",
    "ended",
    "finished",
    "opened",
];

/// Whether `word` ends a unit's noun phrase (a function word, a verb of saying, …).
pub(super) fn ends_unit(word: &str) -> bool {
    static WORDS: LazyLock<crate::text::lexer::WordSet> =
        LazyLock::new(|| crate::text::lexer::WordSet::new(NOT_IN_UNIT));
    WORDS.contains(word)
}

pub(super) const IRREGULAR_PLURALS: &[&str] = &[
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

/// A unit of measurement or currency at `at`: the longest spelling that fits, up to three
/// words. Spellings that are also plain words (`in`) count only glued to the number or at
/// the end of the phrase.
pub(super) fn measure_at(
    lexemes: &[Lexeme<'_>],
    at: usize,
) -> Option<(MeasureUnit, String, usize)> {
    // Most words start no unit spelling: one set lookup rejects them before any string is built.
    let first = lexemes.get(at)?;
    if !units::may_start_unit(first.text) && !units::may_start_symbol_unit(lexemes, at) {
        return None;
    }
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
            spelling.push_str(&lower(part.text));
        }
        // `C`/`F` in capitals are degrees only ending the phrase ("-10C.", "30 C,"):
        // "13F filing", "a Boeing 777F", "F-Series" are names.
        let capital = (length == 1 && degree_letter_ends(parts[0].text, lexemes.get(at + length)))
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
        // "2016's 933.1m", "the 1990's": a possessive or plural, not feet.
        if spelling == "'"
            && lexemes
                .get(at + length)
                .is_some_and(|l| !l.spaced && (l.text == "s" || l.text == "S"))
        {
            continue;
        }
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
        // "rose 17.3pc" is a per cent; "the 27-year-old PC", "40 PC seats" name a constable
        // and a party.
        if spelling == "pc" && parts[0].text != "pc" {
            continue;
        }
        return Some((measure, joined(parts), at + length));
    }
    None
}

/// The unit of `of [the] <number> <unit>` at `at`, for a number that counts part of it
/// ("six of the nine members", "3 of 10 voters").
pub(super) fn share_of(lexemes: &[Lexeme<'_>], at: usize) -> Option<Unit> {
    if !lexemes.get(at)?.is("of") {
        return None;
    }
    let mut next = at + 1;
    if lexemes.get(next).is_some_and(|l| {
        ["the", "its", "their", "these", "those"]
            .iter()
            .any(|w| l.is(w))
    }) {
        next += 1;
    }
    let total = super::read::number_at(lexemes, next, false)?;
    if total.vague || total.unit_suffix.is_some() {
        return None;
    }
    if let Some((measure, phrase, _)) = measure_at(lexemes, total.end) {
        return Some(super::measure_unit(&phrase, measure));
    }
    noun_phrase(lexemes, total.end).map(|(unit, _)| unit)
}

/// `30-nation`, `10-day`, `1,000-strong force`: a unit glued to the number with a hyphen.
pub(super) fn compound_adjective(
    lexemes: &[Lexeme<'_>],
    at: usize,
) -> Option<(Option<Unit>, usize)> {
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
            per: None,
        },
    };
    Some((Some(unit), at + 2))
}

/// Words that describe a counted noun without being one (`three other passengers`, `30 more
/// troops`, `five new cases`): part of a unit's phrase, never its head.
const DESCRIBING: &[&str] = &[
    "other",
    "more",
    "new",
    "additional",
    "further",
    "extra",
    "fewer",
    "different",
    "separate",
    "remaining",
    "existing",
    "total",
];

/// Whether `word` (lower case) is a plural noun: read as one, or one of the plurals without
/// an `s` (`people`, `children`).
pub(crate) fn plural_noun(word: &str) -> bool {
    plural(word) || IRREGULAR_PLURALS.contains(&word)
}

/// Whether `word` (lower case) reads as a plural noun.
fn plural(word: &str) -> bool {
    word.chars().count() > 3
        && word.ends_with('s')
        && !word.ends_with("ss")
        && !word.ends_with("us")
        && !word.ends_with("is")
}

/// The counted noun phrase at `at`: up to four words, ending after a plural noun or a unit,
/// before a function word or punctuation. Capitalised words (`US soldiers`, `NATO troops`,
/// `Labour MPs`) belong to it before a lower-case noun, or as its head where the last of them
/// is a plural (`212 Labour MPs`, `three Republicans`). Describing words (`other`, `new`)
/// are never its head.
pub(super) fn noun_phrase(lexemes: &[Lexeme<'_>], at: usize) -> Option<(Unit, usize)> {
    let mut words: Vec<String> = Vec::new();
    let mut end = at;
    let mut last_lower_end = None;
    let mut capitalised_head = None;
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
                    last.push_str(&lower(next));
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
        let lowered = lower(lexeme.text).into_owned();
        // "the two no votes", "40 yes votes": the kind of vote.
        if (lowered == "no" || lowered == "yes")
            && words.is_empty()
            && lexemes
                .get(end + 1)
                .is_some_and(|l| l.is("votes") || l.is("vote"))
        {
            words.push(lowered);
            end += 1;
            continue;
        }
        // "joined us": a pronoun in lower case ("US soldiers" are soldiers).
        if ends_unit(&lowered) || matches!(lexeme.text, "us" | "me") {
            break;
        }
        if lexeme.is_capitalised() {
            if words.is_empty() && end > at {
                break;
            }
            words.push(lexeme.text.to_string());
            end += 1;
            // A model's designation between the number and its noun: "two HH-60 Pave Hawk
            // helicopters", "three Boeing 737 jets".
            let dash = lexemes.get(end).is_some_and(|l| l.text == "-" && !l.spaced);
            let number_at = if dash { end + 1 } else { end };
            if lexemes.get(number_at).is_some_and(|l| {
                l.kind == Kind::Number && (dash || l.spaced) && !l.text.contains(',')
            }) && lexemes
                .get(number_at + 1)
                .is_some_and(|l| l.kind == Kind::Word && l.spaced)
            {
                if let Some(last) = words.last_mut() {
                    if dash {
                        last.push('-');
                    } else {
                        last.push(' ');
                    }
                    last.push_str(lexemes[number_at].text);
                }
                end = number_at + 1;
                continue;
            }
            // "212 Labour MPs", "three Republicans": a capitalised plural may end the phrase;
            // a lower-case word after it is its head only as a plural itself (`6.5 million
            // Americans live with …`: `live` is their verb).
            let next_lower_noun = lexemes.get(end).is_some_and(|l| {
                l.kind == Kind::Word
                    && l.spaced
                    && !l.is_capitalised()
                    && !ends_unit(l.text)
                    && !l.text.ends_with("ed")
                    && !l.text.ends_with("ing")
                    && (plural(&lower(l.text))
                        || IRREGULAR_PLURALS.contains(&lower(l.text).as_ref())
                        || units::lookup(&lower(l.text)).is_some())
            });
            if plural(&lowered)
                || lexeme.text.ends_with('s')
                    && lexeme.text.len() > 2
                    && lexeme.text[..lexeme.text.len() - 1]
                        .chars()
                        .all(|c| c.is_uppercase())
            {
                capitalised_head = Some(end);
                if !next_lower_noun {
                    break;
                }
            }
            continue;
        }
        // "The two ran side by side", "the pair met": a verb ends the phrase before it.
        if words.is_empty()
            && (lexeme.class & crate::text::lexer::class::SPEECH_VERB != 0
                || verb_not_counted(lexeme))
            && !COUNTED_VERB_FORMS.contains(&lowered.as_str())
        {
            break;
        }
        // "A magnitude 4.9 aftershock struck": a verb wherever it stands ends the phrase
        // after its noun, unless it also names what is counted (`three home runs`).
        if !words.is_empty() && verb_not_counted(lexeme) && !plural(&lowered) {
            break;
        }
        let verb_like = lowered.ends_with("ed") || lowered.ends_with("ing");
        let followed_by_noun = lexemes.get(end + 1).is_some_and(|l| {
            l.kind == Kind::Word && l.spaced && !l.is_capitalised() && !ends_unit(l.text)
        });
        if verb_like && !followed_by_noun {
            break;
        }
        words.push(lowered.clone());
        end += 1;
        if DESCRIBING.contains(&lowered.as_str()) {
            continue;
        }
        last_lower_end = Some(end);
        // "14 police officers", "300 crew members": a noun that is plural in itself may
        // modify the plural noun after it, which is then the head.
        if IRREGULAR_PLURALS.contains(&lowered.as_str())
            && lexemes.get(end).is_some_and(|next| {
                next.kind == Kind::Word
                    && next.spaced
                    && !next.is_capitalised()
                    && !ends_unit(next.text)
                    && next.class & crate::text::lexer::class::VERB == 0
                    && plural(&lower(next.text))
            })
        {
            continue;
        }
        if plural(&lowered)
            || IRREGULAR_PLURALS.contains(&lowered.as_str())
            || units::lookup(&lowered).is_some()
        {
            break;
        }
        // "1,500 local radio and television stations": coordinated nouns modifying one plural
        // head, which ends the phrase.
        if let Some(joiner) = lexemes.get(end)
            && (joiner.is("and") || joiner.is("or"))
            && let Some(head) = (1..=2).find(|&ahead| {
                lexemes[end + 1..].iter().take(ahead).all(|l| {
                    l.kind == Kind::Word && l.spaced && !l.is_capitalised() && !ends_unit(l.text)
                }) && lexemes
                    .get(end + ahead)
                    .is_some_and(|l| plural(&lower(l.text)))
                    && lexemes.len() > end + ahead
            })
        {
            for l in &lexemes[end..=end + head] {
                words.push(lower(l.text).into_owned());
            }
            end += head + 1;
            last_lower_end = Some(end);
            break;
        }
    }
    let end = match (last_lower_end, capitalised_head) {
        (Some(lower), Some(capital)) => lower.max(capital),
        (Some(lower), None) => lower,
        (None, Some(capital)) => capital,
        (None, None) => return None,
    };
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
            per: None,
        },
        end,
    ))
}

/// Whether `lexeme` is a verb wherever it stands, and no noun a figure counts (`struck`,
/// `lost`; not `runs`, `win`).
pub(super) fn verb_not_counted(lexeme: &Lexeme<'_>) -> bool {
    lexeme.class & crate::text::lexer::class::VERB != 0
        && !COUNTED_VERB_FORMS.iter().any(|w| lexeme.is(w))
}

/// Verb forms that are also nouns a figure counts (`one shot`, `two cuts`, `a set`).
const COUNTED_VERB_FORMS: &[&str] = &[
    "shot", "shots", "cut", "cuts", "set", "sets", "hit", "hits", "cost", "costs", "bid", "bids",
    "bet", "bets", "run", "runs", "win", "wins", "record", "records", "lead", "leads", "holds",
    "stands", "needs", "houses", "faces", "means", "notes", "posts", "claims",
];

/// Nouns a rate is per: `$1.87 a share`, `$15 an hour`, `£250,000 a week`, `$3.14 a gallon`.
/// Any singular noun after `a`, `an` or `per` that ends the phrase reads as one; these also
/// read where a noun follows (`£1,250 a month in rent`).
const RATE_NOUNS: &[&str] = &[
    "share",
    "hour",
    "day",
    "week",
    "month",
    "year",
    "annum",
    "head",
    "person",
    "capita",
    "litre",
    "liter",
    "gallon",
    "barrel",
    "tonne",
    "ton",
    "kilo",
    "night",
    "game",
    "match",
    "season",
    "mile",
    "kilometre",
    "unit",
    "household",
    "game",
    "minute",
    "second",
    "pupil",
    "student",
    "patient",
    "visit",
    "ticket",
    "flight",
    "trip",
];

/// A rate of time after what a measure ending at `at` measures: `second` of `900 tonnes
/// of water a second`, `day` of `5,000 barrels of oil a day`. The figure's span stays its
/// own; the rate is its unit's.
pub(super) fn time_rate_after_of(lexemes: &[Lexeme<'_>], at: usize) -> Option<String> {
    if !lexemes.get(at).is_some_and(|l| l.is("of")) {
        return None;
    }
    let noun = |l: &Lexeme<'_>| l.kind == Kind::Word && !l.is_capitalised();
    // One or two words of what is measured ("water", "crude oil").
    (at + 2..=at + 3)
        .filter(|&next| next <= lexemes.len() && lexemes[at + 1..next].iter().all(noun))
        .find_map(|next| {
            let (per, _) = rate_at(lexemes, next)?;
            TIMES_OF_A_RATE.contains(&per.as_str()).then_some(per)
        })
}

/// The spans of time a rate can be per (`a second`, `a day`, `a year`).
pub(crate) const TIMES_OF_A_RATE: &[&str] =
    &["second", "minute", "hour", "day", "week", "month", "year"];

/// A rate after a quantity ending at `at`: `a share`, `an hour`, `per head`, `a year`; what it
/// is per and where it ends. Not a comparison (`a year earlier`, `a year ago`).
pub(super) fn rate_at(lexemes: &[Lexeme<'_>], at: usize) -> Option<(String, usize)> {
    let article = lexemes.get(at)?;
    if !(article.is("a")
        || article.is("an")
        || article.is("per")
        || article.is("each")
        || article.is("every"))
    {
        return None;
    }
    let noun = lexemes
        .get(at + 1)
        .filter(|l| l.kind == Kind::Word && !l.is_capitalised())?;
    let word = lower(noun.text).into_owned();
    if plural(&word) || ends_unit(&word) || DESCRIBING.contains(&word.as_str()) {
        return None;
    }
    // "a year earlier", "a week after": a time, not a rate ("$8.40 a share after its
    // listing" is one).
    let after = lexemes.get(at + 2);
    let time = [
        "year", "month", "week", "day", "hour", "minute", "decade", "quarter",
    ]
    .contains(&word.as_str());
    if time
        && after.is_some_and(|l| {
            [
                "earlier", "ago", "later", "before", "after", "on", "from", "since",
            ]
            .iter()
            .any(|w| l.is(w))
        })
    {
        return None;
    }
    let ends = after.is_none_or(|l| l.kind != Kind::Word || ends_unit(l.text));
    (ends || RATE_NOUNS.contains(&word.as_str())).then_some((word, at + 2))
}
