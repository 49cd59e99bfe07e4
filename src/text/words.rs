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
pub(crate) fn words(text: &str) -> impl Iterator<Item = (Span, &str)> {
    let mut at = 0;
    std::iter::from_fn(move || {
        let bytes = text.as_bytes();
        while at < text.len() {
            if bytes[at].is_ascii() && !bytes[at].is_ascii_alphanumeric() {
                at += 1;
                continue;
            }
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

/// Whether `word` is an abbreviation whose last stop was left off (`U.S` of `U.S.`): the
/// stop is its own, not a sentence's.
pub(crate) fn lacks_last_stop(word: &str) -> bool {
    !word.is_empty()
        && !word.ends_with('.')
        && word.contains('.')
        && abbreviation(&format!("{word}."), 0) == Some(word.len() + 1)
}

/// `U.S.`, `e.g.`: two or more single letters each followed by a full stop.
fn abbreviation(text: &str, start: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    if bytes[start].is_ascii() && bytes.get(start + 1) != Some(&b'.') {
        return None;
    }
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
    loop {
        while let Some(&byte) = bytes.get(at).filter(|b| b.is_ascii_alphanumeric()) {
            last_digit = byte.is_ascii_digit();
            at += 1;
        }
        match text[at..]
            .chars()
            .next()
            .filter(|&c| !c.is_ascii() && is_word_char(c))
        {
            Some(c) => {
                last_digit = c.is_numeric();
                at += c.len_utf8();
            }
            None => break,
        }
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
pub(crate) fn key(word: &str) -> Cow<'_, str> {
    let lower = crate::text::lexer::lower(word);
    if lower.ends_with('.') {
        Cow::Owned(lower.replace('.', ""))
    } else {
        lower
    }
}

/// A key's stem for context terms: possessive and plural endings dropped, so that
/// `Kyiv’s` finds `Kyiv`, `drills` finds `drill` and `ministries` finds `ministry`. Applied
/// to both sides alike.
pub(crate) fn stem(key: &str) -> Cow<'_, str> {
    let (kept, y) = stem_parts(key.as_bytes(), |n| key[..n].chars().count());
    // The rules cut only ASCII endings, so `kept` ends on a character boundary.
    let base = &key[..kept];
    if y {
        Cow::Owned(format!("{base}y"))
    } else {
        Cow::Borrowed(base)
    }
}

/// The rules of [`stem`] on a key's bytes: how many bytes of the key the stem keeps, and
/// whether a `y` follows them (`ministries` → `ministr` + `y`). `chars(n)` counts the
/// characters of the key's first `n` bytes (the rules look at word length).
fn stem_parts(key: &[u8], chars: impl Fn(usize) -> usize) -> (usize, bool) {
    let kept = if key.ends_with(b"'s") {
        key.len() - 2
    } else if key.ends_with(b"'") {
        key.len() - 1
    } else {
        key.len()
    };
    let key = &key[..kept];
    let length = chars(kept);
    if length > 4 && key.ends_with(b"ies") {
        return (kept - 3, true);
    }
    if length > 4 && key.ends_with(b"es") {
        let base = &key[..kept - 2];
        if base.ends_with(b"ch")
            || base.ends_with(b"sh")
            || base.ends_with(b"x")
            || base.ends_with(b"ss")
            || base.ends_with(b"z")
        {
            return (kept - 2, false);
        }
    }
    if length > 3
        && key.ends_with(b"s")
        && !key.ends_with(b"ss")
        && !key.ends_with(b"us")
        && !key.ends_with(b"is")
    {
        return (kept - 1, false);
    }
    (kept, false)
}

/// Whether `word` denies the verb after it: `not`, `never`, `cannot`, `didn't` (any case,
/// either apostrophe).
pub(crate) fn is_negator(word: &str) -> bool {
    let word = word.to_lowercase();
    ["not", "never", "cannot"].contains(&word.as_str())
        || word.ends_with("n't")
        || word.ends_with("n\u{2019}t")
}

/// Whether `word` denies, a verb ([`is_negator`]) or a noun (`no`, `nor`, `none`, `neither`:
/// `no big-city mayor lost`, `none of the crews had been sent`).
pub(crate) fn denies(word: &str) -> bool {
    is_negator(word)
        || ["no", "nor", "none", "neither"]
            .iter()
            .any(|w| word.eq_ignore_ascii_case(w))
}

/// Whether `word` is a superlative (`biggest`, `highest`, `best`, `most`; any case): an
/// adjective in `-est` of two syllables or more, less the nouns that end so (`interest`,
/// `protest`) and `latest`, which dates rather than ranks.
pub(crate) fn is_superlative(word: &str) -> bool {
    let word = word.to_lowercase();
    ["best", "worst", "most", "least"].contains(&word.as_str())
        || (word.ends_with("est")
            && word.len() > 4
            && ![
                "interest", "forest", "protest", "request", "harvest", "latest", "contest",
                "arrest", "conquest", "inquest", "honest", "modest", "manifest", "suggest",
                "digest", "invest", "attest", "detest",
            ]
            .contains(&word.as_str()))
}

/// Whether a word is written all in capitals (an acronym such as `NATO`, `US`).
pub(crate) fn is_acronym(word: &str) -> bool {
    let mut letters = word.chars().filter(|c| c.is_alphabetic());
    letters.clone().nth(1).is_some() && letters.all(char::is_uppercase)
}

/// One word of a claim's phrase or term, ready to compare with article words: a view into
/// its [`Phrase`](crate::claims::Phrase), which keeps the letters of all its words together.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word<'a> {
    /// Its [`key`]: lower case, abbreviation dots dropped.
    pub key: &'a str,
    /// Its [`stem`].
    stem: &'a str,
    /// Written in capitals (`US`): then it does not match an all-lower-case word (`us`).
    pub acronym: bool,
}

impl<'a> Word<'a> {
    /// A word whose key and stem are given.
    pub fn new(key: &'a str, stem: &'a str, acronym: bool) -> Self {
        Word { key, stem, acronym }
    }

    /// Its [`stem`]: possessive and plural endings dropped.
    pub fn stem(&self) -> &'a str {
        self.stem
    }
}

/// Where every stem occurs in an article, as token numbers in ascending order.
///
/// Flat, for speed and memory: a handful of vectors per article instead of a string and a
/// list per distinct word. Tokens are grouped by the hash of their stem; each group keeps
/// its stem (in one shared buffer) so that a lookup answers only for the stem asked for. Two
/// stems of one article sharing a 64-bit hash (about 1 in 10^13) would hide the second.
#[derive(Debug, Default)]
pub struct TermIndex {
    /// Stem hash → group number, in order of first occurrence.
    groups_of: HashMap<u64, u32>,
    /// Group `i`'s tokens are `tokens[groups[i]..groups[i + 1]]`.
    groups: Vec<u32>,
    /// Token numbers, grouped, ascending within a group.
    tokens: Vec<u32>,
    /// Group `i`'s stem is `stems[stem_starts[i]..stem_starts[i + 1]]`.
    stem_starts: Vec<u32>,
    stems: String,
}

impl TermIndex {
    /// Index tokens given by their text, in order.
    pub fn build<'t>(tokens: impl Iterator<Item = &'t str>) -> Self {
        let mut index = TermIndex::default();
        let (expected, _) = tokens.size_hint();
        // News text repeats about half its words: room for the distinct ones, no regrowth.
        index.groups_of.reserve(expected / 2);
        let mut counts: Vec<u32> = Vec::with_capacity(expected / 2);
        let mut group_of_token: Vec<u32> = Vec::with_capacity(expected);
        for text in tokens {
            let next = counts.len() as u32;
            let group = *index.groups_of.entry(token_stem_hash(text)).or_insert(next);
            if group == next {
                counts.push(0);
                index.stem_starts.push(index.stems.len() as u32);
                index.stems.push_str(&stem(&key(text)));
            }
            counts[group as usize] += 1;
            group_of_token.push(group);
        }
        index.stem_starts.push(index.stems.len() as u32);
        // Counting sort: each group's slice, filled in token order.
        let mut total = 0;
        for count in counts {
            index.groups.push(total);
            total += count;
        }
        index.groups.push(total);
        let mut next = index.groups.clone();
        index.tokens = vec![0; total as usize];
        for (number, &group) in group_of_token.iter().enumerate() {
            let slot = &mut next[group as usize];
            index.tokens[*slot as usize] = number as u32;
            *slot += 1;
        }
        index
    }

    /// The tokens whose stem is `stem`, ascending.
    pub fn occurrences(&self, stem: &str) -> &[u32] {
        let Some(&group) = self.groups_of.get(&stem_hash(stem)) else {
            return &[];
        };
        let group = group as usize;
        let stored =
            &self.stems[self.stem_starts[group] as usize..self.stem_starts[group + 1] as usize];
        if stored != stem {
            return &[];
        }
        &self.tokens[self.groups[group] as usize..self.groups[group + 1] as usize]
    }
}

/// The [`stem_hash`] of an article token's stem, computed on the stack for ASCII words.
fn token_stem_hash(text: &str) -> u64 {
    let bytes = text.as_bytes();
    let mut buffer = [0u8; 32];
    if bytes.len() > buffer.len() || !text.is_ascii() {
        return stem_hash(&stem(&key(text)));
    }
    // The key: lower case, and an abbreviation's dots dropped (`U.S.` → `us`).
    let mut length = 0;
    let drop_dots = bytes.last() == Some(&b'.');
    for &byte in bytes {
        if !(drop_dots && byte == b'.') {
            buffer[length] = byte.to_ascii_lowercase();
            length += 1;
        }
    }
    let key = &buffer[..length];
    let (kept, y) = stem_parts(key, |n| n);
    let hash = hash_bytes(FNV_OFFSET, &key[..kept]);
    if y { hash_bytes(hash, b"y") } else { hash }
}

/// A 64-bit FNV-1a hash of a stem.
fn stem_hash(stem: &str) -> u64 {
    hash_bytes(FNV_OFFSET, stem.as_bytes())
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

/// FNV-1a, continued from `hash` over `bytes`.
fn hash_bytes(hash: u64, bytes: &[u8]) -> u64 {
    bytes.iter().fold(hash, |hash, &byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// The points of the compass, in lower case and written as one word (`northeast`).
pub const COMPASS_POINTS: &[&str] = &[
    "north",
    "south",
    "east",
    "west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
];

/// Whether `word` is a name written in camel case, lower-case first (`easyJet`, `iPhone`,
/// `eBay`): a lower-case letter, then a capital after it.
pub fn is_camel_case(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_lowercase)
        && word.chars().all(|c| c.is_alphanumeric() || c == '-')
        && chars.any(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cut(text: &str) -> Vec<&str> {
        words(text).map(|(_, w)| w).collect()
    }

    #[test]
    fn an_abbreviation_missing_its_last_stop_is_known() {
        assert!(lacks_last_stop("U.S"));
        assert!(lacks_last_stop("U.K"));
        assert!(!lacks_last_stop("U.S."));
        assert!(!lacks_last_stop("US"));
        assert!(!lacks_last_stop("St.John"));
        assert!(!lacks_last_stop(""));
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
    fn the_index_hashes_the_stem_that_claims_look_up() {
        for token in [
            "Kyiv's",
            "drills",
            "MINISTRIES",
            "churches",
            "Belarus",
            "U.S.",
            "e.g.",
            "news'",
            "bus",
            "axes",
            "Kiev’s",
            "Szijjártó's",
            "a",
            "ies",
            "flies",
            "boxes",
            "status",
            "analysis",
            "30,000",
            "3.5bn",
            "thisisaveryveryverylongwordindeedyes",
        ] {
            assert_eq!(
                token_stem_hash(token),
                stem_hash(&stem(&key(token))),
                "{token}"
            );
        }
        let index =
            TermIndex::build(["Ministries", "said", "the", "ministry's", "drills"].into_iter());
        assert_eq!(index.occurrences("ministry"), [0, 3]);
        assert_eq!(index.occurrences("drill"), [4]);
        assert!(index.occurrences("minister").is_empty());
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
