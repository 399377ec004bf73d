//! Finding the widget's place on the page and starting it there.

use wasm_bindgen::JsCast;
use web_sys::Element;

use super::app::{App, AppProps};
use crate::core::locale::{initial_locale, Locale};

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
    let from_link = link_language();
    let browser = browser_languages();
    for i in 0..roots.length() {
        let Some(root) = roots.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else { continue };
        // The element's own attribute only: a host page's <html lang> says nothing about the widget.
        let attr = root.get_attribute("data-lang").or_else(|| root.get_attribute("lang"));
        let locale = initial_locale(from_link.as_deref(), attr.as_deref(), &browser);
        mount(root, crate::SEED_REPORT_JSON.to_owned(), locale);
    }
}

/// `?lang=en` in the page address.
fn link_language() -> Option<String> {
    let search = gloo::utils::window().location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search).ok()?.get("lang")
}

fn browser_languages() -> Vec<String> {
    gloo::utils::window().navigator().languages().iter().filter_map(|v| v.as_string()).collect()
}
