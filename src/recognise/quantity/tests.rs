//! Every form the quantity recogniser reads, and what it must not read.

use super::*;
use crate::recognise::vocabulary::lex;

/// The quantities of `text`: (low, high, qualifier, unit head).
fn read(text: &str) -> Vec<(f64, f64, Option<String>, Option<String>)> {
    find(&lex(text, 0), &[])
        .into_iter()
        .map(|f| {
            let q = f.quantity;
            (
                q.low,
                q.high,
                q.qualifier.map(|q| q.text),
                q.unit.map(|u| u.head),
            )
        })
        .collect()
}

fn one(text: &str) -> (f64, f64, Option<String>, Option<String>) {
    let found = read(text);
    assert_eq!(found.len(), 1, "{text:?} → {found:?}");
    found.into_iter().next().unwrap()
}

fn value_unit(text: &str) -> (f64, Option<String>) {
    let (low, high, _, unit) = one(text);
    assert_eq!(low, high, "{text:?}");
    (low, unit)
}

#[test]
fn digits_with_separators_decimals_and_suffixes() {
    for (text, value) in [
        ("30,000 troops", 30_000.0),
        ("30 000 troops", 30_000.0),
        ("30.000 troops", 30.0),
        ("3.5 million people", 3_500_000.0),
        ("30k troops", 30_000.0),
        ("12,34,567 voters", 1_234_567.0),
    ] {
        assert_eq!(value_unit(text).0, value, "{text}");
    }
}

#[test]
fn money_with_symbols_suffixes_and_names() {
    assert_eq!(value_unit("$1.2bn"), (1.2e9, Some("dollar".into())));
    assert_eq!(value_unit("£40m"), (4e7, Some("pound sterling".into())));
    assert_eq!(value_unit("€5 million"), (5e6, Some("euro".into())));
    assert_eq!(
        value_unit("20 million pounds"),
        (2e7, Some("pound sterling".into()))
    );
    assert_eq!(value_unit("$20 and 43c").0, 2043.0);
    assert_eq!(
        value_unit("CAD 3.03"),
        (3.03, Some("canadian dollar".into()))
    );
}

#[test]
fn percentages() {
    assert_eq!(value_unit("5%"), (5.0, Some("percent".into())));
    assert_eq!(value_unit("five per cent"), (5.0, Some("percent".into())));
    assert_eq!(value_unit("12 percent"), (12.0, Some("percent".into())));
}

#[test]
fn number_words() {
    assert_eq!(value_unit("six warships"), (6.0, Some("warships".into())));
    assert_eq!(value_unit("thirty three soldiers").0, 33.0);
    assert_eq!(value_unit("one hundred and twenty tanks").0, 120.0);
    assert_eq!(value_unit("a dozen ships").0, 12.0);
    assert_eq!(value_unit("two and a half million people").0, 2_500_000.0);
    assert_eq!(value_unit("half an hour").0, 0.5);
}

#[test]
fn vague_amounts_are_ranges() {
    assert_eq!(
        one("tens of thousands of troops").0..one("tens of thousands of troops").1,
        10_000.0..100_000.0
    );
    assert_eq!(one("hundreds of people").0, 100.0);
    assert_eq!(one("dozens of tanks").0, 24.0);
    assert_eq!(one("several thousand soldiers").0, 3000.0);
}

#[test]
fn ranges() {
    for text in [
        "between 100 and 130 tanks",
        "100-130 tanks",
        "100 to 130 tanks",
        "from 100 to 130 tanks",
    ] {
        let (low, high, _, _) = one(text);
        assert_eq!((low, high), (100.0, 130.0), "{text}");
    }
    assert_eq!(one("3 to 4 million people").0, 3e6);
    assert_eq!(one("between 10 dollars and 20 dollars").1, 20.0);
}

#[test]
fn compound_adjectives() {
    assert_eq!(
        value_unit("the 30-nation alliance"),
        (30.0, Some("nation".into()))
    );
    assert_eq!(
        value_unit("a 1,000-strong force"),
        (1000.0, Some("force".into()))
    );
    assert_eq!(value_unit("a 10-day exercise"), (10.0, Some("day".into())));
}

#[test]
fn every_qualifier_is_read_with_its_direction() {
    let cases = [
        ("up to", Direction::Below),
        ("at most", Direction::Below),
        ("no more than", Direction::Below),
        ("fewer than", Direction::Below),
        ("about", Direction::About),
        ("around", Direction::About),
        ("roughly", Direction::About),
        ("approximately", Direction::About),
        ("nearly", Direction::Below),
        ("almost", Direction::Below),
        ("some", Direction::About),
        ("an estimated", Direction::About),
        ("more than", Direction::Above),
        ("over", Direction::Above),
        ("at least", Direction::Above),
        ("north of", Direction::Above),
        ("upwards of", Direction::Above),
        ("in excess of", Direction::Above),
    ];
    for (qualifier, direction) in cases {
        let text = format!("{qualifier} 30,000 troops");
        let found = find(&lex(&text, 0), &[]);
        let q = found[0]
            .quantity
            .qualifier
            .clone()
            .unwrap_or_else(|| panic!("{text}"));
        assert_eq!(
            (q.text.as_str(), q.direction),
            (qualifier, direction),
            "{text}"
        );
        assert_eq!(found[0].quantity.low, 30_000.0);
    }
}

#[test]
fn unit_is_the_noun_phrase_with_its_head() {
    let found = find(&lex("up to 30,000 combat troops, labeling it", 0), &[]);
    let unit = found[0].quantity.unit.clone().unwrap();
    assert_eq!(
        (unit.phrase.as_str(), unit.head.as_str()),
        ("combat troops", "troops")
    );
    assert_eq!(
        value_unit("six large landing craft to the Black Sea")
            .1
            .as_deref(),
        Some("craft")
    );
    assert_eq!(
        value_unit("1,700 US soldiers from the 82nd Airborne")
            .1
            .as_deref(),
        Some("soldiers")
    );
    assert_eq!(
        value_unit("75 kilometres from the border").1.as_deref(),
        Some("kilometre")
    );
    assert_eq!(
        value_unit("100 people killed in the attack").1.as_deref(),
        Some("people")
    );
}

#[test]
fn numbers_that_name_things_are_not_quantities() {
    for text in [
        "labelled Union Courage-2020, are due",
        "a video showing a SU- 35 S fighter",
        "an F-16 jet",
        "a Boeing 737 crashed",
        "soldiers from the 82nd Airborne Division",
        "the 2nd Cavalry Regiment",
        "the conflict that dates back to 2014.",
        "annexed Crimea in 2014 and",
        "at 10:30 on Monday",
        "by 5 p.m. local time",
        "a COVID-19 outbreak",
        "the 1990s",
        "he said \"English 101\" was hard",
        // A number dialled (stop 33: "had dialled 999" refuted "jailed for nine years").
        "several motorists had dialled 999 to report the van",
        "a neighbour called 911.",
    ] {
        assert!(read(text).is_empty(), "{text:?} → {:?}", read(text));
    }
    // A count after such a verb still counts.
    assert_eq!(
        value_unit("he called 40 times"),
        (40.0, Some("times".into()))
    );
}

#[test]
fn compound_measures_are_one_quantity() {
    assert_eq!(value_unit("7 feet 10 inches"), (94.0, Some("inch".into())));
    assert_eq!(
        value_unit("1 hour and 45 minutes"),
        (105.0, Some("minute".into()))
    );
    assert_eq!(value_unit("an hour and a half"), (1.5, Some("hour".into())));
    assert_eq!(value_unit("2 1/2 miles"), (2.5, Some("mile".into())));
}

#[test]
fn negatives_and_temperatures() {
    assert_eq!(value_unit("-2°C"), (-2.0, Some("degree Celsius".into())));
    assert_eq!(value_unit("2 degrees below zero").0, -2.0);
    assert_eq!(
        value_unit("it is 30 C, warm").1.as_deref(),
        Some("degree Celsius")
    );
    assert_eq!(
        value_unit("Now its -10C.").1.as_deref(),
        Some("degree Celsius")
    );
    assert!(read("The 13F filing").is_empty() && read("a Boeing 777F to India").is_empty());
    // The BBC's style: Celsius first, Fahrenheit in brackets; Celsius before a word.
    let both = read("Temperatures of 31C (88F) made it worse");
    let units: Vec<_> = both.iter().map(|q| q.3.as_deref()).collect();
    assert_eq!(
        units,
        [Some("degree Celsius"), Some("degree Fahrenheit")],
        "{both:?}"
    );
    assert_eq!(
        value_unit("it reached 40C on Monday").1.as_deref(),
        Some("degree Celsius")
    );
    assert_eq!(value_unit("a 43c stamp").1.as_deref(), Some("cent"));
}

#[test]
fn a_glued_m_before_a_counted_noun_is_millions() {
    assert_eq!(
        value_unit("1.5m homes were built"),
        (1.5e6, Some("homes".into()))
    );
    assert_eq!(value_unit("some 2m people"), (2e6, Some("people".into())));
    assert_eq!(value_unit("a wall 3m tall").1.as_deref(), Some("metre"));
    assert_eq!(value_unit("a 10m wall").1.as_deref(), Some("metre"));
    assert_eq!(value_unit("over 3m years").0, 3e6);
}

#[test]
fn a_dash_before_a_hedged_conversion_is_an_aside_not_a_range() {
    // Articles are normalised before reading: their em dashes are `-` by then.
    let found = read("a further \u{20AC}20m - about \u{A3}17m - from a fund");
    let values: Vec<_> = found.iter().map(|q| (q.0, q.1, q.3.clone())).collect();
    assert_eq!(
        values,
        [
            (20e6, 20e6, Some("euro".into())),
            (17e6, 17e6, Some("pound sterling".into()))
        ],
        "{found:?}"
    );
    assert_eq!(one("2 - ~7 grams").0, 2.0);
}

#[test]
fn ranks_and_addresses_are_not_counts() {
    assert!(read("Trump's No. 2, Mike Pence, was evacuated").is_empty());
    assert!(read("at No 10 Downing Street").is_empty());
    assert_eq!(value_unit("no 10 people agree").0, 10.0);
}

#[test]
fn rates_glued_to_the_number() {
    let both = read("Winds of up to 104mph (167km/h) hit");
    let units: Vec<_> = both.iter().map(|q| q.3.as_deref()).collect();
    assert_eq!(
        units,
        [Some("mile per hour"), Some("kilometre per hour")],
        "{both:?}"
    );
    assert_eq!(
        value_unit("at 3m/s.").1.as_deref(),
        Some("metre per second")
    );
}

#[test]
fn fractions_of_a_multiplier_are_numbers_not_shares() {
    for (text, value) in [
        ("more than half a billion pounds a year", 500_000_000.0),
        ("half a million people", 500_000.0),
        ("a quarter of a million visitors", 250_000.0),
        ("about a quarter million visitors", 250_000.0),
    ] {
        assert_eq!(value_unit(text).0, value, "{text}");
    }
    // A share stays a share.
    assert_eq!(value_unit("more than half of voters").0, 50.0);
}

#[test]
fn whole_strings_read_as_numbers() {
    let number = |text: &str| read_number(&lex(text, 0));
    assert_eq!(number("thirty-three"), Some(33.0));
    assert_eq!(number("minus 1,200"), Some(-1200.0));
    assert_eq!(number("point 77"), Some(0.77));
    assert_eq!(number("two point two million"), Some(2_200_000.0));
    assert_eq!(number("forty-five (45)"), Some(45.0));
    assert_eq!(number("ten five"), None);
    assert_eq!(number("million million"), None);
}

#[test]
fn proportions_read_as_percentages() {
    assert_eq!(
        value_unit("nearly half of the money"),
        (50.0, Some("percent".into()))
    );
    let (two_thirds, unit) = value_unit("two-thirds of voters");
    assert!((two_thirds - 200.0 / 3.0).abs() < 1e-9 && unit.as_deref() == Some("percent"));
    assert!((value_unit("a third of the budget").0 - 100.0 / 3.0).abs() < 1e-9);
    assert_eq!(value_unit("about half have now arrived").0, 50.0);
    assert!(
        read("half an hour later")
            .iter()
            .all(|q| q.3.as_deref() == Some("hour"))
    );
    assert!(read("in the second quarter of 2023").is_empty());
}

#[test]
fn a_count_of_part_takes_the_unit_of_the_whole() {
    let found = read("Six of the nine members voted");
    assert_eq!(found[0].0, 6.0);
    assert_eq!(found[0].3.as_deref(), Some("members"));
    assert_eq!(found[1], (9.0, 9.0, None, Some("members".into())));
    assert_eq!(read("3 of 10 voters")[0].3.as_deref(), Some("voters"));
}

#[test]
fn ratios_read_as_percentages() {
    assert_eq!(
        value_unit("nearly one in five adults"),
        (20.0, Some("percent".into()))
    );
    assert_eq!(value_unit("3 out of 10 voters").0, 30.0);
    assert!(read("won 3 in 2019").iter().all(|q| q.0 != 30.0));
}

#[test]
fn a_rate_after_a_sum_is_not_a_duration() {
    let found = read("costs £2,900 a year and $5 million a month");
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(
        found
            .iter()
            .all(|q| q.3.as_deref() != Some("year") && q.3.as_deref() != Some("month"))
    );
}

#[test]
fn a_dangling_from_is_not_part_of_the_quantity() {
    let lexemes = lex("taking them to 5.25% from 5%", 0);
    let found = find(&lexemes, &[]);
    assert_eq!(found.len(), 2);
    let text = "taking them to 5.25% from 5%";
    assert_eq!(&text[found[1].span.range()], "5%");
}

/// `find` passes over places `may_continue` rules out without reading them; that is only
/// right if no reading would start there. Checked over every place of the bundled and the
/// news-style articles and of sentences built to sit on the edge.
#[test]
fn places_passed_over_start_no_quantity() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut texts: Vec<String> = [
        "In excess of 300 people came, in all. About a dozen, about, as many as five.",
        "-5°C, - 5, .75 of a point, a -.5 swing, 1.5-2. Not more than a third. No fewer than 3.",
        "Upwards of £2bn. North of $5 million. Close to half. Just over an hour. Well under 10%.",
        "Some 300 troops; some troops. Over a hundred; over there. At least one; at last.",
    ]
    .iter()
    .map(|t| t.to_string())
    .collect();
    for folder in ["articles", "tests/fixtures/news-styles/articles"] {
        for entry in std::fs::read_dir(root.join(folder)).unwrap() {
            let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
            texts.push(crate::text::normalise(&text).text);
        }
    }
    let mut passed_over = 0;
    for text in &texts {
        let lexemes = lex(text, 0);
        for at in 0..lexemes.len() {
            if may_start(&lexemes[at]) && !may_continue(&lexemes, at) {
                passed_over += 1;
                let found = quantity_at(&lexemes, at, &|_| false);
                assert!(
                    found.is_none(),
                    "{:?} at {:?}",
                    found.map(|f| &text[f.span.range()]),
                    &text[lexemes[at].span.start..]
                );
            }
        }
    }
    assert!(passed_over > 300, "{passed_over} places passed over");
}

#[test]
fn qualifier_only_words_are_first_words_of_qualifiers_alone() {
    let words: Vec<&str> = qualifier_only_words().collect();
    for word in ["in", "as", "about", "over", "no", "not", "at", "up"] {
        assert!(words.contains(&word), "{word} in {words:?}");
    }
    for word in ["a", "an", "half", "exactly", "between", "several", "dozens"] {
        assert!(!words.contains(&word), "{word} in {words:?}");
    }
}

/// A span of time that describes rather than counts: a record's reach (`a decade high`, as
/// `a 10-year high` is) and what the subject was (`May was a month of swings`); a span that
/// counts stays one (`for a month`, `in a decade`).
#[test]
fn a_span_that_describes_is_no_figure() {
    for text in [
        "London rent rises reach a decade high",
        "the pound fell to a month low against the dollar",
        "May was a month of swings and roundabouts.",
        "2024 was a year of records for the airline.",
    ] {
        assert!(read(text).is_empty(), "{text:?} → {:?}", read(text));
    }
    for (text, unit) in [
        ("The strike lasted for a month of talks.", "month"),
        ("The line will close for a decade.", "decade"),
    ] {
        assert_eq!(value_unit(text), (1.0, Some(unit.to_string())), "{text:?}");
    }
}

#[test]
fn model_numbers_and_tournament_stages_are_not_counts() {
    for text in [
        "He filmed it on his iPhone 15 from the stands.",
        "The PlayStation 5 launched in November.",
        "England reached the last 16.",
        "They lost in the round of 16 to Spain.",
        "a last 16 tie against Ghana",
    ] {
        assert!(read(text).is_empty(), "{text:?} → {:?}", read(text));
    }
    // An acronym is no product name; a stage followed by its noun counts.
    assert_eq!(value_unit("the AfD 152 seats").0, 152.0);
    assert_eq!(
        value_unit("over the last 16 years"),
        (16.0, Some("year".into()))
    );
}

#[test]
fn tallies_in_words() {
    let found = crate::recognise::recognise("The committee voted six to three in favour.");
    let crate::recognise::MentionKind::Quantity(quantity) = &found[0].kind else {
        panic!("{found:?}");
    };
    assert_eq!(quantity.score.as_deref(), Some(&[(6.0, 3.0)][..]));
}

#[test]
fn names_with_number_words_and_nouns_of_change_before_a_bound() {
    assert!(read("She won on Court One yesterday.").is_empty());
    let found = crate::recognise::recognise("A storm surge as high as 16 feet is expected.");
    let crate::recognise::MentionKind::Quantity(surge) = &found[0].kind else {
        panic!("{found:?}");
    };
    assert_eq!((surge.low, surge.change), (16.0, None));
    assert_eq!(
        surge.qualifier.as_ref().map(|q| q.direction),
        Some(Direction::Below)
    );
}
