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
    /// Which way the curly quotation marks that became `"` and `'` faced.
    pub marks: QuoteMarks,
}

/// Which way a curly quotation mark faced before normalisation made it straight.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Facing {
    /// `“`, `„`, `‘`.
    Opening,
    /// `”`, `’`.
    Closing,
}

/// The normalised offsets of the `"` and `'` that were curly in the original, with the way
/// each faced: a straight mark's direction must be guessed from its neighbours, a curly
/// one's is known.
#[derive(Debug, Clone, Default)]
pub struct QuoteMarks {
    marks: Vec<(usize, Facing)>,
}

impl QuoteMarks {
    /// How the mark at normalised offset `offset` faced, if it was curly.
    pub fn facing(&self, offset: usize) -> Option<Facing> {
        self.marks
            .binary_search_by_key(&offset, |&(at, _)| at)
            .ok()
            .map(|found| self.marks[found].1)
    }

    fn record(&mut self, c: char, offset: usize) {
        let facing = match c {
            '\u{201C}' | '\u{201E}' | '\u{2018}' => Facing::Opening,
            '\u{201D}' | '\u{2019}' => Facing::Closing,
            _ => return,
        };
        self.marks.push((offset, facing));
    }
}

/// Maps byte offsets of a normalised text to the original. Sparse: it records only where
/// the two texts stop running in step, so ASCII text costs nothing.
#[derive(Debug, Clone, Default)]
pub struct OffsetMap {
    /// Where a changed stretch (a cluster normalisation rewrote) starts or ends. After an
    /// anchor that is not `changed` the texts run in step; inside a changed stretch offsets
    /// map to the stretch's start (or, for ends, its end).
    anchors: Vec<Anchor>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Anchor {
    normalised: usize,
    original: usize,
    changed: bool,
}

impl OffsetMap {
    /// The original offset where the text at normalised offset `offset` starts.
    pub fn to_original(&self, offset: usize) -> usize {
        self.map(offset, false)
    }

    /// The original offset where text ending at normalised offset `offset` ends.
    pub fn to_original_end(&self, offset: usize) -> usize {
        self.map(offset, true)
    }

    fn map(&self, offset: usize, end: bool) -> usize {
        let after = self.anchors.partition_point(|a| a.normalised <= offset);
        if after == 0 {
            return offset;
        }
        let anchor = self.anchors[after - 1];
        if anchor.changed && offset > anchor.normalised {
            return match (end, self.anchors.get(after)) {
                (true, Some(next)) => next.original,
                _ => anchor.original,
            };
        }
        anchor.original + (offset - anchor.normalised)
    }

    /// Record that normalised `normalised` came from original `original`.
    fn push_changed(
        &mut self,
        normalised: std::ops::Range<usize>,
        original: std::ops::Range<usize>,
    ) {
        match self.anchors.last_mut() {
            Some(last)
                if last.normalised == normalised.start && last.original == original.start =>
            {
                last.changed = true;
            }
            _ => self.anchors.push(Anchor {
                normalised: normalised.start,
                original: original.start,
                changed: true,
            }),
        }
        self.anchors.push(Anchor {
            normalised: normalised.end,
            original: original.end,
            changed: false,
        });
    }
}

/// Whether normalising `text` leaves it as it is (plain ASCII: no control characters but
/// line feeds, no backquotes).
pub fn is_normal(text: &str) -> bool {
    text.bytes().all(|b| PLAIN[usize::from(b)])
}

/// Normalise `original` (see the module documentation).
pub fn normalise(original: &str) -> Normalised {
    let mut text = String::with_capacity(original.len());
    let mut offsets = OffsetMap::default();
    let mut marks = QuoteMarks::default();
    let bytes = original.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        // Plain ASCII followed by ASCII is copied as it is: a cluster boundary always stands
        // between two ASCII characters (but CR LF, which is not plain).
        let start = at;
        let mut special = at;
        while special < bytes.len() && PLAIN[usize::from(bytes[special])] {
            special += 1;
        }
        // The letter before a non-ASCII character goes with it (it may carry a combining mark).
        at = if special < bytes.len() && !bytes[special].is_ascii() && special > start {
            special - 1
        } else {
            special
        };
        text.push_str(&original[start..at]);
        if at >= bytes.len() {
            break;
        }
        // The rest up to the next such boundary goes cluster by cluster.
        let start = at;
        at += 1;
        while at < bytes.len()
            && !(bytes[at].is_ascii()
                && bytes[at - 1].is_ascii()
                && !(bytes[at - 1] == b'\r' && bytes[at] == b'\n'))
        {
            at += 1;
        }
        while !original.is_char_boundary(at) {
            at += 1;
        }
        // Common typography (curly quotes, dashes) between ASCII letters: each such character is
        // a cluster of its own and NFKC leaves it alone, so it is folded without segmenting.
        let stretch = &original[start..at];
        if stretch
            .chars()
            .all(|c| (c.is_ascii() && c != '\r') || is_plain_typography(c))
        {
            for (offset, c) in stretch.char_indices() {
                if is_plain_ascii_char(c) {
                    text.push(c);
                    continue;
                }
                let before = text.len();
                push_folded(c, &mut text, &mut marks);
                if text[before..] != *c.encode_utf8(&mut [0; 4]) {
                    offsets.push_changed(
                        before..text.len(),
                        start + offset..start + offset + c.len_utf8(),
                    );
                }
            }
            continue;
        }
        for (offset, cluster) in original[start..at].grapheme_indices(true) {
            let cluster_start = start + offset;
            if cluster.len() == 1 && is_plain_ascii(cluster.as_bytes()[0]) {
                text.push_str(cluster);
                continue;
            }
            let before = text.len();
            fold_cluster(cluster, &mut text, &mut marks);
            if &text[before..] != cluster {
                offsets.push_changed(
                    before..text.len(),
                    cluster_start..cluster_start + cluster.len(),
                );
            }
        }
    }
    Normalised {
        text,
        offsets,
        marks,
    }
}

/// [`is_plain_ascii`] for every byte.
const PLAIN: [bool; 256] = {
    let mut table = [false; 256];
    let mut byte = 0;
    while byte < 256 {
        table[byte] = is_plain_ascii(byte as u8);
        byte += 1;
    }
    table
};

fn is_plain_ascii_char(c: char) -> bool {
    c.is_ascii() && PLAIN[c as usize]
}

/// Curly quotes and dashes: no decomposition (NFKC keeps them), never part of a larger
/// grapheme cluster when ASCII stands on both sides.
fn is_plain_typography(c: char) -> bool {
    matches!(
        c,
        '\u{2018}' | '\u{2019}' | '\u{201C}' | '\u{201D}' | '\u{2013}' | '\u{2014}'
    )
}

const fn is_plain_ascii(byte: u8) -> bool {
    byte.is_ascii() && (byte == b'\n' || !byte.is_ascii_control()) && byte != b'`'
}

fn fold_cluster(cluster: &str, out: &mut String, marks: &mut QuoteMarks) {
    if cluster == "\r\n" {
        out.push('\n');
        return;
    }
    for c in cluster.nfkc() {
        push_folded(c, out, marks);
    }
}

/// `c` through the folding table, noting which way a curly quotation mark faced.
fn push_folded(c: char, out: &mut String, marks: &mut QuoteMarks) {
    marks.record(c, out.len());
    match fold_char(c) {
        Fold::Keep => out.push(c),
        Fold::To(replacement) => out.push(replacement),
        Fold::Drop => {}
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

    #[test]
    fn offsets_inside_a_changed_stretch_map_to_its_edges() {
        // One cluster (no-break space + combining acute) becomes " \u{301}".
        let n = normalise("a\u{a0}\u{301}b");
        assert_eq!(n.text, "a \u{301}b");
        assert_eq!(n.offsets.to_original(2), 1);
        assert_eq!(n.offsets.to_original_end(2), 5);
        assert_eq!(n.offsets.to_original(n.text.len() - 1), 5);
    }

    fn back(original: &str, normalised: &Normalised, needle: &str) -> String {
        let at = normalised.text.find(needle).unwrap();
        let start = normalised.offsets.to_original(at);
        let end = normalised.offsets.to_original_end(at + needle.len());
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
    fn typography_between_ascii_folds_as_the_cluster_path_does() {
        // The quick path (quotes and dashes between ASCII) and the grapheme path must agree.
        for original in [
            "Kyiv\u{2019}s \u{201C}war\u{201D} \u{2014} end\u{2013}",
            "\u{2018}a\u{2019}`b\u{7}c",
            "x\u{2019}\u{301}y \u{201C}\u{a0}z",
        ] {
            let n = normalise(original);
            let mut clustered = String::new();
            for cluster in original.graphemes(true) {
                fold_cluster(cluster, &mut clustered, &mut QuoteMarks::default());
            }
            assert_eq!(n.text, clustered, "{original:?}");
            for (at, _) in n.text.char_indices() {
                assert!(original.is_char_boundary(n.offsets.to_original(at)));
            }
        }
    }

    #[test]
    fn normal_text_is_what_normalising_leaves_alone() {
        for text in [
            "NATO said 30,000 troops",
            "a\nb",
            "x`y",
            "a\tb",
            "Kyiv\u{2019}s",
            "a\r\nb",
        ] {
            assert_eq!(is_normal(text), normalise(text).text == text, "{text:?}");
        }
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
