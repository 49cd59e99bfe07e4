//! `factcheck extract`: what an article holds, for a person writing claims about it.
//!
//! The human form lists each paragraph's sentences with their positions, then each mention
//! as a ready-to-paste `[[claim]]` block. The JSON form is an array of objects, one per
//! sentence and per mention: `kind`, `text`, `line`, `column`, `paragraph`, `value`, `low`,
//! `high`, `unit`, `qualifier`, `speaker` (absent fields `null`; README, "JSON").

use std::fmt::Write;

use serde::Serialize;

use crate::article::Analysis;
use crate::recognise::MentionKind;
use crate::text::one_line;

/// One entry of the JSON listing.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub(crate) struct Entry {
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
    /// Where it starts in the normalised text (not listed).
    #[serde(skip)]
    pub start: usize,
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
    /// A quantity's change: `up` or `down` (`rose 5%`); `null` for a level.
    pub change: Option<&'static str>,
    /// A score's or tally's pairs (`[[3, 1]]` for `won 3-1`).
    pub score: Option<Vec<[serde_json::Value; 2]>>,
    /// What a rate is per (`share` of `$1.87 a share`).
    pub per: Option<String>,
    /// `true` for the level before a change (`6,200` of `up from 6,200`).
    pub earlier: Option<bool>,
    /// `true` for a figure given as what was expected beside the actual one (`the 78%
    /// forecast`); left out otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expected: Option<bool>,
    /// `true` for an ordinal (`the 84th minute`, `rose to 12th`); left out otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ordinal: Option<bool>,
    /// Whose figure it is, where a list gives figures to several entities (`York`).
    pub owner: Option<String>,
    /// A quote's speaker.
    pub speaker: Option<String>,
    /// How the speaker was found: `named`, `pronoun`, `role` or `continuation`.
    pub how: Option<&'static str>,
    /// A weekday's or relative date's calendar days, in an article with a publication date
    /// (`2022-02-10`, `2022-01-31..2022-02-06`); left out otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resolved: Option<String>,
}

/// Everything `extract` lists for an analysed article, in text order.
pub(crate) fn entries(analysis: &Analysis) -> Vec<Entry> {
    let mut entries = Vec::new();
    for sentence in &analysis.sentences {
        entries.push(entry(
            analysis,
            "sentence",
            sentence.span,
            sentence.paragraph,
            |_| {},
        ));
    }
    for quotation in &analysis.quotations {
        let paragraph = analysis.sentences[analysis.sentence_at(quotation.span.start)].paragraph;
        entries.push(entry(
            analysis,
            "quote",
            quotation.span,
            paragraph,
            |entry| {
                entry.speaker.clone_from(&quotation.speaker);
                entry.how = quotation.how.map(|how| how.name());
            },
        ));
    }
    for mention in &analysis.mentions {
        let paragraph = analysis.sentences[mention.sentence].paragraph;
        match &mention.kind {
            MentionKind::Quantity(quantity) => entries.push(entry(
                analysis,
                "quantity",
                mention.span,
                paragraph,
                |entry| {
                    entry.value = quantity.is_exact().then(|| number(quantity.low));
                    entry.low = Some(quantity.low);
                    entry.high = Some(quantity.high);
                    entry.unit = quantity.unit.as_ref().map(|u| u.head.clone());
                    entry.qualifier = quantity.qualifier.as_ref().map(|q| q.text.clone());
                    entry.change = quantity.change.map(|c| c.name());
                    entry.score = quantity
                        .score
                        .as_ref()
                        .map(|sets| sets.iter().map(|&(a, b)| [number(a), number(b)]).collect());
                    entry.per = quantity.unit.as_ref().and_then(|u| u.per.clone());
                    entry.earlier = quantity.earlier.then_some(true);
                    entry.expected = quantity.expected.then_some(true);
                    entry.ordinal = quantity.ordinal.then_some(true);
                    entry.owner = mention.owner.as_deref().map(String::from);
                },
            )),
            MentionKind::Date(date) => {
                entries.push(entry(analysis, "date", mention.span, paragraph, |entry| {
                    entry.value = Some(serde_json::Value::String(date.describe()));
                    entry.resolved = date.resolved.as_ref().map(|days| days.describe());
                }))
            }
        }
    }
    entries.sort_by_key(|e| (e.line, e.column, e.kind != "sentence"));
    entries
}

/// A number as JSON: an integer where it is whole.
fn number(value: f64) -> serde_json::Value {
    if value.fract() == 0.0 && value.abs() < 9e15 {
        serde_json::Value::from(value as i64)
    } else {
        serde_json::Value::from(value)
    }
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
        start: span.start,
        value: None,
        low: None,
        high: None,
        unit: None,
        qualifier: None,
        change: None,
        score: None,
        per: None,
        earlier: None,
        expected: None,
        ordinal: None,
        owner: None,
        speaker: None,
        how: None,
        resolved: None,
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
    for (field, value) in article.meta.fields() {
        let _ = writeln!(out, "# {field}: {value}");
    }
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
    let mentions: Vec<Entry> = entries(analysis)
        .into_iter()
        .filter(|e| e.kind != "sentence")
        .collect();
    if !mentions.is_empty() {
        let _ = writeln!(
            out,
            "\n# {} mentions, as claims to edit and paste:\n",
            mentions.len()
        );
    }
    // Several mentions in one sentence share its `says`, and so its default id: those after
    // the first get an `id` of their own, so the blocks paste as one valid claim file.
    let mut ids = std::collections::BTreeSet::new();
    let mut tried = std::collections::HashMap::new();
    for entry in mentions {
        let _ = writeln!(
            out,
            "# {}:{}:{}  {}",
            article.display,
            entry.line,
            entry.column,
            describe(&entry)
        );
        let _ = writeln!(out, "[[claim]]");
        let _ = writeln!(out, "article = {}", toml_string(&article.name));
        let sentence = analysis.sentence_text(analysis.sentence_at(entry.start));
        let says = shorten(&sentence, 90);
        let slug = crate::claims::slug(&says);
        if !ids.insert(slug.clone()) {
            let base = format!("{slug}-{}", crate::claims::slug(&entry.text));
            let mut id = base.clone();
            // Numbered from where this base last stopped: an article repeating one
            // sentence thousands of times must not retry every number each time.
            let n = tried.entry(base.clone()).or_insert(2);
            while !ids.insert(id.clone()) {
                id = format!("{base}-{n}");
                *n += 1;
            }
            let _ = writeln!(out, "id = {}", toml_string(&id));
        }
        let _ = writeln!(out, "says = {}", toml_string(&says));
        let _ = writeln!(out, "{} = {}", entry.kind, toml_string(&entry.text));
        if let Some(speaker) = &entry.speaker {
            let _ = writeln!(out, "speaker = {}", toml_string(speaker));
        }
        out.push('\n');
    }
    out
}

/// What a mention states, in a few words, for the comment above its block.
fn describe(entry: &Entry) -> String {
    match entry.kind {
        "quantity" => {
            let value = match (&entry.score, entry.low, entry.high) {
                (Some(sets), _, _) => sets
                    .iter()
                    .map(|[a, b]| format!("{a}-{b}"))
                    .collect::<Vec<_>>()
                    .join(", "),
                (None, Some(low), Some(high)) if low != high => format!("{low}–{high}"),
                (None, Some(low), _) => format!("{low}"),
                _ => String::new(),
            };
            let what = if entry.score.is_some() {
                "score"
            } else {
                "quantity"
            };
            let mut parts = vec![format!("{what} {value}")];
            if let Some(change) = entry.change {
                parts[0] = format!("change {change} {value}");
            }
            if let Some(unit) = &entry.unit {
                parts.push(format!("unit `{unit}`"));
            }
            if let Some(per) = &entry.per {
                parts.push(format!("per `{per}`"));
            }
            if let Some(qualifier) = &entry.qualifier {
                parts.push(format!("qualifier `{qualifier}`"));
            }
            if entry.earlier == Some(true) {
                parts.push("the level before a change".into());
            }
            if entry.expected == Some(true) {
                parts.push("the figure expected".into());
            }
            if entry.ordinal == Some(true) {
                parts.push("ordinal".into());
            }
            if let Some(owner) = &entry.owner {
                parts.push(format!("of {owner}"));
            }
            parts.join(", ")
        }
        "date" => {
            let value = entry.value.as_ref().and_then(|v| v.as_str()).unwrap_or("");
            match &entry.resolved {
                Some(days) => format!("date {value} ({days})"),
                None => format!("date {value}"),
            }
        }
        _ => match (&entry.speaker, entry.how) {
            (Some(speaker), Some(how)) => format!("quote by {speaker} ({how})"),
            (Some(speaker), None) => format!("quote by {speaker}"),
            (None, _) => "quote (the article does not say who said it)".to_string(),
        },
    }
}

fn shorten(text: &str, limit: usize) -> String {
    if text.chars().count() <= limit {
        return text.to_string();
    }
    let cut: String = text.chars().take(limit).collect();
    let cut = cut
        .rsplit_once(' ')
        .map_or(cut.as_str(), |(head, _)| head)
        .to_string();
    format!("{cut}…")
}

/// A TOML basic string.
pub(crate) fn toml_string(text: &str) -> String {
    toml::Value::String(text.to_string()).to_string()
}
