//! Articles as they come: plain text, Markdown and saved web pages, each made into the text
//! a reader sees, with a map back into the file as written and the metadata the file states.
//!
//! A [`Rendered`] article is the readable text ([`Rendered::text`]: what the recognisers,
//! the matchers and the HTML report see) and a [`SourceMap`] from each of its byte offsets to
//! the file's. Plain text without front matter is its own rendering (no copy, no map).

mod front;
mod html;
mod markdown;

use std::ops::Range;
use std::path::Path;

use serde::Serialize;

use crate::recognise::calendar::CalendarDay;

/// How an article file is written, by its extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// `.txt`: plain text, with optional front matter.
    Plain,
    /// `.md`: Markdown, with optional front matter.
    Markdown,
    /// `.html`, `.htm`: a saved web page.
    Html,
}

impl Format {
    /// Every extension read as an article, with its format.
    const EXTENSIONS: [(&'static str, Format); 4] = [
        ("txt", Format::Plain),
        ("md", Format::Markdown),
        ("html", Format::Html),
        ("htm", Format::Html),
    ];

    /// The format of a file, by its extension; `None` for a file that is not read.
    pub fn of(path: &Path) -> Option<Format> {
        let extension = path.extension()?.to_str()?;
        Format::EXTENSIONS
            .iter()
            .find(|(known, _)| known.eq_ignore_ascii_case(extension))
            .map(|&(_, format)| format)
    }
}

/// What an article file says about itself: front matter, `<meta>` tags, JSON-LD.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Meta {
    /// The headline or title.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The published address.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The day of publication, which relative dates resolve against.
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "serialize_day"
    )]
    pub published: Option<CalendarDay>,
    /// Who wrote it (several joined with `, `).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    /// Who published it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
}

fn serialize_day<S: serde::Serializer>(
    day: &Option<CalendarDay>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    match day {
        Some(day) => serializer.serialize_str(&day.to_string()),
        None => serializer.serialize_none(),
    }
}

impl Meta {
    /// Whether the file stated nothing.
    pub fn is_empty(&self) -> bool {
        *self == Meta::default()
    }

    /// The fields it states, as `(name, value)` in a fixed order.
    pub fn fields(&self) -> Vec<(&'static str, String)> {
        [
            ("title", self.title.clone()),
            ("url", self.url.clone()),
            ("published", self.published.map(|d| d.to_string())),
            ("author", self.author.clone()),
            ("publisher", self.publisher.clone()),
        ]
        .into_iter()
        .filter_map(|(name, value)| Some((name, value?)))
        .collect()
    }

    /// Fill what this lacks from `other` (a weaker source).
    fn or(mut self, other: Meta) -> Meta {
        self.title = self.title.or(other.title);
        self.url = self.url.or(other.url);
        self.published = self.published.or(other.published);
        self.author = self.author.or(other.author);
        self.publisher = self.publisher.or(other.publisher);
        self
    }
}

/// Maps byte offsets of a rendered text to the file it was rendered from.
#[derive(Debug, Clone, Default)]
pub struct SourceMap {
    /// Where each piece of the rendered text starts, and where in the file it came from. A
    /// `verbatim` piece runs in step with the file; any other (a decoded entity, a paragraph
    /// break) maps wholly to its start.
    pieces: Vec<Piece>,
}

#[derive(Debug, Clone, Copy)]
struct Piece {
    rendered: usize,
    source: usize,
    verbatim: bool,
}

impl SourceMap {
    /// The file offset of rendered offset `offset`.
    pub fn to_source(&self, offset: usize) -> usize {
        let after = self.pieces.partition_point(|p| p.rendered <= offset);
        let Some(piece) = after.checked_sub(1).map(|i| self.pieces[i]) else {
            return 0;
        };
        if piece.verbatim {
            piece.source + (offset - piece.rendered)
        } else {
            piece.source
        }
    }
}

/// A file made readable.
#[derive(Debug, Clone, Default)]
pub struct Rendered {
    /// The readable text; `None` when it is the file itself (plain text, no front matter).
    pub text: Option<String>,
    /// Rendered offsets → file offsets (empty when `text` is `None`).
    pub map: SourceMap,
    /// What the file says about itself.
    pub meta: Meta,
}

/// A problem in a file's metadata, at a byte range of the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// What is wrong.
    pub message: String,
    /// Where, in the file.
    pub span: Range<usize>,
}

impl Problem {
    /// A problem at `span` of `source`, widened to [`whole_characters`].
    pub(crate) fn at(message: String, source: &str, span: Range<usize>) -> Problem {
        Problem {
            message,
            span: whole_characters(source, span),
        }
    }
}

/// `span` of `source` widened to whole characters and to at least one (a parser's position
/// may fall inside a letter, or be empty).
pub(crate) fn whole_characters(source: &str, span: Range<usize>) -> Range<usize> {
    let start = crate::source::floor_char_boundary(source, span.start.min(source.len()));
    let mut end = span.end.clamp(start, source.len());
    while !source.is_char_boundary(end) {
        end += 1;
    }
    if end == start {
        end += source[start..].chars().next().map_or(0, char::len_utf8);
    }
    start..end
}

/// Make `source`, written as `format`, readable.
pub fn render(format: Format, source: &str) -> Result<Rendered, Vec<Problem>> {
    match format {
        Format::Plain => {
            let Some(front) = front::split(source) else {
                return Ok(Rendered::default());
            };
            let meta = front::read(source, &front)?;
            let mut text = Builder::default();
            text.verbatim(source, front.body.clone());
            Ok(text.finish(meta))
        }
        Format::Markdown => {
            let (meta, body) = match front::split(source) {
                Some(front) => (front::read(source, &front)?, front.body),
                None => (Meta::default(), 0..source.len()),
            };
            let mut text = Builder::default();
            markdown::render(source, body, &mut text);
            Ok(text.finish(meta))
        }
        Format::Html => html::render(source),
    }
}

/// Builds a rendered text and its map, piece by piece.
#[derive(Debug, Default)]
struct Builder {
    text: String,
    pieces: Vec<Piece>,
}

impl Builder {
    /// Copy `source[range]` as it is.
    fn verbatim(&mut self, source: &str, range: Range<usize>) {
        if range.is_empty() {
            return;
        }
        let continues = self.pieces.last().is_some_and(|last| {
            last.verbatim && last.source + (self.text.len() - last.rendered) == range.start
        });
        if !continues {
            self.pieces.push(Piece {
                rendered: self.text.len(),
                source: range.start,
                verbatim: true,
            });
        }
        self.text.push_str(&source[range]);
    }

    /// Write `text`, which stands for the file's text at `at`.
    fn put(&mut self, text: &str, at: usize) {
        if text.is_empty() {
            return;
        }
        self.pieces.push(Piece {
            rendered: self.text.len(),
            source: at,
            verbatim: false,
        });
        self.text.push_str(text);
    }

    /// Write `text`, which the file has at `range` in another form (an escape, an entity):
    /// as it is where it is the same.
    fn decoded(&mut self, source: &str, text: &str, range: Range<usize>) {
        if source.get(range.clone()) == Some(text) {
            self.verbatim(source, range);
        } else {
            self.put(text, range.start);
        }
    }

    /// End the paragraph being written (a blank line), at file offset `at`.
    fn paragraph(&mut self, at: usize) {
        let kept = self.text.trim_end_matches([' ', '\t', '\n']).len();
        self.truncate(kept);
        if !self.text.is_empty() {
            self.put("\n\n", at);
        }
    }

    /// A line break inside a paragraph, at file offset `at`.
    fn line_break(&mut self, at: usize) {
        let kept = self.text.trim_end_matches([' ', '\t']).len();
        self.truncate(kept);
        if !self.text.is_empty() && !self.text.ends_with('\n') {
            self.put("\n", at);
        }
    }

    /// One space between words, at file offset `at` (none at a line's start or after one).
    fn space(&mut self, at: usize) {
        if !self.text.is_empty() && !self.text.ends_with([' ', '\n']) {
            self.put(" ", at);
        }
    }

    fn ends_with_space(&self) -> bool {
        self.text.is_empty() || self.text.ends_with([' ', '\n'])
    }

    fn truncate(&mut self, length: usize) {
        if length == self.text.len() {
            return;
        }
        self.text.truncate(length);
        while self.pieces.last().is_some_and(|p| p.rendered >= length) {
            self.pieces.pop();
        }
    }

    fn finish(mut self, meta: Meta) -> Rendered {
        let kept = self.text.trim_end().len();
        self.truncate(kept);
        if !self.text.is_empty() {
            self.put("\n", self.pieces.last().map_or(0, |p| p.source));
        }
        Rendered {
            text: Some(self.text),
            map: SourceMap {
                pieces: self.pieces,
            },
            meta,
        }
    }
}

/// Whether a saved page that is not UTF-8 declares a single-byte charset in its first
/// kilobytes (`<meta charset="windows-1252">`, `charset=iso-8859-1`).
pub(crate) fn declares_single_byte(bytes: &[u8]) -> bool {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]).to_ascii_lowercase();
    let Some(at) = head.find("charset") else {
        return false;
    };
    let declared: String = head[at + "charset".len()..]
        .trim_start_matches(|c: char| c == '=' || c == '"' || c == '\'' || c.is_whitespace())
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect();
    [
        "windows-1252",
        "cp1252",
        "iso-8859-1",
        "iso-8859-15",
        "latin1",
        "latin-1",
        "us-ascii",
        "ascii",
    ]
    .contains(&declared.as_str())
}

/// Bytes in Windows-1252 (the superset of ISO-8859-1 that browsers read both as) as text.
pub(crate) fn decode_single_byte(bytes: &[u8]) -> String {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž',
        '\u{8f}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}',
        'ž', 'Ÿ',
    ];
    bytes
        .iter()
        .map(|&b| match b {
            0x80..=0x9F => HIGH[usize::from(b - 0x80)],
            _ => char::from(b),
        })
        .collect()
}

/// A metadata date: ISO (`2022-02-11`, `2022-02-11T09:30:00Z`) or as news writes one
/// (`February 11, 2022`, `11 Feb 2022`).
fn published_day(text: &str) -> Option<CalendarDay> {
    if let Some(day) = CalendarDay::parse_iso(text) {
        return Some(day);
    }
    let (date, _) = crate::recognise::parse_date(text)?;
    CalendarDay::new(date.year?, date.month?, date.day?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_declaring_windows_1252_is_read_in_it() {
        let page = b"<html><head><meta charset=\"windows-1252\"></head><body><p>Caf\xe9 owners paid \x80400, \x93a lot\x94.</p></body></html>";
        assert!(declares_single_byte(page));
        let text = decode_single_byte(page);
        assert!(text.contains("Café owners paid €400, “a lot”."), "{text}");
        assert!(!declares_single_byte(b"<meta charset=utf-8>"));
    }

    #[test]
    fn the_map_runs_in_step_over_verbatim_pieces_and_holds_still_over_others() {
        let source = "<p>Caf&eacute; owners</p>";
        let mut text = Builder::default();
        text.verbatim(source, 3..6);
        text.decoded(source, "é", 6..14);
        text.verbatim(source, 14..21);
        let rendered = text.finish(Meta::default());
        let body = rendered.text.as_deref().unwrap();
        assert_eq!(body, "Café owners\n");
        assert_eq!(rendered.map.to_source(0), 3);
        assert_eq!(rendered.map.to_source(3), 6);
        assert_eq!(rendered.map.to_source(body.find('o').unwrap()), 15);
    }
}
