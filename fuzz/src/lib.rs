//! The bodies of the fuzz targets, and the invariants each asserts.
//!
//! Each `fuzz_targets/<name>.rs` calls one function here; `tests/fuzz.rs` in the product
//! includes this file too and replays the committed seeds and every crash the fuzzer found
//! through the same functions, so a regression fails `cargo test` without cargo-fuzz.
//!
//! Beyond "no panic", every target checks:
//! - every position reported lies inside its file, on a character boundary, and its line
//!   and column exist in the file;
//! - normalised text maps back through the offset map: the original stretch of a span
//!   normalises to text containing what the span holds;
//! - the same input gives the same bytes twice (diagnostics, extracts, every report format);
//! - JSON output is JSON.

use std::path::Path;
use std::sync::{Arc, OnceLock};

use arbitrary::Arbitrary;
use factcheck::article::{Analysis, Article, Format as ArticleFormat, analyse};
use factcheck::check::{Evidence, Outcome, decide};
use factcheck::claims::{ArticleNames, ClaimFile, Unresolved, parse};
use factcheck::config::{Aliases, Config};
use factcheck::diagnostic::{Diagnostic, render};
use factcheck::report::{self, ArticleReport, FileReport, Format, Report};
use factcheck::source::{LineIndex, SourceFile, Span};
use factcheck::text::normalise;

/// The article names a fuzzed claim file may use: `fuzz` and `other`.
struct Names;

impl ArticleNames for Names {
    fn resolve(&self, name: &str) -> Result<Arc<str>, Unresolved> {
        match name {
            "fuzz" | "other" => Ok(Arc::from(name)),
            _ => Err(Unresolved::Unknown(vec!["fuzz".into()])),
        }
    }

    fn examples(&self) -> Vec<String> {
        vec!["fuzz".into(), "other".into()]
    }
}

fn aliases() -> Aliases {
    Aliases::new(vec![(
        "NATO".into(),
        vec!["NATO".into(), "North Atlantic Treaty Organization".into()],
    )])
}

/// Text from fuzzer bytes: UTF-8 as it is, anything else read lossily (the loaders refuse
/// non-UTF-8 claim files before parsing; the parsers are what is fuzzed).
fn text_of(data: &[u8]) -> String {
    String::from_utf8_lossy(data).into_owned()
}

/// `factcheck.toml` text: parse, diagnostics, twice.
pub fn config(data: &[u8]) {
    let file = SourceFile::new("factcheck.toml", text_of(data));
    let first = Config::parse(Path::new("/suite"), &file);
    let second = Config::parse(Path::new("/suite"), &file);
    match (first, second) {
        (Ok(a), Ok(b)) => {
            assert_eq!(a.articles, b.articles);
            assert_eq!(a.claims, b.claims);
            assert_eq!(a.snapshots, b.snapshots);
            assert_eq!(format!("{:?}", a.aliases), format!("{:?}", b.aliases));
        }
        (Err(a), Err(b)) => {
            check_diagnostics(&a.0);
            assert_eq!(
                render(&a.0, false),
                render(&b.0, false),
                "diagnostics differ"
            );
            assert_eq!(render(&a.0, true), render(&b.0, true));
        }
        _ => panic!("the same factcheck.toml parsed once and failed once"),
    }
}

/// A claim file's text: parse and diagnostics twice; then every claim it holds is decided
/// against a fixed article and every report format written.
pub fn claims(data: &[u8]) {
    let (file, diagnostics) = parse_claims(text_of(data));
    let (again, diagnostics_again) = parse_claims(text_of(data));
    check_diagnostics(&diagnostics);
    let rendered = render(&diagnostics, false);
    assert_eq!(
        rendered,
        render(&diagnostics_again, false),
        "diagnostics differ"
    );
    assert_eq!(file.is_some(), again.is_some());
    if let Some(file) = file {
        check_claims(&file, &[fixed_article(), fixed_article()]);
    }
}

fn parse_claims(text: String) -> (Option<ClaimFile>, Vec<Diagnostic>) {
    let source = SourceFile::new("claims/fuzz.toml", text);
    parse(
        source,
        Path::new("claims/fuzz.toml"),
        "fuzz",
        &Names,
        &aliases(),
    )
}

/// An article's bytes, in the format the first byte chooses: load, normalise, analyse,
/// then the extract in both renderings.
pub fn article(data: &[u8]) {
    let Some((&first, bytes)) = data.split_first() else {
        return;
    };
    let (format, display) = [
        (ArticleFormat::Plain, "articles/fuzz.txt"),
        (ArticleFormat::Markdown, "articles/fuzz.md"),
        (ArticleFormat::Html, "articles/fuzz.html"),
    ][usize::from(first % 3)];
    let load = || ArticleFormat::of(Path::new(display)).map(|f| assert_eq!(f, format));
    load();
    let analysed =
        |bytes: &[u8]| Article::from_bytes("fuzz", display, bytes.to_vec(), format).map(analyse);
    match (analysed(bytes), analysed(bytes)) {
        (Ok(analysis), Ok(again)) => {
            let lines = bytes.iter().filter(|&&b| b == b'\n').count() + 1;
            check_analysis(&analysis, lines);
            let human = report::extract::render_human(&analysis);
            let json = report::extract::render_json(&analysis);
            assert_eq!(
                human,
                report::extract::render_human(&again),
                "extract differs"
            );
            assert_eq!(
                json,
                report::extract::render_json(&again),
                "extract differs"
            );
            serde_json::from_str::<serde_json::Value>(&json).expect("the extract is JSON");
        }
        (Err(a), Err(b)) => {
            check_diagnostics(&a);
            assert_eq!(render(&a, false), render(&b, false), "diagnostics differ");
        }
        _ => panic!("the same article loaded once and failed once"),
    }
}

/// A structured case: an article assembled from news-like pieces in one of the formats,
/// and claims of every kind assembled the same way.
#[derive(Arbitrary, Debug)]
pub struct Case {
    format: Form,
    article: Vec<Piece>,
    title: Option<Vec<Piece>>,
    claims: Vec<ClaimCase>,
    within: Option<u8>,
}

#[derive(Arbitrary, Debug, Clone, Copy)]
enum Form {
    Plain,
    Markdown,
    Html,
}

/// A piece of text: a word or figure from the vocabulary, a number written some way, or any
/// text at all.
#[derive(Arbitrary, Debug)]
enum Piece {
    Word(u8),
    Number(u32, u8),
    Any(String),
}

#[derive(Arbitrary, Debug)]
struct ClaimCase {
    kind: u8,
    value: Vec<Piece>,
    says: Vec<Piece>,
    source: Option<Vec<Piece>>,
    speaker: Option<Vec<Piece>>,
    about: Option<Vec<Piece>>,
    within: Option<u8>,
    expect: Option<u8>,
    strict: Option<bool>,
    tolerance: Option<u8>,
    both: bool,
}

const VOCABULARY: &[&str] = &[
    "NATO",
    "said",
    "Kirby",
    "troops",
    "30,000",
    "up to",
    "about",
    "more than",
    "$45 million",
    "€40m",
    "fell by",
    "to",
    "rose",
    "from",
    "2.3m",
    "scooters",
    "\u{201C}",
    "\u{201D}",
    "\"",
    "'",
    ", ",
    ". ",
    "\n",
    "\n\n",
    "Leeds",
    "York",
    "homes",
    "in",
    "1,200",
    "800",
    "Monday",
    "Feb. 20",
    "2022",
    "the mayor",
    "he said",
    "she told",
    "Reuters",
    "%",
    "per cent",
    "half a",
    "million",
    "two-thirds",
    "one in five",
    "Category 4",
    "3-1",
    "312 to 290",
    "2:04:11",
    "1430 GMT",
    "<p>",
    "</p>",
    "<h1>",
    "</h1>",
    "&amp;",
    "&#8220;",
    "<br>",
    "---",
    "+++",
    "title: ",
    "title = ",
    "published: 2024-03-01",
    "# ",
    "* ",
    "> ",
    "`",
    "|",
    "\u{a0}",
    "\u{2014}",
    "\u{2013}",
    "\u{2019}",
    "\u{feff}",
    "\u{200b}",
    "e\u{301}",
    "\r\n",
    "Mr.",
    "U.S.",
    "bn",
    "a share",
    "down",
    "a rise of",
    "three",
    "dozens",
    "tens of thousands",
    "last year",
    "on March 3",
    "2026-02-24",
    "late 2025",
    "Q2",
    "£",
    "won",
    "lost",
    "Truss",
    "Putin",
    " ",
];

fn piece_text(piece: &Piece, out: &mut String) {
    match piece {
        Piece::Word(i) => out.push_str(VOCABULARY[usize::from(*i) % VOCABULARY.len()]),
        Piece::Number(n, style) => match style % 6 {
            0 => out.push_str(&n.to_string()),
            1 => out.push_str(&grouped(*n)),
            2 => out.push_str(&format!("{}.{}", n / 100, n % 100)),
            3 => out.push_str(&format!("{}m", n % 1000)),
            4 => out.push_str(&format!("{}bn", n % 100)),
            _ => out.push_str(&format!("{}%", n % 200)),
        },
        Piece::Any(text) => out.push_str(text),
    }
}

fn grouped(n: u32) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn joined(pieces: &[Piece]) -> String {
    let mut out = String::new();
    for (i, piece) in pieces.iter().enumerate() {
        if i > 0 && !matches!(piece, Piece::Any(_)) {
            out.push(' ');
        }
        piece_text(piece, &mut out);
    }
    out
}

/// A TOML basic string holding `text` exactly.
fn quoted(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

const KINDS: &[&str] = &["quantity", "date", "quote", "text", "pattern", ""];
const WITHIN: &[&str] = &["sentence", "paragraph", "article"];
const EXPECT: &[&str] = &["supported", "refuted", "absent"];
const TOLERANCE: &[&str] = &["0", "1%", "5%", "10", "0.5", "25%"];

impl Case {
    /// The article's file text.
    fn article_text(&self) -> String {
        let body = joined(&self.article);
        let title = self.title.as_deref().map(joined);
        match (self.format, title) {
            (Form::Plain, _) | (_, None) => body,
            (Form::Markdown, Some(title)) => {
                format!(
                    "---\ntitle: {}\npublished: 2024-03-01\n---\n{body}",
                    quoted(&title)
                )
            }
            (Form::Html, Some(title)) => format!(
                "<html><head><title>{title}</title></head><body><article><p>{body}</p></article></body></html>"
            ),
        }
    }

    /// The claim file's text: every claim about `fuzz` (and some about `other` too).
    fn claim_text(&self) -> String {
        let mut out = String::from("article = \"fuzz\"\n");
        if let Some(within) = self.within {
            let within = WITHIN[usize::from(within) % WITHIN.len()];
            out.push_str(&format!("within = \"{within}\"\n"));
        }
        for claim in self.claims.iter().take(8) {
            out.push_str("\n[[claim]]\n");
            out.push_str(&format!("says = {}\n", quoted(&joined(&claim.says))));
            let kind = KINDS[usize::from(claim.kind) % KINDS.len()];
            if !kind.is_empty() {
                out.push_str(&format!("{kind} = {}\n", quoted(&joined(&claim.value))));
            }
            for (key, value) in [
                ("source", &claim.source),
                ("speaker", &claim.speaker),
                ("about", &claim.about),
            ] {
                if let Some(value) = value {
                    out.push_str(&format!("{key} = {}\n", quoted(&joined(value))));
                }
            }
            let choices = [
                ("within", claim.within, WITHIN),
                ("expect", claim.expect, EXPECT),
                ("tolerance", claim.tolerance, TOLERANCE),
            ];
            for (key, choice, values) in choices {
                if let Some(i) = choice {
                    let value = values[usize::from(i) % values.len()];
                    out.push_str(&format!("{key} = \"{value}\"\n"));
                }
            }
            if let Some(strict) = claim.strict {
                out.push_str(&format!("strict = {strict}\n"));
            }
            if claim.both {
                out.push_str("article = [\"fuzz\", \"other\"]\nrequire = \"any\"\n");
            }
        }
        out
    }
}

/// A structured case: the claims are decided against the article and every report format is
/// written twice, byte for byte the same.
pub fn check(case: &Case) {
    let (format, display) = match case.format {
        Form::Plain => (ArticleFormat::Plain, "articles/fuzz.txt"),
        Form::Markdown => (ArticleFormat::Markdown, "articles/fuzz.md"),
        Form::Html => (ArticleFormat::Html, "articles/fuzz.html"),
    };
    let text = case.article_text();
    let lines = text.lines().count() + 1;
    let Ok(article) = Article::from_bytes("fuzz", display, text.into_bytes(), format) else {
        return;
    };
    let analysis = Arc::new(analyse(article));
    check_analysis(&analysis, lines);
    let (file, diagnostics) = parse_claims(case.claim_text());
    check_diagnostics(&diagnostics);
    if let Some(file) = file {
        check_claims(&file, &[analysis, fixed_article()]);
    }
}

/// A short article with figures, dates, quotes and speakers, analysed once.
fn fixed_article() -> Arc<Analysis> {
    static ARTICLE: OnceLock<Arc<Analysis>> = OnceLock::new();
    ARTICLE
        .get_or_init(|| {
            let text = "NATO estimates up to 30,000 combat troops are in Belarus, a senior \
                        official said on Feb. 20, 2022.\n\n\u{201C}The numbers continue to \
                        grow,\u{201D} Pentagon spokesman John Kirby said. Revenue fell by \u{20AC}40m \
                        to \u{20AC}310m. About 412,000 homes lost power in Leeds, 288,000 in York \
                        and 95,000 in Hull.\n\nThe mayor said the $45 million plan would sell \
                        2.3m electric scooters by 2026.";
            Arc::new(analyse(Article::from_text("fuzz", "articles/fuzz.txt", text.into())))
        })
        .clone()
}

/// Decide every claim of `file`, its articles standing for `analyses` (`fuzz`, `other`);
/// check every outcome's evidence and write every report format twice.
fn check_claims(file: &ClaimFile, analyses: &[Arc<Analysis>]) {
    let by_name = |name: &str| {
        if name == "other" {
            &analyses[1]
        } else {
            &analyses[0]
        }
    };
    let outcomes: Vec<Outcome> = file
        .claims
        .iter()
        .flat_map(|claim| {
            claim.articles.iter().map(|name| {
                let analysis = by_name(&name.name);
                let outcome = decide(claim, analysis);
                assert_eq!(outcome, decide(claim, analysis), "a verdict differs");
                check_outcome(&outcome, analysis);
                outcome
            })
        })
        .collect();
    let articles = analyses
        .iter()
        .take(2)
        .map(|analysis| ArticleReport {
            name: analysis.article.name.clone(),
            display: analysis.article.display.clone(),
            meta: analysis.article.meta.clone(),
            text: Some(analysis.article.original.clone()),
        })
        .collect();
    let report = Report {
        files: vec![FileReport::assemble(file, outcomes)],
        articles,
    };
    for (name, format) in Format::ALL {
        let write = |color| {
            let mut out = Vec::new();
            report::write(&report, format, color, &mut out).expect("a report is written");
            out
        };
        let bytes = write(false);
        assert_eq!(
            bytes,
            write(false),
            "the {name} report differs between two writes"
        );
        let _ = write(true);
        let text = String::from_utf8(bytes).expect("a report is UTF-8");
        if matches!(format, Format::Json | Format::ClaimReview) {
            serde_json::from_str::<serde_json::Value>(&text).expect("the report is JSON");
        }
    }
}

fn check_outcome(outcome: &Outcome, analysis: &Analysis) {
    let evidence = outcome
        .evidence
        .iter()
        .chain(outcome.candidates.iter().map(|c| &c.evidence));
    for evidence in evidence {
        check_evidence(evidence, analysis);
    }
}

fn check_evidence(evidence: &Evidence, analysis: &Analysis) {
    let original = &analysis.article.original;
    assert!(evidence.start <= evidence.end, "evidence {evidence:?}");
    assert!(
        evidence.end <= original.len(),
        "evidence past the article's end"
    );
    assert!(
        original.is_char_boundary(evidence.start),
        "evidence off a char boundary"
    );
    assert!(
        original.is_char_boundary(evidence.end),
        "evidence off a char boundary"
    );
    assert!(
        evidence.line >= 1 && evidence.column >= 1,
        "evidence at {evidence:?}"
    );
    assert!(
        !evidence.text.contains('\n'),
        "evidence text on more than one line"
    );
}

/// Every span of the analysis lies in the normalised text on char boundaries, maps back to
/// original text that normalises to what it holds, and has a line the file has.
fn check_analysis(analysis: &Analysis, file_lines: usize) {
    let article = &analysis.article;
    let text = &article.text;
    let mut spans: Vec<Span> = analysis.tokens.iter().map(|t| t.span).collect();
    spans.extend(analysis.sentences.iter().map(|s| s.span));
    spans.extend(analysis.paragraphs.iter().copied());
    spans.extend(analysis.quotations.iter().map(|q| q.span));
    spans.extend(
        analysis
            .mentions
            .iter()
            .flat_map(|m| [m.span, m.value_span]),
    );
    for span in spans {
        assert!(
            span.start <= span.end && span.end <= text.len(),
            "span {span:?}"
        );
        assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
        let start = article.original_offset(span.start);
        let end = article.original_end(span.end);
        assert!(
            start <= end && end <= article.original.len(),
            "{span:?} maps to {start}..{end}"
        );
        let original = &article.original;
        assert!(original.is_char_boundary(start) && original.is_char_boundary(end));
        let renormalised = normalise(&original[start..end]).text;
        assert!(
            renormalised.contains(analysis.slice(span)),
            "{renormalised:?} does not contain {:?}",
            analysis.slice(span)
        );
        let at = article.position(span.start);
        assert!(
            at.line >= 1 && at.line <= file_lines,
            "{at:?} of {file_lines} lines"
        );
        assert!(at.column >= 1, "{at:?}");
    }
    for mention in &analysis.mentions {
        assert!(
            mention.sentence < analysis.sentences.len().max(1),
            "{mention:?}"
        );
    }
}

/// Every diagnostic's span lies inside its file, on char boundaries, at a line it has.
fn check_diagnostics(diagnostics: &[Diagnostic]) {
    for diagnostic in diagnostics {
        assert!(
            !diagnostic.message.is_empty(),
            "a diagnostic without a message"
        );
        let (Some(file), Some(span)) = (&diagnostic.file, diagnostic.span) else {
            continue;
        };
        let text: &str = &file.text;
        assert!(
            span.start <= span.end && span.end <= text.len(),
            "{diagnostic:?}"
        );
        assert!(
            text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
            "span {span:?} off a char boundary in {text:?}: {}",
            diagnostic.message
        );
        let lines = LineIndex::new(text);
        let at = lines.position(text, span.start);
        assert!(
            at.line >= 1 && at.line <= text.lines().count() + 1,
            "{at:?}"
        );
        assert_eq!(at, file.position(span.start));
    }
}
