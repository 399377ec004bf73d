//! Taps on the pre-rendered report before the widget is live. On a slow phone the pre-rendered
//! HTML is on screen well before the wasm has started; `static/embed.js` makes its section
//! headings, "expand / collapse all" and the language switch respond meanwhile (on the static
//! HTML itself) and marks the view it changed. When the live view takes over, it starts from what
//! the reader left on screen instead of undoing it.

use wasm_bindgen::JsCast;
use web_sys::{Element, Node};

use report::embed::{self, TAPPED};
use report::locale::Locale;
use report::share_link::LinkState;

/// What the reader left on the pre-rendered view among `nodes` (nothing if they did not touch it).
pub fn read(nodes: &[Node]) -> LinkState {
    let mut taps = LinkState::default();
    let selector = format!("[{TAPPED}]");
    let tapped = nodes.iter().filter_map(|n| n.dyn_ref::<Element>()).find_map(|e| {
        if e.has_attribute(TAPPED) {
            Some(e.clone())
        } else {
            e.query_selector(&selector).ok().flatten()
        }
    });
    let Some(view) = tapped else { return taps };
    if let Ok(toggles) = view.query_selector_all(".sr-section__toggle[aria-expanded=\"true\"]") {
        let section = format!("[{}]", embed::SECTION);
        let open = (0..toggles.length())
            .filter_map(|i| toggles.item(i)?.dyn_into::<Element>().ok()?.closest(&section).ok().flatten())
            .filter_map(|section| section.get_attribute(embed::SECTION))
            .collect();
        taps.open = Some(open);
    }
    taps.locale = view
        .query_selector(".sr-lang__btn[aria-pressed=\"true\"]")
        .ok()
        .flatten()
        .and_then(|b| b.get_attribute("lang"))
        .and_then(|t| Locale::from_tag(&t));
    taps
}
