//! The recognisers' view of a sentence: words, numbers and single symbols, each knowing
//! whether whitespace came before it (`30-nation` and `30 - nation` read differently).

use crate::source::Span;

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

/// The lexemes of `text`, whose first byte is at `base` in the article: runs of letters
/// (with inner apostrophes: `Kyiv's`), digits (with inner `.`/`,` groups and glued letters:
/// `3,000`, `3.5bn`, `82nd`), and every other non-space character alone.
pub fn lex(text: &str, base: usize) -> Vec<Lexeme<'_>> {
    let mut lexemes = Vec::new();
    let mut chars = text.char_indices().peekable();
    let mut previous_end = 0;
    while let Some((start, c)) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        let mut end = start + c.len_utf8();
        let kind = if is_letter(c) {
            end = letters(text, end);
            Kind::Word
        } else if c.is_ascii_digit() {
            end = digits(text, end);
            Kind::Number
        } else {
            Kind::Symbol
        };
        while chars.peek().is_some_and(|&(at, _)| at < end) {
            chars.next();
        }
        lexemes.push(Lexeme {
            text: &text[start..end],
            span: Span::new(base + start, base + end),
            kind,
            spaced: start == 0 || start > previous_end,
        });
        previous_end = end;
    }
    lexemes
}

fn is_letter(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    c.is_alphabetic() || unicode_normalization::char::is_combining_mark(c)
}

/// The end of a run of letters from `at`, with apostrophes followed by letters.
fn letters(text: &str, mut at: usize) -> usize {
    loop {
        let rest = &text[at..];
        let mut chars = rest.chars();
        match chars.next() {
            Some(c) if is_letter(c) => at += c.len_utf8(),
            Some('\'') if chars.next().is_some_and(is_letter) => at += 1,
            _ => return at,
        }
    }
}

/// The end of a number from `at` (just past a digit): digits, `.`/`,` groups, glued letters.
fn digits(text: &str, mut at: usize) -> usize {
    let bytes = text.as_bytes();
    while at < bytes.len() && bytes[at].is_ascii_digit() {
        at += 1;
    }
    while at + 1 < bytes.len() && matches!(bytes[at], b'.' | b',') && bytes[at + 1].is_ascii_digit()
    {
        at += 1;
        while at < bytes.len() && bytes[at].is_ascii_digit() {
            at += 1;
        }
    }
    while let Some(c) = text[at..].chars().next().filter(|c| c.is_alphabetic()) {
        at += c.len_utf8();
    }
    at
}

/// Call `f` with `text` in lower case, without allocating for short ASCII words.
pub fn with_lower<R>(text: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buffer = [0u8; 32];
    if text.len() <= buffer.len() && text.is_ascii() {
        let bytes = &mut buffer[..text.len()];
        bytes.copy_from_slice(text.as_bytes());
        bytes.make_ascii_lowercase();
        f(std::str::from_utf8(bytes).expect("ASCII is UTF-8"))
    } else {
        f(&lower(text))
    }
}

/// `text` in lower case, borrowed when it already is (most words are).
pub fn lower(text: &str) -> std::borrow::Cow<'_, str> {
    if text.chars().any(char::is_uppercase) {
        std::borrow::Cow::Owned(text.to_lowercase())
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

/// A table of multi-word phrases (`"no more than"`, `"earlier this month"`), split into words
/// once, with the words that can start one, so that most lexemes are rejected at a glance.
pub struct Phrases<T: 'static> {
    entries: Vec<(Vec<&'static str>, &'static str, T)>,
    starts: Vec<&'static str>,
}

impl<T: Copy> Phrases<T> {
    /// The phrases of `table`, in its order (put longer phrases before their prefixes).
    pub fn new(table: &'static [(&'static str, T)]) -> Self {
        let entries: Vec<_> = table
            .iter()
            .map(|(phrase, value)| (phrase.split(' ').collect::<Vec<_>>(), *phrase, *value))
            .collect();
        let mut starts: Vec<&'static str> = entries.iter().map(|(words, _, _)| words[0]).collect();
        starts.sort_unstable();
        starts.dedup();
        Phrases { entries, starts }
    }

    /// Every phrase starting at `at`, in table order: `(phrase, value, the lexeme after it)`.
    pub fn at<'s>(
        &'s self,
        lexemes: &'s [Lexeme<'_>],
        at: usize,
    ) -> impl Iterator<Item = (&'static str, T, usize)> + 's {
        let first = lexemes.get(at);
        // Length and first letter first: a cheap test that rejects almost every lexeme.
        let possible = first.is_some_and(|l| {
            let head = l.text.as_bytes()[0].to_ascii_lowercase();
            self.starts
                .iter()
                .any(|w| w.len() == l.text.len() && w.as_bytes()[0] == head && l.is(w))
        });
        self.entries
            .iter()
            .filter(move |_| possible)
            .filter(move |(words, _, _)| {
                words
                    .iter()
                    .enumerate()
                    .all(|(offset, word)| lexemes.get(at + offset).is_some_and(|l| l.is(word)))
            })
            .map(move |(words, phrase, value)| (*phrase, *value, at + words.len()))
    }
}
