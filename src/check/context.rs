//! Context terms: is every required term in the window around the evidence?

use crate::article::{Analysis, Quotation};
use crate::claims::{Claim, Term};
use crate::recognise::{Bond, Mention};
use crate::text::{Phrase, Within};

/// The names of the claim's context terms that are not in the window `claim.within` around
/// sentence `sentence`. Terms match through aliases, case-insensitively, with possessives
/// and plurals folded.
pub(crate) fn missing_context<'c>(
    claim: &'c Claim,
    analysis: &Analysis,
    sentence: usize,
) -> Vec<&'c str> {
    missing_within(claim, analysis, sentence, claim.within)
}

/// [`missing_context`] in the window `within` (not the claim's own).
pub(crate) fn missing_within<'c>(
    claim: &'c Claim,
    analysis: &Analysis,
    sentence: usize,
    within: Within,
) -> Vec<&'c str> {
    let window = analysis.window(sentence, within);
    claim
        .context
        .iter()
        .filter(|term| {
            let found = |phrase: &Phrase, range: std::ops::Range<usize>| {
                !analysis.find_phrase(phrase, false, range).is_empty()
            };
            let window = if term.anywhere {
                0..analysis.tokens.len()
            } else {
                window.clone()
            };
            let present = term
                .alternatives
                .iter()
                .any(|phrase| found(phrase, window.clone()));
            !present
                && !surname_of(analysis, term)
                    .is_some_and(|surname| surname_found(analysis, term, &surname, window.clone()))
                && !opening_common_word(claim, analysis, term)
                && !short_form_found(analysis, term, analysis.window(sentence, Within::Sentence))
        })
        .map(|term| &*term.name)
        .collect()
}

/// Whether every one of the `missing` terms is a topic of the claim's (a lower-case word of
/// its figure's setting: `quake` of `after the quake`) that the article's headline or first
/// paragraph gives: the setting of the whole story.
pub(crate) fn only_topics_missing(claim: &Claim, analysis: &Analysis, missing: &[&str]) -> bool {
    let paragraphs = analysis.sentences.partition_point(|s| s.paragraph < 2);
    let Some(last) = paragraphs.checked_sub(1) else {
        return false;
    };
    let opening = 0..analysis.sentences[last].tokens.end;
    missing.iter().all(|name| {
        claim.context.iter().any(|term| {
            *term.name == **name
                && term.topic
                && term.alternatives.iter().any(|phrase| {
                    !analysis
                        .find_phrase(phrase, false, opening.clone())
                        .is_empty()
                })
        })
    })
}

/// Whether every term in `missing` is a name the story is about: named in its headline and
/// in its opening paragraph (`Ryanair` of "Ryanair annual profit falls 29%" and "Ryanair's
/// annual profit fell …"), and so the subject of figures the article gives without it.
pub(crate) fn only_story_subjects_missing(analysis: &Analysis, missing: &[&str]) -> bool {
    // (Its paragraph's tokens, where the article has one of that number.)
    let paragraph = |number: usize| {
        let first = analysis.sentences.partition_point(|s| s.paragraph < number);
        analysis
            .sentences
            .get(first)
            .filter(|s| s.paragraph == number)
            .map(|_| analysis.window(first, Within::Paragraph))
    };
    let (Some(headline), Some(opening)) = (paragraph(0), paragraph(1)) else {
        return false;
    };
    !missing.is_empty()
        && missing.iter().all(|name| {
            let phrase = Phrase::new(name);
            name.starts_with(char::is_uppercase)
                && !analysis
                    .find_phrase(&phrase, false, headline.clone())
                    .is_empty()
                && !analysis
                    .find_phrase(&phrase, false, opening.clone())
                    .is_empty()
        })
}

/// The last words of bodies' names: no surname.
const ORGANISATION_NOUNS: &[&str] = &[
    "authority",
    "command",
    "ministry",
    "bank",
    "party",
    "group",
    "council",
    "agency",
    "department",
    "service",
    "office",
    "organization",
    "organisation",
    "union",
    "association",
    "corporation",
    "inc",
    "ltd",
    "plc",
    "company",
    "court",
    "committee",
    "commission",
    "board",
    "institute",
    "university",
    "police",
    "army",
    "forces",
    "force",
    "government",
    "directorate",
    "centre",
    "center",
    "fund",
    "reserve",
    "federation",
    "league",
    "club",
    "united",
    "city",
    "county",
    "state",
    "states",
    "republic",
    "kingdom",
    "times",
    "post",
    "news",
    "network",
    "airlines",
    "airways",
    "motors",
    "athletic",
    "media",
    "holdings",
    "partners",
    "capital",
    "trust",
    "foundation",
    "hospital",
    "school",
    "college",
    "senate",
    "house",
    "assembly",
    "parliament",
    "congress",
    "administration",
    "bureau",
    "programme",
    "program",
    "project",
    "system",
    "systems",
    "energy",
    "power",
    "water",
    "rail",
    "port",
];

/// "Olaf Scholz" in a claim, "Scholz, 66," in the window: a person the article names in full
/// goes by the surname after. The surname, where `term` is such a name.
fn surname_of(analysis: &Analysis, term: &Term) -> Option<Phrase> {
    let words: Vec<&str> = term.name.split_whitespace().collect();
    // A person's name, not a body's ("Quimerkor Authority" is no "Authority"'s).
    let body = words.last().is_some_and(|last| {
        ORGANISATION_NOUNS
            .iter()
            .any(|noun| last.eq_ignore_ascii_case(noun))
    });
    // (Nor a series' letter: "Band A", "Plan B".)
    let person = (2..=3).contains(&words.len())
        && !body
        && words.last().is_some_and(|last| last.chars().count() >= 2)
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase) && w.chars().all(char::is_alphabetic)
        });
    (person
        && term.alternatives.iter().any(|phrase| {
            !analysis
                .find_phrase(phrase, false, 0..analysis.tokens.len())
                .is_empty()
        }))
    .then(|| Phrase::new(words[words.len() - 1]))
}

/// Whether `term` is the claim's first word, capitalised only because it opens the
/// sentence, and a word of grammar rather than of content (`According` of "According to
/// the agency, …"; not `Excluding`, whose meaning the article must share):
/// a word the recognisers know as no name that the article does not write at all, where
/// another term binds the claim. A content word (`Food` of "Food prices rose", `Clothing`)
/// stays required: the article gives it in any case.
fn opening_common_word(claim: &Claim, analysis: &Analysis, term: &Term) -> bool {
    let first = claim
        .says
        .split_whitespace()
        .next()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()));
    let word = &*term.name;
    if first != Some(word) || word.contains(' ') || !word.starts_with(char::is_uppercase) {
        return false;
    }
    let lower = word.to_lowercase();
    // (Another term still binds the claim: a claim bound by nothing never refutes.)
    claim.context.iter().any(|other| other.name != term.name)
        && !crate::recognise::vocabulary::is_calendar_word(word)
        && (crate::recognise::vocabulary::is_common_word(&lower)
            || OPENING_PREPOSITIONS.contains(&lower.as_str()))
        && written_at(analysis, word).next().is_none()
}

/// Prepositions and participles used as prepositions that open a sentence and say nothing
/// of the figure (`According to …`, `Following the vote, …`): words of grammar, no name.
/// (`Excluding`, `Including`, `Without`, `Despite` say something: an article that says
/// otherwise must not support the claim.)
const OPENING_PREPOSITIONS: &[&str] =
    &["according", "following", "regarding", "concerning", "given"];

/// The words a name's initials skip (`NRW` of Natural Resources Wales, `NHS` of the National
/// Health Service).
const CONNECTORS: &[&str] = &["of", "and", "the", "for", "&", "de", "du", "la"];

/// Capitalised first words too common to stand alone for a name (`New` of New Zealand
/// First, `United` of United Australia Party).
const GENERIC_FIRST_WORDS: &[&str] = &[
    "new",
    "north",
    "south",
    "east",
    "west",
    "northern",
    "southern",
    "eastern",
    "western",
    "great",
    "united",
    "national",
    "royal",
    "central",
    "general",
    "international",
    "european",
    "american",
    "british",
    "federal",
    "first",
    "democratic",
    "social",
    "free",
    "people's",
    "state",
];

/// A country and the adjective its people and things go by (`US employers` are `American
/// employers`).
const DEMONYMS: &[(&str, &[&str])] = &[
    ("US", &["American", "Americans"]),
    ("USA", &["American", "Americans"]),
    ("United States", &["American", "Americans"]),
    ("America", &["American", "Americans"]),
    ("UK", &["British", "Briton", "Britons"]),
    ("Britain", &["British", "Briton", "Britons"]),
    ("United Kingdom", &["British", "Briton", "Britons"]),
    ("England", &["English"]),
    ("Scotland", &["Scottish", "Scots"]),
    ("Wales", &["Welsh"]),
    ("Ireland", &["Irish"]),
    ("France", &["French"]),
    ("Germany", &["German", "Germans"]),
    ("Italy", &["Italian", "Italians"]),
    ("Spain", &["Spanish"]),
    ("Portugal", &["Portuguese"]),
    ("Netherlands", &["Dutch"]),
    ("Poland", &["Polish"]),
    ("Sweden", &["Swedish"]),
    ("Norway", &["Norwegian"]),
    ("Denmark", &["Danish"]),
    ("Finland", &["Finnish"]),
    ("Greece", &["Greek"]),
    ("Turkey", &["Turkish"]),
    ("Russia", &["Russian", "Russians"]),
    ("Ukraine", &["Ukrainian", "Ukrainians"]),
    ("China", &["Chinese"]),
    ("Japan", &["Japanese"]),
    ("India", &["Indian", "Indians"]),
    ("Pakistan", &["Pakistani"]),
    ("Afghanistan", &["Afghan", "Afghans"]),
    ("Iran", &["Iranian", "Iranians"]),
    ("Iraq", &["Iraqi", "Iraqis"]),
    ("Israel", &["Israeli", "Israelis"]),
    ("Syria", &["Syrian", "Syrians"]),
    ("Yemen", &["Yemeni", "Yemenis"]),
    ("Saudi Arabia", &["Saudi", "Saudis"]),
    ("Egypt", &["Egyptian", "Egyptians"]),
    ("Nigeria", &["Nigerian", "Nigerians"]),
    ("South Africa", &["South African", "South Africans"]),
    ("Kenya", &["Kenyan", "Kenyans"]),
    ("Canada", &["Canadian", "Canadians"]),
    ("Mexico", &["Mexican", "Mexicans"]),
    ("Brazil", &["Brazilian", "Brazilians"]),
    ("Argentina", &["Argentine", "Argentinian"]),
    ("Australia", &["Australian", "Australians"]),
    ("New Zealand", &["New Zealander", "New Zealanders"]),
    ("South Korea", &["South Korean", "South Koreans"]),
    ("North Korea", &["North Korean", "North Koreans"]),
    ("Indonesia", &["Indonesian", "Indonesians"]),
    ("Philippines", &["Filipino", "Filipinos", "Philippine"]),
    ("Vietnam", &["Vietnamese"]),
    ("Thailand", &["Thai"]),
];

/// The initials of a name's words, upper case: each word's first letter, every capital of a
/// dotted or all-capital word (`U.S.`, `US`), connectors skipped (`NRW` of Natural
/// Resources Wales, `USGS` of U.S. Geological Survey); none for one plain word.
fn initials<'w>(words: impl Iterator<Item = &'w str>) -> Option<String> {
    let mut letters = String::new();
    let mut count = 0;
    for word in words {
        if CONNECTORS.iter().any(|c| word.eq_ignore_ascii_case(c)) {
            continue;
        }
        let first = word.chars().next()?;
        if !first.is_uppercase() {
            return None;
        }
        count += 1;
        let bare: String = word.chars().filter(|c| *c != '.').collect();
        if word.contains('.') || (bare.len() > 1 && bare.chars().all(|c| c.is_ascii_uppercase())) {
            letters.extend(bare.chars().filter(char::is_ascii_uppercase));
        } else {
            letters.push(first);
        }
    }
    (letters.len() >= 2 && (count >= 2 || letters.len() > 2)).then_some(letters)
}

/// Whether `word` is the acronym `letters` (dots aside), without building it.
fn is_acronym(word: &str, letters: &str) -> bool {
    let mut bare = word.bytes().filter(|b| *b != b'.');
    letters.bytes().all(|letter| bare.next() == Some(letter)) && bare.next().is_none()
}

/// Whether an acronym (`NRW`, `USGS`): two to six capitals, dots aside.
fn acronym(word: &str) -> Option<String> {
    let bare: String = word.chars().filter(|c| *c != '.').collect();
    ((2..=6).contains(&bare.len()) && bare.chars().all(|c| c.is_ascii_uppercase())).then_some(bare)
}

/// Whether the article gives the name `term` names in a short form in `range`:
/// - its initials (`NRW` for Natural Resources Wales), or, for an acronym, a capitalised run
///   with those initials (`U.S. Geological Survey` for `USGS`);
/// - a short form the article defines in brackets after the full name (`Law and Justice
///   (PiS)`);
/// - where the full name stands in the article, its first word alone or clipped, capitalised
///   inside a sentence (`Fairfax` of Fairfax Financial, `the Fed` of the Federal Reserve);
/// - a country's adjective standing alone (`American employers` for `US employers`).
fn short_form_found(analysis: &Analysis, term: &Term, range: std::ops::Range<usize>) -> bool {
    let name: Vec<&str> = term.name.split_whitespace().collect();
    if name.is_empty() || !term.name.starts_with(char::is_uppercase) {
        return false;
    }
    let word = |at: usize| analysis.slice(analysis.tokens[at].span);
    let capitalised = |at: usize| word(at).starts_with(char::is_uppercase);
    let between = |left: usize, right: usize| analysis.gap(left, right).trim();
    let joined = |left: usize, right: usize| between(left, right).is_empty();
    // Words standing alone: no capitalised word joined to them on either side (a run of a
    // name's words past a `The` before it: "The U.S. Geological Survey").
    let alone_past = |at: usize, length: usize, the: bool| {
        let sentence = analysis.sentences[analysis.tokens[at].sentence]
            .tokens
            .clone();
        let end = at + length - 1;
        let name_before = at > sentence.start
            && capitalised(at - 1)
            && joined(at - 1, at)
            && !(the && word(at - 1) == "The");
        !name_before && (end + 1 >= sentence.end || !(capitalised(end + 1) && joined(end, end + 1)))
    };
    let alone = |at: usize, length: usize| alone_past(at, length, false);
    // A country's adjective standing alone (`American employers`; not `North American
    // airlines`, `American Airlines`).
    let demonym = DEMONYMS
        .iter()
        .filter(|(country, _)| country.eq_ignore_ascii_case(&term.name))
        .flat_map(|(_, adjectives)| adjectives.iter())
        .any(|adjective| {
            let phrase = Phrase::new(adjective);
            analysis
                .find_phrase(&phrase, true, range.clone())
                .into_iter()
                .any(|at| alone(at, phrase.len()))
        });
    if demonym {
        return true;
    }
    let inside = |at: usize| {
        at > analysis.sentences[analysis.tokens[at].sentence]
            .tokens
            .start
            && capitalised(at)
    };
    // Initials (two letters not of what may be a person: "Anuja Dhir" is no `AD`).
    let person = surname_of(analysis, term).is_some();
    if name.len() >= 2
        && let Some(letters) = initials(name.iter().copied())
        && (letters.len() >= 3 || !person)
        && range.clone().any(|at| is_acronym(word(at), &letters))
    {
        return true;
    }
    if name.len() == 1
        && let Some(letters) = acronym(name[0])
        && range.clone().any(|start| {
            word(start).starts_with(&letters[..1])
                && !crate::recognise::vocabulary::is_common_word(&word(start).to_lowercase())
                && (start + 2..=(start + 8).min(range.end)).any(|end| {
                    alone_past(start, end - start, true)
                        && initials((start..end).map(word)).is_some_and(|run| run == letters)
                })
        })
    {
        return true;
    }
    if name.len() < 2 {
        return false;
    }
    // Where the full name stands, with its length in tokens.
    let whole: Vec<(usize, usize)> = term
        .alternatives
        .iter()
        .flat_map(|phrase| {
            analysis
                .find_phrase(phrase, false, 0..analysis.tokens.len())
                .into_iter()
                .map(|start| (start, phrase.len()))
        })
        .collect();
    // A short form defined in brackets after the full name.
    let defined = whole.iter().any(|&(start, length)| {
        let short = start + length;
        short + 1 < analysis.tokens.len()
            && between(short - 1, short) == "("
            && between(short, short + 1).starts_with(')')
            && capitalised(short)
            && range
                .clone()
                .any(|at| at != short && word(at) == word(short))
    });
    if defined {
        return true;
    }
    // Its first word alone or clipped, where the full name stands in the article (not a
    // person's given name: a person goes by the surname).
    // (Standing alone: "Civic Platform" is no short form of the Civic Coalition, nor "Bank
    // of Japan" of the Bank of England.)
    let first = name[0];
    let stands_alone = |at: usize| {
        let Some(next) = (at + 1 < analysis.tokens.len()).then_some(at + 1) else {
            return true;
        };
        let name_goes_on = capitalised(next) && joined(at, next);
        let connected = CONNECTORS
            .iter()
            .any(|c| word(next).eq_ignore_ascii_case(c));
        !name_goes_on && !connected
    };
    !whole.is_empty()
        && !person
        && name.iter().all(|w| !w.chars().any(|c| c.is_ascii_digit()))
        && first.chars().all(char::is_alphabetic)
        && range.clone().any(|at| {
            let short = word(at);
            inside(at)
                && short.chars().all(char::is_alphabetic)
                && !whole.iter().any(|&(start, _)| start == at)
                && stands_alone(at)
                && ((short == first
                    && !GENERIC_FIRST_WORDS.contains(&first.to_lowercase().as_str()))
                    || (short.len() >= 3 && short.len() < first.len() && first.starts_with(short)))
        })
}

/// Whether `surname` (of `term`, a person's name) stands in `range` as that person's: not
/// after another given name ("Dean Marsh" is not Carol Marsh).
fn surname_found(
    analysis: &Analysis,
    term: &Term,
    surname: &Phrase,
    range: std::ops::Range<usize>,
) -> bool {
    let given = term.name.split_whitespace().next().unwrap_or("");
    analysis
        .find_phrase(surname, false, range)
        .into_iter()
        .any(|at| {
            let before = (at > 0).then(|| analysis.slice(analysis.tokens[at - 1].span));
            before.is_none_or(|word| {
                !word.starts_with(char::is_uppercase)
                    || word.eq_ignore_ascii_case(given)
                    || crate::recognise::vocabulary::is_title_or_role(word)
                    || analysis.tokens[at - 1].sentence != analysis.tokens[at].sentence
            })
        })
}

/// How many words stand between the text at `span` (in sentence `sentence`) and the nearest
/// of the claim's context terms in its window; 0 for a claim without context. Of several
/// figures that contradict a claim, the one its context stands beside is the one the claim
/// is about: "fell to 88.9%, down from a peak of 92.7%" for a claim about the peak.
pub(crate) fn distance_to_context(
    claim: &Claim,
    analysis: &Analysis,
    sentence: usize,
    span: crate::source::Span,
) -> usize {
    if claim.context.is_empty() {
        return 0;
    }
    let window = analysis.window(sentence, claim.within);
    let (first, after) = (analysis.token_at(span.start), analysis.token_at(span.end));
    claim
        .context
        .iter()
        .flat_map(|term| term.alternatives.iter())
        .flat_map(|phrase| {
            analysis
                .find_phrase(phrase, false, window.clone())
                .into_iter()
                .map(move |start| (start, start + phrase.len()))
        })
        .map(|(start, end)| {
            if end <= first {
                first - end
            } else {
                start.saturating_sub(after)
            }
        })
        .min()
        .unwrap_or(usize::MAX)
}

/// The claim's terms other than its `speaker`s that are not in the window: a quotation's
/// speaker is checked against its attribution ([`quote_speaker`]), not the window.
pub(crate) fn missing_besides_speaker<'c>(
    claim: &'c Claim,
    analysis: &Analysis,
    sentence: usize,
) -> Vec<&'c str> {
    let missing = missing_context(claim, analysis, sentence);
    missing
        .into_iter()
        .filter(|name| !claim.context.iter().any(|t| t.speaker && &*t.name == *name))
        .collect()
}

/// Whether a quotation is the claimed speaker's.
pub(crate) enum Said {
    /// The claim names no speaker, or the quotation's speaker is the claimed one; with a note
    /// where the article attributes nothing and the claimed speaker is named in the
    /// quotation's own sentence.
    Agrees(Option<String>),
    /// The article attributes the words to someone else (named).
    Other(String),
    /// The article does not say who said them, and the claimed speaker is not named in
    /// their sentence.
    Unsaid,
    /// The claim names a role (`the prosecutor`), and the article gives the words to someone
    /// (named) it does not call so.
    NotInRole(String),
}

/// The claim's `speaker` against the quotation's attributed speaker (aliases apply).
pub(crate) fn quote_speaker(claim: &Claim, analysis: &Analysis, quotation: &Quotation) -> Said {
    let speakers: Vec<&Term> = claim.context.iter().filter(|t| t.speaker).collect();
    if speakers.is_empty() {
        return Said::Agrees(None);
    }
    // A role that names no one (`the prosecutor said`) answers a claim of that role, and
    // of another refutes it; a claimed name is judged as for words attributed to no one.
    let unnamed = quotation.how == Some(crate::recognise::speakers::How::Unnamed);
    let is_role = |term: &&Term| !term.name.chars().any(char::is_uppercase);
    if let Some(speaker) = &quotation.speaker
        && (!unnamed || speakers.iter().all(is_role))
    {
        if speakers.iter().all(|term| term.names(speaker)) {
            return Said::Agrees(None);
        }
        // "The judge said …" against "Judge Anuja Dhir said": a named speaker the article
        // calls by the claimed role.
        if !unnamed && speakers.iter().all(is_role) {
            return if speakers
                .iter()
                .all(|term| term.names(speaker) || in_role(analysis, speaker, term))
            {
                Said::Agrees(None)
            } else {
                Said::NotInRole(speaker.clone())
            };
        }
        return Said::Other(speaker.clone());
    }
    // Unattributed: the claimed speaker must be named in the quotation's own sentence.
    let first = analysis.sentence_at(quotation.span.start);
    let last = analysis.sentence_at(quotation.span.end.saturating_sub(1));
    let tokens = analysis.sentences[first].tokens.start..analysis.sentences[last].tokens.end;
    let named = speakers.iter().all(|term| {
        term.alternatives.iter().any(|phrase| {
            !analysis
                .find_phrase(phrase, false, tokens.clone())
                .is_empty()
        })
    });
    if named {
        let names: Vec<&str> = speakers.iter().map(|t| &*t.name).collect();
        Said::Agrees(Some(format!(
            "the article does not attribute the words; {} is named in their sentence",
            super::listed(&names)
        )))
    } else {
        Said::Unsaid
    }
}

/// Whether the article calls `speaker` by the role `term` names, its words whole: right
/// before the speaker's name (`Judge Anuja Dhir`, `prosecutor Jane Smith`, `Prime Minister
/// Keir Starmer` for `prime minister`), or in apposition after it (`Smith, the
/// prosecutor,`).
fn in_role(analysis: &Analysis, speaker: &str, term: &Term) -> bool {
    let Some(surname) = speaker.split_whitespace().next_back() else {
        return false;
    };
    let surname = Phrase::new(surname);
    let roles: Vec<Vec<&str>> = term
        .alternatives
        .iter()
        .map(|phrase| phrase.words().map(|w| w.stem()).collect())
        .collect();
    let stem_at = |at: usize| {
        let key = crate::text::words::key(analysis.slice(analysis.tokens[at].span));
        crate::text::words::stem(&key).into_owned()
    };
    let gap = |left: usize, right: usize| analysis.gap(left, right).trim();
    // The role's words in `tokens`, in order.
    let role_at = |tokens: std::ops::Range<usize>| {
        roles.iter().any(|role| {
            role.len() == tokens.len()
                && tokens
                    .clone()
                    .zip(role.iter())
                    .all(|(at, word)| stem_at(at) == *word)
        })
    };
    analysis
        .find_phrase(&surname, false, 0..analysis.tokens.len())
        .into_iter()
        .any(|at| {
            let sentence = analysis.sentences[analysis.tokens[at].sentence]
                .tokens
                .clone();
            let capitalised = |t: usize| {
                analysis
                    .slice(analysis.tokens[t].span)
                    .starts_with(char::is_uppercase)
            };
            // Before the name: back over its given names (and a title among them) to the
            // role that ends there.
            let mut first = at;
            while first > sentence.start
                && at - first < 4
                && capitalised(first - 1)
                && gap(first - 1, first).is_empty()
            {
                first -= 1;
            }
            let before = (first..=at).any(|end| {
                roles.iter().any(|role| {
                    end >= sentence.start + role.len() && role_at(end - role.len()..end)
                })
            });
            // After it, in apposition: "Smith, the prosecutor,".
            let mut next = at + 1;
            let after = next < sentence.end && gap(at, next) == ",";
            if after
                && ["the", "a", "an"].iter().any(|d| {
                    analysis
                        .slice(analysis.tokens[next].span)
                        .eq_ignore_ascii_case(d)
                })
            {
                next += 1;
            }
            before
                || (after
                    && roles.iter().any(|role| {
                        next + role.len() <= sentence.end && role_at(next..next + role.len())
                    }))
        })
}

/// Whose figure a mention is, for a claim.
#[derive(Debug)]
pub(crate) enum Binding {
    /// Not bound to anyone, or bound to an entity the claim names: it may state the claim.
    Free,
    /// Another entity's figure (its name is given): the claim names an entity the window
    /// gives another figure to.
    Other(String),
}

/// The claim's context terms that name whom or what it is about (not a quote's speaker).
fn names_of(claim: &Claim) -> Vec<&Term> {
    claim.context.iter().filter(|t| !t.speaker).collect()
}

/// Whether `mention` can be the claim's figure (README, "Attribution binds"): a figure the
/// article gives to one entity (`28,800 in York`, `Segway-Ninebot sold 2.3m scooters`)
/// belongs to that entity, and a claim about another entity that has a figure of its own in
/// the window (`Leeds: 28,800 homes`) is not about it.
pub(crate) fn binding(claim: &Claim, analysis: &Analysis, mention: &Mention) -> Binding {
    let terms = names_of(claim);
    if terms.is_empty() {
        return Binding::Free;
    }
    let owner = mention.owner.as_deref();
    // "Sales in North America climbed 15%, while revenue in Greater China rose 11%": a claim
    // term that owns another figure of this kind in the sentence, and not this one, says the
    // claim is about that figure ("Sales in Greater China rose 15%"), whatever its other
    // terms share with this one's owner ("Sales").
    if let Some(owner) = owner {
        let sentence_span = analysis.sentences[mention.sentence].span;
        let elsewhere = terms.iter().any(|term| {
            !owns(term, owner)
                && analysis
                    .mentions
                    .iter()
                    .filter(|m| {
                        m.sentence == mention.sentence
                            && m.span != mention.span
                            && sentence_span.start <= m.span.start
                            && same_kind(m, mention)
                    })
                    .filter_map(|m| m.owner.as_deref())
                    .any(|other| other != owner && owns(term, other))
        });
        if elsewhere {
            return Binding::Other(owner.to_string());
        }
    }
    // "She spent little more than eight hours on court – while men's finalist Daniil Medvedev
    // had racked up over 20 hours": a figure of no owner is not the one of a claim name that
    // owns another figure of its kind later in the sentence, and stands nowhere in the
    // figure's own clause (not "About 2,000 people entered, according to the Justice
    // Department, which has charged 840", nor "In the 630-seat Bundestag, …").
    if owner.is_none() {
        let sentence = analysis.window(mention.sentence, Within::Sentence);
        let end = analysis.token_at(mention.span.end);
        let own_clause = sentence.start..clause_end(analysis, end, sentence.end);
        // ("…up to 16th on 32 points, two clear of Burnley, who drop into 18th": a name in the
        // figure's clause only as the one a relative clause with its own figure describes.)
        // (After a word that sets it against another: "two clear of Burnley", "ahead of",
        // "behind", "than"; not "was agreed for Romelu Lukaku, who had cost Inter £74m".)
        let relative_of = |term: &Term, later: &Mention| {
            let gap = analysis.slice(crate::source::Span::new(mention.span.end, later.span.start));
            let described = format!("{}, wh", term.name);
            gap.match_indices(&described).any(|(at, _)| {
                let rest = &gap[at + described.len()..];
                (rest.starts_with("o ") || rest.starts_with("ich "))
                    && gap[..at]
                        .split_whitespace()
                        .next_back()
                        .is_some_and(|word| {
                            ["of", "than", "behind", "above", "below", "over"].contains(&word)
                        })
            })
        };
        let other_term = terms.iter().find(|term| {
            let owned_later = || {
                analysis.mentions.iter().filter(|m| {
                    m.sentence == mention.sentence
                        && m.span.start >= mention.span.end
                        && same_kind(m, mention)
                        && m.owner.as_deref().is_some_and(|other| owns(term, other))
                })
            };
            let named_as = |as_source| named(analysis, own_clause.clone(), &[*term], as_source);
            owned_later().next().is_some()
                && ((!named_as(false) && !named_as(true))
                    || owned_later().any(|m| relative_of(term, m)))
        });
        if let Some(term) = other_term {
            return Binding::Other(format!("someone other than {}", term.name));
        }
    }
    if let Some(owner) = owner
        && terms.iter().any(|term| owns(term, owner))
    {
        // "Rents across the UK rose 4.8%" against "Rents paid by tenants in London climbed
        // 4.8 per cent. Across the UK, rents went up 4.9 per cent": a sentence's opening
        // word is capitalised whatever it is. Where only it owns the figure, the article
        // writes it in lower case (a common noun, not a name), and another of the claim's
        // names owns another figure of this kind in the window, the claim is about that one.
        // (Nor where only the claim's lower-case words own it: `health` of "Men in poor
        // health had five times the risk of men in ideal health" against "Women in poor
        // health had almost five times the risk … Among men, those in poor health had 2.5
        // times".)
        let lower_case = |term: &Term| term.name.starts_with(char::is_lowercase);
        let owning = || terms.iter().filter(|term| owns(term, owner));
        let only_opening = owning().all(|term| common_opening(claim, analysis, term));
        // (Then the claim's other term must be capitalised: its subject.)
        let only_lower_case = owning().all(|term| lower_case(term));
        let within = analysis.window_span(mention.sentence, claim.within);
        let another_named = (only_opening || only_lower_case)
            && analysis
                .mentions
                .iter()
                .filter(|m| within.start <= m.span.start && m.span.end <= within.end)
                .filter(|m| m.span != mention.span && same_kind(m, mention))
                .filter_map(|m| m.owner.as_deref())
                .any(|other| {
                    other != owner
                        && terms.iter().any(|term| {
                            !owns(term, owner)
                                && owns(term, other)
                                && (only_opening || !lower_case(term))
                        })
                });
        // ("Shares in easyJet fell 4.1 percent" against "Ryanair shares … were down 4.1
        // percent": the owner names another name than the claim's own.)
        let names_another = only_opening
            && owner.split(' ').any(|word| {
                word.starts_with(char::is_uppercase)
                    && !written_in_lower_case(analysis, word)
                    && capitalised_inside(analysis, word)
                    && !says_words(&claim.says, word)
            })
            && terms.iter().any(|term| {
                !owns(term, owner)
                    && !common_opening(claim, analysis, term)
                    && is_proper_name(analysis, &term.name)
                    && !term
                        .name
                        .split(' ')
                        .any(crate::recognise::vocabulary::is_calendar_word)
            });
        if !another_named && !names_another {
            return Binding::Free;
        }
        return Binding::Other(owner.to_string());
    }
    let sentence = analysis.window(mention.sentence, Within::Sentence);
    // A score or tally is both sides': "Castelar beat Deportivo Almar 3-1" is Almar's 3-1
    // as much as Castelar's.
    if is_score(mention) && names_in(analysis, sentence.clone(), &terms) {
        return Binding::Free;
    }
    // "Kirby said the force was north of 100,000", "…north of 100,000, Kirby said": the
    // claim's name reports the figure (not in another clause: "…, but Daley said"). A figure
    // bound to a name is that name's, whoever reports it.
    if mention.bond != Bond::Bound {
        let (start, end) = (
            analysis.token_at(mention.span.start),
            analysis.token_at(mention.span.end),
        );
        if named(analysis, sentence.start..start, &terms, true)
            || named(
                analysis,
                end..clause_end(analysis, end, sentence.end),
                &terms,
                true,
            )
        {
            return Binding::Free;
        }
    }
    // "Ronaldo … with 12 goals, one more than Lionel Messi": a name the figure's owner is
    // compared with after `than`, and named nowhere else in the sentence, is not the owner.
    if let Some(owner) = owner
        && let Some(than) = (analysis.token_at(mention.span.end)..sentence.end).find(|&t| {
            analysis
                .slice(analysis.tokens[t].span)
                .eq_ignore_ascii_case("than")
        })
        && names_in(analysis, than..sentence.end, &terms)
        && !names_in(analysis, sentence.start..than, &terms)
    {
        return Binding::Other(owner.to_string());
    }
    // "with televisions down 12% and tablets down 18%": items of a list named by common
    // nouns; a claim naming one item's noun ("Tablet sales fell 12%") is not answered by
    // another item's figure.
    if let Some(owner) = owner
        && !owner.chars().any(char::is_uppercase)
        && moved_item(analysis, mention, owner)
        && !says_stems(&claim.says, owner)
        && analysis.mentions.iter().any(|m| {
            m.span != mention.span
                && m.sentence == mention.sentence
                && same_kind(m, mention)
                && m.owner.as_deref().is_some_and(|other| {
                    moved_item(analysis, m, other)
                        && !other.chars().any(char::is_uppercase)
                        && says_stems(&claim.says, other)
                })
        })
    {
        return Binding::Other(owner.to_string());
    }
    let window = analysis.window(mention.sentence, claim.within);
    if window.is_empty() {
        return Binding::Free;
    }
    let within = analysis.window_span(mention.sentence, claim.within);
    let owned_elsewhere = || {
        analysis
            .mentions
            .iter()
            .filter(|m| within.start <= m.span.start && m.span.end <= within.end)
            .filter(|m| m.span != mention.span && same_kind(m, mention))
            .filter_map(|m| m.owner.as_deref())
            .any(|other| Some(other) != owner && terms.iter().any(|term| owns(term, other)))
    };
    match owner {
        None => Binding::Free,
        // (Not where the claim's names own this figure too: "Moderna Inc said … its
        // experimental messenger RNA vaccine against respiratory syncytial virus (RSV) was
        // 83.7% effective" is Moderna's and the RSV vaccine's.)
        Some(owner) if owned_elsewhere() && !terms.iter().all(|term| owns(term, owner)) => {
            Binding::Other(owner.to_string())
        }
        // "Platt, 35," … "Mellor": a figure bound to another name, the claim's name beside it
        // (here and below, unless the claim names the owner too: "Economists had expected the
        // jobless rate to hold at 5.4 per cent").
        Some(owner)
            if mention.bond == Bond::Bound
                && names_in(analysis, window.clone(), &terms)
                && !says_words(&claim.says, owner) =>
        {
            Binding::Other(owner.to_string())
        }
        // "Segway-Ninebot sold 2.3m scooters — more than eight times Lime's fleet": the
        // subject of the figure's verb owns it; the claim's name in its sentence is another.
        Some(owner)
            if mention.bond == Bond::Subject
                && names_in(analysis, window.clone(), &terms)
                && !says_words(&claim.says, owner)
                && !terms.iter().any(|term| owns(term, owner)) =>
        {
            Binding::Other(owner.to_string())
        }
        // "Burrows paid more than £320,000 … Mahmood is thought to have used around
        // £120,000": a name the figure's clause gives it to is its owner, where the claim's
        // name stands only in another sentence.
        // (Not past the verb's object: "Judge Callaghan fined him $12,000" is his fine.)
        Some(owner)
            if opens_as_subject(analysis, mention, owner)
                && !object_before(analysis, mention)
                && is_proper_name(analysis, owner)
                && names_in(analysis, window.clone(), &terms)
                && !names_in(analysis, sentence.clone(), &terms) =>
        {
            Binding::Other(owner.to_string())
        }
        // "Marcel Hug, 39, retained his men's title in 1:25:25, and his compatriot Catherine
        // Debrunner, 30, won the women's race in 1:34:18": a name the figure's clause gives
        // it to is its owner where the claim's name stands only in another clause of the
        // sentence (after `, and`, `;`, `but`, `while`).
        Some(owner)
            if is_proper_name(analysis, owner)
                && !says_words(&claim.says, owner)
                && !terms.iter().any(|term| owns(term, owner))
                && !named(analysis, sentence.clone(), &terms, true)
                && named_only_across_a_clause(
                    analysis,
                    mention,
                    &terms
                        .iter()
                        .copied()
                        .filter(|term| {
                            !common_opening(claim, analysis, term)
                                && !term
                                    .name
                                    .split(' ')
                                    .any(crate::recognise::vocabulary::is_calendar_word)
                        })
                        .collect::<Vec<_>>(),
                    sentence.clone(),
                ) =>
        {
            Binding::Other(owner.to_string())
        }
        Some(_) => Binding::Free,
    }
}

/// Whether the claim's names stand in the figure's sentence, each of them in another clause
/// than the figure: a clause break (`, and`, `;`, `but`, `while`, `whereas`) between the name
/// and the figure.
fn named_only_across_a_clause(
    analysis: &Analysis,
    mention: &Mention,
    terms: &[&Term],
    sentence: std::ops::Range<usize>,
) -> bool {
    let figure = analysis.token_at(mention.span.start);
    let breaks_at = |t: usize| {
        let word = analysis.slice(analysis.tokens[t].span);
        let gap_before = t.checked_sub(1).map_or("", |p| analysis.gap(p, t));
        gap_before.contains(';')
            || ["but", "while", "whereas"]
                .iter()
                .any(|w| word.eq_ignore_ascii_case(w))
            || (word.eq_ignore_ascii_case("and") && gap_before.contains(','))
    };
    let mut starts = Vec::new();
    for term in terms
        .iter()
        .filter(|term| term.name.chars().next().is_some_and(char::is_uppercase))
    {
        let surname = surname_of(analysis, term);
        for phrase in term.alternatives.iter().chain(surname.iter()) {
            starts.extend(analysis.find_phrase(phrase, false, sentence.clone()));
        }
    }
    // Each name's clause holds a figure of its own of the figure's kind: clauses side by
    // side, each with its name and figure (not "Muller then clipped the post, but Bayern
    // finally levelled in the 41st minute", where the equaliser is Muller's too).
    let breaks: Vec<usize> = sentence.clone().filter(|&t| breaks_at(t)).collect();
    let clause_of = |at: usize| {
        let start = breaks
            .iter()
            .rev()
            .find(|&&b| b <= at)
            .copied()
            .unwrap_or(sentence.start);
        let end = breaks
            .iter()
            .find(|&&b| b > at)
            .copied()
            .unwrap_or(sentence.end);
        start..end
    };
    let figure_clause = clause_of(figure);
    // (A clause whose subject is a pronoun may be the claim's name's: "Salah scored in the
    // 12th minute, and after Núñez missed a penalty, he added a second".)
    let pronoun = (figure_clause.start..figure).any(|t| {
        let word = analysis.slice(analysis.tokens[t].span);
        ["he", "she", "they", "it", "we"]
            .iter()
            .any(|p| word.eq_ignore_ascii_case(p))
    });
    !pronoun
        && !starts.is_empty()
        && starts.iter().all(|&at| {
            let clause = clause_of(at);
            clause != figure_clause
                && analysis.mentions.iter().any(|m| {
                    m.sentence == mention.sentence
                        && m.span != mention.span
                        && same_kind(m, mention)
                        && clause.contains(&analysis.token_at(m.span.start))
                })
        })
}

/// Where the clause of the token before `from` ends, at the latest `sentence_end`: at the
/// next word that opens another clause (`but`, `while`), or whom it is compared with
/// (`…with 12 goals, one more than Lionel Messi`).
fn clause_end(analysis: &Analysis, from: usize, sentence_end: usize) -> usize {
    (from..sentence_end)
        .find(|&t| {
            let word = analysis.slice(analysis.tokens[t].span);
            ["but", "while", "whereas", "although", "though", "than"]
                .iter()
                .any(|w| word.eq_ignore_ascii_case(w))
        })
        .unwrap_or(sentence_end)
}

/// Whether the figure's sentence opens with `owner`, followed by a word in lower case that
/// is no verb of saying: its subject (`Mahmood is thought to have used`; not `NTSB said`, nor
/// `Mahmood, 45,`).
fn opens_as_subject(analysis: &Analysis, mention: &Mention, owner: &str) -> bool {
    let sentence = analysis.window(mention.sentence, Within::Sentence);
    let words: Vec<&str> = sentence
        .clone()
        .map(|t| analysis.slice(analysis.tokens[t].span))
        .take(owner.split(' ').count() + 1)
        .collect();
    let Some((next, opening)) = words.split_last() else {
        return false;
    };
    opening.join(" ") == owner
        && next.starts_with(|c: char| c.is_lowercase())
        && !crate::recognise::vocabulary::is_speech_verb(next)
        && crate::recognise::parse_number(owner).is_none()
}

/// Whether the mention is an item of a list of moves its owner names right before it:
/// `tablets down 18%`, `milk up 7%`.
fn moved_item(analysis: &Analysis, mention: &Mention, owner: &str) -> bool {
    let at = analysis.token_at(mention.span.start);
    let word = |t: usize| analysis.slice(analysis.tokens[t].span);
    at >= 2
        && ["up", "down", "higher", "lower", "off"]
            .iter()
            .any(|w| word(at - 1).eq_ignore_ascii_case(w))
        && owner
            .rsplit(' ')
            .next()
            .is_some_and(|last| word(at - 2).eq_ignore_ascii_case(last))
}

/// Whether `says` has every word of `owner`, by stem, anywhere (`tablet` for `tablets`).
fn says_stems(says: &str, owner: &str) -> bool {
    use crate::text::words::{key, stem};
    let says: Vec<String> = crate::claims::claim_words(says)
        .iter()
        .map(|w| stem(&key(w)).into_owned())
        .collect();
    let mut words = crate::claims::claim_words(owner).into_iter().peekable();
    words.peek().is_some()
        && words.all(|w| {
            let w = stem(&key(&w)).into_owned();
            says.contains(&w)
        })
}

/// Whether `says` has the words of `owner`, one after another (any case).
fn says_words(says: &str, owner: &str) -> bool {
    let (says, owner) = (
        crate::claims::claim_words(says),
        crate::claims::claim_words(owner),
    );
    !owner.is_empty() && says.windows(owner.len()).any(|run| run == owner.as_slice())
}

/// Pronouns a verb takes as its object before a figure (`fined him $500`).
pub(super) const OBJECT_PRONOUNS: &[&str] = &["him", "her", "them", "it", "us", "me"];

/// Whether an object pronoun stands right before the figure (`fined him $12,000`, `gave
/// them 40`): the figure is the object's, not the subject's.
fn object_before(analysis: &Analysis, mention: &Mention) -> bool {
    let at = analysis.token_at(mention.span.start);
    let sentence = &analysis.sentences[mention.sentence];
    at > sentence.tokens.start && {
        let word = analysis.slice(analysis.tokens[at - 1].span);
        OBJECT_PRONOUNS.iter().any(|p| word.eq_ignore_ascii_case(p))
    }
}

/// Whether `term` is the claim's first word, and a common noun the article writes in lower
/// case (`Workers`, `Rents`): capitalised only as the sentence's first word.
fn common_opening(claim: &Claim, analysis: &Analysis, term: &Term) -> bool {
    claim.says.split_whitespace().next() == Some(&*term.name)
        && !term.name.contains(' ')
        && written_in_lower_case(analysis, &term.name)
}

/// Whether `owner` is a proper name: each word capitalised, and one at least never written
/// in lower case elsewhere in the article (`Investigators` opening a sentence is a common
/// noun).
fn is_proper_name(analysis: &Analysis, owner: &str) -> bool {
    // "Negotiators must give": a plural opening a sentence is a name only where the article
    // capitalises it inside a sentence too (`Burrows`).
    let plural = owner.ends_with('s') && !owner.contains(' ');
    if plural && !capitalised_inside(analysis, owner) {
        return false;
    }
    // ("Southwest Airlines" is a name wherever the article writes "airlines".)
    owner
        .split(' ')
        .all(|word| word.starts_with(char::is_uppercase))
        && owner.split(' ').any(|word| {
            word.chars().skip(1).any(char::is_uppercase) || !written_in_lower_case(analysis, word)
        })
}

/// Whether the article writes `word` capitalised inside a sentence somewhere, not only
/// opening one (`Ryanair` of "… than Ryanair"; not `Consumer` of "Consumer price inflation
/// rose").
fn capitalised_inside(analysis: &Analysis, word: &str) -> bool {
    written_at(analysis, word).any(|t| {
        analysis.slice(analysis.tokens[t].span) == word
            && analysis.sentences[analysis.sentence_at(analysis.tokens[t].span.start)]
                .tokens
                .start
                != t
    })
}

/// The tokens where the article writes `word`, in any case (from the term index).
fn written_at<'a>(analysis: &'a Analysis, word: &str) -> impl Iterator<Item = usize> + 'a {
    analysis
        .find_phrase(&Phrase::new(word), true, 0..analysis.tokens.len())
        .into_iter()
}

/// Whether the article writes `word` in lower case somewhere (`rents` of `Rents`): a common
/// noun, not a name.
fn written_in_lower_case(analysis: &Analysis, word: &str) -> bool {
    let lower = word.to_lowercase();
    lower != word
        && written_at(analysis, word).any(|t| analysis.slice(analysis.tokens[t].span) == lower)
}

fn is_score(mention: &Mention) -> bool {
    matches!(&mention.kind, crate::recognise::MentionKind::Quantity(q) if q.score.is_some())
}

/// Verbs of winning, whose subject holds a tally's first figure and whose object its second
/// ("Reddy beat Ashcroft by 12,412 votes to 9,870").
const WINNING: &[&str] = &[
    "beat",
    "beats",
    "defeated",
    "defeats",
    "edged",
    "edges",
    "overcame",
    "thrashed",
    "trounced",
    "routed",
    "outpolled",
    "outvoted",
    "downed",
];

/// Whether the claim's names stand on the other side of a tally from the side that states
/// the claimed figure: the first figure is the winner's (before the verb of winning), the
/// second the loser's (after it).
pub(crate) fn names_other_side(
    claim: &Claim,
    analysis: &Analysis,
    mention: &Mention,
    first_side: bool,
) -> bool {
    let terms = names_of(claim);
    let sentence = analysis.window(mention.sentence, Within::Sentence);
    let start = analysis.token_at(mention.span.start);
    let Some(verb) = (sentence.start..start).find(|&t| {
        let word = analysis.slice(analysis.tokens[t].span);
        WINNING.iter().any(|w| word.eq_ignore_ascii_case(w))
    }) else {
        return false;
    };
    let (own, other) = if first_side {
        (sentence.start..verb, verb + 1..start)
    } else {
        (verb + 1..start, sentence.start..verb)
    };
    names_in(analysis, other, &terms) && !names_in(analysis, own, &terms)
}

/// Whether two mentions are figures of one kind (`homes` and `homes`, two sums, two
/// shares), so that one entity's cannot be another's: `$15 an hour` is not the same kind
/// as a `$612 million` budget.
pub(crate) fn same_kind(a: &Mention, b: &Mention) -> bool {
    let points = |measure: crate::recognise::units::MeasureUnit, head: &str| {
        measure.dimension == crate::recognise::units::Dimension::PercentagePoint
            && crate::text::words::stem(head) == "point"
    };
    use crate::recognise::MentionKind;
    let (MentionKind::Quantity(a), MentionKind::Quantity(b)) = (&a.kind, &b.kind) else {
        return false;
    };
    if a.score.is_some() != b.score.is_some() {
        return false;
    }
    match (&a.unit, &b.unit) {
        (Some(x), Some(y)) => {
            let per = |u: &crate::recognise::Unit| {
                u.per
                    .as_ref()
                    .map(|per| crate::text::words::stem(per).to_string())
            };
            // A rate the article states once may go unsaid for the next figure ("petrol
            // dropped to 132.4p a litre, while diesel fell to 139.1p"), where the figures
            // are alike; "$15 an hour" is no kind of "$612 million".
            let alike = a.low.abs().max(1.0) / b.low.abs().max(1.0);
            let rates = match (per(x), per(y)) {
                (Some(p), Some(q)) => p == q,
                (None, None) => true,
                _ => (0.1..=10.0).contains(&alike),
            };
            rates
                && match (x.measure, y.measure) {
                    (Some(m), Some(n)) => m.dimension == n.dimension,
                    (None, None) => {
                        crate::text::words::stem(&x.head) == crate::text::words::stem(&y.head)
                    }
                    // "climbed 1.9 points to 5.0%" and "adding 0.7 points": points of a
                    // share read as percentage points, or not, are one kind.
                    (Some(m), None) => points(m, &y.head),
                    (None, Some(m)) => points(m, &x.head),
                }
        }
        // A bare figure is no sum or measure ("Arne Lindqvist, 67," beside "$11.4 million").
        (Some(unit), None) | (None, Some(unit)) if unit.measure.is_some() => false,
        // A bare figure in a list may be any counted noun's.
        _ => true,
    }
}

/// Whether one of the claim's names (capitalised terms) stands in the token range `window`
/// other than as a source (`NATO said`, `according to the ONS`, `said Kirby`).
fn names_in(analysis: &Analysis, window: std::ops::Range<usize>, terms: &[&Term]) -> bool {
    named(analysis, window, terms, false)
}

/// Whether one of the claim's names stands in the token range `window` as a source (`Kirby
/// said`, `according to the ONS`), or (with `as_source` false) other than as a source.
fn named(
    analysis: &Analysis,
    window: std::ops::Range<usize>,
    terms: &[&Term],
    as_source: bool,
) -> bool {
    let text = |t: usize| analysis.slice(analysis.tokens[t].span);
    // ("Daniel Kiprono claimed the biggest win of his career": `claimed` with an object is
    // winning it, not saying; it says only before `that`, a quotation or a colon.)
    let speaks = |t: usize| {
        let word = text(t).to_lowercase();
        let claiming = ["claim", "claims", "claimed", "claiming"].contains(&word.as_str());
        crate::recognise::speakers::SPEECH_VERBS.contains(&word.as_str())
            && (!claiming
                || analysis.tokens.get(t + 1).is_none_or(|next| {
                    let next = analysis.slice(next.span);
                    next.eq_ignore_ascii_case("that") || next.starts_with(['"', '“', ':', ','])
                }))
    };
    terms
        .iter()
        .filter(|term| term.name.chars().next().is_some_and(char::is_uppercase))
        .any(|term| {
            let surname = surname_of(analysis, term);
            term.alternatives
                .iter()
                .chain(surname.iter())
                .any(|phrase| {
                    analysis
                        .find_phrase(phrase, false, window.clone())
                        .into_iter()
                        .any(|start| {
                            let end = start + phrase.len();
                            // (Not across a sentence's end: "…, the National Weather Service
                            // said. Bakersfield hit 113" has Bakersfield no source.)
                            let sentence_of =
                                |t: usize| analysis.sentence_at(analysis.tokens[t].span.start);
                            let stop =
                                |from: usize, to: usize| sentence_of(from) != sentence_of(to);
                            let before = |n: usize| {
                                start
                                    .checked_sub(n)
                                    .filter(|&t| t >= window.start && !stop(t, start))
                            };
                            // "City economists had expected the rate to climb": who forecasts
                            // a figure is its source too, past a role and an auxiliary.
                            let forecasts = (end..(end + 3).min(window.end))
                                .take_while(|&t| {
                                    !stop(t.saturating_sub(1).max(start), t)
                                        && text(t).starts_with(char::is_lowercase)
                                })
                                .any(|t| FORECASTING.contains(&text(t).to_lowercase().as_str()));
                            let source = (end < window.end && !stop(end - 1, end) && speaks(end))
                                || forecasts
                                || before(1).is_some_and(speaks)
                                || before(2)
                                    .is_some_and(|t| text(t).eq_ignore_ascii_case("according"))
                                || before(3)
                                    .is_some_and(|t| text(t).eq_ignore_ascii_case("according"));
                            source == as_source
                        })
                })
        })
}

/// Verbs of forecasting: who forecasts a figure reports it, as one who says it does.
pub(super) const FORECASTING: &[&str] = &[
    "expected",
    "expects",
    "expect",
    "forecast",
    "forecasts",
    "predicted",
    "predicts",
    "projected",
    "projects",
    "estimated",
    "estimates",
    "anticipated",
];

/// Whether a context term names an owner: every word of one of its spellings is in the
/// owner's name (`York` for `York`, `SNP` for `the SNP`), or the owner is a common noun
/// that refers back to it (`the agency` for `Environment Agency`).
fn owns(term: &Term, owner: &str) -> bool {
    let common = !owner.chars().any(char::is_uppercase);
    let owner = Phrase::new(owner);
    let stems: Vec<&str> = owner.words().map(|w| w.stem()).collect();
    // (Its title aside: "Mr. Watsa" is Prem Watsa.)
    let untitled: Vec<&str> = match stems
        .iter()
        .position(|w| !crate::recognise::vocabulary::is_title(w))
    {
        Some(at) => stems[at..].to_vec(),
        None => stems.clone(),
    };
    term.alternatives.iter().any(|phrase| {
        let words: Vec<&str> = phrase.words().map(|w| w.stem()).collect();
        // ("Moderna's RSV vaccine" owns "Moderna Inc … vaccine against respiratory syncytial
        // virus": an acronym stands for the words it spells.)
        let spelled = |w: &crate::text::words::Word<'_>| {
            stems.contains(&w.stem()) || (w.acronym && initials_of(w.key, &owner))
        };
        !words.is_empty()
            && (phrase.words().all(|w| spelled(&w))
                || (common && !stems.is_empty() && stems.iter().all(|s| words.contains(s)))
                // "Scholz" owns what "Olaf Scholz" is claimed to have: the surname.
                || (!untitled.is_empty()
                    && untitled.iter().all(|s| words.contains(s))
                    && untitled.last() == words.last()))
    })
}

/// Whether `acronym` (`RSV`) spells the initials of consecutive words of `owner` (`…
/// against respiratory syncytial virus`): the short name of what the owner names.
fn initials_of(acronym: &str, owner: &Phrase) -> bool {
    let letters: Vec<char> = acronym.chars().map(|c| c.to_ascii_uppercase()).collect();
    if letters.len() < 2 || letters.len() > 6 || !letters.iter().all(char::is_ascii_uppercase) {
        return false;
    }
    let initials: Vec<char> = owner
        .words()
        .filter_map(|w| w.key.chars().next())
        .map(|c| c.to_ascii_uppercase())
        .collect();
    initials
        .windows(letters.len())
        .any(|run| run == letters.as_slice())
}

/// The note for evidence whose window lacks some context terms.
pub(crate) fn lacks_note(claim: &Claim, missing: &[&str]) -> String {
    format!(
        "the {} does not mention {}",
        claim.within.name(),
        super::listed(missing)
    )
}
