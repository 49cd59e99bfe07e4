//! Counts of a part of a group: `three of the goals`, `3 of Bournemouth's goals`, `13 of
//! them children`. The count's noun is the group's (or, after `of them`, the noun that
//! follows): three goals, 13 children. `one of the best` and `two of the five` are not read
//! (a superlative, and a count of a count).

use super::{Found, Quantity, Unit};
use crate::source::Span;
use crate::text::lexer::{Kind, Lexeme, lower};

/// The words that open the group after `of`.
const GROUP: &[&str] = &[
    "the", "its", "his", "her", "their", "our", "these", "those", "them",
];

/// Adjectives that name a group after `the` (`the dead`), beside participles (`the injured`).
const NAMING_ADJECTIVES: &[&str] = &[
    "dead", "missing", "living", "homeless", "sick", "elderly", "poor", "young", "rich",
];

/// Words after such an adjective that show it ends the group: a verb or a preposition.
const GROUP_ENDS: &[&str] = &[
    "were", "was", "are", "is", "have", "has", "remain", "remained", "still", "in", "on", "at",
    "from", "had", "will", "would", "could", "died", "survived",
];

/// Pronouns that stand for a group counted before: `four of them were critical`.
const PRONOUN_GROUPS: &[&str] = &["them", "whom", "those", "these"];

/// Lower-case plural nouns that do not end in `s`.
const PLURALS: &[&str] = &[
    "people", "children", "men", "women", "police", "staff", "cattle",
];

fn plural(lexeme: &Lexeme<'_>) -> bool {
    lexeme.kind == Kind::Word
        && !lexeme.is_capitalised()
        && (PLURALS.iter().any(|w| lexeme.is(w))
            || (lexeme.text.len() > 3
                && lexeme.text.ends_with('s')
                && !lexeme.text.ends_with("ss")))
}

/// The noun a count at `number` (its last lexeme) counts, through `of <group>`, and the
/// lexeme after it: `goals` of `three of the goals`, `children` of `13 of them children`.
fn group_noun(lexemes: &[Lexeme<'_>], number: usize) -> Option<(String, usize)> {
    if !lexemes.get(number + 1)?.is("of") {
        return None;
    }
    let opener = lexemes.get(number + 2)?;
    let possessive = opener.kind == Kind::Word && opener.text.ends_with("'s");
    if !possessive && !GROUP.iter().any(|w| opener.is(w)) {
        return None;
    }
    // `four of the injured were …`: an adjective that names the group (`the injured`, `the
    // dead`) where no noun follows.
    if opener.is("the")
        && let Some(adjective) = lexemes.get(number + 3)
        && adjective.kind == Kind::Word
        && !adjective.is_capitalised()
        && (NAMING_ADJECTIVES.iter().any(|w| adjective.is(w))
            || (adjective.text.len() > 4 && lower(adjective.text).ends_with("ed")))
        && lexemes
            .get(number + 4)
            .is_none_or(|next| next.kind != Kind::Word || GROUP_ENDS.iter().any(|w| next.is(w)))
    {
        return Some((lower(adjective.text).into_owned(), number + 4));
    }
    // Up to two modifiers before the plural head: `the injured passengers`; no number
    // (`two of the five`) and no superlative (`one of the best`).
    // `44 of the state's 55 counties`: the whole's possessor and size stand before its noun.
    (number + 3..(number + 7).min(lexemes.len())).find_map(|at| {
        let lexeme = &lexemes[at];
        let whole = (lexeme.kind == Kind::Number && lexemes[at - 1].text.ends_with("'s"))
            || (lexeme.kind == Kind::Word && lexeme.text.ends_with("'s") && at == number + 3);
        if whole {
            return None;
        }
        if lexeme.kind != Kind::Word || lexeme.is_capitalised() || lexeme.text.ends_with("est") {
            return Some(None);
        }
        plural(lexeme).then(|| Some((lower(lexeme.text).into_owned(), at + 1)))
    })?
}

/// Give the unitless counts of `found` their group's noun, and read the number words that
/// count a part of a group (`three of the goals`) where nothing was read.
pub(super) fn read(lexemes: &[Lexeme<'_>], found: &mut Vec<Found>, taken: &dyn Fn(usize) -> bool) {
    for one in found.iter_mut() {
        let quantity = &one.quantity;
        let last = one.lexemes.end - 1;
        // "37 civilians, 13 of them children": the noun after `of them` is the count's own,
        // whatever the list carried to it.
        let of_them = lexemes.get(last + 2).is_some_and(|l| l.is("them"));
        // (A possessive read as the noun is none: `44 of the state's`.)
        let possessive = quantity
            .unit
            .as_ref()
            .is_some_and(|u| u.measure.is_none() && u.head.ends_with("'s"));
        if quantity
            .unit
            .as_ref()
            .is_some_and(|u| (!of_them || u.measure.is_some()) && !possessive)
            || quantity.change.is_some()
            || quantity.score.is_some()
            || quantity.age
            || quantity.ordinal
        {
            continue;
        }
        if let Some((noun, end)) = group_noun(lexemes, last) {
            one.quantity.unit = Some(Unit::counted(noun.clone(), noun));
            // (Not over the whole's own figure: `44` of `44 of the state's 55 counties`.)
            let whole = lexemes[last + 1..end]
                .iter()
                .any(|l| l.kind == Kind::Number);
            if !whole {
                one.span = Span::new(one.span.start, lexemes[end - 1].span.end);
                one.lexemes = one.lexemes.start..end;
            }
        }
    }
    // "Of the 38 companies that issued forecasts, 26 gave negative guidance and 12 positive":
    // bare counts after a sentence's opening group count its noun, up to its size.
    if let Some((size, noun, after)) = opening_group(lexemes, found) {
        for one in found.iter_mut().filter(|f| f.lexemes.start >= after) {
            let quantity = &one.quantity;
            if quantity.unit.is_none()
                && quantity.change.is_none()
                && quantity.score.is_none()
                && !quantity.age
                && quantity.qualifier.is_none()
                && quantity.low.fract() == 0.0
                && quantity.high <= size
            {
                one.quantity.unit = Some(Unit::counted(noun.clone(), noun.clone()));
            }
        }
    }
    let mut more = Vec::new();
    for at in 0..lexemes.len() {
        let lexeme = &lexemes[at];
        // (Asked of every lexeme: `of` after it first.)
        if lexeme.kind != Kind::Word
            || !lexemes.get(at + 1).is_some_and(|l| l.is("of"))
            || taken(at)
            || found.iter().any(|f| f.lexemes.contains(&at))
        {
            continue;
        }
        let Some(number) = crate::recognise::numbers::word_value(&lower(lexeme.text))
            .filter(|&n| n >= 2.0 && n.fract() == 0.0)
        else {
            continue;
        };
        // "78 were still in hospital, and four of them were critical": a part of the group
        // counted before, in its noun where it has one.
        if group_noun(lexemes, at).is_none()
            && lexemes
                .get(at + 2)
                .is_some_and(|l| PRONOUN_GROUPS.iter().any(|w| l.is(w)))
            && lexemes
                .get(at + 3)
                .is_none_or(|next| next.kind != Kind::Word || !plural(next))
        {
            let unit = found
                .iter()
                .rev()
                .filter(|f| f.lexemes.end <= at)
                .find_map(|f| f.quantity.unit.as_ref().filter(|u| u.measure.is_none()))
                .cloned();
            more.push(Found {
                span: Span::new(lexeme.span.start, lexemes[at + 2].span.end),
                value_span: lexeme.span,
                quantity: Quantity::level(number, number, None, unit),
                lexemes: at..at + 3,
            });
            continue;
        }
        if let Some((noun, end)) = group_noun(lexemes, at) {
            more.push(Found {
                span: Span::new(lexeme.span.start, lexemes[end - 1].span.end),
                value_span: lexeme.span,
                quantity: Quantity::level(
                    number,
                    number,
                    None,
                    Some(Unit::counted(noun.clone(), noun)),
                ),
                lexemes: at..end,
            });
        }
    }
    if !more.is_empty() {
        found.extend(more);
        found.sort_by_key(|f| f.span.start);
    }
}

/// A sentence opening with a group of a size (`Of the 38 companies in the index that have
/// issued forecasts,`): its size, its noun, and the lexeme after the comma that ends it.
fn opening_group(lexemes: &[Lexeme<'_>], found: &[Found]) -> Option<(f64, String, usize)> {
    if !lexemes.first()?.is("of") {
        return None;
    }
    let group = found.iter().find(|f| {
        f.lexemes.start <= 2
            && f.quantity
                .unit
                .as_ref()
                .is_some_and(|u| u.measure.is_none())
            && f.quantity.qualifier.is_none()
    })?;
    let comma = (group.lexemes.end..lexemes.len()).find(|&at| lexemes[at].is(","))?;
    let noun = group.quantity.unit.as_ref()?.head.clone();
    Some((group.quantity.high, noun, comma + 1))
}
