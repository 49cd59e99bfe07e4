//! Phrases: runs of words a claim looks for, compared word by word with an article's text.

use super::normalise::{is_normal, normalise};
use super::words::{Word, is_acronym, key, stem, words};

/// A run of words a claim looks for, compared word by word with an article's text.
///
/// A suite holds hundreds of thousands of phrases for a whole run, so a phrase keeps its
/// text and the letters of all its words in one string (the text, then each word's key and
/// its stem where that differs) instead of a string or two per word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phrase {
    /// The phrase as written, then the words' keys and stems, end to end.
    letters: Box<str>,
    /// Where each word's key and stem end in `letters`; a word starts where the one before
    /// it ends, the first where the text ends.
    ends: Box<[WordEnds]>,
    /// Where the text ends in `letters`.
    text_end: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct WordEnds {
    key: u32,
    stem: u32,
    acronym: bool,
}

impl Phrase {
    /// The phrase `text`, normalised and cut into words by the article's rules (so that a
    /// claim's curly apostrophe matches the article's).
    pub fn new(text: &str) -> Self {
        let normalised = if is_normal(text) {
            std::borrow::Cow::Borrowed(text)
        } else {
            std::borrow::Cow::Owned(normalise(text).text)
        };
        let mut letters = String::with_capacity(text.len() * 2);
        letters.push_str(text);
        let mut ends = Vec::new();
        for (_, word) in words(&normalised) {
            let key = key(word);
            letters.push_str(&key);
            let key_end = letters.len();
            let stem = stem(&key);
            if *stem != *key {
                letters.push_str(&stem);
            }
            ends.push(WordEnds {
                key: offset(key_end),
                stem: offset(letters.len()),
                acronym: is_acronym(word),
            });
        }
        Phrase {
            letters: letters.into(),
            ends: ends.into(),
            text_end: offset(text.len()),
        }
    }

    /// The phrase as written.
    pub fn text(&self) -> &str {
        &self.letters[..self.text_end as usize]
    }

    /// Its words, in order.
    pub fn words(&self) -> impl DoubleEndedIterator<Item = Word<'_>> + ExactSizeIterator + Clone {
        (0..self.ends.len()).map(|at| self.word(at))
    }

    /// Word `at` (from 0).
    ///
    /// # Panics
    ///
    /// When `at` is not below [`Phrase::len`].
    pub fn word(&self, at: usize) -> Word<'_> {
        let start = at
            .checked_sub(1)
            .map_or(self.text_end, |before| self.ends[before].stem) as usize;
        let WordEnds { key, stem, acronym } = self.ends[at];
        let (key, stem) = (key as usize, stem as usize);
        let key = &self.letters[start..key];
        let stem = if stem == key.len() + start {
            key
        } else {
            &self.letters[start + key.len()..stem]
        };
        Word::new(key, stem, acronym)
    }

    /// How many words it has.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// Whether it has no words (only punctuation, say).
    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }
}

/// A position in a phrase's letters, in 32 bits like every position inside a file (files
/// are read up to 4 GiB, `source::read_text`); only a phrase of over a gigabyte, whose
/// letters with its keys and stems pass 4 GiB, would reach the saturation.
fn offset(at: usize) -> u32 {
    u32::try_from(at).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_word_of_a_phrase_has_its_key_stem_and_case() {
        let text = "The U.S. Army's brigades, NATO allies and Zürich's crises";
        let phrase = Phrase::new(text);
        let normalised = normalise(text).text;
        let expected: Vec<(String, String, bool)> = words(&normalised)
            .map(|(_, w)| {
                let key = key(w).into_owned();
                let stem = stem(&key).into_owned();
                (key, stem, is_acronym(w))
            })
            .collect();
        let found: Vec<(String, String, bool)> = phrase
            .words()
            .map(|w| (w.key.to_string(), w.stem().to_string(), w.acronym))
            .collect();
        assert_eq!(found, expected);
        assert_eq!(phrase.len(), expected.len());
        assert_eq!(phrase.text(), text);
        // Stems that differ from their keys, a dotted abbreviation and an acronym are all here.
        assert!(
            found
                .iter()
                .any(|(k, s, _)| k == "brigades" && s == "brigade")
        );
        assert!(found.iter().any(|(k, s, _)| k == "army's" && s == "army"));
        assert!(found.iter().any(|(k, _, _)| k == "us"));
        assert!(found.iter().any(|(k, _, a)| k == "nato" && *a));
        assert!(
            found
                .iter()
                .any(|(k, s, _)| k == "zürich's" && s == "zürich")
        );
        assert_eq!(phrase.word(0).key, "the");
        assert_eq!(
            phrase.words().next_back(),
            Some(phrase.word(phrase.len() - 1))
        );
    }

    #[test]
    fn a_phrase_of_punctuation_has_no_words() {
        let phrase = Phrase::new("— …");
        assert!(phrase.is_empty());
        assert_eq!(phrase.words().count(), 0);
    }
}
