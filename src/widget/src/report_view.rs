//! One report on screen, laid out from the state the root component keeps.

use std::sync::atomic::{AtomicUsize, Ordering};

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, File};
use yew::prelude::*;

use super::header::{photos, Header};
use super::participants::Participants;
use super::section::SectionView;
use super::toolbar::{CopyStatus, Toolbar};
use super::{ReportRef, ReportText};
use report::wording::Msg;
use report::view_state::{Action, ViewState};

/// Sections built by the first render; the rest follow in batches, one batch a frame, so a long
/// report shows its beginning at once rather than after all of it is built (docs/benchmarks.md).
const FIRST_SECTIONS: usize = 40;
const MORE_SECTIONS: usize = 100;

/// Element ids must be unique on the page even with several widgets on it.
fn next_instance() -> String {
    static NEXT: AtomicUsize = AtomicUsize::new(1);
    format!("sr{}", NEXT.fetch_add(1, Ordering::Relaxed))
}

#[derive(Properties, PartialEq)]
pub struct ReportViewProps {
    pub report: ReportRef,
    /// The JSON the report was read from.
    pub source: AttrValue,
    /// The other site the report was fetched from, if it is not the page's own.
    pub foreign: Option<AttrValue>,
    pub state: ViewState,
    pub dispatch: Callback<Action>,
    pub on_open_file: Callback<File>,
    /// Copies a share link (focused on a section when given its id); `None` without share links.
    pub on_copy_link: Option<Callback<Option<String>>>,
    pub copy_status: CopyStatus,
    /// The widget's share-link key: unique on the page, and the same when pre-rendered, so the
    /// pre-rendered and the live view have the same element ids.
    pub link_key: Option<AttrValue>,
}

#[function_component]
pub fn ReportView(props: &ReportViewProps) -> Html {
    let report = &props.report;
    let state = &props.state;
    let l = state.locale;
    let prefix = use_state(|| match &props.link_key {
        Some(key) => format!("sr-{key}"),
        None => next_instance(),
    });
    let root = use_node_ref();
    let total = report.sections.len();
    // Pre-rendering (native) builds every section: its HTML has no next frame.
    let built = use_state(|| if cfg!(target_arch = "wasm32") { total.min(FIRST_SECTIONS) } else { total });
    {
        let built = built.clone();
        use_effect_with(*built, move |&n| {
            if n < total {
                let more = Closure::once_into_js(move || built.set((n + MORE_SECTIONS).min(total)));
                let _ = gloo::utils::window().request_animation_frame(more.unchecked_ref());
            }
        });
    }
    let dom_ids = use_memo((report.clone(), (*prefix).clone()), |(report, prefix)| {
        report.sections.iter().map(|s| AttrValue::from(format!("{prefix}-{}", s.id))).collect::<Vec<_>>()
    });
    // A link to a section or indicator scrolls it into view once the report is on screen.
    {
        let (root, focus) = (root.clone(), state.focus.clone());
        use_effect_with((focus, *built == total), move |(focus, complete)| {
            if let (Some(id), Some(root), true) = (focus.clone(), root.cast::<Element>(), *complete) {
                let selector = format!("[data-section='{id}'], [data-indicator='{id}']");
                if let Ok(Some(target)) = root.query_selector(&selector) {
                    scroll_when_shown(target, 60);
                }
            }
        });
    }

    // A report of ordinary length keeps closed sections in the page, so printing shows them all
    // (widget.css); a long one builds a section when it is opened.
    let build_closed = report.sections.len() <= report::view_state::OPEN_UP_TO;

    html! {
        <article class="sr-widget" lang={l.tag()} aria-label={Msg::ReportLabel.text(l)} ref={root}>
            <Header report={report.clone()} locale={l} foreign={props.foreign.clone()} />
            <Toolbar locale={l} all_open={state.all_open()} all_closed={state.all_closed()}
                     dispatch={props.dispatch.clone()} source={props.source.clone()}
                     file_name={format!("{}-{}", Msg::FileReport.text(l), report.meta.event_date)}
                     on_open_file={props.on_open_file.clone()}
                     on_copy_link={props.on_copy_link.clone()} copy_status={props.copy_status.clone()} />
            { photos(report, None, l) }
            <Participants report={report.clone()} locale={l} />
            <div class={classes!("sr-sections", (!build_closed).then_some("sr-sections--long"))}>
                // Keys on the list's direct children: Yew cannot reconcile keys inside fragments.
                { for report.sections.iter().take(*built).enumerate().map(|(i, s)| html! {
                    <SectionView key={s.id.clone()} report={report.clone()} source={ReportText(props.source.clone())} index={i}
                                 open={state.is_open(i)} build_closed={build_closed} locale={l}
                                 tables={state.tables_in(i)}
                                 dom_id={dom_ids[i].clone()}
                                 dispatch={props.dispatch.clone()}
                                 on_copy_link={props.on_copy_link.clone()} />
                }) }
            </div>
        </article>
    }
}

/// Scrolls `target` into view once it can be: the live view stays hidden behind what the page
/// showed before it (see mount.rs) until its report is ready, and a hidden element cannot scroll.
/// Tries again each frame, `frames` times at most.
fn scroll_when_shown(target: Element, frames: u32) {
    if target.closest("[hidden]").ok().flatten().is_none() {
        target.scroll_into_view();
    } else if frames > 0 {
        let again = Closure::once_into_js(move || scroll_when_shown(target, frames - 1));
        let _ = gloo::utils::window().request_animation_frame(again.unchecked_ref());
    }
}
