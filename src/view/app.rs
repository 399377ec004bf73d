//! The root component: JSON in, either the report or the error panel out.

use std::rc::Rc;

use yew::prelude::*;

use super::error_panel::ErrorPanel;
use super::report_view::ReportView;
use super::ReportRef;
use crate::core::locale::Locale;
use crate::core::parse::parse_report;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The report as JSON text.
    pub json: AttrValue,
    /// The language to start in.
    #[prop_or_default]
    pub locale: Locale,
}

#[function_component]
pub fn App(props: &AppProps) -> Html {
    let parsed = use_memo(props.json.clone(), |json| parse_report(json).map(|r| ReportRef(Rc::new(r))));
    match &*parsed {
        Ok(report) => html! { <ReportView report={report.clone()} source={props.json.clone()} locale={props.locale} /> },
        Err(problems) => html! { <ErrorPanel problems={Rc::new(problems.clone())} locale={props.locale} /> },
    }
}
