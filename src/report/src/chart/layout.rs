//! Chart geometry for a given width, in CSS pixels. Horizontal bars throughout: long Vietnamese
//! labels stay readable, and on a phone (narrow layout) each label goes on its own line above its
//! bars instead of squeezing a label column.
//!
//! Every text is placed from its width, which a [`Measure`] gives: the view measures with the
//! widget's real font, natively (pre-rendering, tests) widths are estimated from character counts.
//! Nothing ever measures text in the host page: plotters would append a <span> to its <body>.

use super::data::{ChartData, Paint, Point};
use super::fit::{around_texts, wrap};
pub use super::fit::{collisions, text_box, text_width, Collision, Estimate, Measure, Near, GAP};
use super::ChartKind;
use super::geometry::{Anchor, Bar, Label, Layout};
use crate::figures::Tone;

/// Colour-blind-safe (Okabe–Ito) series colours, legible on light and dark backgrounds.
pub const PALETTE: [(u8, u8, u8); 6] =
    [(0, 114, 178), (230, 159, 0), (0, 158, 115), (204, 121, 167), (86, 180, 233), (213, 94, 0)];
/// Shares against one reference: short of it orange, at or past it blue (and ▼ / ▲, for those
/// who cannot tell).
pub const UNDER_PLAN: (u8, u8, u8) = PALETTE[1];
pub const ON_PLAN: (u8, u8, u8) = PALETTE[0];
/// Changes: good news bluish green, bad news vermilion, neither grey (and the words say which).
pub const GOOD: (u8, u8, u8) = PALETTE[2];
pub const BAD: (u8, u8, u8) = PALETTE[5];
pub const NEUTRAL: (u8, u8, u8) = (120, 120, 120);
/// Text, reference lines and target marks are drawn in this colour; the stylesheet repaints it
/// for dark mode. Progress tracks are the same ink, mostly transparent.
pub const INK: (u8, u8, u8) = (1, 1, 1);
pub const TRACK_OPACITY: f64 = 0.12;

/// Below this width labels go above their bars.
pub const NARROW: u32 = 520;
const PAD: i32 = 8;
const LABEL_SIZE: u32 = 14;
const VALUE_SIZE: u32 = 13;
/// A row of one line of text.
const LINE: i32 = 18;
/// From one line of a wrapped text to the next: its box (see [`text_box`]) plus [`GAP`].
const WRAP: i32 = 21;
const BAR: i32 = 20;
const BAR_GAP: i32 = 3;
/// A value label's row under its bar, when labels cannot go beside the bars.
const VALUE_ROW: i32 = 22;
const GROUP_GAP: i32 = 14;
/// How far a target mark reaches above and below its bar.
const MARK_OVERHANG: i32 = 2;
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

/// The axis' ends for the chart's values.
fn scale(data: &ChartData, points: &[&Point]) -> (f64, f64) {
    let (mut min, mut max, mut target) = (0.0f64, 0.0f64, 100.0f64);
    for p in points {
        (min, max) = (min.min(p.value), max.max(p.value));
        if let Some((t, _)) = p.target {
            target = target.max(t);
        }
    }
    match data.kind {
        // The next ten percent past the 100 % line or the largest bar, with a little room:
        // 99.7 % and 102 % get an axis to 110 %, so the bars use the width.
        ChartKind::Shares => (0.0, ((max.max(100.0) + 8.0) / 10.0).ceil() * 10.0),
        ChartKind::Progress => (0.0, target.max(max)),
        ChartKind::Changes(_) if max <= 0.0 && min >= 0.0 => (0.0, 1.0),
        ChartKind::Changes(_) => (if min < 0.0 { -nice_ceiling(-min) } else { 0.0 }, if max > 0.0 { nice_ceiling(max) } else { 0.0 }),
        ChartKind::Counts => (0.0, nice_ceiling(max)),
    }
}

fn color(paint: Paint) -> (u8, u8, u8) {
    match paint {
        Paint::Series(s) => PALETTE[s % PALETTE.len()],
        Paint::Under => UNDER_PLAN,
        Paint::Reached => ON_PLAN,
        Paint::Tone(Tone::Good) => GOOD,
        Paint::Tone(Tone::Bad) => BAD,
        Paint::Tone(Tone::Neutral) => NEUTRAL,
    }
}

/// The layout for real text widths. Pre-rendered pages were laid out with estimated widths; that
/// layout is kept whenever the real text fits it, so the page does not move when the live widget
/// takes over, and only otherwise is the chart laid out again for the measured widths.
pub fn layout_measured(data: &ChartData, width: u32, m: &dyn Measure) -> Layout {
    let estimated = layout(data, width);
    if collisions(&estimated, m).is_empty() {
        estimated
    } else {
        place(data, width, m)
    }
}

/// The layout for estimated text widths.
pub fn layout(data: &ChartData, width: u32) -> Layout {
    place(data, width, &Estimate)
}

fn place(data: &ChartData, width: u32, m: &dyn Measure) -> Layout {
    let width = width.clamp(240, 2000);
    let w = width as i32;
    let narrow = width < NARROW;
    let mut labels = Vec::new();
    let mut swatches = Vec::new();
    let mut y = PAD;
    let value = |text: &str, x: i32, y: i32, anchor: Anchor| Label { x, y, text: text.to_owned(), anchor, size: VALUE_SIZE, bold: false };

    // Legend: one swatch and name per series, in rows; a name too long for a row wraps.
    if data.legend {
        let (mut x, mut row_h) = (PAD, LINE + 2);
        for (s, series) in data.series.iter().enumerate() {
            let lines = wrap(&series.name, VALUE_SIZE, false, w - 2 * PAD - 18, m);
            let name_w = lines.iter().map(|t| m.width(t, VALUE_SIZE, false)).max().unwrap_or(0);
            if x > PAD && x + 18 + name_w > w - PAD {
                (x, y, row_h) = (PAD, y + row_h, LINE + 2);
            }
            swatches.push(Bar { x0: x, y0: y + 3, x1: x + 12, y1: y + 15, color: PALETTE[s % PALETTE.len()], category: 0, series: s });
            row_h = row_h.max(LINE + 2 + (lines.len() as i32 - 1) * WRAP);
            for (i, line) in lines.iter().enumerate() {
                labels.push(value(line, x + 18, y + 9 + i as i32 * WRAP, Anchor::Start));
            }
            x += 18 + name_w + 16;
        }
        y += row_h + 6;
    }

    let points: Vec<&Point> = data.series.iter().flat_map(|s| s.points.iter().flatten()).collect();
    let (lo, hi) = scale(data, &points);
    let widest = |negative: bool| {
        let mut widest = 0;
        for p in points.iter().filter(|p| (p.value < 0.0) == negative) {
            widest = widest.max(m.width(&p.label, VALUE_SIZE, false) + 6);
        }
        widest
    };
    let category_lines: Vec<Vec<String>> = if narrow {
        data.categories.iter().map(|c| wrap(c, LABEL_SIZE, true, w - 2 * PAD, m)).collect()
    } else {
        let longest = data.categories.iter().map(|c| m.width(c, LABEL_SIZE, true)).max().unwrap_or(0);
        data.categories.iter().map(|c| wrap(c, LABEL_SIZE, true, longest.min(w * 2 / 5), m)).collect()
    };
    let label_col = if narrow {
        0
    } else {
        category_lines.iter().flatten().map(|t| m.width(t, LABEL_SIZE, true)).max().unwrap_or(0) + 12
    };
    // Value labels go beside their bars unless that leaves the bars too little room (long labels
    // on both sides of zero, on a phone): then each goes on its own row under its bar.
    let room = w - 2 * PAD - label_col;
    let beside = room - widest(true) - widest(false) >= room / 3;
    let left = PAD + label_col + if beside { widest(true) } else { 0 };
    let plot = (left, if beside { (w - PAD - widest(false)).max(left + 40) } else { w - PAD });
    let x_of = |v: f64| plot.0 + (((v - lo) / (hi - lo)) * (plot.1 - plot.0) as f64).round() as i32;
    let reference_x = data.reference.as_ref().map(|r| x_of(r.value));

    // The reference line's caption sits above the bars, centred on the line but kept inside the
    // chart; a caption too long for the chart gives way to a shorter one.
    if let (Some(r), Some(x)) = (&data.reference, reference_x) {
        if let Some(caption) = r.captions.iter().find(|c| m.width(c, VALUE_SIZE, false) <= w - 2 * PAD) {
            let half = m.width(caption, VALUE_SIZE, false) / 2;
            let (cx, anchor) = if x + half > w - PAD { (w - PAD, Anchor::End) } else { (x.max(PAD + half), Anchor::Middle) };
            labels.push(value(caption, cx, y + LINE / 2, anchor));
            y += LINE + 4;
        }
    }
    let bars_top = y;

    let (mut bars, mut tracks, mut marks) = (Vec::new(), Vec::new(), Vec::new());
    for (c, lines) in category_lines.into_iter().enumerate() {
        let text_h = LINE + (lines.len() as i32 - 1) * WRAP;
        // The bars this category has, stacked without gaps for the series it lacks, each with its
        // value label's lines (under the bar, a label wider than the plot wraps).
        let present: Vec<(usize, &Point, Vec<String>)> = data
            .series
            .iter()
            .enumerate()
            .filter_map(|(s, series)| {
                let p = series.points.get(c)?.as_ref()?;
                Some((s, p, if beside { vec![p.label.clone()] } else { wrap(&p.label, VALUE_SIZE, false, w - PAD - plot.0, m) }))
            })
            .collect();
        let stride = |lines: &[String]| if beside { BAR + BAR_GAP } else { BAR + VALUE_ROW + (lines.len() as i32 - 1) * WRAP };
        let bars_h = present.iter().map(|(_, _, l)| stride(l)).sum::<i32>().max(stride(&[String::new()])) - if beside { BAR_GAP } else { 0 };
        // Captions of targets go in rows under the bars, within the plot.
        let captions: Vec<(i32, Vec<String>)> = present
            .iter()
            .filter_map(|(_, p, _)| p.target.as_ref())
            .map(|(t, caption)| (x_of(t.max(lo).min(hi)), wrap(caption, VALUE_SIZE, false, w - PAD - plot.0, m)))
            .collect();
        let captions_h: i32 = captions.iter().map(|(_, l)| 2 * MARK_OVERHANG + 2 + l.len() as i32 * WRAP).sum();
        let graphic_h = bars_h + captions_h;
        // Narrow: label lines, then bars. Wide: label column beside the bars, both centred.
        let (text_top, bars_top_here, block_h) = if narrow {
            let gap = if captions.is_empty() { 2 } else { 2 + MARK_OVERHANG };
            (y, y + text_h + gap, text_h + gap + graphic_h)
        } else {
            // Centred on the bars; targets' captions hang below.
            let off = (text_h - bars_h) / 2;
            let (text_top, bars_top_here) = (y + (-off).max(0), y + off.max(0));
            (text_top, bars_top_here, (text_top + text_h).max(bars_top_here + graphic_h) - y)
        };
        for (i, line) in lines.into_iter().enumerate() {
            let ly = text_top + LINE / 2 + i as i32 * WRAP;
            labels.push(Label { x: PAD, y: ly, text: line, anchor: Anchor::Start, size: LABEL_SIZE, bold: true });
        }
        let mut by = bars_top_here;
        for (s, point, label_lines) in present {
            let zero = x_of(lo.max(0.0));
            let (x0, x1) = if point.value < 0.0 { (x_of(point.value).min(zero - 1), zero) } else { (zero, x_of(point.value).max(zero + 1)) };
            if data.track {
                tracks.push(Bar { x0: plot.0, y0: by, x1: plot.1, y1: by + BAR, color: INK, category: c, series: s });
            }
            bars.push(Bar { x0, y0: by, x1, y1: by + BAR, color: color(point.paint), category: c, series: s });
            if point.target.is_some() {
                marks.push((0, by - MARK_OVERHANG, by + BAR + MARK_OVERHANG));
            }
            let next = by + stride(&label_lines);
            if !beside {
                for (i, line) in label_lines.iter().enumerate() {
                    let (ly, line_w) = (by + BAR + VALUE_ROW / 2 + 2 + i as i32 * WRAP, m.width(line, VALUE_SIZE, false));
                    labels.push(if point.value < 0.0 {
                        value(line, (zero - 5).max(plot.0 + line_w), ly, Anchor::End)
                    } else {
                        value(line, (zero + 5).min(w - PAD - line_w).max(plot.0), ly, Anchor::Start)
                    });
                }
                by = next;
                continue;
            }
            let label_w = m.width(&point.label, VALUE_SIZE, false);
            let label = if point.value < 0.0 {
                value(&point.label, x0 - 5, by + BAR / 2, Anchor::End)
            } else {
                let mut start = if data.track { plot.1 } else { x1 } + 5;
                // A value label that would cross the reference line goes past it.
                if let Some(rx) = reference_x {
                    let end = start + label_w;
                    if (start as f64) < rx as f64 + 1.0 + GAP && end as f64 > rx as f64 - 1.0 - GAP {
                        start = rx + 5;
                    }
                }
                value(&point.label, start, by + BAR / 2, Anchor::Start)
            };
            labels.push(label);
            by = next;
        }
        let mut cy = bars_top_here + bars_h + 2 * MARK_OVERHANG + 2;
        // The marks pushed for this group's bars, in series order, get their x from the captions.
        let first_mark = marks.len() - captions.len();
        for (k, (x, lines)) in captions.into_iter().enumerate() {
            marks[first_mark + k].0 = x;
            for line in lines {
                let half = m.width(&line, VALUE_SIZE, false) / 2;
                let cx = x.min(w - PAD - half).max(plot.0 + half);
                labels.push(value(&line, cx, cy + LINE / 2, Anchor::Middle));
                cy += WRAP;
            }
        }
        y += block_h + GROUP_GAP;
    }
    let bottom = y - GROUP_GAP + 4;
    let reference = reference_x.map(|x| around_texts((x, bars_top - 4, bottom), &labels, m)).unwrap_or_default();
    Layout { width, height: (bottom + PAD) as u32, tracks, bars, swatches, labels, reference, marks, plot, scale: (lo, hi) }
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
