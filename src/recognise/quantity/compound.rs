//! Joining quantities written in pieces: compound measures (`7 feet 10 inches`, `$20 and
//! 43c`), ranges with a unit on both ends (`from 10 to 20 dollars`), a shared unit (`45 and 50
//! mg`) and a bare number in the next smaller unit (`1 hour thirty`).

use super::*;

/// Consecutive measures of one dimension written as one amount become one quantity, in the
/// smaller unit: `7 feet 10 inches`, `2 years and 3 months`, `$20 and 43c`, `1 hour thirty`;
/// a range written with a unit on both ends becomes one range: `from 10 to 20 dollars`,
/// `between 2 g and about 7 g`.
pub(super) fn join_compounds(lexemes: &[Lexeme<'_>], found: Vec<Found>) -> Vec<Found> {
    let mut joined: Vec<Found> = Vec::new();
    for next in found {
        // The second reading of a bare "9m" stands beside the first.
        if joined
            .last()
            .is_some_and(|last| next.lexemes.start < last.lexemes.end)
        {
            joined.push(next);
            continue;
        }
        // "45 and 50 mg": a bare number before "and"/"or" and a measured one shares its unit;
        // not one of another order ("632 million or 18.6%" is a count and its share).
        if let Some(last) = joined.last_mut()
            && last.quantity.unit.is_none()
            && next.quantity.measure().is_some()
            && (0.01..=100.0)
                .contains(&(last.quantity.low.abs().max(1.0) / next.quantity.low.abs().max(1.0)))
            && matches!(&lexemes[last.lexemes.end..next.lexemes.start], [joiner] if joiner.is("and") || joiner.is("or"))
        {
            last.quantity.unit.clone_from(&next.quantity.unit);
        }
        if let Some(last) = joined.last_mut() {
            let between: Vec<&Lexeme<'_>> = lexemes[last.lexemes.end..next.lexemes.start]
                .iter()
                .collect();
            if let Some(merged) = join_two(lexemes, last, &next, &between) {
                *last = merged;
                continue;
            }
        }
        joined.push(next);
    }
    // A bare number after a money amount or a duration is its smaller unit: `$20 43`.
    for found in &mut joined {
        smaller_tail(lexemes, found);
    }
    carry_units(lexemes, &mut joined);
    carry_rates(lexemes, &mut joined);
    carry_irrealis(lexemes, &mut joined);
    points_of_a_rate(lexemes, &mut joined);
    for found in &mut joined {
        for_every(lexemes, found);
    }
    joined
}

/// A count "for every" or "for each" noun after its verb is a rate: `10 prospective
/// tenants registered for every available property` (per property).
fn for_every(lexemes: &[Lexeme<'_>], found: &mut Found) {
    let Some(unit) = found.quantity.unit.as_mut() else {
        return;
    };
    if unit.per.is_some() || found.quantity.score.is_some() {
        return;
    }
    let end = found.lexemes.end;
    let window = &lexemes[end..lexemes.len().min(end + 5)];
    let Some(at) = window
        .windows(2)
        .position(|pair| pair[0].is("for") && (pair[1].is("every") || pair[1].is("each")))
    else {
        return;
    };
    // Only the figure's verb between: no punctuation, no other figure.
    if window[..at]
        .iter()
        .any(|l| l.kind != Kind::Word || l.class & crate::text::lexer::class::QUANTITY_START != 0)
    {
        return;
    }
    // The noun: one or two words after "every" ("available property"), ending the clause
    // (not "every one sold by rivals", "every 1,000 patients").
    let phrase = end + at + 2;
    let words = lexemes[phrase..lexemes.len().min(phrase + 2)]
        .iter()
        .take_while(|l| {
            l.kind == Kind::Word
                && !l.is_capitalised()
                && l.class & crate::text::lexer::class::QUANTITY_START == 0
        })
        .count();
    let closes = lexemes.get(phrase + words).is_none_or(|l| {
        l.kind == Kind::Symbol || ["and", "but", "in", "on", "at"].iter().any(|w| l.is(w))
    });
    if words > 0 && closes {
        unit.per = Some(lower(lexemes[phrase + words - 1].text).into_owned());
    }
}

/// Points of a change to a rate are percentage points: `down 2 points at 41%`, `up 0.7
/// points to 4.7%`.
fn points_of_a_rate(lexemes: &[Lexeme<'_>], found: &mut [Found]) {
    for at in 1..found.len() {
        let (before, rest) = found.split_at_mut(at);
        let (change, level) = (&mut before[at - 1], &rest[0]);
        let points =
            change.quantity.change.is_some()
                && change.quantity.unit.as_ref().is_some_and(|u| {
                    u.measure.is_none() && (u.head == "points" || u.head == "point")
                });
        let joined = matches!(
            lexemes.get(change.lexemes.end..level.lexemes.start.max(change.lexemes.end)),
            Some([word]) if word.is("at") || word.is("to")
        );
        let rate = level
            .quantity
            .measure()
            .is_some_and(|m| m.dimension == units::Dimension::Percentage);
        if points
            && joined
            && rate
            && let Some(unit) = change.quantity.unit.as_mut()
        {
            unit.measure = units::lookup("percentage point");
            unit.head = "percentage point".to_string();
        }
    }
}

/// A rate given once for figures written alike: `£1,250 a month … would now be paying about
/// £1,310` (the same verb before both), `petrol dropped 2.1p to 132.4p a litre, while diesel
/// fell 2.6p to 139.1p` (the same word before both levels; and a change takes the rate of the
/// level it leads to). Only a figure of the same measure with no rate and no noun of its own
/// takes it.
fn carry_rates(lexemes: &[Lexeme<'_>], found: &mut [Found]) {
    let rate = |f: &Found| {
        f.quantity
            .unit
            .as_ref()
            .and_then(|u| Some((u.measure?.name, u.per.clone()?)))
    };
    let bare = |f: &Found| {
        f.quantity.score.is_none()
            && f.quantity
                .unit
                .as_ref()
                .is_some_and(|u| u.per.is_none() && u.measure.is_some())
            && lexemes
                .get(f.lexemes.end)
                .is_none_or(|l| l.kind != Kind::Word || !plain_noun(l))
    };
    let word_before = |f: &Found| {
        f.lexemes
            .start
            .checked_sub(1)
            .map(|i| &lexemes[i])
            .filter(|l| {
                l.kind == Kind::Word
                    && !["of", "in", "at", "on", "for", "by"]
                        .iter()
                        .any(|w| l.is(w))
            })
    };
    // Parallel figures: the same word before each.
    for at in 0..found.len() {
        if !bare(&found[at]) {
            continue;
        }
        let measure = found[at].quantity.measure().map(|m| m.name);
        let Some(word) = word_before(&found[at]) else {
            continue;
        };
        let given = found[..at].iter().rev().find_map(|g| {
            let (name, per) = rate(g)?;
            (Some(name) == measure && word_before(g).is_some_and(|w| w.is(word.text)))
                .then_some(per)
        });
        if let Some(per) = given
            && let Some(unit) = found[at].quantity.unit.as_mut()
        {
            unit.per = Some(per);
        }
    }
    // A change and the level it leads to: "dropped 2.1p to 132.4p a litre".
    for at in 1..found.len() {
        let (before, rest) = found.split_at_mut(at);
        let (change, level) = (&mut before[at - 1], &rest[0]);
        // (A bare "9m" and its twin reading overlap: no words between them.)
        let joined = matches!(
            lexemes.get(change.lexemes.end..level.lexemes.start.max(change.lexemes.end)),
            Some([to]) if to.is("to")
        );
        if joined
            && change.quantity.change.is_some()
            && bare(change)
            && let Some((name, per)) = rate(level)
            && change.quantity.measure().map(|m| m.name) == Some(name)
            && let Some(unit) = change.quantity.unit.as_mut()
        {
            unit.per = Some(per);
        }
    }
}

/// Whether a word after a figure is a noun of its own (`a £5,000 deposit`), not a verb, a
/// preposition or a conjunction.
fn plain_noun(lexeme: &Lexeme<'_>) -> bool {
    lexeme.class & (crate::text::lexer::class::VERB | crate::text::lexer::class::SPEECH_VERB) == 0
        && !lexeme.is_capitalised()
        && ![
            "a", "an", "the", "and", "or", "but", "while", "to", "from", "in", "on", "at", "for",
            "of", "by", "with", "as", "than", "this", "that", "last", "next", "per", "each",
            "earlier", "later", "ago", "before", "after", "since", "over", "under", "higher",
            "lower", "more", "less", "up", "down",
        ]
        .iter()
        .any(|w| lexeme.is(w))
}

/// A unit carried through a list: `42,000 homes in Leeds, 28,800 in York and 9,500 in Hull`,
/// `the CDU won 208 seats, the AfD 152`. A bare figure that opens a list item (after a comma,
/// `and` or a semicolon, perhaps after the item's name) takes the unit of the figure before
/// it in the sentence.
fn carry_units(lexemes: &[Lexeme<'_>], found: &mut [Found]) {
    for at in 1..found.len() {
        carry_change(lexemes, found, at);
        let (before, rest) = found.split_at_mut(at);
        let current = &mut rest[0];
        // "Four people were killed and three others injured": others of the same noun.
        if let Some(unit) = current.quantity.unit.as_mut()
            && unit.head == "others"
            && let Some(theirs) = before.iter().rev().find_map(|f| {
                f.quantity
                    .unit
                    .as_ref()
                    .filter(|u| u.measure.is_none() && u.head != "others")
            })
        {
            unit.head.clone_from(&theirs.head);
            continue;
        }
        // "$3.14 a gallon, up from $2.18": the level before a change is in the same unit
        // and rate, and so is the level reached ("from 48 units to 36").
        let paired = before.last().is_some_and(|previous| {
            (current.quantity.earlier || previous.quantity.earlier)
                && current.lexemes.start.saturating_sub(previous.lexemes.end) <= 4
        });
        // "rose to $1.87 billion, or $1.10 a share, from $1.52 billion": the level before
        // pairs with the level reached, not with its apposition.
        let in_apposition = |f: &Found| {
            let s = f.lexemes.start;
            s >= 2 && lexemes[s - 1].is("or") && lexemes[s - 2].text == ","
        };
        let partner = match before {
            [.., partner, last] if in_apposition(last) => Some(&*partner),
            [.., last] => Some(&*last),
            [] => None,
        };
        if paired
            && let Some(previous) = partner
            && let (Some(theirs), Some(ours)) =
                (&previous.quantity.unit, current.quantity.unit.as_mut())
            && ours.per.is_none()
            && theirs.measure.map(|m| m.name) == ours.measure.map(|m| m.name)
        {
            ours.per.clone_from(&theirs.per);
        }
        // "22-year-old": a number glued to the words after it is their adjective.
        let glued = lexemes
            .get(current.lexemes.end)
            .is_some_and(|l| l.text == "-" && !l.spaced);
        if current.quantity.unit.is_some()
            || current.quantity.score.is_some()
            || current.quantity.ambiguous
            || glued
            || is_age(lexemes, current.lexemes.start)
            || !(paired
                || opens_list_item(lexemes, current.lexemes.start)
                || parallel_item(lexemes, before, current)
                || possessive_item(lexemes, current.lexemes.start)
                || before.last().is_some_and(|previous| {
                    common_item(lexemes, current.lexemes.start, previous.lexemes.end).is_some()
                }))
        {
            continue;
        }
        // (Not past a bare figure of the list: "17 states … - roughly 6,000 in X and about
        // 1,550 in Y" carries nothing to the 1,550.)
        // "His 76 goals in Europe's top five leagues …, ahead of Luis Oliveira's 72": the
        // figure a possessive's bare figure is compared with is no figure of a phrase that
        // describes another's noun.
        let after_possessive = current.lexemes.start > 0 && {
            let word = &lexemes[current.lexemes.start - 1];
            word.is_capitalised() && word.text.ends_with("'s")
        };
        let describes_another = |f: &Found| {
            after_possessive
                && before.iter().any(|other| {
                    other.lexemes.end <= f.lexemes.start
                        && other.quantity.unit.is_some()
                        && lexemes[other.lexemes.end..f.lexemes.start].iter().any(|l| {
                            ["in", "of", "at", "across", "among"]
                                .iter()
                                .any(|w| l.is(w))
                        })
                        && !lexemes[other.lexemes.end..f.lexemes.start].iter().any(|l| {
                            l.kind == Kind::Symbol || l.class & crate::text::lexer::class::VERB != 0
                        })
                })
        };
        let Some(previous) = before
            .iter()
            .rev()
            .filter(|f| f.quantity.score.is_none() && !f.quantity.age && !describes_another(f))
            .find(|f| f.quantity.unit.is_some() || f.lexemes.end <= current.lexemes.start)
            .filter(|f| f.quantity.unit.is_some())
        else {
            continue;
        };
        // "1 hour and fifteen": a tail the figure before took in is no list item.
        if before
            .iter()
            .any(|f| f.span.end > current.span.start || f.lexemes.end > current.lexemes.start)
        {
            continue;
        }
        current.quantity.unit.clone_from(&previous.quantity.unit);
        // "… services added 81,000 jobs, retail 35,000": the item's verb is the one before, and
        // so is its change.
        if current.quantity.change.is_none()
            && !previous.quantity.earlier
            && !paired
            && let Some(last) = before.last()
            && last.quantity.change.is_some()
            && !last.quantity.earlier
            && common_item(lexemes, current.lexemes.start, last.lexemes.end).is_some()
        {
            current.quantity.change = last.quantity.change;
        }
        // "hundreds of trucks …, hundreds a week": a rate of its own, read with the figure.
        let own_rate = current
            .lexemes
            .end
            .checked_sub(2)
            .filter(|&at| at >= current.lexemes.start)
            .and_then(|at| unit::rate_at(lexemes, at))
            .filter(|&(_, end)| end == current.lexemes.end)
            .map(|(per, _)| per);
        if let Some(unit) = current.quantity.unit.as_mut() {
            unit.per =
                own_rate.or_else(|| previous.quantity.unit.as_ref().and_then(|u| u.per.clone()));
            // "248 Labour MPs, 35 from the SNP": the noun carries, not whose it was.
            if unit.measure.is_none() {
                let words: Vec<&str> = unit.phrase.split(' ').collect();
                if let Some((head, modifiers)) = words.split_last() {
                    let mut phrase: Vec<&str> = modifiers
                        .iter()
                        .copied()
                        .filter(|w| !w.chars().next().is_some_and(char::is_uppercase))
                        .collect();
                    phrase.push(head);
                    unit.phrase = phrase.join(" ");
                }
            }
        }
    }
}

/// A request or forecast carried through a list of what was asked or expected: `Prosecutors
/// had asked for three years, one of them to be served, a €100,000 fine and a five-year ban`.
/// An item opens after a comma or `and` (past a determiner), with no clause between.
fn carry_irrealis(lexemes: &[Lexeme<'_>], found: &mut [Found]) {
    for at in 1..found.len() {
        let previous = &found[at - 1];
        if !previous.quantity.irrealis || found[at].quantity.irrealis {
            continue;
        }
        let mut start = found[at].lexemes.start;
        while start > 0
            && ["a", "an", "the", "another", "further"]
                .iter()
                .any(|w| lexemes[start - 1].is(w))
        {
            start -= 1;
        }
        let between = &lexemes[previous.lexemes.end.min(start)..start];
        let item = start > 0 && (lexemes[start - 1].text == "," || lexemes[start - 1].is("and"));
        let clause = between.iter().any(|l| {
            [";", ":", "(", ")", "."].contains(&l.text)
                || [
                    "but", "while", "whereas", "although", "which", "who", "when", "after",
                ]
                .iter()
                .any(|w| l.is(w))
        });
        if item && !clause && between.len() <= 12 {
            found[at].quantity.irrealis = true;
        }
    }
}

/// The common noun an elliptical list item names right before its bare figure, after a
/// comma or `and`: `retail`, `health care` of `Professional and business services added
/// 81,000 jobs, retail 35,000, health care 23,000 and construction 16,000`.
pub(crate) fn common_item(lexemes: &[Lexeme<'_>], start: usize, floor: usize) -> Option<String> {
    let opening = (floor..start)
        .rev()
        .find(|&at| lexemes[at].text == "," || lexemes[at].is("and"))?;
    let words = &lexemes[opening + 1..start];
    let plain = |at: usize| {
        let l = &lexemes[at];
        l.kind == Kind::Word
            && !l.is_capitalised()
            && !NOT_NAME_WORDS.iter().any(|w| l.is(w))
            && l.class & (crate::text::lexer::class::VERB | crate::text::lexer::class::SPEECH_VERB)
                == 0
            && !l.text.ends_with("ed")
    };
    (!words.is_empty() && words.len() <= 3 && (opening + 1..start).all(plain))
        .then(|| words.iter().map(|l| l.text).collect::<Vec<_>>().join(" "))
}

/// Lower-case words that are no part of a name before a figure or a person's name: a list
/// item's common noun (`retail 35,000`) or a role (`defense attorney Paul Engh`).
pub(crate) const NOT_NAME_WORDS: &[&str] = &[
    "the", "a", "an", "of", "in", "on", "at", "by", "with", "to", "from", "for", "and", "or",
    "but", "while", "as", "than", "its", "their", "his", "her", "our", "this", "that", "also",
    "then", "now", "still", "only", "just", "even", "when", "where", "who", "which", "said",
    "says", "told", "after", "before", "since", "until", "if", "so", "not", "no", "more", "less",
    "about", "around", "over", "under", "up", "down", "out", "into", "onto", "per", "via", "near",
    "off", "across", "outside", "inside", "beyond", "behind", "beside", "between", "among",
    "against", "along", "toward", "towards", "within", "without", "through", "past", "nearly",
    "almost", "some", "another", "each", "every", "all",
];

/// Whether the figure at `start` is a list item named by a possessive, its verb left out:
/// `…, and Suffolk's to more than 60`.
pub(crate) fn possessive_item(lexemes: &[Lexeme<'_>], start: usize) -> bool {
    start >= 3
        && ["to", "at", "on", "with", "by"]
            .iter()
            .any(|w| lexemes[start - 1].is(w))
        && lexemes[start - 2].is_capitalised()
        && lexemes[start - 2].text.ends_with("'s")
        && (lexemes[start - 3].text == "," || lexemes[start - 3].is("and"))
}

/// Whether a bare figure repeats the preposition of the last figure with a unit before it,
/// in another item of the sentence: `the Liberal Democrats, with 19 MPs, and the SNP, with
/// 35`; `Leeds on 42 points and York on 35`.
fn parallel_item(lexemes: &[Lexeme<'_>], before: &[Found], current: &Found) -> bool {
    let Some(previous) = before
        .iter()
        .rev()
        .find(|f| f.quantity.unit.is_some() && f.quantity.score.is_none())
    else {
        return false;
    };
    let (ours, theirs) = (current.lexemes.start, previous.lexemes.start);
    if ours == 0 || theirs == 0 {
        return false;
    }
    let word = &lexemes[ours - 1];
    ["with", "on", "at", "of", "by"].iter().any(|w| word.is(w))
        && lexemes[theirs - 1].is(word.text)
        && lexemes[previous.lexemes.end..ours - 1]
            .iter()
            .any(|l| l.text == "," || l.text == ";" || l.is("and") || l.is("while"))
}

/// Whether the figure starting at `at` is an age after `aged`, alone or in a list of them:
/// `aged nine`, `aged nine and 13`, `aged 4, 7 and 11`, `aged 63 to 94`.
pub(super) fn is_age(lexemes: &[Lexeme<'_>], at: usize) -> bool {
    // "teenagers and adults over 15", "children under five": people past a bound of age.
    let bound = if lexemes.get(at).is_some_and(|l| l.kind == Kind::Word) {
        Some(at)
    } else {
        at.checked_sub(1)
    };
    // (A bare number, no noun of its own after it: not "people over 2 nights", "anyone under
    // $400,000", "workers over 1,500 job cuts".)
    let bare = |number: usize| {
        lexemes.get(number).is_some_and(|l| l.kind == Kind::Number)
            && lexemes.get(number + 1).is_none_or(|next| {
                next.kind != Kind::Word
                    || [
                        "years", "and", "or", "who", "were", "are", "was", "is", "have", "had",
                    ]
                    .iter()
                    .any(|w| next.is(w))
            })
    };
    if let Some(bound) = bound.filter(|&b| b >= 1)
        && ["over", "under", "above", "below"]
            .iter()
            .any(|w| lexemes[bound].is(w))
        && PEOPLE.iter().any(|w| lexemes[bound - 1].is(w))
        && bare(bound + 1)
    {
        return true;
    }
    let mut back = at;
    while back > 0 && at - back < 8 {
        let l = &lexemes[back - 1];
        if l.is("aged") {
            return true;
        }
        let joins = l.kind == Kind::Number
            || l.text == ","
            || ["and", "or", "to", "between"].iter().any(|w| l.is(w))
            || crate::recognise::numbers::word_value(&lower(l.text)).is_some();
        if !joins {
            return false;
        }
        back -= 1;
    }
    false
}

/// Nouns of people, whom a bound after them gives an age (`adults over 15`).
const PEOPLE: &[&str] = &[
    "adults",
    "children",
    "people",
    "men",
    "women",
    "patients",
    "youngsters",
    "teenagers",
    "pupils",
    "residents",
    "drivers",
    "voters",
    "those",
    "anyone",
    "babies",
    "infants",
    "kids",
    "girls",
    "boys",
    "workers",
    "individuals",
    "persons",
];

/// Whether a list item starts right before the lexeme `at`: a comma, `and`, `or` or a
/// semicolon, then perhaps `the` and a capitalised name (`, the AfD 152`).
pub(super) fn opens_list_item(lexemes: &[Lexeme<'_>], at: usize) -> bool {
    // "Mellor, 40,": an age in apposition, not a list item ("…in Leeds, 28,800 in York" is
    // one: its name is a preposition's).
    if at >= 2 && lexemes[at - 1].text == "," && lexemes[at - 2].is_capitalised() {
        let mut name = at - 2;
        while name > 0 && lexemes[name - 1].is_capitalised() {
            name -= 1;
        }
        // "248 Labour MPs, 35 from the SNP": the capitalised words are a figure's noun.
        let counted = name > 0 && lexemes[name - 1].kind == Kind::Number;
        let governs = |l: &Lexeme<'_>| {
            ["in", "at", "near", "from", "for", "on", "of", "to"]
                .iter()
                .any(|w| l.is(w))
        };
        // ("in the provincial capital Chengdu, five in …": the preposition may stand before
        // the name's description.)
        let mut before = name;
        while before > 0
            && name - before < 3
            && lexemes[before - 1].kind == Kind::Word
            && !lexemes[before - 1].is_capitalised()
            && lexemes[before - 1].class & crate::text::lexer::class::VERB == 0
            && !governs(&lexemes[before - 1])
        {
            before -= 1;
        }
        let governed = counted || (before > 0 && governs(&lexemes[before - 1]));
        if !governed {
            return false;
        }
    }
    // "17 shots to Westbury's nine".
    if at > 0 && lexemes[at - 1].is_capitalised() && lexemes[at - 1].text.ends_with("'s") {
        return true;
    }
    let mut back = at;
    while back > 0 && lexemes[back - 1].is_capitalised() {
        back -= 1;
    }
    if back < at && back > 0 && lexemes[back - 1].is("the") {
        back -= 1;
    }
    back.checked_sub(1).is_some_and(|i| {
        let l = &lexemes[i];
        l.text == "," || l.text == ";" || l.is("and") || l.is("or")
    })
}

pub(super) fn join_two(
    lexemes: &[Lexeme<'_>],
    first: &Found,
    second: &Found,
    between: &[&Lexeme<'_>],
) -> Option<Found> {
    let (a, b) = (&first.quantity, &second.quantity);
    let (unit_a, mut unit_b) = (a.measure()?, b.measure()?);
    // "3 CAD 3 cents": a cent after another currency is that currency's cent.
    if let (units::Dimension::Currency(major), units::Dimension::Currency(_)) =
        (unit_a.dimension, unit_b.dimension)
        && unit_a.factor == 1.0
        && unit_b.factor < 1.0
    {
        unit_b.dimension = units::Dimension::Currency(major);
    }
    if unit_a.dimension != unit_b.dimension {
        return None;
    }
    let words: Vec<String> = between.iter().map(|l| l.text.to_lowercase()).collect();
    let words: Vec<&str> = words.iter().map(String::as_str).collect();
    // "between"/"from" opens the first quantity, or stands just before it.
    let opens = |at: usize| lexemes[at].is("between") || lexemes[at].is("from");
    let opened =
        opens(first.lexemes.start) || (first.lexemes.start > 0 && opens(first.lexemes.start - 1));
    let range_joiner =
        matches!(words.as_slice(), ["to"] | ["-"] | ["and"] if opened || words != ["and"]);
    // "fell €40m to €310m", "rose from $90m to $110m": a change and the level reached (and
    // the level before), not a range.
    let from = [
        Some(first.lexemes.start),
        first.lexemes.start.checked_sub(1),
    ]
    .into_iter()
    .flatten()
    .find(|&at| lexemes[at].is("from"));
    // "collapsed from 10.7% to 3.0%": a range runs upward, so `from` a figure down to a
    // smaller one is a movement, whatever the verb.
    let changing = change::follows_change(lexemes, first.lexemes.start)
        || (lexemes[first.lexemes.start].is("from")
            && change::follows_change(lexemes, first.lexemes.start + 1))
        || from.is_some_and(|from| {
            unit_a.to_base(a.low) > unit_b.to_base(b.high)
                && b.high >= 0.0
                && !ranging(lexemes, from)
        });
    if range_joiner
        && !changing
        && (opened || words == ["-"] || words == ["to"])
        && unit_a.name == unit_b.name
        && a.is_exact()
        && b.is_exact()
        && a.qualifier.is_none()
        && a.change.is_none()
        // A hedged second figure ends no range unless `between` or `from` opens it:
        // "£1,021,475 – roughly £4,000 a week –" is an aside, "5 to about 10" no range.
        && (opened || b.qualifier.is_none())
    {
        let mut merged = first.clone();
        if !opens(first.lexemes.start) && first.lexemes.start > 0 && opens(first.lexemes.start - 1)
        {
            merged.lexemes.start -= 1;
            merged.span.start = lexemes[merged.lexemes.start].span.start;
        }
        merged.quantity.low = a.low.min(b.low);
        merged.quantity.high = a.high.max(b.high);
        merged.span.end = second.span.end;
        merged.value_span.end = second.value_span.end;
        merged.lexemes.end = second.lexemes.end;
        return Some(merged);
    }
    // "between 18 months and four years": a range across units of one dimension, in the
    // smaller unit.
    if range_joiner
        && opened
        && !changing
        && unit_a.name != unit_b.name
        && a.is_exact()
        && b.is_exact()
        && a.change.is_none()
        && !matches!(unit_a.dimension, units::Dimension::Currency(_))
    {
        let small = if unit_a.to_base(1.0) <= unit_b.to_base(1.0) {
            unit_a
        } else {
            unit_b
        };
        // Months and years convert exactly (12 to the year), whatever a day count says.
        let in_small = |unit: units::MeasureUnit, value: f64| match (unit.name, small.name) {
            ("year", "month") => value * 12.0,
            _ => unit.to_base(value) / small.factor,
        };
        let low = in_small(unit_a, a.low);
        let high = in_small(unit_b, b.high);
        if low < high {
            let mut merged = if small.name == unit_a.name {
                first.clone()
            } else {
                second.clone()
            };
            if !opens(first.lexemes.start) && first.lexemes.start > 0 {
                merged.lexemes.start = first.lexemes.start - 1;
            } else {
                merged.lexemes.start = first.lexemes.start;
            }
            merged.span.start = lexemes[merged.lexemes.start].span.start;
            merged.value_span.start = first.value_span.start;
            merged.span.end = second.span.end;
            merged.value_span.end = second.value_span.end;
            merged.lexemes.end = second.lexemes.end;
            merged.quantity.low = low;
            merged.quantity.high = high;
            return Some(merged);
        }
    }
    // Compound amounts: bigger unit first, joined by nothing, a comma or "and".
    let compound = matches!(words.as_slice(), [] | [","] | ["and"] | [",", "and"])
        // (Of the measures a person states in parts: "6 ft 2 in", "2 hours and 5 minutes", "£5 and 50p";
        // never "5 GW and 300MW" of two plants.)
        && matches!(
            unit_a.dimension,
            units::Dimension::Length
                | units::Dimension::Mass
                | units::Dimension::Duration
                | units::Dimension::Area
                | units::Dimension::Volume
                | units::Dimension::Speed
                | units::Dimension::Currency(_)
        );
    if !compound
        || !a.is_exact()
        || !b.is_exact()
        || b.qualifier.is_some()
        || unit_a.to_base(1.0) <= unit_b.to_base(1.0)
    {
        return None;
    }
    if matches!(unit_a.dimension, units::Dimension::Currency(_))
        && units::major_of(&unit_b).is_none()
    {
        return None;
    }
    let total = (unit_a.to_base(a.low) + unit_b.to_base(b.low)) / unit_b.factor;
    let mut merged = second.clone();
    if let Some(unit) = merged.quantity.unit.as_mut() {
        unit.measure = Some(unit_b);
    }
    merged.quantity.low = total;
    merged.quantity.high = total;
    merged.quantity.qualifier = a.qualifier.clone();
    merged.span.start = first.span.start;
    merged.value_span.start = first.value_span.start;
    merged.lexemes.start = first.lexemes.start;
    Some(merged)
}

/// `$20 43`, `1 hour thirty`, `3 GBP and one`: a bare number under 100 right after a money
/// amount or a duration, ending the phrase, counts in the next smaller unit.
pub(super) fn smaller_tail(lexemes: &[Lexeme<'_>], found: &mut Found) {
    let Some(measure) = found.quantity.measure() else {
        return;
    };
    let Some(smaller) = units::smaller(&measure) else {
        return;
    };
    if !found.quantity.is_exact() {
        return;
    }
    let mut at = found.lexemes.end;
    if lexemes.get(at).is_some_and(|l| l.is("and")) {
        at += 1;
    }
    let Some(read) = number_at(lexemes, at, false) else {
        return;
    };
    let ends_phrase = lexemes
        .get(read.end)
        .is_none_or(|l| l.kind == Kind::Symbol && l.text != "-")
        && measure_at(lexemes, read.end).is_none();
    if !ends_phrase
        || read.low != read.high
        || read.low >= 100.0
        || read.low.fract() != 0.0
        || read.unit_suffix.is_some()
    {
        return;
    }
    let total = (measure.to_base(found.quantity.low) + smaller.to_base(read.low)) / measure.factor;
    found.quantity.low = total;
    found.quantity.high = total;
    found.span.end = lexemes[read.end - 1].span.end;
    found.value_span.end = found.span.end;
    found.lexemes.end = read.end;
}

/// `lexemes` without the appositions in them: a noun phrase set off by commas after the
/// figure it describes (`0.9% from May, the biggest one-month jump since 2008, and 5.4%`).
fn without_appositions<'a, 'b>(lexemes: &'b [Lexeme<'a>]) -> Vec<&'b Lexeme<'a>> {
    let mut kept = Vec::with_capacity(lexemes.len());
    let mut at = 0;
    while at < lexemes.len() {
        let opens = lexemes[at].text == ","
            && lexemes
                .get(at + 1)
                .is_some_and(|l| change::DETERMINERS.iter().any(|w| l.is(w)));
        if opens && let Some(close) = lexemes[at + 1..].iter().position(|l| l.text == ",") {
            at += close + 1;
            continue;
        }
        kept.push(&lexemes[at]);
        at += 1;
    }
    kept
}

/// A change carried through a list: `Prices rose 4.8 per cent in London and 10.2 per cent in
/// Northern Ireland` (both rises). A figure of the same unit that opens a list item after a
/// change, with no verb of its own, is a change the same way.
fn carry_change(lexemes: &[Lexeme<'_>], found: &mut [Found], at: usize) {
    let (before, rest) = found.split_at_mut(at);
    let current = &mut rest[0];
    let Some(previous) = before.last() else {
        return;
    };
    let same_unit = match (&previous.quantity.unit, &current.quantity.unit) {
        (Some(a), Some(b)) => a.measure.map(|m| m.name) == b.measure.map(|m| m.name),
        _ => false,
    };
    if current.quantity.change.is_some()
        || previous.quantity.change.is_none()
        || previous.quantity.earlier
        || !same_unit
        || !opens_list_item(lexemes, current.lexemes.start)
    {
        return;
    }
    // "and 10.2 per cent": nothing but the joiner between the items' figures and names, and
    // the prepositions of a time or a baseline ("0.9% from May and 5.4% from a year
    // earlier", "3% on the month and 5% over the year").
    // ("lost around 8% against the dollar since the start of the year and roughly 40% over
    // the past 12 months": what it moved against, and when it started.)
    let between = without_appositions(&lexemes[previous.lexemes.end..current.lexemes.start]);
    let against = between.iter().position(|l| l.is("against"));
    if between.iter().enumerate().any(|(at, l)| {
        let measured_against = against.is_some_and(|a| at > a && at <= a + 2);
        l.kind == Kind::Word
            && !l.is_capitalised()
            && !measured_against
            && ![
                "and",
                "in",
                "at",
                "for",
                "the",
                "of",
                "or",
                "from",
                "on",
                "over",
                "since",
                "during",
                "a",
                "an",
                "year",
                "month",
                "week",
                "quarter",
                "day",
                "against",
                "start",
                "beginning",
                "end",
                "past",
                "last",
                "previous",
                "this",
                "so",
                "far",
            ]
            .iter()
            .any(|w| l.is(w))
    }) {
        return;
    }
    current.quantity.change = previous.quantity.change;
}

/// Whether a word of ranging stands right before the `from` at `from`: `temperatures
/// ranged from -18 °C to -34 °C` is a range whichever way it runs.
fn ranging(lexemes: &[Lexeme<'_>], from: usize) -> bool {
    from.checked_sub(1).is_some_and(|at| {
        [
            "ranged", "ranging", "range", "ranges", "varied", "varying", "vary", "varies",
        ]
        .iter()
        .any(|w| lexemes[at].is(w))
    })
}
