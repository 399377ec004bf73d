//! A report text in the reader's language, or in the other one with a visible marker and the right
//! `lang` so screen readers pronounce it correctly.

use yew::prelude::*;

use report::wording::Msg;
use report::locale::Locale;
use report::text::Text;

/// A plain function, not a component: reports have thousands of texts, and a component each
/// would cost its own scope and scheduling (docs/benchmarks.md).
pub fn tr(text: &Text, locale: Locale) -> Html {
    match text.resolve(locale) {
        Some(r) if r.fallback => html! {
            <>
                <span lang={r.lang.tag()}>{ r.text }</span>
                { " " }
                <span class="sr-fallback">{ Msg::FallbackMarker(r.lang).text(locale) }</span>
            </>
        },
        Some(r) => html! { { r.text } },
        None => html! {},
    }
}
