//! The panel shown instead of a report that cannot be shown: every problem with where and why.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::i18n::Msg;
use crate::core::locale::Locale;
use crate::core::problem::Problem;

/// At most this many problems are listed; a broken generator can produce thousands.
const SHOWN: usize = 50;

#[derive(Properties, PartialEq)]
pub struct ErrorPanelProps {
    pub problems: Rc<Vec<Problem>>,
    pub locale: Locale,
}

#[function_component]
pub fn ErrorPanel(props: &ErrorPanelProps) -> Html {
    let l = props.locale;
    let hidden = props.problems.len().saturating_sub(SHOWN);
    html! {
        <div class="sr-widget sr-error" role="alert" lang={l.tag()}>
            <h2 class="sr-error__title">{ Msg::ErrorTitle.text(l) }</h2>
            <p>{ Msg::ErrorIntro.text(l) }</p>
            <ol class="sr-error__list">
                { for props.problems.iter().take(SHOWN).map(|p| problem(p, l)) }
            </ol>
            if hidden > 0 { <p>{ format!("… +{hidden}") }</p> }
        </div>
    }
}

fn problem(p: &Problem, l: Locale) -> Html {
    let path = if p.path.is_empty() { Msg::ErrorRoot.text(l).to_owned() } else { p.path.clone() };
    let at = p.at.map(|(line, col)| {
        format!(" ({} {line}, {} {col})", Msg::ErrorLine.text(l), Msg::ErrorColumn.text(l))
    });
    html! {
        <li class="sr-error__item">
            <span class="sr-visually-hidden">{ format!("{}: ", Msg::ErrorWhere.text(l)) }</span>
            <code class="sr-error__path">{ path }</code>
            { at.unwrap_or_default() }
            { " — " }
            <span class="sr-error__why">{ p.describe(l) }</span>
        </li>
    }
}
