//! Whose figure is it: the entity each figure belongs to.
//!
//! In `42,000 homes lost power in Leeds, 28,800 in York and 9,500 in Hull`, 28,800 is York's;
//! in `the CDU won 208 seats, the AfD 152`, 152 is the AfD's; in `Tom Reilly, 31, and Laura
//! Kemp, 27`, 27 is Laura Kemp's. A sentence with two or more figures is read as a list: each
//! figure's owner is the name after it (behind a preposition: `in York`, `at Loftus`) or
//! before it (`the AfD 152`, `Laura Kemp, 27`), on the side the list uses. A figure no list
//! binds belongs to the name it stands in apposition to (`Marcus Doyle, 31,`), to a
//! possessive before it (`Westbury’s nine`), or to the subject of its clause: a name
//! (`Marcus Doyle … was jailed for nine years`), or a noun phrase (`gasoline was up 45.1%`,
//! `hotel room rates jumped 7.9%`), the clauses of a sentence cut at `;`, `while`, `whereas`,
//! `but` and an `and` that starts a new clause.

use super::quantity::Found;
use crate::text::lexer::{Kind, Lexeme, lower};

/// Prepositions that attach a name to the figure before them.
const ATTACHING: &[&str] = &[
    "in", "at", "for", "from", "on", "near", "across", "to", "by", "inside", "outside", "through",
    "via",
];

/// Whether the preposition at `at` attaches a name: one of [`ATTACHING`] (not the `to` of
/// `according to`, which names a source), or `of` after a direction (`north of Beaufort`).
fn attaches(lexemes: &[Lexeme<'_>], at: usize) -> bool {
    let lexeme = &lexemes[at];
    if lexeme.is("to") && at > 0 && lexemes[at - 1].is("according") {
        return false;
    }
    ATTACHING.iter().any(|w| lexeme.is(w))
        || (lexeme.is("of")
            && at > 0
            && [
                "north",
                "south",
                "east",
                "west",
                "northeast",
                "northwest",
                "southeast",
                "southwest",
                "outside",
            ]
            .iter()
            .any(|w| lexemes[at - 1].is(w)))
}

/// Capitalised words that are not names of what figures belong to.
fn is_name_word(lexeme: &Lexeme<'_>) -> bool {
    lexeme.is_capitalised()
        && lexeme.class & crate::text::lexer::class::CALENDAR == 0
        && ![
            "The", "A", "An", "This", "That", "These", "Those", "It", "Its", "He", "She", "They",
            "We", "I", "His", "Her", "Their", "Our", "In", "On", "At", "By", "For", "But", "And",
            "Of", "From", "To", "As", "With", "After", "Before", "During", "Since", "While",
        ]
        .contains(&lexeme.text)
}

/// The name whose last word is at `end` (inclusive), reading backwards: capitalised words,
/// with `of` between them (`Bank of England`) and glued `/`, `&` or `-` (`CDU/CSU`, `S&P`).
fn name_ending(lexemes: &[Lexeme<'_>], end: usize, floor: usize) -> Option<(usize, String)> {
    if !is_name_word(&lexemes[end]) {
        return None;
    }
    let mut start = end;
    while start > floor {
        let previous = &lexemes[start - 1];
        if is_name_word(previous) {
            start -= 1;
        } else if matches!(previous.text, "/" | "&" | "-")
            && !previous.spaced
            && start >= floor + 2
            && is_name_word(&lexemes[start - 2])
        {
            start -= 2;
        } else if previous.is("of") && start >= floor + 2 && is_name_word(&lexemes[start - 2]) {
            start -= 2;
        } else {
            break;
        }
    }
    Some((start, joined(&lexemes[start..=end])))
}

/// The name starting at `start`, reading forwards.
fn name_starting(lexemes: &[Lexeme<'_>], start: usize, limit: usize) -> Option<String> {
    if start >= limit || !is_name_word(&lexemes[start]) {
        return None;
    }
    let mut end = start;
    while end + 1 < limit {
        let next = &lexemes[end + 1];
        if is_name_word(next) {
            end += 1;
        } else if matches!(next.text, "/" | "&" | "-")
            && !next.spaced
            && end + 2 < limit
            && is_name_word(&lexemes[end + 2])
            && !lexemes[end + 2].spaced
        {
            end += 2;
        } else if next.is("of") && end + 2 < limit && is_name_word(&lexemes[end + 2]) {
            end += 2;
        } else {
            break;
        }
    }
    Some(joined(&lexemes[start..=end]))
}

/// A name as written, less a possessive ending (`Westbury's` → `Westbury`).
fn joined(lexemes: &[Lexeme<'_>]) -> String {
    let mut text = String::new();
    for (index, lexeme) in lexemes.iter().enumerate() {
        if index > 0 && lexeme.spaced {
            text.push(' ');
        }
        text.push_str(lexeme.text);
    }
    match text.strip_suffix("'s") {
        Some(name) => name.to_string(),
        None => text,
    }
}

/// The name a preposition attaches after the figure: `in York`, `at Emley Moor`, `in the
/// Americas`, `in eastern Chad`, `in the Chadian town of Abeche`; looked for up to the next
/// figure.
fn name_after(lexemes: &[Lexeme<'_>], from: usize, limit: usize) -> Option<String> {
    let mut at = from;
    while at < limit {
        let lexeme = &lexemes[at];
        if attaches(lexemes, at) {
            let mut name = at + 1;
            if lexemes.get(name).is_some_and(|l| l.is("the")) {
                name += 1;
            }
            // "the Chadian town of Abeche": the name after the place's noun.
            let mut look = name;
            while look < limit
                && look < name + 4
                && lexemes[look].kind == Kind::Word
                && !lexemes[look].is("of")
            {
                look += 1;
            }
            if look + 1 < limit && lexemes[look].is("of") {
                if let Some(found) = name_starting(lexemes, look + 1, limit) {
                    return Some(found);
                }
            }
            // "in eastern Chad": a lower-case word before the name.
            if lexemes
                .get(name)
                .is_some_and(|l| l.kind == Kind::Word && !l.is_capitalised())
                && lexemes.get(name + 1).is_some_and(is_name_word)
                && name + 1 < limit
            {
                name += 1;
            }
            if let Some(found) = name_starting(lexemes, name, limit) {
                return Some(found);
            }
        }
        if matches!(lexeme.text, ";" | "(") {
            return None;
        }
        at += 1;
    }
    None
}

/// The name before the figure starting at `start`: right before it (`the AfD 152`), before
/// an apposition's comma (`Laura Kemp, 27`) or a colon, or before a word or two that keep
/// them together (`Labour won 212 seats`).
fn name_before(lexemes: &[Lexeme<'_>], start: usize, floor: usize) -> Option<String> {
    let mut at = start;
    if at > floor && matches!(lexemes[at - 1].text, "," | ":") {
        at -= 1;
    }
    // A verb between them keeps them together ("Labour won 212 seats").
    if at > floor
        && is_verb(lexemes, at - 1)
        && lexemes[at - 1].class & crate::text::lexer::class::SPEECH_VERB == 0
    {
        at -= 1;
    }
    let end = at.checked_sub(1).filter(|&end| end >= floor)?;
    let (start, name) = name_ending(lexemes, end, floor)?;
    // A sentence's first word alone, capitalised for its place ("Regular gasoline averaged").
    let sentence_word = start == 0
        && start == end
        && lexemes
            .get(end + 1)
            .is_some_and(|l| l.kind == Kind::Word && !l.is_capitalised());
    (!sentence_word).then_some(name)
}

/// The owner of each figure of a sentence (`found`, in order).
pub(crate) fn owners(lexemes: &[Lexeme<'_>], found: &[Found]) -> Vec<Option<String>> {
    let mut owners = list_owners(lexemes, found);
    for (index, figure) in found.iter().enumerate() {
        if owners[index].is_none() {
            let start = figure.lexemes().start;
            owners[index] = apposed(lexemes, start)
                .or_else(|| possessor(lexemes, start))
                .or_else(|| clause_subject(lexemes, start));
        }
    }
    owners
}

/// The owner of each figure of a sentence (`found`, in order), where the sentence lists the
/// figures of two or more entities.
fn list_owners(lexemes: &[Lexeme<'_>], found: &[Found]) -> Vec<Option<String>> {
    let mut owners = vec![None; found.len()];
    // A bare "9m" read twice is one figure.
    let figures: Vec<usize> = (0..found.len())
        .filter(|&i| i == 0 || found[i].lexemes().start >= found[i - 1].lexemes().end)
        .collect();
    if figures.len() < 2 {
        return owners;
    }
    let mut after = Vec::new();
    let mut before = Vec::new();
    for (n, &i) in figures.iter().enumerate() {
        let range = found[i].lexemes();
        let limit = figures
            .get(n + 1)
            .map_or(lexemes.len(), |&next| found[next].lexemes().start);
        let floor = n
            .checked_sub(1)
            .map_or(0, |previous| found[figures[previous]].lexemes().end);
        after.push(name_after(lexemes, range.end, limit));
        before.push(name_before(lexemes, range.start, floor));
    }
    // The side the list names its entities on: after (`in York`) unless more figures are
    // named before them (`the AfD 152`).
    let named_after = after.iter().filter(|n| n.is_some()).count();
    let named_before = before.iter().filter(|n| n.is_some()).count();
    let (first, second) = if named_before > named_after {
        (&before, &after)
    } else {
        (&after, &before)
    };
    let chosen: Vec<Option<String>> = first
        .iter()
        .zip(second)
        .map(|(a, b)| a.clone().or_else(|| b.clone()))
        .collect();
    let distinct: std::collections::BTreeSet<&String> = chosen.iter().flatten().collect();
    if distinct.len() < 2 {
        return owners;
    }
    for (n, &i) in figures.iter().enumerate() {
        owners[i].clone_from(&chosen[n]);
        // The second reading of the same words has the same owner.
        if let Some(twin) = found.get(i + 1)
            && twin.lexemes().start < found[i].lexemes().end
        {
            owners[i + 1].clone_from(&chosen[n]);
        }
    }
    owners
}

/// `Marcus Doyle, 31,`: a figure right after a name and its comma (an age, a score).
fn apposed(lexemes: &[Lexeme<'_>], start: usize) -> Option<String> {
    let comma = start.checked_sub(1)?;
    if lexemes[comma].text != "," || comma == 0 {
        return None;
    }
    // The figure ends its apposition: a comma, a full stop or the end follows it.
    name_ending(lexemes, comma - 1, 0).map(|(_, name)| name)
}

/// `Westbury’s nine`, `Kirby's 1,700 soldiers`: a possessive name right before the figure.
fn possessor(lexemes: &[Lexeme<'_>], start: usize) -> Option<String> {
    let before = &lexemes[start.checked_sub(1)?];
    let name = before.text.strip_suffix("'s")?;
    (before.is_capitalised() && before.kind == Kind::Word).then(|| name.to_string())
}

/// Words that are verbs wherever they stand.
const VERBS: &[&str] = &[
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "has",
    "have",
    "had",
    "will",
    "would",
    "could",
    "can",
    "may",
    "might",
    "must",
    "should",
    "got",
    "won",
    "took",
    "put",
    "gave",
    "made",
    "hit",
    "reached",
    "averaged",
    "totalled",
    "totaled",
    "stood",
    "came",
    "cost",
    "costs",
    "sold",
    "bought",
    "paid",
    "spent",
    "ran",
    "finished",
    "scored",
    "recorded",
    "reported",
    "posted",
    "saw",
    "set",
    "held",
    "kept",
    "left",
    "killed",
    "injured",
    "received",
    "earned",
    "owns",
    "holds",
    "employs",
    "needs",
    "takes",
    "gets",
    "wins",
    "sees",
    "makes",
    "puts",
    "peaked",
    "topped",
    "exceeded",
    "numbered",
    "included",
    "includes",
    "lost",
    "fell",
    "rose",
    "climbed",
    "jumped",
    "soared",
    "slipped",
    "dropped",
    "gained",
    "added",
    "surged",
    "slumped",
    "tumbled",
    "plunged",
    "declined",
    "grew",
    "shrank",
    "increased",
    "decreased",
    "eased",
    "dipped",
    "advanced",
    "rallied",
    "cut",
    "raised",
    "widened",
    "narrowed",
    "doubled",
    "halved",
    "tripled",
    "clocked",
    "crossed",
    "led",
    "trailed",
    "beat",
    "drew",
    "sent",
    "brought",
    "began",
    "built",
    "caught",
    "chose",
    "did",
    "drove",
    "felt",
    "fought",
    "found",
    "flew",
    "gave",
    "went",
    "heard",
    "knew",
    "meant",
    "met",
    "shot",
    "showed",
    "sank",
    "sat",
    "spoke",
    "spread",
    "stole",
    "struck",
    "taught",
    "thought",
    "threw",
    "wore",
    "wrote",
    "shed",
    "owes",
    "owed",
    "runs",
    "faces",
    "faced",
    "carries",
    "carried",
    "remains",
    "remained",
    "stands",
    "accounts",
    "accounted",
    "represents",
    "represented",
    "means",
    "sits",
    "lies",
    "hosts",
    "housed",
    "houses",
    "hold",
    "hosted",
];

/// Whether the lexeme at `at` is a verb: one of [`VERBS`], a verb of saying, or a word in
/// `-ed` that a figure, a determiner or a preposition follows (`soared 10.5%`).
fn is_verb(lexemes: &[Lexeme<'_>], at: usize) -> bool {
    let lexeme = &lexemes[at];
    if lexeme.kind != Kind::Word || lexeme.is_capitalised() {
        return false;
    }
    if VERBS.iter().any(|v| lexeme.is(v))
        || lexeme.class & crate::text::lexer::class::SPEECH_VERB != 0
    {
        return true;
    }
    lexeme.text.ends_with("ed")
        && lexemes.get(at + 1).is_some_and(|next| {
            next.kind != Kind::Word
                || [
                    "the", "a", "an", "to", "by", "at", "in", "on", "from", "up", "down", "about",
                    "more", "nearly", "almost", "some", "around",
                ]
                .iter()
                .any(|w| next.is(w))
        })
}

/// Whether a clause starts after the lexeme at `at`: `;`, `while`, `whereas`, `but`, or an
/// `and` (after a comma or not) with a subject and its verb after it before any figure.
fn clause_boundary(lexemes: &[Lexeme<'_>], at: usize) -> bool {
    let lexeme = &lexemes[at];
    if matches!(lexeme.text, ";" | ":") || ["while", "whereas", "but"].iter().any(|w| lexeme.is(w))
    {
        return true;
    }
    // An "and" before any verb joins the subject's nouns ("Used car and truck prices").
    if !lexeme.is("and") || !(0..at).any(|before| is_verb(lexemes, before)) {
        return false;
    }
    // "and hotel room rates jumped 7.9%": a subject then a verb before the next figure.
    let mut seen_word = false;
    for next in at + 1..(at + 7).min(lexemes.len()) {
        if lexemes[next].kind == Kind::Number {
            return false;
        }
        if is_verb(lexemes, next) {
            return seen_word;
        }
        seen_word |= lexemes[next].kind == Kind::Word;
    }
    false
}

/// Words that open a subject without naming it.
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those", "and", "but",
    "while", "whereas", "of", "some", "all", "our",
];

/// The subject of the clause the figure at `start` stands in, where the figure follows the
/// clause's verb: the first name in it not governed by a preposition, or its words.
fn clause_subject(lexemes: &[Lexeme<'_>], start: usize) -> Option<String> {
    let mut clause = start;
    while clause > 0 && !clause_boundary(lexemes, clause - 1) {
        clause -= 1;
    }
    // Past an opening phrase: "On Thursday,", "Across the UK,", "In York,".
    let opening = lexemes[clause..start]
        .iter()
        .position(|l| l.text == ",")
        .filter(|&comma| {
            let first = &lexemes[clause];
            comma < 8
                && first.kind == Kind::Word
                && [
                    "in",
                    "on",
                    "at",
                    "across",
                    "after",
                    "before",
                    "since",
                    "during",
                    "by",
                    "for",
                    "last",
                    "this",
                    "over",
                    "under",
                    "with",
                    "among",
                    "from",
                    "according",
                    "as",
                ]
                .iter()
                .any(|w| first.is(w))
        });
    if let Some(comma) = opening {
        clause += comma + 1;
    }
    // Past a conjunction: "and Platt for 14 years".
    while clause < start
        && ["and", "but", "while", "whereas", ","]
            .iter()
            .any(|w| lexemes[clause].is(w) || lexemes[clause].text == *w)
    {
        clause += 1;
    }
    let Some(verb) = (clause..start).find(|&at| is_verb(lexemes, at)) else {
        // A clause without a verb ("Mellor, 40, of Stretford, for 15 years") is about the
        // name it opens with.
        return name_starting(lexemes, clause, start).filter(|_| is_name_word(&lexemes[clause]));
    };
    if verb == clause {
        return None;
    }
    // The subject ends at an insertion's comma ("Services inflation, watched closely by …,").
    let end = (clause..verb)
        .find(|&at| lexemes[at].text == "," && at > clause)
        .unwrap_or(verb);
    let subject = &lexemes[clause..end];
    let first = subject
        .iter()
        .find(|l| !DETERMINERS.iter().any(|d| l.is(d)))?;
    // A figure of the subject's own ("Nine homes have been lost: three…") or a pronoun
    // ("It compared…") names no owner.
    if first.kind == Kind::Number
        || [
            "it", "they", "he", "she", "we", "i", "this", "that", "there",
        ]
        .iter()
        .any(|w| first.is(w))
    {
        return None;
    }
    // A name not governed by a preposition ("Ringleader Marcus Doyle, 31, from Croydon").
    let mut at = 0;
    while at < subject.len() {
        let governed = at > 0
            && [
                "of", "from", "in", "at", "for", "to", "on", "by", "near", "with",
            ]
            .iter()
            .any(|w| subject[at - 1].is(w));
        let sentence_word = clause + at == 0
            && subject
                .get(at + 1)
                .is_some_and(|l| l.kind == Kind::Word && !l.is_capitalised());
        if is_name_word(&subject[at]) && !governed && !sentence_word {
            return name_starting(subject, at, subject.len());
        }
        at += 1;
    }
    let words: Vec<String> = subject
        .iter()
        .filter(|l| l.kind == Kind::Word)
        .map(|l| lower(l.text).into_owned())
        .skip_while(|w| DETERMINERS.contains(&w.as_str()))
        .take_while(|w| !["who", "which", "that"].contains(&w.as_str()))
        .collect();
    (!words.is_empty() && words.len() <= 8).then(|| words.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recognise::vocabulary::lex;

    fn owned(text: &str) -> Vec<(String, Option<String>)> {
        let lexemes = lex(text, 0);
        let found = crate::recognise::quantity::find(&lexemes, &[]);
        let owners = owners(&lexemes, &found);
        found
            .iter()
            .zip(owners)
            .map(|(f, o)| (text[f.span.range()].to_string(), o))
            .collect()
    }

    fn owner_list(text: &str) -> Vec<Option<String>> {
        owned(text).into_iter().map(|(_, o)| o).collect()
    }

    #[test]
    fn each_figure_of_a_list_belongs_to_its_own_item() {
        assert_eq!(
            owner_list(
                "Northern Powergrid said 42,000 homes lost power in Leeds, 28,800 in York and 9,500 in Hull."
            ),
            [
                Some("Leeds".into()),
                Some("York".into()),
                Some("Hull".into())
            ]
        );
        assert_eq!(
            owner_list(
                "The strongest gust, 94mph, was recorded at Loftus, with 81mph at Emley Moor and 76mph at Leeds Bradford Airport."
            ),
            [
                Some("Loftus".into()),
                Some("Emley Moor".into()),
                Some("Leeds Bradford Airport".into())
            ]
        );
        assert_eq!(
            owner_list("The CDU/CSU won 208 seats, the AfD 152 and the SPD 120."),
            [
                Some("CDU/CSU".into()),
                Some("AfD".into()),
                Some("SPD".into())
            ]
        );
        assert_eq!(
            owner_list("The passengers were Tom Reilly, 31, and Laura Kemp, 27."),
            [Some("Tom Reilly".into()), Some("Laura Kemp".into())]
        );
        assert_eq!(
            owner_list("Revenue was $4.1bn in the Americas, $2.2bn in Europe and $900m in Asia."),
            [
                Some("Americas".into()),
                Some("Europe".into()),
                Some("Asia".into())
            ]
        );
    }

    #[test]
    fn a_figure_outside_a_list_belongs_to_its_apposition_or_clause() {
        assert_eq!(
            owner_list("Ringleader Marcus Doyle, 31, from Croydon, was jailed for nine years."),
            [
                Some("Ringleader Marcus Doyle".into()),
                Some("Ringleader Marcus Doyle".into())
            ]
        );
        assert_eq!(
            owner_list(
                "Used car and truck prices soared 10.5% in June, while gasoline was up 45.1%."
            ),
            [
                Some("used car and truck prices".into()),
                Some("gasoline".into())
            ]
        );
        assert_eq!(
            owner_list("Harbour City had 17 shots to Westbury's nine."),
            [Some("Harbour City".into()), Some("Westbury".into())]
        );
        assert_eq!(
            owner_list("Three other passengers died at the scene."),
            [None]
        );
    }
}
