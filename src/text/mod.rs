//! Text: what claims, articles and recognisers share about reading words.
//!
//! Normalisation with its map back to the original ([`normalise()`], [`OffsetMap`]), the
//! word primitives (`words::key`, `words::stem`, [`Phrase`], `lexer::WordSet`), the
//! lexer and the window a claim's context must stand in ([`Within`]). This layer imports
//! nothing of the crate but [`crate::source`]: everything above it reads text the same way.

pub(crate) mod lexer;
mod normalise;
mod phrase;
pub(crate) mod words;

pub use normalise::{Facing, Normalised, OffsetMap, QuoteMarks, is_normal, normalise};
pub use phrase::Phrase;

/// The window in which context terms must appear around the evidence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Within {
    /// The evidence's sentence.
    Sentence,
    /// The evidence's paragraph (the default).
    Paragraph,
    /// Anywhere in the article.
    Article,
}

impl Within {
    /// Every window, with the word claim files write for it.
    pub const ALL: [(&'static str, Within); 3] = [
        ("sentence", Within::Sentence),
        ("paragraph", Within::Paragraph),
        ("article", Within::Article),
    ];

    /// The word claim files write for this window (`"paragraph"`).
    pub fn name(self) -> &'static str {
        match self {
            Within::Sentence => "sentence",
            Within::Paragraph => "paragraph",
            Within::Article => "article",
        }
    }
}

/// `text` with every run of whitespace made one space.
pub fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
