//! Numbers in Vietnamese notation: `.` groups thousands, `,` marks decimals ("5.755", "99,7",
//! "2.318,7", "27,094"). A number is read with the digits it was written with, so a figure is never
//! shown with fewer digits than the article gave.

/// A number as it stands in a text: its value, how many digits followed the decimal comma, and
/// where it is (byte offsets into the text it was read from).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Number {
    pub value: f64,
    pub decimals: u8,
    /// The digits without separators, as an integer: 2.318,7 is 23187 with 1 decimal. Money is
    /// scaled from this exactly (23187 × 10^8), never through a rounded float.
    pub mantissa: u64,
    pub start: usize,
    pub end: usize,
    /// Written with a thousands separator ("1.200"): never a year.
    pub grouped: bool,
}

impl Number {
    /// The value times 10^`exponent` (a scale word: tỷ is 9), exact for the digits written.
    pub fn scaled(&self, exponent: u32) -> Option<f64> {
        let shift = exponent.checked_sub(self.decimals as u32)?;
        let v = self.mantissa.checked_mul(10u64.checked_pow(shift)?)?;
        // Integers up to 2^53 are exact in a double; larger amounts are not a district's figures.
        (v < (1u64 << 53)).then_some(v as f64)
    }
}

/// Every number in `text`, left to right. Digits glued to letters ("1B", "Covid-19", "ĐT.765") are
/// part of a name, not numbers.
pub fn numbers(text: &str) -> Vec<Number> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_digit() || (i > 0 && glued_before(text, i)) {
            // Skip the whole run of digits so "19" in "Covid-19" is not read from its second digit.
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
            i += (i < b.len() && !b[i].is_ascii_digit()) as usize;
            continue;
        }
        let start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        let mut grouped = false;
        // Thousands groups: exactly three digits after each dot.
        while b.get(i) == Some(&b'.')
            && b.get(i + 1..i + 4).is_some_and(|g| g.iter().all(u8::is_ascii_digit))
            && !b.get(i + 4).is_some_and(u8::is_ascii_digit)
        {
            grouped = true;
            i += 4;
        }
        let int_end = i;
        let mut decimals = 0u8;
        if i + 1 < b.len() && b[i] == b',' && b[i + 1].is_ascii_digit() {
            i += 1;
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
                decimals += 1;
            }
        }
        // "1B", "10a": a label, not a number; "310ha", "12km": a unit written against it.
        if text[i..].chars().next().is_some_and(char::is_alphabetic) && !glued_unit(&text[i..]) {
            continue;
        }
        let digits: String = text[start..i].chars().filter(char::is_ascii_digit).collect();
        let Ok(mantissa) = digits.parse::<u64>() else { continue };
        let plain: String = text[start..int_end].chars().filter(char::is_ascii_digit).collect();
        let frac = &text[int_end..i].trim_start_matches(',');
        let Ok(value) = format!("{plain}.{}", if frac.is_empty() { "0" } else { frac }).parse::<f64>() else { continue };
        out.push(Number { value, decimals, mantissa, start, end: i, grouped });
    }
    out
}

/// Units some outlets write against the number ("310ha").
pub const GLUED_UNITS: [&str; 6] = ["ha", "km", "tấn", "m2", "m3", "m"];

fn glued_unit(rest: &str) -> bool {
    GLUED_UNITS.iter().any(|u| rest.starts_with(u) && rest[u.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric()))
}

fn glued_before(text: &str, i: usize) -> bool {
    let before = text[..i].chars().next_back();
    match before {
        Some(c) if c.is_alphanumeric() => true,
        // "Covid-19", "ĐT.765": a separator between a letter and the digits.
        Some('-' | '.') => text[..i].chars().rev().nth(1).is_some_and(char::is_alphabetic),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(s: &str) -> Vec<(f64, u8)> {
        numbers(s).iter().map(|n| (n.value, n.decimals)).collect()
    }

    #[test]
    fn vietnamese_notation() {
        assert_eq!(read("đạt 5.755 ha"), [(5755.0, 0)]);
        assert_eq!(read("99,7%"), [(99.7, 1)]);
        assert_eq!(read("2.318,7 tỷ đồng và 27,094 tỷ"), [(2318.7, 1), (27.094, 3)]);
        assert_eq!(read("14.826 đảng viên"), [(14826.0, 0)]);
        assert_eq!(read("12/15 xã"), [(12.0, 0), (15.0, 0)]);
    }

    #[test]
    fn names_are_not_numbers() {
        assert!(read("Covid-19, Quốc lộ 1B, đường ĐT.765").is_empty());
        assert_eq!(read("đạt 310ha."), [(310.0, 0)]);
    }

    #[test]
    fn money_scales_exactly() {
        let n = numbers("86,62 tỷ")[0];
        assert_eq!(n.scaled(9), Some(86_620_000_000.0));
        let n = numbers("2.318,7")[0];
        assert_eq!(n.scaled(9), Some(2_318_700_000_000.0));
        assert_eq!(numbers("186,5")[0].scaled(6), Some(186_500_000.0));
    }
}
