//! A report text in the reader's language, or in the other one with a visible marker and the right
//! `lang` so screen readers pronounce it correctly.

use yew::prelude::*;

use crate::core::i18n::Msg;
use crate::core::locale::Locale;
use crate::core::text::Text;

#[derive(Properties, PartialEq)]
pub struct TrProps {
    pub text: Text,
    pub locale: Locale,
}

#[function_component]
pub fn Tr(props: &TrProps) -> Html {
    match props.text.resolve(props.locale) {
        Some(r) if r.fallback => html! {
            <>
                <span lang={r.lang.tag()}>{ r.text }</span>
                { " " }
                <span class="sr-fallback">{ Msg::FallbackMarker(r.lang).text(props.locale) }</span>
            </>
        },
        Some(r) => html! { { r.text } },
        None => html! {},
    }
}
