//! What a laid-out chart is: bars, labels and rules at whole-pixel positions. `layout` makes it,
//! `fit` measures its texts and finds collisions, `svg` draws it: all three read these types,
//! none of them owns them (so neither of the first two has to import the other's).

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

/// A vertical ink line two pixels wide: x, top, bottom.
pub type Rule = (i32, i32, i32);

#[derive(Debug, Clone, PartialEq)]
pub struct Layout {
    pub width: u32,
    pub height: u32,
    /// The whole behind each progress bar.
    pub tracks: Vec<Bar>,
    pub bars: Vec<Bar>,
    /// Legend swatches.
    pub swatches: Vec<Bar>,
    pub labels: Vec<Label>,
    /// The reference line (100 % of a reference, or zero), in pieces where it passes a text.
    pub reference: Vec<Rule>,
    /// Targets ahead, each across its bar.
    pub marks: Vec<Rule>,
    /// Where the value axis starts and ends.
    pub plot: (i32, i32),
    /// The values at `plot.0` and `plot.1`.
    pub scale: (f64, f64),
}
