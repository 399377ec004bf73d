//! A draft scored against a hand-written answer key of a real article (tests/real/README.md
//! gives the key's format): not only whether a figure's number was found, but whether it is
//! **right** — value in the field its kind calls for, unit, kind and the words its label must
//! carry — and whether each person has their name, roles and side, each section kind the article
//! calls for is there, the meta (date, outlet, place, author) is right, and no indicator carries a
//! number its sentence does not write.

use serde::Deserialize;

use report::format::{ChangeMeasure, Indicator, ReferenceKind, Report, SectionKind, Side};

use super::text::lower;

#[derive(Debug, Clone, Deserialize)]
pub struct Key {
    pub article: String,
    #[serde(default)]
    pub session_date: Option<String>,
    #[serde(default)]
    pub year: Option<i32>,
    #[serde(default)]
    pub outlet: Vec<String>,
    #[serde(default)]
    pub place: Vec<String>,
    #[serde(default)]
    pub author: Option<String>,
    #[serde(default)]
    pub persons: Vec<KeyPerson>,
    #[serde(default)]
    pub sections: Vec<String>,
    #[serde(default)]
    pub figures: Vec<KeyFigure>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct KeyPerson {
    pub name: String,
    #[serde(default)]
    pub roles: Vec<String>,
    pub side: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct KeyFigure {
    pub value: f64,
    #[serde(default)]
    pub high: Option<f64>,
    #[serde(default)]
    pub unit: Option<String>,
    pub kind: String,
    #[serde(default)]
    pub reference: Option<String>,
    #[serde(default)]
    pub total: Option<f64>,
    #[serde(default)]
    pub measure: Option<String>,
    #[serde(default)]
    pub label: Vec<String>,
    pub fragment: String,
}

/// Counts as (right, of).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    pub articles: usize,
    pub refused: usize,
    pub figures: usize,
    pub found: usize,
    pub right: usize,
    pub persons: usize,
    pub persons_named: usize,
    pub persons_right: usize,
    pub sections: usize,
    pub sections_right: usize,
    /// Conclusion and directions: (found, asked for).
    pub closing: (usize, usize),
    pub dates: (usize, usize),
    pub outlets: (usize, usize),
    pub places: (usize, usize),
    pub authors: (usize, usize),
    /// Indicators carrying a number their sentence does not write.
    pub invented: usize,
    pub indicators: usize,
}

impl Tally {
    pub fn add(&mut self, o: &Tally) {
        let pair = |a: &mut (usize, usize), b: (usize, usize)| {
            a.0 += b.0;
            a.1 += b.1;
        };
        self.articles += o.articles;
        self.refused += o.refused;
        self.figures += o.figures;
        self.found += o.found;
        self.right += o.right;
        self.persons += o.persons;
        self.persons_named += o.persons_named;
        self.persons_right += o.persons_right;
        self.sections += o.sections;
        self.sections_right += o.sections_right;
        pair(&mut self.closing, o.closing);
        pair(&mut self.dates, o.dates);
        pair(&mut self.outlets, o.outlets);
        pair(&mut self.places, o.places);
        pair(&mut self.authors, o.authors);
        self.invented += o.invented;
        self.indicators += o.indicators;
    }

    pub fn line(&self) -> String {
        let pct = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 * 100.0 / b as f64 };
        format!(
            "figures found {}/{} ({:.0}%), RIGHT {}/{} ({:.0}%) · persons named {}/{}, right {}/{} ({:.0}%) · sections right {}/{} (conclusion/directives {}/{}) · date {}/{}, outlet {}/{}, place {}/{}, author {}/{} · invented numbers {} (of {} indicators) · refused {}/{}",
            self.found, self.figures, pct(self.found, self.figures),
            self.right, self.figures, pct(self.right, self.figures),
            self.persons_named, self.persons, self.persons_right, self.persons, pct(self.persons_right, self.persons),
            self.sections_right, self.sections, self.closing.0, self.closing.1,
            self.dates.0, self.dates.1, self.outlets.0, self.outlets.1, self.places.0, self.places.1, self.authors.0, self.authors.1,
            self.invented, self.indicators, self.refused, self.articles,
        )
    }
}

fn same(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(1.0)
}

fn squeeze(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The power of ten of a money unit as written ("tỷ đồng" 9, "triệu USD" 6), if it is money.
fn money_exponent(unit: &str) -> Option<i32> {
    let u = lower(unit);
    let scale = if u.starts_with("nghìn tỷ") || u.starts_with("ngàn tỷ") {
        12
    } else if u.starts_with("tỷ") {
        9
    } else if u.starts_with("triệu") {
        6
    } else if u.starts_with("nghìn") || u.starts_with("ngàn") {
        3
    } else {
        0
    };
    let rest = u.split(' ').next_back().unwrap_or("");
    (matches!(rest, "đồng" | "usd") || u == "tỷ" && scale == 9).then_some(scale)
}

/// Whether the indicator's `x` (in its own unit) is the key's `v` (in the unit written).
fn is_value(ind: &Indicator, x: f64, key: &KeyFigure) -> bool {
    // "triệu đồng/người/năm": the scale is the money's, before what it is per.
    let money = key.unit.as_deref().map(|u| u.split_once('/').map_or(u, |(m, _)| m));
    match (&ind.currency, money.and_then(money_exponent)) {
        (Some(_), Some(e)) => same(x, key.value * 10f64.powi(e)),
        _ => same(x, key.value),
    }
}

/// Every number the indicator carries, in the unit the article writes it in (money scaled back).
fn carries(ind: &Indicator, v: f64) -> bool {
    let mut all: Vec<f64> = Vec::new();
    all.extend(ind.value);
    all.extend(ind.total);
    all.extend(ind.share_of_plan);
    all.extend(ind.references.iter().filter_map(|r| r.share));
    all.extend(ind.changes.iter().map(|c| c.value.abs()));
    all.extend(ind.target.iter().map(|t| t.value));
    all.extend(ind.counts.iter().map(|c| c.value));
    all.iter().any(|x| [0, 3, 6, 9, 12].iter().any(|e| same(x / 10f64.powi(*e), v.abs())))
}

/// A range's upper end, in the scale its lower end was drafted in ("28.000 - 34.000 tỷ": 34.000 tỷ);
/// a figure that is no range has none.
fn range_right(ind: &Indicator, key: &KeyFigure) -> bool {
    match (key.high, ind.value_to, ind.value) {
        (None, None, _) => true,
        (Some(high), Some(to), Some(v)) if v != 0.0 => same(to / v * key.value, high),
        _ => false,
    }
}

fn unit_right(ind: &Indicator, key: &KeyFigure) -> bool {
    // "gồm 14 khoa, 3 viện nghiên cứu": one indicator of counts, each labelled with its unit.
    if let Some(unit) = key.unit.as_deref() {
        let u = lower(unit);
        if ind.counts.iter().any(|c| same(c.value, key.value) && c.label.vi.as_deref().map(lower).is_some_and(|l| l == u || u.starts_with(&format!("{l} ")))) {
            return true;
        }
    }
    let Some(unit) = key.unit.as_deref() else {
        return ind.unit.is_none() && ind.currency.is_none() && !ind.percent;
    };
    if unit == "%" {
        return true; // checked with the field: a percent level, a share or a change in percent
    }
    // Money, and what it is counted per after a slash ("triệu đồng/người/năm": VND per "người/năm").
    let (money, per) = match unit.split_once('/') {
        Some((m, p)) if money_exponent(m).is_some() => (m, Some(lower(p))),
        _ => (unit, None),
    };
    if money_exponent(money).is_some() {
        let code = if lower(money).ends_with("usd") { "USD" } else { "VND" };
        let drafted_per = ind.per.as_ref().and_then(|p| p.vi.as_deref()).map(lower);
        return ind.currency.as_deref() == Some(code) && drafted_per == per;
    }
    let drafted = ind.unit.as_ref().and_then(|u| u.vi.as_deref()).map(lower).unwrap_or_default();
    // "262 viên chức hành chính": the unit "viên chức" with "hành chính" in the label is right too.
    let label = lower(ind.label.vi.as_deref().unwrap_or(""));
    let key = lower(unit);
    drafted == key || !drafted.is_empty() && key.starts_with(&format!("{drafted} ")) && label.contains(key[drafted.len()..].trim())
}

/// The key figure's number in the field its kind calls for.
fn field_right(ind: &Indicator, key: &KeyFigure) -> bool {
    let percent = key.unit.as_deref() == Some("%");
    match key.kind.as_str() {
        "level" => {
            let level = ind.value.is_some_and(|x| is_value(ind, x, key)) && ind.target.is_none() && ind.total.is_none();
            let count = ind.counts.iter().any(|c| same(c.value, key.value));
            (level && ind.percent == percent) || count
        }
        "part" => ind.value.is_some_and(|x| is_value(ind, x, key)) && key.total.is_some_and(|t| ind.total.is_some_and(|x| same(x, t))),
        "target" => ind.target.as_ref().is_some_and(|t| is_value(ind, t.value, key)),
        "change" => {
            let measure = match key.measure.as_deref() {
                Some("points") => ChangeMeasure::Points,
                Some("absolute") => ChangeMeasure::Absolute,
                _ => ChangeMeasure::Percent,
            };
            ind.changes.iter().any(|c| c.measure == measure && (same(c.value, key.value) || is_value(ind, c.value, key)))
        }
        "share" => {
            let kind = match key.reference.as_deref() {
                Some("estimate") => ReferenceKind::Estimate,
                Some("target") => ReferenceKind::Target,
                Some("resolution_target") => ReferenceKind::ResolutionTarget,
                _ => ReferenceKind::Plan,
            };
            (kind == ReferenceKind::Plan && ind.share_of_plan.is_some_and(|s| same(s, key.value)))
                || ind.references.iter().any(|r| r.kind == kind && r.share.is_some_and(|s| same(s, key.value)))
        }
        _ => false,
    }
}

fn label_right(ind: &Indicator, key: &KeyFigure) -> bool {
    let label = lower(ind.label.vi.as_deref().unwrap_or(""));
    let counts: Vec<String> = ind.counts.iter().filter_map(|c| c.label.vi.as_deref()).map(lower).collect();
    key.label.iter().all(|w| {
        let w = lower(w);
        label.contains(&w) || counts.iter().any(|c| c.contains(&w))
    })
}

/// Numbers written in a text, read independently of the drafter: digit runs with the Vietnamese
/// thousands dot and decimal comma.
fn written_numbers(text: &str) -> Vec<f64> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for c in text.chars().chain(std::iter::once(' ')) {
        if c.is_ascii_digit() || (!cur.is_empty() && (c == '.' || c == ',')) {
            cur.push(c);
        } else if !cur.is_empty() {
            let t = cur.trim_end_matches(['.', ',']);
            out.extend(t.replace('.', "").replace(',', ".").parse::<f64>());
            cur.clear();
        }
    }
    out
}

/// The numbers an indicator carries that its quoted sentence does not write (money may be
/// written in thousands, millions, billions or trillions): each one an invented number.
pub fn unwritten_numbers(ind: &Indicator) -> Vec<f64> {
    let written = written_numbers(ind.quote.as_deref().unwrap_or(""));
    let money = ind.currency.is_some();
    let in_quote = |x: f64, scaled: bool| {
        let scales: &[i32] = if scaled && money { &[0, 3, 6, 9, 12] } else { &[0] };
        scales.iter().any(|e| written.iter().any(|w| same(*w, x / 10f64.powi(*e))))
    };
    let mut all: Vec<(f64, bool)> = Vec::new();
    all.extend(ind.value.map(|v| (v, true)));
    all.extend(ind.total.map(|v| (v, true)));
    all.extend(ind.share_of_plan.map(|v| (v, false)));
    all.extend(ind.references.iter().filter_map(|r| r.share).map(|v| (v, false)));
    all.extend(ind.changes.iter().map(|c| (c.value.abs(), true)));
    all.extend(ind.target.iter().map(|t| (t.value, true)));
    all.extend(ind.counts.iter().map(|c| (c.value, false)));
    all.into_iter().filter(|&(x, s)| !in_quote(x, s)).map(|(x, _)| x).collect()
}

fn side_of(s: &str) -> Side {
    match s {
        "delegation" => Side::Delegation,
        "host" => Side::Host,
        _ => Side::Other,
    }
}

fn kind_of(s: &str) -> Option<SectionKind> {
    use SectionKind::*;
    Some(match s {
        "party_building" => PartyBuilding,
        "resolution_implementation" => ResolutionImplementation,
        "economy" => Economy,
        "culture_society" => CultureSociety,
        "discussion" => Discussion,
        "proposed_tasks" => ProposedTasks,
        "conclusion" => Conclusion,
        "directives" => Directives,
        "other" => Other,
        _ => return None,
    })
}

/// The misses of one article, for `DRAFT_SCORE_VERBOSE`.
pub type Misses = Vec<String>;

/// A refused article: everything it asks for is missed.
pub fn refused(key: &Key) -> Tally {
    Tally {
        articles: 1,
        refused: 1,
        figures: key.figures.len(),
        persons: key.persons.len(),
        sections: key.sections.len(),
        closing: (0, key.sections.iter().filter(|s| matches!(s.as_str(), "conclusion" | "directives")).count()),
        ..Tally::default()
    }
}

pub fn score(key: &Key, report: &Report) -> (Tally, Misses) {
    let mut t = Tally { articles: 1, indicators: report.indicators.len(), ..Tally::default() };
    let mut miss = Vec::new();
    for f in &key.figures {
        t.figures += 1;
        let fragment = squeeze(&f.fragment);
        let quoting: Vec<&Indicator> =
            report.indicators.iter().filter(|i| i.quote.as_deref().is_some_and(|q| squeeze(q).contains(&fragment))).collect();
        if !quoting.iter().any(|i| carries(i, f.value)) {
            miss.push(format!("figure {} {:?} ({}) not found: `{}`", f.value, f.unit, f.kind, f.fragment));
            continue;
        }
        t.found += 1;
        let right = quoting.iter().any(|i| field_right(i, f) && unit_right(i, f) && label_right(i, f) && range_right(i, f));
        if right {
            t.right += 1;
        } else {
            let drafted: Vec<String> = quoting
                .iter()
                .filter(|i| carries(i, f.value))
                .map(|i| format!("{}{}{}[{}] value {:?} unit {:?} cur {:?} pct {} total {:?} changes {} target {:?}", if field_right(i, f) { "" } else { "FIELD " }, if unit_right(i, f) { "" } else { "UNIT " }, if label_right(i, f) { "" } else { "LABEL " }, i.label.vi.as_deref().unwrap_or(""), i.value, i.unit.as_ref().and_then(|u| u.vi.clone()), i.currency, i.percent, i.total, i.changes.len(), i.target.as_ref().map(|x| x.value)))
                .collect();
            miss.push(format!("figure {} {:?} ({}, label {:?}{}) not right: {}", f.value, f.unit, f.kind, f.label, if f.high.is_some() { ", a range" } else { "" }, drafted.join(" | ")));
        }
    }
    for ind in &report.indicators {
        if !unwritten_numbers(ind).is_empty() {
            t.invented += 1;
            miss.push(format!("INVENTED: {}", ind.id));
        }
    }
    for p in &key.persons {
        t.persons += 1;
        let Some(d) = report.participants.iter().find(|d| d.person.as_deref() == Some(p.name.as_str())) else {
            miss.push(format!("person {} not named", p.name));
            continue;
        };
        t.persons_named += 1;
        let drafted: Vec<String> = d.roles.iter().filter_map(|r| r.vi.as_deref()).map(lower).collect();
        let roles = p.roles.iter().all(|r| drafted.iter().any(|d| d == &lower(r) || d.starts_with(&lower(r))));
        let side = d.side == side_of(&p.side);
        if roles && side {
            t.persons_right += 1;
        } else {
            miss.push(format!("person {}: roles {:?} side {}, drafted {:?} {:?}", p.name, p.roles, p.side, drafted, d.side));
        }
    }
    for s in &key.sections {
        t.sections += 1;
        let closing = matches!(s.as_str(), "conclusion" | "directives");
        let there = kind_of(s).is_some_and(|k| report.sections.iter().any(|d| d.kind == k));
        t.sections_right += there as usize;
        if closing {
            t.closing.1 += 1;
            t.closing.0 += there as usize;
        }
        if !there {
            miss.push(format!("section {s} missing"));
        }
    }
    let meta = &report.meta;
    t.dates.1 += 1;
    let date_ok = match (&key.session_date, key.year) {
        (Some(d), _) => meta.event_date.to_string() == *d,
        (None, Some(y)) => meta.event_date.year == y,
        (None, None) => true,
    };
    t.dates.0 += date_ok as usize;
    if !date_ok {
        miss.push(format!("date {} (key {:?} / {:?})", meta.event_date, key.session_date, key.year));
    }
    let outlet = lower(meta.source.outlet.vi.as_deref().unwrap_or(""));
    t.outlets.1 += 1;
    let outlet_ok = if key.outlet.is_empty() { outlet.starts_with('[') } else { key.outlet.iter().any(|o| outlet.contains(&lower(o))) };
    t.outlets.0 += outlet_ok as usize;
    if !outlet_ok {
        miss.push(format!("outlet {outlet:?} (key {:?})", key.outlet));
    }
    let place = lower(meta.place.vi.as_deref().unwrap_or(""));
    t.places.1 += 1;
    let place_ok = if key.place.is_empty() { place.starts_with('[') } else { key.place.iter().all(|p| place.contains(&lower(p))) };
    t.places.0 += place_ok as usize;
    if !place_ok {
        miss.push(format!("place {place:?} (key {:?})", key.place));
    }
    t.authors.1 += 1;
    let author_ok = match (&key.author, &meta.author) {
        (Some(k), Some(d)) => lower(k) == lower(d),
        (None, None) => true,
        _ => false,
    };
    t.authors.0 += author_ok as usize;
    if !author_ok {
        miss.push(format!("author {:?} (key {:?})", meta.author, key.author));
    }
    (t, miss)
}
