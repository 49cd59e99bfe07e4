//! Ordinals that state a value: the minute of a match (`in the 84th minute`), a place in a
//! table or race (`rose to 12th`, `finished third`), the count an event brings (`his 50th
//! league goal`, `the fourth round`). Each is a quantity marked `ordinal`, which compares only
//! with an ordinal: `his 50th goal` says nothing of 50 goals.
//!
//! Ordinals that name (`the 82nd Airborne`, `2nd Ward`), date (`the 21st century`, `on the
//! 19th`, `March 3rd`) or order without a value (`first`, `second`: too often `the second
//! half`, `a first step`) are not read.

use super::{Found, Quantity, Unit};
use crate::source::Span;
use crate::text::lexer::{Kind, Lexeme, lower};

/// Word ordinals from `third` (`first` and `second` are too often no value).
const WORDS: &[(&str, f64)] = &[
    ("third", 3.0),
    ("fourth", 4.0),
    ("fifth", 5.0),
    ("sixth", 6.0),
    ("seventh", 7.0),
    ("eighth", 8.0),
    ("ninth", 9.0),
    ("tenth", 10.0),
    ("eleventh", 11.0),
    ("twelfth", 12.0),
    ("thirteenth", 13.0),
    ("fourteenth", 14.0),
    ("fifteenth", 15.0),
    ("sixteenth", 16.0),
    ("seventeenth", 17.0),
    ("eighteenth", 18.0),
    ("nineteenth", 19.0),
    ("twentieth", 20.0),
    ("thirtieth", 30.0),
    ("fortieth", 40.0),
    ("fiftieth", 50.0),
    ("hundredth", 100.0),
];

/// The words an ordinal of a count follows: `the 70th minute`, `his 50th goal`.
const DETERMINERS: &[&str] = &["the", "his", "her", "its", "their", "our", "my", "your"];

/// The words a place follows: `rose to 12th`, `finished third`, `is fifth`, `drop into 18th`.
const PLACE_VERBS: &[&str] = &[
    "to", "into", "finished", "finishes", "placed", "came", "comes", "sit", "sits", "lie", "lies",
    "is", "are", "was", "were", "ended", "ranked",
];

/// Verbs of finishing, after which even `first` and `second` are places.
const FINISHING: &[&str] = &[
    "finished", "finishes", "finish", "came", "comes", "placed", "ranked", "ended",
];

/// Nouns after an ordinal that date or name rather than count.
const NOT_COUNTED: &[&str] = &[
    "century",
    "centuries",
    "floor",
    "street",
    "avenue",
    "amendment",
    "parallel",
];

/// Words that end a unit phrase after an ordinal (`the 70th minute of the match`).
const STOPS: &[&str] = &[
    "of", "in", "on", "at", "to", "for", "and", "or", "but", "as", "with", "by", "from", "was",
    "is", "were", "are", "has", "had", "have", "that", "which", "who", "when", "after", "before",
    "since", "this", "a", "an", "the",
];

/// The value of an ordinal lexeme: `19th`, `3rd`, `twelfth`.
fn value(lexeme: &Lexeme<'_>) -> Option<f64> {
    // (Asked of every lexeme: the cheap tests first.)
    let bytes = lexeme.text.as_bytes();
    if bytes.len() < 3 || !bytes[bytes.len() - 1].is_ascii_alphabetic() {
        return None;
    }
    match lexeme.kind {
        Kind::Number => {
            let text = lexeme.text;
            let digits = text.trim_end_matches(|c: char| c.is_ascii_alphabetic());
            let suffix = lower(&text[digits.len()..]);
            (["st", "nd", "rd", "th"].contains(&&*suffix)
                && !digits.is_empty()
                && digits.bytes().all(|b| b.is_ascii_digit()))
            .then(|| digits.parse().ok())
            .flatten()
        }
        Kind::Word => {
            let tail = &bytes[bytes.len() - 2..];
            if bytes.len() < 5
                || !(tail.eq_ignore_ascii_case(b"th") || lexeme.text.eq_ignore_ascii_case("third"))
            {
                return None;
            }
            let word = lower(lexeme.text);
            WORDS.iter().find(|(w, _)| *w == &*word).map(|(_, v)| *v)
        }
        Kind::Symbol => None,
    }
}

/// A lower-case word that may be a noun of a unit phrase.
fn noun(lexeme: &Lexeme<'_>) -> bool {
    lexeme.kind == Kind::Word
        && !lexeme.is_capitalised()
        && !STOPS.iter().any(|w| lexeme.is(w))
        && !lexeme.text.ends_with("ly")
}

/// The ordinals of a sentence's lexemes that state a value, outside `taken` lexemes.
pub(super) fn find(lexemes: &[Lexeme<'_>], taken: &dyn Fn(usize) -> bool) -> Vec<Found> {
    let mut found = Vec::new();
    for at in 0..lexemes.len() {
        // "finished second", "came first": places after a verb of finishing, where `first`
        // and `second` are nothing else.
        let lead = ["first", "second"].iter().any(|w| lexemes[at].is(w));
        let Some(number) = value(&lexemes[at]).or_else(|| {
            (lead && at > 0 && FINISHING.iter().any(|w| lexemes[at - 1].is(w)))
                .then(|| if lexemes[at].is("first") { 1.0 } else { 2.0 })
        }) else {
            continue;
        };
        if taken(at) || at == 0 {
            continue;
        }
        let before = &lexemes[at - 1];
        // "a third of voters": a fraction, read elsewhere.
        if lexemes.get(at + 1).is_some_and(|l| l.is("of")) {
            continue;
        }
        let counted = !lead && DETERMINERS.iter().any(|w| before.is(w))
            || (before.kind == Kind::Word && before.text.ends_with("'s"));
        let unit = if counted && let Some(first) = lexemes.get(at + 1).filter(|l| noun(l)) {
            // "his 50th league goal": up to two nouns, the last the head.
            let last = match lexemes.get(at + 2) {
                Some(second)
                    if noun(second)
                        && !second.text.ends_with("ed")
                        && !super::unit::verb_not_counted(second) =>
                {
                    at + 2
                }
                _ => at + 1,
            };
            let head = lower(lexemes[last].text).into_owned();
            if NOT_COUNTED.contains(&head.as_str()) || NOT_COUNTED.contains(&&*lower(first.text)) {
                continue;
            }
            let phrase = lexemes[at + 1..=last]
                .iter()
                .map(|l| lower(l.text))
                .collect::<Vec<_>>()
                .join(" ");
            Some((Unit::counted(phrase, head), last + 1))
        } else if PLACE_VERBS.iter().any(|w| before.is(w))
            // ("drop into 18th"; not "pushing Labour's Olu Adeniyi into third place", whose
            // place is the name's, not the sentence's subject's.)
            && !(before.is("into") && at >= 2 && lexemes[at - 2].is_capitalised())
            && lexemes.get(at + 1).is_none_or(|next| {
                next.kind != Kind::Word
                    || ["in", "on", "place", "position", "of"]
                        .iter()
                        .any(|w| next.is(w))
            })
        {
            // "rose to 12th in the table", "finished third": a place.
            let end = if lexemes
                .get(at + 1)
                .is_some_and(|l| l.is("place") || l.is("position"))
            {
                at + 2
            } else {
                at + 1
            };
            Some((Unit::counted("place", "place"), end))
        } else {
            None
        };
        let Some((unit, end)) = unit else {
            continue;
        };
        found.push(Found {
            span: Span::new(lexemes[at].span.start, lexemes[end - 1].span.end),
            value_span: lexemes[at].span,
            quantity: Quantity {
                ordinal: true,
                ..Quantity::level(number, number, None, Some(unit))
            },
            lexemes: at..end,
        });
    }
    found
}
