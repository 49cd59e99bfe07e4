//! A self-contained HTML report: every claim with its verdict (✓ passed on white, ✗ failed
//! on red, a failure with its evidence and word diff: the claim's words in `<del>`, the
//! article's in `<ins>`), a failures-only switch, a legend of the colours, and beside the
//! list the article of the clicked claim with all its evidence marked (green supported, red
//! refuted, grey a near miss of an absent claim; a wavy red underline where the claim
//! failed). A click scrolls to the claim's evidence and flashes it, a second click goes to
//! its next piece; the page opens on the first failure's. No network, no external assets:
//! one file to attach to a ticket or open from CI artifacts.
//!
//! A suite can hold tens of thousands of claims, and a page of that many list items and
//! articles takes a browser many seconds to lay out, so the page is built from data: the
//! claims are one JSON block (their text escaped here, a failure's details rendered here),
//! each article's marked-up text a JSON block of its own, and the script ([`SCRIPT`]) lists
//! claims a few hundred at a time as the list scrolls and renders an article only when a
//! claim of it is clicked. Every piece of text from the suite is HTML-escaped here, once;
//! inside the JSON blocks `<` is written `\u003c`, so no text can close its `<script>`. The
//! same report gives the same bytes.

use std::collections::BTreeMap;
use std::fmt::Write;

use serde::Serialize;

use super::escape_html as escape;
use super::human::{self, Markup};
use super::{ClaimReport, Report};
use crate::claims::Verdict;

/// The page's style sheet.
const STYLE: &str = include_str!("html/report.css");

/// The page's script: lists the claims from the data block, shows articles on demand, the
/// failures-only switch, and the `#selftest` hook the browser test uses.
const SCRIPT: &str = include_str!("html/report.js");

/// The page's Content-Security-Policy: nothing from the network, and of inline code only
/// [`STYLE`] and [`SCRIPT`], by their SHA-256 hashes. Whatever an article or claim smuggled
/// past the escaping could not run, nor load anything. (A test recomputes the hashes.)
const POLICY: &str = "default-src 'none'; \
    style-src 'sha256-4f+8EaP8QlK6/MhOfSKE3umVxTOYG3sZVhUFZtczV8Q='; \
    script-src 'sha256-DZfZXAMq9dk60dX84qIKwq70MWAQRdHIjQeRdKxAkHg='; \
    img-src data:; base-uri 'none'; form-action 'none'";

/// What each colour and mark means; shown under the page's header.
const LEGEND: &str = r#"<div class="legend">
<span><b class="swatch passed"></b>✓ passed claim</span>
<span><b class="swatch failed"></b>✗ failed claim</span>
<span>evidence: <mark class="supported">supports</mark> <mark class="refuted">refutes</mark> <mark class="candidate">near miss</mark> of an absent claim, <mark class="refuted failing">wavy underline</mark>: its claim failed</span>
<span>diff: <del>claimed</del> <ins>in the article</ins></span>
<p>Evidence is coloured by what the article says, not by the claim's result: a red mark under a ✓ is a claim that expects <code>refuted</code> and passed.</p>
</div>
"#;

/// A highlighted stretch of an article.
struct Highlight {
    start: usize,
    end: usize,
    class: &'static str,
    /// Whether the claim it is evidence for failed.
    failing: bool,
    anchor: usize,
}

/// The data block the script lists claims from.
#[derive(Serialize)]
struct Listing {
    /// Each claim file's path, escaped.
    files: Vec<String>,
    claims: Vec<Entry>,
}

/// One claim in the list, its text escaped; the script makes its list item.
#[derive(Serialize)]
struct Entry {
    /// Its file, an index into [`Listing::files`].
    file: usize,
    passed: bool,
    /// The verdict the articles gave (`supported`, `refuted`, `absent`).
    verdict: &'static str,
    /// For a failure, `expected …, got …`.
    #[serde(skip_serializing_if = "Option::is_none")]
    expected: Option<String>,
    id: String,
    says: String,
    /// `(anchor, article)` of each stretch of evidence: the anchor is the number in a mark's
    /// `ev-N` id, the article the number of its data block (`article-N`).
    evidence: Vec<(usize, usize)>,
    /// For a failure, its evidence, notes and word diff, as the terminal shows them.
    #[serde(skip_serializing_if = "Option::is_none")]
    details: Option<String>,
}

/// Render the report as one HTML page, with the text of every article it cites (the run
/// keeps the texts for this format: [`super::Format::shows_articles`]).
pub(crate) fn render(report: &Report) -> String {
    let mut highlights: BTreeMap<&str, Vec<Highlight>> = BTreeMap::new();
    let mut cited: Vec<Vec<(usize, &str)>> = Vec::new();
    let mut anchor = 0;
    for claim in report.claims() {
        let mut evidence = Vec::new();
        for outcome in &claim.result.outcomes {
            let spans = outcome
                .evidence
                .iter()
                .map(|e| (e, class_of(outcome.verdict)))
                .chain(
                    outcome
                        .candidates
                        .iter()
                        .map(|c| (&c.evidence, "candidate")),
                );
            for (stretch, class) in spans {
                highlights
                    .entry(outcome.article.as_ref())
                    .or_default()
                    .push(Highlight {
                        start: stretch.start,
                        end: stretch.end,
                        class,
                        failing: !claim.result.passed,
                        anchor,
                    });
                evidence.push((anchor, outcome.article.as_ref()));
                anchor += 1;
            }
        }
        cited.push(evidence);
    }
    let by_name: BTreeMap<&str, &super::ArticleReport> =
        report.articles.iter().map(|a| (&*a.name, a)).collect();
    // In name order, as `highlights` is: an article's number is found by binary search.
    let articles: Vec<(&str, String)> = highlights
        .iter_mut()
        .filter_map(|(name, marks)| {
            let article = by_name.get(name)?;
            let text = article.text.as_ref()?;
            let html = format!(
                "<article><h2>{}</h2>\n{}<pre class=\"text\">{}</pre></article>",
                escape(&article.display),
                meta_header(&article.meta),
                highlighted(text, marks)
            );
            Some((*name, html))
        })
        .collect();
    let article_number = |name: &str| {
        articles
            .binary_search_by(|(known, _)| (*known).cmp(name))
            .ok()
    };
    let mut listing = Listing {
        files: report.files.iter().map(|f| escape(&f.path)).collect(),
        claims: Vec::with_capacity(cited.len()),
    };
    let claims = report
        .files
        .iter()
        .enumerate()
        .flat_map(|(file, f)| f.claims.iter().map(move |claim| (file, claim)));
    for ((file, claim), evidence) in claims.zip(cited) {
        let evidence: Vec<(usize, usize)> = evidence
            .into_iter()
            .filter_map(|(anchor, name)| Some((anchor, article_number(name)?)))
            .collect();
        listing.claims.push(entry(file, claim, evidence));
    }

    let mut out = String::new();
    let (passed, failed) = (report.passed(), report.failed());
    let _ = write!(
        out,
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta http-equiv=\"Content-Security-Policy\" content=\"{POLICY}\"><title>factcheck: {passed} passed, {failed} failed</title><style>{STYLE}</style></head>\n<body>\n<header><h1>factcheck: <span class=\"ok\">{passed} passed</span>, <span class=\"{}\">{failed} failed</span></h1>\n<label><input type=\"checkbox\" id=\"failures-only\"> failures only</label> <span id=\"listed\"></span>\n{LEGEND}</header>\n<main>\n<nav><div id=\"claims\"></div><button id=\"more\" hidden>more claims</button></nav>\n<section><p class=\"hint\">Click a claim to see its article, with its evidence marked. Click it again for its next piece of evidence.</p><noscript><p>This page lists its claims with a script: allow scripts to see them.</p></noscript></section>\n</main>\n",
        if failed == 0 { "ok" } else { "bad" }
    );
    write_data(&mut out, "report-data", &listing);
    for (number, (_, html)) in articles.iter().enumerate() {
        write_data(&mut out, &format!("article-{number}"), html);
    }
    let _ = write!(out, "<script>{SCRIPT}</script>\n</body></html>\n");
    out
}

/// `value` as a `<script type="application/json">` block: JSON never holds `<` outside a
/// string, and inside one `\u003c` reads the same, so no text can end the block early.
fn write_data(out: &mut String, id: &str, value: &impl Serialize) {
    let json = serde_json::to_string(value).expect("the report's data serialises");
    let _ = writeln!(
        out,
        "<script type=\"application/json\" id=\"{id}\">{}</script>",
        json.replace('<', "\\u003c")
    );
}

fn class_of(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Supported => "supported",
        Verdict::Refuted => "refuted",
        Verdict::Absent => "candidate",
    }
}

/// A claim's entry in the list; a failure with its evidence and word diff.
fn entry(file: usize, claim: &ClaimReport, evidence: Vec<(usize, usize)>) -> Entry {
    let failed = !claim.result.passed;
    Entry {
        file,
        passed: claim.result.passed,
        verdict: claim.result.verdict.name(),
        expected: failed.then(|| {
            escape(&format!(
                "expected {}, got {}",
                claim.expect, claim.result.verdict
            ))
        }),
        id: escape(&claim.id),
        says: escape(&claim.says),
        evidence,
        details: failed.then(|| human::render_evidence_as(claim, Markup::Html)),
    }
}

/// `text` with `<mark>`s over the highlights: overlapping ones merge, taking the strongest
/// class (refuted over supported over a near miss) and failing if any of them is, and every
/// highlight keeps an anchor.
fn highlighted(text: &str, marks: &mut [Highlight]) -> String {
    marks.sort_by_key(|m| (m.start, m.end));
    let strength = |class: &str| match class {
        "refuted" => 2,
        "supported" => 1,
        _ => 0,
    };
    let mut merged: Vec<(usize, usize, &'static str, bool, Vec<usize>)> = Vec::new();
    for mark in marks
        .iter()
        .filter(|m| m.start < m.end && m.end <= text.len())
    {
        match merged.last_mut() {
            Some(last) if mark.start < last.1 => {
                last.1 = last.1.max(mark.end);
                if strength(mark.class) > strength(last.2) {
                    last.2 = mark.class;
                }
                last.3 |= mark.failing;
                last.4.push(mark.anchor);
            }
            _ => merged.push((
                mark.start,
                mark.end,
                mark.class,
                mark.failing,
                vec![mark.anchor],
            )),
        }
    }
    let mut out = String::with_capacity(text.len() + merged.len() * 60);
    let mut at = 0;
    for (start, end, class, failing, anchors) in merged {
        if !text.is_char_boundary(start) || !text.is_char_boundary(end) {
            continue;
        }
        out.push_str(&escape(&text[at..start]));
        let (first, rest) = anchors.split_first().expect("a merged mark has an anchor");
        let failing = if failing { " failing" } else { "" };
        let _ = write!(out, "<mark id=\"ev-{first}\" class=\"{class}{failing}\">");
        for anchor in rest {
            let _ = write!(out, "<span id=\"ev-{anchor}\"></span>");
        }
        out.push_str(&escape(&text[start..end]));
        out.push_str("</mark>");
        at = end;
    }
    out.push_str(&escape(&text[at..]));
    out
}

/// An article's metadata as a definition list (nothing when the file states none).
fn meta_header(meta: &crate::article::Meta) -> String {
    let fields = meta.fields();
    if fields.is_empty() {
        return String::new();
    }
    let mut out = String::from("<dl class=\"meta\">");
    for (field, value) in fields {
        let value =
            if field == "url" && (value.starts_with("https://") || value.starts_with("http://")) {
                format!("<a href=\"{0}\">{0}</a>", escape(&value))
            } else {
                escape(&value)
            };
        let _ = write!(out, "<dt>{field}</dt><dd>{value}</dd>");
    }
    out.push_str("</dl>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The policy allows exactly the page's own style and script: edit either, and this
    /// test gives the new hash to put in [`POLICY`].
    #[test]
    fn the_policy_names_the_hashes_of_the_style_and_script() {
        use base64::Engine;
        use sha2::Digest;
        for (name, code) in [("style-src", STYLE), ("script-src", SCRIPT)] {
            let hash = base64::engine::general_purpose::STANDARD
                .encode(sha2::Sha256::digest(code.as_bytes()));
            assert!(
                POLICY.contains(&format!("{name} 'sha256-{hash}'")),
                "{name}: put 'sha256-{hash}' in POLICY"
            );
        }
    }

    #[test]
    fn text_cannot_close_its_data_block() {
        let mut out = String::new();
        write_data(&mut out, "x", &"</script><script>alert(1)</script><!--");
        assert_eq!(
            out,
            "<script type=\"application/json\" id=\"x\">\"\\u003c/script>\\u003cscript>alert(1)\\u003c/script>\\u003c!--\"</script>\n"
        );
        let json = out
            .trim_start_matches("<script type=\"application/json\" id=\"x\">")
            .trim_end_matches("</script>\n");
        let back: String = serde_json::from_str(json).unwrap();
        assert_eq!(back, "</script><script>alert(1)</script><!--");
    }

    #[test]
    fn overlapping_evidence_merges_into_the_strongest_mark_and_keeps_every_anchor() {
        let highlight = |start, end, class, failing, anchor| Highlight {
            start,
            end,
            class,
            failing,
            anchor,
        };
        let mut marks = [
            highlight(4, 10, "supported", false, 0),
            highlight(6, 13, "refuted", true, 1),
            highlight(15, 17, "candidate", false, 2),
        ];
        assert_eq!(
            highlighted("<p> 40,000 <i> 30", &mut marks),
            "&lt;p&gt; <mark id=\"ev-0\" class=\"refuted failing\"><span id=\"ev-1\"></span>40,000 &lt;i</mark>&gt; <mark id=\"ev-2\" class=\"candidate\">30</mark>"
        );
    }
}
