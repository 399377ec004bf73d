//! The numbers of a clause read as figures: a percentage, percentage points, money, a count in a
//! unit, a part of a whole ("12/15 xã"), or a bare number (no unit: not taken). Dates, years,
//! times and labels ("số 3") are not figures at all.

use super::dates::non_figure_spans;
use super::number::{numbers, Number};
use super::units::{money, percent, unit};

#[derive(Debug, Clone, PartialEq)]
pub enum Shape {
    Percent,
    Points,
    Money { exponent: u32, currency: &'static str, per: Option<String> },
    Count { unit: String },
    Part { total: Number, unit: Option<String> },
    Bare,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Token {
    pub number: Number,
    pub shape: Shape,
    /// Where the figure's words end (after "%", "tỷ đồng", the unit).
    pub end: usize,
    /// The upper end of a range written "A - B tỷ đồng", "từ 18-22 cent", "từ 3 đến 50 ha": the
    /// token is A, in B's unit.
    pub high: Option<Number>,
}

impl Token {
    /// The value in the figure's own unit: whole currency units for money.
    pub fn value(&self) -> Option<f64> {
        match self.shape {
            Shape::Money { exponent, .. } => self.number.scaled(exponent),
            _ => Some(self.number.value),
        }
    }

    pub fn written<'a>(&self, clause: &'a str) -> &'a str {
        &clause[self.number.start..self.end]
    }
}

fn lower_before(clause: &str, at: usize) -> String {
    super::text::lower(clause[..at].trim_end())
}

pub fn tokens(clause: &str) -> Vec<Token> {
    let skip = non_figure_spans(clause);
    let inside = |n: &Number| skip.iter().any(|&(a, b)| a <= n.start && n.end <= b);
    let nums = numbers(clause);
    let mut out = Vec::new();
    let mut k = 0;
    while k < nums.len() {
        let n = nums[k];
        k += 1;
        if inside(&n) {
            continue;
        }
        let rest = &clause[n.end..];
        // "12/15 xã": the next number right after the slash is the whole.
        if rest.starts_with('/') {
            if let Some(&total) = nums.get(k).filter(|t| t.start == n.end + 1 && !inside(t)) {
                k += 1;
                // "7/0", "15/12" of no date: no part of a whole can be larger than it.
                if total.value <= 0.0 || n.value > total.value {
                    out.push(Token { number: n, shape: Shape::Bare, end: total.end, high: None });
                    continue;
                }
                let after = &clause[total.end..];
                let (unit, len) = unit(after).map_or((None, 0), |(u, len)| (Some(u), len));
                out.push(Token { number: n, shape: Shape::Part { total, unit }, end: total.end + len, high: None });
            }
            continue;
        }
        // "28.000 - 34.000 tỷ đồng", "18-22 cent", "từ 3 đến 50 ha": a range, in the upper end's unit.
        if let Some(&upper) = nums.get(k).filter(|u| !inside(u)) {
            let between = &clause[n.end..upper.start];
            let joined = matches!(between, "-" | " - " | " – " | "–") || between == " đến " && lower_before(clause, n.start).ends_with("từ");
            let bare = percent(rest).is_none() && money(rest).is_none() && unit(rest).is_none();
            if joined && bare && upper.value > n.value {
                let after = &clause[upper.end..];
                let shape = if let Some((points, len)) = percent(after) {
                    Some((if points { Shape::Points } else { Shape::Percent }, len))
                } else if let Some(m) = money(after) {
                    Some((Shape::Money { exponent: m.exponent, currency: m.currency, per: m.per }, m.len))
                } else {
                    unit(after).map(|(u, len)| (Shape::Count { unit: u }, len))
                };
                if let Some((shape, len)) = shape {
                    k += 1;
                    out.push(Token { number: n, shape, end: upper.end + len, high: Some(upper) });
                    continue;
                }
            }
        }
        let (shape, len) = if let Some((points, len)) = percent(rest) {
            (if points { Shape::Points } else { Shape::Percent }, len)
        } else if let Some(m) = money(rest) {
            (Shape::Money { exponent: m.exponent, currency: m.currency, per: m.per }, m.len)
        } else if let Some((unit, len)) = unit(rest) {
            (Shape::Count { unit }, len)
        } else {
            (Shape::Bare, 0)
        };
        out.push(Token { number: n, shape, end: n.end + len, high: None });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shapes(s: &str) -> Vec<(String, Shape)> {
        tokens(s).iter().map(|t| (t.written(s).to_owned(), t.shape.clone())).collect()
    }

    #[test]
    fn reads_the_shapes() {
        let s = "tính đến hết tháng 10/2020, đạt 5.755 ha đạt 99,7 % kế hoạch; thu 86,6 tỷ đồng, 12/15 xã, 3 sao";
        let got = shapes(s);
        let written: Vec<&str> = got.iter().map(|(w, _)| w.as_str()).collect();
        assert_eq!(written, ["5.755 ha", "99,7 %", "86,6 tỷ đồng", "12/15 xã", "3"]);
        assert_eq!(got[4].1, Shape::Bare);
        assert!(matches!(got[3].1, Shape::Part { .. }));
        assert_eq!(tokens("Hôm nay (3/11), năm 2020")[..], []);
        let r = tokens("lợi nhuận đạt 28.000 - 34.000 tỷ đồng, từ 3 đến 50 ha");
        assert_eq!(r.len(), 2);
        assert_eq!((r[0].number.value, r[0].high.map(|h| h.value)), (28000.0, Some(34000.0)));
        assert!(matches!(r[0].shape, Shape::Money { exponent: 9, .. }));
        assert_eq!((r[1].number.value, r[1].high.map(|h| h.value)), (3.0, Some(50.0)));
    }
}
