//! Who said a quotation: the name next to a speech verb in the quotation's sentences, or in
//! its paragraph; `he`/`she` resolve to the last named speaker.

use crate::source::Span;
use crate::text::lexer::{Kind, Lexeme, lower};

/// Verbs that attribute speech.
pub(crate) const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "saying",
    "added",
    "adds",
    "told",
    "tells",
    "warned",
    "warns",
    "stated",
    "asked",
    "wrote",
    "writes",
    "urged",
    "insisted",
    "noted",
    "argued",
    "explained",
    "declared",
    "announced",
    "tweeted",
    "posted",
    "called",
    "described",
    "acknowledged",
    "claimed",
    "confirmed",
    "denied",
    "replied",
    "responded",
    "continued",
    "reiterated",
    "vowed",
    "pledged",
    "promised",
    "cautioned",
    "predicted",
    "remarked",
    "suggested",
    "recalled",
    "admitted",
    "labeled",
    "labelled",
    "labeling",
    "labelling",
    "stressed",
    "emphasized",
    "emphasised",
    "accused",
    "accuses",
    "according",
];

/// Words of a title before a name (`Foreign Secretary Liz Truss` → `Liz Truss`).
const TITLE_WORDS: &[&str] = &[
    "president",
    "vice",
    "prime",
    "minister",
    "foreign",
    "secretary",
    "defense",
    "defence",
    "chancellor",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "press",
    "general",
    "gen",
    "gov",
    "governor",
    "sen",
    "senator",
    "rep",
    "representative",
    "dr",
    "mr",
    "mrs",
    "ms",
    "chief",
    "deputy",
    "senior",
    "ambassador",
    "chairman",
    "chair",
    "director",
    "commander",
    "admiral",
    "adm",
    "col",
    "colonel",
    "lt",
    "captain",
    "capt",
    "sgt",
    "king",
    "queen",
    "prince",
    "pope",
    "mayor",
    "judge",
    "justice",
    "officer",
    "official",
    "leader",
    "state",
    "white",
    "house",
    "former",
    "acting",
    "speaker",
    "majority",
    "minority",
    "whip",
    "interim",
    "head",
    "first",
    "lady",
    "lord",
    "sir",
    "dame",
];

const PRONOUNS: &[&str] = &["he", "she", "they"];

/// Capitalised words that start a sentence but never name anyone ("The firm's chief
/// executive, Tom Price, 58, told…": the subject is Tom Price, not "The").
const NOT_NAMES: &[&str] = &[
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "its",
    "his",
    "her",
    "their",
    "our",
    "my",
    "your",
    "in",
    "on",
    "at",
    "but",
    "and",
    "or",
    "so",
    "yet",
    "however",
    "meanwhile",
    "while",
    "when",
    "after",
    "before",
    "since",
    "as",
    "if",
    "although",
    "though",
    "for",
    "with",
    "without",
    "from",
    "by",
    "of",
    "to",
    "one",
    "some",
    "many",
    "most",
    "both",
];

/// Words after which a capitalised run is not the subject of a speech verb.
const NOT_AFTER_SUBJECT: &[&str] = &[
    "and", "in", "of", "to", "from", "on", "at", "for", "with", "by", "the",
];

/// The speaker of the quotation `quote` among `sentences` (each a sentence's lexemes, the
/// quotation's own sentences first), given the quotations of the paragraph (to skip words
/// inside them) and the last named speaker before it.
pub(crate) fn speaker(
    sentences: &[&[Lexeme<'_>]],
    quotations: &[Span],
    quote: Span,
    last_speaker: Option<&str>,
) -> Option<String> {
    for lexemes in sentences {
        if let Some(name) = in_sentence(lexemes, quotations, quote, last_speaker) {
            return Some(name);
        }
    }
    None
}

fn inside(quotations: &[Span], lexeme: &Lexeme<'_>) -> bool {
    quotations
        .iter()
        .any(|q| q.start <= lexeme.span.start && lexeme.span.end <= q.end)
}

fn in_sentence(
    lexemes: &[Lexeme<'_>],
    quotations: &[Span],
    quote: Span,
    last_speaker: Option<&str>,
) -> Option<String> {
    let mut verbs: Vec<usize> = speech_verbs(lexemes, quotations).collect();
    // Nearest verb to the quotation first; "according to" last (it often names a reporter).
    let distance = |i: &usize| {
        let span = lexemes[*i].span;
        let gap = if span.start >= quote.end {
            span.start - quote.end
        } else {
            quote.start.saturating_sub(span.end)
        };
        (lexemes[*i].is("according"), gap)
    };
    verbs.sort_by_key(distance);
    for verb in verbs {
        if lexemes[verb].is("according") {
            if lexemes.get(verb + 1).is_some_and(|l| l.is("to"))
                && let Some(name) = run_after(lexemes, verb + 2, quotations)
            {
                return Some(name);
            }
            continue;
        }
        if let Some(name) = subject_before(lexemes, verb, quotations, last_speaker) {
            return Some(name);
        }
        if let Some(name) = run_after(lexemes, verb + 1, quotations) {
            return Some(name);
        }
    }
    None
}

/// The name before the verb at `verb`: right before it (past adverbs), or, after `and`, the
/// nearest capitalised run that stands as a subject.
fn subject_before(
    lexemes: &[Lexeme<'_>],
    verb: usize,
    quotations: &[Span],
    last_speaker: Option<&str>,
) -> Option<String> {
    let mut at = verb;
    while at > 0
        && matches!(
            lexemes[at - 1].text.to_lowercase().as_str(),
            "also"
                | "has"
                | "had"
                | "later"
                | "then"
                | "reportedly"
                | "previously"
                | "once"
                | "again"
                | "have"
        )
    {
        at -= 1;
    }
    let before = at.checked_sub(1).map(|i| &lexemes[i])?;
    if inside(quotations, before) {
        return None;
    }
    if PRONOUNS.contains(&lower(before.text).as_ref()) {
        return last_speaker.map(str::to_string);
    }
    if before.is_capitalised() {
        return run_ending(lexemes, at - 1, quotations);
    }
    if before.is("and") || before.text == "," {
        // The clause's subject: the first name in the sentence that stands as one.
        for end in 0..at - 1 {
            let lexeme = &lexemes[end];
            if !lexeme.is_capitalised() || inside(quotations, lexeme) {
                continue;
            }
            let follower = &lexemes[end + 1];
            let subject = follower.text == ","
                || (follower.kind == Kind::Word
                    && !follower.is_capitalised()
                    && !NOT_AFTER_SUBJECT.contains(&lower(follower.text).as_ref()));
            if subject && let Some(name) = run_ending(lexemes, end, quotations) {
                return Some(name);
            }
        }
    }
    None
}

/// The capitalised run ending at `end`, titles and possessives dropped.
fn run_ending(lexemes: &[Lexeme<'_>], end: usize, quotations: &[Span]) -> Option<String> {
    let mut start = end;
    while start > 0 {
        let previous = &lexemes[start - 1];
        if !previous.is_capitalised()
            || inside(quotations, previous)
            || previous.text.ends_with("'s")
        {
            break;
        }
        start -= 1;
    }
    let name = name_of(&lexemes[start..=end]);
    // "Sen. John Thune of South Dakota said": the person before `of`; "the Bank of England
    // said": one name with its `of`; "Secretary of State Antony Blinken": titles only before.
    if start >= 2
        && lexemes[start - 1].is("of")
        && lexemes[start - 2].is_capitalised()
        && !inside(quotations, &lexemes[start - 2])
        && let Some(name) = &name
        && let Some(before) = run_ending(lexemes, start - 2, quotations)
    {
        return Some(if before.contains(' ') {
            before
        } else {
            format!("{before} of {name}")
        });
    }
    name
}

/// The person a sentence reports as speaking without quoting them ("Speaker Nancy Pelosi
/// said she was confident"): a later `she said` refers to them.
pub(crate) fn reported_speaker(lexemes: &[Lexeme<'_>], quotations: &[Span]) -> Option<String> {
    speech_verbs(lexemes, quotations)
        .filter(|&verb| !lexemes[verb].is("according"))
        .find_map(|verb| subject_before(lexemes, verb, quotations, None))
}

/// The positions of the speech verbs of a sentence that stand outside its quotations.
fn speech_verbs<'s>(
    lexemes: &'s [Lexeme<'_>],
    quotations: &'s [Span],
) -> impl Iterator<Item = usize> + 's {
    (0..lexemes.len()).filter(|&i| {
        let l = &lexemes[i];
        l.class & crate::text::lexer::class::SPEECH_VERB != 0 && !inside(quotations, l)
    })
}

/// The capitalised run starting at `start`.
fn run_after(lexemes: &[Lexeme<'_>], start: usize, quotations: &[Span]) -> Option<String> {
    let mut end = start;
    while end < lexemes.len() && lexemes[end].is_capitalised() && !inside(quotations, &lexemes[end])
    {
        end += 1;
    }
    if end == start {
        return None;
    }
    name_of(&lexemes[start..end])
}

fn name_of(run: &[Lexeme<'_>]) -> Option<String> {
    // Titles go, and words before a title too ("Russian President", "Pentagon spokesman").
    let is_title = |w: &str| {
        let lower = w.to_lowercase();
        TITLE_WORDS.contains(&lower.as_str()) || super::dates::is_calendar_word(&lower)
    };
    // Everything up to the last title word goes ("Senate Majority Leader Chuck Schumer" →
    // "Chuck Schumer"); the last word always stays ("Theresa May"). Titles alone name no one,
    // and a sentence's first word ("The Bank") is no part of a name.
    let skip = run
        .iter()
        .take_while(|l| NOT_NAMES.contains(&lower(l.text).as_ref()))
        .count();
    let run = &run[skip..];
    if run.is_empty() {
        return None;
    }
    if run.iter().all(|l| is_title(l.text)) {
        return None;
    }
    let start = run[..run.len().saturating_sub(1)]
        .iter()
        .rposition(|l| is_title(l.text))
        .map_or(0, |last| last + 1);
    let words: Vec<&str> = run[start..].iter().map(|l| l.text).collect();
    let words: Vec<&str> = words.into_iter().filter(|w| !w.ends_with("'s")).collect();
    if words.is_empty() || words.iter().all(|w| PRONOUNS.contains(&lower(w).as_ref())) {
        return None;
    }
    Some(words.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recognise::vocabulary::lex;

    fn reported(text: &str) -> Option<String> {
        reported_speaker(&lex(text, 0), &[])
    }

    #[test]
    fn names_lose_their_titles_and_keep_their_people() {
        for (text, name) in [
            (
                "Senate Majority Leader Chuck Schumer said on the floor.",
                "Chuck Schumer",
            ),
            (
                "Speaker Nancy Pelosi said she was confident.",
                "Nancy Pelosi",
            ),
            ("Prime Minister Theresa May said it.", "Theresa May"),
            ("Theresa May said it.", "Theresa May"),
            (
                "Sen. John Thune of South Dakota called it a spree.",
                "John Thune",
            ),
            (
                "The Bank of England said rates would rise.",
                "Bank of England",
            ),
            (
                "The firm's chief executive, Tom Price, 58, told the BBC it was sorry.",
                "Tom Price",
            ),
            (
                "On Thursday Britain's Foreign Secretary, Liz Truss, arrived and warned of war.",
                "Liz Truss",
            ),
        ] {
            assert_eq!(reported(text).as_deref(), Some(name), "{text}");
        }
        assert_eq!(reported("The Foreign Secretary said so."), None);
    }
}
