//! Normalisation of article text, with a map back to the original.
//!
//! Matching works on a normalised copy: Unicode NFKC, curly quotes and apostrophes made
//! straight, dashes made `-`, every kind of space made ` `, CRLF made LF, invisible
//! characters (zero-width spaces, soft hyphens, BOMs) dropped. Reports must point at the
//! *original* text, so normalisation records an [`OffsetMap`]. The invariant: for every
//! normalised byte offset, [`OffsetMap::to_original`] gives the offset of the original
//! letter it came from, on a char boundary of the original.

use unicode_normalization::UnicodeNormalization;
use unicode_segmentation::UnicodeSegmentation;

/// A normalised text and the way back to the original.
#[derive(Debug, Clone)]
pub struct Normalised {
    /// The normalised text.
    pub text: String,
    /// Normalised offsets → original offsets.
    pub offsets: OffsetMap,
}

/// Maps byte offsets of a normalised text to the original. Sparse: it records only where
/// the two texts stop running in step, so ASCII text costs nothing.
#[derive(Debug, Clone, Default)]
pub struct OffsetMap {
    /// `(normalised, original)` offsets where a changed stretch starts or ends; between two
    /// anchors the texts run in step, except inside a changed stretch, which maps to its start.
    anchors: Vec<(usize, usize)>,
}

impl OffsetMap {
    /// The original offset of normalised offset `offset`.
    pub fn to_original(&self, offset: usize) -> usize {
        let after = self
            .anchors
            .partition_point(|&(normalised, _)| normalised <= offset);
        if after == 0 {
            return offset;
        }
        let (normalised, original) = self.anchors[after - 1];
        let mapped = original + (offset - normalised);
        match self.anchors.get(after) {
            Some(&(_, next_original)) => mapped.min(next_original),
            None => mapped,
        }
    }

    fn push(&mut self, normalised: usize, original: usize) {
        if self.anchors.last() != Some(&(normalised, original)) {
            self.anchors.push((normalised, original));
        }
    }
}

/// Normalise `original` (see the module documentation).
pub fn normalise(original: &str) -> Normalised {
    let mut text = String::with_capacity(original.len());
    let mut offsets = OffsetMap::default();
    for (start, cluster) in original.grapheme_indices(true) {
        if cluster.len() == 1 && is_plain_ascii(cluster.as_bytes()[0]) {
            text.push_str(cluster);
            continue;
        }
        let before = text.len();
        fold_cluster(cluster, &mut text);
        if &text[before..] != cluster {
            offsets.push(before, start);
            offsets.push(text.len(), start + cluster.len());
        }
    }
    Normalised { text, offsets }
}

fn is_plain_ascii(byte: u8) -> bool {
    byte.is_ascii() && (byte == b'\n' || !byte.is_ascii_control()) && byte != b'`'
}

fn fold_cluster(cluster: &str, out: &mut String) {
    if cluster == "\r\n" {
        out.push('\n');
        return;
    }
    for c in cluster.nfkc() {
        match fold_char(c) {
            Fold::Keep => out.push(c),
            Fold::To(replacement) => out.push(replacement),
            Fold::Drop => {}
        }
    }
}

enum Fold {
    Keep,
    To(char),
    Drop,
}

/// The typographic folding table. NFKC has already turned most compatibility forms (the
/// no-break space, `…`, full-width letters) into plain ones.
fn fold_char(c: char) -> Fold {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '\u{02BC}' | '`' => {
            Fold::To('\'')
        }
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '\u{00AB}'
        | '\u{00BB}' => Fold::To('"'),
        '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE58}' | '\u{FE63}' | '\u{FF0D}' => {
            Fold::To('-')
        }
        '\r' | '\u{2028}' | '\u{2029}' | '\u{0085}' => Fold::To('\n'),
        '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}' => Fold::Drop,
        c if c.is_whitespace() && c != '\n' => Fold::To(' '),
        c if c.is_control() && c != '\n' => Fold::To(' '),
        _ => Fold::Keep,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn back(original: &str, normalised: &Normalised, needle: &str) -> String {
        let at = normalised.text.find(needle).unwrap();
        let start = normalised.offsets.to_original(at);
        let end = normalised.offsets.to_original(at + needle.len());
        original[start..end].to_string()
    }

    #[test]
    fn curly_quotes_and_dashes_fold_and_map_back() {
        let original = "Kyiv\u{2019}s \u{201C}hybrid war\u{201D} \u{2014}\u{00A0}end";
        let n = normalise(original);
        assert_eq!(n.text, "Kyiv's \"hybrid war\" - end");
        assert_eq!(back(original, &n, "hybrid"), "hybrid");
        assert_eq!(
            back(original, &n, "\"hybrid war\""),
            "\u{201C}hybrid war\u{201D}"
        );
        assert_eq!(back(original, &n, "end"), "end");
    }

    #[test]
    fn crlf_becomes_lf() {
        let n = normalise("one\r\ntwo\r\n\r\nthree");
        assert_eq!(n.text, "one\ntwo\n\nthree");
        assert_eq!(n.offsets.to_original(n.text.find("three").unwrap()), 12);
    }

    #[test]
    fn nfkc_composes_and_maps_letters_after_it() {
        let original = "Szijja\u{0301}rto\u{0301} told";
        let n = normalise(original);
        assert_eq!(n.text, "Szijjártó told");
        assert_eq!(back(original, &n, "told"), "told");
    }

    #[test]
    fn invisible_characters_are_dropped() {
        let n = normalise("war\u{200B}ships");
        assert_eq!(n.text, "warships");
        assert_eq!(
            n.offsets.to_original(n.text.len()),
            "war\u{200B}ships".len()
        );
    }
}
