//! An indicator as a readable card: label, headline figure, share of plan, period, related counts.

use yew::prelude::*;

use super::text::tr;
use super::ReportRef;
use report::figures::{figure, Tone};
use report::wording::{Msg, Word};
use report::locale::Locale;

#[derive(Properties, PartialEq)]
pub struct FigureProps {
    pub report: ReportRef,
    pub id: AttrValue,
    pub locale: Locale,
}

#[function_component]
pub fn FigureCard(props: &FigureProps) -> Html {
    let l = props.locale;
    let Some(ind) = props.report.indicator(&props.id) else { return html! {} };
    // Numbers come formatted from the core; texts go through Tr so a fallback keeps its `lang`.
    let f = figure(ind, l);
    html! {
        <div class="sr-figure" role="listitem" data-indicator={props.id.clone()}>
            <p class="sr-figure__label">{ tr(&ind.label, l) }</p>
            if let Some(h) = f.headline { { headline(h, ind.estimated, l) } }
            if !ind.counts.is_empty() {
                <dl class="sr-figure__counts">
                    { for ind.counts.iter().zip(f.counts).map(|(c, value)| html! {
                        <div><dt>{ tr(&c.label, l) }</dt><dd>{ value }</dd></div>
                    }) }
                </dl>
            }
            { for f.shares.into_iter().map(|s| html! { <p class="sr-figure__plan">{ s }</p> }) }
            { for f.changes.into_iter().map(|(s, tone)| html! {
                <p class={classes!("sr-figure__change", tone_class(tone))}>{ s }</p>
            }) }
            if let Some(t) = f.target { <p class="sr-figure__target">{ t }</p> }
            if let Some(p) = &ind.period { <p class="sr-figure__period">{ tr(p, l) }</p> }
            if let Some(n) = &ind.note { <p class="sr-figure__note">{ tr(n, l) }</p> }
            // Closed by default: one sentence often carries several figures, and the cards
            // would repeat it in full.
            if let Some(q) = &ind.quote {
                <details class="sr-figure__quote">
                    <summary>{ Msg::AsReported.text(l) }</summary>
                    <q lang="vi">{ q.clone() }</q>
                </details>
            }
        </div>
    }
}

fn tone_class(t: Tone) -> Option<&'static str> {
    match t {
        Tone::Good => Some("sr-good"),
        Tone::Bad => Some("sr-bad"),
        Tone::Neutral => None,
    }
}

/// The figure, with "(ước tính)" / "(estimate)" in small type after it: a word about the figure,
/// not part of it.
fn headline(h: String, estimated: bool, l: Locale) -> Html {
    let note = format!(" ({})", Word::Estimated.text(l));
    match h.strip_suffix(note.as_str()).filter(|_| estimated) {
        Some(value) => html! { <p class="sr-figure__value">{ value.to_owned() }<span class="sr-figure__est">{ note }</span></p> },
        None => html! { <p class="sr-figure__value">{ h }</p> },
    }
}
