//! A chart's content in one locale: labels, values, a one-sentence description and a table.

use super::{has_progress, ChartKind, ChartSpec};
use crate::figures::{amount, figure, share_text, Tone, COMPUTED_DECIMALS};
use crate::format::{ChangeMeasure, Indicator, Reference, ReferenceKind, Report};
use crate::locale::{self, Locale};
use crate::text::Text;
use crate::wording::figure::{self as words, Word};
use crate::wording::{text_in, Msg};

/// Where a share stands against what it is measured against; shown as a symbol and words, never
/// by colour alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    Under,
    At,
    Over,
}

impl Standing {
    pub fn of(share: f64) -> Self {
        if share > 100.0 {
            Standing::Over
        } else if share < 100.0 {
            Standing::Under
        } else {
            Standing::At
        }
    }

    pub fn symbol(self) -> &'static str {
        match self {
            Standing::Over => "▲",
            Standing::Under => "▼",
            Standing::At => "●",
        }
    }

    /// "chưa đạt kế hoạch tỉnh giao" / "under the plan set by the province".
    pub fn words(self, against: &str, l: Locale) -> String {
        let m = match self {
            Standing::Over => Msg::StandingOver,
            Standing::Under => Msg::StandingUnder,
            Standing::At => Msg::StandingAt,
        };
        format!("{} {against}", m.text(l))
    }
}

/// How a bar is coloured; the colour always repeats what its label says in symbols and words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Paint {
    /// The series' colour, named in the legend.
    Series(usize),
    /// A share short of its reference (a chart with one reference).
    Under,
    /// A share at or past its reference.
    Reached,
    /// A change that is good, bad or neither.
    Tone(Tone),
}

/// One bar.
#[derive(Debug, Clone, PartialEq)]
pub struct Point {
    pub value: f64,
    /// The value as a reader sees it at the bar's end.
    pub label: String,
    pub paint: Paint,
    /// A target ahead, on the bar's scale, with its caption.
    pub target: Option<(f64, String)>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    pub name: String,
    /// One per category; `None` where this series has no such figure.
    pub points: Vec<Option<Point>>,
}

impl Series {
    pub fn value(&self, c: usize) -> Option<f64> {
        self.points.get(c)?.as_ref().map(|p| p.value)
    }
}

/// A vertical line across the bars at `value` (100 % of a reference, or zero for changes).
#[derive(Debug, Clone, PartialEq)]
pub struct RefLine {
    pub value: f64,
    /// Its caption above the bars, longest first: the layout takes the first that fits.
    pub captions: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ChartData {
    pub kind: ChartKind,
    pub title: String,
    pub description: String,
    /// Bar labels: indicators, or count labels (counts charts).
    pub categories: Vec<String>,
    pub series: Vec<Series>,
    /// Series named by colour swatches above the bars.
    pub legend: bool,
    pub reference: Option<RefLine>,
    /// Bars are shares of a whole (0–100), drawn over a track for the whole.
    pub track: bool,
    pub table_head: Vec<String>,
    pub table_rows: Vec<Vec<String>>,
    /// The same rows with plain numbers, for CSV.
    pub raw_rows: Vec<Vec<String>>,
    /// File name without extension, in the reader's language.
    pub file_stem: String,
}

pub fn chart_data(report: &Report, spec: &ChartSpec, l: Locale) -> ChartData {
    let inds: Vec<&Indicator> = spec.indicators.iter().filter_map(|&i| report.indicators.get(i)).collect();
    match spec.kind {
        ChartKind::Shares => shares(&inds, l),
        ChartKind::Progress => progress(&inds, l),
        ChartKind::Changes(measure) => changes(&inds, measure, l),
        ChartKind::Counts => counts(&inds, l),
    }
}

fn chart(kind: ChartKind, title: String, description: String, categories: Vec<String>, series: Vec<Series>) -> ChartData {
    ChartData {
        kind,
        title,
        description,
        categories,
        series,
        legend: false,
        reference: None,
        track: false,
        table_head: Vec::new(),
        table_rows: Vec::new(),
        raw_rows: Vec::new(),
        file_stem: String::new(),
    }
}

fn heads(msgs: &[Msg], l: Locale) -> Vec<String> {
    msgs.iter().map(|m| m.text(l).to_owned()).collect()
}

/// A share for data files (CSV): a reported one as given, a computed one to the decimal shown.
fn share_plain(r: &Reference, share: f64) -> String {
    let scale = 10f64.powi(COMPUTED_DECIMALS as i32);
    match r.share {
        Some(_) => locale::plain(share),
        None => locale::plain((share * scale).round() / scale),
    }
}

fn raw(v: Option<f64>) -> String {
    v.map(locale::plain).unwrap_or_default()
}

/// A reference as a share is "of" it: "kế hoạch", "dự toán tỉnh giao"; in English with an article
/// once someone set it ("the budget estimate set by the province"), as a plain plan has none.
fn reference_name(kind: ReferenceKind, by: Option<&Text>, article: bool, l: Locale) -> String {
    words::reference_name(kind, by.and_then(|b| b.resolve(l)).map(|r| r.text), article, l)
}

fn capitalised(s: &str) -> String {
    let mut chars = s.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// "a và b" / "a and b", "a, b và c".
fn listed(items: &[String], l: Locale) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} {} {last}", rest.join(", "), Msg::And.text(l)),
    }
}

fn same_reference(a: &Reference, b: &Reference) -> bool {
    a.kind == b.kind && a.by == b.by
}

/// One series per distinct reference (what, and who set it) in the section, in order of
/// appearance; a bar per share. (Plain loops: this runs in the reader's download.)
fn shares(inds: &[&Indicator], l: Locale) -> ChartData {
    let all: Vec<Vec<(Reference, Option<f64>)>> = inds.iter().map(|i| i.shares()).collect();
    let mut refs: Vec<&Reference> = Vec::new();
    for (r, share) in all.iter().flatten() {
        if share.is_some() && !refs.iter().any(|k| same_reference(k, r)) {
            refs.push(r);
        }
    }
    let single = refs.len() == 1;
    let plain = single && refs[0].kind == ReferenceKind::Plan && refs[0].by.is_none();
    let names: Vec<String> = refs.iter().map(|r| reference_name(r.kind, r.by.as_ref(), true, l)).collect();
    let mut series: Vec<Series> = refs
        .iter()
        .map(|r| Series { name: capitalised(&reference_name(r.kind, r.by.as_ref(), false, l)), points: Vec::new() })
        .collect();
    let (mut categories, mut parts, mut table_rows, mut raw_rows) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for (ind, shares) in inds.iter().zip(&all) {
        let category = text_in(&ind.label, l);
        let headline = figure(ind, l).headline.unwrap_or_default();
        let mut said = Vec::new();
        for (s, key) in refs.iter().enumerate() {
            let share = shares.iter().find(|(r, v)| v.is_some() && same_reference(r, key));
            let Some((r, Some(v))) = share.cloned() else {
                series[s].points.push(None);
                continue;
            };
            let st = Standing::of(v);
            let paint = match (single, st) {
                (false, _) => Paint::Series(s),
                (true, Standing::Under) => Paint::Under,
                (true, _) => Paint::Reached,
            };
            let (pct, words) = (share_text(&r, v, l), st.words(&names[s], l));
            series[s].points.push(Some(Point { value: v, label: format!("{pct} {}", st.symbol()), paint, target: None }));
            said.push(format!("{pct} ({words})"));
            let (mut row, mut plain_row) = (vec![category.clone(), headline.clone()], vec![category.clone(), raw(ind.value)]);
            if !single {
                row.push(series[s].name.clone());
                plain_row.push(series[s].name.clone());
            }
            row.extend([pct, format!("{} {words}", st.symbol())]);
            plain_row.extend([share_plain(&r, v), words]);
            table_rows.push(row);
            raw_rows.push(plain_row);
        }
        parts.push(if single { format!("{category} {}", said.join("")) } else { format!("{category}: {}", said.join(", ")) });
        categories.push(category);
    }
    let against = listed(&names, l);
    let counted = if parts.len() == 1 { Msg::IndicatorAgainst } else { Msg::IndicatorsAgainst };
    let description = format!("{} {} {against}: {}.", parts.len(), counted.text(l), parts.join("; "));
    let title = if plain { Msg::ChartPlanTitle.text(l).to_owned() } else { format!("{} {against}", Msg::SharesAgainst.text(l)) };
    let mut table_head = heads(&[Msg::ColIndicator, Msg::ColValue], l);
    // "100% kế hoạch" / "100% of plan" when it fits, else "100%".
    let mut captions = Vec::new();
    if single {
        table_head.extend([format!("{} {}", Msg::ShareOf.text(l), names[0]), format!("{} {}", Msg::Against.text(l), names[0])]);
        captions.push(words::share_of("100%", &names[0], l));
    } else {
        table_head.extend(heads(&[Msg::Against, Msg::ColShareAchieved, Msg::ColStanding], l));
    }
    captions.push("100%".to_owned());
    ChartData {
        legend: !single,
        reference: Some(RefLine { value: 100.0, captions }),
        table_head,
        table_rows,
        raw_rows,
        file_stem: if plain { Msg::FileShareOfPlan } else { Msg::FileShares }.text(l).to_owned(),
        ..chart(ChartKind::Shares, title, description, categories, series)
    }
}

/// Parts of a whole and figures with a target ahead, each as a share of its whole (a rate's
/// whole is 100 %; a figure with only a target is measured against the target).
fn progress(inds: &[&Indicator], l: Locale) -> ChartData {
    let inds: Vec<&Indicator> = inds.iter().copied().filter(|i| has_progress(i)).collect();
    let categories: Vec<String> = inds.iter().map(|i| text_in(&i.label, l)).collect();
    let mut points = Vec::new();
    let (mut parts, mut table_rows, mut raw_rows) = (Vec::new(), Vec::new(), Vec::new());
    for (c, ind) in inds.iter().enumerate() {
        let v = ind.value.unwrap_or_default();
        let whole = match (ind.total, ind.percent, &ind.target) {
            (Some(t), ..) => t,
            (None, true, _) => 100.0,
            (None, false, Some(t)) => t.value.max(v),
            _ => v,
        };
        let of_whole = |x: f64| if whole > 0.0 { x / whole * 100.0 } else { 0.0 };
        let f = figure(ind, l);
        let headline = f.headline.clone().unwrap_or_default();
        let label = match ind.total {
            Some(t) => format!("{}/{}", locale::reported(v, ind.decimals, l), locale::reported(t, None, l)),
            None if ind.percent => format!("{}%", locale::reported(v, ind.decimals, l)),
            None => headline.clone(),
        };
        let target = ind.target.as_ref().map(|t| {
            let q = t.qualifier.map(|q| format!("{} ", Word::Qualifier(q).text(l))).unwrap_or_default();
            (of_whole(t.value), format!("{}: {q}{}", Word::TargetAhead.text(l), amount(ind, t.value, None, l)))
        });
        let share = of_whole(v);
        let target_words = f.target.clone().unwrap_or_default();
        let mut said = Vec::new();
        if ind.total.is_some() {
            said.push(locale::percent(share, l));
        }
        if let Some((_, target)) = target_words.split_once(": ") {
            said.push(format!("{}: {target}", Word::TargetInline.text(l)));
        }
        parts.push(match said.is_empty() {
            true => format!("{} {headline}", categories[c]),
            false => format!("{} {headline} ({})", categories[c], said.join("; ")),
        });
        let target_cell = target_words.split_once(": ").map(|(_, t)| t.to_owned()).unwrap_or_default();
        // A rate's share of 100 % is the rate itself: the digits reported; a part's is computed.
        let (share_cell, share_raw) = match ind.total {
            None if ind.percent => (label.clone(), raw(ind.value)),
            _ => (locale::percent(share, l), locale::plain((share * 10.0).round() / 10.0)),
        };
        table_rows.push(vec![categories[c].clone(), headline, share_cell, target_cell]);
        raw_rows.push(vec![categories[c].clone(), raw(ind.value), share_raw, raw(ind.target.as_ref().map(|t| t.value))]);
        points.push(Some(Point { value: share, label, paint: Paint::Series(0), target }));
    }
    let description = format!("{}.", parts.join("; "));
    let series = vec![Series { name: Msg::ColShareOfWhole.text(l).to_owned(), points }];
    let mut table_head = heads(&[Msg::ColIndicator, Msg::ColValue, Msg::ColShareOfWhole], l);
    table_head.push(Word::TargetAhead.text(l).to_owned());
    ChartData {
        track: true,
        table_head,
        table_rows,
        raw_rows,
        file_stem: Msg::FileProgress.text(l).to_owned(),
        ..chart(ChartKind::Progress, Msg::ChartProgressTitle.text(l).to_owned(), description, categories, series)
    }
}

/// Changes of one measure, one bar each, from zero; what they are compared with goes in the title
/// when it is the same for all, else after each label.
fn changes(inds: &[&Indicator], measure: ChangeMeasure, l: Locale) -> ChartData {
    let rows: Vec<(&Indicator, usize)> = inds
        .iter()
        .flat_map(|ind| ind.changes.iter().enumerate().filter(|(_, c)| c.measure == measure).map(move |(k, _)| (*ind, k)))
        .collect();
    let against: Vec<&Text> = rows.iter().map(|(ind, k)| &ind.changes[*k].against).collect();
    let same = against.first().copied().filter(|first| against.iter().all(|a| a == first));
    let phrase = |t: &Text| format!("{} {}", Word::ComparedWith.text(l), t.resolve(l).map_or("", |r| r.text));
    let mut title = Msg::ChartChangesTitle.text(l).to_owned();
    if let Some(t) = same {
        title = format!("{title} {}", phrase(t));
    }
    match measure {
        ChangeMeasure::Percent => title.push_str(" (%)"),
        ChangeMeasure::Points => title.push_str(&format!(" ({})", Word::PercentagePoints.text(l))),
        ChangeMeasure::Absolute => {}
    }
    let (mut categories, mut points, mut parts, mut table_rows, mut raw_rows) = (Vec::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for r in &rows {
        let (ind, k) = *r;
        let change = &ind.changes[k];
        let mut category = text_in(&ind.label, l);
        if same.is_none() {
            category = format!("{category} ({})", phrase(&change.against));
        }
        let f = figure(ind, l);
        let (line, tone) = f.changes[k].clone();
        let symbol = line.split(' ').next().unwrap_or_default();
        let size = change.value.abs();
        let size = match measure {
            ChangeMeasure::Percent => format!("{}%", locale::reported(size, None, l)),
            ChangeMeasure::Points => locale::reported(size, None, l),
            ChangeMeasure::Absolute => amount(ind, size, None, l),
        };
        let verdict = tone.words(l).unwrap_or_default();
        let label = match tone.words(l) {
            Some(w) => format!("{symbol} {size} ({w})"),
            None => format!("{symbol} {size}"),
        };
        parts.push(format!("{} {line}", text_in(&ind.label, l)));
        table_rows.push(vec![category.clone(), f.headline.unwrap_or_default(), format!("{symbol} {size}"), verdict.to_owned()]);
        raw_rows.push(vec![category.clone(), raw(ind.value), locale::plain(change.value), verdict.to_owned()]);
        points.push(Some(Point { value: change.value, label, paint: Paint::Tone(tone), target: None }));
        categories.push(category);
    }
    let description = format!("{}.", parts.join("; "));
    let mut table_head = heads(&[Msg::ColIndicator, Msg::ColValue], l);
    table_head.extend([title.clone(), Msg::ColStanding.text(l).to_owned()]);
    let series = vec![Series { name: title.clone(), points }];
    ChartData {
        reference: Some(RefLine { value: 0.0, captions: Vec::new() }),
        table_head,
        table_rows,
        raw_rows,
        file_stem: Msg::FileChanges.text(l).to_owned(),
        ..chart(ChartKind::Changes(measure), title, description, categories, series)
    }
}

fn counts(inds: &[&Indicator], l: Locale) -> ChartData {
    let first = inds.first().map(|i| i.counts.as_slice()).unwrap_or_default();
    let categories: Vec<String> = first.iter().map(|c| text_in(&c.label, l)).collect();
    let labels: Vec<Vec<String>> = inds.iter().map(|ind| figure(ind, l).counts).collect();
    let series: Vec<Series> = inds
        .iter()
        .zip(&labels)
        .enumerate()
        .map(|(s, (ind, labels))| Series {
            name: text_in(&ind.label, l),
            points: (0..categories.len())
                .map(|c| {
                    ind.counts.get(c).map(|x| Point {
                        value: x.value,
                        label: labels.get(c).cloned().unwrap_or_default(),
                        paint: Paint::Series(s),
                        target: None,
                    })
                })
                .collect(),
        })
        .collect();
    let label = |s: &Series, c: usize| s.points[c].as_ref().map(|p| p.label.clone()).unwrap_or_default();
    let parts: Vec<String> = categories
        .iter()
        .enumerate()
        .map(|(c, cat)| {
            let values: Vec<String> = series.iter().map(|s| format!("{} {}", s.name, label(s, c))).collect();
            format!("{cat}: {}", values.join(", "))
        })
        .collect();
    let names: Vec<&str> = series.iter().map(|s| s.name.as_str()).collect();
    let title = format!("{}: {}", Msg::ChartCountsTitle.text(l), names.join(" – "));
    let description = format!("{}.", parts.join("; "));
    let mut table_head = vec![Msg::ColItem.text(l).to_owned()];
    table_head.extend(names.iter().map(|n| n.to_string()));
    let row = |c: usize, cell: &dyn Fn(&Series) -> String| {
        let mut r = vec![categories[c].clone()];
        r.extend(series.iter().map(cell));
        r
    };
    let table_rows = (0..categories.len()).map(|c| row(c, &|s: &Series| label(s, c))).collect();
    let raw_rows = (0..categories.len()).map(|c| row(c, &|s: &Series| raw(s.value(c)))).collect();
    ChartData {
        legend: true,
        table_head,
        table_rows,
        raw_rows,
        file_stem: Msg::FileCounts.text(l).to_owned(),
        ..chart(ChartKind::Counts, title, description, categories.clone(), series)
    }
}
