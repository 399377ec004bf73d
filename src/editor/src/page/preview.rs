//! The live preview: the widget's own report view, beside the forms. What the editor opened,
//! switched or turned into tables survives each edit: the view state is carried from the old
//! report to the new one by section ids, as share links carry it (`core::share_link`).

use std::cell::RefCell;
use std::rc::Rc;

use report::locale::Locale;
use report::share_link::{decode, encode, restore, LinkState};
use report::view_state::{Action, ViewState};
use widget::report_view::ReportView;
use widget::toolbar::CopyStatus;
use widget::ReportRef;
use web_sys::File;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PreviewProps {
    pub report: ReportRef,
    pub json: AttrValue,
    /// The language the preview starts in.
    pub locale: Locale,
    /// A report file opened from the widget's own toolbar.
    pub on_open_file: Callback<File>,
}

/// The view on the report it was made for.
struct Shown {
    report: ReportRef,
    state: ViewState,
}

#[function_component]
pub fn Preview(props: &PreviewProps) -> Html {
    let shown = use_mut_ref(|| Shown { report: props.report.clone(), state: restore(&LinkState::default(), &props.report, props.locale) });
    let redraw = use_force_update();
    {
        let mut s = shown.borrow_mut();
        if s.report != props.report {
            let link = decode(&encode(&s.state, &s.report, None));
            s.state = restore(&link, &props.report, s.state.locale);
            s.report = props.report.clone();
        }
    }
    let dispatch = use_memo((), {
        let shown: Rc<RefCell<Shown>> = shown.clone();
        move |_| {
            Callback::from(move |a: Action| {
                let next = shown.borrow().state.apply(a);
                shown.borrow_mut().state = next;
                redraw.force_update();
            })
        }
    });
    let state = shown.borrow().state.clone();
    html! {
        <div class="sr-app" lang={state.locale.tag()}>
            <ReportView report={props.report.clone()} source={props.json.clone()} foreign={None::<AttrValue>} {state}
                        dispatch={(*dispatch).clone()} on_open_file={props.on_open_file.clone()}
                        on_copy_link={None::<Callback<Option<String>>>} copy_status={CopyStatus::default()} link_key={None::<AttrValue>} />
        </div>
    }
}
