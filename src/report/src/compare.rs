//! One indicator across many reports, for the report site's compare pages: which indicators are
//! the same figure (an id the reports share with the same unit, else the same label and unit once
//! folded), the key that names them in an address, and the rows and chart each page shows.

use std::collections::BTreeMap;

use crate::format::{Indicator, Report};
use crate::lang::Locale;
use crate::text::Text;

/// One report's figure in a comparison: indexes into the reports given and their indicators.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entry {
    pub report: usize,
    pub indicator: usize,
}

/// An indicator two reports or more have.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    /// Its address on the site (`compare/<key>/`): lowercase a–z, digits and '-'.
    pub key: String,
    /// At most one entry per report, in the reports' order.
    pub entries: Vec<Entry>,
}

/// Groups the indicators that have a value across `reports` (in their order); only those that
/// two reports or more have, ordered by how many have them, then by key.
pub fn groups(reports: &[&Report]) -> Vec<Group> {
    // An id counts as shared when two reports use it with the same unit.
    let mut by_id: BTreeMap<(&str, String), usize> = BTreeMap::new();
    for r in reports {
        let mut seen = Vec::new();
        for ind in r.indicators.iter().filter(|i| i.value.is_some()) {
            let k = (ind.id.as_str(), unit_key(ind));
            if !seen.contains(&k) {
                *by_id.entry(k.clone()).or_default() += 1;
                seen.push(k);
            }
        }
    }
    let mut grouped: BTreeMap<String, Vec<Entry>> = BTreeMap::new();
    for (ri, r) in reports.iter().enumerate() {
        for (ii, ind) in r.indicators.iter().enumerate().filter(|(_, i)| i.value.is_some()) {
            let unit = unit_key(ind);
            let key = if by_id.get(&(ind.id.as_str(), unit.clone())).is_some_and(|&n| n >= 2) {
                ind.id.clone()
            } else {
                slug(&format!("{} {unit}", label_key(&ind.label)))
            };
            let entries = grouped.entry(key).or_default();
            if entries.last().is_none_or(|e| e.report != ri) {
                entries.push(Entry { report: ri, indicator: ii });
            }
        }
    }
    let mut groups: Vec<Group> = grouped.into_iter().filter(|(_, e)| e.len() >= 2).map(|(key, entries)| Group { key, entries }).collect();
    groups.sort_by(|a, b| b.entries.len().cmp(&a.entries.len()).then(a.key.cmp(&b.key)));
    groups
}

/// What a value is measured in, folded: the currency, "percent", or the unit's Vietnamese words.
fn unit_key(ind: &Indicator) -> String {
    match (&ind.currency, &ind.unit) {
        (Some(c), _) => c.to_ascii_lowercase(),
        (None, _) if ind.percent => "percent".into(),
        (None, Some(u)) => label_key(u),
        (None, None) => String::new(),
    }
}

/// A label compared as words: Vietnamese first (the reports' own language), case and spaces folded.
fn label_key(t: &Text) -> String {
    let text = t.resolve(Locale::Vi).map(|r| r.text).unwrap_or_default();
    text.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

/// An address segment: Vietnamese letters without their marks, everything else but a–z and digits
/// a '-', at most 64 characters.
pub fn slug(text: &str) -> String {
    crate::fold::slug(text, 64)
}

/// The chart of a comparison: one bar per report, labelled by `names` (the caller's words for each
/// report: its date and place), each bar's value as the report gives it. Drawn as the widget draws
/// compared counts (`chart::layout`, `chart::svg`).
#[cfg(feature = "charts")]
pub fn chart(group: &Group, reports: &[&Report], names: &[String], title: &str, l: Locale) -> crate::chart::data::ChartData {
    use crate::chart::data::{ChartData, Paint, Point, Series};
    use crate::chart::ChartKind;
    let inds: Vec<&Indicator> = group.entries.iter().map(|e| &reports[e.report].indicators[e.indicator]).collect();
    let points = inds
        .iter()
        .map(|ind| {
            Some(Point {
                value: ind.value.unwrap_or_default(),
                label: crate::figures::figure(ind, l).headline.unwrap_or_default(),
                paint: Paint::Series(0),
                target: None,
            })
        })
        .collect();
    ChartData {
        kind: ChartKind::Counts,
        title: title.to_owned(),
        description: String::new(),
        categories: names.to_vec(),
        series: vec![Series { name: title.to_owned(), points }],
        legend: false,
        reference: None,
        track: false,
        table_head: Vec::new(),
        table_rows: Vec::new(),
        raw_rows: Vec::new(),
        file_stem: group.key.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report(ids: &str, indicators: &str) -> Report {
        let json = format!(
            r#"{{"format":1,"meta":{{"title":{{"vi":"T"}},"event_date":"2020-01-01","place":{{"vi":"P"}},"source":{{"outlet":{{"vi":"O"}}}}}},
            "sections":[{{"id":"s","kind":"economy","title":{{"vi":"S"}},"paragraphs":[{{"vi":"x"}}],"indicators":[{ids}]}}],"indicators":[{indicators}]}}"#
        );
        crate::parse::parse_report(&json).unwrap_or_else(|p| panic!("{p:?}"))
    }

    #[test]
    fn a_shared_id_with_one_unit_groups_else_the_label_and_unit_do() {
        let a = report(r#""revenue","area","lone""#, r#"{"id":"revenue","label":{"vi":"Thu ngân sách"},"value":5,"currency":"VND"},
                         {"id":"area","label":{"vi":"Diện tích  gieo trồng"},"value":10,"unit":{"vi":"ha"}},
                         {"id":"lone","label":{"vi":"Chỉ có ở đây"},"value":1}"#);
        let b = report(r#""revenue","x-area","lone""#, r#"{"id":"revenue","label":{"vi":"Tổng thu ngân sách"},"value":7,"currency":"VND"},
                         {"id":"x-area","label":{"vi":"diện tích gieo trồng"},"value":12,"unit":{"vi":"ha"}},
                         {"id":"lone","label":{"vi":"Một thứ khác"},"value":2,"unit":{"vi":"xã"}}"#);
        let groups = groups(&[&a, &b]);
        let keys: Vec<&str> = groups.iter().map(|g| g.key.as_str()).collect();
        assert_eq!(keys, ["dien-tich-gieo-trong-ha", "revenue"], "a shared id in another unit is not the same figure");
        assert_eq!(groups[1].entries, [Entry { report: 0, indicator: 0 }, Entry { report: 1, indicator: 0 }]);
    }

    #[test]
    fn a_slug_is_an_address() {
        assert_eq!(slug("Tỷ lệ hộ nghèo (%) — Đồng Nai"), "ty-le-ho-ngheo-dong-nai");
        assert_eq!(slug(&"a".repeat(80)).len(), 64);
    }
}
