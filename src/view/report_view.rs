//! One report on screen. Holds the view state (the only state there is) and hands slices of it down.

use std::rc::Rc;
use std::sync::atomic::{AtomicUsize, Ordering};

use yew::prelude::*;

use super::header::{Header, Photos};
use super::participants::Participants;
use super::section::SectionView;
use super::toolbar::Toolbar;
use super::ReportRef;
use crate::core::i18n::Msg;
use crate::core::locale::Locale;
use crate::core::view_state::{Action, ViewState};

impl Reducible for ViewState {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(self.apply(action))
    }
}

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
    pub locale: Locale,
}

#[function_component]
pub fn ReportView(props: &ReportViewProps) -> Html {
    let report = &props.report;
    let sections = report.sections.len();
    let initial = props.locale;
    let state = use_reducer(|| ViewState::new(sections, initial));
    let prefix = use_state(next_instance);
    let l = state.locale;
    let dispatch = {
        let state = state.clone();
        Callback::from(move |a: Action| state.dispatch(a))
    };
    let photos_after = |id: Option<&str>| html! { <Photos report={report.clone()} section={id.map(AttrValue::from)} locale={l} /> };

    html! {
        <article class="sr-widget" lang={l.tag()} aria-label={Msg::ReportLabel.text(l)}>
            <Header report={report.clone()} locale={l} />
            <Toolbar locale={l} all_open={state.all_open()} all_closed={state.all_closed()}
                     dispatch={dispatch.clone()} source={props.source.clone()}
                     file_name={format!("{}-{}", Msg::FileReport.text(l), report.meta.event_date)} />
            { photos_after(None) }
            <Participants report={report.clone()} locale={l} />
            <div class="sr-sections">
                { for report.sections.iter().enumerate().map(|(i, s)| html! {
                    <>
                        <SectionView key={s.id.clone()} report={report.clone()} index={i}
                                     open={state.is_open(i)} locale={l}
                                     dom_id={format!("{}-{}", *prefix, s.id)}
                                     on_toggle={dispatch.reform(move |_| Action::Toggle(i))} />
                        { photos_after(Some(&s.id)) }
                    </>
                }) }
            </div>
        </article>
    }
}
