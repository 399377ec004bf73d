//! The names of the days and months a date is written with ("Thứ Bảy, 28/11/2020" / "Saturday, 28
//! November 2020"); the patterns are `locale::date`'s.

use crate::date::Weekday;
use crate::lang::Locale;

pub fn weekday(w: Weekday, locale: Locale) -> &'static str {
    use Weekday::*;
    match locale {
        Locale::Vi => match w {
            Monday => "Thứ Hai",
            Tuesday => "Thứ Ba",
            Wednesday => "Thứ Tư",
            Thursday => "Thứ Năm",
            Friday => "Thứ Sáu",
            Saturday => "Thứ Bảy",
            Sunday => "Chủ Nhật",
        },
        Locale::En => match w {
            Monday => "Monday",
            Tuesday => "Tuesday",
            Wednesday => "Wednesday",
            Thursday => "Thursday",
            Friday => "Friday",
            Saturday => "Saturday",
            Sunday => "Sunday",
        },
    }
}

/// A month's name, 1 to 12, in English only: a Vietnamese date writes its month as a number.
pub fn english_month(month: u8) -> &'static str {
    EN_MONTHS[month as usize - 1]
}

const EN_MONTHS: [&str; 12] = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
];
