//! "Check these first", at the top of the review step: the places the draft is unsure of, each a
//! button that brings its form into view and puts the cursor in its first field. The places are
//! the drafter's paths (`crate::check`), said in words by the widget's own naming of places
//! (`report::place`, as the JSON step's problems are).

use report::locale::Locale;
use report::place::place_in_words;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::prelude::*;

use crate::check::{control_id, Check};
use crate::words::W;

#[derive(Properties, PartialEq)]
pub struct CheckFirstProps {
    pub checks: Vec<Check>,
    pub ui: Locale,
}

/// Scrolls to the element `id` and focuses it, or the first control inside it.
fn go_to(id: &str) {
    let Some(el) = gloo::utils::document().get_element_by_id(id) else { return };
    el.scroll_into_view();
    let control = if matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT") {
        Some(el)
    } else {
        el.query_selector("input, textarea, select").ok().flatten()
    };
    if let Some(c) = control.and_then(|c| c.dyn_into::<HtmlElement>().ok()) {
        let _ = c.focus();
    }
}

#[function_component]
pub fn CheckFirst(props: &CheckFirstProps) -> Html {
    let ui = props.ui;
    if props.checks.is_empty() {
        return Html::default();
    }
    let items = props.checks.iter().map(|c| {
        let place = place_in_words(&c.path, ui);
        let onclick = control_id(&c.path).map(|id| Callback::from(move |_: MouseEvent| go_to(&id)));
        html! {
            <li>
                <button type="button" class="ed-btn ed-btn--small ed-line" disabled={onclick.is_none()} {onclick}>{ place }</button>
                { " " }<code>{ &c.path }</code>{ ": " }<span>{ c.reason(ui) }</span>
            </li>
        }
    });
    html! {
        <section class="ed-card ed-check-first" aria-labelledby="ed-check-first-title">
            <h3 id="ed-check-first-title">{ W::CheckFirst.text(ui) }{ format!(" ({})", props.checks.len()) }</h3>
            <p class="ed-note">{ W::CheckFirstIntro.text(ui) }</p>
            <ol class="ed-problem-list">{ for items }</ol>
        </section>
    }
}
