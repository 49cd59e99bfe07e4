//! Units of measurement: their spellings, dimensions and conversion factors.
//!
//! One table, `UNITS`, maps every spelling to a unit with a dimension and a factor to the
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
    /// Watts.
    Power,
    /// Watt-hours.
    Energy,
    /// Percent.
    Percentage,
    /// Percentage points: a change of a rate (`up 3 points at 41%`).
    PercentagePoint,
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
            Dimension::Power => "power",
            Dimension::Energy => "energy",
            Dimension::Percentage => "percentage",
            Dimension::PercentagePoint => "percentage points",
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

use std::sync::LazyLock;

use rustc_hash::FxHashMap as HashMap;

use Dimension::*;

/// A month in seconds: a twelfth of the 365-day year the table counts, so that `six years
/// and three months` is 75 months, not 76.
const MONTH: f64 = 31_536_000.0 / 12.0;

const CELSIUS: MeasureUnit = unit("degree Celsius", Temperature, 1.0);
const FAHRENHEIT: MeasureUnit = MeasureUnit {
    name: "degree Fahrenheit",
    dimension: Temperature,
    factor: 5.0 / 9.0,
    offset: -160.0 / 9.0,
};
/// A degree of unstated scale: compared as it stands.
const DEGREE: MeasureUnit = unit("degree", Temperature, 1.0);

/// Every spelling of every unit, lower case (symbols as written). Multi-word spellings are
/// matched word by word.
pub(crate) const UNITS: &[(&str, MeasureUnit)] = &[
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
    ("''", unit("inch", Length, 0.0254)),
    ("'", unit("foot", Length, 0.3048)),
    ("yd", unit("yard", Length, 0.9144)),
    ("yds", unit("yard", Length, 0.9144)),
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
    ("g.", unit("gram", Mass, 0.001)),
    ("gs", unit("gram", Mass, 0.001)),
    ("gr", unit("gram", Mass, 0.001)),
    ("k.g.", unit("kilogram", Mass, 1.0)),
    ("k.g", unit("kilogram", Mass, 1.0)),
    ("k.gs", unit("kilogram", Mass, 1.0)),
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
    ("mls", unit("millilitre", Volume, 0.001)),
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
    ("month", unit("month", Duration, MONTH)),
    ("months", unit("month", Duration, MONTH)),
    ("quarter", unit("quarter", Duration, 3.0 * MONTH)),
    ("quarters", unit("quarter", Duration, 3.0 * MONTH)),
    ("year", unit("year", Duration, 31_536_000.0)),
    ("years", unit("year", Duration, 31_536_000.0)),
    ("yr", unit("year", Duration, 31_536_000.0)),
    ("yrs", unit("year", Duration, 31_536_000.0)),
    ("yo", unit("year", Duration, 31_536_000.0)),
    ("decade", unit("decade", Duration, 315_360_000.0)),
    ("decades", unit("decade", Duration, 315_360_000.0)),
    ("century", unit("century", Duration, 3_153_600_000.0)),
    ("centuries", unit("century", Duration, 3_153_600_000.0)),
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
    ("miles an hour", unit("mile per hour", Speed, 0.44704)),
    (
        "kilometres an hour",
        unit("kilometre per hour", Speed, 1.0 / 3.6),
    ),
    (
        "kilometers an hour",
        unit("kilometre per hour", Speed, 1.0 / 3.6),
    ),
    ("km an hour", unit("kilometre per hour", Speed, 1.0 / 3.6)),
    ("miles per hour", unit("mile per hour", Speed, 0.44704)),
    ("m/s", unit("metre per second", Speed, 1.0)),
    ("metres per second", unit("metre per second", Speed, 1.0)),
    ("meters per second", unit("metre per second", Speed, 1.0)),
    ("metre per second", unit("metre per second", Speed, 1.0)),
    ("meter per second", unit("metre per second", Speed, 1.0)),
    ("knot", unit("knot", Speed, 0.514444)),
    ("knots", unit("knot", Speed, 0.514444)),
    // power (`14GW`, `300 megawatts`) and energy (`2kWh`, `40 terawatt hours`)
    ("watt", unit("watt", Power, 1.0)),
    ("watts", unit("watt", Power, 1.0)),
    ("kw", unit("kilowatt", Power, 1e3)),
    ("kilowatt", unit("kilowatt", Power, 1e3)),
    ("kilowatts", unit("kilowatt", Power, 1e3)),
    ("mw", unit("megawatt", Power, 1e6)),
    ("megawatt", unit("megawatt", Power, 1e6)),
    ("megawatts", unit("megawatt", Power, 1e6)),
    ("gw", unit("gigawatt", Power, 1e9)),
    ("gigawatt", unit("gigawatt", Power, 1e9)),
    ("gigawatts", unit("gigawatt", Power, 1e9)),
    ("tw", unit("terawatt", Power, 1e12)),
    ("terawatt", unit("terawatt", Power, 1e12)),
    ("terawatts", unit("terawatt", Power, 1e12)),
    ("wh", unit("watt-hour", Energy, 1.0)),
    ("watt hour", unit("watt-hour", Energy, 1.0)),
    ("watt hours", unit("watt-hour", Energy, 1.0)),
    ("watt-hour", unit("watt-hour", Energy, 1.0)),
    ("watt-hours", unit("watt-hour", Energy, 1.0)),
    ("kwh", unit("kilowatt-hour", Energy, 1e3)),
    ("kilowatt hour", unit("kilowatt-hour", Energy, 1e3)),
    ("kilowatt hours", unit("kilowatt-hour", Energy, 1e3)),
    ("kilowatt-hour", unit("kilowatt-hour", Energy, 1e3)),
    ("kilowatt-hours", unit("kilowatt-hour", Energy, 1e3)),
    ("mwh", unit("megawatt-hour", Energy, 1e6)),
    ("megawatt hour", unit("megawatt-hour", Energy, 1e6)),
    ("megawatt hours", unit("megawatt-hour", Energy, 1e6)),
    ("megawatt-hour", unit("megawatt-hour", Energy, 1e6)),
    ("megawatt-hours", unit("megawatt-hour", Energy, 1e6)),
    ("gwh", unit("gigawatt-hour", Energy, 1e9)),
    ("gigawatt hour", unit("gigawatt-hour", Energy, 1e9)),
    ("gigawatt hours", unit("gigawatt-hour", Energy, 1e9)),
    ("gigawatt-hour", unit("gigawatt-hour", Energy, 1e9)),
    ("gigawatt-hours", unit("gigawatt-hour", Energy, 1e9)),
    ("twh", unit("terawatt-hour", Energy, 1e12)),
    ("terawatt hour", unit("terawatt-hour", Energy, 1e12)),
    ("terawatt hours", unit("terawatt-hour", Energy, 1e12)),
    ("terawatt-hour", unit("terawatt-hour", Energy, 1e12)),
    ("terawatt-hours", unit("terawatt-hour", Energy, 1e12)),
    // percentage
    ("%", unit("percent", Percentage, 1.0)),
    ("percent", unit("percent", Percentage, 1.0)),
    ("per cent", unit("percent", Percentage, 1.0)),
    ("pct", unit("percent", Percentage, 1.0)),
    // British papers' "rose 17.3pc": a per cent wherever it follows a number.
    ("pc", unit("percent", Percentage, 1.0)),
    // A change of a rate: "up 3 percentage points" is not "up 3%".
    (
        "percentage points",
        unit("percentage point", PercentagePoint, 1.0),
    ),
    (
        "percentage point",
        unit("percentage point", PercentagePoint, 1.0),
    ),
    ("pp", unit("percentage point", PercentagePoint, 1.0)),
    ("ppt", unit("percentage point", PercentagePoint, 1.0)),
    ("ppts", unit("percentage point", PercentagePoint, 1.0)),
    ("basis points", unit("basis point", PercentagePoint, 0.01)),
    ("basis point", unit("basis point", PercentagePoint, 0.01)),
    ("bps", unit("basis point", PercentagePoint, 0.01)),
    // minor currency units
    ("cent", unit("cent", Currency("USD"), 0.01)),
    ("cents", unit("cent", Currency("USD"), 0.01)),
    ("c", unit("cent", Currency("USD"), 0.01)),
    ("¢", unit("cent", Currency("USD"), 0.01)),
    ("penny", unit("cent", Currency("USD"), 0.01)),
    ("pennies", unit("cent", Currency("USD"), 0.01)),
    ("pence", unit("penny", Currency("GBP"), 0.01)),
    ("p", unit("penny", Currency("GBP"), 0.01)),
    ("paise", unit("paisa", Currency("INR"), 0.01)),
    ("paisa", unit("paisa", Currency("INR"), 0.01)),
    ("kopeck", unit("kopeck", Currency("RUB"), 0.01)),
    ("kopecks", unit("kopeck", Currency("RUB"), 0.01)),
    ("kopek", unit("kopeck", Currency("RUB"), 0.01)),
    ("kopeks", unit("kopeck", Currency("RUB"), 0.01)),
    ("kopiyka", unit("kopiyka", Currency("UAH"), 0.01)),
    ("kopiykas", unit("kopiyka", Currency("UAH"), 0.01)),
    ("kopiyok", unit("kopiyka", Currency("UAH"), 0.01)),
    // temperature
    ("°c", CELSIUS),
    ("° c", CELSIUS),
    ("celsius", CELSIUS),
    ("celcius", CELSIUS),
    ("centigrate", CELSIUS),
    ("° celsius", CELSIUS),
    ("centigrade", CELSIUS),
    ("degrees celsius", CELSIUS),
    ("degree celsius", CELSIUS),
    ("degrees c", CELSIUS),
    ("degrees centigrade", CELSIUS),
    ("°f", FAHRENHEIT),
    ("° f", FAHRENHEIT),
    ("fahrenheit", FAHRENHEIT),
    ("farenheit", FAHRENHEIT),
    ("degrees farenheit", FAHRENHEIT),
    ("° fahrenheit", FAHRENHEIT),
    ("degrees fahrenheit", FAHRENHEIT),
    ("degree fahrenheit", FAHRENHEIT),
    ("degrees f", FAHRENHEIT),
    ("°", DEGREE),
    ("degree", DEGREE),
    ("degrees", DEGREE),
    ("deg", DEGREE),
    ("deg.", DEGREE),
    // minor currency units without a currency of their own
    ("sen", unit("sen", Currency("MYR"), 0.01)),
    ("sens", unit("sen", Currency("MYR"), 0.01)),
];

/// A currency: its ISO code, the names written after a number (lower case), and the symbols
/// and codes written before it (as written).
pub struct Currency {
    /// ISO 4217 code (or a family name, `RIYAL`, where news does not say which).
    pub code: &'static str,
    /// The unit's name in reports.
    pub name: &'static str,
    /// Spellings after a number, lower case: `dollars`, `us dollars`, `usd`.
    pub names: &'static [&'static str],
    /// Spellings before a number, case-sensitive: `$`, `US$`, `USD`.
    pub symbols: &'static [&'static str],
}

const fn currency(
    code: &'static str,
    name: &'static str,
    names: &'static [&'static str],
    symbols: &'static [&'static str],
) -> Currency {
    Currency {
        code,
        name,
        names,
        symbols,
    }
}

/// Currencies that news text names. No exchange rates: each is its own dimension.
pub const CURRENCIES: &[Currency] = &[
    currency(
        "USD",
        "dollar",
        &[
            "dollar",
            "dollars",
            "us dollar",
            "us dollars",
            "usd",
            "buck",
            "bucks",
            "us$",
            "$",
        ],
        &["$", "US$", "USD", "U.S.$"],
    ),
    currency("EUR", "euro", &["euro", "euros", "eur", "€"], &["€", "EUR"]),
    currency(
        "GBP",
        "pound sterling",
        &[
            "pound sterling",
            "pounds sterling",
            "sterling",
            "gbp",
            "quid",
            "£",
            "british pounds",
        ],
        &["£", "GBP"],
    ),
    currency(
        "JPY",
        "yen",
        &["yen", "jpy", "japanese yen", "¥"],
        &["¥", "JPY"],
    ),
    currency(
        "CNY",
        "yuan",
        &["yuan", "renminbi", "rmb", "cny", "chinese yuan"],
        &["CNY", "RMB", "CN¥"],
    ),
    currency(
        "INR",
        "rupee",
        &[
            "rupee",
            "rupees",
            "inr",
            "rs",
            "indian rupee",
            "indian rupees",
            "₹",
        ],
        &["₹", "Rs", "Rs.", "INR"],
    ),
    currency(
        "RUB",
        "rouble",
        &["rouble", "roubles", "ruble", "rubles", "rub", "₽"],
        &["₽", "RUB"],
    ),
    currency(
        "UAH",
        "hryvnia",
        &["hryvnia", "hryvnias", "hryvnya", "hryvnas", "uah", "₴"],
        &["₴", "UAH"],
    ),
    currency(
        "KRW",
        "won",
        &["won", "krw", "korean won", "₩"],
        &["₩", "KRW"],
    ),
    currency(
        "AED",
        "dirham",
        &["dirham", "dirhams", "aed", "uae dirham", "uae dirhams"],
        &["AED"],
    ),
    currency(
        "SAR",
        "saudi riyal",
        &["saudi riyal", "saudi riyals", "saudiriyal", "sar"],
        &["SAR"],
    ),
    currency(
        "QAR",
        "qatari riyal",
        &["qatari riyal", "qatari riyals", "qar"],
        &["QAR"],
    ),
    currency("RIYAL", "riyal", &["riyal", "riyals"], &[]),
    currency("RIAL", "rial", &["rial", "rials"], &[]),
    currency(
        "KWD",
        "kuwaiti dinar",
        &["kuwaiti dinar", "kuwaiti dinars", "kwd"],
        &["KWD"],
    ),
    currency("DINAR", "dinar", &["dinar", "dinars"], &[]),
    currency(
        "EGP",
        "egyptian pound",
        &[
            "egyptian pound",
            "egyptian pounds",
            "egyptianpound",
            "egp",
            "le",
            "l.e",
            "l.e.",
        ],
        &["EGP", "LE"],
    ),
    currency(
        "LBP",
        "lebanese pound",
        &["lebanese pound", "lebanese pounds", "lbp"],
        &["LBP"],
    ),
    currency(
        "BGN",
        "lev",
        &["lev", "leva", "bgn", "bulgarian lev"],
        &["BGN"],
    ),
    currency(
        "MYR",
        "ringgit",
        &[
            "ringgit",
            "ringgits",
            "malaysian ringgit",
            "malaysia ringgit",
            "malaysian ringgits",
            "malaysia ringgits",
            "myr",
            "rm",
        ],
        &["RM", "MYR"],
    ),
    currency(
        "ILS",
        "shekel",
        &[
            "shekel",
            "shekels",
            "new shekel",
            "new shekels",
            "ils",
            "nis",
        ],
        &["₪", "ILS", "NIS"],
    ),
    currency(
        "MNT",
        "tugrik",
        &["tugrik", "tugriks", "tögrög", "mnt"],
        &["₮", "MNT"],
    ),
    currency(
        "CHF",
        "swiss franc",
        &["swiss franc", "swiss francs", "franc", "francs", "chf"],
        &["CHF"],
    ),
    currency(
        "CAD",
        "canadian dollar",
        &["canadian dollar", "canadian dollars", "cad"],
        &["C$", "CA$", "CAD"],
    ),
    currency(
        "AUD",
        "australian dollar",
        &["australian dollar", "australian dollars", "aud"],
        &["A$", "AU$", "AUD"],
    ),
    currency(
        "NZD",
        "new zealand dollar",
        &["new zealand dollar", "new zealand dollars", "nzd"],
        &["NZ$", "NZD"],
    ),
    currency(
        "HKD",
        "hong kong dollar",
        &["hong kong dollar", "hong kong dollars", "hkd"],
        &["HK$", "HKD"],
    ),
    currency(
        "SGD",
        "singapore dollar",
        &["singapore dollar", "singapore dollars", "sgd"],
        &["S$", "SGD"],
    ),
    currency(
        "SEK",
        "swedish krona",
        &["swedish krona", "swedish kronor", "sek"],
        &["SEK"],
    ),
    currency(
        "NOK",
        "norwegian krone",
        &["norwegian krone", "norwegian kroner", "nok"],
        &["NOK"],
    ),
    currency(
        "DKK",
        "danish krone",
        &["danish krone", "danish kroner", "dkk"],
        &["DKK"],
    ),
    currency(
        "PLN",
        "zloty",
        &["zloty", "zlotys", "zlotych", "pln"],
        &["zł", "PLN"],
    ),
    currency(
        "TRY",
        "lira",
        &["lira", "liras", "lire", "turkish lira", "turkish liras"],
        &["₺", "TRY"],
    ),
    currency(
        "BRL",
        "brazilian real",
        &["reais", "brazilian real", "brazilian reais", "brl"],
        &["R$", "BRL"],
    ),
    currency(
        "MXN",
        "mexican peso",
        &["mexican peso", "mexican pesos", "mxn"],
        &["MX$", "MXN"],
    ),
    currency("PESO", "peso", &["peso", "pesos"], &[]),
    currency(
        "ZAR",
        "rand",
        &["rand", "rands", "zar", "south african rand"],
        &["ZAR"],
    ),
    currency("NGN", "naira", &["naira", "ngn"], &["₦", "NGN"]),
    currency(
        "KES",
        "kenyan shilling",
        &["kenyan shilling", "kenyan shillings", "kes"],
        &["KSh", "KES"],
    ),
    currency(
        "PKR",
        "pakistani rupee",
        &["pakistani rupee", "pakistani rupees", "pkr"],
        &["PKR"],
    ),
    currency("THB", "baht", &["baht", "thb"], &["฿", "THB"]),
    currency("IDR", "rupiah", &["rupiah", "idr"], &["Rp", "IDR"]),
    currency("VND", "dong", &["dong", "vnd"], &["₫", "VND"]),
    currency(
        "IRR",
        "iranian rial",
        &["iranian rial", "iranian rials", "irr"],
        &["IRR"],
    ),
    currency(
        "BTC",
        "bitcoin",
        &["bitcoin", "bitcoins", "btc", "₿"],
        &["₿", "BTC"],
    ),
];

/// Spellings that are units only glued to a number (`5in`) or at the end of a phrase
/// (`5 in.`): they are English words too.
pub(crate) const SYMBOL_ONLY: &[&str] = &["in", "won", "'", "\"", "dong", "rand", "lev"];

/// The unit spelt `spelling` (lower case; multi-word spellings separated by one space).
/// `musd`, `meur`: millions of a currency, as financial text writes them.
pub fn lookup(spelling: &str) -> Option<MeasureUnit> {
    static BY_SPELLING: LazyLock<HashMap<&'static str, MeasureUnit>> = LazyLock::new(|| {
        let mut map: HashMap<&'static str, MeasureUnit> = HashMap::default();
        for found in CURRENCIES {
            for name in found.names {
                map.insert(name, unit(found.name, Currency(found.code), 1.0));
            }
        }
        // The measure table wins where a spelling is both ("c": cent before "c" nothing else).
        for (name, measure) in UNITS {
            map.insert(name, *measure);
        }
        map
    });
    if let Some(found) = BY_SPELLING.get(spelling) {
        return Some(*found);
    }
    let code = spelling.strip_prefix('m').filter(|c| c.len() == 3)?;
    CURRENCIES
        .iter()
        .find(|c| c.code.eq_ignore_ascii_case(code))
        .map(|c| unit(c.name, Currency(c.code), 1e6))
}

/// Whether some unit's spelling starts with the word `word` (case-insensitive).
pub(crate) fn may_start_unit(word: &str) -> bool {
    static FIRST_WORDS: LazyLock<crate::text::lexer::WordSet> = LazyLock::new(|| {
        crate::text::lexer::WordSet::new(
            UNITS
                .iter()
                .map(|(spelling, _)| *spelling)
                .chain(CURRENCIES.iter().flat_map(|c| c.names.iter().copied()))
                .filter_map(|spelling| {
                    crate::text::lexer::lex_plain(spelling, 0)
                        .first()
                        .map(|l| l.text.to_string())
                }),
        )
    });
    FIRST_WORDS.contains(word)
        // "mUSD": millions of a currency.
        || (word.len() == 4 && word.starts_with(['m', 'M']))
}

/// Whether the word `word` opens a currency symbol (`US` of `US$`), asked without the lexer
/// (the lexer's word table is built from answers like this one).
pub(crate) fn word_opens_currency_symbol(word: &str) -> bool {
    CURRENCIES
        .iter()
        .flat_map(|c| c.symbols.iter())
        .any(|symbol| {
            let letters = symbol
                .find(|c: char| !c.is_alphabetic())
                .map_or(*symbol, |end| &symbol[..end]);
            letters.eq_ignore_ascii_case(word)
        })
}

/// Whether a currency symbol or code can start with the lexeme `text` (`$`, `US` of `US$`,
/// `Rs`, `CAD`).
pub(crate) fn may_start_currency(text: &str) -> bool {
    // The first lexemes of the symbols, and the longest of them: most capitalised words (every
    // name) are longer, and are turned away without hashing.
    static STARTS: LazyLock<(rustc_hash::FxHashSet<String>, usize)> = LazyLock::new(|| {
        let starts: rustc_hash::FxHashSet<String> = CURRENCIES
            .iter()
            .flat_map(|c| c.symbols.iter())
            .filter_map(|symbol| {
                crate::text::lexer::lex_plain(symbol, 0)
                    .first()
                    .map(|l| l.text.to_string())
            })
            .collect();
        let longest = starts.iter().map(String::len).max().unwrap_or(0);
        (starts, longest)
    });
    let (starts, longest) = &*STARTS;
    text.len() <= *longest && starts.contains(text)
}

/// Whether a unit written as a symbol after a number starts at `at` (`$`, `US$`, `C`).
pub(crate) fn may_start_symbol_unit(lexemes: &[crate::text::lexer::Lexeme<'_>], at: usize) -> bool {
    lexemes
        .get(at)
        .is_some_and(|l| may_start_currency(l.text) || matches!(l.text, "C" | "F"))
}

/// The currency a symbol or code before a number stands for (`$`, `US$`, `Rs.`, `CAD`).
pub(crate) fn currency_symbol(symbol: &str) -> Option<MeasureUnit> {
    CURRENCIES
        .iter()
        .find(|c| c.symbols.contains(&symbol))
        .map(|c| unit(c.name, Currency(c.code), 1.0))
}

/// The minor unit's major unit: cent → dollar, penny → pound; `None` for other units.
pub(crate) fn major_of(minor: &MeasureUnit) -> Option<MeasureUnit> {
    let Currency(code) = minor.dimension else {
        return None;
    };
    (minor.factor < 1.0).then(|| {
        let name = CURRENCIES
            .iter()
            .find(|c| c.code == code)
            .map_or(code, |c| c.name);
        unit(name, Currency(code), 1.0)
    })
}

/// The unit one step smaller, for a bare number after a measure: `1 hour thirty` (minutes),
/// `$20 43` (cents).
pub(crate) fn smaller(measure: &MeasureUnit) -> Option<MeasureUnit> {
    match measure.dimension {
        Currency(code) if measure.factor == 1.0 => Some(unit("cent", Currency(code), 0.01)),
        Duration if measure.name == "hour" => Some(unit("minute", Duration, 60.0)),
        Duration if measure.name == "minute" => Some(unit("second", Duration, 1.0)),
        _ => None,
    }
}

/// The longest number of words a unit spelling has.
pub(crate) const MAX_UNIT_WORDS: usize = 3;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn miles_and_kilometres_share_a_dimension() {
        let km = lookup("km").unwrap();
        let miles = lookup("miles").unwrap();
        assert_eq!(
            lookup("us dollars").unwrap().dimension,
            Dimension::Currency("USD")
        );
        assert_eq!(
            currency_symbol("US$").unwrap().dimension,
            Dimension::Currency("USD")
        );
        assert_eq!(km.dimension, miles.dimension);
        assert!((km.to_base(3.2) - miles.to_base(2.0)).abs() < 20.0);
    }

    #[test]
    fn fahrenheit_converts_with_an_offset() {
        let f = lookup("fahrenheit").unwrap();
        assert!((f.to_base(212.0) - 100.0).abs() < 1e-9);
    }
}
