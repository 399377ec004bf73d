//! Draws a [`Layout`] as SVG with plotters' SVG backend. Only primitives are drawn at positions the
//! layout computed, so plotters never measures text (on wasm32 that would append a <span> to the
//! host page's <body> and force a layout per label). plotters-svg escapes text and attributes.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::layout::{Anchor, Bar, Layout, INK, TRACK_OPACITY};

/// The SVG document for a layout. Drawing into a string cannot fail in practice; should plotters
/// report an error, the chart is simply incomplete rather than the widget broken.
pub fn render_svg(layout: &Layout) -> String {
    let mut buf = String::new();
    {
        let root = SVGBackend::with_string(&mut buf, (layout.width, layout.height)).into_drawing_area();
        let ink = RGBColor(INK.0, INK.1, INK.2);
        let rect = |b: &Bar| {
            let (r, g, bl) = b.color;
            Rectangle::new([(b.x0, b.y0), (b.x1, b.y1)], RGBColor(r, g, bl).filled())
        };
        for t in &layout.tracks {
            let _ = root.draw(&Rectangle::new([(t.x0, t.y0), (t.x1, t.y1)], ink.mix(TRACK_OPACITY).filled()));
        }
        for b in layout.bars.iter().chain(&layout.swatches) {
            let _ = root.draw(&rect(b));
        }
        for &(x, top, bottom) in layout.reference.iter().chain(&layout.marks) {
            let _ = root.draw(&Rectangle::new([(x - 1, top), (x + 1, bottom)], ink.filled()));
        }
        for l in &layout.labels {
            let h = match l.anchor {
                Anchor::Start => HPos::Left,
                Anchor::Middle => HPos::Center,
                Anchor::End => HPos::Right,
            };
            // plotters-svg writes font-size as size / 1.24; scale up to get the intended pixels.
            let size = l.size as f64 * 1.24;
            let font = if l.bold {
                FontDesc::new(FontFamily::SansSerif, size, FontStyle::Bold)
            } else {
                FontDesc::new(FontFamily::SansSerif, size, FontStyle::Normal)
            };
            let style = TextStyle::from(font).color(&ink).pos(Pos::new(h, VPos::Center));
            let _ = root.draw(&Text::new(l.text.as_str(), (l.x, l.y), style));
        }
        let _ = root.present();
    }
    buf
}
