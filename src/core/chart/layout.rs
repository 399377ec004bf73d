//! Chart geometry for a given width, in CSS pixels. Horizontal bars throughout: long Vietnamese
//! labels stay readable, and on a phone (narrow layout) each label goes on its own line above its
//! bars instead of squeezing a label column. Text widths are estimated from character counts:
//! plotters would otherwise measure every label with a <span> in the host page's <body>.

use super::data::{ChartData, PlanState};
use super::ChartKind;

/// Colour-blind-safe (Okabe–Ito) series colours, legible on light and dark backgrounds.
pub const PALETTE: [(u8, u8, u8); 6] =
    [(0, 114, 178), (230, 159, 0), (0, 158, 115), (204, 121, 167), (86, 180, 233), (213, 94, 0)];
/// Plan bars: under plan orange, at or over plan blue (and a ▼ / ▲ symbol, for those who cannot tell).
pub const UNDER_PLAN: (u8, u8, u8) = PALETTE[1];
pub const ON_PLAN: (u8, u8, u8) = PALETTE[0];
/// Text and the 100 % line are drawn in this colour; the stylesheet repaints it for dark mode.
pub const INK: (u8, u8, u8) = (1, 1, 1);

/// Below this width labels go above their bars.
pub const NARROW: u32 = 520;
const PAD: i32 = 8;
const LABEL_SIZE: u32 = 14;
const VALUE_SIZE: u32 = 13;
const LINE: i32 = 18;
const BAR: i32 = 20;
const BAR_GAP: i32 = 3;
const GROUP_GAP: i32 = 14;
/// Average advance of a sans-serif glyph, as a share of the font size.
const CHAR_EM: f64 = 0.56;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    pub x0: i32,
    pub y0: i32,
    pub x1: i32,
    pub y1: i32,
    pub color: (u8, u8, u8),
    pub category: usize,
    pub series: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Label {
    pub x: i32,
    /// Vertical centre of the line.
    pub y: i32,
    pub text: String,
    pub anchor: Anchor,
    pub size: u32,
    pub bold: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Layout {
    pub width: u32,
    pub height: u32,
    pub bars: Vec<Bar>,
    /// Legend swatches (counts charts).
    pub swatches: Vec<Bar>,
    pub labels: Vec<Label>,
    /// The 100 % line of plan charts: x, from top to bottom of the bars.
    pub reference: Option<(i32, i32, i32)>,
    /// Where the value axis starts and ends.
    pub plot: (i32, i32),
    /// The value at `plot.1`.
    pub scale_max: f64,
}

pub fn text_width(text: &str, size: u32) -> i32 {
    (text.chars().count() as f64 * size as f64 * CHAR_EM).ceil() as i32
}

/// Greedy word wrap to `max` pixels; a single over-long word gets a line of its own.
pub fn wrap(text: &str, size: u32, max: i32) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let candidate = if line.is_empty() { word.to_owned() } else { format!("{line} {word}") };
        if !line.is_empty() && text_width(&candidate, size) > max {
            lines.push(std::mem::replace(&mut line, word.to_owned()));
        } else {
            line = candidate;
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// A round upper bound for the axis: 1, 2, 2.5 or 5 times a power of ten. (A loop rather than
/// log10 and powf, whose implementations would add 3 KB to the wasm.)
fn nice_ceiling(v: f64) -> f64 {
    if v.is_nan() || v <= 0.0 || v.is_infinite() {
        return 1.0;
    }
    let mut magnitude = 1.0;
    while magnitude * 10.0 <= v {
        magnitude *= 10.0;
    }
    while magnitude > v {
        magnitude /= 10.0;
    }
    [1.0, 2.0, 2.5, 5.0, 10.0].iter().map(|m| m * magnitude).find(|&c| c >= v).unwrap_or(10.0 * magnitude)
}

pub fn layout(data: &ChartData, width: u32) -> Layout {
    let width = width.clamp(240, 2000);
    let w = width as i32;
    let narrow = width < NARROW;
    let mut labels = Vec::new();
    let mut swatches = Vec::new();
    let mut y = PAD;

    // Legend: one swatch and name per series, wrapped across lines.
    if data.kind == ChartKind::Counts {
        let mut x = PAD;
        for (s, series) in data.series.iter().enumerate() {
            let name_w = text_width(&series.name, VALUE_SIZE).min(w - 2 * PAD - 18);
            if x > PAD && x + 18 + name_w > w - PAD {
                x = PAD;
                y += LINE + 2;
            }
            swatches.push(Bar { x0: x, y0: y + 3, x1: x + 12, y1: y + 15, color: PALETTE[s % PALETTE.len()], category: 0, series: s });
            for (i, line) in wrap(&series.name, VALUE_SIZE, w - x - 18 - PAD).into_iter().enumerate() {
                labels.push(Label { x: x + 18, y: y + 9 + i as i32 * LINE, text: line, anchor: Anchor::Start, size: VALUE_SIZE, bold: false });
                if i > 0 {
                    y += LINE;
                }
            }
            x += 18 + name_w + 16;
        }
        y += LINE + 8;
    }

    let values: Vec<f64> = data.series.iter().flat_map(|s| s.values.iter().flatten().copied()).collect();
    let max_value = values.iter().copied().fold(0.0, f64::max);
    let scale_max = match data.kind {
        // The next ten percent past the 100 % line or the largest bar, with a little room:
        // 99.7 % and 102 % get an axis to 110 %, so the bars use the width.
        ChartKind::ShareOfPlan => ((max_value.max(100.0) + 8.0) / 10.0).ceil() * 10.0,
        ChartKind::Counts => nice_ceiling(max_value),
    };
    let value_w = data.series.iter().flat_map(|s| s.labels.iter()).map(|t| text_width(t, VALUE_SIZE)).max().unwrap_or(0) + 6;
    let label_col = if narrow {
        0
    } else {
        let longest = data.categories.iter().map(|c| text_width(c, LABEL_SIZE)).max().unwrap_or(0);
        longest.min(w * 2 / 5) + 12
    };
    let plot = (PAD + label_col, (w - PAD - value_w).max(PAD + label_col + 40));
    let x_of = |v: f64| plot.0 + ((v.max(0.0) / scale_max) * (plot.1 - plot.0) as f64).round() as i32;

    // The 100 % line's caption sits above the bars, centred on the line but kept inside the chart.
    let mut reference = None;
    if let (ChartKind::ShareOfPlan, Some(caption)) = (data.kind, &data.reference_label) {
        let x = x_of(100.0);
        let half = text_width(caption, VALUE_SIZE) / 2;
        let (cx, anchor) = if x + half > w - PAD { (w - PAD, Anchor::End) } else { (x.max(PAD + half), Anchor::Middle) };
        labels.push(Label { x: cx, y: y + LINE / 2, text: caption.clone(), anchor, size: VALUE_SIZE, bold: false });
        y += LINE + 4;
        reference = Some(x);
    }
    let bars_top = y;

    let mut bars = Vec::new();
    let n_series = data.series.len().max(1) as i32;
    let bars_h = n_series * BAR + (n_series - 1) * BAR_GAP;
    for (c, category) in data.categories.iter().enumerate() {
        let lines = wrap(category, LABEL_SIZE, if narrow { w - 2 * PAD } else { label_col - 12 });
        let text_h = lines.len() as i32 * LINE;
        // Narrow: label lines, then bars. Wide: label column beside the bars, both centred.
        let (text_top, bars_top_here, block_h) = if narrow {
            (y, y + text_h + 2, text_h + 2 + bars_h)
        } else {
            let h = text_h.max(bars_h);
            (y + (h - text_h) / 2, y + (h - bars_h) / 2, h)
        };
        for (i, line) in lines.into_iter().enumerate() {
            let ly = text_top + i as i32 * LINE + LINE / 2;
            labels.push(Label { x: PAD, y: ly, text: line, anchor: Anchor::Start, size: LABEL_SIZE, bold: true });
        }
        for (s, series) in data.series.iter().enumerate() {
            let Some(v) = series.values.get(c).copied().flatten() else { continue };
            let by = bars_top_here + s as i32 * (BAR + BAR_GAP);
            let color = match data.kind {
                ChartKind::ShareOfPlan if data.states.get(c) == Some(&PlanState::Under) => UNDER_PLAN,
                ChartKind::ShareOfPlan => ON_PLAN,
                ChartKind::Counts => PALETTE[s % PALETTE.len()],
            };
            let x1 = x_of(v).max(plot.0 + 1);
            bars.push(Bar { x0: plot.0, y0: by, x1, y1: by + BAR, color, category: c, series: s });
            let text = series.labels.get(c).cloned().unwrap_or_default();
            labels.push(Label { x: x1 + 5, y: by + BAR / 2, text, anchor: Anchor::Start, size: VALUE_SIZE, bold: false });
        }
        y += block_h + GROUP_GAP;
    }
    let bottom = y - GROUP_GAP + 4;
    Layout {
        width,
        height: (bottom + PAD) as u32,
        bars,
        swatches,
        labels,
        reference: reference.map(|x| (x, bars_top - 4, bottom)),
        plot,
        scale_max,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn axis_ends_on_round_numbers() {
        let cases = [(0.0, 1.0), (7.0, 10.0), (20.0, 20.0), (112.2, 200.0), (21.0, 25.0), (0.3, 0.5), (1e300, 1e300), (f64::NAN, 1.0)];
        for (v, want) in cases {
            let got = nice_ceiling(v);
            assert!((got - want).abs() <= want * 1e-9, "{v}: {got}");
        }
    }
}
