//! What shows instead of a report that cannot be shown. Readers get one calm line in their
//! language; the editor's details (every problem, with its place and the fix) are one click away
//! in a `<details>`, which works without script in a pre-rendered page too. Where the editor is
//! the audience (an `editor` flag on the page's element, a file the person opened themselves, the
//! future editor page) the details are open from the start.

use std::rc::Rc;

use yew::prelude::*;

use report::load::LoadFailure;
use report::wording::Msg;
use report::locale::Locale;

#[derive(Properties, PartialEq)]
pub struct ErrorPanelProps {
    /// The report's text: the details are written from it.
    pub json: Rc<str>,
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
            { problems_message(&props.json, l, props.editor, None) }
        </div>
    }
}

/// The reader's line, then the editor's details: where the report came from (`from`), and every
/// problem. Reused wherever report problems are shown (the notice below, the editor page).
pub fn problems_message(json: &Rc<str>, l: Locale, editor: bool, from: Option<String>) -> Html {
    html! {
        <>
            <p class="sr-error__title">{ Msg::CannotShow.text(l) }</p>
            <ProblemDetails json={json.clone()} locale={l} open={editor} from={from} />
        </>
    }
}

#[derive(Properties, PartialEq)]
struct DetailsProps {
    json: Rc<str>,
    locale: Locale,
    open: bool,
    from: Option<String>,
}

/// The details, closed for readers. Their list comes from `problem_list`: written in place when
/// pre-rendering; in the browser asked of the details bundle once they are opened (embed.js loads
/// it), so readers of a sound report never download the messages.
#[function_component]
fn ProblemDetails(props: &DetailsProps) -> Html {
    let l = props.locale;
    let list = use_state(|| None::<Result<String, ()>>);
    // On the summary's click (a keyboard's Enter or Space on it is a click too) rather than the
    // details' toggle event, which does not bubble and so misses Yew's listener in a shadow root.
    let onclick = {
        let (list, json) = (list.clone(), props.json.clone());
        Callback::from(move |_: MouseEvent| {
            if list.is_none() {
                request_details(json.clone(), l, list.clone());
            }
        })
    };
    {
        // Open from the start (an editor's page), or already asked for and the language or the
        // report changed: ask (again) at once.
        let (list, json, open) = (list.clone(), props.json.clone(), props.open);
        use_effect_with((json.clone(), l), move |_| {
            if open || list.is_some() {
                request_details(json, l, list);
            }
        });
    }
    let body = match &*list {
        Some(Ok(html)) => Html::from_html_unchecked(html.clone().into()),
        Some(Err(())) => html! { <p>{ Msg::DetailsUnavailable.text(l) }</p> },
        None if cfg!(target_arch = "wasm32") => html! { <p>{ Msg::Loading.text(l) }</p> },
        None => native_list(&props.json, l),
    };
    html! {
        <details class="sr-error__details" open={props.open}>
            <summary class="sr-error__summary" {onclick}>{ Msg::EditorDetails.text(l) }</summary>
            if let Some(from) = props.from.clone() { <p>{ from }</p> }
            { body }
        </details>
    }
}

/// Pre-rendering and native tests write the list in place.
#[cfg(not(target_arch = "wasm32"))]
fn native_list(json: &str, l: Locale) -> Html {
    Html::from_html_unchecked(super::problem_list::problem_details_html(json, l).into())
}

#[cfg(target_arch = "wasm32")]
fn native_list(_: &str, _: Locale) -> Html {
    Html::default()
}

/// Asks embed.js's `sessionReportDetails(json, lang)` for the list's HTML.
fn request_details(json: Rc<str>, l: Locale, list: UseStateHandle<Option<Result<String, ()>>>) {
    #[cfg(target_arch = "wasm32")]
    wasm_bindgen_futures::spawn_local(async move {
        use wasm_bindgen::JsCast;
        let call = || -> Option<js_sys::Promise> {
            let f = js_sys::Reflect::get(&js_sys::global(), &"sessionReportDetails".into()).ok()?;
            let f = f.dyn_into::<js_sys::Function>().ok()?;
            f.call2(&wasm_bindgen::JsValue::NULL, &(*json).into(), &l.tag().into()).ok()?.dyn_into().ok()
        };
        let html = match call() {
            Some(p) => wasm_bindgen_futures::JsFuture::from(p).await.ok().and_then(|v| v.as_string()),
            None => None,
        };
        list.set(Some(html.ok_or(())));
    });
    // Pre-rendering writes the list in place and never runs effects or clicks.
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (json, l, list);
}

/// Where a failed report came from, for the notice.
#[derive(Clone, Debug, PartialEq)]
pub enum Origin {
    Inline,
    Url(AttrValue),
    File(String),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Failure {
    pub origin: Origin,
    pub failure: LoadFailure,
}

#[derive(Properties, PartialEq)]
pub struct FailureNoticeProps {
    pub failure: Failure,
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
    let l = props.locale;
    let from = match &props.failure.origin {
        Origin::Url(url) => format!("{} {url}", Msg::LoadFailedFrom.text(l)),
        Origin::File(name) => format!("{} {name}", Msg::LoadFailedFile.text(l)),
        Origin::Inline => Msg::ErrorTitle.text(l).to_owned(),
    };
    let body = match &props.failure.failure {
        // A report with problems: the reader's line; where it came from goes with the details.
        LoadFailure::Report(json) => problems_message(json, l, props.editor, Some(from)),
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
