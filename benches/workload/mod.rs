//! A reproducible newsroom workload: N articles and M claims, deterministic from a seed.
//!
//! Articles recombine the bundled articles' paragraphs, with numbers varied and names
//! swapped, and add template paragraphs whose facts the generator knows (an organisation's
//! figure, a date, a quotation, an announcement). Claims are written about those facts
//! with the verdict the generator intends as `expect`: about 40% quantity, 20% quote, 15%
//! date, 15% text, 10% pattern and shorthand; about a third each supported, refuted and
//! absent; a tenth on two articles. A correct checker passes the whole suite.
//!
//! Shared by `cargo bench` (benches/check.rs), `cargo run --example gen-corpus` and tests.
#![allow(dead_code)]

use std::fmt::Write;
use std::path::Path;

/// A small, fast, deterministic generator (SplitMix64).
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const SYLLABLES: &[&str] = &[
    "vel", "mar", "tor", "qui", "zan", "bel", "dor", "ash", "lin", "kor", "mer", "sal", "ven",
    "rho", "tal", "nim", "cas", "pel", "dra", "sor", "bri", "gal", "mon", "ter", "vas", "hel",
    "quo", "ran", "sev", "ul",
];
const BODIES: &[&str] = &[
    "Ministry",
    "Institute",
    "Council",
    "Agency",
    "Command",
    "Commission",
    "Bureau",
    "Authority",
];
const UNITS: &[&str] = &[
    "troops",
    "tanks",
    "warships",
    "civilians",
    "aircraft",
    "volunteers",
    "rockets",
    "vehicles",
];
const QUALIFIERS: &[&str] = &["", "up to ", "about ", "more than "];
const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const WEEKDAYS: &[&str] = &["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
const EVENTS: &[&str] = &[
    "exercise",
    "ceasefire",
    "inquiry",
    "blockade",
    "airlift",
    "embargo",
    "summit",
    "evacuation",
];
const TOPICS: &[&str] = &[
    "grain exports",
    "border crossings",
    "power supplies",
    "naval patrols",
    "fuel prices",
    "rail links",
    "water rights",
    "air defences",
];
const QUOTE_WORDS: &[&str] = &[
    "we", "will", "not", "accept", "any", "delay", "in", "the", "talks", "our", "people",
    "deserve", "peace", "and", "security", "this", "is", "a", "moment", "for", "courage", "they",
    "must", "withdraw", "their", "forces", "now", "history", "judge", "us", "all", "by", "what",
    "do", "next", "there", "can", "be", "no", "return", "to", "war",
];
const STRANGE_WORDS: &[&str] = &[
    "saffron", "glacier", "lantern", "orchid", "tundra", "marble", "falcon", "cobalt", "meadow",
    "quartz",
];
const SWAP_NAMES: &[(&str, &str)] = &[
    ("Kirby", "Halvorsen"),
    ("Truss", "Okonkwo"),
    ("Psaki", "Lindqvist"),
    ("Macron", "Duarte"),
    ("Putin", "Ramires"),
    ("Biden", "Castellan"),
    ("Scholz", "Aaltonen"),
    ("Kuleba", "Moravec"),
    ("Belarus", "Velmoria"),
    ("Moscow", "Tarsk"),
];

/// What a generated claim is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Quantity,
    Quote,
    Date,
    Text,
    Pattern,
    Shorthand,
}

/// The verdict a generated claim is meant to get.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Intent {
    Supported,
    Refuted,
    Absent,
}

impl Intent {
    fn name(self) -> &'static str {
        match self {
            Intent::Supported => "supported",
            Intent::Refuted => "refuted",
            Intent::Absent => "absent",
        }
    }
}

/// The facts a template paragraph states, kept to write claims about.
struct Facts {
    org: String,
    unit: &'static str,
    number: u64,
    qualifier: &'static str,
    month: usize,
    day: usize,
    event: &'static str,
    speaker: String,
    quote: Vec<&'static str>,
    topic: &'static str,
}

/// A generated suite, in memory.
pub struct Workload {
    /// `(name, text)` of each article.
    pub articles: Vec<(String, String)>,
    /// `(file name, TOML)` of each claim file.
    pub claim_files: Vec<(String, String)>,
    /// How many claims of each intent.
    pub intents: [usize; 3],
    /// How many claims of each kind.
    pub kinds: [usize; 6],
    /// How many claims name two articles.
    pub multi_article: usize,
}

impl Workload {
    /// Total bytes of article text.
    pub fn article_bytes(&self) -> usize {
        self.articles.iter().map(|(_, t)| t.len()).sum()
    }

    /// Make the suite fail in places, as a report to read has failures: the first supported
    /// claim of every `every`-th claim file expects `absent` (a few such claims name two
    /// articles and still pass).
    pub fn fail_some(&mut self, every: usize) {
        for (_, claims) in self.claim_files.iter_mut().step_by(every.max(1)) {
            *claims = claims.replacen("expect = \"supported\"", "expect = \"absent\"", 1);
        }
    }

    /// Write the suite (articles/, claims/, factcheck.toml) into `dir`.
    pub fn write(&self, dir: &Path) -> std::io::Result<()> {
        std::fs::create_dir_all(dir.join("articles"))?;
        std::fs::create_dir_all(dir.join("claims"))?;
        std::fs::write(
            dir.join("factcheck.toml"),
            "# A generated workload (benches/workload).\n",
        )?;
        for (name, text) in &self.articles {
            std::fs::write(dir.join("articles").join(format!("{name}.txt")), text)?;
        }
        for (name, text) in &self.claim_files {
            std::fs::write(dir.join("claims").join(format!("{name}.toml")), text)?;
        }
        Ok(())
    }
}

fn org_name(rng: &mut Rng) -> String {
    let mut word = String::new();
    for _ in 0..3 {
        word.push_str(rng.pick(SYLLABLES));
    }
    let mut chars = word.chars();
    let first = chars.next().unwrap().to_uppercase().collect::<String>();
    format!("{first}{} {}", chars.as_str(), rng.pick(BODIES))
}

fn person(rng: &mut Rng) -> String {
    let name = |rng: &mut Rng| {
        let word = format!("{}{}", rng.pick(SYLLABLES), rng.pick(SYLLABLES));
        let mut chars = word.chars();
        format!("{}{}", chars.next().unwrap().to_uppercase(), chars.as_str())
    };
    let first = name(rng);
    let last = format!("{}{}", name(rng), rng.pick(&["sen", "ova", "ez", "ski"]));
    format!("{first} {last}")
}

/// `1234567` as `1,234,567`.
fn grouped(number: u64) -> String {
    let digits = number.to_string();
    let mut out = String::new();
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

fn facts(rng: &mut Rng) -> Facts {
    let mut quote = Vec::new();
    for _ in 0..8 {
        quote.push(rng.pick(QUOTE_WORDS));
    }
    Facts {
        org: org_name(rng),
        unit: rng.pick(UNITS),
        number: 1_000 + rng.next() % 900_000,
        qualifier: rng.pick(QUALIFIERS),
        month: rng.below(12),
        day: 1 + rng.below(28),
        event: rng.pick(EVENTS),
        speaker: person(rng),
        quote,
        topic: rng.pick(TOPICS),
    }
}

/// The template paragraphs stating `facts`, each its own paragraph.
fn template(facts: &Facts, rng: &mut Rng) -> String {
    format!(
        "The {org} said {qualifier}{number} {unit} had been sent to the region this week.\n\n\
         According to the {org}, the {event} will end on {month} {day}.\n\n\
         \u{201C}{quote},\u{201D} {speaker} said on {weekday}.\n\n\
         The {org} announced a review of {topic} after the meeting.\n\n",
        org = facts.org,
        qualifier = facts.qualifier,
        number = grouped(facts.number),
        unit = facts.unit,
        event = facts.event,
        month = MONTHS[facts.month],
        day = facts.day,
        quote = capitalised(&facts.quote.join(" ")),
        speaker = facts.speaker,
        weekday = rng.pick(WEEKDAYS),
        topic = facts.topic,
    )
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => format!("{}{}", first.to_uppercase(), chars.as_str()),
        None => String::new(),
    }
}

/// A filler paragraph from the bundled articles, with its numbers varied and names swapped.
fn filler(paragraph: &str, rng: &mut Rng) -> String {
    let mut text = String::with_capacity(paragraph.len() + 8);
    for c in paragraph.chars() {
        if c.is_ascii_digit() && rng.below(3) == 0 {
            text.push(char::from(b'0' + rng.below(10) as u8));
        } else {
            text.push(c);
        }
    }
    for (from, to) in SWAP_NAMES {
        if rng.below(2) == 0 && text.contains(from) {
            text = text.replace(from, to);
        }
    }
    text
}

/// Generate `articles` articles (about `article_bytes` each) and `claims` claims.
pub fn generate(
    sources: &[String],
    articles: usize,
    claims: usize,
    article_bytes: usize,
    seed: u64,
) -> Workload {
    let mut rng = Rng::new(seed);
    let paragraphs: Vec<&str> = sources
        .iter()
        .flat_map(|s| s.split("\n\n"))
        .map(str::trim)
        .filter(|p| p.len() > 80)
        .collect();
    let mut texts = Vec::with_capacity(articles);
    let mut all_facts: Vec<Vec<Facts>> = Vec::with_capacity(articles);
    let claims_per_article = claims.div_ceil(articles.max(1));
    // One set of facts per (up to) five claims, so claims spread over several templates.
    let templates = claims_per_article.div_ceil(5).max(1);
    for index in 0..articles {
        let facts_here: Vec<Facts> = (0..templates).map(|_| facts(&mut rng)).collect();
        let mut text = format!("Generated report {index}\n\n");
        let mut pending: Vec<String> = facts_here.iter().map(|f| template(f, &mut rng)).collect();
        while text.len() < article_bytes || !pending.is_empty() {
            if !pending.is_empty() && rng.below(3) == 0 {
                text.push_str(&pending.pop().unwrap());
            } else {
                let paragraph = rng.pick(&paragraphs);
                text.push_str(&filler(paragraph, &mut rng));
                text.push_str("\n\n");
            }
        }
        texts.push((format!("a{index:06}"), text));
        all_facts.push(facts_here);
    }
    let mut workload = Workload {
        articles: texts,
        claim_files: Vec::new(),
        intents: [0; 3],
        kinds: [0; 6],
        multi_article: 0,
    };
    let per_file = 100;
    let mut file = String::new();
    for number in 0..claims {
        let article = number % articles.max(1);
        let facts = &all_facts[article][(number / articles.max(1)) % all_facts[article].len()];
        let kind = match rng.below(20) {
            0..=7 => Kind::Quantity,
            8..=11 => Kind::Quote,
            12..=14 => Kind::Date,
            15..=17 => Kind::Text,
            18 => Kind::Pattern,
            _ => Kind::Shorthand,
        };
        let mut intent = match rng.below(3) {
            0 => Intent::Supported,
            1 => Intent::Refuted,
            _ => Intent::Absent,
        };
        // Text and pattern claims are supported or absent.
        if matches!(kind, Kind::Text | Kind::Pattern) && intent == Intent::Refuted {
            intent = Intent::Absent;
        }
        let other = if articles > 1 && rng.below(10) == 0 {
            Some((article + 1 + rng.below(articles - 1)) % articles)
        } else {
            None
        };
        let _ = writeln!(file, "[[claim]]\nid = \"c{number}\"");
        write_claim(&mut file, kind, intent, facts, &mut rng);
        match other {
            Some(other) => {
                // The second article does not state these facts: "any" keeps the intent.
                let require = if intent == Intent::Absent {
                    "all"
                } else {
                    "any"
                };
                let _ = writeln!(
                    file,
                    "article = [\"{}\", \"{}\"]\nrequire = \"{require}\"",
                    workload.articles[article].0, workload.articles[other].0
                );
                workload.multi_article += 1;
            }
            None => {
                let _ = writeln!(file, "article = \"{}\"", workload.articles[article].0);
            }
        }
        let _ = writeln!(file, "expect = \"{}\"\n", intent.name());
        workload.intents[intent as usize] += 1;
        workload.kinds[kind as usize] += 1;
        if (number + 1) % per_file == 0 || number + 1 == claims {
            workload.claim_files.push((
                format!("c{:05}", workload.claim_files.len()),
                std::mem::take(&mut file),
            ));
        }
    }
    workload
}

fn toml_string(text: &str) -> String {
    format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
}

fn write_claim(out: &mut String, kind: Kind, intent: Intent, facts: &Facts, rng: &mut Rng) {
    let stranger = || "Quorvath Directorate".to_string();
    // Text and pattern claims name the generated review's topic, or one no article has.
    let topic = if intent == Intent::Supported {
        facts.topic
    } else {
        "marble quarries"
    };
    match kind {
        Kind::Quantity | Kind::Shorthand => {
            let (number, org) = match intent {
                Intent::Supported => (facts.number, facts.org.clone()),
                Intent::Refuted => (facts.number + 1 + rng.next() % 5_000, facts.org.clone()),
                Intent::Absent => (facts.number, stranger()),
            };
            let value = format!(
                "{}{} {}",
                if intent == Intent::Supported {
                    facts.qualifier
                } else {
                    ""
                },
                grouped(number),
                facts.unit
            );
            if kind == Kind::Shorthand {
                let _ = writeln!(out, "says = {}", toml_string(&format!("{org}: {value}")));
            } else {
                let _ = writeln!(
                    out,
                    "says = {}\nquantity = {}\nsource = {}",
                    toml_string(&format!("{org} figure")),
                    toml_string(&value),
                    toml_string(&org)
                );
            }
        }
        Kind::Date => {
            let (day, about) = match intent {
                Intent::Supported => (facts.day, facts.event),
                Intent::Refuted => (facts.day % 28 + 1, facts.event),
                Intent::Absent => (facts.day, "armistice"),
            };
            let _ = writeln!(
                out,
                "says = \"The {} ends on a date\"\ndate = \"{} {day}\"\nsource = {}\nabout = \"{about}\"",
                facts.event,
                MONTHS[facts.month],
                toml_string(&facts.org)
            );
        }
        Kind::Quote => {
            let mut words = facts.quote.clone();
            match intent {
                Intent::Supported => {}
                Intent::Refuted => {
                    let at = rng.below(words.len());
                    words[at] = rng.pick(STRANGE_WORDS);
                }
                Intent::Absent => {
                    words = (0..8).map(|_| rng.pick(STRANGE_WORDS)).collect();
                }
            }
            let _ = writeln!(
                out,
                "says = \"A quotation\"\nquote = {}\nspeaker = {}",
                toml_string(&words.join(" ")),
                toml_string(&facts.speaker)
            );
        }
        Kind::Text => {
            let _ = writeln!(
                out,
                "says = \"A review was announced\"\ntext = \"announced a review of {topic}\"\nsource = {}",
                toml_string(&facts.org)
            );
        }
        Kind::Pattern => {
            let _ = writeln!(
                out,
                "says = \"A review was announced\"\npattern = 'review of {topic} (after|before)'"
            );
        }
    }
}

/// The bundled articles' text, the material generated articles are made of.
pub fn bundled_sources() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("articles");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("the bundled articles folder")
        .flatten()
        .map(|e| e.path())
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| std::fs::read_to_string(p).expect("a bundled article"))
        .collect()
}
