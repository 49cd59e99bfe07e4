//! Context terms of claims (`source`, `speaker`, `about`), compiled once with the suite's
//! aliases.

use crate::config::Aliases;
use crate::text::Phrase;

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
    /// Found anywhere in the article, not only in the window: what a claim opening with its
    /// value says after it (`the robberies` of `At least 100 people suffered as a result of
    /// the robberies`), which an article often says apart from the figure.
    pub anywhere: bool,
    /// A lower-case word of a figure's setting (`quake` of `after the quake`): in the
    /// article's headline or first paragraph, it is the setting of the whole story, found
    /// for every figure.
    pub topic: bool,
}

impl Term {
    /// The term `name` with every alias the suite gives it.
    pub fn new(name: &str, aliases: &Aliases) -> Self {
        let mut alternatives = vec![Phrase::new(name)];
        for spelling in aliases.spellings(name) {
            let phrase = Phrase::new(spelling);
            if !phrase.is_empty() && !alternatives.contains(&phrase) {
                alternatives.push(phrase);
            }
        }
        alternatives.retain(|p| !p.is_empty());
        Term {
            name: name.into(),
            alternatives: alternatives.into(),
            speaker: false,
            anywhere: false,
            topic: false,
        }
    }

    /// This term, found anywhere in the article.
    pub fn anywhere(mut self) -> Self {
        self.anywhere = true;
        self
    }

    /// A term of a claim's figure: a lower-case one (a word of its setting, `quake` of `after
    /// the quake`) is a topic, a name is not.
    pub fn of_figure(name: &str, aliases: &Aliases) -> Self {
        let mut term = Term::new(name, aliases);
        term.topic = name.starts_with(char::is_lowercase);
        term
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
        let stems: Vec<&str> = speaker.words().map(|w| w.stem()).collect();
        self.alternatives.iter().any(|phrase| {
            let words: Vec<&str> = phrase.words().map(|w| w.stem()).collect();
            // "Alex Hamilton of EarlyBirdCapital", "Coalition spokesman Ahmed al-Assiri": the
            // person's name is the words before an affiliation (`of`, `from`, `at`).
            let person = words
                .iter()
                .position(|w| ["of", "from", "at"].contains(w))
                .map_or(&words[..], |at| &words[..at]);
            // "Chancellor Reeves" names Rachel Reeves, "Sonia Gandhi" does not name Rahul
            // Gandhi: a surname alone matches where no other given name stands before it
            // (the words right before the surnames; "Prosecutor Nicholas Reade" is Nicholas
            // Reade).
            fn before_last<'w>(names: &[&'w str]) -> Option<&'w str> {
                names.len().checked_sub(2).map(|at| names[at])
            }
            let other_given_name = match (before_last(person), before_last(&stems)) {
                (Some(ours), Some(theirs)) => {
                    ours != theirs
                        && !crate::recognise::vocabulary::is_title_or_role(ours)
                        && !crate::recognise::vocabulary::is_title_or_role(theirs)
                }
                _ => false,
            };
            // ("al-Assiri" is Assiri.)
            let surname = |word: &str, of: &str| {
                word == of
                    || word
                        .rsplit_once('-')
                        .is_some_and(|(particle, rest)| rest == of && particle.len() <= 3)
            };
            let same_surname = match (person.last(), stems.last()) {
                (Some(ours), Some(theirs)) => surname(ours, theirs) || surname(theirs, ours),
                _ => false,
            };
            words.iter().all(|w| stems.contains(w)) || (same_surname && !other_given_name)
        })
    }
}
