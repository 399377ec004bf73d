//! What shows instead of a report that cannot be shown. Readers get one calm line in their
//! language; the editor's details (every problem, with its place and the fix) are one click away
//! in a `<details>`, which works without script in a pre-rendered page too. Where the editor is
//! the audience (an `editor` flag on the page's element, a file the person opened themselves, the
//! future editor page) the details are open from the start.

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
    /// The editor is the audience: the details are open.
    #[prop_or_default]
    pub editor: bool,
}

/// The built-in or embedded report itself cannot be shown.
#[function_component]
pub fn ErrorPanel(props: &ErrorPanelProps) -> Html {
    let l = props.locale;
    html! {
        <div class="sr-widget sr-error" role="alert" lang={l.tag()}>
            { problems_message(&props.problems, l, props.editor, None) }
        </div>
    }
}

/// The reader's line, then the editor's details: where the report came from (`from`), and every
/// problem. Reused wherever report problems are shown (the notice below, the editor page).
pub fn problems_message(problems: &[Problem], l: Locale, editor: bool, from: Option<String>) -> Html {
    let hidden = problems.len().saturating_sub(SHOWN);
    html! {
        <>
            <p class="sr-error__title">{ Msg::CannotShow.text(l) }</p>
            <details class="sr-error__details" open={editor}>
                <summary class="sr-error__summary">{ Msg::EditorDetails.text(l) }</summary>
                if let Some(from) = from { <p>{ from }</p> }
                <p>{ Msg::ErrorIntro.text(l) }</p>
                <ol class="sr-error__list">{ for problems.iter().take(SHOWN).map(|p| problem(p, l)) }</ol>
                if hidden > 0 { <p>{ format!("… +{hidden}") }</p> }
            </details>
        </>
    }
}

/// "section 3 (economy) › paragraph (line 102, column 7): There is no field …". The JSON path
/// stays as data for tools and tests; people read the place, counted from 1.
fn problem(p: &Problem, l: Locale) -> Html {
    let at = p.at.map(|(line, col)| format!(" ({} {line}, {} {col})", Msg::ErrorLine.text(l), Msg::ErrorColumn.text(l)));
    html! {
        <li class="sr-error__item" data-path={p.path.clone()}>
            <span class="sr-error__place">{ p.place(l) }</span>
            { at.unwrap_or_default() }
            { ": " }
            <span class="sr-error__why">{ p.describe(l) }</span>
        </li>
    }
}

#[derive(Properties, PartialEq)]
pub struct FailureNoticeProps {
    pub failure: super::app::Failure,
    pub locale: Locale,
    /// The editor is the audience: problems in the report are listed open.
    #[prop_or_default]
    pub editor: bool,
    /// Back to the report still on screen; `None` when there is none.
    pub on_dismiss: Option<Callback<MouseEvent>>,
    /// Fetch the same address again; `None` for files.
    pub on_retry: Option<Callback<MouseEvent>>,
}

/// Why another report could not be opened, above the report that stays on screen (or alone).
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
    let body = match &props.failure.failure {
        // A report with problems: the reader's line; where it came from goes with the details.
        LoadFailure::Report(problems) => problems_message(problems, l, props.editor, Some(from)),
        other => html! {
            <>
                <p class="sr-error__title">{ from }</p>
                <p>{ other.describe(l) }</p>
            </>
        },
    };
    html! {
        <div class="sr-widget sr-error sr-notice" role="alert" lang={l.tag()}>
            { body }
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
