//! An indicator as a readable card: label, headline figure, share of plan, period, related counts.

use yew::prelude::*;

use super::ReportRef;
use crate::core::figures::figure;
use crate::core::locale::Locale;

#[derive(Properties, PartialEq)]
pub struct FigureProps {
    pub report: ReportRef,
    pub id: AttrValue,
    pub locale: Locale,
}

#[function_component]
pub fn FigureCard(props: &FigureProps) -> Html {
    let Some(ind) = props.report.indicator(&props.id) else { return html! {} };
    let f = figure(ind, props.locale);
    html! {
        <div class="sr-figure" role="listitem" data-indicator={props.id.clone()}>
            <p class="sr-figure__label">{ f.label }</p>
            if let Some(h) = f.headline { <p class="sr-figure__value">{ h }</p> }
            if !f.counts.is_empty() {
                <dl class="sr-figure__counts">
                    { for f.counts.into_iter().map(|(label, value)| html! {
                        <div><dt>{ label }</dt><dd>{ value }</dd></div>
                    }) }
                </dl>
            }
            if let Some(p) = f.plan { <p class="sr-figure__plan">{ p }</p> }
            if let Some(p) = f.period { <p class="sr-figure__period">{ p }</p> }
            if let Some(n) = f.note { <p class="sr-figure__note">{ n }</p> }
        </div>
    }
}
