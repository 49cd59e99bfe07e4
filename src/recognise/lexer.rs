//! The recognisers' view of a sentence: words, numbers and single symbols, each knowing
//! whether whitespace came before it (`30-nation` and `30 - nation` read differently).

use std::sync::LazyLock;

use regex::Regex;

use crate::source::Span;

static LEXEME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[\p{L}\p{M}]+(?:'[\p{L}\p{M}]+)*|\d+(?:[.,]\d+)*[\p{L}]*|\S")
        .expect("the lexeme pattern is valid")
});

/// What a lexeme is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Letters.
    Word,
    /// Digits, perhaps with separators and letters after them.
    Number,
    /// One other character.
    Symbol,
}

/// One lexeme of a sentence.
#[derive(Debug, Clone, Copy)]
pub struct Lexeme<'a> {
    /// The text.
    pub text: &'a str,
    /// Where it is in the article's normalised text.
    pub span: Span,
    /// What it is.
    pub kind: Kind,
    /// Whether whitespace (or the sentence start) comes before it.
    pub spaced: bool,
}

impl Lexeme<'_> {
    /// Whether this is the word `word` (case-insensitive).
    pub fn is(&self, word: &str) -> bool {
        self.text.eq_ignore_ascii_case(word)
    }

    /// Whether this word starts with a capital letter.
    pub fn is_capitalised(&self) -> bool {
        self.kind == Kind::Word && self.text.chars().next().is_some_and(char::is_uppercase)
    }
}

/// The lexemes of `text`, whose first byte is at `base` in the article.
pub fn lex(text: &str, base: usize) -> Vec<Lexeme<'_>> {
    let mut previous_end = 0;
    LEXEME
        .find_iter(text)
        .map(|m| {
            let first = m.as_str().chars().next().unwrap_or(' ');
            let kind = if first.is_alphabetic() {
                Kind::Word
            } else if first.is_ascii_digit() {
                Kind::Number
            } else {
                Kind::Symbol
            };
            let spaced = m.start() == 0 || m.start() > previous_end;
            previous_end = m.end();
            Lexeme {
                text: m.as_str(),
                span: Span::new(base + m.start(), base + m.end()),
                kind,
                spaced,
            }
        })
        .collect()
}
