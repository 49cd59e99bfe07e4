//! Words: how article text and claim text are cut into comparable tokens.
//!
//! The same rules cut both sides, so a claim's phrase and an article's passage compare
//! word by word. A word is a run of letters and digits; `30,000` and `3.5` are one word,
//! `U.S.` is one word (compared as `us`), `Kyiv's` is one word; hyphens and all other
//! punctuation separate words, so `de-escalate` reads as `de escalate`.

use crate::source::Span;
use rustc_hash::FxHashMap as HashMap;
use std::borrow::Cow;

/// The words of `text`, with their byte spans: abbreviations (`U.S.`), numbers with
/// separators and glued letters (`30,000`, `3.5bn`), and words with inner apostrophes.
pub fn words(text: &str) -> impl Iterator<Item = (Span, &str)> {
    let mut at = 0;
    std::iter::from_fn(move || {
        let bytes = text.as_bytes();
        while at < text.len() {
            let c = text[at..].chars().next()?;
            if !is_word_char(c) {
                at += c.len_utf8();
                continue;
            }
            let start = at;
            let end = abbreviation(text, start).unwrap_or_else(|| word_end(text, bytes, start));
            at = end;
            return Some((Span::new(start, end), &text[start..end]));
        }
        None
    })
}

fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    c.is_alphanumeric() || unicode_normalization::char::is_combining_mark(c)
}

/// `U.S.`, `e.g.`: two or more single letters each followed by a full stop.
fn abbreviation(text: &str, start: usize) -> Option<usize> {
    let mut at = start;
    let mut pairs = 0;
    loop {
        let mut chars = text[at..].chars();
        match (chars.next(), chars.next()) {
            (Some(c), Some('.')) if c.is_alphabetic() => {
                at += c.len_utf8() + 1;
                pairs += 1;
            }
            _ => break,
        }
    }
    (pairs >= 2).then_some(at)
}

/// The end of a word or number starting at `start`.
fn word_end(text: &str, bytes: &[u8], start: usize) -> usize {
    let mut at = start;
    let mut last_digit = false;
    while let Some(c) = text[at..].chars().next().filter(|&c| is_word_char(c)) {
        last_digit = c.is_numeric();
        at += c.len_utf8();
    }
    // "30,000", "3.5": separators between digits, then glued letters ("3.5bn").
    let mut grouped = false;
    while last_digit
        && at + 1 < bytes.len()
        && matches!(bytes[at], b'.' | b',')
        && (bytes[at + 1] as char).is_ascii_digit()
    {
        grouped = true;
        at += 1;
        while at < bytes.len() && bytes[at].is_ascii_digit() {
            at += 1;
        }
    }
    if grouped {
        while let Some(c) = text[at..].chars().next().filter(|c| c.is_alphabetic()) {
            at += c.len_utf8();
        }
        return at;
    }
    // "Kyiv's", "don't": apostrophes followed by letters.
    while bytes.get(at) == Some(&b'\'')
        && text[at + 1..]
            .chars()
            .next()
            .is_some_and(char::is_alphabetic)
    {
        at += 1;
        while let Some(c) = text[at..].chars().next().filter(|c| c.is_alphabetic()) {
            at += c.len_utf8();
        }
    }
    at
}

/// A word's comparison key: lower case, periods of abbreviations dropped (`U.S.` → `us`).
pub fn key(word: &str) -> Cow<'_, str> {
    let lower = crate::recognise::lexer::lower(word);
    if lower.ends_with('.') {
        Cow::Owned(lower.replace('.', ""))
    } else {
        lower
    }
}

/// A key's stem for context terms: possessive and plural endings dropped, so that
/// `Kyiv’s` finds `Kyiv`, `drills` finds `drill` and `ministries` finds `ministry`. Applied
/// to both sides alike.
pub fn stem(key: &str) -> Cow<'_, str> {
    let key = key
        .strip_suffix("'s")
        .or_else(|| key.strip_suffix('\''))
        .unwrap_or(key);
    let length = key.chars().count();
    if length > 4
        && let Some(base) = key.strip_suffix("ies")
    {
        return Cow::Owned(format!("{base}y"));
    }
    if length > 4
        && let Some(base) = key.strip_suffix("es")
        && (base.ends_with("ch")
            || base.ends_with("sh")
            || base.ends_with('x')
            || base.ends_with("ss")
            || base.ends_with('z'))
    {
        return Cow::Borrowed(base);
    }
    if length > 3
        && key.ends_with('s')
        && !key.ends_with("ss")
        && !key.ends_with("us")
        && !key.ends_with("is")
    {
        return Cow::Borrowed(&key[..key.len() - 1]);
    }
    Cow::Borrowed(key)
}

/// Whether a word is written all in capitals (an acronym such as `NATO`, `US`).
pub fn is_acronym(word: &str) -> bool {
    let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase())
}

/// One word of a claim's phrase or term, ready to compare with article words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    /// Its [`key`]: lower case, abbreviation dots dropped.
    pub key: String,
    /// Its [`stem`], where it differs from the key (most words' does not: one string less).
    stem: Option<String>,
    /// Written in capitals (`US`): then it does not match an all-lower-case word (`us`).
    pub acronym: bool,
}

impl Word {
    /// A word as written in a claim.
    pub fn new(text: &str) -> Self {
        let key = key(text).into_owned();
        let stem = match stem(&key) {
            Cow::Borrowed(same) if same.len() == key.len() => None,
            other => Some(other.into_owned()),
        };
        Word {
            key,
            stem,
            acronym: is_acronym(text),
        }
    }

    /// Its [`stem`]: possessive and plural endings dropped.
    pub fn stem(&self) -> &str {
        self.stem.as_deref().unwrap_or(&self.key)
    }
}

/// Where every stem occurs in an article, as token numbers in ascending order.
#[derive(Debug, Default)]
pub struct TermIndex {
    positions: HashMap<String, Vec<u32>>,
}

impl TermIndex {
    /// Index tokens given by their text, in order.
    pub fn build<'t>(tokens: impl Iterator<Item = &'t str>) -> Self {
        let mut positions: HashMap<String, Vec<u32>> = HashMap::default();
        for (number, text) in tokens.enumerate() {
            crate::recognise::lexer::with_lower(text, |lowered| {
                let key = if lowered.ends_with('.') {
                    Cow::Owned(lowered.replace('.', ""))
                } else {
                    Cow::Borrowed(lowered)
                };
                let stem = stem(&key);
                // Allocate a key only the first time a stem is seen.
                match positions.get_mut(stem.as_ref()) {
                    Some(list) => list.push(number as u32),
                    None => {
                        positions.insert(stem.into_owned(), vec![number as u32]);
                    }
                }
            });
        }
        TermIndex { positions }
    }

    /// The tokens whose stem is `stem`, ascending.
    pub fn occurrences(&self, stem: &str) -> &[u32] {
        self.positions.get(stem).map_or(&[], Vec::as_slice)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cut(text: &str) -> Vec<&str> {
        words(text).map(|(_, w)| w).collect()
    }

    #[test]
    fn numbers_and_abbreviations_are_one_word() {
        assert_eq!(
            cut("the U.S. moved 3,000 troops, 3.5bn in de-escalation"),
            [
                "the",
                "U.S.",
                "moved",
                "3,000",
                "troops",
                "3.5bn",
                "in",
                "de",
                "escalation"
            ]
        );
    }

    #[test]
    fn missing_space_after_full_stop_still_separates_words() {
        assert_eq!(
            cut("for weeks.Russian Defense"),
            ["for", "weeks", "Russian", "Defense"]
        );
    }

    #[test]
    fn possessives_and_plurals_share_a_stem() {
        assert_eq!(stem(&key("Kyiv's")), "kyiv");
        assert_eq!(stem(&key("drills")), "drill");
        assert_eq!(stem(&key("Belarus")), "belarus");
        assert_eq!(stem(&key("U.S.")), "us");
        assert_eq!(stem(&key("ministries")), stem(&key("ministry")));
        assert_eq!(stem(&key("churches")), stem(&key("church")));
    }
}
