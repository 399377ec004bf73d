//! Locale formatting against CLDR's patterns for vi and en: decimal and grouping separators, the
//! percent pattern "#,##0%" (no space in either language), negative numbers, zero, large values,
//! money in the units readers use, and long dates on every weekday.

use report::date::Date;
use report::locale::{date, money, number, percent, Locale::*};

#[test]
fn numbers() {
    // (value, max decimals, vi, en)
    let table: &[(f64, usize, &str, &str)] = &[
        (0.0, 2, "0", "0"),
        (7.0, 2, "7", "7"),
        (411.0, 2, "411", "411"),
        (1000.0, 2, "1.000", "1,000"),
        (5755.0, 2, "5.755", "5,755"),
        (12345.0, 2, "12.345", "12,345"),
        (1234567.0, 2, "1.234.567", "1,234,567"),
        (86_600_000_000.0, 0, "86.600.000.000", "86,600,000,000"),
        (99.7, 1, "99,7", "99.7"),
        (86.6, 2, "86,6", "86.6"),
        (0.5, 2, "0,5", "0.5"),
        (4.56789, 2, "4,57", "4.57"),
        (2.999, 2, "3", "3"),
        (9.995, 2, "10", "10"),
        (999.5, 0, "1.000", "1,000"),
        // Half-even on the shortest decimal form, as ICU rounds.
        (2.5, 0, "2", "2"),
        (3.5, 0, "4", "4"),
        (0.125, 2, "0,12", "0.12"),
        (0.135, 2, "0,14", "0.14"),
        (0.1251, 2, "0,13", "0.13"),
        (1234.56, 2, "1.234,56", "1,234.56"),
        (-7.0, 2, "-7", "-7"),
        (-1234.5, 2, "-1.234,5", "-1,234.5"),
        (-0.0, 2, "0", "0"),
        (-0.004, 2, "0", "0"),
        (1e15, 0, "1.000.000.000.000.000", "1,000,000,000,000,000"),
    ];
    for &(v, max, vi, en) in table {
        assert_eq!(number(v, max, Vi), vi, "vi {v}");
        assert_eq!(number(v, max, En), en, "en {v}");
    }
}

#[test]
fn percentages() {
    let table: &[(f64, &str, &str)] = &[
        (99.7, "99,7%", "99.7%"),
        (102.0, "102%", "102%"),
        (0.0, "0%", "0%"),
        (-3.5, "-3,5%", "-3.5%"),
        // ICU rounds the shortest decimal form half-even: 1250.25 down, 12.35 up (12.3499… in binary).
        (1250.25, "1.250,2%", "1,250.2%"),
        (12.35, "12,4%", "12.4%"),
    ];
    for &(v, vi, en) in table {
        assert_eq!((percent(v, Vi).as_str(), percent(v, En).as_str()), (vi, en), "{v}");
    }
}

#[test]
fn money_in_readers_units() {
    let table: &[(f64, &str, &str, &str)] = &[
        (86.6e9, "VND", "86,6 tỷ đồng", "VND 86.6 billion"),
        // Billions stay billions, as the press writes them (issue 11).
        (1.2e12, "VND", "1.200 tỷ đồng", "VND 1,200 billion"),
        (27_094_000_000.0, "VND", "27,094 tỷ đồng", "VND 27.094 billion"),
        (250e6, "VND", "250 triệu đồng", "VND 250 million"),
        (500_000.0, "VND", "500.000 đồng", "VND 500,000"),
        (2.5e6, "USD", "2,5 triệu USD", "USD 2.5 million"),
        (0.0, "VND", "0 đồng", "VND 0"),
    ];
    for &(v, cur, vi, en) in table {
        assert_eq!((money(v, cur, None, Vi).as_str(), money(v, cur, None, En).as_str()), (vi, en), "{v} {cur}");
    }
}

#[test]
fn long_dates_on_every_weekday() {
    let table = [
        ("2020-11-23", "Thứ Hai, 23/11/2020", "Monday, 23 November 2020"),
        ("2020-11-24", "Thứ Ba, 24/11/2020", "Tuesday, 24 November 2020"),
        ("2020-11-25", "Thứ Tư, 25/11/2020", "Wednesday, 25 November 2020"),
        ("2020-11-26", "Thứ Năm, 26/11/2020", "Thursday, 26 November 2020"),
        ("2020-11-27", "Thứ Sáu, 27/11/2020", "Friday, 27 November 2020"),
        ("2020-11-28", "Thứ Bảy, 28/11/2020", "Saturday, 28 November 2020"),
        ("2020-11-29", "Chủ Nhật, 29/11/2020", "Sunday, 29 November 2020"),
        ("2020-11-03", "Thứ Ba, 03/11/2020", "Tuesday, 3 November 2020"),
        ("2024-02-29", "Thứ Năm, 29/02/2024", "Thursday, 29 February 2024"),
        ("1999-12-31", "Thứ Sáu, 31/12/1999", "Friday, 31 December 1999"),
    ];
    for (iso, vi, en) in table {
        let d: Date = iso.parse().unwrap();
        assert_eq!((date(d, Vi).as_str(), date(d, En).as_str()), (vi, en), "{iso}");
    }
}
