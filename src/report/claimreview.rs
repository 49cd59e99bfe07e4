//! schema.org [`ClaimReview`](https://schema.org/ClaimReview) as JSON-LD: one review per
//! claim, for fact-check pages and the search engines that read them.
//!
//! What factcheck reviews is whether the *article* states a claim, so the rating is the
//! verdict on that: 3 "Supported by the article", 2 "Not stated in the article" (absent), 1
//! "Refuted by the article", with `alternateName` the verdict word. `itemReviewed` is the
//! claim as it appears in the articles checked, each a `CreativeWork` with its address,
//! headline, author, publisher and day of publication where the article states them. The
//! evidence (file, line, column and sentence) is the review's body. No dates or ids are made
//! up: the same report gives the same bytes.

use serde_json::{Map, Value, json};

use super::{ArticleReport, ClaimReport, Report};
use crate::claims::Verdict;

/// The rating of a verdict: its value (1 worst, 3 best) and its words.
fn rating(verdict: Verdict) -> (u8, &'static str) {
    match verdict {
        Verdict::Supported => (3, "Supported by the article"),
        Verdict::Absent => (2, "Not stated in the article"),
        Verdict::Refuted => (1, "Refuted by the article"),
    }
}

/// Render the report as one JSON-LD document: a `@graph` of `ClaimReview`s.
pub(crate) fn render(report: &Report) -> String {
    let reviews: Vec<Value> = report
        .files
        .iter()
        .flat_map(|file| file.claims.iter().map(move |claim| (file, claim)))
        .map(|(file, claim)| review(report, &file.path, claim))
        .collect();
    let document = json!({
        "@context": "https://schema.org",
        "@graph": reviews,
    });
    let mut text = serde_json::to_string_pretty(&document).expect("JSON-LD serialises");
    text.push('\n');
    text
}

fn review(report: &Report, file: &str, claim: &ClaimReport) -> Value {
    let verdict = claim.result.verdict;
    let (value, words) = rating(verdict);
    let appearances: Vec<Value> = claim
        .result
        .outcomes
        .iter()
        .map(|outcome| {
            let article = report.articles.iter().find(|a| a.name == outcome.article);
            appearance(&outcome.display, article)
        })
        .collect();
    let body: Vec<String> = claim
        .result
        .outcomes
        .iter()
        .map(|outcome| match &outcome.evidence {
            Some(evidence) => format!(
                "{}:{}:{} ({}): {}",
                outcome.display, evidence.line, evidence.column, outcome.verdict, evidence.sentence
            ),
            None => format!("{} ({})", outcome.display, outcome.verdict),
        })
        .collect();
    json!({
        "@type": "ClaimReview",
        "identifier": format!("{file}#{}", claim.id),
        "claimReviewed": &*claim.says,
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": value,
            "bestRating": 3,
            "worstRating": 1,
            "alternateName": words,
            "name": verdict.name(),
        },
        "itemReviewed": {
            "@type": "Claim",
            "appearance": appearances,
        },
        "reviewBody": body.join("\n"),
        "author": {
            "@type": "Organization",
            "name": "factcheck",
        },
    })
}

/// An article as a `CreativeWork`, with what it states about itself.
fn appearance(display: &str, article: Option<&ArticleReport>) -> Value {
    let mut work = Map::new();
    work.insert("@type".into(), "CreativeWork".into());
    work.insert("name".into(), display.into());
    if let Some(meta) = article.map(|a| &a.meta) {
        if let Some(url) = &meta.url {
            work.insert("url".into(), url.as_str().into());
        }
        if let Some(title) = &meta.title {
            work.insert("headline".into(), title.as_str().into());
        }
        if let Some(day) = &meta.published {
            work.insert("datePublished".into(), day.to_string().into());
        }
        if let Some(author) = &meta.author {
            work.insert("author".into(), json!({"@type": "Person", "name": author}));
        }
        if let Some(publisher) = &meta.publisher {
            work.insert(
                "publisher".into(),
                json!({"@type": "Organization", "name": publisher}),
            );
        }
    }
    Value::Object(work)
}
