//! Calendar days, and relative dates resolved against the day an article was published.
//!
//! In a piece published on Friday 11 February 2022, "on Thursday" is 10 February, "last
//! week" is 31 January – 6 February and "earlier this month" 1 – 11 February. A relative
//! date resolves to the calendar days it covers ([`Resolved`]); a claim's date agrees with it
//! when those days lie within the claim's, and disagrees when they do not meet.

use std::fmt;

/// A day of the proleptic Gregorian calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CalendarDay {
    /// The year.
    pub year: i32,
    /// The month, 1–12.
    pub month: u8,
    /// The day of the month, 1–31.
    pub day: u8,
}

impl CalendarDay {
    /// The day, if `year`, `month` and `day` name one (`2022-02-30` does not).
    pub fn new(year: i32, month: u8, day: u8) -> Option<CalendarDay> {
        let candidate = CalendarDay { year, month, day };
        ((1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month))
            .then_some(candidate)
    }

    /// The day a text names in ISO form at its start: `2022-02-11`, `2022-02-11T09:30:00Z`.
    pub(crate) fn parse_iso(text: &str) -> Option<CalendarDay> {
        let text = text.trim();
        let date = text.get(..10)?;
        let rest = &text[10..];
        if !(rest.is_empty() || rest.starts_with(['T', 't', ' '])) {
            return None;
        }
        let bytes = date.as_bytes();
        if bytes[4] != b'-' || bytes[7] != b'-' {
            return None;
        }
        CalendarDay::new(
            date[..4].parse().ok()?,
            date[5..7].parse().ok()?,
            date[8..10].parse().ok()?,
        )
    }

    /// Days since 1970-01-01 (negative before).
    fn days(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let year = i64::from(self.year) - i64::from(self.month <= 2);
        let era = year.div_euclid(400);
        let year_of_era = year - era * 400;
        let month = i64::from(self.month);
        let day_of_year =
            (153 * (month + if month > 2 { -3 } else { 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        era * 146_097 + day_of_era - 719_468
    }

    fn from_days(days: i64) -> CalendarDay {
        // Howard Hinnant's civil_from_days.
        let days = days + 719_468;
        let era = days.div_euclid(146_097);
        let day_of_era = days - era * 146_097;
        let year_of_era =
            (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let shifted_month = (5 * day_of_year + 2) / 153;
        let day = day_of_year - (153 * shifted_month + 2) / 5 + 1;
        let month = if shifted_month < 10 {
            shifted_month + 3
        } else {
            shifted_month - 9
        };
        let year = year_of_era + era * 400 + i64::from(month <= 2);
        CalendarDay {
            year: year as i32,
            month: month as u8,
            day: day as u8,
        }
    }

    /// The day `count` days later (earlier when negative).
    pub(crate) fn plus(self, count: i64) -> CalendarDay {
        CalendarDay::from_days(self.days() + count)
    }

    /// The weekday, 1 (Monday) – 7 (Sunday).
    pub(crate) fn weekday(self) -> u8 {
        // 1970-01-01 was a Thursday.
        ((self.days() + 3).rem_euclid(7) + 1) as u8
    }

    fn month_start(self) -> CalendarDay {
        CalendarDay { day: 1, ..self }
    }

    fn month_end(self) -> CalendarDay {
        CalendarDay {
            day: days_in_month(self.year, self.month),
            ..self
        }
    }

    /// The same day of the month `count` months away, clamped to the month's end.
    fn months_away(self, count: i32) -> CalendarDay {
        let index = self.year * 12 + i32::from(self.month) - 1 + count;
        let (year, month) = (index.div_euclid(12), (index.rem_euclid(12) + 1) as u8);
        CalendarDay {
            year,
            month,
            day: self.day.min(days_in_month(year, month)),
        }
    }
}

impl fmt::Display for CalendarDay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// The calendar days a relative date covers, and how it was worked out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved {
    /// The first day.
    pub first: CalendarDay,
    /// The last day (the first, for a single day).
    pub last: CalendarDay,
    /// How: `Thursday before publication (2022-02-11)`.
    pub how: String,
}

impl Resolved {
    fn day(day: CalendarDay, how: String) -> Resolved {
        Resolved {
            first: day,
            last: day,
            how,
        }
    }

    fn span(first: CalendarDay, last: CalendarDay, how: String) -> Resolved {
        Resolved { first, last, how }
    }

    /// `2022-02-10` or `2022-01-31..2022-02-06`.
    pub fn describe(&self) -> String {
        if self.first == self.last {
            self.first.to_string()
        } else {
            format!("{}..{}", self.first, self.last)
        }
    }

    /// Whether the days a claim's date names (a year, with a month and day where given) say
    /// what these days say: `Some(true)` when these lie inside the claim's (the article is
    /// as precise as the claim: "on Thursday" for 2022-02-10, "last week" for February
    /// 2022), `Some(false)` when they do not meet, `None` otherwise — the claim more precise
    /// than the article ("last week" does not say 2022-02-03), or neither a year nor a month
    /// claimed. A month (and day) claimed without a year is in these days' year, where they
    /// lie in one ("on March 21" for "on Thursday", read as 2024-03-21).
    pub fn agrees_with(
        &self,
        year: Option<i32>,
        month: Option<u8>,
        day: Option<u8>,
    ) -> Option<bool> {
        let year = year.or_else(|| {
            (month.is_some() && self.first.year == self.last.year).then_some(self.first.year)
        });
        let (first, last) = claimed_days(year?, month, day)?;
        if last < self.first || first > self.last {
            return Some(false);
        }
        (self.first >= first && self.last <= last).then_some(true)
    }
}

/// The days a claim's date names: a day, a month or a year.
fn claimed_days(
    year: i32,
    month: Option<u8>,
    day: Option<u8>,
) -> Option<(CalendarDay, CalendarDay)> {
    match (month, day) {
        (Some(month), Some(day)) => {
            let day = CalendarDay::new(year, month, day)?;
            Some((day, day))
        }
        (Some(month), None) => {
            let start = CalendarDay::new(year, month, 1)?;
            Some((start, start.month_end()))
        }
        _ => Some((
            CalendarDay::new(year, 1, 1)?,
            CalendarDay::new(year, 12, 31)?,
        )),
    }
}

/// The days a date mention covers in an article published on `published`: a weekday
/// (`weekday`, 1–7) of no stated day of the month (`dated` false), or a relative date
/// (`relative`: `yesterday`, `last week`; `last` with a weekday for `last Tuesday`).
/// `future`: the clause speaks of what is to come ("will meet on Tuesday"), so a lone weekday
/// is the next one, not the last.
pub(crate) fn resolve(
    relative: Option<&str>,
    weekday: Option<u8>,
    dated: bool,
    published: CalendarDay,
    future: bool,
) -> Option<Resolved> {
    let on = format!("publication ({published}, {})", weekday_name(published));
    if let Some(relative) = relative {
        return relative_days(relative, weekday, published, &on);
    }
    let weekday = weekday?;
    if dated {
        return None;
    }
    let today = published.weekday();
    let name = weekday_name_of(weekday);
    Some(if future {
        let ahead = (i64::from(weekday) - i64::from(today)).rem_euclid(7);
        Resolved::day(
            published.plus(ahead),
            format!("{name} on or after {on}, the sentence speaking of what is to come"),
        )
    } else {
        let back = (i64::from(today) - i64::from(weekday)).rem_euclid(7);
        Resolved::day(published.plus(-back), format!("{name} on or before {on}"))
    })
}

/// The days of month `month` (1–12) that `relative` places against `published`: `last
/// August` (the last August before the month of publication), `this March`, `next March`
/// (the first after it), `February last year`, `June this year`, `May next year`.
pub(crate) fn resolve_month(relative: &str, month: u8, published: CalendarDay) -> Option<Resolved> {
    let on = format!("publication ({published}, {})", weekday_name(published));
    let name = MONTH_NAMES[usize::from(month.clamp(1, 12) - 1)];
    let (year, how) = match relative {
        // A month named alone: the one of the publication year where it has begun by then
        // (or, to come, has not yet ended), else the year's before (after).
        "last or this" if month <= published.month => {
            (published.year, format!("{name} on or before {on}"))
        }
        "last or this" => (published.year - 1, format!("{name} on or before {on}")),
        "next or this" if month >= published.month => (
            published.year,
            format!("{name} on or after {on}, the clause speaking of what is to come"),
        ),
        "next or this" => (
            published.year + 1,
            format!("{name} on or after {on}, the clause speaking of what is to come"),
        ),
        "last" if month < published.month => (published.year, format!("{name} before {on}")),
        "last" => (published.year - 1, format!("{name} before {on}")),
        "next" if month > published.month => (published.year, format!("{name} after {on}")),
        "next" => (published.year + 1, format!("{name} after {on}")),
        "this" | "this year" => (published.year, format!("{name} of the year of {on}")),
        "last year" => (
            published.year - 1,
            format!("{name} of the year before the year of {on}"),
        ),
        "next year" => (
            published.year + 1,
            format!("{name} of the year after the year of {on}"),
        ),
        _ => return None,
    };
    let first = CalendarDay::new(year, month, 1)?;
    Some(Resolved::span(first, first.month_end(), how))
}

/// The first month of the season a relative date names (`last summer` → 6: meteorological
/// seasons of the northern hemisphere, spring from March, summer June, autumn September,
/// winter December).
fn season_of(relative: &str) -> Option<u8> {
    season_month(relative.split(' ').nth(1)?)
}

/// The first month of the season `name` (`spring`, `summer`, `autumn` or `fall`, `winter`).
pub(crate) fn season_month(name: &str) -> Option<u8> {
    match name {
        "spring" => Some(3),
        "summer" => Some(6),
        "autumn" | "fall" => Some(9),
        "winter" => Some(12),
        _ => None,
    }
}

/// `last summer` (the last that ended before publication), `this summer` (the one under
/// way, or the next), `next summer` (the first to begin after publication).
fn season_days(relative: &str, published: CalendarDay, on: &str) -> Option<Resolved> {
    let first_month = season_of(relative)?;
    let span = |year: i32| -> Option<(CalendarDay, CalendarDay)> {
        let first = CalendarDay::new(year, first_month, 1)?;
        let last = first.months_away(2).month_end();
        Some((first, last))
    };
    let spans: Vec<(CalendarDay, CalendarDay)> = (published.year - 2..=published.year + 1)
        .filter_map(span)
        .collect();
    let (first, last) = match relative.split(' ').next()? {
        "last" => spans.iter().rev().find(|(_, last)| *last < published)?,
        "this" => spans.iter().find(|(_, last)| *last >= published)?,
        "next" => spans.iter().find(|(first, _)| *first > published)?,
        _ => return None,
    };
    Some(Resolved::span(
        *first,
        *last,
        format!("{relative} against {on}"),
    ))
}

/// The weekdays' names, Monday first.
pub(crate) const WEEKDAY_NAMES: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// The months' names, January first.
const MONTH_NAMES: [&str; 12] = [
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

fn relative_days(
    relative: &str,
    weekday: Option<u8>,
    published: CalendarDay,
    on: &str,
) -> Option<Resolved> {
    let monday = published.plus(-(i64::from(published.weekday()) - 1));
    let week = |offset: i64| (monday.plus(7 * offset), monday.plus(7 * offset + 6));
    let month = |offset: i32| {
        let day = published.months_away(offset);
        (day.month_start(), day.month_end())
    };
    let year = |offset: i32| {
        let y = published.year + offset;
        Some((CalendarDay::new(y, 1, 1)?, CalendarDay::new(y, 12, 31)?))
    };
    let resolved = match relative {
        "yesterday"
        | "last night"
        | "yesterday morning"
        | "yesterday afternoon"
        | "yesterday evening" => Resolved::day(published.plus(-1), format!("day before {on}")),
        "today" | "tonight" => Resolved::day(published, format!("day of {on}")),
        "tomorrow" => Resolved::day(published.plus(1), format!("day after {on}")),
        "last week" | "this week" | "next week" if weekday.is_some() => {
            // "Thursday last week": that weekday of the week named.
            let offset = match relative {
                "last week" => -1,
                "this week" => 0,
                _ => 1,
            };
            let day = week(offset).0.plus(i64::from(weekday.unwrap_or(1)) - 1);
            let name = weekday_name_of(weekday.unwrap_or(1));
            Resolved::day(day, format!("{name} of the {relative} of {on}"))
        }
        "last week" => {
            let (first, last) = week(-1);
            Resolved::span(first, last, format!("week before the week of {on}"))
        }
        "this week" => {
            let (first, last) = week(0);
            Resolved::span(first, last, format!("week of {on}"))
        }
        "earlier this week" => {
            Resolved::span(monday, published, format!("week of {on}, up to that day"))
        }
        "next week" => {
            let (first, last) = week(1);
            Resolved::span(first, last, format!("week after the week of {on}"))
        }
        "last month" => {
            let (first, last) = month(-1);
            Resolved::span(first, last, format!("month before the month of {on}"))
        }
        "this month" => {
            let (first, last) = month(0);
            Resolved::span(first, last, format!("month of {on}"))
        }
        "earlier this month" => Resolved::span(
            published.month_start(),
            published,
            format!("month of {on}, up to that day"),
        ),
        "next month" => {
            let (first, last) = month(1);
            Resolved::span(first, last, format!("month after the month of {on}"))
        }
        "last year" => {
            let (first, last) = year(-1)?;
            Resolved::span(first, last, format!("year before the year of {on}"))
        }
        "this year" => {
            let (first, last) = year(0)?;
            Resolved::span(first, last, format!("year of {on}"))
        }
        "earlier this year" => {
            let (first, _) = year(0)?;
            Resolved::span(first, published, format!("year of {on}, up to that day"))
        }
        "next year" => {
            let (first, last) = year(1)?;
            Resolved::span(first, last, format!("year after the year of {on}"))
        }
        _ if season_of(relative).is_some() => return season_days(relative, published, on),
        _ if relative.ends_with(" ago") => return ago_days(relative, published, on),
        "last" | "next" | "this" => {
            // "last Tuesday": the Tuesday before the day; "next Tuesday" the one after.
            let weekday = weekday?;
            let today = i64::from(published.weekday());
            let name = weekday_name_of(weekday);
            match relative {
                "last" => {
                    let back = (today - i64::from(weekday) - 1).rem_euclid(7) + 1;
                    Resolved::day(published.plus(-back), format!("{name} before {on}"))
                }
                "next" => {
                    let ahead = (i64::from(weekday) - today - 1).rem_euclid(7) + 1;
                    Resolved::day(published.plus(ahead), format!("{name} after {on}"))
                }
                _ => {
                    let ahead = (i64::from(weekday) - today).rem_euclid(7);
                    Resolved::day(published.plus(ahead), format!("{name} on or after {on}"))
                }
            }
        }
        _ => return None,
    };
    Some(resolved)
}

/// `7 years ago`, `3 months ago`, `2 weeks ago`, `10 days ago` (as `dates` writes them):
/// the year, month, week or day that far before publication.
fn ago_days(relative: &str, published: CalendarDay, on: &str) -> Option<Resolved> {
    let mut words = relative.split(' ');
    let count: i64 = words.next()?.parse().ok()?;
    let unit = words.next()?.trim_end_matches('s');
    let how = format!("{relative} against {on}");
    Some(match unit {
        "year" => {
            let year = published.year - i32::try_from(count).ok()?;
            Resolved::span(
                CalendarDay::new(year, 1, 1)?,
                CalendarDay::new(year, 12, 31)?,
                how,
            )
        }
        "month" => {
            let day = published.months_away(-i32::try_from(count).ok()?);
            Resolved::span(day.month_start(), day.month_end(), how)
        }
        "week" => {
            let day = published.plus(-7 * count);
            let monday = day.plus(-(i64::from(day.weekday()) - 1));
            Resolved::span(monday, monday.plus(6), how)
        }
        "day" => Resolved::day(published.plus(-count), how),
        _ => return None,
    })
}

fn weekday_name(day: CalendarDay) -> &'static str {
    weekday_name_of(day.weekday())
}

fn weekday_name_of(weekday: u8) -> &'static str {
    WEEKDAY_NAMES[usize::from(weekday.clamp(1, 7) - 1)]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> CalendarDay {
        CalendarDay::parse_iso(text).unwrap()
    }

    #[test]
    fn days_count_and_weekdays_are_right() {
        assert_eq!(day("2022-02-11").weekday(), 5);
        assert_eq!(day("2000-02-29").plus(1), day("2000-03-01"));
        assert_eq!(day("2024-12-31").plus(1), day("2025-01-01"));
        assert_eq!(day("1970-01-01").plus(-1), day("1969-12-31"));
        assert_eq!(day("2023-03-31").months_away(-1), day("2023-02-28"));
        assert!(CalendarDay::parse_iso("2022-02-30").is_none());
        assert_eq!(day("2022-02-11T09:30:00Z"), day("2022-02-11"));
    }

    #[test]
    fn relative_dates_resolve_against_publication() {
        let friday = day("2022-02-11");
        let on = |relative: Option<&str>, weekday: Option<u8>, future| {
            resolve(relative, weekday, false, friday, future)
                .unwrap()
                .describe()
        };
        assert_eq!(on(None, Some(4), false), "2022-02-10");
        assert_eq!(on(None, Some(5), false), "2022-02-11");
        assert_eq!(on(None, Some(6), false), "2022-02-05");
        assert_eq!(on(None, Some(2), true), "2022-02-15");
        assert_eq!(on(Some("yesterday"), None, false), "2022-02-10");
        assert_eq!(on(Some("today"), None, false), "2022-02-11");
        assert_eq!(on(Some("tomorrow"), None, false), "2022-02-12");
        assert_eq!(on(Some("last week"), None, false), "2022-01-31..2022-02-06");
        assert_eq!(on(Some("this week"), None, false), "2022-02-07..2022-02-13");
        assert_eq!(on(Some("next week"), None, false), "2022-02-14..2022-02-20");
        assert_eq!(
            on(Some("earlier this month"), None, false),
            "2022-02-01..2022-02-11"
        );
        assert_eq!(
            on(Some("last month"), None, false),
            "2022-01-01..2022-01-31"
        );
        assert_eq!(
            on(Some("next month"), None, false),
            "2022-03-01..2022-03-31"
        );
        assert_eq!(on(Some("this year"), None, false), "2022-01-01..2022-12-31");
        assert_eq!(on(Some("last year"), None, false), "2021-01-01..2021-12-31");
        assert_eq!(on(Some("last"), Some(5), false), "2022-02-04");
        assert_eq!(on(Some("next"), Some(2), false), "2022-02-15");
        // A weekday with its date is not resolved: the date says which day.
        assert!(resolve(None, Some(4), true, friday, false).is_none());
        assert_eq!(on(Some("last week"), Some(4), false), "2022-02-03");
        let month = |relative, month| resolve_month(relative, month, friday).unwrap().describe();
        assert_eq!(month("last", 8), "2021-08-01..2021-08-31");
        assert_eq!(month("last", 1), "2022-01-01..2022-01-31");
        assert_eq!(month("next", 2), "2023-02-01..2023-02-28");
        assert_eq!(month("this", 3), "2022-03-01..2022-03-31");
        assert_eq!(month("last year", 2), "2021-02-01..2021-02-28");
        assert_eq!(month("last or this", 2), "2022-02-01..2022-02-28");
        assert_eq!(month("last or this", 12), "2021-12-01..2021-12-31");
        assert_eq!(month("next or this", 1), "2023-01-01..2023-01-31");
        assert_eq!(
            on(Some("last summer"), None, false),
            "2021-06-01..2021-08-31"
        );
        assert_eq!(
            on(Some("this winter"), None, false),
            "2021-12-01..2022-02-28"
        );
        assert_eq!(
            on(Some("next spring"), None, false),
            "2022-03-01..2022-05-31"
        );
    }

    #[test]
    fn a_claimed_day_agrees_when_the_article_says_it_and_disagrees_when_outside() {
        let last_week = resolve(Some("last week"), None, false, day("2022-02-11"), false).unwrap();
        // "Last week" does not say which day of it: a claim of one day inside it is neither
        // supported nor refuted; a day outside it is refuted.
        assert_eq!(last_week.agrees_with(Some(2022), Some(2), Some(3)), None);
        assert_eq!(
            last_week.agrees_with(Some(2022), Some(2), Some(9)),
            Some(false)
        );
        // February 2022 does not hold the week (it begins in January).
        assert_eq!(last_week.agrees_with(Some(2022), Some(2), None), None);
        assert_eq!(last_week.agrees_with(Some(2022), None, None), Some(true));
        assert_eq!(last_week.agrees_with(None, None, None), None);
        let thursday = resolve(None, Some(4), false, day("2022-02-11"), false).unwrap();
        assert_eq!(
            thursday.agrees_with(Some(2022), Some(2), Some(10)),
            Some(true)
        );
        assert_eq!(thursday.agrees_with(Some(2022), Some(2), None), Some(true));
    }
}
