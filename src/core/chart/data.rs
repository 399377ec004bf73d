//! A chart's content in one locale: labels, values, a one-sentence description and a table.

use super::{ChartKind, ChartSpec};
use crate::core::figures::figure;
use crate::core::i18n::{text_in, Msg};
use crate::core::locale::{self, Locale};
use crate::core::report::Report;

/// Where a share of plan stands; shown as a symbol and words, never by colour alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlanState {
    Under,
    At,
    Over,
}

impl PlanState {
    pub fn of(share: f64) -> Self {
        if share > 100.0 {
            PlanState::Over
        } else if share < 100.0 {
            PlanState::Under
        } else {
            PlanState::At
        }
    }

    pub fn symbol(self) -> &'static str {
        match self {
            PlanState::Over => "▲",
            PlanState::Under => "▼",
            PlanState::At => "●",
        }
    }

    pub fn words(self, l: Locale) -> &'static str {
        match self {
            PlanState::Over => Msg::OverPlan.text(l),
            PlanState::Under => Msg::UnderPlan.text(l),
            PlanState::At => Msg::AtPlan.text(l),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    pub name: String,
    /// One per category; `None` where this series has no such count.
    pub values: Vec<Option<f64>>,
    /// The value as a reader sees it at the bar's end.
    pub labels: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ChartData {
    pub kind: ChartKind,
    pub title: String,
    pub description: String,
    /// Bar labels: indicators (plan chart) or count labels (counts chart).
    pub categories: Vec<String>,
    pub series: Vec<Series>,
    /// Per category, for plan charts.
    pub states: Vec<PlanState>,
    pub table_head: Vec<String>,
    pub table_rows: Vec<Vec<String>>,
    /// The same rows with plain numbers, for CSV.
    pub raw_rows: Vec<Vec<String>>,
    /// File name without extension, in the reader's language.
    pub file_stem: String,
    /// Caption of the 100 % line, for plan charts.
    pub reference_label: Option<String>,
}

pub fn chart_data(report: &Report, spec: &ChartSpec, l: Locale) -> ChartData {
    let inds: Vec<_> = spec.indicators.iter().filter_map(|&i| report.indicators.get(i)).collect();
    match spec.kind {
        ChartKind::ShareOfPlan => {
            let categories: Vec<String> = inds.iter().map(|i| text_in(&i.label, l)).collect();
            let shares: Vec<f64> = inds.iter().map(|i| i.share().unwrap_or(0.0)).collect();
            let states: Vec<PlanState> = shares.iter().map(|&s| PlanState::of(s)).collect();
            let headlines: Vec<String> =
                inds.iter().map(|i| figure(i, l).headline.unwrap_or_default()).collect();
            let labels = shares
                .iter()
                .zip(&states)
                .map(|(&s, st)| format!("{} {}", locale::percent(s, l), st.symbol()))
                .collect();
            let parts: Vec<String> = categories
                .iter()
                .zip(&shares)
                .zip(&states)
                .map(|((c, &s), st)| format!("{c} {} ({})", locale::percent(s, l), st.words(l)))
                .collect();
            let description = format!(
                "{} {}: {}.",
                inds.len(),
                Msg::IndicatorsAgainstPlan.text(l),
                parts.join("; ")
            );
            let table_rows = (0..inds.len())
                .map(|i| {
                    vec![
                        categories[i].clone(),
                        headlines[i].clone(),
                        locale::percent(shares[i], l),
                        format!("{} {}", states[i].symbol(), states[i].words(l)),
                    ]
                })
                .collect();
            let raw_rows = (0..inds.len())
                .map(|i| {
                    vec![
                        categories[i].clone(),
                        inds[i].value.map(|v| v.to_string()).unwrap_or_default(),
                        shares[i].to_string(),
                        states[i].words(l).to_owned(),
                    ]
                })
                .collect();
            ChartData {
                kind: spec.kind,
                title: Msg::ChartPlanTitle.text(l).to_owned(),
                description,
                categories,
                series: vec![Series { name: Msg::ColShare.text(l).to_owned(), values: shares.into_iter().map(Some).collect(), labels }],
                states,
                table_head: [Msg::ColIndicator, Msg::ColValue, Msg::ColShare, Msg::ColAgainstPlan]
                    .map(|m| m.text(l).to_owned())
                    .to_vec(),
                table_rows,
                raw_rows,
                file_stem: Msg::FileShareOfPlan.text(l).to_owned(),
                reference_label: Some(Msg::PlanLine.text(l).to_owned()),
            }
        }
        ChartKind::Counts => {
            let first = inds.first().map(|i| i.counts.as_slice()).unwrap_or_default();
            let categories: Vec<String> = first.iter().map(|c| text_in(&c.label, l)).collect();
            let series: Vec<Series> = inds
                .iter()
                .map(|ind| {
                    let f = figure(ind, l);
                    Series {
                        name: text_in(&ind.label, l),
                        values: (0..categories.len()).map(|c| ind.counts.get(c).map(|x| x.value)).collect(),
                        labels: (0..categories.len()).map(|c| f.counts.get(c).cloned().unwrap_or_default()).collect(),
                    }
                })
                .collect();
            let parts: Vec<String> = categories
                .iter()
                .enumerate()
                .map(|(c, cat)| {
                    let values: Vec<String> =
                        series.iter().map(|s| format!("{} {}", s.name, s.labels[c])).collect();
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
            let table_rows = (0..categories.len()).map(|c| row(c, &|s: &Series| s.labels[c].clone())).collect();
            let raw_rows = (0..categories.len())
                .map(|c| row(c, &|s: &Series| s.values[c].map(|v| v.to_string()).unwrap_or_default()))
                .collect();
            ChartData {
                kind: spec.kind,
                title,
                description,
                categories,
                series,
                states: Vec::new(),
                table_head,
                table_rows,
                raw_rows,
                file_stem: Msg::FileCounts.text(l).to_owned(),
                reference_label: None,
            }
        }
    }
}
