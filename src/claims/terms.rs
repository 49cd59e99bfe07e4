//! Phrases and context terms of claims, compiled once with the suite's aliases.

use crate::article::words::{Word, words};
use crate::config::Aliases;

/// A run of words a claim looks for, compared word by word with an article's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phrase {
    /// The phrase as written.
    pub text: Box<str>,
    /// Its words.
    pub words: Box<[Word]>,
}

impl Phrase {
    /// The phrase `text`, normalised and cut into words by the article's rules (so that a
    /// claim's curly apostrophe matches the article's).
    pub fn new(text: &str) -> Self {
        let normalised = if crate::article::is_normal(text) {
            std::borrow::Cow::Borrowed(text)
        } else {
            std::borrow::Cow::Owned(crate::article::normalise(text).text)
        };
        Phrase {
            words: words(&normalised).map(|(_, w)| Word::new(w)).collect(),
            text: text.into(),
        }
    }
}

/// A context term (`source`, `speaker`, `about`, or a name in a shorthand): it is found
/// when any of its alternatives (itself and its aliases) appears in the window.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    /// The term as the claim wrote it.
    pub name: Box<str>,
    /// The spellings that count: the term and its aliases.
    pub alternatives: Box<[Phrase]>,
    /// A `speaker` term: the speaker a quotation is attributed to also counts.
    pub speaker: bool,
}

impl Term {
    /// The term `name` with every alias the suite gives it.
    pub fn new(name: &str, aliases: &Aliases) -> Self {
        let mut alternatives = vec![Phrase::new(name)];
        for spelling in aliases.spellings(name) {
            let phrase = Phrase::new(spelling);
            if !phrase.words.is_empty() && !alternatives.contains(&phrase) {
                alternatives.push(phrase);
            }
        }
        alternatives.retain(|p| !p.words.is_empty());
        Term {
            name: name.into(),
            alternatives: alternatives.into(),
            speaker: false,
        }
    }

    /// This term as a `speaker` term.
    pub fn as_speaker(mut self) -> Self {
        self.speaker = true;
        self
    }

    /// Whether `name` (a quotation's attributed speaker, `John Kirby`) is this term: every word
    /// of a spelling is in it, or the last words agree (`Kirby` for `John Kirby`).
    pub fn names(&self, name: &str) -> bool {
        let speaker = Phrase::new(name);
        let stems: Vec<&str> = speaker.words.iter().map(|w| w.stem()).collect();
        self.alternatives.iter().any(|phrase| {
            phrase.words.iter().all(|w| stems.contains(&w.stem()))
                || phrase.words.last().map(|w| w.stem()) == stems.last().copied()
        })
    }
}
