//! Finding the widget's place on the page and starting it there.

use web_sys::Element;

use super::app::{App, AppProps};
use crate::core::locale::Locale;

/// Elements carrying this attribute receive a widget.
pub const ROOT_SELECTOR: &str = "[data-session-report]";
/// Set on every element a widget was mounted into, so the panic hook can find them all.
pub const MOUNTED_ATTR: &str = "data-session-report-root";

/// Mounts a widget showing `json` into `root`, replacing the loading placeholder inside it.
pub fn mount(root: Element, json: String, locale: Locale) {
    super::panic::install();
    let _ = root.set_attribute(MOUNTED_ATTR, "");
    root.set_inner_html("");
    yew::Renderer::<App>::with_root_and_props(root, AppProps { json: json.into(), locale }).render();
}

/// Mounts the built-in seed report into every `[data-session-report]` element on the page.
pub fn mount_all() {
    let document = gloo::utils::document();
    let Ok(roots) = document.query_selector_all(ROOT_SELECTOR) else { return };
    for i in 0..roots.length() {
        let Some(root) = roots.item(i).and_then(|n| wasm_bindgen::JsCast::dyn_into::<Element>(n).ok())
        else {
            continue;
        };
        let locale = root.get_attribute("data-lang").and_then(|t| Locale::from_tag(&t)).unwrap_or_default();
        mount(root, crate::SEED_REPORT_JSON.to_owned(), locale);
    }
}
