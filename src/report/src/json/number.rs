//! A JSON number (already checked against JSON's grammar) → f64, without the standard library's
//! `str::parse::<f64>`, whose tables weigh about 13 KB of the compressed download (see
//! core/chart/csv.rs). Exact for every number a report holds: up to 15 significant digits and a
//! power of ten within ±22 (Clinger's fast path: one correctly rounded multiplication or
//! division of two exact doubles). Beyond that, within a few units in the last place (below
//! 2.2e-308, where doubles lose digits, within 2.2e-308), as serde_json's default reading was;
//! `tests/json_agrees.rs` checks both claims.

/// 1e0 ..= 1e22, each exact in a double.
const POW10: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
    1e20, 1e21, 1e22,
];

/// The value of `written`; infinite when it is beyond a double's range.
pub fn to_f64(written: &str) -> f64 {
    let b = written.as_bytes();
    let negative = b.first() == Some(&b'-');
    let mut mantissa: u64 = 0;
    let mut exponent: i64 = 0;
    let mut i = usize::from(negative);
    let mut fraction = false;
    while let Some(&c) = b.get(i) {
        match c {
            b'0'..=b'9' => {
                // Digits past 19 no longer fit: they only scale the value.
                if mantissa < 1_000_000_000_000_000_000 {
                    mantissa = mantissa * 10 + u64::from(c - b'0');
                    exponent -= i64::from(fraction);
                } else {
                    exponent += i64::from(!fraction);
                }
            }
            b'.' => fraction = true,
            _ => break,
        }
        i += 1;
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        let rest = &written[i + 1..];
        let (sign, digits) = match rest.as_bytes().first() {
            Some(b'-') => (-1, &rest[1..]),
            Some(b'+') => (1, &rest[1..]),
            _ => (1, rest),
        };
        // Clamped: 1e99999999999 is as infinite as 1e400.
        let e = digits.bytes().fold(0i64, |e, d| (e * 10 + i64::from(d - b'0')).min(100_000));
        exponent += sign * e;
    }
    let magnitude = scale(mantissa, exponent);
    if negative { -magnitude } else { magnitude }
}

fn scale(mantissa: u64, exponent: i64) -> f64 {
    if mantissa == 0 {
        return 0.0;
    }
    let m = mantissa as f64;
    if mantissa < 1 << 53 && exponent.abs() <= 22 {
        let p = POW10[exponent.unsigned_abs() as usize];
        return if exponent < 0 { m / p } else { m * p };
    }
    // Far from the fast path: powers of 1e22 at a time, staying within range while possible.
    let (mut value, mut e) = (m, exponent);
    while e > 22 && value.is_finite() {
        value *= 1e22;
        e -= 22;
    }
    while e < -22 && value != 0.0 {
        value /= 1e22;
        e += 22;
    }
    // Out of the loops early only at infinity or zero, which no further power changes.
    match POW10.get(e.unsigned_abs() as usize) {
        Some(p) if e < 0 => value / p,
        Some(p) => value * p,
        None => value,
    }
}

#[cfg(test)]
mod tests {
    use super::to_f64;

    #[test]
    fn report_numbers_are_exact_and_huge_ones_infinite() {
        for s in ["0", "-0", "5755", "99.7", "86600000000", "2318.7", "5.12", "-3.5e2", "0.000001", "1e22", "123456789012345"] {
            assert_eq!(to_f64(s), s.parse::<f64>().unwrap(), "{s}");
        }
        assert!(to_f64("1e400").is_infinite() && to_f64("-1e400").is_infinite());
        assert_eq!(to_f64("1e-400"), 0.0);
        let max = to_f64("1.7976931348623157e308");
        assert!(max.is_finite() && (max - f64::MAX).abs() <= f64::MAX * 1e-15);
        assert!((to_f64("18446744073709551616") - 18446744073709551616.0).abs() < 1e4);
    }
}
