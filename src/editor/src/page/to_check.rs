//! "To check", above every step: what must be looked at before the report is published — the
//! draft's flags not yet marked checked (its suggested English as one item), placeholders, persons
//! without a role, texts without English (`crate::check::open`). Each names its place and goes to
//! its field (or to the English step); a flag is marked checked here.

use report::locale::Locale;
use report::place::place_in_words;
use yew::prelude::*;

use crate::check::{control_id, Check, Open};
use crate::words::{to_check_count, W};

/// Scrolls to the element `id` and puts the cursor in it, or in its first control, opening the
/// closed card it is in.
pub fn focus(id: &str) {
    let Some(el) = gloo::utils::document().get_element_by_id(id) else { return };
    el.scroll_into_view();
    super::focus::field_now(id);
}

/// Where an item takes the editor.
#[derive(Debug, Clone, PartialEq)]
pub enum GoTo {
    /// The review step's control with this id.
    Field(String),
    /// The English step.
    English,
}

#[derive(Properties, PartialEq)]
pub struct ToCheckProps {
    pub open: Vec<Open>,
    pub checks: Vec<Check>,
    pub ui: Locale,
    /// Shown unfolded (the review step); folded to its count elsewhere.
    pub unfolded: bool,
    pub on_go: Callback<GoTo>,
    /// The checks at these indices marked checked.
    pub on_checked: Callback<Vec<usize>>,
}

#[function_component]
pub fn ToCheck(props: &ToCheckProps) -> Html {
    let ui = props.ui;
    if props.open.is_empty() {
        return html! { <p class="ed-note ed-to-check ed-to-check--done" role="status">{ W::NothingToCheck.text(ui) }</p> };
    }
    let go = |to: Option<GoTo>, label: String| {
        let on_go = props.on_go.clone();
        let onclick = to.map(|to| Callback::from(move |_: MouseEvent| on_go.emit(to.clone())));
        html! { <button type="button" class="ed-btn ed-btn--small ed-line" disabled={onclick.is_none()} {onclick}>{ label }</button> }
    };
    let mark = |which: Vec<usize>, what: String| {
        let on_checked = props.on_checked.clone();
        html! {
            <button type="button" class="ed-btn ed-btn--small" aria-label={format!("{}: {what}", W::MarkChecked.text(ui))}
                    onclick={Callback::from(move |_: MouseEvent| on_checked.emit(which.clone()))}>{ W::MarkChecked.text(ui) }</button>
        }
    };
    let items = props.open.iter().map(|o| match o {
        Open::Flag(i) => {
            let c = &props.checks[*i];
            let place = place_in_words(&c.path, ui);
            html! {
                <li>
                    { go(control_id(&c.path).map(GoTo::Field), place.clone()) }{ " " }<code>{ &c.path }</code>{ ": " }<span>{ c.reason(ui) }</span>
                    { " " }{ mark(vec![*i], place) }
                </li>
            }
        }
        Open::SuggestedEnglish(which) => {
            let label = W::SuggestedEnglish.text(ui).to_owned();
            html! { <li>{ go(Some(GoTo::English), format!("{label} ({})", which.len())) }{ " " }{ mark(which.clone(), label) }</li> }
        }
        Open::Placeholder { path, text } => html! {
            <li>{ go(control_id(path).map(GoTo::Field), place_in_words(path, ui)) }{ " " }<code>{ path }</code>{ ": " }
                <span>{ W::PlaceholderLeft.text(ui) }{ " " }<q>{ text }</q></span></li>
        },
        Open::NoRole { path, name } => html! {
            <li>{ go(control_id(path).map(GoTo::Field), name.clone()) }{ " " }<code>{ path }</code>{ ": " }<span>{ W::NoRole.text(ui) }</span></li>
        },
        Open::NoEnglish(n) => html! { <li>{ go(Some(GoTo::English), W::TabEnglish.text(ui).to_owned()) }{ ": " }<span>{ crate::words::without_english(ui, *n) }</span></li> },
    });
    html! {
        <details class="ed-card ed-to-check" open={props.unfolded}>
            <summary id="ed-to-check-title">{ to_check_count(ui, props.open.len()) }</summary>
            <p class="ed-note">{ W::ToCheckIntro.text(ui) }</p>
            <ol class="ed-problem-list" aria-labelledby="ed-to-check-title">{ for items }</ol>
        </details>
    }
}
