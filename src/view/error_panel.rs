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
    html! {
        <div class="sr-widget sr-error" role="alert" lang={l.tag()}>
            <h2 class="sr-error__title">{ Msg::ErrorTitle.text(l) }</h2>
            <p>{ Msg::ErrorIntro.text(l) }</p>
            { problem_list(&props.problems, l) }
        </div>
    }
}

/// The first [`SHOWN`] problems, and how many more there are.
fn problem_list(problems: &[Problem], l: Locale) -> Html {
    let hidden = problems.len().saturating_sub(SHOWN);
    html! {
        <>
            <ol class="sr-error__list">{ for problems.iter().take(SHOWN).map(|p| problem(p, l)) }</ol>
            if hidden > 0 { <p>{ format!("… +{hidden}") }</p> }
        </>
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

#[derive(Properties, PartialEq)]
pub struct FailureNoticeProps {
    pub failure: super::app::Failure,
    pub locale: Locale,
    /// Back to the report still on screen; `None` when there is none.
    pub on_dismiss: Option<Callback<MouseEvent>>,
    /// Fetch the same address again; `None` for files.
    pub on_retry: Option<Callback<MouseEvent>>,
}

/// Why another report could not be opened, above the report that stays on screen.
#[function_component]
pub fn FailureNotice(props: &FailureNoticeProps) -> Html {
    use super::app::Origin;
    use crate::core::load::LoadFailure;
    let l = props.locale;
    let from = match &props.failure.origin {
        Origin::Url(url) => format!("{} {url}", Msg::LoadFailedFrom.text(l)),
        Origin::File(name) => format!("{} {name}", Msg::LoadFailedFile.text(l)),
        Origin::Inline => Msg::ErrorTitle.text(l).to_owned(),
    };
    let problems = match &props.failure.failure {
        LoadFailure::Report(p) => p.as_slice(),
        _ => &[],
    };
    html! {
        <div class="sr-widget sr-error sr-notice" role="alert" lang={l.tag()}>
            <p class="sr-error__title">{ from }</p>
            <p>{ props.failure.failure.describe(l) }</p>
            if !problems.is_empty() { { problem_list(problems, l) } }
            <div class="sr-notice__actions">
                if let Some(back) = &props.on_dismiss {
                    <button type="button" class="sr-btn" onclick={back.clone()}>{ Msg::BackToReport.text(l) }</button>
                }
                if let Some(retry) = &props.on_retry {
                    <button type="button" class="sr-btn" onclick={retry.clone()}>{ Msg::Retry.text(l) }</button>
                }
            </div>
        </div>
    }
}
