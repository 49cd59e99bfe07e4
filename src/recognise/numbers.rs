//! Numbers as news text writes them: digits with separators and suffixes (`30,000`,
//! `30 000`, `3.5bn`, `30k`), and number words (`thirty three`, `one hundred and twenty`,
//! `a dozen`, `two and a half million`).

/// Number words and their values.
pub(crate) const UNITS: &[(&str, f64)] = &[
    ("zero", 0.0),
    ("naught", 0.0),
    ("nought", 0.0),
    ("nil", 0.0),
    ("none", 0.0),
    ("one", 1.0),
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("eleven", 11.0),
    ("twelve", 12.0),
    ("thirteen", 13.0),
    ("fourteen", 14.0),
    ("fifteen", 15.0),
    ("sixteen", 16.0),
    ("seventeen", 17.0),
    ("eighteen", 18.0),
    ("nineteen", 19.0),
    ("twenty", 20.0),
    ("thirty", 30.0),
    ("forty", 40.0),
    ("fourty", 40.0),
    ("fifty", 50.0),
    ("sixty", 60.0),
    ("seventy", 70.0),
    ("eighty", 80.0),
    ("ninety", 90.0),
    ("dozen", 12.0),
    ("couple", 2.0),
    ("pair", 2.0),
];

/// Words that multiply what comes before them.
pub(crate) const MULTIPLIERS: &[(&str, f64)] = &[
    ("hundred", 100.0),
    ("thousand", 1e3),
    ("grand", 1e3),
    ("k", 1e3),
    ("lakh", 1e5),
    ("lakhs", 1e5),
    ("lac", 1e5),
    ("lacs", 1e5),
    ("million", 1e6),
    ("millions", 1e6),
    ("mn", 1e6),
    ("mln", 1e6),
    ("m", 1e6),
    ("crore", 1e7),
    ("crores", 1e7),
    ("cr", 1e7),
    ("billion", 1e9),
    ("bn", 1e9),
    ("b", 1e9),
    ("trillion", 1e12),
    ("tn", 1e12),
    ("trn", 1e12),
    ("quadrillion", 1e15),
    ("quintillion", 1e18),
    ("sextillion", 1e21),
    ("septillion", 1e24),
];

/// Plural number words that state an order of magnitude, not a number: `tens of
/// thousands` is at least 10,000 and less than 100,000.
pub(crate) const VAGUE: &[(&str, f64, f64)] = &[
    ("dozens", 24.0, 100.0),
    ("scores", 40.0, 100.0),
    ("tens", 10.0, 100.0),
    ("hundreds", 100.0, 1000.0),
    ("thousands", 1e3, 1e4),
    ("millions", 1e6, 1e7),
    ("billions", 1e9, 1e10),
    ("trillions", 1e12, 1e13),
];

/// The value of a number word.
pub(crate) fn word_value(word: &str) -> Option<f64> {
    UNITS.iter().find(|(w, _)| *w == word).map(|(_, v)| *v)
}

/// The value of a multiplier word.
pub(crate) fn multiplier(word: &str) -> Option<f64> {
    MULTIPLIERS
        .iter()
        .find(|(w, _)| *w == word)
        .map(|(_, v)| *v)
}

/// Whether `word` can be part of a spelled-out number.
pub(crate) fn is_number_word(word: &str) -> bool {
    word_value(word).is_some() || (multiplier(word).is_some() && word.len() > 2)
}

/// The value of spelled-out number words (lower case, `and` and `a` allowed between and
/// before them, `half` after `and a`): `["one", "hundred", "and", "twenty"]` → 120.
pub(crate) fn words_value(words: &[&str]) -> Option<f64> {
    let mut total = 0.0;
    let mut current: f64 = 0.0;
    let mut seen = false;
    // The last multiplier of a thousand or more: later ones must be smaller
    // ("million four million" is two numbers, not five million).
    let mut last_large = f64::INFINITY;
    let mut previous_was_multiplier = false;
    let mut previous_count = false;
    for &word in words {
        let is_count = word_value(word).is_some();
        match word {
            "and" | "-" | "a" | "an" => continue,
            "half" => current += 0.5,
            // "two thirds", "one sixth", "three quarters": a count of parts.
            word if denominator(word).is_some() => {
                let parts = denominator(word).unwrap_or(1.0);
                if previous_count && current > 0.0 && current < 10.0 {
                    current /= parts;
                } else {
                    current += 1.0 / parts;
                }
                previous_was_multiplier = false;
            }
            "dozen" => current = current.max(1.0) * 12.0,
            _ => {
                if let Some(value) = word_value(word) {
                    // Two numbers side by side ("five six", "ten five", "fifty zero") are not
                    // one number: units follow only twenty, thirty, … ninety.
                    let below_hundred = current % 100.0;
                    let joins_tens = below_hundred == 0.0
                        || (below_hundred >= 20.0 && below_hundred % 10.0 == 0.0 && value < 10.0);
                    if !joins_tens || (value == 0.0 && seen) {
                        return None;
                    }
                    current += value;
                    previous_was_multiplier = false;
                } else if let Some(factor) = multiplier(word) {
                    if previous_was_multiplier && current == 0.0 && total > 0.0 && total >= factor {
                        return None; // "million million", "hundred hundreds"
                    }
                    if factor == 100.0 {
                        if current >= 100.0
                            || (previous_was_multiplier && current % 100.0 == 0.0 && current > 0.0)
                        {
                            return None; // "hundred and five hundred": two numbers
                        }
                        current = current.max(1.0) * factor;
                    } else if current == 0.0 && total > 0.0 && total < factor {
                        // "three thousand millions": a larger multiplier scales what came before.
                        total *= factor;
                        last_large = factor;
                    } else {
                        if factor >= last_large {
                            return None;
                        }
                        let count = if current == 0.0 { 1.0 } else { current };
                        total += count * factor;
                        current = 0.0;
                        last_large = factor;
                    }
                    previous_was_multiplier = true;
                } else {
                    return None;
                }
            }
        }
        seen = true;
        previous_count = is_count;
    }
    seen.then_some(total + current)
}

/// The parts a fraction word divides into: `third` 3, `quarters` 4 (`half` is read apart).
pub(crate) fn denominator(word: &str) -> Option<f64> {
    const PARTS: &[(&str, f64)] = &[
        ("halves", 2.0),
        ("third", 3.0),
        ("thirds", 3.0),
        ("quarter", 4.0),
        ("quarters", 4.0),
        ("fourth", 4.0),
        ("fourths", 4.0),
        ("fifth", 5.0),
        ("fifths", 5.0),
        ("sixth", 6.0),
        ("sixths", 6.0),
        ("seventh", 7.0),
        ("sevenths", 7.0),
        ("eighth", 8.0),
        ("eighths", 8.0),
        ("ninth", 9.0),
        ("ninths", 9.0),
        ("tenth", 10.0),
        ("tenths", 10.0),
    ];
    PARTS
        .iter()
        .find(|(w, _)| *w == word)
        .map(|(_, parts)| *parts)
}

/// A number written in digits, split into its value and any letters glued after it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Digits<'a> {
    /// The value of the digits.
    pub value: f64,
    /// Letters after the digits (`bn` of `3.5bn`, `nd` of `82nd`).
    pub suffix: &'a str,
    /// Whether the digits had a decimal point.
    pub decimal: bool,
    /// Whether the digits had thousands separators.
    pub grouped: bool,
    /// How many digits before any separator or point.
    pub leading: usize,
}

/// Read `30,000`, `3.5`, `1,200.75`, `30k`, `82nd`. A comma not followed by exactly three
/// digits ends the number; a point followed by digits is decimal.
pub(crate) fn digits(text: &str) -> Option<Digits<'_>> {
    let bytes = text.as_bytes();
    if bytes.first().is_none_or(|b| !b.is_ascii_digit()) {
        return None;
    }
    let mut end = 0;
    while end < bytes.len() && bytes[end].is_ascii_digit() {
        end += 1;
    }
    let leading = end;
    let mut grouped = false;
    // Indian grouping: "12,34,567.89" (pairs of digits, then three).
    if leading <= 2 {
        let mut at = end;
        let mut pairs = 0;
        while bytes.get(at) == Some(&b',')
            && bytes.len() >= at + 3
            && bytes[at + 1..at + 3].iter().all(u8::is_ascii_digit)
            && bytes.get(at + 3) == Some(&b',')
        {
            at += 3;
            pairs += 1;
        }
        if pairs > 0
            && bytes.len() >= at + 4
            && bytes[at + 1..at + 4].iter().all(u8::is_ascii_digit)
            && bytes.get(at + 4).is_none_or(|b| !b.is_ascii_digit())
        {
            end = at + 4;
            grouped = true;
        }
    }
    while end + 3 < bytes.len() + 1
        && bytes.get(end) == Some(&b',')
        && bytes.len() >= end + 4
        && bytes[end + 1..end + 4].iter().all(u8::is_ascii_digit)
        && bytes.get(end + 4).is_none_or(|b| !b.is_ascii_digit())
    {
        grouped = true;
        end += 4;
    }
    let mut decimal = false;
    if bytes.get(end) == Some(&b'.') && bytes.get(end + 1).is_some_and(u8::is_ascii_digit) {
        decimal = true;
        end += 1;
        while end < bytes.len() && bytes[end].is_ascii_digit() {
            end += 1;
        }
    }
    let number: String = text[..end].chars().filter(|c| *c != ',').collect();
    let value = number.parse().ok()?;
    Some(Digits {
        value,
        suffix: &text[end..],
        decimal,
        grouped,
        leading,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn number_words_compose() {
        assert_eq!(words_value(&["thirty", "three"]), Some(33.0));
        assert_eq!(
            words_value(&["one", "hundred", "and", "twenty"]),
            Some(120.0)
        );
        assert_eq!(words_value(&["a", "dozen"]), Some(12.0));
        assert_eq!(
            words_value(&[
                "fifty", "three", "billion", "two", "hundred", "forty", "three", "thousand",
                "seven", "hundred", "twenty", "four"
            ]),
            Some(53_000_243_724.0)
        );
        assert_eq!(
            words_value(&["two", "and", "a", "half", "million"]),
            Some(2_500_000.0)
        );
        assert_eq!(
            words_value(&["a", "million", "and", "one"]),
            Some(1_000_001.0)
        );
        assert_eq!(words_value(&["five", "six"]), None);
    }

    #[test]
    fn digits_read_separators_and_suffixes() {
        let d = digits("30,000").unwrap();
        assert_eq!((d.value, d.suffix, d.grouped), (30_000.0, "", true));
        let d = digits("3.5bn").unwrap();
        assert_eq!((d.value, d.suffix, d.decimal), (3.5, "bn", true));
        assert_eq!(digits("82nd").unwrap().suffix, "nd");
        assert_eq!(digits("1,200.75").unwrap().value, 1200.75);
    }
}
