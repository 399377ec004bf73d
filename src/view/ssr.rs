//! Server-side rendering (native builds only): a report as the static HTML the widget's first
//! render produces, so a page can show it before the wasm arrives and with JavaScript off. When the
//! wasm starts, `mount` renders the same view next to it and swaps it in (see `mount.rs`).

use yew::LocalServerRenderer;

use super::app::{App, AppProps, Source};
// `mount` creates the same element in the browser: the pre-rendered DOM and the live one match.
use super::mount::VIEW_ATTR;
use crate::core::locale::Locale;

/// The widget's first render of `json` in `locale`, wrapped like the live view. A report with
/// problems renders as its error panel, exactly as the widget would show it. `key` is the widget's
/// share-link name, as `mount` would choose it (it decides whether share buttons are shown).
pub fn render(json: &str, locale: Locale, key: &str) -> String {
    let props = AppProps {
        source: Source::Inline(json.to_owned().into()),
        locale,
        page_locale: Some(locale),
        page_named: None,
        takeover: None,
        link_key: Some(key.to_owned().into()),
        on_ready: yew::Callback::noop(),
    };
    let runtime = tokio::runtime::Builder::new_current_thread().build().expect("a single-threaded runtime");
    let html = runtime.block_on(async {
        tokio::task::LocalSet::new()
            .run_until(LocalServerRenderer::<App>::with_props(props).hydratable(false).render())
            .await
    });
    format!("<div {VIEW_ATTR}>{html}</div>")
}
