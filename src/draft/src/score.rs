//! How much of an answer key a draft recovers: the key is tests/fixtures/articles/README.md, one
//! section per article ("## 1. `file.txt`") with a table of people (name, roles, side) and one of
//! figures (as written, …, fragment). A figure counts as recovered when an indicator quoting the
//! sentence with its fragment carries its number (value, whole, share, change, target or count);
//! a person when named, with each role and the side scored apart.

use report::format::{Report, Side};

use super::number::numbers;
use super::text::lower;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Score {
    pub figures: (usize, usize),
    /// Recovered into the field the key's columns call for: a part with its whole, a share of
    /// its reference, a change, a target, else the value or a count.
    pub placed: (usize, usize),
    pub persons: (usize, usize),
    pub roles: (usize, usize),
    pub sides: (usize, usize),
    /// Indicators that match no row of the key (false finds, or figures the key leaves out).
    pub unmatched_indicators: usize,
    pub indicators: usize,
}

impl Score {
    pub fn add(&mut self, o: &Score) {
        let sum = |a: &mut (usize, usize), b: (usize, usize)| {
            a.0 += b.0;
            a.1 += b.1;
        };
        sum(&mut self.figures, o.figures);
        sum(&mut self.placed, o.placed);
        sum(&mut self.persons, o.persons);
        sum(&mut self.roles, o.roles);
        sum(&mut self.sides, o.sides);
        self.unmatched_indicators += o.unmatched_indicators;
        self.indicators += o.indicators;
    }

    pub fn line(&self) -> String {
        let pct = |(a, b): (usize, usize)| if b == 0 { 0.0 } else { a as f64 * 100.0 / b as f64 };
        format!(
            "figures {}/{} ({:.0}%), in the right field {}/{} ({:.0}%) · persons {}/{} ({:.0}%) · roles {}/{} ({:.0}%) · sides {}/{} ({:.0}%) · indicators matching no key row {}/{}",
            self.figures.0, self.figures.1, pct(self.figures),
            self.placed.0, self.placed.1, pct(self.placed),
            self.persons.0, self.persons.1, pct(self.persons),
            self.roles.0, self.roles.1, pct(self.roles),
            self.sides.0, self.sides.1, pct(self.sides),
            self.unmatched_indicators, self.indicators,
        )
    }
}

/// The article files the key has a section for, in its order.
pub fn key_files(key: &str) -> Vec<String> {
    key.lines().filter_map(|l| section_file(l).map(str::to_owned)).collect()
}

fn section_file(line: &str) -> Option<&str> {
    let rest = line.strip_prefix("## ")?;
    let start = rest.find('`')? + 1;
    let end = start + rest[start..].find('`')?;
    rest[start..end].ends_with(".txt").then(|| &rest[start..end])
}

fn cells(row: &str) -> Vec<String> {
    row.trim().trim_matches('|').split('|').map(|c| c.trim().to_owned()).collect()
}

/// The rows of the first table after `heading` in the section of `file`.
fn table(key: &str, file: &str, heading: &str) -> Vec<Vec<String>> {
    let mut in_section = false;
    let mut in_heading = false;
    let mut rows = Vec::new();
    for line in key.lines() {
        if line.starts_with("## ") {
            in_section = section_file(line) == Some(file);
            in_heading = false;
            continue;
        }
        if !in_section {
            continue;
        }
        if line.starts_with("### ") {
            in_heading = line.trim_start_matches('#').trim() == heading;
            continue;
        }
        if in_heading && line.starts_with('|') && !line.contains("---") {
            rows.push(cells(line));
        }
    }
    rows.into_iter().skip(1).collect()
}

fn without_parentheses(s: &str) -> String {
    let mut depth = 0;
    s.chars()
        .filter(|&c| {
            match c {
                '(' => depth += 1,
                ')' => {
                    depth -= 1;
                    return false;
                }
                _ => {}
            }
            depth == 0
        })
        .collect()
}

/// The key's roles of a person: "Ủy viên …; Bí thư Tỉnh ủy; head of the delegation (`làm trưởng đoàn`)".
fn key_roles(cell: &str) -> Vec<String> {
    without_parentheses(cell)
        .split(';')
        .map(|r| r.split(". ").next().unwrap_or(r).trim().trim_end_matches('.').trim().to_owned())
        .filter(|r| !r.is_empty())
        .map(|r| if r.starts_with("head of") { "Trưởng đoàn".to_owned() } else { r })
        .collect()
}

/// Every number an indicator carries, in the units the article writes them in.
fn carried(ind: &report::format::Indicator) -> Vec<f64> {
    let mut v: Vec<f64> = Vec::new();
    let money = ind.currency.is_some();
    let mut push = |x: f64, scaled: bool| {
        if scaled && money {
            v.extend([0, 3, 6, 9, 12].iter().map(|e| x / 10f64.powi(*e)));
        } else {
            v.push(x);
        }
    };
    ind.value.into_iter().for_each(|x| push(x, true));
    ind.total.into_iter().for_each(|x| push(x, true));
    ind.share_of_plan.into_iter().for_each(|x| push(x, false));
    ind.references.iter().filter_map(|r| r.share).for_each(|x| push(x, false));
    ind.changes.iter().for_each(|c| push(c.value.abs(), c.measure == report::format::ChangeMeasure::Absolute));
    ind.target.iter().for_each(|t| push(t.value, true));
    ind.counts.iter().for_each(|c| push(c.value, false));
    v
}

/// Whether `ind` holds the key row's number in the field its columns call for (columns: #, as
/// written, unit, qualifier, measured against, part / whole, change, lower better, target, …).
fn placed(row: &[String], wanted: &[f64], ind: &report::format::Indicator) -> bool {
    let col = |i: usize| row.get(i).map_or("", String::as_str);
    let scaled = |x: f64| if ind.currency.is_some() { [0, 3, 6, 9, 12].iter().map(|e| x / 10f64.powi(*e)).collect() } else { vec![x] };
    let is = |x: Option<f64>, w: f64| x.is_some_and(|x| scaled(x).iter().any(|s| same(*s, w)));
    let w = wanted[0];
    if col(1).contains('/') {
        return is(ind.value, w) && wanted.get(1).is_some_and(|t| is(ind.total, *t));
    }
    if col(8).starts_with("yes") {
        return ind.target.as_ref().is_some_and(|t| is(Some(t.value), w));
    }
    let q = col(3);
    if col(6) != "—" && (q.starts_with("tăng") || q.starts_with("giảm")) && !q.starts_with("giảm còn") {
        return ind.changes.iter().any(|c| same(c.value.abs(), w) || is(Some(c.value.abs()), w));
    }
    if col(4) != "—" && col(1).ends_with('%') && !q.starts_with("vượt") && !col(4).starts_with("theo chuẩn") {
        return ind.share_of_plan.is_some_and(|s| same(s, w)) || ind.references.iter().any(|r| r.share.is_some_and(|s| same(s, w)));
    }
    is(ind.value, w) || ind.counts.iter().any(|c| same(c.value, w))
}

fn col0(row: &[String]) -> &str {
    row.first().map_or("", String::as_str)
}

fn same(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(1.0)
}

pub fn score(key: &str, file: &str, report: &Report) -> Score {
    let mut s = Score { indicators: report.indicators.len(), ..Score::default() };
    let mut matched = vec![false; report.indicators.len()];
    for row in table(key, file, "Figures") {
        let (Some(written), Some(fragment)) = (row.get(1), row.last()) else { continue };
        let fragment = fragment.trim_matches('`');
        let wanted: Vec<f64> = numbers(written).iter().map(|n| n.value).collect();
        s.figures.1 += 1;
        let hit = report.indicators.iter().position(|ind| {
            ind.quote.as_deref().is_some_and(|q| q.contains(fragment))
                && wanted.iter().all(|w| carried(ind).iter().any(|c| same(*c, *w)))
        });
        s.placed.1 += 1;
        if let Some(i) = hit {
            s.figures.0 += 1;
            matched[i] = true;
            let quoting = report.indicators.iter().filter(|ind| ind.quote.as_deref().is_some_and(|q| q.contains(fragment)));
            let ok = quoting.into_iter().any(|ind| placed(&row, &wanted, ind));
            s.placed.0 += ok as usize;
            if !ok && std::env::var_os("DRAFT_SCORE_VERBOSE").is_some() {
                eprintln!("{file}: figure {} `{written}` found but not in its field", col0(&row));
            }
        } else if std::env::var_os("DRAFT_SCORE_VERBOSE").is_some() {
            eprintln!("{file}: figure {} `{written}` not found", col0(&row));
        }
    }
    s.unmatched_indicators = matched.iter().filter(|m| !**m).count();
    for row in table(key, file, "People") {
        let (Some(name), Some(roles), Some(side)) = (row.first(), row.get(1), row.get(2)) else { continue };
        let side = match side.split(' ').next() {
            Some("delegation") => Side::Delegation,
            Some("host") => Side::Host,
            _ => Side::Other,
        };
        let wanted = key_roles(roles);
        s.persons.1 += 1;
        s.roles.1 += wanted.len();
        s.sides.1 += 1;
        let Some(p) = report.participants.iter().find(|p| p.person.as_deref() == Some(name.as_str())) else { continue };
        s.persons.0 += 1;
        s.sides.0 += (p.side == side) as usize;
        let drafted: Vec<String> = p.roles.iter().filter_map(|r| r.vi.as_deref()).map(lower).collect();
        let found = wanted.iter().filter(|w| drafted.iter().any(|d| d.starts_with(&lower(w)))).count();
        if found < wanted.len() && std::env::var_os("DRAFT_SCORE_VERBOSE").is_some() {
            eprintln!("{file}: {name}: roles {wanted:?}, drafted {drafted:?}");
        }
        s.roles.0 += found;
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_key() {
        let key = "## 1. `a.txt`\n\n### People\n\n| name | roles | side |\n| --- | --- | --- |\n\
                   | Lê Văn A | Bí thư Huyện ủy (X). Later: `…`; head of the delegation (`làm trưởng đoàn`) | host (cue) |\n\n\
                   ### Figures\n\n| # | as written | fragment |\n| --- | --- | --- |\n| 1 | 12/15 | `có 12/15 xã` |\n";
        assert_eq!(key_files(key), ["a.txt"]);
        assert_eq!(table(key, "a.txt", "Figures"), [vec!["1".to_owned(), "12/15".into(), "`có 12/15 xã`".into()]]);
        assert_eq!(key_roles(&table(key, "a.txt", "People")[0][1]), ["Bí thư Huyện ủy", "Trưởng đoàn"]);
    }
}
