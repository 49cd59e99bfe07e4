//! `factcheck extract`: what an article holds, for a person writing claims about it.
//!
//! The human form lists each paragraph's sentences with their positions, then each mention
//! as a ready-to-paste `[[claim]]` block. The JSON form is an array of objects, one per
//! sentence and per mention, with the fields of DESIGN.md (absent fields `null`).

use std::fmt::Write;

use serde::Serialize;

use crate::article::{Analysis, one_line};

/// One entry of the JSON listing.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Entry {
    /// `sentence` or a mention kind (`quote`, `quantity`, `date`).
    pub kind: &'static str,
    /// The text, on one line.
    pub text: String,
    /// Line in the original article.
    pub line: usize,
    /// Column in the original article.
    pub column: usize,
    /// The paragraph (from 1).
    pub paragraph: usize,
    /// A quantity's value, or a date in ISO-like form.
    pub value: Option<serde_json::Value>,
    /// A range's low end.
    pub low: Option<f64>,
    /// A range's high end.
    pub high: Option<f64>,
    /// A quantity's unit.
    pub unit: Option<String>,
    /// A quantity's qualifier (`up to`, `more than`, …).
    pub qualifier: Option<String>,
    /// A quote's speaker.
    pub speaker: Option<String>,
}

/// Everything `extract` lists for an analysed article, in text order.
pub fn entries(analysis: &Analysis) -> Vec<Entry> {
    let mut entries = Vec::new();
    for (number, sentence) in analysis.sentences.iter().enumerate() {
        entries.push(entry(
            analysis,
            "sentence",
            sentence.span,
            sentence.paragraph,
            |_| {},
        ));
        let _ = number;
    }
    for quotation in &analysis.quotations {
        let paragraph = analysis.sentences[analysis.sentence_at(quotation.span.start)].paragraph;
        entries.push(entry(analysis, "quote", quotation.span, paragraph, |_| {}));
    }
    entries.sort_by_key(|e| (e.line, e.column, e.kind != "sentence"));
    entries
}

fn entry(
    analysis: &Analysis,
    kind: &'static str,
    span: crate::source::Span,
    paragraph: usize,
    fill: impl FnOnce(&mut Entry),
) -> Entry {
    let at = analysis.article.position(span.start);
    let mut entry = Entry {
        kind,
        text: one_line(analysis.slice(span)),
        line: at.line,
        column: at.column,
        paragraph: paragraph + 1,
        value: None,
        low: None,
        high: None,
        unit: None,
        qualifier: None,
        speaker: None,
    };
    fill(&mut entry);
    entry
}

/// The JSON listing, pretty-printed, with a final newline.
pub fn render_json(analysis: &Analysis) -> String {
    let mut text = serde_json::to_string_pretty(&entries(analysis)).expect("entries serialise");
    text.push('\n');
    text
}

/// The human listing: paragraphs and sentences, then a `[[claim]]` block per mention.
pub fn render_human(analysis: &Analysis) -> String {
    let mut out = String::new();
    let article = &analysis.article;
    let _ = writeln!(out, "# {}", article.display);
    let _ = writeln!(
        out,
        "# {} paragraphs, {} sentences, {} quotations\n",
        analysis.paragraphs.len(),
        analysis.sentences.len(),
        analysis.quotations.len()
    );
    let mut paragraph = usize::MAX;
    for sentence in &analysis.sentences {
        if sentence.paragraph != paragraph {
            paragraph = sentence.paragraph;
            let at = article.position(analysis.paragraphs[paragraph].start);
            let _ = writeln!(out, "¶{} (line {})", paragraph + 1, at.line);
        }
        let at = article.position(sentence.span.start);
        let _ = writeln!(
            out,
            "  {}:{}  {}",
            at.line,
            at.column,
            one_line(analysis.slice(sentence.span))
        );
    }
    let quotes: Vec<Entry> = entries(analysis)
        .into_iter()
        .filter(|e| e.kind != "sentence")
        .collect();
    if !quotes.is_empty() {
        out.push('\n');
    }
    for entry in quotes {
        let _ = writeln!(out, "# {}:{}:{}", article.display, entry.line, entry.column);
        let _ = writeln!(out, "[[claim]]");
        let _ = writeln!(out, "article = {}", toml_string(&article.name));
        let says: String = entry.text.chars().take(60).collect();
        let _ = writeln!(out, "says = {}", toml_string(&format!("Quoted: {says}")));
        let _ = writeln!(out, "{} = {}", entry.kind, toml_string(&entry.text));
        if let Some(speaker) = &entry.speaker {
            let _ = writeln!(out, "speaker = {}", toml_string(speaker));
        }
        out.push('\n');
    }
    out
}

/// A TOML basic string.
pub fn toml_string(text: &str) -> String {
    toml::Value::String(text.to_string()).to_string()
}
