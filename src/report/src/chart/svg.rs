//! Draws a [`Layout`] as SVG with plotters' SVG backend. Only primitives are drawn at positions the
//! layout computed, so plotters never measures text (on wasm32 that would append a <span> to the
//! host page's <body> and force a layout per label). plotters-svg escapes text and attributes.

use std::fmt::Write;

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters_backend::{BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingErrorKind};

use super::geometry::{Anchor, Bar, Layout};
use super::layout::{INK, TRACK_OPACITY};

/// The SVG document for a layout. Drawing into a string cannot fail in practice; should plotters
/// report an error, the chart is simply incomplete rather than the widget broken.
pub fn render_svg(layout: &Layout) -> String {
    let mut buf = String::new();
    {
        let root = SvgString::new(&mut buf, (layout.width, layout.height)).into_drawing_area();
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
            let size = l.size as f64;
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

/// plotters' backend for this widget: SVG text in a string, as plotters-svg writes it (the same
/// elements and attributes, everything escaped) except that every number it writes is a whole
/// pixel or a two-digit opacity. plotters-svg formats them as floats, which brings core's float
/// printing (about 4 KB of the reader's download) for nothing: the layout works in whole pixels.
struct SvgString<'a> {
    buf: &'a mut String,
    size: (u32, u32),
    open: bool,
}

impl<'a> SvgString<'a> {
    fn new(buf: &'a mut String, size: (u32, u32)) -> Self {
        let _ = writeln!(buf, "<svg width=\"{0}\" height=\"{1}\" viewBox=\"0 0 {0} {1}\" xmlns=\"http://www.w3.org/2000/svg\">", size.0, size.1);
        Self { buf, size, open: true }
    }

    fn paint(&mut self, color: BackendColor) {
        let (r, g, b) = color.rgb;
        let opacity = if color.alpha >= 1.0 { "1".to_owned() } else { format!("0.{:02}", (color.alpha * 100.0).round() as u32) };
        let _ = write!(self.buf, " opacity=\"{opacity}\" fill=\"#{r:02X}{g:02X}{b:02X}\"");
    }
}

impl DrawingBackend for SvgString<'_> {
    type ErrorType = std::fmt::Error;

    fn get_size(&self) -> (u32, u32) {
        self.size
    }

    fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        Ok(())
    }

    fn present(&mut self) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        if std::mem::replace(&mut self.open, false) {
            self.buf.push_str("</svg>\n");
        }
        Ok(())
    }

    /// Only rectangles and texts are drawn (`render_svg`); single pixels never are.
    fn draw_pixel(&mut self, _: BackendCoord, _: BackendColor) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        Ok(())
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        (x0, y0): BackendCoord,
        (x1, y1): BackendCoord,
        style: &S,
        _fill: bool,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        let _ = write!(self.buf, "<rect x=\"{x0}\" y=\"{y0}\" width=\"{}\" height=\"{}\"", x1 - x0, y1 - y0);
        self.paint(style.color());
        self.buf.push_str(" stroke=\"none\"/>\n");
        Ok(())
    }

    fn draw_text<T: BackendTextStyle>(&mut self, text: &str, style: &T, (x, y): BackendCoord) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        let anchor = match style.anchor().h_pos {
            HPos::Left => "start",
            HPos::Right => "end",
            HPos::Center => "middle",
        };
        let _ = write!(
            self.buf,
            "<text x=\"{x}\" y=\"{y}\" dy=\"0.5ex\" text-anchor=\"{anchor}\" font-family=\"{}\" font-size=\"{}\"",
            style.family().as_str(),
            style.size().round() as u32
        );
        self.paint(style.color());
        if matches!(style.style(), FontStyle::Bold) {
            self.buf.push_str(" font-weight=\"bold\"");
        }
        self.buf.push_str(">\n");
        for c in text.chars() {
            match c {
                '<' => self.buf.push_str("&lt;"),
                '>' => self.buf.push_str("&gt;"),
                '&' => self.buf.push_str("&amp;"),
                '"' => self.buf.push_str("&quot;"),
                '\'' => self.buf.push_str("&apos;"),
                c => self.buf.push(c),
            }
        }
        self.buf.push_str("\n</text>\n");
        Ok(())
    }
}
