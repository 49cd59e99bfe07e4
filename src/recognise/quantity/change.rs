//! What a figure is besides a level: a change with its direction (`rose 5% to 20%`, `fell by
//! €40m`, `up 3 points`, `a 3% increase`, `a drop of 17%`, `1.2% higher`) and a score or
//! tally (`won 3-1`, `passed 312 to 290`, `by 432 votes to 202`, `a 6-4, 7-5 win`).
//!
//! A figure right after a word of change is a change; the figure after its `to` (or `at`) is
//! the level reached, and `from X to Y` after a word of change states two levels: none of
//! them is a range. A pair of whole numbers is a score where the sentence says so (a verb or
//! noun of winning, losing or voting beside it) or where the first is the larger (`3-1`: no
//! range is written high to low); otherwise it stays a range (`100-130 troops`).

use std::sync::LazyLock;

use super::Trend;
use crate::text::lexer::{Kind, Lexeme, WordSet, lower};

/// Words of change, with their direction: verbs, adverbs and nouns.
const CHANGES: &[(&str, Trend)] = &[
    ("rose", Trend::Up),
    ("rise", Trend::Up),
    ("rises", Trend::Up),
    ("rising", Trend::Up),
    ("risen", Trend::Up),
    ("increased", Trend::Up),
    ("increase", Trend::Up),
    ("increases", Trend::Up),
    ("increasing", Trend::Up),
    ("grew", Trend::Up),
    ("grow", Trend::Up),
    ("grows", Trend::Up),
    ("growing", Trend::Up),
    ("grown", Trend::Up),
    ("growth", Trend::Up),
    ("climbed", Trend::Up),
    ("climb", Trend::Up),
    ("climbs", Trend::Up),
    ("climbing", Trend::Up),
    ("jumped", Trend::Up),
    ("jump", Trend::Up),
    ("jumps", Trend::Up),
    ("surged", Trend::Up),
    ("surge", Trend::Up),
    ("surges", Trend::Up),
    ("soared", Trend::Up),
    ("soar", Trend::Up),
    ("gained", Trend::Up),
    ("gain", Trend::Up),
    ("gains", Trend::Up),
    ("advanced", Trend::Up),
    ("rallied", Trend::Up),
    ("rebounded", Trend::Up),
    ("added", Trend::Up),
    ("raised", Trend::Up),
    ("hike", Trend::Up),
    ("hiked", Trend::Up),
    ("boosted", Trend::Up),
    ("widened", Trend::Up),
    ("doubled", Trend::Up),
    ("tripled", Trend::Up),
    ("trebled", Trend::Up),
    ("up", Trend::Up),
    ("higher", Trend::Up),
    ("fell", Trend::Down),
    ("fall", Trend::Down),
    ("falls", Trend::Down),
    ("falling", Trend::Down),
    ("fallen", Trend::Down),
    ("dropped", Trend::Down),
    ("drop", Trend::Down),
    ("drops", Trend::Down),
    ("dropping", Trend::Down),
    ("declined", Trend::Down),
    ("decline", Trend::Down),
    ("declines", Trend::Down),
    ("declining", Trend::Down),
    ("decreased", Trend::Down),
    ("decrease", Trend::Down),
    ("decreases", Trend::Down),
    ("slipped", Trend::Down),
    ("slip", Trend::Down),
    ("slips", Trend::Down),
    ("slid", Trend::Down),
    ("slide", Trend::Down),
    ("sank", Trend::Down),
    ("sunk", Trend::Down),
    ("shrank", Trend::Down),
    ("shrunk", Trend::Down),
    ("tumbled", Trend::Down),
    ("plunged", Trend::Down),
    ("plunge", Trend::Down),
    ("slumped", Trend::Down),
    ("slump", Trend::Down),
    ("dipped", Trend::Down),
    ("dip", Trend::Down),
    ("eased", Trend::Down),
    ("retreated", Trend::Down),
    ("lost", Trend::Down),
    ("shed", Trend::Down),
    ("cut", Trend::Down),
    ("cuts", Trend::Down),
    ("cutting", Trend::Down),
    ("slashed", Trend::Down),
    ("slashing", Trend::Down),
    // "wiping more than ¥900bn off its market value", "knocked 3% off": what came off.
    ("wiped", Trend::Down),
    ("wiping", Trend::Down),
    ("wipes", Trend::Down),
    ("knocked", Trend::Down),
    ("knocking", Trend::Down),
    ("shaved", Trend::Down),
    ("shaving", Trend::Down),
    ("lowered", Trend::Down),
    ("lowering", Trend::Down),
    ("reducing", Trend::Down),
    ("reduced", Trend::Down),
    ("reduction", Trend::Down),
    ("contracted", Trend::Down),
    ("contraction", Trend::Down),
    ("narrowed", Trend::Down),
    ("halved", Trend::Down),
    ("down", Trend::Down),
    ("lower", Trend::Down),
    // A currency or a market's tone: `the rupee strengthened to 58.79`.
    ("strengthened", Trend::Up),
    ("strengthens", Trend::Up),
    ("firmed", Trend::Up),
    ("weakened", Trend::Down),
    ("weakens", Trend::Down),
    ("softened", Trend::Down),
    // Other forms of the same verbs ("lifting its share to 21.4%").
    ("lift", Trend::Up),
    ("lifts", Trend::Up),
    ("lifted", Trend::Up),
    ("lifting", Trend::Up),
    ("boost", Trend::Up),
    ("boosts", Trend::Up),
    ("boosting", Trend::Up),
    ("raise", Trend::Up),
    ("raises", Trend::Up),
    ("raising", Trend::Up),
    ("jumping", Trend::Up),
    ("surging", Trend::Up),
    ("soars", Trend::Up),
    ("soaring", Trend::Up),
    ("gaining", Trend::Up),
    ("widen", Trend::Up),
    ("widens", Trend::Up),
    ("widening", Trend::Up),
    ("hikes", Trend::Up),
    // ("adding 254,000 jobs"; not "adds", which a claim says of a sum a change costs: "the
    // rise adds £224 a month".)
    ("adding", Trend::Up),
    ("rallies", Trend::Up),
    ("rallying", Trend::Up),
    ("rebounds", Trend::Up),
    ("rebounding", Trend::Up),
    ("sheds", Trend::Down),
    ("shedding", Trend::Down),
    ("loses", Trend::Down),
    ("losing", Trend::Down),
    ("slowed", Trend::Down),
    ("slows", Trend::Down),
    ("slowing", Trend::Down),
    ("eases", Trend::Down),
    ("easing", Trend::Down),
    ("dips", Trend::Down),
    ("dipping", Trend::Down),
    ("tumbles", Trend::Down),
    ("tumbling", Trend::Down),
    ("plunges", Trend::Down),
    ("plunging", Trend::Down),
    ("slumps", Trend::Down),
    ("slumping", Trend::Down),
    ("shrinks", Trend::Down),
    ("shrinking", Trend::Down),
    ("hiking", Trend::Up),
    ("spiked", Trend::Up),
    ("spiking", Trend::Up),
    ("accelerated", Trend::Up),
    ("accelerating", Trend::Up),
    ("swelled", Trend::Up),
    ("swelling", Trend::Up),
    ("expanded", Trend::Up),
    ("expanding", Trend::Up),
    ("expands", Trend::Up),
    ("reduces", Trend::Down),
    ("shrink", Trend::Down),
    ("narrowing", Trend::Down),
    ("narrows", Trend::Down),
    ("plummeted", Trend::Down),
    ("plummeting", Trend::Down),
    ("plummets", Trend::Down),
    ("tumble", Trend::Down),
    ("sinking", Trend::Down),
    ("sinks", Trend::Down),
    ("sliding", Trend::Down),
    ("slides", Trend::Down),
    ("slipping", Trend::Down),
    ("contracting", Trend::Down),
    ("retreating", Trend::Down),
    // Verbs of steep or slow movement, which no noun shares in these forms: `inflation
    // collapsed from 10.7% to 3.0%`, `the deficit ballooned to $1.7tn`.
    ("collapsed", Trend::Down),
    ("collapsing", Trend::Down),
    ("tanked", Trend::Down),
    ("nosedived", Trend::Down),
    ("dived", Trend::Down),
    ("sagged", Trend::Down),
    ("dwindled", Trend::Down),
    ("dwindling", Trend::Down),
    ("ballooned", Trend::Up),
    ("ballooning", Trend::Up),
    ("skyrocketed", Trend::Up),
    ("rocketed", Trend::Up),
    ("leapt", Trend::Up),
    ("leaped", Trend::Up),
    ("spiralled", Trend::Up),
    ("spiraled", Trend::Up),
];

/// Nouns of change that may follow their figure (`a 3% increase`, `a 12-point drop`).
const CHANGE_NOUNS: &[&str] = &[
    "rise",
    "increase",
    "jump",
    "gain",
    "growth",
    "hike",
    "surge",
    "climb",
    "fall",
    "drop",
    "decline",
    "decrease",
    "cut",
    "reduction",
    "slump",
    "dip",
    "contraction",
    "slide",
];

/// Comparatives that, after a figure and before `than`, make it a difference from a level.
const COMPARATIVES: &[(&str, Trend)] = &[
    ("hotter", Trend::Up),
    ("warmer", Trend::Up),
    ("bigger", Trend::Up),
    ("larger", Trend::Up),
    ("greater", Trend::Up),
    ("more", Trend::Up),
    ("taller", Trend::Up),
    ("longer", Trend::Up),
    ("colder", Trend::Down),
    ("cooler", Trend::Down),
    ("smaller", Trend::Down),
    ("fewer", Trend::Down),
    ("less", Trend::Down),
    ("shorter", Trend::Down),
    ("cheaper", Trend::Down),
];

/// Words that multiply a level rather than add to it: no figure of change follows them.
const MULTIPLYING: &[&str] = &["doubled", "tripled", "trebled", "halved"];

fn changes() -> &'static WordSet {
    static WORDS: LazyLock<WordSet> = LazyLock::new(|| {
        WordSet::with_values(CHANGES.iter().map(|(word, trend)| {
            (
                *word,
                match trend {
                    Trend::Up => 1,
                    Trend::Down => 2,
                },
            )
        }))
    });
    &WORDS
}

/// The direction a word of change gives.
fn trend_of(lexeme: &Lexeme<'_>) -> Option<Trend> {
    if lexeme.kind != Kind::Word {
        return None;
    }
    match changes().get(lexeme.text) {
        1 => Some(Trend::Up),
        2 => Some(Trend::Down),
        _ => None,
    }
}

/// The change a figure starting at `start` states by the words before it: `rose 5%`, `fell by
/// €40m`, `up 3 points`, `fell sharply by 2%`, `a rise of 5%`. `None` for a level.
pub(super) fn change_before(lexemes: &[Lexeme<'_>], start: usize) -> Option<Trend> {
    // "rose $1.57, or 1.7%, to $93.37", "climbed 1.5 per cent – or £5,389 – to": the change
    // put another way is the same change.
    if let Some(figure) = apposition_of(lexemes, start) {
        return change_before(lexemes, figure);
    }
    // "fell sharply from 5% to 4%": a figure after `from` is the level before the change.
    if lexemes.get(start).is_some_and(|l| l.is("from"))
        || start.checked_sub(1).is_some_and(|i| lexemes[i].is("from"))
    {
        return None;
    }
    let mut at = start;
    let before = |at: usize| at.checked_sub(1).map(|i| &lexemes[i]);
    if before(at).is_some_and(|l| l.is("by")) {
        at -= 1;
    } else if before(at).is_some_and(|l| l.is("of"))
        && let Some(noun) = before(at - 1)
        && is_change_noun(noun)
    {
        // "a rise of 5%", "a drop of 17%".
        return trend_of(noun);
    }
    let word = before(at)?;
    // "fell sharply by 2%": one adverb between.
    let (word, at) = if word.text.ends_with("ly") && word.kind == Kind::Word {
        (before(at - 1)?, at - 1)
    } else {
        (word, at)
    };
    if MULTIPLYING.iter().any(|w| word.is(w)) {
        return None;
    }
    // "made up a third", "racked up 1.2 million views": a phrasal verb's "up" is no rise.
    if word.is("up") && before(at - 1).is_some_and(|verb| PHRASAL_UP.iter().any(|w| verb.is(w))) {
        return None;
    }
    // "a storm surge up to 16 feet", "the jump": a noun of change before its figure's
    // qualifier says what the figure is, not that it changed.
    if before(at - 1).is_some_and(|l| ["a", "an", "the", "storm"].iter().any(|w| l.is(w))) {
        return None;
    }
    if lost_amount(lexemes, word, start) {
        return None;
    }
    if let Some(trend) = trend_of(word) {
        return Some(trend);
    }
    // "grew its fleet by 20 percent": the verb of change before its object.
    if start > 0 && lexemes[start - 1].is("by") {
        return lexemes[start.saturating_sub(8)..start - 1]
            .iter()
            .rev()
            .take_while(|l| l.kind == Kind::Word)
            .find_map(|l| trend_of(l).filter(|_| !l.is("up") && !l.is("down")));
    }
    None
}

/// Whether the figure at `start` after `word` is a sum or a time lost, not a fall: "lost
/// £18,500 to the gang", "lost roughly 10 weeks of production", "lost $40 million in the
/// quarter". A share, points, a count, or a sum with the level it fell to or what it fell
/// against stays a change ("lost 3%", "lost 40 seats", "lost $2 to $40", "lost 2 cents
/// against the dollar").
fn lost_amount(lexemes: &[Lexeme<'_>], word: &Lexeme<'_>, start: usize) -> bool {
    if !["lost", "lose", "loses", "losing"]
        .iter()
        .any(|w| word.is(w))
    {
        return false;
    }
    let figure = &lexemes[start..lexemes.len().min(start + 6)];
    let money = figure.iter().any(|l| {
        (l.kind == Kind::Symbol && crate::recognise::units::may_start_currency(l.text))
            || crate::recognise::units::lookup(&lower(l.text)).is_some_and(|m| {
                matches!(m.dimension, crate::recognise::units::Dimension::Currency(_))
            })
    });
    let time = figure.iter().any(|l| {
        crate::recognise::units::lookup(&lower(l.text))
            .is_some_and(|m| m.dimension == crate::recognise::units::Dimension::Duration)
    });
    let after = &lexemes[start..lexemes.len().min(start + 10)];
    let to_a_level = after.windows(2).any(|pair| {
        pair[0].is("against")
            || (pair[0].is("to")
                && (pair[1].kind == Kind::Number
                    || (pair[1].kind == Kind::Symbol
                        && crate::recognise::units::may_start_currency(pair[1].text))))
    });
    (money || time) && !to_a_level
}

/// Whether `word` is a noun of change (`rise`, `drop`, `increase`), singular or plural.
pub(super) fn is_change_noun(word: &Lexeme<'_>) -> bool {
    is_change_noun_text(word.text)
}

/// [`is_change_noun`] of a word as written (any case, singular or plural).
pub(super) fn is_change_noun_text(word: &str) -> bool {
    let singular = word.strip_suffix(['s', 'S']);
    CHANGE_NOUNS.iter().any(|n| {
        word.eq_ignore_ascii_case(n) || singular.is_some_and(|s| s.eq_ignore_ascii_case(n))
    })
}

/// Verbs whose `up` is part of them, not a rise: `made up`, `racked up`, `grew up`.
const PHRASAL_UP: &[&str] = &[
    "made", "make", "makes", "making", "racked", "rack", "grew", "grow", "set", "sets", "picked",
    "pick", "ended", "end", "ends", "took", "take", "takes", "opened", "open", "backed", "back",
    "shored", "propped", "drummed", "snapped", "gave", "give", "signed", "sign", "stepped", "step",
    "wound", "wind", "teamed", "lined", "line", "mixed", "showed", "turned", "brought",
];

/// Whether the figure starting at `start` follows a word of change closely enough that a
/// `to` or `from` after it leads to a level, not to the end of a range: `rose 5% to 20%`,
/// `doubled to 40`, `climbed from 12 to 15`, `up from 12 to 15`.
pub(super) fn follows_change(lexemes: &[Lexeme<'_>], start: usize) -> bool {
    let mut at = start;
    let mut from = lexemes.get(start).is_some_and(|l| l.is("from"));
    while at > 0 && (lexemes[at - 1].is("by") || lexemes[at - 1].is("from")) {
        from |= lexemes[at - 1].is("from");
        at -= 1;
    }
    if from {
        // "cut it from 48 to 36", "rose 3% from £1,250 to £1,310", "fell by $2bn from …":
        // the verb's object, or the change's own figure, may stand between it and `from`.
        at = before_object_or_figure(lexemes, at, false);
    }
    // "fell sharply from 5% to 4%".
    if at > 0 && lexemes[at - 1].kind == Kind::Word && lexemes[at - 1].text.ends_with("ly") {
        at -= 1;
    }
    at.checked_sub(1).is_some_and(|i| {
        trend_of(&lexemes[i]).is_some()
            || CHANGE_NOUNS.iter().any(|n| lexemes[i].is(n))
            // "changed from 10% to 12%": a movement whose way its figures tell.
            || (from && MOVED_WITHOUT_A_WAY.iter().any(|w| lexemes[i].is(w)))
    })
}

/// Verbs of movement that say no way: `from` after them opens the level before, not a range.
const MOVED_WITHOUT_A_WAY: &[&str] = &[
    "changed", "changing", "moved", "moving", "shifted", "shifting", "went", "switched", "swung",
    "swinging",
];

/// Where the words that may stand between a verb of change and the `from` at `at` begin:
/// its object (`cut it from`), its own figure (`rose 3% from`, `fell by $2bn from`), and,
/// where `level` is set, the level it reached (`fell to 3.5% from`).
fn before_object_or_figure(lexemes: &[Lexeme<'_>], mut at: usize, level: bool) -> usize {
    if let Some(object) = object_before(lexemes, at) {
        return object;
    }
    let mut steps = 0;
    while at > 0
        && steps < 8
        && (is_part_of_figure(&lexemes[at - 1])
            || lexemes[at - 1].is("by")
            || (level && lexemes[at - 1].is("to")))
    {
        at -= 1;
        steps += 1;
    }
    // "cut his price target to $21 from $26": the object before the level reached.
    if level
        && steps > 0
        && let Some(object) = object_before(lexemes, at)
    {
        return object;
    }
    at
}

/// Where a verb's object ending right before `at` begins: `it`, or a determiner and up to
/// five words, hyphens joining them (`shrank the package`, `cut its forecast`, `cut its
/// full-year operating profit forecast`), none a preposition.
fn object_before(lexemes: &[Lexeme<'_>], at: usize) -> Option<usize> {
    if at > 0 && OBJECTS.iter().any(|w| lexemes[at - 1].is(w)) {
        return Some(at - 1);
    }
    let of_the_noun = |l: &Lexeme<'_>| {
        (l.kind == Kind::Word
            && trend_of(l).is_none()
            && !["to", "from", "by", "in", "on", "at", "for", "with", "and"]
                .iter()
                .any(|w| l.is(w)))
            || l.text == "-"
    };
    (1..=7).find_map(|words| {
        (at > words
            && lexemes[at - words..at].iter().all(of_the_noun)
            && lexemes[at - words..at]
                .iter()
                .filter(|l| l.kind == Kind::Word)
                .count()
                <= 5
            && DETERMINERS.iter().any(|w| lexemes[at - words - 1].is(w)))
        .then(|| at - words - 1)
    })
}

/// The words that open a verb's object noun phrase: `shrank the package from`.
pub(super) const DETERMINERS: &[&str] = &["the", "its", "their", "his", "her", "our", "a", "an"];

/// The objects a verb of change takes before `from`: `cut it from 48 to 36`.
const OBJECTS: &[&str] = &["it", "them", "this", "that", "these", "those"];

/// Whether `lexeme` can be part of a written figure: a number, a sign or symbol, a magnitude
/// or a percentage (`3%`, `£2bn`, `5 per cent`, `2 percentage points`).
fn is_part_of_figure(lexeme: &Lexeme<'_>) -> bool {
    lexeme.kind == Kind::Number
        || lexeme.text == "%"
        // (`$`, and the letters of `US$`, `A$`, `HK$`, `Rp`.)
        || ((lexeme.kind == Kind::Symbol || lexeme.text.starts_with(char::is_uppercase))
            && crate::recognise::units::may_start_currency(lexeme.text))
        || crate::recognise::numbers::multiplier(lexeme.text).is_some()
        || ["per", "cent", "percent", "percentage", "point", "points"]
            .iter()
            .any(|w| lexeme.is(w))
        // "cutting 45 seconds from": a unit of measurement.
        || (lexeme.kind == Kind::Word
            && !lexeme.is_capitalised()
            && lexeme.text.len() > 2
            && crate::recognise::units::lookup(&lower(lexeme.text)).is_some())
}

/// The way the level starting at `start` was reached: `climbed to $110m` (up), `fell 0.4
/// points to 3.4%` (down), `cut its dividend to 9.15p` (down). `None` where no verb of
/// change leads to it.
pub(super) fn reached_by(lexemes: &[Lexeme<'_>], start: usize) -> Option<Trend> {
    let is = |at: Option<usize>, words: &[&str]| {
        at.is_some_and(|at| words.iter().any(|w| lexemes[at].is(w)))
    };
    let back = |n: usize| start.checked_sub(n);
    // "climbed 5% to reach $4.2bn", "rose to stand at 3.1%": the level the change reached.
    let to = if is(back(1), &["to"]) {
        back(1)
    } else if is(back(1), &["reach", "hit", "top", "touch", "total"]) && is(back(2), &["to"]) {
        back(2)
    } else if is(back(1), &["at"]) && is(back(2), &["stand"]) && is(back(3), &["to"]) {
        back(3)
    } else {
        None
    }?;
    let at = before_object_or_figure(lexemes, to, false);
    let at = if at > 0 && lexemes[at - 1].kind == Kind::Word && lexemes[at - 1].text.ends_with("ly")
    {
        at - 1
    } else {
        at
    };
    let verb = &lexemes[at.checked_sub(1)?];
    // "had gone up from 148 to 154", "has fallen sharply, from about 200 on Wednesday to 42":
    // the level after `from X to`, reached the way the verb before `from` went.
    if let Some(from) = (to.saturating_sub(8)..to)
        .rev()
        .find(|&i| lexemes[i].is("from"))
        && lexemes[from + 1..to]
            .iter()
            .all(|l| trend_of(l).is_none() && !l.is(".") && !l.is(";") && !l.is("to"))
    {
        return trend_before_from(lexemes, from);
    }
    // "ticked up to 2.6%", "edged down to 1.2%": a verb's particle and the level it reached.
    // Otherwise "up to" is a bound, read apart.
    if verb.is("up") || verb.is("down") {
        let moved = particle_before(lexemes, at - 1) == Some(Particle::Moved);
        return match (moved, verb.is("up")) {
            (false, _) => None,
            (true, true) => Some(Trend::Up),
            (true, false) => Some(Trend::Down),
        };
    }
    // "doubled to 40": a multiple's level (its verb's way).
    trend_of(verb)
}

/// The particle verb an `up` or `down` at `at` belongs to: right before it (`edged up to`),
/// or past its object (`nudged its growth forecast for 2018 up to 1.5%`), within its clause.
pub(super) fn particle_before(lexemes: &[Lexeme<'_>], at: usize) -> Option<Particle> {
    (at.saturating_sub(8)..at)
        .rev()
        .take_while(|&i| ![",", ";", ".", ":"].contains(&lexemes[i].text))
        .find_map(|i| particle_verb(&lexemes[i]))
}

/// What a verb makes of the `up` or `down` after it before `to`.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Particle {
    /// A verb of movement: the level reached that way, no bound (`edged up to 4.2%`).
    Moved,
    /// An estimate set anew: no bound, but no movement of the measure either (`was revised
    /// down to 0.2%`).
    Revised,
}

/// The [`Particle`] of a verb before `up to` or `down to`: `Moved` for a verb of movement
/// in the past, third person or `-ing` (`edged`, `picked`, `ticks`), `Revised` for `revised`
/// or `marked`. `None` otherwise, `up to` staying a bound ("Fines can go up to €20m",
/// "Voters can pick up to three").
pub(super) fn particle_verb(lexeme: &Lexeme<'_>) -> Option<Particle> {
    const MOVED: &[&str] = &[
        "edged",
        "edges",
        "edging",
        "ticked",
        "ticks",
        "ticking",
        "inched",
        "inches",
        "inching",
        "crept",
        "creeps",
        "creeping",
        "moved",
        "moves",
        "moving",
        "went",
        "goes",
        "going",
        "gone",
        "shot",
        "shoots",
        "shooting",
        "jumped",
        "jumps",
        "jumping",
        "nudged",
        "nudges",
        "nudging",
        "drifted",
        "drifts",
        "drifting",
        "climbed",
        "climbs",
        "climbing",
        "crawled",
        "crawls",
        "crawling",
        "picked",
        "picks",
        "picking",
        "ratcheted",
        "ratchets",
        "ratcheting",
        "bumped",
        "bumps",
        "bumping",
        "stepped",
        "steps",
        "stepping",
        "scaled",
        "scales",
        "scaling",
        "pushed",
        "pushes",
        "pushing",
    ];
    const REVISED: &[&str] = &[
        "revised", "revises", "revising", "marked", "marks", "marking",
    ];
    if lexeme.kind != Kind::Word || lexeme.is_capitalised() {
        return None;
    }
    if MOVED.iter().any(|w| lexeme.is(w)) {
        Some(Particle::Moved)
    } else if REVISED.iter().any(|w| lexeme.is(w)) {
        Some(Particle::Revised)
    } else {
        None
    }
}

/// A figure alone in brackets after a figure of the same measure in its list item is the
/// figure it compares with, of another time: `41.3% in the East Midlands (34.5%)`, `sales
/// of 1,200 cars in Leeds (1,050 last year)`. A bracket with more words than a time of its
/// own (`45% of women (40% of men)`) or another unit (`£10m ($13m)`) is not.
pub(super) fn bracketed_comparison(lexemes: &[Lexeme<'_>], found: &mut [super::Found]) {
    for later in 1..found.len() {
        let range = found[later].lexemes.clone();
        let opened = range.start > 0 && lexemes[range.start - 1].text == "(";
        if !opened || found[later].quantity.change.is_some() || found[later].quantity.earlier {
            continue;
        }
        // Inside the bracket after the figure: nothing, or a time (`last year`, `in 2022`).
        let Some(close) = lexemes[range.end..]
            .iter()
            .take(4)
            .position(|l| l.text == ")")
            .map(|at| range.end + at)
        else {
            continue;
        };
        let tail = &lexemes[range.end..close];
        let timed = match tail {
            [] => true,
            [word, year] => {
                (word.is("last") && (year.is("year") || year.is("time")))
                    || (word.is("in") && year.kind == Kind::Number)
            }
            _ => false,
        };
        if !timed {
            continue;
        }
        let before = &found[later - 1];
        let Some(gap) = lexemes.get(before.lexemes.end..range.start - 1) else {
            continue;
        };
        // (A bare number in brackets is a count the figure before stands for: `Two-thirds of
        // patients (343)`.)
        let same_measure = match (&before.quantity.unit, &found[later].quantity.unit) {
            (Some(a), Some(b)) => a.head == b.head && a.per == b.per,
            _ => false,
        };
        // The earlier figure's item: its place or group, no verb and no other bracket.
        let one_item = gap.len() <= 6
            && gap.iter().all(|l| {
                l.kind == Kind::Word && l.class & crate::text::lexer::class::VERB == 0
                    || l.text == "'s"
            });
        if same_measure
            && one_item
            && before.quantity.change.is_none()
            && !before.quantity.age
            && !before.quantity.ordinal
            && before.quantity.score.is_none()
        {
            let q = &mut found[later].quantity;
            q.earlier = true;
            q.another_time = true;
        }
    }
}

/// `reached` of each level an `up from` or `down from` set off after it in its clause
/// compares with the level before ("In Birmingham, 74.3% of children had received both
/// doses by their fifth birthday, down from 80.1% in 2018-19": down), where no word of change
/// or other clause stands between them. The nearest level of the same measure before it is
/// the one compared.
pub(super) fn reached_before_a_move(lexemes: &[Lexeme<'_>], found: &mut [super::Found]) {
    for later in 1..found.len() {
        let before = &found[later];
        if !before.quantity.earlier || before.quantity.another_time {
            continue;
        }
        let start = before.lexemes.start;
        let from = if lexemes[start].is("from") {
            start
        } else if start > 0 && lexemes[start - 1].is("from") {
            start - 1
        } else {
            continue;
        };
        let Some(way) = from.checked_sub(1) else {
            continue;
        };
        let trend = if lexemes[way].is("up") {
            Trend::Up
        } else if lexemes[way].is("down") {
            Trend::Down
        } else {
            continue;
        };
        let set_off = way
            .checked_sub(1)
            .is_some_and(|at| [",", "-", "\u{2013}", "\u{2014}"].contains(&lexemes[at].text));
        if !set_off {
            continue;
        }
        // (A measure compares with the nearest level of its dimension; a count with a level
        // of its noun, or, bare, with the one count before it: not "employs 5,000 people in
        // 30 countries, up from 3,200", nor "injured 5,674, up from 2,681 deaths".)
        let dimension = before.quantity.measure().map(|m| m.dimension);
        let head = |q: &super::Quantity| {
            q.unit
                .as_ref()
                .map(|u| crate::text::words::stem(&u.head).into_owned())
        };
        let candidates: Vec<usize> = (0..later)
            .rev()
            .filter(|&i| {
                let q = &found[i].quantity;
                !q.earlier
                    && !q.age
                    && !q.ordinal
                    && q.score.is_none()
                    && q.measure().map(|m| m.dimension) == dimension
                    && (dimension.is_some()
                        || before.quantity.unit.is_none()
                        || head(q) == head(&before.quantity))
            })
            .collect();
        let level = match candidates.as_slice() {
            [] => continue,
            [one, ..] if dimension.is_some() || before.quantity.unit.is_some() => *one,
            [one] => *one,
            _ => continue,
        };
        let between = &lexemes[found[level].lexemes.end.min(way)..way];
        let apart = between.iter().any(|l| {
            [
                ";", ":", "but", "while", "whereas", "although", "though", "than",
            ]
            .iter()
            .any(|w| l.is(w))
                || trend_of(l).is_some()
        });
        let level = &mut found[level].quantity;
        if !apart && level.change.is_none() && level.reached.is_none() {
            level.reached = Some(trend);
        }
    }
}

/// Whether the figure starting at `start` is earlier than the news (`Quantity::earlier`),
/// and whether as a figure of another time (`Quantity::another_time`) rather than the level
/// before a change: `from` before it, and a word of change shortly before that (`rose to
/// 9,000, up from 6,200`, `fell to 3.5% from 3.8%`, `climbed to $110 million from $90
/// million`).
pub(super) fn earlier_level(lexemes: &[Lexeme<'_>], start: usize) -> (bool, bool) {
    let another = another_time(lexemes, start);
    (another || level_before_change(lexemes, start), another)
}

/// Whether the figure starting at `start` is said of an earlier time than the article's
/// news: a baseline it is compared with (`improved on the 31 seats it won`, `compared with
/// 4.1%`, `eclipsed the 80,203 who saw …`), a previous level named before it (`the previous record low of 59.32%`), or a
/// time `ago` in its clause (`the 31 seats it won two years ago`) or opening its sentence
/// (`Four years ago, Iveson won … 61.88 per cent`).
fn another_time(lexemes: &[Lexeme<'_>], start: usize) -> bool {
    let word = |at: usize| lexemes.get(at).filter(|l| l.kind == Kind::Word);
    let mut at = start;
    if at > 0 && DETERMINERS.iter().any(|w| lexemes[at - 1].is(w)) {
        at -= 1;
    }
    let before = |back: usize| at.checked_sub(back).and_then(word);
    let is =
        |back: usize, words: &[&str]| before(back).is_some_and(|l| words.iter().any(|w| l.is(w)));
    // The clause after the figure (past its number): where a time is named.
    let end = (start..lexemes.len().min(start + 3))
        .find(|&i| lexemes[i].kind == Kind::Number)
        .map_or(start, |i| i + 1);
    let after: Vec<&Lexeme<'_>> = lexemes[end.min(lexemes.len())..]
        .iter()
        .take(8)
        .take_while(|l| {
            ![",", ";", ".", ":", "(", ")"].contains(&l.text)
                && !["and", "but", "while", "whereas"].iter().any(|w| l.is(w))
        })
        .collect();
    // "compared with 16% of the comparison group" compares groups; "compared with 52% in a
    // 2021 survey" an earlier time.
    let timed = after.iter().any(|l| {
        ["ago", "earlier", "last", "previous", "before"]
            .iter()
            .any(|w| l.is(w))
            || (l.kind == Kind::Number && crate::recognise::dates::is_news_year(l.text))
    });
    let improved = is(1, &["on"])
        && before(2).is_some_and(|l| {
            l.text.to_lowercase().starts_with("improv") || l.is("up") || l.is("down")
        });
    let compared =
        (is(1, &["with", "to"]) && is(2, &["compared", "comparison"])) || is(1, &["versus", "vs"]);
    // "eclipsed the 80,203 who saw the 2012 final", "surpassed the 1.2 million of 2019": the
    // mark a record passed (after its determiner) is an earlier one.
    let passed = at < start
        && is(
            1,
            &[
                "eclipsed",
                "eclipsing",
                "surpassed",
                "surpassing",
                "bettered",
                "bettering",
                "overtook",
                "overtaking",
                "outstripped",
            ],
        );
    // "lower than the 52.4% recorded at the general election": the figure a comparative
    // measures against, which the sentence says was recorded. (Not "41 fewer than the 235
    // seats it won in 2019", which a claim dated 2019 states.)
    let recorded = after.iter().take(2).any(|l| {
        [
            "recorded",
            "seen",
            "set",
            "reached",
            "reported",
            "posted",
            "registered",
            "achieved",
            "managed",
        ]
        .iter()
        .any(|w| l.is(w))
    });
    let outdone = at < start
        && is(1, &["than"])
        && before(2).is_some_and(|l| {
            !l.is_capitalised()
                && (l.text.ends_with("er") || ["more", "less"].iter().any(|w| l.is(w)))
        })
        && recorded;
    // "fell to £2.37, against £4.30 in 2007": a level set against the news's, of a time named
    // after it.
    let against = is(1, &["against"]) && at >= 2 && lexemes[at - 2].text == ",";
    // "since … in August 2024, when rates stood at 5.25%": a clause of a time named before it.
    let when_then = (start.saturating_sub(6)..start)
        .find(|&w| lexemes[w].is("when"))
        .filter(|&w| {
            w >= 2 && lexemes[w - 1].text == "," && lexemes[w..start].iter().all(|l| l.text != ",")
        })
        .is_some_and(|w| {
            let time = &lexemes[w - 2];
            let a_time = time.is("ago")
                || (time.kind == Kind::Number && crate::recognise::dates::is_news_year(time.text))
                || crate::recognise::dates::is_day_or_month_name(time.text);
            // (Of the past: "when rates stood at", "when they were killed"; not "in April, when
            // the minimum wage rises to £12.21".)
            // (The verb before the figure or after it: "when six people were killed".)
            let end = (start..lexemes.len().min(start + 8))
                .find(|&i| [",", ";", "."].contains(&lexemes[i].text))
                .unwrap_or(lexemes.len().min(start + 8));
            let past = lexemes[w + 1..end].iter().any(|l| {
                l.kind == Kind::Word
                    && (l.text.ends_with("ed")
                        || [
                            "was", "were", "had", "stood", "rose", "fell", "hit", "won", "lost",
                            "struck", "grew", "took", "saw", "made", "paid", "spent", "left",
                            "went", "came", "got", "gave", "drew", "ran", "sold", "reached",
                        ]
                        .iter()
                        .any(|w| l.is(w)))
            });
            a_time && past
        });
    if improved || passed || outdone || when_then || ((compared || against) && timed) {
        return true;
    }
    // "the previous record low of 59.32%": `of` after a noun phrase naming an earlier level.
    if is(1, &["of"]) {
        let named = (at.saturating_sub(5)..at - 1).any(|i| {
            ["previous", "former", "prior", "old"]
                .iter()
                .any(|w| lexemes[i].is(w))
        });
        if named {
            return true;
        }
    }
    // "the 31 seats it won two years ago"; "Four years ago, Iveson won the open seat with
    // 61.88 per cent": a sentence opened by a time ago is of that time.
    let opened_ago = lexemes
        .iter()
        .take(start)
        .position(|l| l.text == ",")
        .filter(|&comma| comma <= 5)
        .is_some_and(|comma| lexemes[..comma].iter().any(|l| l.is("ago")));
    opened_ago || after.iter().any(|l| l.is("ago"))
}

/// Whether the figure starting at `start` is the level before a change (see
/// [`earlier_level`]).
fn level_before_change(lexemes: &[Lexeme<'_>], start: usize) -> bool {
    // "from" before the figure, or opening it ("from $90 million" read as one).
    let from = if lexemes.get(start).is_some_and(|l| l.is("from")) {
        start
    } else if let Some(from) = start.checked_sub(1) {
        // "down from the £178bn he had forecast": a determiner before the figure.
        if from > 0
            && DETERMINERS.iter().any(|w| lexemes[from].is(w))
            && lexemes[from - 1].is("from")
        {
            from - 1
        } else {
            from
        }
    } else {
        return false;
    };
    // "cutting 45 seconds from the previous mark of 2:17:01", "from its old record of 4%",
    // "down from annual growth of 2.5 per cent": the level named by a noun after `from`.
    let from = if lexemes[from].is("of") {
        (from.saturating_sub(4)..from)
            .rev()
            .find(|&at| lexemes[at].is("from"))
            .filter(|&at| {
                at + 1 < from
                    && lexemes[at + 1..from]
                        .iter()
                        .all(|l| l.kind == Kind::Word && !l.is_capitalised())
            })
            .unwrap_or(from)
    } else {
        from
    };
    if !lexemes[from].is("from") {
        // "…, from $1.52 billion, or 95 cents a share": the figure in apposition to the
        // level before a change is one too.
        return apposition_of(lexemes, start)
            .is_some_and(|figure| level_before_change(lexemes, figure));
    }
    // "up from 6,200"; "fell to 3.5% from 3.8%", "rose 3% from £1,250", "cut it from 48":
    // only the change's object, figures and the level reached between the verb and `from`
    // (not "rose 5%, with prices from $10").
    // "rose to $1.87 billion, or $1.10 a share, from …": past the level's apposition.
    let from_at = figure_before_apposition(lexemes, from).unwrap_or(from);
    let at = before_object_or_figure(lexemes, from_at, true);
    // "has fallen sharply, from about 200": past a comma and an adverb.
    let at = if at > 0 && lexemes[at - 1].is(",") && at < from_at + 1 {
        at - 1
    } else {
        at
    };
    let at = if at > 0 && lexemes[at - 1].text.ends_with("ly") && lexemes[at - 1].kind == Kind::Word
    {
        at - 1
    } else {
        at
    };
    // "slowed to 6.8 per cent from 7.4 per cent", "fell more steeply, to 6.2 per cent from
    // 6.9 per cent": a level reached `to` a figure, then `from` one, is a change whatever its
    // verb; so is its object's ("and the overnight borrowing rate to 47% from 43.5%").
    let to = (at.saturating_sub(1)..from_at.max(at + 1))
        .find(|&i| lexemes.get(i).is_some_and(|l| l.is("to")));
    let reached_to = to.is_some_and(|to| {
        lexemes[to..from_at.max(to)]
            .iter()
            .any(|l| l.kind == Kind::Number)
    });
    reached_to
        || at.checked_sub(1).is_some_and(|i| {
            trend_of(&lexemes[i]).is_some() || MOVED_WITHOUT_A_WAY.iter().any(|w| lexemes[i].is(w))
        })
}

/// Words saying a figure was what was forecast, expected or targeted.
const EXPECTED: &[&str] = &[
    "forecast",
    "forecasted",
    "expected",
    "predicted",
    "projected",
    "targeted",
    "anticipated",
    "budgeted",
    "estimated",
    "pencilled",
    "penciled",
];

/// Whether the figure at `start..end` is the one expected, set beside the actual figure:
/// after `rather than` (`75% … rather than the 78% forecast`), or after `the` with a word of
/// forecast right after it in its clause (`below the 5.7% previously targeted`, `down from the
/// £178bn he had forecast`, `the 190,000 economists had expected`, `the 6.8 per cent that
/// forecasters had expected`).
pub(super) fn expected_level(lexemes: &[Lexeme<'_>], start: usize, end: usize) -> bool {
    let before = |back: usize| start.checked_sub(back).map(|i| &lexemes[i]);
    let the = before(1).is_some_and(|l| l.is("the"));
    let rather_than = |at: usize| {
        before(at).is_some_and(|l| l.is("than")) && before(at + 1).is_some_and(|l| l.is("rather"))
    };
    if rather_than(1) || (the && rather_than(2)) {
        return true;
    }
    // "the analysts' consensus of $11.61 billion", "a forecast of 2.1%": the noun of a
    // forecast with `of`. (Not an estimate: news gives its best count as one.)
    const FORECASTS: &[&str] = &[
        "consensus",
        "forecast",
        "forecasts",
        "expectation",
        "expectations",
        "projection",
        "projections",
        "prediction",
        "predictions",
    ];
    if before(1).is_some_and(|l| l.is("of"))
        && before(2).is_some_and(|l| FORECASTS.iter().any(|w| l.is(w)))
    {
        return true;
    }
    // The word of forecast right after the figure, or after who forecast it: not a verb of
    // the figure's own clause ("the eight crooks targeted victims").
    const BETWEEN: &[&str] = &[
        // "the 6.8 per cent that forecasters had expected".
        "that",
        "which",
        "previously",
        "originally",
        "initially",
        "earlier",
        "had",
        "been",
        "was",
        "were",
        "he",
        "she",
        "it",
        "they",
        "we",
        "analysts",
        "economists",
        "forecasters",
        "markets",
    ];
    // And no object after it ("the 78% forecast.", "the 5.7% targeted in March", not "the
    // eight crooks targeted victims").
    const AFTER: &[&str] = &[
        "by",
        "in",
        "for",
        "at",
        "on",
        "last",
        "earlier",
        "previously",
        "this",
        "a",
        "an",
        "and",
        "but",
        "while",
        "when",
        "before",
        "after",
        "until",
        "ahead",
    ];
    if !the {
        return false;
    }
    let from = end.min(lexemes.len());
    let Some(at) = (from..lexemes.len().min(from + 4))
        .take_while(|&i| lexemes[i].kind == Kind::Word)
        .find(|&i| !BETWEEN.iter().any(|w| lexemes[i].is(w)))
    else {
        return false;
    };
    EXPECTED.iter().any(|w| lexemes[at].is(w))
        && lexemes
            .get(at + 1)
            .is_none_or(|next| next.kind != Kind::Word || AFTER.iter().any(|w| next.is(w)))
}

/// Verbs and modals that put the figures after them in their clause in a forecast, a
/// request or a possibility rather than the fact: `expects prices to rise around 1%`,
/// `Prosecutors had asked for a €100,000 fine`, `might issue a warning`.
const IRREALIS: &[&str] = &[
    "expect",
    "expects",
    "expected",
    "expecting",
    "forecast",
    "forecasts",
    "predict",
    "predicts",
    "predicted",
    "projected",
    "anticipates",
    "anticipated",
    "sought",
    "seeks",
    "seeking",
    "demanded",
    "requested",
    "proposed",
    "proposes",
    "recommended",
    "recommends",
    "urged",
    "urges",
    "wants",
    "wanted",
    "would",
    "will",
    "could",
    "might",
];

/// Words that end the clause a figure stands in, read backwards from it.
const CLAUSE_OPENERS: &[&str] = &[
    "and", "but", "while", "whereas", "although", "though", "because", "after", "when", "since",
    "which", "who", "as",
];

/// Whether a verb or modal of [`IRREALIS`] governs the figure starting at `start`: before it
/// in its clause, within ten words (`asked for`, `called for` as two words).
pub(super) fn irrealis(lexemes: &[Lexeme<'_>], start: usize) -> bool {
    let mut at = start;
    while at > 0 && start - at < 10 {
        at -= 1;
        let l = &lexemes[at];
        if [",", ";", ":", "(", ")", "—", "–", "\"", "“", "”", "."].contains(&l.text) {
            return false;
        }
        if l.kind != Kind::Word {
            continue;
        }
        // ("as little as 12.5 years": a qualifier's `as`, no clause's.)
        let measure = |l: &Lexeme<'_>| {
            [
                "little", "much", "many", "few", "high", "low", "long", "far", "early", "late",
                "large", "small", "recently",
            ]
            .iter()
            .any(|w| l.is(w))
        };
        let qualifier = l.is("as")
            && (lexemes.get(at + 1).is_some_and(measure)
                || at
                    .checked_sub(1)
                    .is_some_and(|before| measure(&lexemes[before])));
        if CLAUSE_OPENERS.iter().any(|w| l.is(w)) && !qualifier {
            return false;
        }
        let next_is_for = lexemes.get(at + 1).is_some_and(|n| n.is("for"));
        // "was on course to exceed the total for the previous two years", "is set to rise by
        // 5%" (not "was set to 5%", where `to` gives the level).
        let to_verb = lexemes.get(at + 1).is_some_and(|n| n.is("to")) && at + 2 < start;
        let on_course = to_verb
            && (l.is("course") || l.is("track"))
            && at.checked_sub(1).is_some_and(|b| lexemes[b].is("on"));
        let bound_to = to_verb
            && ["set", "poised", "likely", "unlikely"]
                .iter()
                .any(|w| l.is(w));
        if on_course
            || bound_to
            || IRREALIS.iter().any(|w| l.is(w))
            || (next_is_for
                && ["asked", "asks", "asking", "called", "calls", "calling"]
                    .iter()
                    .any(|w| l.is(w)))
        {
            return true;
        }
    }
    false
}

/// The way a change went where `from` at `from` follows its verb: `had gone up from`, `has
/// fallen sharply, from` (past a comma and an adverb).
fn trend_before_from(lexemes: &[Lexeme<'_>], from: usize) -> Option<Trend> {
    let mut at = from;
    if at > 0 && lexemes[at - 1].is(",") {
        at -= 1;
    }
    if at > 0 && lexemes[at - 1].kind == Kind::Word && lexemes[at - 1].text.ends_with("ly") {
        at -= 1;
    }
    let verb = &lexemes[at.checked_sub(1)?];
    if verb.is("up") {
        return Some(Trend::Up);
    }
    if verb.is("down") {
        return Some(Trend::Down);
    }
    trend_of(verb)
}

/// The figure ", or A a share," stands in apposition to, where it ends right before `at`:
/// `$1.87 billion, or $1.10 a share,` before `from`. Where the figure it follows ends.
fn figure_before_apposition(lexemes: &[Lexeme<'_>], at: usize) -> Option<usize> {
    if at == 0 || lexemes[at - 1].text != "," {
        return None;
    }
    // Back over the apposition's figure and rate to its ", or".
    let mut back = at - 1;
    let mut steps = 0;
    while back > 1 && steps < 8 {
        back -= 1;
        steps += 1;
        let l = &lexemes[back];
        if l.is("or") && lexemes[back - 1].text == "," {
            return Some(back - 1);
        }
        let part = is_part_of_figure(l)
            || ["a", "an", "per", "cents", "pence"].iter().any(|w| l.is(w))
            || (l.kind == Kind::Word && steps <= 1);
        if !part {
            return None;
        }
    }
    None
}

/// The start of the figure a figure at `start` is in apposition to, set off by a comma or a
/// spaced dash and `or` (`$1.52 billion` of `$1.52 billion, or 95 cents a share`; `1.5 per
/// cent` of `1.5 per cent – or £5,389 –`).
fn apposition_of(lexemes: &[Lexeme<'_>], start: usize) -> Option<usize> {
    let set_off = |mark: &Lexeme<'_>| mark.text == "," || (mark.text == "-" && mark.spaced);
    if start < 3 || !lexemes[start - 1].is("or") || !set_off(&lexemes[start - 2]) {
        return None;
    }
    let mut figure = start - 2;
    while figure > 0 && is_part_of_figure(&lexemes[figure - 1]) {
        figure -= 1;
    }
    (figure < start - 2).then_some(figure)
}

/// A change stated after the figure ending at `end`: `1.2% higher`, `a 3% increase`, `a
/// 12-point drop`; its direction and where it ends.
pub(super) fn change_after(lexemes: &[Lexeme<'_>], end: usize) -> Option<(Trend, usize)> {
    // "a 3.2% 12-month increase", "a 5% year-on-year rise": the period between the figure
    // and its noun of change.
    let period = |at: usize| -> Option<usize> {
        let first = lexemes.get(at)?;
        let time = |l: &Lexeme<'_>| {
            ["year", "month", "week", "day", "quarter"]
                .iter()
                .any(|w| l.is(w))
        };
        if first.kind == Kind::Number
            && lexemes
                .get(at + 1)
                .is_some_and(|l| l.text == "-" && !l.spaced)
            && lexemes.get(at + 2).is_some_and(time)
        {
            return Some(at + 3);
        }
        // "year-on-year", "month-on-month", "quarter-over-quarter".
        let glued = |i: usize| lexemes.get(i).is_some_and(|l| l.text == "-" && !l.spaced);
        if time(first)
            && glued(at + 1)
            && lexemes
                .get(at + 2)
                .is_some_and(|l| l.is("on") || l.is("over") || l.is("to"))
            && glued(at + 3)
            && lexemes.get(at + 4).is_some_and(time)
        {
            return Some(at + 5);
        }
        if (first.is("annual")
            || first.is("monthly")
            || first.is("yearly")
            || first.is("quarterly"))
            && lexemes
                .get(at + 1)
                .is_some_and(|l| CHANGE_NOUNS.iter().any(|n| l.is(n)))
        {
            return Some(at + 1);
        }
        None
    };
    let end = period(end).unwrap_or(end);
    let word = lexemes.get(end)?;
    if word.is("higher") || word.is("lower") {
        return Some((trend_of(word)?, end + 1));
    }
    // "1.6C hotter than the 1850-1900 average", "3C colder than normal": a difference from
    // a level, said with a comparative of its measure.
    if let Some(&(_, trend)) = COMPARATIVES.iter().find(|(w, _)| word.is(w))
        && lexemes.get(end + 1).is_some_and(|l| l.is("than"))
    {
        return Some((trend, end + 1));
    }
    // "2 per cent below last year's peak", "5C above normal": a difference from a level.
    if (word.is("below") || word.is("above"))
        && lexemes.get(end + 1).is_some_and(|l| l.kind == Kind::Word)
    {
        let trend = if word.is("below") {
            Trend::Down
        } else {
            Trend::Up
        };
        return Some((trend, end + 1));
    }
    let noun = CHANGE_NOUNS.iter().any(|n| word.is(n));
    // "a 3% increase in prices" — not "5% cut taxes" (a verb).
    let ends = lexemes.get(end + 1).is_none_or(|l| {
        l.kind != Kind::Word
            || l.is("in")
            || l.is("on")
            || l.is("of")
            || l.is("for")
            || l.is("from")
            || l.is("since")
            || l.is("and")
            || l.is("to")
    });
    (noun && ends).then(|| trend_of(word).map(|t| (t, end + 1)))?
}

/// Words beside a pair of figures that make it a score or tally.
const SCORE_WORDS: &[&str] = &[
    "won",
    "win",
    "wins",
    "winning",
    "beat",
    "beats",
    "beating",
    "lost",
    "lose",
    "loses",
    "losing",
    "drew",
    "draw",
    "draws",
    "defeated",
    "defeat",
    "defeats",
    "passed",
    "voted",
    "vote",
    "votes",
    "voting",
    "approved",
    "rejected",
    "led",
    "leads",
    "leading",
    "trailed",
    "trailing",
    "split",
    "margin",
    "result",
    "score",
    "scored",
    "scoreline",
    "tally",
    "majority",
    "edged",
    "thrashed",
    "routed",
    "clinched",
    "sealed",
    "secured",
    "victory",
    "triumph",
    "loss",
    "success",
    "half-time",
    "halftime",
    "full-time",
    "set",
    "sets",
    "lead",
    "ruling",
    "decision",
    "verdict",
    "favour",
    "favor",
];

fn is_score_word(lexeme: &Lexeme<'_>) -> bool {
    lexeme.kind == Kind::Word && SCORE_WORDS.iter().any(|w| lexeme.is(w))
}

/// Whether the words around a pair of figures (from `start` to `end`) make it a score: a
/// score word among the three lexemes before it, or right after it (`a 3-1 win`, `3-1 at
/// half-time`, `7-2 in favour`).
pub(super) fn score_context(lexemes: &[Lexeme<'_>], start: usize, end: usize) -> bool {
    let before = lexemes[start.saturating_sub(3)..start]
        .iter()
        .any(is_score_word);
    let after = lexemes.get(end).is_some_and(is_score_word)
        || (lexemes.get(end).is_some_and(|l| l.is("at") || l.is("in"))
            && lexemes.get(end + 1).is_some_and(is_score_word));
    // "came from 5-2 down", "fought back from 0-2 behind", "3-1 up at the break".
    let standing = lexemes
        .get(end)
        .is_some_and(|l| ["down", "behind", "up", "ahead"].iter().any(|w| l.is(w)))
        && (lexemes[start].is("from")
            || start.checked_sub(1).is_some_and(|i| {
                lexemes[i].is("from") || lexemes[i].is("was") || lexemes[i].is("were")
            }))
        || lexemes.get(end).is_some_and(|l| l.is("up") || l.is("down"))
            && lexemes.get(end + 1).is_some_and(|l| l.is("at"));
    before || after || standing
}

/// A whole number at `at` that can be one side of a score (plain digits), and where it ends.
pub(super) fn score_side(lexemes: &[Lexeme<'_>], at: usize) -> Option<(f64, usize)> {
    // "six to three": a small number in words.
    if let Some(value) = lexemes
        .get(at)
        .filter(|l| l.kind == Kind::Word)
        .and_then(|l| crate::recognise::numbers::word_value(&l.text.to_lowercase()))
        .filter(|v| v.fract() == 0.0 && *v <= 20.0)
    {
        return Some((value, at + 1));
    }
    let lexeme = lexemes.get(at).filter(|l| l.kind == Kind::Number)?;
    let digits = crate::recognise::numbers::digits(lexeme.text)?;
    (digits.suffix.is_empty() && !digits.decimal).then_some((digits.value, at + 1))
}

/// The pair after the first side of a score ending at `end`: `-1`, ` to 290`, ` votes to 202`.
pub(super) fn second_side(lexemes: &[Lexeme<'_>], end: usize) -> Option<(f64, usize)> {
    let mut at = end;
    // "432 votes to 202", "by 7 votes to 2".
    if lexemes
        .get(at)
        .is_some_and(|l| l.is("votes") || l.is("vote"))
        && lexemes.get(at + 1).is_some_and(|l| l.is("to"))
    {
        at += 1;
    }
    let joiner = lexemes.get(at)?;
    if !(joiner.text == "-" || joiner.is("to")) {
        return None;
    }
    score_side(lexemes, at + 1)
}

/// More sets after a score ending at `end`: `, 7-5`, `, 6-3 and 7-6`.
pub(super) fn more_sets(
    lexemes: &[Lexeme<'_>],
    mut end: usize,
    sets: &mut Vec<(f64, f64)>,
) -> usize {
    loop {
        let Some(joiner) = lexemes.get(end) else {
            return end;
        };
        if !(joiner.text == "," || joiner.is("and")) {
            return end;
        }
        let Some((first, next)) = score_side(lexemes, end + 1) else {
            return end;
        };
        let Some(dash) = lexemes.get(next) else {
            return end;
        };
        if dash.text != "-" || dash.spaced {
            return end;
        }
        let Some((second, after)) = score_side(lexemes, next + 1) else {
            return end;
        };
        sets.push((first, second));
        end = after;
    }
}
