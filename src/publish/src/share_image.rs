//! A report's share image, the picture chat apps and social networks show with a link to its page
//! (`og:image`, 1200 × 630 PNG): the report's kind, title, date, place and outlet, and its first
//! chart drawn by the widget's own chart code (`report::chart`) — or, for a report without one,
//! its first figures as the reader sees them (`report::figures`). Written as SVG, rendered by resvg
//! with the fonts the pages are read in, found on the system; text widths come from the same
//! fonts, so lines wrap where they should and Vietnamese diacritics are shaped right.

use std::sync::Arc;

use resvg::tiny_skia::Pixmap;
use resvg::usvg::{self, fontdb};

use report::chart::data::chart_data;
use report::chart::layout::{layout_measured, Measure};
use report::chart::svg::render_svg;
use report::chart::charts_for;
use report::figures::figure;
use report::format::Report;
use report::locale::{self, Locale};
use report::text::{escape_html as escape, Text};
use report::wording::Msg;

pub const WIDTH: u32 = 1200;
pub const HEIGHT: u32 = 630;
/// Left and right margin.
const MARGIN: f64 = 64.0;
/// A chart drawn smaller than this (its 13 px labels at 19 px) gives way to the figures.
const MIN_CHART_SCALE: f64 = 1.5;
/// The widget's colours (widget.css): text, muted text, accent.
const INK: &str = "#1b1f24";
const MUTED: &str = "#4d5761";
const ACCENT: &str = "#a3161a";

/// The families tried for the pages' `system-ui, sans-serif`, in order: what the Linux browsers of
/// this project's machines resolve it to first.
const FAMILIES: [&str; 5] = ["DejaVu Sans", "Noto Sans", "Liberation Sans", "Arial", "Helvetica"];

/// The system's fonts, with the family the images are set in.
pub struct Fonts {
    db: Arc<fontdb::Database>,
    family: String,
    regular: fontdb::ID,
    bold: fontdb::ID,
}

impl Fonts {
    /// Loads the system's fonts; fails when none of [`FAMILIES`] is installed.
    pub fn system() -> Result<Fonts, String> {
        let mut db = fontdb::Database::new();
        db.load_system_fonts();
        let face = |family: &str, weight| {
            db.query(&fontdb::Query { families: &[fontdb::Family::Name(family)], weight, ..fontdb::Query::default() })
        };
        let (family, regular, bold) = FAMILIES
            .iter()
            .find_map(|&f| Some((f, face(f, fontdb::Weight::NORMAL)?, face(f, fontdb::Weight::BOLD)?)))
            .ok_or_else(|| format!("no font for the share images: install one of {}", FAMILIES.join(", ")))?;
        db.set_sans_serif_family(family);
        // fontdb reads a file's face from disk on every use (each text measured, each image
        // drawn): the two faces the images are set in are read once and kept in memory. Measured
        // on 100 reports (200 images): 7.8 s user and 12.7 s system time before.
        for id in [regular, bold] {
            if let Some((fontdb::Source::File(path), _)) = db.face_source(id) {
                if let Ok(bytes) = std::fs::read(path) {
                    db.remove_face(id);
                    db.load_font_source(fontdb::Source::Binary(Arc::new(bytes)));
                }
            }
        }
        let face = |weight| db.query(&fontdb::Query { families: &[fontdb::Family::Name(family)], weight, ..fontdb::Query::default() });
        let (regular, bold) = (face(fontdb::Weight::NORMAL).unwrap_or(regular), face(fontdb::Weight::BOLD).unwrap_or(bold));
        Ok(Fonts { family: family.to_owned(), regular, bold, db: Arc::new(db) })
    }
}

impl Measure for Fonts {
    /// The text's advance in the face, without kerning: what a line of it takes.
    fn width(&self, text: &str, size: u32, bold: bool) -> i32 {
        let id = if bold { self.bold } else { self.regular };
        let em = self
            .db
            .with_face_data(id, |data, index| {
                let face = ttf_parser::Face::parse(data, index).ok()?;
                let units = f64::from(face.units_per_em());
                let advance: f64 = text
                    .chars()
                    .map(|c| face.glyph_index(c).and_then(|g| face.glyph_hor_advance(g)).map_or(0.5 * units, f64::from))
                    .sum();
                Some(advance / units)
            })
            .flatten()
            .unwrap_or(0.6 * text.chars().count() as f64);
        (em * f64::from(size)).ceil() as i32
    }
}

/// The share image of `report` in `locale`, as PNG.
pub fn share_image(report: &Report, locale: Locale, fonts: &Fonts) -> Result<Vec<u8>, String> {
    let svg = card(report, locale, fonts);
    let options = usvg::Options { fontdb: fonts.db.clone(), ..usvg::Options::default() };
    let tree = usvg::Tree::from_str(&svg, &options).map_err(|e| format!("share image: {e}"))?;
    let mut pixmap = Pixmap::new(WIDTH, HEIGHT).ok_or("share image: no pixmap")?;
    resvg::render(&tree, usvg::Transform::default(), &mut pixmap.as_mut());
    png(&pixmap).map_err(|e| format!("share image: {e}"))
}

/// The picture as PNG, compressed for speed. On the card's opaque white ground (its first
/// `<rect>`, the whole image) every pixel's alpha is 255, so tiny-skia's premultiplied colours are the colours and its pixels are written as they
/// are. `Pixmap::encode_png` (default compression, unpremultiplied first) took 6.7 ms per image
/// against 0.8 ms (seed report, `cargo test --release`): a tenth of a site's build time at 20,000
/// images; the files are as large (177 KB for the seed's).
fn png(pixmap: &Pixmap) -> Result<Vec<u8>, png::EncodingError> {
    let mut out = Vec::with_capacity(pixmap.data().len() / 8);
    let mut encoder = png::Encoder::new(&mut out, pixmap.width(), pixmap.height());
    encoder.set_color(png::ColorType::Rgba);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.set_compression(png::Compression::Fast);
    encoder.write_header()?.write_image_data(pixmap.data())?;
    Ok(out)
}

/// The image as SVG.
pub fn card(report: &Report, l: Locale, fonts: &Fonts) -> String {
    let text = |t: &Text| t.resolve(l).map(|r| r.text.to_owned()).unwrap_or_default();
    let meta = &report.meta;
    let width = f64::from(WIDTH) - 2.0 * MARGIN;
    let mut out = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{WIDTH}\" height=\"{HEIGHT}\" viewBox=\"0 0 {WIDTH} {HEIGHT}\" font-family=\"{}\">\
         <rect width=\"{WIDTH}\" height=\"{HEIGHT}\" fill=\"#ffffff\"/><rect width=\"{WIDTH}\" height=\"12\" fill=\"{ACCENT}\"/>",
        escape(&fonts.family)
    );
    let line = |out: &mut String, y: f64, size: u32, bold: bool, fill: &str, s: &str| out.push_str(&text_at(MARGIN, y, size, bold, fill, s));
    line(&mut out, 72.0, 24, true, ACCENT, &Msg::ReportLabel.text(l).to_uppercase());
    // Two lines of large type; a longer title gets three of smaller type, so the chart keeps room.
    let title = text(&meta.title);
    let large = wrap(&title, fonts, 48, true, width, 2);
    let cut = large.len() == 2 && large[1].ends_with('…') && !title.ends_with('…');
    let (size, step, title_lines) = if cut { (38, 48.0, wrap(&title, fonts, 38, true, width, 3)) } else { (48, 60.0, large) };
    let mut y = 72.0 + step;
    for title_line in title_lines {
        line(&mut out, y, size, true, INK, &title_line);
        y += step;
    }
    y -= step;
    y += 44.0;
    let place = format!("{} · {}", locale::date(meta.event_date, l), text(&meta.place));
    for place_line in wrap(&place, fonts, 26, false, width, 1) {
        line(&mut out, y, 26, false, MUTED, &place_line);
    }
    line(&mut out, f64::from(HEIGHT) - 30.0, 22, false, MUTED, &text(&meta.source.outlet));
    // What is left between the place and the outlet's line: the first chart, or the first figures.
    let (top, bottom) = (y + 28.0, f64::from(HEIGHT) - 64.0);
    out.push_str(&chart_or_figures(report, l, fonts, top, bottom, width));
    out.push_str("</svg>");
    out
}

/// The report's first chart scaled into the box from `top` to `bottom`, under its title; else its
/// first three figures side by side.
fn chart_or_figures(report: &Report, l: Locale, fonts: &Fonts, top: f64, bottom: f64, width: f64) -> String {
    let first_chart = report.sections.iter().find_map(|s| charts_for(report, s).into_iter().next());
    if let Some(spec) = first_chart {
        // Laid out at half the width and drawn twice as large: its 13 px labels read as 26 px,
        // which a thumbnail of the image still shows.
        let data = chart_data(report, &spec, l);
        let drawn = layout_measured(&data, (width / 2.0) as u32, fonts);
        let svg = render_svg(&drawn);
        let title_y = top + 22.0;
        let (box_top, box_h) = (title_y + 14.0, bottom - title_y - 14.0);
        let scale = (width / f64::from(drawn.width)).min(box_h / f64::from(drawn.height));
        // Too small to read in a thumbnail: the figures say more.
        if scale >= MIN_CHART_SCALE {
            let title = wrap(&data.title, fonts, 22, true, width, 1).join("");
            return placed(&title, &svg, (title_y, box_top), scale);
        }
    }
    figures(report, l, fonts, top, width)
}

/// The chart `svg` as `render_svg` wrote it, drawn `scale` times as large with its top at
/// `box_top`, under its `title` at `title_y`. A group, not a nested `<svg>`: resvg clips a nested
/// viewport through a mask of the whole image, which took half the time of drawing it (the chart
/// stays inside its own box: tests/e2e/chart-collisions.test.mjs).
fn placed(title: &str, svg: &str, (title_y, box_top): (f64, f64), scale: f64) -> String {
    let inner = svg.split_once('>').map(|(_, rest)| rest.trim_end().trim_end_matches("</svg>")).unwrap_or_default();
    format!(
        "{}<g transform=\"translate({MARGIN} {box_top}) scale({scale})\">{inner}</g>",
        text_at(MARGIN, title_y, 22, true, MUTED, title),
    )
}

/// One line of the image's text, `s` escaped, its baseline's left end at (`x`, `y`).
fn text_at(x: f64, y: f64, size: u32, bold: bool, fill: &str, s: &str) -> String {
    format!(
        "<text x=\"{x}\" y=\"{y}\" font-size=\"{size}\"{} fill=\"{fill}\">{}</text>",
        if bold { " font-weight=\"bold\"" } else { "" },
        escape(s)
    )
}

/// The report's first three figures side by side, as the reader sees them, each under its label.
fn figures(report: &Report, l: Locale, fonts: &Fonts, top: f64, width: f64) -> String {
    let figures: Vec<(String, String)> = report
        .indicators
        .iter()
        .filter_map(|ind| Some((figure(ind, l).headline?, ind.label.resolve(l).map(|r| r.text.to_owned()).unwrap_or_default())))
        .take(3)
        .collect();
    let column = width / 3.0;
    let mut out = String::new();
    for (i, (value, label)) in figures.iter().enumerate() {
        let x = MARGIN + column * i as f64;
        let mut y = top + 44.0;
        let mut text = |y: f64, size: u32, bold: bool, fill: &str, s: &str| out.push_str(&text_at(x, y, size, bold, fill, s));
        for value_line in wrap(value, fonts, 34, true, column - 24.0, 2) {
            text(y, 34, true, ACCENT, &value_line);
            y += 42.0;
        }
        for label_line in wrap(label, fonts, 24, false, column - 24.0, 3) {
            text(y, 24, false, INK, &label_line);
            y += 32.0;
        }
    }
    out
}

/// `s` in lines of at most `width` pixels, at most `most` of them, the last ending in "…" when
/// the text goes on.
fn wrap(s: &str, fonts: &Fonts, size: u32, bold: bool, width: f64, most: usize) -> Vec<String> {
    let fits = |t: &str| f64::from(fonts.width(t, size, bold)) <= width;
    let mut lines: Vec<String> = Vec::new();
    let mut words = s.split_whitespace().peekable();
    while let Some(word) = words.next() {
        let mut line = word.to_owned();
        while let Some(next) = words.peek() {
            let longer = format!("{line} {next}");
            if !fits(&longer) {
                break;
            }
            line = longer;
            words.next();
        }
        if lines.len() + 1 == most && words.peek().is_some() {
            // The last line allowed: as much as fits, then the ellipsis.
            let rest: Vec<&str> = std::iter::once(line.as_str()).chain(words.by_ref()).collect();
            let mut last = rest.join(" ");
            while !fits(&format!("{last}…")) && last.pop().is_some() {}
            lines.push(format!("{}…", last.trim_end()));
            break;
        }
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_image_is_an_opaque_png_of_the_card() {
        let Ok(fonts) = Fonts::system() else { return };
        let seed = report::parse::parse_report(report::SEED_REPORT_JSON).unwrap();
        let bytes = share_image(&seed, Locale::Vi, &fonts).unwrap();
        let mut reader = png::Decoder::new(std::io::Cursor::new(bytes)).read_info().unwrap();
        let mut pixels = vec![0; reader.output_buffer_size()];
        let info = reader.next_frame(&mut pixels).unwrap();
        assert_eq!((info.width, info.height), (WIDTH, HEIGHT));
        let at = |x: usize, y: usize| &pixels[(y * WIDTH as usize + x) * 4..][..4];
        assert_eq!(at(600, 5), [0xa3, 0x16, 0x1a, 255], "the accent bar along the top");
        assert_eq!(at(1190, 620), [255, 255, 255, 255], "the white ground, opaque");
        assert!(pixels.chunks_exact(4).all(|p| p[3] == 255), "every pixel opaque");
    }

    #[test]
    fn long_titles_wrap_and_end_in_an_ellipsis() {
        let Ok(fonts) = Fonts::system() else { return };
        let lines = wrap(&"Thường trực Tỉnh ủy làm việc với Huyện ủy Văn Lãng ".repeat(6), &fonts, 48, true, 1072.0, 3);
        assert_eq!(lines.len(), 3);
        assert!(lines[2].ends_with('…'));
        assert!(lines.iter().all(|l| f64::from(fonts.width(l, 48, true)) <= 1072.0), "{lines:?}");
    }
}

