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
    /// For a text with a line longer than [`STRIDE`] bytes (a page saved on one line): the
    /// number of characters before every `STRIDE`-th byte (floored to a character), so a
    /// column costs at most `STRIDE` bytes of counting, not the whole line. Empty otherwise.
    chars_before: Vec<usize>,
}

/// The distance between the character counts a [`LineIndex`] keeps for long lines.
const STRIDE: usize = 4096;

impl LineIndex {
    /// Index the line starts of `text`.
    pub fn new(text: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(memchr_newlines(text).map(|offset| offset + 1));
        let longest = starts
            .windows(2)
            .map(|w| w[1] - w[0])
            .chain([text.len() - starts[starts.len() - 1]])
            .max()
            .unwrap_or(0);
        let mut chars_before = Vec::new();
        if longest > STRIDE {
            let mut count = 0;
            let mut from = 0;
            chars_before.reserve(text.len() / STRIDE + 1);
            for stop in (0..=text.len()).step_by(STRIDE) {
                let stop = floor_char_boundary(text, stop);
                count += text[from..stop].chars().count();
                chars_before.push(count);
                from = stop;
            }
        }
        LineIndex {
            starts,
            chars_before,
        }
    }

    /// The line and column of byte `offset` in `text` (the text this index was built from).
    /// An offset inside a multi-byte letter, or past the end, is clamped.
    pub fn position(&self, text: &str, offset: usize) -> Position {
        let offset = floor_char_boundary(text, offset.min(text.len()));
        let line = self.starts.partition_point(|&start| start <= offset) - 1;
        let start = self.starts[line];
        let column = if offset - start <= STRIDE || self.chars_before.is_empty() {
            text[start..offset].chars().count() + 1
        } else {
            self.chars_to(text, offset) - self.chars_to(text, start) + 1
        };
        Position {
            line: line + 1,
            column,
        }
    }

    /// The number of characters in `text[..offset]`, from the nearest count kept before it.
    fn chars_to(&self, text: &str, offset: usize) -> usize {
        let stop = offset / STRIDE;
        let from = floor_char_boundary(text, stop * STRIDE);
        self.chars_before[stop] + text[from..offset].chars().count()
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
    decode_text(read_bytes(path)?)
}

/// The bytes of a file a user wrote; one larger than 4 GiB is refused unread, since
/// positions inside a file (token numbers, word offsets) are kept in 32 bits.
pub(crate) fn read_bytes(path: &Path) -> Result<Vec<u8>, ReadError> {
    if let Ok(metadata) = std::fs::metadata(path)
        && metadata.len() > u64::from(u32::MAX)
    {
        return Err(ReadError::TooLarge(metadata.len()));
    }
    std::fs::read(path).map_err(ReadError::Io)
}

/// The bytes of a file a user wrote as UTF-8 text, less a leading BOM.
pub(crate) fn decode_text(bytes: Vec<u8>) -> Result<String, ReadError> {
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
        .map(|c| shown_name(c.as_os_str()))
        .collect::<Vec<_>>()
        .join("/")
}

/// A file name as shown to the user: bytes that are not UTF-8 (a name written in Latin-1)
/// as `\xE9`, so two such names never look alike.
pub(crate) fn shown_name(name: &std::ffi::OsStr) -> std::borrow::Cow<'_, str> {
    if let Some(name) = name.to_str() {
        return name.into();
    }
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        let mut shown = String::new();
        for chunk in name.as_bytes().utf8_chunks() {
            shown.push_str(chunk.valid());
            for byte in chunk.invalid() {
                shown.push_str(&format!("\\x{byte:02X}"));
            }
        }
        shown.into()
    }
    #[cfg(not(unix))]
    name.to_string_lossy()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// On a line far longer than the stride (a 100 MB article on one line), columns come
    /// from the kept counts and agree with counting from the line's start.
    #[test]
    fn columns_on_very_long_lines_agree_with_counting() {
        let text = format!(
            "first line\n{}\nlast",
            "Szijj\u{e1}rt\u{f3} said \u{201C}5\u{a0}000\u{201D} \u{1F600}. ".repeat(2_000)
        );
        let index = LineIndex::new(&text);
        assert!(!index.chars_before.is_empty());
        for offset in (0..text.len()).step_by(997).chain([text.len()]) {
            let offset = floor_char_boundary(&text, offset);
            let line_start = text[..offset].rfind('\n').map_or(0, |at| at + 1);
            let line = text[..offset].matches('\n').count() + 1;
            let column = text[line_start..offset].chars().count() + 1;
            assert_eq!(
                index.position(&text, offset),
                Position { line, column },
                "{offset}"
            );
        }
    }

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
