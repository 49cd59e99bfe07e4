//! The verdict rules, each pinned by a test named after it, on small articles and claims.

use std::sync::Arc;

use crate::article::{Article, analyse};
use crate::check::{self, ClaimResult};
use crate::claims::{ArticleNames, Unresolved, Verdict, parse};
use crate::config::Aliases;
use crate::source::SourceFile;

/// A suite of one article, `a`.
pub(super) struct OneArticle;

impl ArticleNames for OneArticle {
    fn resolve(&self, name: &str) -> Result<Arc<str>, Unresolved> {
        if name == "a" {
            Ok("a".into())
        } else {
            Err(Unresolved::Unknown(vec!["a".into()]))
        }
    }

    fn examples(&self) -> Vec<String> {
        vec!["a".into()]
    }
}

/// Decide the single claim `claim` (TOML keys, without `[[claim]]`) against `article`.
pub(super) fn decide(article: &str, claim: &str) -> ClaimResult {
    decide_with(article, claim, Aliases::default())
}

fn decide_with(article: &str, claim: &str, aliases: Aliases) -> ClaimResult {
    let analysis = analyse(Article::from_text("a", "a.txt", article.into()));
    decide_on(&analysis, &claim_file(claim, &aliases))
}

/// A claim file of the single claim `claim` (TOML keys, without `[[claim]]`) about article
/// `a`; a claim that does not parse panics with its diagnostics.
fn claim_file(claim: &str, aliases: &Aliases) -> crate::claims::ClaimFile {
    let toml = format!("article = \"a\"\n[[claim]]\n{claim}\n");
    let (file, diagnostics) = parse(
        SourceFile::new("claims/t.toml", toml),
        std::path::Path::new("claims/t.toml"),
        "t",
        &OneArticle,
        aliases,
    );
    file.unwrap_or_else(|| panic!("{}", crate::diagnostic::render(&diagnostics, false)))
}

/// The first claim of `file` decided on `analysis`.
fn decide_on(analysis: &crate::article::Analysis, file: &crate::claims::ClaimFile) -> ClaimResult {
    let claim = &file.claims[0];
    ClaimResult::of(claim, vec![check::decide(claim, analysis)])
}

/// The text of the evidence the first outcome cites.
fn cited(result: &ClaimResult) -> &str {
    &result.outcomes[0].evidence.as_ref().unwrap().text
}

/// The verdict of `claim` on a Markdown article (front matter and all).
pub(super) fn verdict_on_markdown(article: &str, claim: &str) -> Verdict {
    let article = Article::from_file(
        "a",
        "a.md",
        article.into(),
        crate::article::Format::Markdown,
    )
    .expect("the article reads");
    decide_on(&analyse(article), &claim_file(claim, &Aliases::default())).verdict
}

pub(super) fn verdict(article: &str, claim: &str) -> Verdict {
    decide(article, claim).verdict
}

const NATO: &str = "NATO said the drills would involve up to 30,000 combat troops.\n\nSeparately, 40,000 tonnes of grain were shipped.";

#[test]
fn supports_same_value_with_context() {
    assert_eq!(
        verdict(
            NATO,
            "says = \"x\"\nquantity = \"up to 30,000 troops\"\nsource = \"NATO\""
        ),
        Verdict::Supported
    );
}

#[test]
fn refutes_when_value_differs_in_context() {
    let result = decide(
        NATO,
        "says = \"x\"\nquantity = \"50,000 troops\"\nsource = \"NATO\"",
    );
    assert_eq!(result.verdict, Verdict::Refuted);
    let diff = result.outcomes[0].diff.clone().unwrap();
    assert_eq!(
        diff.claimed,
        "NATO said the drills would involve up to 50,000 combat troops."
    );
    assert_eq!(
        diff.stated,
        "NATO said the drills would involve up to 30,000 combat troops."
    );
}

#[test]
fn claim_without_context_is_never_refuted() {
    let result = decide(NATO, "says = \"x\"\nquantity = \"50,000 troops\"");
    assert_eq!(result.verdict, Verdict::Absent);
    assert_eq!(
        result.outcomes[0].candidates.len(),
        1,
        "the near miss is shown"
    );
}

#[test]
fn value_outside_the_window_context_is_absent() {
    let article = "NATO met on Monday.\n\nOfficials said 30,000 troops were deployed.";
    assert_eq!(
        verdict(
            article,
            "says = \"x\"\nquantity = \"30,000 troops\"\nsource = \"NATO\""
        ),
        Verdict::Absent
    );
    assert_eq!(
        verdict(
            article,
            "says = \"x\"\nquantity = \"30,000 troops\"\nsource = \"NATO\"\nwithin = \"article\""
        ),
        Verdict::Supported
    );
}

#[test]
fn supported_wins_over_refuted() {
    let article = "NATO said 20,000 troops left. NATO also said 30,000 troops stayed.";
    assert_eq!(
        verdict(
            article,
            "says = \"x\"\nquantity = \"30,000 troops\"\nsource = \"NATO\"\nwithin = \"sentence\""
        ),
        Verdict::Supported
    );
}

#[test]
fn incompatible_unit_does_not_refute() {
    assert_eq!(
        verdict(
            NATO,
            "says = \"x\"\nquantity = \"40,000 troops\"\nabout = \"grain\""
        ),
        Verdict::Absent
    );
}

#[test]
fn hedge_passes_with_a_note_or_fails_under_strict() {
    let result = decide(
        NATO,
        "says = \"x\"\nquantity = \"30,000 troops\"\nsource = \"NATO\"",
    );
    assert_eq!(result.verdict, Verdict::Supported);
    assert!(
        result.outcomes[0].notes[0].starts_with("article hedges"),
        "{:?}",
        result.outcomes[0].notes
    );
    let strict = decide(
        NATO,
        "says = \"x\"\nquantity = \"30,000 troops\"\nsource = \"NATO\"\nstrict = true",
    );
    assert_eq!(strict.verdict, Verdict::Refuted);
}

#[test]
fn opposite_qualifiers_refute() {
    assert_eq!(
        verdict(
            NATO,
            "says = \"x\"\nquantity = \"more than 30,000 troops\"\nsource = \"NATO\""
        ),
        Verdict::Refuted
    );
}

#[test]
fn overlapping_intervals_with_a_different_number_refute() {
    let article = "Kirby said Russia has north of 100,000 troops.";
    assert_eq!(
        verdict(
            article,
            "says = \"x\"\nquantity = \"150,000 troops\"\nsource = \"Kirby\""
        ),
        Verdict::Refuted
    );
}

#[test]
fn unitless_mention_is_compatible_with_a_note() {
    let result = decide(
        "Kirby said he has north of 100,000.",
        "says = \"x\"\nquantity = \"more than 100,000 troops\"\nsource = \"Kirby\"",
    );
    assert_eq!(result.verdict, Verdict::Supported);
    assert!(
        result.outcomes[0]
            .notes
            .iter()
            .any(|n| n.contains("no unit"))
    );
}

#[test]
fn units_convert_within_a_dimension() {
    let article = "The capital is 3.2 km from the border.";
    assert_eq!(
        verdict(
            article,
            "says = \"x\"\nquantity = \"2 miles\"\ntolerance = \"1%\"\nabout = \"border\""
        ),
        Verdict::Supported
    );
    let article = "The capital is 10 km from the border.";
    assert_eq!(
        verdict(
            article,
            "says = \"x\"\nquantity = \"10 miles\"\nabout = \"border\""
        ),
        Verdict::Refuted
    );
}

#[test]
fn tolerance_allows_a_rounded_figure() {
    let article = "The UN said the war cost an estimated 14,000 lives.";
    assert_eq!(
        verdict(
            article,
            "says = \"x\"\nquantity = \"about 15,000 lives\"\nsource = \"UN\""
        ),
        Verdict::Refuted
    );
    assert_eq!(
        verdict(
            article,
            "says = \"x\"\nquantity = \"about 15,000 lives\"\nsource = \"UN\"\ntolerance = 1000"
        ),
        Verdict::Supported
    );
}

#[test]
fn vague_amounts_compare_as_ranges() {
    let article = "Officials in Belarus expect tens of thousands of troops.";
    assert_eq!(
        verdict(
            article,
            "says = \"x\"\nquantity = \"tens of thousands of troops\"\nabout = \"Belarus\""
        ),
        Verdict::Supported
    );
    assert_eq!(
        verdict(
            article,
            "says = \"x\"\nquantity = \"30,000 troops\"\nabout = \"Belarus\""
        ),
        Verdict::Absent
    );
    assert_eq!(
        verdict(
            article,
            "says = \"x\"\nquantity = \"hundreds of troops\"\nabout = \"Belarus\""
        ),
        Verdict::Refuted
    );
}

#[test]
fn unit_aliases_match() {
    let aliases = Aliases::new(vec![("troops".into(), vec!["soldiers".into()])]);
    let result = decide_with(
        "The UK will send 1,000 soldiers.",
        "says = \"x\"\nquantity = \"1,000 troops\"\nsource = \"UK\"",
        aliases,
    );
    assert_eq!(result.verdict, Verdict::Supported);
}

#[test]
fn dates_compare_on_the_parts_both_state() {
    let article = "The drills in Belarus last until Feb. 20, 2022.";
    assert_eq!(
        verdict(
            article,
            "says = \"x\"\ndate = \"February 20\"\nabout = \"drills\""
        ),
        Verdict::Supported
    );
    assert_eq!(
        verdict(
            article,
            "says = \"x\"\ndate = \"2022-02-20\"\nabout = \"drills\""
        ),
        Verdict::Supported
    );
    assert_eq!(
        verdict(
            article,
            "says = \"x\"\ndate = \"Feb. 21\"\nabout = \"drills\""
        ),
        Verdict::Refuted
    );
    assert_eq!(
        verdict(
            article,
            "says = \"x\"\ndate = \"Thursday\"\nabout = \"drills\""
        ),
        Verdict::Absent
    );
}

#[test]
fn quote_is_supported_only_inside_quotation_marks() {
    let article =
        "\u{201C}We will organise talks,\u{201D} Kuleba said. He also said we will organise talks.";
    assert_eq!(
        verdict(
            article,
            "says = \"x\"\nquote = \"we will organise talks\"\nspeaker = \"Kuleba\""
        ),
        Verdict::Supported
    );
    let outside = "Kuleba said we will organise talks.";
    assert_eq!(
        verdict(
            outside,
            "says = \"x\"\nquote = \"we will organise talks\"\nspeaker = \"Kuleba\""
        ),
        Verdict::Absent
    );
}

#[test]
fn respelled_quote_word_refutes_with_a_word_diff() {
    let article = "\u{201C}The organisation is ready,\u{201D} Kuleba said.";
    let result = decide(
        article,
        "says = \"x\"\nquote = \"The organization is ready\"\nspeaker = \"Kuleba\"",
    );
    assert_eq!(result.verdict, Verdict::Refuted);
    let diff = result.outcomes[0].diff.clone().unwrap();
    assert_eq!(
        (diff.claimed.as_str(), diff.stated.as_str()),
        ("The organization is ready", "The organisation is ready")
    );
}

#[test]
fn dropped_quote_word_refutes() {
    let article = "\u{201C}There is a chance to resolve the crisis through diplomatic means,\u{201D} Kuleba said.";
    assert_eq!(
        verdict(
            article,
            "says = \"x\"\nquote = \"There is a chance to resolve the crisis through diplomatic means of all\"\nspeaker = \"Kuleba\""
        ),
        Verdict::Refuted
    );
}

#[test]
fn context_terms_fold_possessives_and_plurals_and_case() {
    let article = "Kyiv\u{2019}s ministry said six warships arrived.";
    assert_eq!(
        verdict(
            article,
            "says = \"x\"\nquantity = \"six warships\"\nsource = \"kyiv\"\nabout = \"ministries\""
        ),
        Verdict::Supported
    );
}

#[test]
fn acronym_terms_do_not_match_lower_case_words() {
    let article = "They told us 3,000 troops moved.";
    assert_eq!(
        verdict(
            article,
            "says = \"x\"\nquantity = \"3,000 troops\"\nsource = \"US\""
        ),
        Verdict::Absent
    );
}

#[test]
fn text_and_pattern_claims_are_supported_or_absent() {
    assert_eq!(
        verdict(NATO, "says = \"x\"\ntext = \"up to 30,000 combat troops\""),
        Verdict::Supported
    );
    assert_eq!(
        verdict(
            NATO,
            "says = \"x\"\ntext = \"up to 31,000 combat troops\"\nsource = \"NATO\""
        ),
        Verdict::Absent
    );
    assert_eq!(
        verdict(NATO, "says = \"x\"\npattern = '\\d+,000 tonnes'"),
        Verdict::Supported
    );
    assert_eq!(
        verdict(NATO, "says = \"x\"\npattern = 'tonnes of rice'"),
        Verdict::Absent
    );
}

#[test]
fn shorthand_names_in_the_context_are_required() {
    assert_eq!(
        verdict(NATO, "says = \"NATO estimate: 30,000 troops\""),
        Verdict::Supported
    );
    assert_eq!(
        verdict(NATO, "says = \"Pentagon estimate: 30,000 troops\""),
        Verdict::Absent
    );
}

#[test]
fn expect_decides_whether_the_claim_passes() {
    let result = decide(
        NATO,
        "says = \"x\"\nquantity = \"50,000 troops\"\nsource = \"NATO\"\nexpect = \"refuted\"",
    );
    assert!(result.passed);
    let result = decide(
        NATO,
        "says = \"x\"\nquantity = \"50,000 troops\"\nsource = \"NATO\"\nexpect = \"absent\"",
    );
    assert!(!result.passed);
}

#[test]
fn shorthand_value_is_the_one_quantity_after_the_colon() {
    let article = "Inflation fell to 7.9% in June, the ONS said.";
    assert_eq!(
        verdict(article, "says = \"ONS: inflation 7.9%\""),
        Verdict::Supported
    );
    assert_eq!(
        verdict(article, "says = \"ONS: inflation at 6.8%\""),
        Verdict::Refuted
    );
}

#[test]
fn a_quote_trimmed_with_an_ellipsis_is_supported_when_its_parts_stand_in_order() {
    let article = "\u{201C}We see this as certainly more of an escalatory and not a de-escalatory action,\u{201D} Jen Psaki told reporters.";
    assert_eq!(
        verdict(
            article,
            "says = \"x\"\nquote = \"We see this as \u{2026} an escalatory and not a de-escalatory action\"\nspeaker = \"Psaki\""
        ),
        Verdict::Supported
    );
    assert_ne!(
        verdict(
            article,
            "says = \"x\"\nquote = \"a de-escalatory action ... We see this\"\nspeaker = \"Psaki\""
        ),
        Verdict::Supported
    );
}

#[test]
fn claims_are_normalised_like_articles() {
    let article = "\u{201C}We maintain that he\u{2019}s north of 100,000,\u{201D} Kirby said of Kyiv\u{2019}s \u{201C}Normandy format\u{201D} talks.";
    // A curly apostrophe typed in the claim matches the article's, inside and outside quotes.
    assert_eq!(
        verdict(
            article,
            "says = \"x\"\nquote = \"We maintain that he\u{2019}s north of 100,000\"\nspeaker = \"Kirby\""
        ),
        Verdict::Supported
    );
    assert_eq!(
        verdict(article, "says = \"x\"\ntext = \"Kyiv\u{2019}s\""),
        Verdict::Supported
    );
    assert_eq!(
        verdict(
            article,
            "says = \"x\"\npattern = 'the \u{201C}Normandy format\u{201D}'"
        ),
        Verdict::Absent
    );
    assert_eq!(
        verdict(
            article,
            "says = \"x\"\npattern = 's \u{201C}Normandy format\u{201D}'"
        ),
        Verdict::Supported
    );
}

#[test]
fn a_speaker_named_a_paragraph_up_counts_for_his_quotation() {
    let article = "Pentagon spokesman John Kirby told a briefing the buildup was \u{201C}destabilising\u{201D}.\n\n\u{201C}We have continued to see additional capabilities flow,\u{201D} he said.";
    assert_eq!(
        verdict(
            article,
            "says = \"x\"\nquote = \"We have continued to see additional capabilities flow\"\nspeaker = \"John Kirby\""
        ),
        Verdict::Supported
    );
    // The words are Kirby's: naming another speaker is a misattribution.
    assert_eq!(
        verdict(
            article,
            "says = \"x\"\nquote = \"We have continued to see additional capabilities flow\"\nspeaker = \"Liz Truss\""
        ),
        Verdict::Refuted
    );
    // `source` terms still need the words in the window.
    assert_eq!(
        verdict(
            article,
            "says = \"x\"\nquote = \"We have continued to see additional capabilities flow\"\nsource = \"John Kirby\""
        ),
        Verdict::Absent
    );
}

#[test]
fn a_sentence_opening_the_is_not_the_speaker_the_named_apposition_is() {
    let article = "The firm's chief executive, Tom Price, 58, told the BBC the company was \u{201C}deeply sorry\u{201D}.\n\n\u{201C}We will put this right,\u{201D} he said.";
    assert_eq!(
        verdict(
            article,
            "says = \"x\"\nquote = \"We will put this right\"\nspeaker = \"Tom Price\""
        ),
        Verdict::Supported
    );
}

#[test]
fn she_said_refers_to_the_last_person_named_speaking_even_without_a_quotation() {
    let article = "Sen. John Thune of South Dakota called it \u{201C}a reckless spree.\u{201D}\n\nSpeaker Nancy Pelosi said she was confident it would pass.\n\n\u{201C}We have the votes,\u{201D} she told reporters.";
    let claim = |speaker: &str| {
        format!("says = \"x\"\nquote = \"We have the votes\"\nspeaker = \"{speaker}\"")
    };
    assert_eq!(verdict(article, &claim("Nancy Pelosi")), Verdict::Supported);
    // Another attributed speaker refutes: the words are Pelosi's.
    assert_eq!(verdict(article, &claim("John Thune")), Verdict::Refuted);
}

#[test]
fn he_said_after_a_name_with_its_state_refers_to_the_person_not_the_state() {
    let article = "Sen. John Thune of South Dakota called it \u{201C}a reckless spree.\u{201D}\n\n\u{201C}It will hurt families,\u{201D} he said.";
    assert_eq!(
        verdict(
            article,
            "says = \"x\"\nquote = \"It will hurt families\"\nspeaker = \"John Thune\""
        ),
        Verdict::Supported
    );
}

#[test]
fn a_converted_figure_is_compared_at_the_precision_the_claim_is_written_to() {
    let article = "Winds of up to 104mph hit Jersey. The storm was 60 miles off the coast.";
    for (claim, expected) in [
        (
            "quantity = \"up to 167 km/h\"\nabout = [\"Jersey\"]",
            Verdict::Supported,
        ),
        (
            "quantity = \"up to 160 km/h\"\nabout = [\"Jersey\"]",
            Verdict::Refuted,
        ),
        (
            "quantity = \"100 km\"\nabout = [\"coast\"]",
            Verdict::Supported,
        ),
        (
            "quantity = \"110 km\"\nabout = [\"coast\"]",
            Verdict::Refuted,
        ),
    ] {
        assert_eq!(
            verdict(article, &format!("says = \"x\"\n{claim}")),
            expected,
            "{claim}"
        );
    }
}

#[test]
fn an_unattributed_quotation_opening_a_paragraph_continues_the_last_speaker() {
    let article = "\u{201C}This is a very nasty storm,\u{201D} forecaster Alex Deakin said. \u{201C}Do not travel.\n\n\u{201C}We are talking about waves of up to 10 metres.\u{201D}\n\nThe agency issued 81 warnings.";
    assert_eq!(
        verdict(
            article,
            "says = \"x\"\nquote = \"We are talking about waves of up to 10 metres\"\nspeaker = \"Alex Deakin\""
        ),
        Verdict::Supported
    );
}

#[test]
fn a_tolerance_written_as_a_quoted_number_is_absolute() {
    let article = "Around a third of new homes will be affordable.";
    let claim = |tolerance: &str| {
        format!(
            "says = \"x\"\nquantity = \"33%\"\nabout = [\"affordable\"]\ntolerance = {tolerance}"
        )
    };
    assert_eq!(verdict(article, &claim("\"1\"")), Verdict::Supported);
    assert_eq!(verdict(article, &claim("1")), Verdict::Supported);
    assert_eq!(verdict(article, &claim("\"0.1\"")), Verdict::Refuted);
}

#[test]
fn refutation_cites_the_figure_beside_the_context() {
    let article = "Uptake fell to 88.9% in 2024, down from a peak of 92.7% in 2014.";
    let result = decide(
        article,
        "says = \"x\"\nquantity = \"93.7%\"\nabout = [\"peak\"]",
    );
    assert_eq!(result.verdict, Verdict::Refuted);
    assert_eq!(cited(&result), "92.7%");
    // Without a figure nearer the context, the first contradicting one is cited.
    let result = decide(
        article,
        "says = \"x\"\nquantity = \"93.7%\"\nabout = [\"uptake\"]",
    );
    assert_eq!(cited(&result), "88.9%");
}

#[test]
fn date_refutation_cites_the_date_beside_the_context() {
    let article = "The outbreak began in October 2023 and was declared over in March 2024.";
    let result = decide(
        article,
        "says = \"x\"\ndate = \"November 2023\"\nabout = [\"declared over\"]",
    );
    assert_eq!(result.verdict, Verdict::Refuted);
    assert_eq!(cited(&result), "March 2024");
    let result = decide(
        article,
        "says = \"x\"\ndate = \"November 2023\"\nabout = [\"began\"]",
    );
    assert_eq!(cited(&result), "October 2023");
}

#[test]
fn refutation_prefers_a_figure_of_the_claims_magnitude() {
    let article = "Kirby said the force, by his own count, was now well north of 100,000. \
                   Kirby's 1,700 soldiers arrived on Sunday.";
    let result = decide(
        article,
        "says = \"x\"\nquantity = \"fewer than 100,000\"\nsource = \"Kirby\"",
    );
    assert_eq!(result.verdict, Verdict::Refuted);
    assert_eq!(cited(&result), "north of 100,000");
}

#[test]
fn refutation_prefers_the_claims_unit_to_a_conversion_or_a_bare_number() {
    let article =
        "Winds of up to 104mph (167km/h) have hit Jersey, where a 16-year-old boy was hurt.";
    let result = decide(
        article,
        "says = \"x\"\nquantity = \"110 mph\"\nabout = [\"Jersey\"]",
    );
    assert_eq!(result.verdict, Verdict::Refuted);
    assert_eq!(cited(&result), "up to 104mph");
}
