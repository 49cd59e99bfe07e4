//! Recognisers: what an article states, found once per article as [`Mention`]s.
//!
//! Each sentence is cut into lexemes once; dates are found first, then quantities in what
//! dates left, so `Feb. 20` is never also the number 20. Quotations are found per paragraph
//! and given their speaker. A matcher reads these lists; it never scans text again.

pub mod calendar;
pub(crate) mod dates;
pub(crate) mod numbers;
mod owners;
#[doc(hidden)]
pub mod quantity;
pub(crate) mod quotes;
pub(crate) mod speakers;
#[doc(hidden)]
pub mod units;
#[doc(hidden)]
pub mod vocabulary;

pub use dates::DateValue;
pub use quantity::{Direction, Qualifier, Quantity, Unit};
pub use speakers::How;

use crate::source::Span;
use crate::text::lexer::Lexeme;
use vocabulary::lex;

/// Something an article states.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// The whole expression in the normalised text.
    pub span: Span,
    /// The value alone (the number of a quantity; the date itself).
    pub value_span: Span,
    /// The sentence it stands in.
    pub sentence: usize,
    /// What it states.
    pub kind: MentionKind,
    /// Whose figure it is, where its sentence lists the figures of several entities (`York`
    /// for 28,800 in `42,000 homes in Leeds, 28,800 in York`).
    pub owner: Option<Box<str>>,
    /// How firmly the owner holds the figure.
    pub bond: Bond,
}

/// How firmly a figure's owner holds it: the strength of the words that give it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub enum Bond {
    /// The figure's clause or its other words name the owner (`gasoline was up 45.1%`).
    #[default]
    Clause,
    /// A name that is the subject right before the verb of the figure (`Segway-Ninebot
    /// sold 2.3m scooters`, `the Nasdaq 100 added 0.8%`): another name in its sentence is
    /// not the figure's.
    Subject,
    /// A list, an apposition or a possessive (`28,800 in York`, `Platt, 35,`,
    /// `Westbury's nine`): another name in the window is not the figure's.
    Bound,
}

/// What a mention states.
#[derive(Debug, Clone, PartialEq)]
pub enum MentionKind {
    /// A number with its qualifier and unit.
    Quantity(Quantity),
    /// A date.
    Date(DateValue),
}

/// The mentions of one sentence, given its lexemes.
pub(crate) fn mentions(lexemes: &[Lexeme<'_>], sentence: usize) -> Vec<Mention> {
    let mut found_dates = dates::find(lexemes);
    // A lone year-like number a verb of change leads to is a level: "rose from 1500 to 2000".
    found_dates.retain(|date| {
        let lone_year =
            date.value.year.is_some() && date.value.month.is_none() && date.value.quarter.is_none();
        let level = || {
            lexemes
                .iter()
                .position(|l| l.span == date.span)
                .is_some_and(|at| quantity::leads_to_level(lexemes, at))
        };
        !lone_year || !level()
    });
    let taken: Vec<Span> = found_dates.iter().map(|d| d.span).collect();
    let mut mentions: Vec<Mention> = found_dates
        .into_iter()
        .map(|date| Mention {
            span: date.span,
            value_span: date.span,
            sentence,
            kind: MentionKind::Date(date.value),
            owner: None,
            bond: Bond::Clause,
        })
        .collect();
    let mut quantities = quantity::find(lexemes, &taken);
    let mut owners = owners::owners(lexemes, &quantities);
    // "Hoffenheim 1 Bayern Munich 2": a result line's score is its winner's.
    if let Some((line, winner)) = quantity::score_line(lexemes)
        && quantities
            .first()
            .is_some_and(|found| found.span == line.span)
    {
        owners[0] = Some((winner, Bond::Bound));
    }
    // A bare level counts its plural subject, and so does a bare figure of the same clause
    // after it ("orders peaked at 1.3m …, against about 600,000 before"), or set against it
    // ("took 4,354 votes, …, against 3,890 for Loken").
    let mut counted: Option<(&str, Unit)> = None;
    for (found, owner) in quantities.iter_mut().zip(&owners) {
        let owner = owner.as_ref().map(|(name, _)| name.as_str());
        owners::counted_subject(lexemes, found, owner);
        owners::currency_subject(lexemes, found, owner);
        let against = found.lexemes().start.checked_sub(1).is_some_and(|at| {
            ["against", "versus", "vs"]
                .iter()
                .any(|w| lexemes[at].is(w))
        });
        match (&found.quantity.unit, counted.as_ref()) {
            (None, Some((name, unit)))
                if (owner == Some(*name) || against) && found.quantity.score.is_none() =>
            {
                found.quantity.unit = Some(unit.clone());
            }
            // ("finished second in 9.84": a place is no count to carry.)
            (Some(unit), _) if unit.measure.is_none() && !found.quantity.ordinal => {
                counted = owner.map(|name| (name, unit.clone()));
            }
            _ => {}
        }
    }
    mentions.extend(
        quantities
            .into_iter()
            .zip(owners)
            .map(|(found, owner)| Mention {
                span: found.span,
                value_span: found.value_span,
                sentence,
                kind: MentionKind::Quantity(found.quantity),
                bond: owner.as_ref().map_or(Bond::Clause, |(_, bond)| *bond),
                owner: owner.map(|(name, _)| name.into()),
            }),
    );
    mentions.sort_by_key(|m| m.span);
    mentions
}

/// Give the figures of a sentence opening with a subject pronoun, where none of its own
/// words own them, to whom the pronoun stands for: the subject the sentence before (in the
/// same paragraph) opens with. `sentences` are each sentence's lexemes and paragraph;
/// `mentions` all the article's, in order.
pub(crate) fn carry_pronoun_owners(sentences: &[(&[Lexeme<'_>], usize)], mentions: &mut [Mention]) {
    for (at, pair) in sentences.windows(2).enumerate() {
        let [(previous, paragraph), (sentence, same)] = pair else {
            continue;
        };
        if paragraph != same {
            continue;
        }
        let Some(name) = owners::pronoun_antecedent(previous, sentence) else {
            continue;
        };
        let number = at + 1;
        let first = mentions.partition_point(|m| m.sentence < number);
        for mention in mentions[first..]
            .iter_mut()
            .take_while(|m| m.sentence == number)
        {
            if mention.owner.is_none() && matches!(mention.kind, MentionKind::Quantity(_)) {
                mention.owner = Some(name.as_str().into());
                mention.bond = Bond::Clause;
            }
        }
    }
}

/// The quantities and dates of `text`, read as one sentence (for text that is not an
/// article: a claim, a test corpus line). `text` should be normalised as articles are
/// ([`crate::text::normalise`]); spans are offsets into it.
pub fn recognise(text: &str) -> Vec<Mention> {
    mentions(&lex(text, 0), 0)
}

/// The number `text` spells, as a whole (`"thirty three"`, `"1,200"`, `"minus 5"`).
pub fn parse_number(text: &str) -> Option<f64> {
    quantity::read_number(&lex(text.trim(), 0))
}

/// The first quantity in `text` (a claim's `quantity` value). A claim may open on an
/// ordinal (`46th minute`, `third seed`, what `extract` prints for `in the 46th minute`):
/// it is read as an article's `the 46th minute` is, and a bare one (`12th`) as a place.
pub fn parse_quantity(text: &str) -> Option<quantity::Found> {
    let lexemes = lex(text, 0);
    if let Some(found) = quantity::find(&lexemes, &[]).into_iter().next() {
        return Some(found);
    }
    // "46th minute" as "the 46th minute"; a bare "12th" as a place, "to 12th".
    ["the ", "to "].into_iter().find_map(|lead| {
        let led = format!("{lead}{text}");
        let found = quantity::find(&lex(&led, 0), &[])
            .into_iter()
            .next()
            .filter(|found| found.quantity.ordinal && found.value_span.start == lead.len())?;
        Some(found.shifted_back(lead.len()))
    })
}

/// The first date in `text` (a claim's `date` value), with its span in `text`.
pub fn parse_date(text: &str) -> Option<(DateValue, Span)> {
    let lexemes = lex(text, 0);
    let mut found = dates::find(&lexemes);
    if found.is_empty() {
        // A claim may name a bare year ("2014") or a month ("February") without context.
        let first = lexemes.first()?;
        if let Some(month) = dates::month(first.text).filter(|_| lexemes.len() == 1) {
            return Some((
                DateValue {
                    month: Some(month),
                    ..DateValue::default()
                },
                first.span,
            ));
        }
        if lexemes.len() == 1
            && first.text.len() == 4
            && let Ok(year) = first.text.parse::<i32>()
        {
            return Some((
                DateValue {
                    year: Some(year),
                    ..DateValue::default()
                },
                first.span,
            ));
        }
        // ISO year and month ("1987-10"): only in claims; in articles "2010-11" is a season.
        return dates::year_month(&lexemes);
    }
    let date = found.remove(0);
    Some((date.value, date.span))
}
