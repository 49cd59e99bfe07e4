//! Units of measurement: their spellings, dimensions and conversion factors.
//!
//! One table, [`UNITS`], maps every spelling to a unit with a dimension and a factor to the
//! dimension's base unit (metre, kilogram, square metre, litre, second, metre per second),
//! so that `3.2 km` and `2 miles` compare. Currencies are each their own dimension (no
//! exchange rates: an article's "$1.2bn" never supports a claim's "£1bn"). Temperatures
//! convert with an offset. Anything not in the table is a counted noun ("troops", "warships"),
//! compared by its head word and the suite's aliases.

/// What a unit measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Dimension {
    /// Metres.
    Length,
    /// Kilograms.
    Mass,
    /// Square metres.
    Area,
    /// Litres.
    Volume,
    /// Seconds.
    Duration,
    /// Metres per second.
    Speed,
    /// Degrees Celsius.
    Temperature,
    /// Percent.
    Percentage,
    /// A currency, by ISO code.
    Currency(&'static str),
}

impl Dimension {
    /// The dimension's name, as shown in `extract` output and notes.
    pub fn name(self) -> &'static str {
        match self {
            Dimension::Length => "length",
            Dimension::Mass => "mass",
            Dimension::Area => "area",
            Dimension::Volume => "volume",
            Dimension::Duration => "duration",
            Dimension::Speed => "speed",
            Dimension::Temperature => "temperature",
            Dimension::Percentage => "percentage",
            Dimension::Currency(code) => code,
        }
    }
}

/// A unit of the table.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MeasureUnit {
    /// The canonical name (`kilometre`).
    pub name: &'static str,
    /// What it measures.
    pub dimension: Dimension,
    /// Multiply by this to get the base unit.
    pub factor: f64,
    /// Add this after multiplying (only temperatures).
    pub offset: f64,
}

impl MeasureUnit {
    /// `value` of this unit in the dimension's base unit.
    pub fn to_base(&self, value: f64) -> f64 {
        value * self.factor + self.offset
    }
}

const fn unit(name: &'static str, dimension: Dimension, factor: f64) -> MeasureUnit {
    MeasureUnit {
        name,
        dimension,
        factor,
        offset: 0.0,
    }
}

use Dimension::*;

/// Every spelling of every unit, lower case (symbols as written). Multi-word spellings are
/// matched word by word.
pub const UNITS: &[(&str, MeasureUnit)] = &[
    // length
    ("km", unit("kilometre", Length, 1000.0)),
    ("kms", unit("kilometre", Length, 1000.0)),
    ("kilometre", unit("kilometre", Length, 1000.0)),
    ("kilometres", unit("kilometre", Length, 1000.0)),
    ("kilometer", unit("kilometre", Length, 1000.0)),
    ("kilometers", unit("kilometre", Length, 1000.0)),
    ("m", unit("metre", Length, 1.0)),
    ("metre", unit("metre", Length, 1.0)),
    ("metres", unit("metre", Length, 1.0)),
    ("meter", unit("metre", Length, 1.0)),
    ("meters", unit("metre", Length, 1.0)),
    ("cm", unit("centimetre", Length, 0.01)),
    ("centimetre", unit("centimetre", Length, 0.01)),
    ("centimetres", unit("centimetre", Length, 0.01)),
    ("centimeter", unit("centimetre", Length, 0.01)),
    ("centimeters", unit("centimetre", Length, 0.01)),
    ("mm", unit("millimetre", Length, 0.001)),
    ("millimetre", unit("millimetre", Length, 0.001)),
    ("millimetres", unit("millimetre", Length, 0.001)),
    ("millimeter", unit("millimetre", Length, 0.001)),
    ("millimeters", unit("millimetre", Length, 0.001)),
    ("mi", unit("mile", Length, 1609.344)),
    ("mile", unit("mile", Length, 1609.344)),
    ("miles", unit("mile", Length, 1609.344)),
    ("nautical mile", unit("nautical mile", Length, 1852.0)),
    ("nautical miles", unit("nautical mile", Length, 1852.0)),
    ("nmi", unit("nautical mile", Length, 1852.0)),
    ("ft", unit("foot", Length, 0.3048)),
    ("foot", unit("foot", Length, 0.3048)),
    ("feet", unit("foot", Length, 0.3048)),
    ("in", unit("inch", Length, 0.0254)),
    ("inch", unit("inch", Length, 0.0254)),
    ("inches", unit("inch", Length, 0.0254)),
    ("\"", unit("inch", Length, 0.0254)),
    ("'", unit("foot", Length, 0.3048)),
    ("yd", unit("yard", Length, 0.9144)),
    ("yard", unit("yard", Length, 0.9144)),
    ("yards", unit("yard", Length, 0.9144)),
    // mass
    ("kg", unit("kilogram", Mass, 1.0)),
    ("kgs", unit("kilogram", Mass, 1.0)),
    ("kilo", unit("kilogram", Mass, 1.0)),
    ("kilos", unit("kilogram", Mass, 1.0)),
    ("kilogram", unit("kilogram", Mass, 1.0)),
    ("kilograms", unit("kilogram", Mass, 1.0)),
    ("kilogramme", unit("kilogram", Mass, 1.0)),
    ("kilogrammes", unit("kilogram", Mass, 1.0)),
    ("g", unit("gram", Mass, 0.001)),
    ("gram", unit("gram", Mass, 0.001)),
    ("grams", unit("gram", Mass, 0.001)),
    ("gramme", unit("gram", Mass, 0.001)),
    ("grammes", unit("gram", Mass, 0.001)),
    ("mg", unit("milligram", Mass, 1e-6)),
    ("milligram", unit("milligram", Mass, 1e-6)),
    ("milligrams", unit("milligram", Mass, 1e-6)),
    ("t", unit("tonne", Mass, 1000.0)),
    ("tonne", unit("tonne", Mass, 1000.0)),
    ("tonnes", unit("tonne", Mass, 1000.0)),
    ("metric ton", unit("tonne", Mass, 1000.0)),
    ("metric tons", unit("tonne", Mass, 1000.0)),
    ("ton", unit("ton", Mass, 907.18474)),
    ("tons", unit("ton", Mass, 907.18474)),
    ("lb", unit("pound", Mass, 0.45359237)),
    ("lbs", unit("pound", Mass, 0.45359237)),
    ("pound", unit("pound", Mass, 0.45359237)),
    ("pounds", unit("pound", Mass, 0.45359237)),
    ("oz", unit("ounce", Mass, 0.028349523)),
    ("ounce", unit("ounce", Mass, 0.028349523)),
    ("ounces", unit("ounce", Mass, 0.028349523)),
    // area
    ("km2", unit("square kilometre", Area, 1e6)),
    ("km²", unit("square kilometre", Area, 1e6)),
    ("sq km", unit("square kilometre", Area, 1e6)),
    ("square kilometre", unit("square kilometre", Area, 1e6)),
    ("square kilometres", unit("square kilometre", Area, 1e6)),
    ("square kilometer", unit("square kilometre", Area, 1e6)),
    ("square kilometers", unit("square kilometre", Area, 1e6)),
    ("m2", unit("square metre", Area, 1.0)),
    ("m²", unit("square metre", Area, 1.0)),
    ("square metre", unit("square metre", Area, 1.0)),
    ("square metres", unit("square metre", Area, 1.0)),
    ("square meter", unit("square metre", Area, 1.0)),
    ("square meters", unit("square metre", Area, 1.0)),
    ("sq mi", unit("square mile", Area, 2_589_988.11)),
    ("square mile", unit("square mile", Area, 2_589_988.11)),
    ("square miles", unit("square mile", Area, 2_589_988.11)),
    ("square feet", unit("square foot", Area, 0.09290304)),
    ("square foot", unit("square foot", Area, 0.09290304)),
    ("sq ft", unit("square foot", Area, 0.09290304)),
    ("hectare", unit("hectare", Area, 10_000.0)),
    ("hectares", unit("hectare", Area, 10_000.0)),
    ("ha", unit("hectare", Area, 10_000.0)),
    ("acre", unit("acre", Area, 4046.8564224)),
    ("acres", unit("acre", Area, 4046.8564224)),
    // volume
    ("l", unit("litre", Volume, 1.0)),
    ("litre", unit("litre", Volume, 1.0)),
    ("litres", unit("litre", Volume, 1.0)),
    ("liter", unit("litre", Volume, 1.0)),
    ("liters", unit("litre", Volume, 1.0)),
    ("ml", unit("millilitre", Volume, 0.001)),
    ("millilitre", unit("millilitre", Volume, 0.001)),
    ("millilitres", unit("millilitre", Volume, 0.001)),
    ("milliliter", unit("millilitre", Volume, 0.001)),
    ("milliliters", unit("millilitre", Volume, 0.001)),
    ("cl", unit("centilitre", Volume, 0.01)),
    ("centilitre", unit("centilitre", Volume, 0.01)),
    ("centilitres", unit("centilitre", Volume, 0.01)),
    ("centiliter", unit("centilitre", Volume, 0.01)),
    ("centiliters", unit("centilitre", Volume, 0.01)),
    ("hectolitre", unit("hectolitre", Volume, 100.0)),
    ("hectolitres", unit("hectolitre", Volume, 100.0)),
    ("hectoliter", unit("hectolitre", Volume, 100.0)),
    ("hectoliters", unit("hectolitre", Volume, 100.0)),
    ("gallon", unit("gallon", Volume, 3.785411784)),
    ("gallons", unit("gallon", Volume, 3.785411784)),
    ("gal", unit("gallon", Volume, 3.785411784)),
    ("barrel", unit("barrel", Volume, 158.987294928)),
    ("barrels", unit("barrel", Volume, 158.987294928)),
    ("cubic metre", unit("cubic metre", Volume, 1000.0)),
    ("cubic metres", unit("cubic metre", Volume, 1000.0)),
    ("cubic meter", unit("cubic metre", Volume, 1000.0)),
    ("cubic meters", unit("cubic metre", Volume, 1000.0)),
    ("m3", unit("cubic metre", Volume, 1000.0)),
    ("pint", unit("pint", Volume, 0.473176473)),
    ("pints", unit("pint", Volume, 0.473176473)),
    ("quart", unit("quart", Volume, 0.946352946)),
    ("quarts", unit("quart", Volume, 0.946352946)),
    ("cup", unit("cup", Volume, 0.2365882365)),
    ("cups", unit("cup", Volume, 0.2365882365)),
    // duration
    ("second", unit("second", Duration, 1.0)),
    ("seconds", unit("second", Duration, 1.0)),
    ("sec", unit("second", Duration, 1.0)),
    ("secs", unit("second", Duration, 1.0)),
    ("minute", unit("minute", Duration, 60.0)),
    ("minutes", unit("minute", Duration, 60.0)),
    ("min", unit("minute", Duration, 60.0)),
    ("mins", unit("minute", Duration, 60.0)),
    ("hour", unit("hour", Duration, 3600.0)),
    ("hours", unit("hour", Duration, 3600.0)),
    ("hr", unit("hour", Duration, 3600.0)),
    ("hrs", unit("hour", Duration, 3600.0)),
    ("h", unit("hour", Duration, 3600.0)),
    ("day", unit("day", Duration, 86_400.0)),
    ("days", unit("day", Duration, 86_400.0)),
    ("week", unit("week", Duration, 604_800.0)),
    ("weeks", unit("week", Duration, 604_800.0)),
    ("fortnight", unit("fortnight", Duration, 1_209_600.0)),
    ("fortnights", unit("fortnight", Duration, 1_209_600.0)),
    ("month", unit("month", Duration, 2_629_800.0)),
    ("months", unit("month", Duration, 2_629_800.0)),
    ("quarter", unit("quarter", Duration, 7_889_400.0)),
    ("quarters", unit("quarter", Duration, 7_889_400.0)),
    ("year", unit("year", Duration, 31_557_600.0)),
    ("years", unit("year", Duration, 31_557_600.0)),
    ("yr", unit("year", Duration, 31_557_600.0)),
    ("yrs", unit("year", Duration, 31_557_600.0)),
    ("decade", unit("decade", Duration, 315_576_000.0)),
    ("decades", unit("decade", Duration, 315_576_000.0)),
    ("century", unit("century", Duration, 3_155_760_000.0)),
    ("centuries", unit("century", Duration, 3_155_760_000.0)),
    // speed
    ("km/h", unit("kilometre per hour", Speed, 1.0 / 3.6)),
    ("kph", unit("kilometre per hour", Speed, 1.0 / 3.6)),
    ("kmh", unit("kilometre per hour", Speed, 1.0 / 3.6)),
    (
        "kilometres per hour",
        unit("kilometre per hour", Speed, 1.0 / 3.6),
    ),
    (
        "kilometers per hour",
        unit("kilometre per hour", Speed, 1.0 / 3.6),
    ),
    ("mph", unit("mile per hour", Speed, 0.44704)),
    ("miles per hour", unit("mile per hour", Speed, 0.44704)),
    ("knot", unit("knot", Speed, 0.514444)),
    ("knots", unit("knot", Speed, 0.514444)),
    // percentage
    ("%", unit("percent", Percentage, 1.0)),
    ("percent", unit("percent", Percentage, 1.0)),
    ("per cent", unit("percent", Percentage, 1.0)),
    ("pct", unit("percent", Percentage, 1.0)),
    (
        "percentage points",
        unit("percentage point", Percentage, 1.0),
    ),
    (
        "percentage point",
        unit("percentage point", Percentage, 1.0),
    ),
    // currencies (symbols are read before the number; these are the words after it)
    ("dollar", unit("dollar", Currency("USD"), 1.0)),
    ("dollars", unit("dollar", Currency("USD"), 1.0)),
    ("usd", unit("dollar", Currency("USD"), 1.0)),
    ("bucks", unit("dollar", Currency("USD"), 1.0)),
    ("cent", unit("cent", Currency("USD"), 0.01)),
    ("cents", unit("cent", Currency("USD"), 0.01)),
    ("c", unit("cent", Currency("USD"), 0.01)),
    ("¢", unit("cent", Currency("USD"), 0.01)),
    ("euro", unit("euro", Currency("EUR"), 1.0)),
    ("euros", unit("euro", Currency("EUR"), 1.0)),
    ("eur", unit("euro", Currency("EUR"), 1.0)),
    ("€", unit("euro", Currency("EUR"), 1.0)),
    (
        "pound sterling",
        unit("pound sterling", Currency("GBP"), 1.0),
    ),
    (
        "pounds sterling",
        unit("pound sterling", Currency("GBP"), 1.0),
    ),
    ("sterling", unit("pound sterling", Currency("GBP"), 1.0)),
    ("gbp", unit("pound sterling", Currency("GBP"), 1.0)),
    ("pence", unit("penny", Currency("GBP"), 0.01)),
    ("p", unit("penny", Currency("GBP"), 0.01)),
    ("yen", unit("yen", Currency("JPY"), 1.0)),
    ("jpy", unit("yen", Currency("JPY"), 1.0)),
    ("yuan", unit("yuan", Currency("CNY"), 1.0)),
    ("renminbi", unit("yuan", Currency("CNY"), 1.0)),
    ("rouble", unit("rouble", Currency("RUB"), 1.0)),
    ("roubles", unit("rouble", Currency("RUB"), 1.0)),
    ("ruble", unit("rouble", Currency("RUB"), 1.0)),
    ("rubles", unit("rouble", Currency("RUB"), 1.0)),
    ("hryvnia", unit("hryvnia", Currency("UAH"), 1.0)),
    ("hryvnias", unit("hryvnia", Currency("UAH"), 1.0)),
    ("rupee", unit("rupee", Currency("INR"), 1.0)),
    ("rupees", unit("rupee", Currency("INR"), 1.0)),
    ("inr", unit("rupee", Currency("INR"), 1.0)),
    ("franc", unit("franc", Currency("CHF"), 1.0)),
    ("francs", unit("franc", Currency("CHF"), 1.0)),
    ("bitcoin", unit("bitcoin", Currency("BTC"), 1.0)),
    ("bitcoins", unit("bitcoin", Currency("BTC"), 1.0)),
    ("dinar", unit("dinar", Currency("DINAR"), 1.0)),
    ("dinars", unit("dinar", Currency("DINAR"), 1.0)),
    ("dirham", unit("dirham", Currency("AED"), 1.0)),
    ("dirhams", unit("dirham", Currency("AED"), 1.0)),
    ("aed", unit("dirham", Currency("AED"), 1.0)),
    ("won", unit("won", Currency("KRW"), 1.0)),
    // temperature
    (
        "°c",
        MeasureUnit {
            name: "degree Celsius",
            dimension: Temperature,
            factor: 1.0,
            offset: 0.0,
        },
    ),
    (
        "celsius",
        MeasureUnit {
            name: "degree Celsius",
            dimension: Temperature,
            factor: 1.0,
            offset: 0.0,
        },
    ),
    (
        "centigrade",
        MeasureUnit {
            name: "degree Celsius",
            dimension: Temperature,
            factor: 1.0,
            offset: 0.0,
        },
    ),
    (
        "degrees celsius",
        MeasureUnit {
            name: "degree Celsius",
            dimension: Temperature,
            factor: 1.0,
            offset: 0.0,
        },
    ),
    (
        "degrees centigrade",
        MeasureUnit {
            name: "degree Celsius",
            dimension: Temperature,
            factor: 1.0,
            offset: 0.0,
        },
    ),
    (
        "°f",
        MeasureUnit {
            name: "degree Fahrenheit",
            dimension: Temperature,
            factor: 5.0 / 9.0,
            offset: -160.0 / 9.0,
        },
    ),
    (
        "fahrenheit",
        MeasureUnit {
            name: "degree Fahrenheit",
            dimension: Temperature,
            factor: 5.0 / 9.0,
            offset: -160.0 / 9.0,
        },
    ),
    (
        "degrees fahrenheit",
        MeasureUnit {
            name: "degree Fahrenheit",
            dimension: Temperature,
            factor: 5.0 / 9.0,
            offset: -160.0 / 9.0,
        },
    ),
    (
        "°",
        MeasureUnit {
            name: "degree",
            dimension: Temperature,
            factor: 1.0,
            offset: 0.0,
        },
    ),
    (
        "degree",
        MeasureUnit {
            name: "degree",
            dimension: Temperature,
            factor: 1.0,
            offset: 0.0,
        },
    ),
    (
        "degrees",
        MeasureUnit {
            name: "degree",
            dimension: Temperature,
            factor: 1.0,
            offset: 0.0,
        },
    ),
];

/// Currency symbols written before a number, with their currency.
pub const CURRENCY_SYMBOLS: &[(&str, MeasureUnit)] = &[
    ("US$", unit("dollar", Currency("USD"), 1.0)),
    ("$", unit("dollar", Currency("USD"), 1.0)),
    ("£", unit("pound sterling", Currency("GBP"), 1.0)),
    ("€", unit("euro", Currency("EUR"), 1.0)),
    ("¥", unit("yen", Currency("JPY"), 1.0)),
    ("₹", unit("rupee", Currency("INR"), 1.0)),
    ("₽", unit("rouble", Currency("RUB"), 1.0)),
    ("₴", unit("hryvnia", Currency("UAH"), 1.0)),
    ("Rs.", unit("rupee", Currency("INR"), 1.0)),
    ("Rs", unit("rupee", Currency("INR"), 1.0)),
    ("USD", unit("dollar", Currency("USD"), 1.0)),
    ("EUR", unit("euro", Currency("EUR"), 1.0)),
    ("GBP", unit("pound sterling", Currency("GBP"), 1.0)),
];

/// Spellings that are units only right after a number and never a noun's head on their own
/// (`in`, `m`, `t`, `c`, `p`, `h` and the like are words too).
pub const SYMBOL_ONLY: &[&str] = &[
    "in", "m", "t", "c", "p", "h", "g", "l", "'", "\"", "ha", "won", "°", "min",
];

/// The unit spelt `spelling` (lower case; multi-word spellings separated by one space).
pub fn lookup(spelling: &str) -> Option<&'static MeasureUnit> {
    UNITS
        .iter()
        .find(|(name, _)| *name == spelling)
        .map(|(_, unit)| unit)
}

/// The longest number of words a unit spelling has.
pub const MAX_UNIT_WORDS: usize = 3;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn miles_and_kilometres_share_a_dimension() {
        let km = lookup("km").unwrap();
        let miles = lookup("miles").unwrap();
        assert_eq!(km.dimension, miles.dimension);
        assert!((km.to_base(3.2) - miles.to_base(2.0)).abs() < 20.0);
    }

    #[test]
    fn fahrenheit_converts_with_an_offset() {
        let f = lookup("fahrenheit").unwrap();
        assert!((f.to_base(212.0) - 100.0).abs() < 1e-9);
    }
}
