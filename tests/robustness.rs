//! No input makes factcheck panic, and every position it reports points at the original
//! text. Property tests (proptest) over garbled and truncated inputs and tricky typography.

mod common;

use factcheck::article::{Article, Format, analyse};
use factcheck::claims::parse;
use factcheck::config::Aliases;
use factcheck::source::{LineIndex, SourceFile};
use factcheck::text::normalise;
use proptest::prelude::*;

fn bundled(path: &str) -> String {
    std::fs::read_to_string(common::repo().join(path)).unwrap()
}

/// Text built from pieces that stress normalisation: curly quotes, dashes, no-break spaces,
/// CRLF, combining marks, multi-byte letters, numbers and abbreviations.
fn tricky_text() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "Kyiv\u{2019}s ",
        "\u{201C}hybrid war,\u{201D} ",
        "Szijj\u{e1}rt\u{f3} ",
        "e\u{301}t\u{e9} ",
        "up to 30,000 troops",
        " \u{2014} ",
        "\u{a0}",
        "\r\n",
        "\n\n",
        "Feb. 20",
        " U.S. ",
        "weeks.Russian",
        "\u{200b}",
        "\u{fb01}ne ",
        "\u{2026}",
        "3.5bn",
        " $1.2bn ",
        "\t",
        "\u{2018}single\u{2019} ",
        "\u{feff}",
        "said. ",
        "Mr. ",
        "tens of thousands",
        "SU- 35 S",
        "100-130",
        " ",
        "\u{1F600}",
        "\u{0301}",
    ]);
    prop::collection::vec(pieces, 0..40).prop_map(|p| p.concat())
}

/// A bundled file cut at `cut` bytes with `edits` bytes overwritten, read lossily.
fn garbled(path: &str, cut: usize, edits: &[(usize, u8)]) -> String {
    let mut bytes = bundled(path).into_bytes();
    bytes.truncate(cut.min(bytes.len()));
    for &(at, byte) in edits {
        if !bytes.is_empty() {
            let at = at % bytes.len();
            bytes[at] = byte;
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

fn catalog_with(dir: &std::path::Path) -> factcheck::article::Catalog {
    factcheck::article::Catalog::scan(dir)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Every token, sentence, quotation and mention maps back to original text that
    /// normalises to exactly what was matched.
    #[test]
    fn spans_map_back_to_the_original_text(text in tricky_text()) {
        let article = Article::from_text("t", "t.txt", text);
        let analysis = analyse(article);
        let article = &analysis.article;
        let mut spans: Vec<factcheck::source::Span> = analysis.tokens.iter().map(|t| t.span).collect();
        spans.extend(analysis.sentences.iter().map(|s| s.span));
        spans.extend(analysis.mentions.iter().map(|m| m.span));
        for span in spans {
            let start = article.original_offset(span.start);
            let end = article.original_end(span.end);
            prop_assert!(article.original.is_char_boundary(start) && article.original.is_char_boundary(end));
            let original = &article.original[start..end];
            // A span may start or end inside a cluster that normalisation rewrote ("½" →
            // "1⁄2"); then the original stretch normalises to a superset of it.
            let renormalised = normalise(original).text;
            prop_assert!(
                renormalised.contains(analysis.slice(span)),
                "{:?} does not contain {:?}", renormalised, analysis.slice(span)
            );
            // line:col is where that text starts in the original.
            let at = article.position(span.start);
            let lines = LineIndex::new(&article.original);
            prop_assert_eq!(lines.position(&article.original, start), at);
        }
    }

    /// Truncated and garbled claim files never panic the parser.
    #[test]
    fn garbled_claim_files_never_panic(cut in 0usize..4000, garble in prop::collection::vec((0usize..4000, any::<u8>()), 0..8)) {
        let text = garbled("claims/nbc-russia-belarus-drills.toml", cut, &garble);
        let catalog = catalog_with(&common::repo().join("articles"));
        let source = SourceFile::new("claims/x.toml", text);
        let (_, diagnostics) = parse(source, std::path::Path::new("claims/x.toml"), "x", &catalog, &Aliases::default());
        let _ = factcheck::diagnostic::render(&diagnostics, false);
    }

    /// Truncated and garbled articles never panic the analysis or the matchers.
    #[test]
    fn garbled_articles_never_panic(cut in 0usize..6000, garble in prop::collection::vec((0usize..6000, any::<u8>()), 0..16)) {
        let text = garbled("articles/ukraine-crisis-diplomacy.txt", cut, &garble);
        let analysis = analyse(Article::from_text("ukraine-crisis-diplomacy", "a.txt", text));
        let catalog = catalog_with(&common::repo().join("articles"));
        let source = SourceFile::new("claims/u.toml", bundled("claims/ukraine-crisis-diplomacy.toml"));
        let (file, _) = parse(source, std::path::Path::new("claims/u.toml"), "u", &catalog, &Aliases::default());
        for claim in &file.unwrap().claims {
            prop_assert_eq!(claim.articles.len(), 1);
            let _ = factcheck::check::decide(claim, &analysis);
        }
        let _ = factcheck::report::extract::render_human(&analysis);
    }

    /// Truncated and garbled saved pages and Markdown articles never panic rendering or
    /// analysis, and every position lands inside the file (a line it has).
    #[test]
    fn garbled_pages_and_markdown_never_panic(
        which in 0usize..3,
        cut in 0usize..14000,
        garble in prop::collection::vec((0usize..14000, any::<u8>()), 0..24),
    ) {
        let (path, format) = [
            ("tests/fixtures/web/articles/wp-council-budget.html", Format::Html),
            ("tests/fixtures/web/articles/ads-split-earnings.html", Format::Html),
            ("tests/fixtures/web/articles/md-transit-fares.md", Format::Markdown),
        ][which];
        let text = garbled(path, cut, &garble);
        let lines = text.lines().count().max(1);
        if let Ok(article) = Article::from_file("x", "x", text, format) {
            let analysis = analyse(article);
            for sentence in &analysis.sentences {
                let at = analysis.article.position(sentence.span.start);
                prop_assert!(at.line <= lines + 1, "{:?} of {} lines", at, lines);
            }
            let _ = factcheck::report::extract::render_human(&analysis);
        }
    }
}

/// Pages nested far deeper than any real page, and markup soup, are read without panic (and,
/// the reader being linear in the page, without delay).
#[test]
fn deep_and_broken_pages_are_read() {
    let deep = format!(
        "<html><body>{}<p>Deep text with 5 people.</p>{}</body></html>",
        "<div>".repeat(50_000),
        "</div>".repeat(50_000)
    );
    let article = Article::from_file("deep", "deep.html", deep, Format::Html).unwrap();
    assert!(article.original.contains("Deep text with 5 people."));
    let soup = "<p>Unclosed <b>bold <i>x &amp y &#xZZ; &#99999999; <script>if (a<b) {</p>";
    let article = Article::from_file("soup", "soup.html", soup.into(), Format::Html).unwrap();
    assert!(article.original.contains("Unclosed bold x"));
    assert!(!article.original.contains("if (a"));
}

#[test]
fn garbled_files_through_the_command_exit_2_not_101() {
    let suite = common::TempSuite::new();
    suite.write(
        "claims/a.toml",
        b"[[claim]]\nsays = \"\xff\xfe\"\n\x00\x01 = [[[\n".as_slice(),
    );
    suite.write(
        "claims/b.toml",
        "[[claim]]\nsays = \"x: \"\ntext = \"\"\n[[claim]]\n",
    );
    suite.write(
        "claims/c.toml",
        "article = [\"nbc-russia-belarus-drills\", 5]\n[[claim]]\nsays = \"NATO: 30,000\"\n",
    );
    let output = suite.run(&["check"]);
    assert_eq!(output.status.code(), Some(2), "{}", common::stderr(&output));
}

#[test]
fn sentence_splitting_of_both_articles() {
    for name in ["nbc-russia-belarus-drills", "ukraine-crisis-diplomacy"] {
        let text = bundled(&format!("articles/{name}.txt"));
        let analysis = analyse(Article::from_text(name, name, text));
        let listing: Vec<String> = analysis
            .sentences
            .iter()
            .map(|s| {
                format!(
                    "¶{:<2} {}",
                    s.paragraph + 1,
                    analysis.slice(s.span).replace('\n', " ")
                )
            })
            .collect();
        insta::assert_snapshot!(format!("sentences_{name}"), listing.join("\n"));
    }
}
