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
    /// For words: the [`class`] bits of the word, found once here because the recognisers
    /// ask about every word of every sentence.
    pub class: u16,
}

/// Classes of words the recognisers look for everywhere. The words of each class are the
/// recognisers' (a [`WordSet`] with these bits as values, passed to [`lex_into`]); the lexer
/// marks every word with its bits once, because the recognisers ask about every word.
pub(crate) mod class {
    /// May start a quantity: a qualifier's first word, a number word, `a`, `half`, …
    pub const QUANTITY_START: u16 = 1;
    /// May start a relative date (`last week`, `yesterday`).
    pub const RELATIVE_DATE_START: u16 = 2;
    /// A verb of saying (`said`, `told`).
    pub const SPEECH_VERB: u16 = 4;
    /// A month or weekday name, in full or abbreviated (`February`, `Feb`, `Thu`).
    pub const CALENDAR: u16 = 8;
    /// Starts a quantity only as the first word of a qualifier (`in` of `in excess of`).
    pub const QUALIFIER_ONLY: u16 = 16;
    /// A role a speaker or body has (`judge`, `minister`, `ministry`).
    pub const ROLE: u16 = 32;
    /// A title before a name (`Dr`, `Senator`, `Judge`).
    pub const TITLE: u16 = 64;
    /// A word that makes a name a body's (`Ministry`, `Bank`, `Council`).
    pub const BODY: u16 = 128;
    /// A capitalised word that names no one (`The`, `But`, `Yesterday`).
    pub const NOT_NAME: u16 = 256;
    /// A personal pronoun (`he`, `she`, `they`).
    pub const PRONOUN: u16 = 512;
    /// A verb wherever it stands (`rose`, `won`, `died`).
    pub const VERB: u16 = 1024;
    /// Opens a phrase before a clause's subject (`On`, `Amid`, `However`).
    pub const OPENER: u16 = 2048;
    /// Opens a subject without naming it (`the`, `their`, `some`).
    pub const DETERMINER: u16 = 4096;
    /// A preposition that attaches a name to the figure before it (`in`, `for`).
    pub const ATTACH: u16 = 8192;
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

/// The lexemes of `text`, whose first byte is at `base` in the article, with no word
/// classes (for text that only needs cutting: a unit's spelling).
pub(crate) fn lex_plain(text: &str, base: usize) -> Vec<Lexeme<'_>> {
    static NONE: std::sync::LazyLock<WordSet> =
        std::sync::LazyLock::new(|| WordSet::new(std::iter::empty::<&str>()));
    let mut lexemes = Vec::with_capacity(text.len() / 4);
    lex_into(text, base, &NONE, &mut lexemes);
    lexemes
}

/// Add the lexemes of `text`, whose first byte is at `base` in the article, to `lexemes`:
/// runs of letters (with inner apostrophes: `Kyiv's`), digits (with inner `.`/`,` groups and
/// glued letters: `3,000`, `3.5bn`, `82nd`), and every other non-space character alone. Each
/// word is marked with its [`class`] bits in `vocabulary`.
pub(crate) fn lex_into<'a>(
    text: &'a str,
    base: usize,
    vocabulary: &WordSet,
    lexemes: &mut Vec<Lexeme<'a>>,
) {
    let bytes = text.as_bytes();
    let mut at = 0;
    let mut previous_end = 0;
    while at < bytes.len() {
        let c = if bytes[at].is_ascii() {
            bytes[at] as char
        } else {
            text[at..]
                .chars()
                .next()
                .expect("a character at a boundary")
        };
        let start = at;
        at += c.len_utf8();
        if c.is_whitespace() {
            continue;
        }
        let kind = if is_letter(c) {
            at = letters(text, at);
            Kind::Word
        } else if c.is_ascii_digit() {
            at = digits(text, at);
            Kind::Number
        } else {
            Kind::Symbol
        };
        lexemes.push(Lexeme {
            text: &text[start..at],
            span: Span::new(base + start, base + at),
            kind,
            spaced: start == 0 || start > previous_end,
            // A possessive has its word's classes ("Friday's", "June's").
            class: if kind == Kind::Word {
                let word = &text[start..at];
                match vocabulary.get(word) {
                    0 => word
                        .strip_suffix("'s")
                        .map_or(0, |stem| vocabulary.get(stem)),
                    class => class,
                }
            } else {
                0
            },
        });
        previous_end = at;
    }
}

fn is_letter(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    c.is_alphabetic() || unicode_normalization::char::is_combining_mark(c)
}

/// The end of a run of letters from `at`, with apostrophes followed by letters.
fn letters(text: &str, mut at: usize) -> usize {
    let bytes = text.as_bytes();
    loop {
        while bytes.get(at).is_some_and(u8::is_ascii_alphabetic) {
            at += 1;
        }
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

/// `text` in lower case, borrowed when it already is (most words are).
pub(crate) fn lower(text: &str) -> std::borrow::Cow<'_, str> {
    if text.is_ascii() {
        return if text.bytes().any(|b| b.is_ascii_uppercase()) {
            std::borrow::Cow::Owned(text.to_ascii_lowercase())
        } else {
            std::borrow::Cow::Borrowed(text)
        };
    }
    if text.chars().any(char::is_uppercase) {
        std::borrow::Cow::Owned(text.to_lowercase())
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

/// A table of multi-word phrases (`"no more than"`, `"earlier this month"`), split into words
/// once, with the words that can start one, so that most lexemes are rejected at a glance.
pub(crate) struct Phrases<T: 'static> {
    entries: Vec<(Vec<&'static str>, &'static str, T)>,
    starts: WordSet,
}

impl<T: Copy> Phrases<T> {
    /// The phrases of `table`, in its order (put longer phrases before their prefixes).
    pub fn new(table: &'static [(&'static str, T)]) -> Self {
        let entries: Vec<_> = table
            .iter()
            .map(|(phrase, value)| (phrase.split(' ').collect::<Vec<_>>(), *phrase, *value))
            .collect();
        let starts = WordSet::new(entries.iter().map(|(words, _, _)| words[0]));
        Phrases { entries, starts }
    }

    /// Every phrase starting at `at`, in table order: `(phrase, value, the lexeme after it)`.
    pub fn at<'s>(
        &'s self,
        lexemes: &'s [Lexeme<'_>],
        at: usize,
    ) -> impl Iterator<Item = (&'static str, T, usize)> + 's {
        // Whether a phrase starts with the lexeme: a cheap test that rejects almost all.
        let possible = lexemes
            .get(at)
            .is_some_and(|l| self.starts.contains(l.text));
        let entries: &[_] = if possible { &self.entries } else { &[] };
        entries
            .iter()
            .filter(move |(words, _, _)| {
                words
                    .iter()
                    .enumerate()
                    .all(|(offset, word)| lexemes.get(at + offset).is_some_and(|l| l.is(word)))
            })
            .map(move |(words, phrase, value)| (*phrase, *value, at + words.len()))
    }
}

/// A set of lower-case words asked about in any case, without lower-casing the question:
/// the recognisers ask it about every word of every sentence, so a lookup hashes the word's
/// bytes folded to lower case as it reads them and compares case-insensitively (open
/// addressing, FNV-1a). Words with non-ASCII letters are lower-cased fully first.
pub(crate) struct WordSet {
    /// Open addressing: (hash, start in `text`, length, value); length 0 is an empty slot.
    slots: Box<[(u64, u32, u32, u16)]>,
    /// The words, one after another (close together: they stay in the cache).
    text: String,
    longest: usize,
    /// A Bloom filter over (length, first byte, last byte) of the words, case folded: most
    /// questions are answered by it alone.
    filter: [u64; 64],
}

impl WordSet {
    /// The set of `words` (any case; stored lower-cased).
    pub fn new<S: AsRef<str>>(words: impl IntoIterator<Item = S>) -> Self {
        Self::with_values(words.into_iter().map(|w| (w, 1)))
    }

    /// The set of `words`, each with bits of a value; a word given twice has the bits of both.
    pub fn with_values<S: AsRef<str>>(words: impl IntoIterator<Item = (S, u16)>) -> Self {
        let mut words: Vec<(String, u16)> = words
            .into_iter()
            .map(|(w, value)| (w.as_ref().to_lowercase(), value))
            .collect();
        words.sort_unstable();
        words.dedup_by(|later, first| {
            let same = later.0 == first.0;
            if same {
                first.1 |= later.1;
            }
            same
        });
        let size = (words.len() * 2).next_power_of_two().max(8);
        let mut set = WordSet {
            slots: vec![(0, 0, 0, 0); size].into_boxed_slice(),
            text: String::new(),
            longest: words.iter().map(|(w, _)| w.len()).max().unwrap_or(0),
            filter: [0; 64],
        };
        for (word, value) in words {
            let bit = filter_bit(word.as_bytes());
            set.filter[bit / 64] |= 1 << (bit % 64);
            if word.is_empty() {
                continue;
            }
            let hash = folded_hash(&word);
            let mut at = set.slot(hash);
            while set.slots[at].2 != 0 {
                at = (at + 1) & (size - 1);
            }
            set.slots[at] = (hash, set.text.len() as u32, word.len() as u32, value);
            set.text.push_str(&word);
        }
        set
    }

    fn slot(&self, hash: u64) -> usize {
        (hash as usize) & (self.slots.len() - 1)
    }

    /// Whether `word`, in any case, is in the set.
    pub fn contains(&self, word: &str) -> bool {
        self.get(word) != 0
    }

    /// The value of `word`, in any case: 0 if it is not in the set.
    pub fn get(&self, word: &str) -> u16 {
        if word.len() > self.longest * 4 || word.is_empty() {
            return 0;
        }
        if !word.is_ascii() {
            let lowered = lower(word);
            return self.find(&lowered, |entry| entry == lowered.as_ref());
        }
        if word.len() > self.longest {
            return 0;
        }
        let bit = filter_bit(word.as_bytes());
        if self.filter[bit / 64] & (1 << (bit % 64)) == 0 {
            return 0;
        }
        self.find(word, |entry| entry.eq_ignore_ascii_case(word))
    }

    fn find(&self, word: &str, same: impl Fn(&str) -> bool) -> u16 {
        let hash = folded_hash(word);
        let mut at = self.slot(hash);
        loop {
            let (stored, start, length, value) = self.slots[at];
            if length == 0 {
                return 0;
            }
            if stored == hash && same(&self.text[start as usize..(start + length) as usize]) {
                return value;
            }
            at = (at + 1) & (self.slots.len() - 1);
        }
    }
}

/// A word's bit in [`WordSet::filter`], from its length and its first and last bytes (ASCII
/// letters folded to lower case).
fn filter_bit(word: &[u8]) -> usize {
    let (Some(first), Some(last)) = (word.first(), word.last()) else {
        return 0;
    };
    let mix = (word.len() as u32).wrapping_mul(0x9E37_79B9)
        ^ u32::from(first.to_ascii_lowercase()).wrapping_mul(0x85EB_CA6B)
        ^ u32::from(last.to_ascii_lowercase()).wrapping_mul(0xC2B2_AE35);
    (mix >> 20) as usize & 4095
}

/// FNV-1a over the bytes of `word` with ASCII letters folded to lower case.
fn folded_hash(word: &str) -> u64 {
    word.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(byte.to_ascii_lowercase())).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_set_answers_in_any_case() {
        let set = WordSet::new(["said", "Told", "according", "złoty", "$", "us$", "c"]);
        let values = WordSet::with_values([("said", 1), ("told", 2), ("Said", 4)]);
        assert_eq!(
            (values.get("SAID"), values.get("told"), values.get("x")),
            (5, 2, 0)
        );
        for word in [
            "said",
            "SAID",
            "Said",
            "told",
            "According",
            "złoty",
            "Złoty",
            "ZŁOTY",
        ] {
            assert!(set.contains(word), "{word}");
        }
        for word in [
            "",
            "sai",
            "saidx",
            "tol",
            "accordingly",
            "zloty",
            "s\u{e4}id",
        ] {
            assert!(!set.contains(word), "{word}");
        }
    }

    #[test]
    fn word_set_holds_many_words() {
        let words: Vec<String> = (0..500).map(|n| format!("w{n}")).collect();
        let set = WordSet::new(&words);
        assert!(words.iter().all(|w| set.contains(w)));
        assert!(!set.contains("w500"));
    }

    #[test]
    fn lower_borrows_lower_case_and_folds_the_rest() {
        assert!(matches!(lower("troops"), std::borrow::Cow::Borrowed(_)));
        assert_eq!(lower("NATO"), "nato");
        assert_eq!(lower("Szijjártó"), "szijjártó");
        assert_eq!(lower("ÉLYSÉE"), "élysée");
    }
}
