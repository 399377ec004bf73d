//! Text that fits: widths from a [`Measure`], the box a line of text takes, word wrap, and the
//! rule every chart keeps: no text within [`GAP`] of another text or a mark, or outside the chart.
//! The layout places text with these; the tests check layouts with [`collisions`].

use super::geometry::{Anchor, Bar, Label, Layout, Rule};

/// The least room between a text and any other text or mark.
pub const GAP: f64 = 2.0;
/// Average advance of a sans-serif glyph, as a share of the font size.
const CHAR_EM: f64 = 0.56;
/// A line's box around its centre line, as a share of the font size: the font's ascent above and
/// descent below a baseline half an x-height under the centre (the SVG's dy="0.5ex"). Chromium
/// gives DejaVu Sans 13 px boxes 9.5 above and 6.5 below; these are a little more generous.
const ABOVE: f64 = 0.786;
const BELOW: f64 = 0.5;

/// Widths of text as drawn, in pixels.
pub trait Measure {
    fn width(&self, text: &str, size: u32, bold: bool) -> i32;
}

/// Widths from character counts, where no font can be asked (pre-rendering, native tests).
pub struct Estimate;

impl Measure for Estimate {
    fn width(&self, text: &str, size: u32, _bold: bool) -> i32 {
        text_width(text, size)
    }
}

pub fn text_width(text: &str, size: u32) -> i32 {
    (text.chars().count() as f64 * size as f64 * CHAR_EM).ceil() as i32
}

/// A box: x0, y0, x1, y1.
pub type Rect = (f64, f64, f64, f64);

/// Where a label's text is, with widths from `m`.
pub fn text_box(l: &Label, m: &dyn Measure) -> Rect {
    let w = m.width(&l.text, l.size, l.bold) as f64;
    let x0 = match l.anchor {
        Anchor::Start => l.x as f64,
        Anchor::Middle => l.x as f64 - w / 2.0,
        Anchor::End => l.x as f64 - w,
    };
    let (y, s) = (l.y as f64, l.size as f64);
    (x0, y - ABOVE * s, x0 + w, y + BELOW * s)
}

/// How far apart two boxes are: apart along at least one axis by this much (negative: overlap).
pub fn distance(a: Rect, b: Rect) -> f64 {
    (a.0 - b.2).max(b.0 - a.2).max(a.1 - b.3).max(b.1 - a.3)
}

fn rule_box(&(x, top, bottom): &Rule) -> Rect {
    ((x - 1) as f64, top as f64, (x + 1) as f64, bottom as f64)
}

fn bar_box(b: &Bar) -> Rect {
    (b.x0 as f64, b.y0 as f64, b.x1 as f64, b.y1 as f64)
}

/// A text closer than [`GAP`] to something, with how far apart they are (negative: overlapping).
#[derive(Debug, Clone, PartialEq)]
pub struct Collision {
    pub text: String,
    pub with: Near,
    pub distance: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Near {
    Text(String),
    /// A bar, track, swatch, rule or mark.
    Mark(Rect),
    /// The text leaves the chart.
    Edge,
}

/// Every text closer than [`GAP`] to another text or a mark, or outside the chart, with widths
/// from `m`. (Plain data: formatting floats would add kilobytes to the wasm.)
pub fn collisions(layout: &Layout, m: &dyn Measure) -> Vec<Collision> {
    let texts: Vec<(Rect, &str)> = layout.labels.iter().map(|l| (text_box(l, m), l.text.as_str())).collect();
    let shapes: Vec<Rect> = (layout.tracks.iter().chain(&layout.bars).chain(&layout.swatches).map(bar_box))
        .chain(layout.reference.iter().chain(&layout.marks).map(rule_box))
        .collect();
    let mut found = Vec::new();
    let mut near = |text: &str, with: Near, distance: f64| found.push(Collision { text: text.to_owned(), with, distance });
    for (i, &(a, text)) in texts.iter().enumerate() {
        for &(b, other) in &texts[i + 1..] {
            if distance(a, b) < GAP {
                near(text, Near::Text(other.to_owned()), distance(a, b));
            }
        }
        for &b in &shapes {
            if distance(a, b) < GAP {
                near(text, Near::Mark(b), distance(a, b));
            }
        }
        if a.0 < 0.0 || a.1 < 0.0 || a.2 > layout.width as f64 || a.3 > layout.height as f64 {
            near(text, Near::Edge, 0.0);
        }
    }
    found
}

/// Greedy word wrap to `max` pixels; a single over-long word gets a line of its own.
pub fn wrap(text: &str, size: u32, bold: bool, max: i32, m: &dyn Measure) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let candidate = if line.is_empty() { word.to_owned() } else { format!("{line} {word}") };
        if !line.is_empty() && m.width(&candidate, size, bold) > max {
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

/// The pieces of a rule that keep [`GAP`] from every text (on a phone, labels above their bars
/// span the width and the line would run through them).
pub(super) fn around_texts(rule: Rule, labels: &[Label], m: &dyn Measure) -> Vec<Rule> {
    let (x, top, bottom) = rule;
    let mut pieces = vec![(top, bottom)];
    for b in labels.iter().map(|l| text_box(l, m)) {
        if distance(rule_box(&rule), b) >= GAP {
            continue;
        }
        // A pixel more than the gap: fonts' boxes vary by a fraction of a pixel around the model.
        let (cut0, cut1) = ((b.1 - GAP - 1.0).floor() as i32, (b.3 + GAP + 1.0).ceil() as i32);
        pieces = pieces
            .into_iter()
            .flat_map(|(t, bt)| [(t, bt.min(cut0)), (t.max(cut1), bt)])
            .filter(|(t, bt)| bt > t)
            .collect();
    }
    pieces.into_iter().map(|(t, b)| (x, t, b)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_rule_is_cut_around_a_text_it_would_cross() {
        let label = Label { x: 0, y: 50, text: "x".repeat(20), anchor: Anchor::Start, size: 14, bold: true };
        let pieces = around_texts((40, 0, 100), std::slice::from_ref(&label), &Estimate);
        let b = text_box(&label, &Estimate);
        assert_eq!(pieces.len(), 2);
        assert!(pieces.iter().all(|p| distance(rule_box(p), b) >= GAP), "{pieces:?}");
        assert_eq!(around_texts((400, 0, 100), &[label], &Estimate), [(400, 0, 100)]);
    }
}
