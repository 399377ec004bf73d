//! Reading and writing one widget's share-link parameter in the page address. Only that parameter
//! changes, with `history.replaceState`: the page's other parameters and its hash (host routing)
//! are untouched, and opening sections adds no Back-button steps.

use web_sys::UrlSearchParams;

use report::locale::Locale;
use report::format::Report;
use report::share_link::{encode, param_name, with_param};
use report::view_state::ViewState;

/// One parameter of the page address, decoded.
pub fn page_param(name: &str) -> Option<String> {
    // Pre-rendering (a native build) has no page address.
    if cfg!(not(target_arch = "wasm32")) {
        return None;
    }
    let search = gloo::utils::window().location().search().ok()?;
    UrlSearchParams::new_with_str(&search).ok()?.get(name)
}

/// This widget's share-link state from the page address.
pub fn read(key: &str) -> Option<String> {
    page_param(&param_name(key))
}

/// The page address with this widget's state in it (also what "copy link" copies).
pub fn url_with(key: &str, state: &ViewState, report: &Report, page_locale: Option<Locale>) -> Option<String> {
    let location = gloo::utils::window().location();
    let query = with_param(&location.search().ok()?, &param_name(key), &encode(state, report, page_locale));
    Some(format!("{}{}{}", location.pathname().ok()?, query, location.hash().ok()?))
}

pub fn write(key: &str, state: &ViewState, report: &Report, page_locale: Option<Locale>) {
    let window = gloo::utils::window();
    let Some(next) = url_with(key, state, report, page_locale) else { return };
    let location = window.location();
    let current = format!(
        "{}{}{}",
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default(),
        location.hash().unwrap_or_default()
    );
    if next != current {
        if let Ok(history) = window.history() {
            let _ = history.replace_state_with_url(&history.state().unwrap_or(wasm_bindgen::JsValue::NULL), "", Some(&next));
        }
    }
}
