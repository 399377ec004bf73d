//! The chart bundle: draws the charts' pictures (geometry, text fitted to the measured font, SVG),
//! apart from the reader's wasm so that the first render downloads none of the drawing code (a
//! pre-rendered page already shows its charts as SVG). embed.js fetches it when the live widget
//! first asks for a picture (`widget::chart`), and hands it the report's text: the two wasm
//! modules share no memory.

#[cfg(target_arch = "wasm32")]
use wasm_bindgen::prelude::*;

#[cfg(target_arch = "wasm32")]
thread_local! {
    /// The last report read, with its text: a page's charts all come from one report, read once.
    static LAST: std::cell::RefCell<Option<(String, std::rc::Rc<report::format::Report>)>> = const { std::cell::RefCell::new(None) };
}

/// The SVG of chart `n` of section `section` of the report `json`, in `lang`, `width` pixels wide,
/// its text measured in the font `family`; empty when there is no such chart (the reader then
/// keeps what it shows).
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen]
pub fn chart_svg(json: &str, section: usize, n: usize, lang: &str, width: u32, family: &str) -> String {
    let report = LAST.with_borrow_mut(|last| {
        if last.as_ref().is_none_or(|(text, _)| text != json) {
            *last = report::parse::read_sound_report(json).map(|r| (json.to_owned(), std::rc::Rc::new(r)));
        }
        last.as_ref().map(|(_, r)| r.clone())
    });
    let Some(report) = report else { return String::new() };
    let locale = report::locale::Locale::from_tag(lang).unwrap_or_default();
    let Some(spec) = report.sections.get(section).and_then(|s| report::chart::charts_for(&report, s).into_iter().nth(n)) else {
        return String::new();
    };
    let data = report::chart::data::chart_data(&report, &spec, locale);
    widget::chart::draw(&data, width, Some(family).filter(|f| !f.is_empty())).svg.to_string()
}

fn main() {}
