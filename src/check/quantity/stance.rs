//! What a sentence says happened to its figure, as far as it decides a claim: whether the
//! figure is denied (`did not cut 500 jobs`, `500 jobs were not cut`), and which way its verb
//! goes among verbs that come in opposite pairs (`MPs rejected the deal 432-202` against
//! `backed`; `Labour won 212 seats` against `lost`).
//!
//! A claim saying the figure the other way than the article is refuted: the article gives
//! the figure, but says the opposite of it. Only the figure's own clause counts, a few
//! words either side of it, never past punctuation or a word opening another clause
//! (`The firm, which did not comment, cut 500 jobs`: the `not` is not the figure's).

use crate::article::Analysis;
use crate::recognise::Mention;
use crate::text::words::is_negator;

/// The two sides of a pair of opposite verbs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Side {
    /// Approval: `backed`, `approved`, `passed`.
    For,
    /// Rejection: `rejected`, `defeated`, `voted down`.
    Against,
    /// Gain: `added`, `won`, `hired`.
    Gain,
    /// Loss: `cut`, `lost`, `shed`.
    Loss,
    /// A change made to a level: `cut`, `raised`, `lowered`.
    Changed,
    /// A level kept as it was: `held`, `kept`, `left unchanged`.
    Held,
}

impl Side {
    fn opposes(self, other: Side) -> bool {
        matches!(
            (self, other),
            (Side::For, Side::Against)
                | (Side::Against, Side::For)
                | (Side::Gain, Side::Loss)
                | (Side::Loss, Side::Gain)
                | (Side::Changed, Side::Held)
                | (Side::Held, Side::Changed)
        )
    }
}

/// What a sentence says of its figure.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct Stance {
    /// The figure is denied (`did not cut`, `have never been found`): the words, and the
    /// verb denied (`cut`, `found`).
    pub negated: Option<(String, String)>,
    /// The nearest verb of a pair of opposites, and its sides (`cut` is a loss and a
    /// change made to a level).
    pub verb: Option<(String, Vec<Side>)>,
    /// The words read around the figure.
    pub words: Vec<String>,
}

/// Verbs (by their forms) of each side. Two-word verbs are matched as two words.
const VERBS: &[(&str, Side)] = &[
    ("approve", Side::For),
    ("approved", Side::For),
    ("approves", Side::For),
    ("back", Side::For),
    ("backed", Side::For),
    ("backs", Side::For),
    ("endorse", Side::For),
    ("endorsed", Side::For),
    ("endorses", Side::For),
    ("ratified", Side::For),
    ("ratify", Side::For),
    ("adopted", Side::For),
    ("upheld", Side::For),
    ("confirmed", Side::For),
    ("passed", Side::For),
    ("voted for", Side::For),
    ("voted in favour", Side::For),
    ("voted in favor", Side::For),
    ("reject", Side::Against),
    ("rejected", Side::Against),
    ("rejects", Side::Against),
    ("defeated", Side::Against),
    ("voted down", Side::Against),
    ("voted against", Side::Against),
    ("blocked", Side::Against),
    ("vetoed", Side::Against),
    ("overturned", Side::Against),
    ("struck down", Side::Against),
    ("turned down", Side::Against),
    ("threw out", Side::Against),
    ("add", Side::Gain),
    ("added", Side::Gain),
    ("adds", Side::Gain),
    ("created", Side::Gain),
    ("hired", Side::Gain),
    ("gained", Side::Gain),
    ("won", Side::Gain),
    ("wins", Side::Gain),
    ("cut", Side::Loss),
    ("cuts", Side::Loss),
    ("shed", Side::Loss),
    ("sheds", Side::Loss),
    ("lost", Side::Loss),
    ("loses", Side::Loss),
    ("eliminated", Side::Loss),
    ("slashed", Side::Loss),
    ("axed", Side::Loss),
    ("laid off", Side::Loss),
    // Nouns of a result that come in opposite pairs: "a profit of nearly $1bn" against "a
    // loss of nearly US$1-billion".
    ("profit", Side::Gain),
    ("profits", Side::Gain),
    ("surplus", Side::Gain),
    ("loss", Side::Loss),
    ("losses", Side::Loss),
    ("deficit", Side::Loss),
    ("cut", Side::Changed),
    ("cuts", Side::Changed),
    ("slashed", Side::Changed),
    ("raised", Side::Changed),
    ("raises", Side::Changed),
    ("lowered", Side::Changed),
    ("lowers", Side::Changed),
    ("reduced", Side::Changed),
    ("increased", Side::Changed),
    ("hiked", Side::Changed),
    ("trimmed", Side::Changed),
    ("held", Side::Held),
    ("holds", Side::Held),
    ("kept", Side::Held),
    ("keeps", Side::Held),
    ("maintained", Side::Held),
    ("left unchanged", Side::Held),
    ("unchanged", Side::Held),
    ("steady", Side::Held),
    ("rose", Side::Changed),
    ("rises", Side::Changed),
    ("fell", Side::Changed),
    ("falls", Side::Changed),
    ("climbed", Side::Changed),
    ("dropped", Side::Changed),
    ("declined", Side::Changed),
    ("jumped", Side::Changed),
    ("surged", Side::Changed),
    ("slumped", Side::Changed),
    ("decreased", Side::Changed),
    ("edged", Side::Changed),
];

/// Words that open another clause: a stance is not read past them.
const CLAUSE_WORDS: &[&str] = &[
    "and", "or", "but", "while", "whereas", "which", "who", "that", "whether", "if", "when",
    "because", "although", "though", "after", "before", "as", "since", "unless", "said", "says",
];

/// Words after `not` that make it part of a bound or a scope, not a denial (`not more than
/// 500`, `not only 500`, `not until 2025`).
const NOT_A_DENIAL: &[&str] = &[
    "more",
    "less",
    "fewer",
    "over",
    "under",
    "above",
    "below",
    "only",
    "just",
    "quite",
    "until",
    "least",
    "most",
    "exceeding",
    "even",
    "all",
    "every",
    "much",
    "many",
    "far",
];

/// How far from the figure a stance is looked for, in words.
const REACH_BEFORE: usize = 8;
const REACH_AFTER: usize = 7;

fn side_of(words: &[String], at: usize) -> Option<(String, Vec<Side>)> {
    let sides = |verb: &str| -> Vec<Side> {
        VERBS
            .iter()
            .filter(|(v, _)| *v == verb)
            .map(|(_, side)| *side)
            .collect()
    };
    if let Some(next) = words.get(at + 1) {
        let two = format!("{} {next}", words[at]);
        let found = sides(&two);
        if !found.is_empty() {
            return Some((two, found));
        }
    }
    let found = sides(&words[at]);
    (!found.is_empty()).then(|| (words[at].clone(), found))
}

/// A denial at `at` among `words`: a negator not opening a bound.
fn denies(words: &[String], at: usize) -> bool {
    is_negator(&words[at])
        && words
            .get(at + 1)
            .is_none_or(|next| !NOT_A_DENIAL.contains(&next.as_str()))
}

/// The denial at `at` among `words`, with its auxiliary before it: its words and the verb
/// it denies (the first word after it that is no auxiliary).
fn denial(words: &[String], at: usize) -> Option<(String, String)> {
    if !denies(words, at) {
        return None;
    }
    let from = if at > 0 && is_verbal(&words[at - 1]) {
        at - 1
    } else {
        at
    };
    let verb = (at + 1..words.len()).find(|&i| !is_verbal(&words[i]) && words[i] != "yet")?;
    Some((words[from..=verb].join(" "), words[verb].clone()))
}

/// The stance of words before a figure (nearest last) and after it (nearest first).
fn read(before: &[String], following: &[String]) -> Stance {
    let mut stance = Stance::default();
    for at in (0..before.len()).rev() {
        if stance.verb.is_none() {
            stance.verb = side_of(before, at);
        }
        if stance.negated.is_none() {
            stance.negated = denial(before, at);
        }
    }
    // "The DUP's 10 MPs voted against the bill": the verb after the figure's noun.
    for at in 0..following.len() {
        if stance.verb.is_none() {
            stance.verb = side_of(following, at);
        }
    }
    // The figure's own words (`500 jobs`) are not its stance.
    let after = match following.iter().position(|w| is_verbal(w)) {
        Some(verb) => &following[verb..],
        None => &[],
    };
    // "500 jobs were not cut": a denial after the figure, before any other figure.
    for at in 0..after.len() {
        if stance.negated.is_none() {
            stance.negated = denial(after, at);
        }
    }
    stance.words = before.iter().chain(following).cloned().collect();
    stance
}

/// The stance of the article's sentence towards `mention`.
pub(super) fn of_mention(analysis: &Analysis, mention: &Mention) -> Stance {
    let sentence = &analysis.sentences[mention.sentence];
    let first = analysis.token_at(mention.span.start);
    let last = analysis.token_at(mention.span.end);
    let others = || {
        analysis
            .mentions
            .iter()
            .filter(|m| m.sentence == mention.sentence && m.span != mention.span)
    };
    let previous = others()
        .filter(|m| m.span.end <= mention.span.start)
        .map(|m| analysis.token_at(m.span.end))
        .max()
        .unwrap_or(sentence.tokens.start);
    let next = others()
        .filter(|m| m.span.start >= mention.span.end)
        .map(|m| analysis.token_at(m.span.start))
        .min()
        .unwrap_or(sentence.tokens.end);
    let word = |at: usize| analysis.slice(analysis.tokens[at].span).to_lowercase();
    // The text between two neighbouring tokens: punctuation ends a clause.
    let breaks = |left: usize, right: usize| {
        let (l, r) = (analysis.tokens[left].span, analysis.tokens[right].span);
        analysis
            .slice(crate::source::Span::new(l.end, r.start.max(l.end)))
            .contains([',', ';', ':', '(', ')', '—', '–'])
    };
    let mut before = Vec::new();
    let mut at = first;
    while at > previous.max(sentence.tokens.start) && before.len() < REACH_BEFORE {
        if breaks(at - 1, at) {
            break;
        }
        let text = word(at - 1);
        if CLAUSE_WORDS.contains(&text.as_str()) {
            break;
        }
        before.push(text);
        at -= 1;
    }
    before.reverse();
    let mut after = Vec::new();
    let mut at = last;
    let end = next.min(sentence.tokens.end);
    while at < end && after.len() < REACH_AFTER {
        if at > last && breaks(at - 1, at) {
            break;
        }
        let text = word(at);
        if CLAUSE_WORDS.contains(&text.as_str()) || text.starts_with(|c: char| c.is_ascii_digit()) {
            break;
        }
        after.push(text);
        at += 1;
    }
    read(&before, &after)
}

/// Words that begin a figure's verb after it (`were not cut`, `have never been found`).
fn is_verbal(word: &str) -> bool {
    [
        "was", "were", "is", "are", "has", "have", "had", "will", "would", "did", "do", "does",
        "could", "can", "been", "be",
    ]
    .contains(&word)
        || is_negator(word)
}

/// The stance of a claim's `says` towards its value: the words before its first figure,
/// and after it.
pub(super) fn of_claim(says: &str) -> Stance {
    let words: Vec<String> = says
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':' | '"' | '“' | '”'))
        .filter(|w| !w.is_empty())
        .map(|w| {
            w.trim_matches(|c: char| c == '.' || c == '\'' || c == '’')
                .replace('’', "'")
                .to_lowercase()
        })
        .collect();
    let figure = words
        .iter()
        .position(|w| w.chars().any(|c| c.is_ascii_digit()))
        .unwrap_or(words.len());
    let after = words.get(figure + 1..).unwrap_or_default();
    let mut stance = read(&words[..figure], after);
    stance.words = words;
    stance
}

/// Why the article's stance contradicts the claim's, if it does: the article denies with a
/// verb the claim asserts (`did not cut` against `cut`), the claim denies a verb the article
/// asserts, or their verbs are opposites (`rejected` against `backed`). A denial in other
/// words (`his first race in a year and a half` for `had not raced`) decides nothing.
pub(super) fn contradiction(claimed: &Stance, stated: &Stance) -> Option<String> {
    match (&claimed.negated, &stated.negated) {
        (None, Some((words, verb))) if claimed.words.contains(verb) => {
            return Some(format!("the article denies it: \"{words}\""));
        }
        (Some((_, verb)), None) if stated.words.contains(verb) => {
            return Some(format!("the article says \"{verb}\", not that it did not"));
        }
        _ => {}
    }
    let ((_, claimed_sides), (verb, stated_sides)) =
        (claimed.verb.as_ref()?, stated.verb.as_ref()?);
    claimed_sides
        .iter()
        .any(|claimed| stated_sides.iter().any(|stated| claimed.opposes(*stated)))
        .then(|| format!("the article says \"{verb}\""))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_claim_reads_its_denial_and_its_verb() {
        let plain = of_claim("The company cut 500 jobs");
        assert_eq!(plain.negated, None);
        assert_eq!(
            plain.verb,
            Some(("cut".into(), vec![Side::Loss, Side::Changed]))
        );
        assert!(
            of_claim("The company did not cut 500 jobs")
                .negated
                .is_some()
        );
        assert!(
            of_claim("The company didn't cut 500 jobs")
                .negated
                .is_some()
        );
        assert!(of_claim("500 jobs were not cut").negated.is_some());
        // A bound is no denial.
        assert_eq!(of_claim("Not more than 500 jobs were cut").negated, None);
        assert_eq!(of_claim("not until 2025").negated, None);
        assert_eq!(
            of_claim("MPs voted down the deal by 432 votes to 202").verb,
            Some(("voted down".into(), vec![Side::Against]))
        );
        assert_eq!(of_claim("Inflation: 3.4%").negated, None);
        assert_eq!(of_claim("Inflation: 3.4%").verb, None);
        assert_eq!(
            of_claim("Half of the money has never been recovered").negated,
            Some(("has never been recovered".into(), "recovered".into()))
        );
    }

    #[test]
    fn opposite_verbs_and_denials_contradict_and_nothing_else_does() {
        let backed = of_claim("MPs backed the deal 432-202");
        let rejected = of_claim("MPs rejected the deal 432-202");
        assert!(contradiction(&backed, &rejected).is_some());
        assert!(contradiction(&rejected, &rejected).is_none());
        let added = of_claim("Employers added 150,000 jobs");
        let cut = of_claim("Employers cut 150,000 jobs");
        assert!(contradiction(&added, &cut).is_some());
        // Verbs of different pairs, or none, decide nothing.
        assert!(contradiction(&backed, &cut).is_none());
        // A level kept against a change made to it.
        let held = of_claim("The group held its dividend at 9.15p a share");
        let lowered = of_claim("The group cut its dividend to 9.15p a share");
        assert!(contradiction(&lowered, &held).is_some());
        assert!(contradiction(&held, &lowered).is_some());
        assert!(contradiction(&held, &held).is_none());
        assert!(contradiction(&of_claim("Inflation: 3.4%"), &cut).is_none());
        let denied = of_claim("The company did not cut 500 jobs");
        assert!(contradiction(&cut, &denied).is_some());
        assert!(contradiction(&denied, &cut).is_some());
        assert!(contradiction(&denied, &denied).is_none());
        // A denial of another verb than the claim's says nothing of it.
        let unmet = of_claim("The target has not been met in more than two decades");
        assert!(contradiction(&of_claim("Two decades"), &unmet).is_none());
        let raced = of_claim("It was his first race in a year and a half");
        assert!(
            contradiction(
                &of_claim("Kiprono had not raced for a year and a half"),
                &raced
            )
            .is_none()
        );
    }
}
