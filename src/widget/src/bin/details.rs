//! The details bundle: the editor's list of a report's problems (every place, line, column and
//! fix, in both languages), apart from the reader's wasm so that readers of a sound report never
//! download the messages. embed.js loads it when someone opens "Details for the editor"
//! (`view::error_panel`); it reads the report's text again and returns the list as HTML.

#[cfg(target_arch = "wasm32")]
use wasm_bindgen::prelude::*;

#[cfg(target_arch = "wasm32")]
#[wasm_bindgen]
pub fn problem_details(json: &str, lang: &str) -> String {
    let locale = report::locale::Locale::from_tag(lang).unwrap_or_default();
    widget::problem_list::problem_details_html(json, locale)
}

fn main() {}
