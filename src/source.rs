//! Source files and positions in them.
//!
//! Every position factcheck reports is a byte offset into the *original* text of a file
//! (claim file, config or article), converted to `line:column` once, at the edge, by a
//! [`LineIndex`]. Columns count Unicode scalar values from 1, as rustc does, so a
//! column points at the same letter in any editor whatever the encoding width of the
//! letters before it. A `\r` before `\n` ends a line and is never counted, so LF and
//! CRLF files give the same line and column for the same letter.

use std::ops::Range;
use std::path::Path;
use std::sync::Arc;

/// A byte range in one text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from a byte range.
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    /// Whether the two spans share at least one byte.
    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The span as a range, for slicing.
    pub fn range(self) -> Range<usize> {
        self.start..self.end
    }
}

impl From<Range<usize>> for Span {
    fn from(range: Range<usize>) -> Self {
        Span::new(range.start, range.end)
    }
}

/// A 1-based line and column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Position {
    /// Line, from 1.
    pub line: usize,
    /// Column in Unicode scalar values, from 1.
    pub column: usize,
}

/// Where each line of a text starts, to turn byte offsets into [`Position`]s.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    /// Index the line starts of `text`.
    pub fn new(text: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(memchr_newlines(text).map(|offset| offset + 1));
        LineIndex { starts }
    }

    /// The line and column of byte `offset` in `text` (the text this index was built from).
    /// An offset inside a multi-byte letter, or past the end, is clamped.
    pub fn position(&self, text: &str, offset: usize) -> Position {
        let offset = floor_char_boundary(text, offset.min(text.len()));
        let line = self.starts.partition_point(|&start| start <= offset) - 1;
        let column = text[self.starts[line]..offset].chars().count() + 1;
        Position {
            line: line + 1,
            column,
        }
    }

    /// The byte range of line `line` (1-based) without its line ending.
    pub fn line_range(&self, text: &str, line: usize) -> Range<usize> {
        let start = self.starts[line - 1];
        let mut end = self.starts.get(line).map_or(text.len(), |next| next - 1);
        if end > start && text.as_bytes()[end - 1] == b'\r' {
            end -= 1;
        }
        start..end
    }
}

fn memchr_newlines(text: &str) -> impl Iterator<Item = usize> + '_ {
    memchr::memchr_iter(b'\n', text.as_bytes())
}

/// The largest char boundary at or before `offset`.
pub(crate) fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    while offset > 0 && !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// A file's text with the name it is shown under, shared by every diagnostic about it.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// The path as shown to the user: relative to the suite root where possible, `/`-separated.
    pub name: String,
    /// The whole text.
    pub text: Arc<str>,
    lines: Arc<LineIndex>,
}

impl SourceFile {
    /// A source file named `name` holding `text`.
    pub fn new(name: impl Into<String>, text: impl Into<Arc<str>>) -> Self {
        let text = text.into();
        let lines = Arc::new(LineIndex::new(&text));
        SourceFile {
            name: name.into(),
            text,
            lines,
        }
    }

    /// The line and column of byte `offset`.
    pub fn position(&self, offset: usize) -> Position {
        self.lines.position(&self.text, offset)
    }
}

/// Why a file could not be read as text.
#[derive(Debug)]
pub(crate) enum ReadError {
    /// Larger than the 4 GiB that positions inside a file (kept in 32 bits) can reach.
    TooLarge(u64),
    /// The file system said no.
    Io(std::io::Error),
    /// Not UTF-8: the bytes, with the offset and length of the first invalid sequence.
    NotUtf8 {
        /// The file's bytes.
        bytes: Vec<u8>,
        /// The offset of the first invalid byte.
        offset: usize,
        /// How many bytes are invalid there.
        length: usize,
    },
}

/// Read a file a user wrote as UTF-8 text, less a leading BOM.
pub(crate) fn read_text(path: &Path) -> Result<String, ReadError> {
    // Positions inside a file (token numbers, word offsets) are kept in 32 bits.
    if let Ok(metadata) = std::fs::metadata(path)
        && metadata.len() > u64::from(u32::MAX)
    {
        return Err(ReadError::TooLarge(metadata.len()));
    }
    let bytes = std::fs::read(path).map_err(ReadError::Io)?;
    match String::from_utf8(bytes) {
        Ok(text) => Ok(strip_bom(text)),
        Err(error) => {
            let offset = error.utf8_error().valid_up_to();
            let length = error.utf8_error().error_len().unwrap_or(1);
            Err(ReadError::NotUtf8 {
                bytes: error.into_bytes(),
                offset,
                length,
            })
        }
    }
}

/// `text` less a leading UTF-8 byte order mark, in place.
pub(crate) fn strip_bom(mut text: String) -> String {
    if text.starts_with('\u{FEFF}') {
        text.drain(..'\u{FEFF}'.len_utf8());
    }
    text
}

/// A path as shown to the user: relative to `base` where it lies inside it, `/`-separated on
/// every platform (reports must not differ between machines).
pub(crate) fn display_path(base: &Path, path: &Path) -> String {
    let shown = path.strip_prefix(base).unwrap_or(path);
    shown
        .components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_letters_not_bytes() {
        let text = "Péter Szijjártó told\nEuronews";
        let index = LineIndex::new(text);
        let told = text.find("told").unwrap();
        assert_eq!(
            index.position(text, told),
            Position {
                line: 1,
                column: 17
            }
        );
        let euronews = text.find("Euronews").unwrap();
        assert_eq!(
            index.position(text, euronews),
            Position { line: 2, column: 1 }
        );
    }

    #[test]
    fn crlf_and_lf_give_the_same_positions() {
        let lf = "one\ntwo three\n";
        let crlf = "one\r\ntwo three\r\n";
        let at_lf = LineIndex::new(lf).position(lf, lf.find("three").unwrap());
        let at_crlf = LineIndex::new(crlf).position(crlf, crlf.find("three").unwrap());
        assert_eq!(at_lf, at_crlf);
        assert_eq!(LineIndex::new(crlf).line_range(crlf, 1), 0..3);
    }

    #[test]
    fn a_file_over_4_gib_is_an_error_not_read() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("huge.txt");
        // Sparse: no disk is written, and the file is refused before it is read.
        std::fs::File::create(&path)
            .unwrap()
            .set_len(u64::from(u32::MAX) + 1)
            .unwrap();
        let error = read_text(&path).unwrap_err();
        assert!(
            matches!(error, ReadError::TooLarge(4_294_967_296)),
            "{error:?}"
        );
    }
}
