//! Articles: found by name, loaded, normalised and analysed once.
//!
//! [`Catalog`] knows which articles a suite has and resolves names safely (never outside
//! the articles folder). [`Article::load`] reads a file as UTF-8 and normalises it;
//! [`analyse`] cuts it into paragraphs, sentences and words and indexes the words. Every
//! span in an [`Analysis`] is an offset into the *normalised* text; [`Article::position`]
//! is the one way back to a line and column of the original file.

pub mod format;
mod segment;

use std::collections::BTreeMap;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::diagnostic::Diagnostic;
use crate::recognise::{self, Mention, speakers};
use crate::source::{LineIndex, Position, ReadError, Span, strip_bom};
use crate::text::lexer::Lexeme;
use crate::text::words::{self, TermIndex};
use crate::text::{Normalised, OffsetMap, Phrase, QuoteMarks, Within, normalise, one_line};

pub use format::{Format, Meta};

/// The articles of a suite, by name.
#[doc(hidden)]
#[derive(Debug, Clone, Default)]
pub struct Catalog {
    folder: PathBuf,
    files: BTreeMap<Arc<str>, Vec<PathBuf>>,
    /// Names whose single file's real path lies outside the folder (a symlink leading out),
    /// found once at scan time.
    outside: std::collections::BTreeSet<String>,
    /// Files and folders under the folder that are not read, and why, sorted by path.
    unread: Vec<(PathBuf, Unread)>,
}

/// Why a file or folder under the articles folder is not read.
#[doc(hidden)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unread {
    /// A file of no format that is read (`notes.docx`).
    Format,
    /// A file whose name is not UTF-8: no claim could name it.
    Name,
    /// A folder that cannot be listed (its permissions), with the system's reason.
    Folder(String),
}

/// Why a name does not resolve to one article.
#[doc(hidden)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ResolveError {
    /// No article has that name; the nearest names are given.
    Unknown(Vec<String>),
    /// Two files have that name (`x.txt` and `x.md`).
    Ambiguous(Vec<String>),
    /// The name, or the file it names, lies outside the articles folder.
    Outside,
}

impl Catalog {
    /// The articles under `folder` (none if it does not exist), sorted by name.
    pub fn scan(folder: &Path) -> Catalog {
        let mut files: BTreeMap<Arc<str>, Vec<PathBuf>> = BTreeMap::new();
        // Files reached through a symbolic link (the file itself or a folder on the way)
        // may lie outside the folder: only those are resolved, once here, not for every
        // claim that names them. The rest are inside by construction.
        let mut linked = Vec::new();
        let mut unread = Vec::new();
        let mut pending = vec![(folder.to_path_buf(), false)];
        while let Some((dir, via_link)) = pending.pop() {
            let entries = match std::fs::read_dir(&dir) {
                Ok(entries) => entries,
                // A missing articles folder is reported where a claim names an article.
                Err(error) if error.kind() == std::io::ErrorKind::NotFound => continue,
                Err(error) => {
                    unread.push((dir, Unread::Folder(error.to_string())));
                    continue;
                }
            };
            for entry in entries.flatten() {
                let path = entry.path();
                let Ok(kind) = entry.file_type() else {
                    continue;
                };
                let link = via_link || kind.is_symlink();
                if kind.is_dir() || (kind.is_symlink() && path.is_dir()) {
                    pending.push((path, link));
                } else if Format::of(&path).is_some()
                    && path
                        .strip_prefix(folder)
                        .is_ok_and(|p| p.to_str().is_none())
                {
                    unread.push((path, Unread::Name));
                } else if let Some(name) = name_for(folder, &path) {
                    if link {
                        linked.push(name.clone());
                    }
                    files.entry(name.into()).or_default().push(path);
                } else if !entry.file_name().to_string_lossy().starts_with('.') {
                    unread.push((path, Unread::Format));
                }
            }
        }
        for paths in files.values_mut() {
            paths.sort();
        }
        let real_folder = folder.canonicalize().ok();
        let outside = linked
            .into_iter()
            .filter(|name| {
                let paths = &files[name.as_str()];
                paths.len() == 1
                    && match (paths[0].canonicalize(), &real_folder) {
                        (Ok(real), Some(folder)) => !real.starts_with(folder),
                        _ => true,
                    }
            })
            .collect();
        unread.sort_by(|a, b| a.0.cmp(&b.0));
        Catalog {
            folder: folder.to_path_buf(),
            files,
            outside,
            unread,
        }
    }

    /// The files and folders under the folder that are not read as articles, and why.
    pub fn unread(&self) -> &[(PathBuf, Unread)] {
        &self.unread
    }

    /// Every name with its files, and whether it leads outside the folder, sorted by name.
    pub(crate) fn listing(&self) -> impl Iterator<Item = (&str, &[PathBuf], bool)> {
        self.files.iter().map(|(name, paths)| {
            (
                name.as_ref(),
                paths.as_slice(),
                self.outside.contains(name.as_ref()),
            )
        })
    }

    /// Every article name.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.files.keys().map(AsRef::as_ref)
    }

    /// The catalog's own copy of an article name, to share.
    pub(crate) fn shared_name(&self, name: &str) -> Option<Arc<str>> {
        self.files
            .get_key_value(name)
            .map(|(key, _)| Arc::clone(key))
    }

    /// The article name that `written` stands for where it is written as a file rather than
    /// as a name: with the file's extension (`story.txt`), under the articles folder's own
    /// name (`articles/story`), or both. `None` where it names no one article that way.
    pub(crate) fn name_written_as_file(&self, written: &str) -> Option<&str> {
        let folder = self.folder.file_name().and_then(|f| f.to_str());
        let mut rest = written.strip_prefix("./").unwrap_or(written);
        if let Some(inside) = folder.and_then(|f| rest.strip_prefix(f)?.strip_prefix('/')) {
            rest = inside;
        }
        let named = |name: &str| self.files.get_key_value(name).map(|(k, _)| k.as_ref());
        if rest != written
            && let Some(name) = named(rest)
        {
            return Some(name);
        }
        let file = Path::new(rest);
        Format::of(file)?;
        let name = named(
            rest.strip_suffix(file.extension()?.to_str()?)?
                .strip_suffix('.')?,
        )?;
        // The one file of that name, and it has the extension written (`story.md` is not
        // `story.txt`).
        match self.files[name].as_slice() {
            [only] if only.ends_with(file) => Some(name),
            _ => None,
        }
    }

    /// The file an article name stands for.
    pub fn resolve(&self, name: &str) -> Result<&Path, ResolveError> {
        let path = Path::new(name);
        if path.is_absolute()
            || path
                .components()
                .any(|c| !matches!(c, std::path::Component::Normal(_)))
        {
            return Err(ResolveError::Outside);
        }
        let Some(paths) = self.files.get(name) else {
            let near = crate::diagnostic::nearest(name, self.names());
            return Err(ResolveError::Unknown(
                near.into_iter().take(3).map(String::from).collect(),
            ));
        };
        if paths.len() > 1 {
            let shown = paths
                .iter()
                .map(|p| crate::source::display_path(&self.folder, p))
                .collect();
            return Err(ResolveError::Ambiguous(shown));
        }
        if self.outside.contains(name) {
            return Err(ResolveError::Outside);
        }
        Ok(&paths[0])
    }
}

/// The name claims give the article file `path` under `folder`: its path under the folder
/// without extension, `/`-separated (`world/story` for `articles/world/story.md`); `None` for
/// a file of a kind that is not read as an article.
pub fn name_for(folder: &Path, path: &Path) -> Option<String> {
    Format::of(path)?;
    let relative = path.strip_prefix(folder).ok()?.with_extension("");
    Some(crate::source::display_path(Path::new(""), &relative))
}

/// An article's text, original and normalised.
#[derive(Debug, Clone)]
pub struct Article {
    /// The name claims use.
    pub name: Arc<str>,
    /// The file as shown in reports (`articles/x.txt`).
    pub display: Arc<str>,
    /// The text a reader sees, which evidence offsets point into: the file as written (less
    /// a UTF-8 BOM) for plain text, the rendered text for Markdown and web pages.
    pub original: String,
    /// The normalised text that matching works on.
    pub text: String,
    /// What the file says about itself (title, address, publication date, …).
    pub meta: Meta,
    offsets: OffsetMap,
    marks: QuoteMarks,
    /// The file as written and the map into it, where it differs from `original`.
    file: Option<Box<(String, format::SourceMap)>>,
    /// The lines of the file as written.
    lines: LineIndex,
}

impl Article {
    /// Read the article file `path` in the format its extension names (plain text when it
    /// names none); invalid UTF-8 is an error naming the byte offset, malformed metadata an
    /// error at its line and column.
    pub fn load(name: &str, path: &Path, display: &str) -> Result<Article, Vec<Diagnostic>> {
        let bytes = Article::read(path, display)?;
        Article::from_bytes(
            name,
            display,
            bytes,
            Format::of(path).unwrap_or(Format::Plain),
        )
    }

    /// The bytes of the article file at `path` (shown as `display`), as [`Article::load`]
    /// reads them.
    pub fn read(path: &Path, display: &str) -> Result<Vec<u8>, Vec<Diagnostic>> {
        crate::source::read_bytes(path)
            .map_err(|error| vec![crate::diagnostic::unreadable(display, error)])
    }

    /// An article from the bytes of a file written as `format`, read as [`Article::load`]
    /// reads a file.
    pub fn from_bytes(
        name: &str,
        display: &str,
        bytes: Vec<u8>,
        format: Format,
    ) -> Result<Article, Vec<Diagnostic>> {
        if bytes.len() as u64 > u64::from(u32::MAX) {
            let error = ReadError::TooLarge(bytes.len() as u64);
            return Err(vec![crate::diagnostic::unreadable(display, error)]);
        }
        let text = match crate::source::decode_text(bytes) {
            Ok(text) => text,
            // A saved page that declares a single-byte charset (`windows-1252`, `iso-8859-1`)
            // is read in it, as a browser does; each byte is one letter, so lines and columns
            // are the file's.
            Err(ReadError::NotUtf8 { bytes, .. })
                if format == Format::Html && format::declares_single_byte(&bytes) =>
            {
                format::decode_single_byte(&bytes)
            }
            Err(error) => return Err(vec![crate::diagnostic::unreadable(display, error)]),
        };
        Article::from_file(name, display, text, format)
    }

    /// An article from the text of a file written as `format`.
    pub fn from_file(
        name: &str,
        display: &str,
        text: String,
        format: Format,
    ) -> Result<Article, Vec<Diagnostic>> {
        let text = strip_bom(text);
        let rendered = format::render(format, &text).map_err(|problems| {
            let file = crate::source::SourceFile::new(display, text.as_str());
            problems
                .into_iter()
                .map(|problem| Diagnostic::error(problem.message, &file, problem.span))
                .collect::<Vec<_>>()
        })?;
        let mut article = match rendered.text {
            None => Article::from_text(name, display, text),
            Some(readable) => {
                let lines = LineIndex::new(&text);
                // A readable text opening with U+FEFF (a page whose first text is `&#xFEFF;`)
                // loses it here though the source map counts it, so positions on that line
                // fall three bytes early.
                Article::with_lines(
                    name,
                    display,
                    strip_bom(readable),
                    lines,
                    Some(Box::new((text, rendered.map))),
                )
            }
        };
        article.meta = rendered.meta;
        Ok(article)
    }

    /// An article from plain text in memory (standard input, tests).
    pub fn from_text(name: &str, display: &str, original: String) -> Article {
        let original = strip_bom(original);
        let lines = LineIndex::new(&original);
        Article::with_lines(name, display, original, lines, None)
    }

    /// An article reading `original`, whose positions are lines of the file as written:
    /// `original` itself, or `file` (with its map) where the two differ.
    fn with_lines(
        name: &str,
        display: &str,
        original: String,
        lines: LineIndex,
        file: Option<Box<(String, format::SourceMap)>>,
    ) -> Article {
        let Normalised {
            text,
            offsets,
            marks,
        } = normalise(&original);
        Article {
            name: name.into(),
            display: display.into(),
            original,
            text,
            meta: Meta::default(),
            offsets,
            marks,
            file,
            lines,
        }
    }

    /// The original offset of normalised offset `offset`.
    pub fn original_offset(&self, offset: usize) -> usize {
        self.offsets.to_original(offset)
    }

    /// The original offset where text ending at normalised offset `offset` ends.
    pub fn original_end(&self, offset: usize) -> usize {
        self.offsets.to_original_end(offset)
    }

    /// The line and column, in the file as written, of normalised offset `offset`.
    pub fn position(&self, offset: usize) -> Position {
        let original = self.original_offset(offset);
        match &self.file {
            None => self.lines.position(&self.original, original),
            Some(file) => self.lines.position(&file.0, file.1.to_source(original)),
        }
    }
}

/// A sentence of an analysed article.
#[derive(Debug, Clone)]
pub struct Sentence {
    /// Its text in the normalised article.
    pub span: Span,
    /// The paragraph it belongs to.
    pub paragraph: usize,
    /// Its tokens.
    pub tokens: Range<usize>,
}

/// A word of an analysed article.
#[derive(Debug, Clone, Copy)]
pub struct Token {
    /// Its text in the normalised article.
    pub span: Span,
    /// The sentence it belongs to.
    pub sentence: usize,
}

/// Everything matchers need to know about an article, computed once.
#[derive(Debug)]
pub struct Analysis {
    /// The article.
    pub article: Article,
    /// Paragraph spans.
    pub paragraphs: Vec<Span>,
    /// Sentences, in order.
    pub sentences: Vec<Sentence>,
    /// Words, in order.
    pub tokens: Vec<Token>,
    /// Where each word stem occurs.
    pub(crate) index: TermIndex,
    /// Quotations, in order: the text inside quotation marks and its tokens.
    pub quotations: Vec<Quotation>,
    /// Quantities and dates, in text order.
    pub mentions: Vec<Mention>,
    /// Each sentence's text on one line, made when first cited.
    sentence_texts: Vec<std::sync::OnceLock<Arc<str>>>,
}

/// The text inside a pair of quotation marks.
#[derive(Debug, Clone)]
pub struct Quotation {
    /// The quoted text (marks excluded), normalised.
    pub span: Span,
    /// Its tokens.
    pub tokens: Range<usize>,
    /// Who said it, if the article says.
    pub speaker: Option<String>,
    /// How the speaker was found.
    pub how: Option<speakers::How>,
}

/// Analyse an article: paragraphs, sentences, words and the word index.
pub fn analyse(article: Article) -> Analysis {
    analyse_for(article, true)
}

/// [`analyse`], finding the quantities and dates only where `mentions` is set: claims of
/// text, patterns and quotes never read them, and finding them is a third of the work.
pub(crate) fn analyse_for(article: Article, mentions: bool) -> Analysis {
    let text = &article.text;
    let paragraphs = segment::paragraphs(text);
    let mut sentences = Vec::new();
    let mut tokens = Vec::new();
    for (number, paragraph) in paragraphs.iter().enumerate() {
        for span in segment::sentences(text, *paragraph) {
            let first = tokens.len();
            tokens.extend(words::words(&text[span.range()]).map(|(word, _)| Token {
                span: Span::new(span.start + word.start, span.start + word.end),
                sentence: sentences.len(),
            }));
            sentences.push(Sentence {
                span,
                paragraph: number,
                tokens: first..tokens.len(),
            });
        }
    }
    let index = TermIndex::build(tokens.iter().map(|t| &text[t.span.range()]));
    // Every sentence's lexemes in one list (news text has a lexeme every four or five bytes).
    let mut all = Vec::with_capacity(text.len() / 4);
    let mut ends = Vec::with_capacity(sentences.len());
    for sentence in &sentences {
        recognise::vocabulary::lex_into(
            &text[sentence.span.range()],
            sentence.span.start,
            &mut all,
        );
        ends.push(all.len());
    }
    let lexed: Vec<&[Lexeme<'_>]> = ends
        .iter()
        .scan(0, |start, &end| {
            let lexemes = &all[*start..end];
            *start = end;
            Some(lexemes)
        })
        .collect();
    let mut mentions: Vec<Mention> = if mentions {
        lexed
            .iter()
            .enumerate()
            .flat_map(|(number, lexemes)| recognise::mentions(lexemes, number))
            .collect()
    } else {
        Vec::new()
    };
    if !mentions.is_empty() {
        let placed: Vec<(&[Lexeme<'_>], usize)> = lexed
            .iter()
            .zip(&sentences)
            .map(|(lexemes, sentence)| (*lexemes, sentence.paragraph))
            .collect();
        recognise::carry_pronoun_owners(&placed, &mut mentions);
    }
    // Weekdays and relative dates placed on the calendar by the day of publication, the way
    // their clause's tense says.
    if let Some(published) = article.meta.published {
        for mention in &mut mentions {
            if let recognise::MentionKind::Date(date) = &mut mention.kind
                && date.placed_by_publication()
            {
                let sentence = sentences[mention.sentence].span;
                let within = mention.span.start - sentence.start..mention.span.end - sentence.start;
                date.resolved = date.resolve(published, || {
                    recognise::dates::clause_tense(&text[sentence.range()], within)
                });
            }
        }
    }
    let quotations = find_quotations(&article, &paragraphs, &sentences, &tokens, &lexed);
    drop(lexed);
    drop(all);
    let sentence_texts = (0..sentences.len())
        .map(|_| std::sync::OnceLock::new())
        .collect();
    Analysis {
        sentence_texts,
        article,
        paragraphs,
        sentences,
        tokens,
        index,
        quotations,
        mentions,
    }
}

/// The quotations of every paragraph, each with its speaker.
fn find_quotations(
    article: &Article,
    paragraphs: &[Span],
    sentences: &[Sentence],
    tokens: &[Token],
    lexed: &[&[Lexeme<'_>]],
) -> Vec<Quotation> {
    let mut quotations = Vec::new();
    let mut discourse = speakers::Discourse::default();
    let found: Vec<Vec<Span>> = paragraphs
        .iter()
        .map(|paragraph| recognise::quotes::quotations(&article.text, &article.marks, *paragraph))
        .collect();
    // Who said what is learnt from the text before each quotation: after the last
    // quotation there is nothing left to attribute.
    let Some(last_quoted) = found.iter().rposition(|spans| !spans.is_empty()) else {
        return quotations;
    };
    for ((number, paragraph), spans) in paragraphs
        .iter()
        .enumerate()
        .zip(found)
        .take(last_quoted + 1)
    {
        let first = sentences.partition_point(|s| s.paragraph < number);
        let last = sentences.partition_point(|s| s.paragraph <= number);
        let pending: Vec<speakers::Pending> = spans
            .iter()
            .map(|&span| speakers::Pending {
                span,
                // A paragraph that opens with a quotation (news opens each paragraph of a
                // long quotation anew).
                opens_paragraph: article.text[paragraph.start..span.start]
                    .trim_matches(|c: char| c.is_whitespace() || c == '"')
                    .is_empty(),
            })
            .collect();
        let attributions = discourse.paragraph(&lexed[first..last], &pending);
        for (span, attribution) in spans.iter().zip(attributions) {
            quotations.push(Quotation {
                span: *span,
                tokens: tokens.partition_point(|t| t.span.start < span.start)
                    ..tokens.partition_point(|t| t.span.end <= span.end),
                speaker: attribution.as_ref().map(|a| a.speaker.clone()),
                how: attribution.map(|a| a.how),
            });
        }
    }
    quotations
}

/// The sentences of a text taken as one paragraph (for tests of the layers below).
#[cfg(test)]
pub(crate) fn sentences_of(text: &str) -> Vec<Span> {
    segment::sentences(text, Span::new(0, text.len()))
}

impl Analysis {
    /// The text of a span of the normalised article.
    pub fn slice(&self, span: Span) -> &str {
        &self.article.text[span.range()]
    }

    /// A sentence's text, on one line (runs of whitespace made one space).
    pub fn sentence_text(&self, sentence: usize) -> Arc<str> {
        // One copy per sentence, however many claims cite it.
        let cell = &self.sentence_texts[sentence];
        Arc::clone(cell.get_or_init(|| one_line(self.slice(self.sentences[sentence].span)).into()))
    }

    /// The token at or after normalised offset `offset`.
    pub(crate) fn token_at(&self, offset: usize) -> usize {
        self.tokens.partition_point(|t| t.span.end <= offset)
    }

    /// The sentence holding normalised offset `offset`.
    pub(crate) fn sentence_at(&self, offset: usize) -> usize {
        self.sentences
            .partition_point(|s| s.span.end <= offset)
            .min(self.sentences.len().saturating_sub(1))
    }

    /// The tokens of the window `within` around sentence `sentence`.
    pub(crate) fn window(&self, sentence: usize, within: Within) -> Range<usize> {
        match within {
            Within::Article => 0..self.tokens.len(),
            _ => {
                let sentences = self.window_sentences(sentence, within);
                self.sentences[sentences.start].tokens.start
                    ..self.sentences[sentences.end - 1].tokens.end
            }
        }
    }

    /// The normalised text of the window `within` around sentence `sentence`, its sentences
    /// whole: a figure's sign after the window's last word (`64%.`) lies inside it.
    pub(crate) fn window_span(&self, sentence: usize, within: Within) -> Span {
        let sentences = self.window_sentences(sentence, within);
        Span::new(
            self.sentences[sentences.start].span.start,
            self.sentences[sentences.end - 1].span.end,
        )
    }

    /// The sentences of the window `within` around sentence `sentence`.
    fn window_sentences(&self, sentence: usize, within: Within) -> Range<usize> {
        match within {
            Within::Article => 0..self.sentences.len(),
            Within::Sentence => sentence..sentence + 1,
            Within::Paragraph => {
                let paragraph = self.sentences[sentence].paragraph;
                self.sentences.partition_point(|s| s.paragraph < paragraph)
                    ..self.sentences.partition_point(|s| s.paragraph <= paragraph)
            }
        }
    }

    /// Where `phrase` starts within the token range `range`, ascending. With `exact`, words
    /// compare by key (case folded); otherwise by stem (possessives and plurals folded too).
    pub(crate) fn find_phrase(
        &self,
        phrase: &Phrase,
        exact: bool,
        range: Range<usize>,
    ) -> Vec<usize> {
        // Anchor on the rarest word, then compare the rest around it.
        let Some((anchor, occurrences)) = phrase
            .words()
            .enumerate()
            .map(|(at, word)| (at, self.index.occurrences(word.stem())))
            .min_by_key(|(_, occurrences)| occurrences.len())
        else {
            return Vec::new();
        };
        let length = phrase.len();
        let from = occurrences.partition_point(|&t| (t as usize) < range.start + anchor);
        let mut found = Vec::new();
        for &position in &occurrences[from..] {
            let start = position as usize - anchor;
            if start + length > range.end {
                break;
            }
            let matches = phrase.words().enumerate().all(|(offset, word)| {
                let token = self.slice(self.tokens[start + offset].span);
                word_matches(word, token, exact)
            });
            if matches {
                found.push(start);
            }
        }
        found
    }

    /// The quotation holding all of the tokens `range`, if any.
    pub(crate) fn quotation_around(&self, range: Range<usize>) -> Option<&Quotation> {
        let after = self
            .quotations
            .partition_point(|q| q.tokens.start <= range.start);
        self.quotations[..after]
            .iter()
            .rev()
            .find(|q| q.tokens.start <= range.start && range.end <= q.tokens.end)
    }

    /// The text between tokens `left` and `right` (`right` after `left`): the marks and
    /// spaces that join them (`, ` of "Capital, expects").
    pub(crate) fn gap(&self, left: usize, right: usize) -> &str {
        let end = self.tokens[left].span.end;
        self.slice(Span::new(end, self.tokens[right].span.start.max(end)))
    }

    /// The normalised span of tokens `range` (first to last, inclusive of the words).
    pub(crate) fn token_span(&self, range: Range<usize>) -> Span {
        Span::new(
            self.tokens[range.start].span.start,
            self.tokens[range.end - 1].span.end,
        )
    }
}

fn word_matches(word: words::Word<'_>, token: &str, exact: bool) -> bool {
    if word.acronym && !token.chars().any(char::is_uppercase) {
        return false;
    }
    let key = words::key(token);
    if exact {
        *key == *word.key
    } else {
        words::stem(&key) == word.stem()
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::symlink;

    #[test]
    fn an_article_written_as_its_file_is_read_as_its_name() {
        let root = tempfile::tempdir().unwrap();
        let articles = root.path().join("articles");
        std::fs::create_dir_all(articles.join("world")).unwrap();
        std::fs::write(articles.join("jobs.txt"), "Jobs.").unwrap();
        std::fs::write(articles.join("world/story.md"), "Story.").unwrap();
        std::fs::write(articles.join("twice.txt"), "Twice.").unwrap();
        std::fs::write(articles.join("twice.md"), "Twice.").unwrap();
        let catalog = Catalog::scan(&articles);
        let read = |written| catalog.name_written_as_file(written);
        assert_eq!(read("jobs.txt"), Some("jobs"));
        assert_eq!(read("./jobs.txt"), Some("jobs"));
        assert_eq!(read("articles/jobs.txt"), Some("jobs"));
        assert_eq!(read("articles/jobs"), Some("jobs"));
        assert_eq!(read("world/story.md"), Some("world/story"));
        assert_eq!(read("articles/world/story.md"), Some("world/story"));
        // Another extension than the file's, no such file, or two files of the name.
        assert_eq!(read("world/story.txt"), None);
        assert_eq!(read("jobs.md"), None);
        assert_eq!(read("story.md"), None);
        assert_eq!(read("twice.txt"), None);
        assert_eq!(read("jobs.docx"), None);
        assert_eq!(read("jobs"), None);
    }

    #[test]
    fn symbolic_links_leading_out_of_the_folder_are_refused() {
        let root = tempfile::tempdir().unwrap();
        let articles = root.path().join("articles");
        let outside = root.path().join("elsewhere");
        std::fs::create_dir_all(articles.join("desk")).unwrap();
        std::fs::create_dir_all(&outside).unwrap();
        std::fs::write(articles.join("plain.txt"), "Plain.").unwrap();
        std::fs::write(articles.join("desk/nested.txt"), "Nested.").unwrap();
        std::fs::write(outside.join("secret.txt"), "Secret.").unwrap();
        // A file link leading out, a folder link leading out, a link that stays inside.
        symlink(outside.join("secret.txt"), articles.join("leak.txt")).unwrap();
        symlink(&outside, articles.join("linked")).unwrap();
        symlink(articles.join("plain.txt"), articles.join("alias.txt")).unwrap();

        let catalog = Catalog::scan(&articles);
        assert!(catalog.resolve("plain").is_ok());
        assert!(catalog.resolve("desk/nested").is_ok());
        assert!(catalog.resolve("alias").is_ok());
        assert!(matches!(
            catalog.resolve("leak"),
            Err(ResolveError::Outside)
        ));
        assert!(matches!(
            catalog.resolve("linked/secret"),
            Err(ResolveError::Outside)
        ));
    }
}
