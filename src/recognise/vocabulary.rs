//! The recognisers' vocabulary: the words the lexer marks with their class bits, taken
//! from the tables of the recognisers that look for them (qualifiers and number words,
//! relative-date words, months and weekdays, verbs of saying), and the lexing that marks them.

use std::sync::LazyLock;

use crate::text::lexer::{self, Lexeme, WordSet, class};

/// Every word some recogniser looks for everywhere, with its class bits.
fn vocabulary() -> &'static WordSet {
    static VOCABULARY: LazyLock<WordSet> = LazyLock::new(|| {
        WordSet::with_values(
            super::quantity::starter_words()
                .map(|w| (w, class::QUANTITY_START))
                .chain(super::quantity::qualifier_only_words().map(|w| (w, class::QUALIFIER_ONLY)))
                .chain(super::dates::relative_starts().map(|w| (w, class::RELATIVE_DATE_START)))
                .chain(
                    super::speakers::SPEECH_VERBS
                        .iter()
                        .map(|w| (*w, class::SPEECH_VERB)),
                )
                .chain(super::dates::calendar_words().map(|w| (w, class::CALENDAR)))
                .chain(marked(super::speakers::ROLES, class::ROLE))
                .chain(marked(super::speakers::TITLE_WORDS, class::TITLE))
                .chain(marked(super::speakers::BODY_WORDS, class::BODY))
                .chain(marked(super::speakers::NOT_NAMES, class::NOT_NAME))
                .chain(marked(super::speakers::PRONOUNS, class::PRONOUN))
                .chain(marked(super::owners::VERBS, class::VERB))
                .chain(marked(super::owners::OPENERS, class::OPENER))
                .chain(marked(super::owners::DETERMINERS, class::DETERMINER))
                .chain(marked(super::owners::ATTACHING, class::ATTACH)),
        )
    });
    &VOCABULARY
}

/// The words of a list, each with the class bit `bit`.
fn marked(words: &'static [&'static str], bit: u16) -> impl Iterator<Item = (&'static str, u16)> {
    words.iter().map(move |w| (*w, bit))
}

/// The lexemes of `text`, whose first byte is at `base` in the article, with their classes.
pub fn lex(text: &str, base: usize) -> Vec<Lexeme<'_>> {
    let mut lexemes = Vec::with_capacity(text.len() / 4);
    lex_into(text, base, &mut lexemes);
    lexemes
}

/// [`lex`], adding the lexemes to `lexemes`.
pub(crate) fn lex_into<'a>(text: &'a str, base: usize, lexemes: &mut Vec<Lexeme<'a>>) {
    lexer::lex_into(text, base, vocabulary(), lexemes);
}

/// Whether `word` (any case) is a verb of saying (`said`, `told`).
pub(crate) fn is_speech_verb(word: &str) -> bool {
    vocabulary().get(word) & class::SPEECH_VERB != 0
}

/// Whether `word` (any case) names a month or a day of the week (`May`, `Wednesday`, `Sept`).
pub(crate) fn is_calendar_word(word: &str) -> bool {
    vocabulary().get(word) & class::CALENDAR != 0
}

/// Whether `word` (any case) is a common word of English the recognisers know (a
/// determiner, a verb, an opener, a quantity's first word, a word that names no one), not
/// a name.
pub(crate) fn is_common_word(word: &str) -> bool {
    vocabulary().get(word)
        & (class::NOT_NAME
            | class::QUANTITY_START
            | class::VERB
            | class::OPENER
            | class::DETERMINER
            | class::PRONOUN
            | class::SPEECH_VERB
            | class::QUALIFIER_ONLY
            | class::ATTACH)
        != 0
}

/// Whether `word` (any case) is a title that stands before a name (`Mr`, `Dr`, `Judge`).
pub(crate) fn is_title(word: &str) -> bool {
    vocabulary().get(word) & class::TITLE != 0
}

/// Whether `word` (any case) is a title or a role that stands before a name (`Chancellor`,
/// `Judge`, `minister`).
pub(crate) fn is_title_or_role(word: &str) -> bool {
    vocabulary().get(word) & (class::TITLE | class::ROLE) != 0
}
