//! A self-contained HTML report: every claim with its verdict, each article's text with the
//! evidence highlighted (green supported, red refuted, grey for near misses of absent
//! claims), a click on a claim scrolls to its evidence, and the diffs. No network, no external
//! assets: one file to attach to a ticket or open from CI artifacts.

use std::collections::BTreeMap;
use std::fmt::Write;

use super::escape_html as escape;
use super::{ClaimReport, Report, human};
use crate::claims::Verdict;

/// A highlighted stretch of an article.
struct Highlight {
    start: usize,
    end: usize,
    class: &'static str,
    anchor: String,
}

const STYLE: &str = r#"
body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#1d1d1f;background:#fafafa}
header{padding:12px 24px;background:#fff;border-bottom:1px solid #ddd;position:sticky;top:0;z-index:2}
header h1{font-size:18px;margin:0}.ok{color:#1a7f37}.bad{color:#cf222e}
main{display:grid;grid-template-columns:minmax(320px,38%) 1fr;gap:0}
nav{height:calc(100vh - 50px);overflow:auto;border-right:1px solid #ddd;background:#fff;padding:8px 16px}
nav h2{font-size:13px;color:#57606a;margin:16px 0 4px}nav ul{list-style:none;padding:0;margin:0}
nav li{padding:4px 6px;border-radius:6px;margin:2px 0}nav li.failed{background:#ffebe9}
nav a{color:inherit;text-decoration:none;display:block}nav a:hover{text-decoration:underline}
.id{font:12px ui-monospace,monospace;color:#57606a}.verdict{font-size:12px;float:right;color:#57606a}
section{height:calc(100vh - 50px);overflow:auto;padding:8px 24px}
article h2{font-size:14px;font-family:ui-monospace,monospace}dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;font-size:13px;margin:0 0 8px}dl.meta dt{color:#57606a}dl.meta dd{margin:0}
pre.text{white-space:pre-wrap;font:14px/1.6 Georgia,serif;background:#fff;border:1px solid #ddd;padding:16px;border-radius:6px}
mark{border-radius:3px;padding:0 1px}mark.supported{background:#c6efce}mark.refuted{background:#ffc7c7}
mark.candidate{background:#e8e8e8}mark.flash{outline:3px solid #0969da}
pre.diff{font:12px/1.4 ui-monospace,monospace;background:#f6f8fa;padding:8px;border-radius:6px;white-space:pre-wrap;margin:4px 0}
"#;

const SCRIPT: &str = r#"
document.querySelectorAll('nav a[data-target]').forEach(function(link){
  link.addEventListener('click',function(event){
    var target=document.getElementById(link.dataset.target);
    if(!target)return;
    event.preventDefault();
    var mark=target.closest('mark')||target;
    mark.scrollIntoView({block:'center'});
    document.querySelectorAll('mark.flash').forEach(function(m){m.classList.remove('flash')});
    mark.classList.add('flash');
    document.body.dataset.selected=link.dataset.target;
  });
});
if(location.hash==='#selftest'){
  var first=document.querySelector('nav li.failed a[data-target]')||document.querySelector('nav a[data-target]');
  if(first){first.click();}
  document.body.dataset.selftest='done';
}
"#;

/// Render the report as one HTML page, with the text of every article it cites (the run
/// keeps the texts for this format: [`super::Format::shows_articles`]).
pub(crate) fn render(report: &Report) -> String {
    let mut out = String::new();
    let (passed, failed) = (report.passed(), report.failed());
    let _ = write!(
        out,
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>factcheck: {passed} passed, {failed} failed</title><style>{STYLE}</style></head>\n<body>\n<header><h1>factcheck: <span class=\"ok\">{passed} passed</span>, <span class=\"{}\">{failed} failed</span></h1></header>\n<main>\n<nav>\n",
        if failed == 0 { "ok" } else { "bad" }
    );
    let mut highlights: BTreeMap<&str, Vec<Highlight>> = BTreeMap::new();
    let mut number = 0;
    for file in &report.files {
        let _ = writeln!(out, "<h2>{}</h2>\n<ul>", escape(&file.path));
        for claim in &file.claims {
            let first_anchor = number;
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
                for (evidence, class) in spans {
                    highlights
                        .entry(outcome.article.as_ref())
                        .or_default()
                        .push(Highlight {
                            start: evidence.start,
                            end: evidence.end,
                            class,
                            anchor: format!("ev-{number}"),
                        });
                    number += 1;
                }
            }
            render_claim(
                &mut out,
                claim,
                (number > first_anchor).then(|| format!("ev-{first_anchor}")),
            );
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</nav>\n<section>\n");
    for (name, marks) in &mut highlights {
        let Some((article, text)) = report
            .articles
            .iter()
            .find(|a| &*a.name == *name)
            .and_then(|a| Some((a, a.text.as_ref()?)))
        else {
            continue;
        };
        let _ = writeln!(
            out,
            "<article id=\"art-{}\"><h2>{}</h2>\n{}<pre class=\"text\">{}</pre></article>",
            escape(name),
            escape(&article.display),
            meta_header(&article.meta),
            highlighted(text, marks)
        );
    }
    let _ = write!(
        out,
        "</section>\n</main>\n<script>{SCRIPT}</script>\n</body></html>\n"
    );
    out
}

fn class_of(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Supported => "supported",
        Verdict::Refuted => "refuted",
        Verdict::Absent => "candidate",
    }
}

fn render_claim(out: &mut String, claim: &ClaimReport, anchor: Option<String>) {
    let (class, mark) = if claim.result.passed {
        ("passed", "✓")
    } else {
        ("failed", "✗")
    };
    let verdict = if claim.result.passed {
        claim.result.verdict.to_string()
    } else {
        format!("expected {}, got {}", claim.expect, claim.result.verdict)
    };
    let target = anchor.map_or(String::new(), |a| {
        format!(" href=\"#{a}\" data-target=\"{a}\"")
    });
    let _ = write!(
        out,
        "<li class=\"{class} verdict-{}\"><a{target}><span class=\"verdict\">{}</span>{mark} <span class=\"id\">{}</span><br>{}</a>",
        claim.result.verdict,
        escape(&verdict),
        escape(&claim.id),
        escape(&claim.says)
    );
    if !claim.result.passed {
        let _ = write!(
            out,
            "<pre class=\"diff\">{}</pre>",
            escape(&human::render_evidence(claim, false))
        );
    }
    out.push_str("</li>\n");
}

/// `text` with `<mark>`s over the highlights: overlapping ones merge, taking the strongest
/// class (refuted over supported over a near miss), and every highlight keeps an anchor.
fn highlighted(text: &str, marks: &mut [Highlight]) -> String {
    marks.sort_by_key(|m| (m.start, m.end));
    let strength = |class: &str| match class {
        "refuted" => 2,
        "supported" => 1,
        _ => 0,
    };
    let mut merged: Vec<(usize, usize, &'static str, Vec<&str>)> = Vec::new();
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
                last.3.push(&mark.anchor);
            }
            _ => merged.push((mark.start, mark.end, mark.class, vec![&mark.anchor])),
        }
    }
    let mut out = String::with_capacity(text.len() + merged.len() * 60);
    let mut at = 0;
    for (start, end, class, anchors) in merged {
        if !text.is_char_boundary(start) || !text.is_char_boundary(end) {
            continue;
        }
        out.push_str(&escape(&text[at..start]));
        let (first, rest) = anchors.split_first().expect("a merged mark has an anchor");
        let _ = write!(out, "<mark id=\"{first}\" class=\"{class}\">");
        for anchor in rest {
            let _ = write!(out, "<span id=\"{anchor}\"></span>");
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
