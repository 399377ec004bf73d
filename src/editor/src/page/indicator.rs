//! One indicator for review, as a compact card: closed, it shows what readers will see, its
//! problems and the fields that are set (`crate::card::set_fields`), and passes in four Tab stops
//! (the control that opens it, Move up, Move down, Remove); opened, the article's sentence it was
//! read from, with its figures marked, and every field of it.

use report::figures::figure;
use report::locale::Locale;
use report::format::{Indicator, Report};
use crate::edit::{figure_runs, figures_of, move_indicator, remove_indicator, rename_indicator, section_of, set_optional_text, set_text, text_in};
use crate::words::W;
use crate::work::Edit;
use yew::prelude::*;

use super::fields::{act, change, Action, Check, Choice, NumberField, TextField};
use super::focus::{removed, List, Removals};
use crate::structure::move_indicator_in_section;
use super::indicator_lists::{Changes, Counts, References, TargetForm};
use super::options::{betters, choice_of, qualifiers, value_of};

#[derive(Properties, PartialEq)]
pub struct IndicatorProps {
    pub index: usize,
    pub indicator: Indicator,
    /// (id, title) of every section, for "shown in section".
    pub sections: Vec<(String, String)>,
    /// The section listing it, by position.
    pub section: Option<usize>,
    /// Its problems, described in the editor's language.
    pub problems: Vec<String>,
    /// The draft flagged a place in it that is not yet marked checked (or a placeholder is left).
    pub flagged: bool,
    /// How many indicators the report has: where the cursor goes after Remove.
    pub count: usize,
    pub ui: Locale,
    pub on_edit: Callback<Edit>,
}

/// The indicators' list, for where the cursor goes after Add and Remove.
pub fn indicator_list() -> List {
    List { item: AttrValue::Static("ed-indicator-"), add: AttrValue::Static("ed-add-indicator") }
}

/// The indicator's fields, from what `report` says of it.
pub fn props_of(report: &Report, index: usize, problems: Vec<String>, flagged: bool, ui: Locale, on_edit: Callback<Edit>) -> IndicatorProps {
    let indicator = report.indicators[index].clone();
    IndicatorProps {
        index,
        flagged,
        count: report.indicators.len(),
        section: section_of(report, &indicator.id),
        sections: report.sections.iter().map(|s| (s.id.clone(), text_in(&s.title, Locale::Vi).to_owned())).collect(),
        indicator,
        problems,
        ui,
        on_edit,
    }
}

/// The indicator at `i`, for a field's edit (a report changed elsewhere may have fewer).
fn at(r: &mut Report, i: usize) -> Option<&mut Indicator> {
    r.indicators.get_mut(i)
}

#[function_component]
pub fn IndicatorForm(props: &IndicatorProps) -> Html {
    let (i, ind, ui, e) = (props.index, &props.indicator, props.ui, &props.on_edit);
    let label = text_in(&ind.label, Locale::Vi).to_owned();
    let sees = figure(ind, ui);
    let sees: Vec<String> = sees.headline.into_iter().chain(sees.shares).chain(sees.changes.into_iter().map(|(s, _)| s)).chain(sees.target).collect();
    let quote = match &ind.quote {
        Some(q) => html! {
            <blockquote class="ed-quote" lang="vi">
                { for figure_runs(q, &figures_of(ind)).into_iter().map(|(run, fig)| if fig { html! { <mark>{ run }</mark> } } else { html! { run } }) }
            </blockquote>
        },
        None => html! { <p class="ed-quote ed-quote--none">{ W::NoQuote.text(ui) }</p> },
    };
    let section_options = std::iter::once((AttrValue::Static(""), AttrValue::Static(W::NoSection.text(ui))))
        .chain(props.sections.iter().enumerate().map(|(k, (_, t))| (AttrValue::from(k.to_string()), AttrValue::from(t.clone()))))
        .collect::<Vec<_>>();
    let id = ind.id.clone();
    let title = if label.is_empty() { ind.id.clone() } else { label.clone() };
    let section_title = props.section.and_then(|k| props.sections.get(k)).map(|(_, t)| t.as_str());
    let set = crate::card::set_fields(ind, section_title, ui);
    // Open from the start when there is something to look at inside: a problem (its field is in
    // there) or a flag of the draft (the sentence to check against is in there). Only at first:
    // a card that closed under the cursor as a problem is fixed would drop the cursor to <body>.
    let start_open = *use_state(|| !props.problems.is_empty() || props.flagged);
    let remove = {
        let (edit, removals, count) = (act(e, move |r| remove_indicator(r, i)), use_context::<Removals>(), props.count);
        Callback::from(move |()| {
            edit.emit(());
            removed(&removals, &indicator_list(), W::IndicatorRemoved, i, count);
        })
    };
    html! {
        <div class={classes!("ed-item", "ed-indicator", (!props.problems.is_empty()).then_some("ed-item--problem"))} id={format!("ed-indicator-{i}")}>
            <p class="ed-item__title"><strong lang="vi">{ title.clone() }</strong></p>
            <p class="ed-sees"><span>{ W::ReadersSee.text(ui) }</span>{" "}<strong>{ if sees.is_empty() { "—".to_owned() } else { sees.join(" · ") } }</strong></p>
            if !props.problems.is_empty() {
                <div class="ed-problems" role="group" aria-label={W::ProblemsHere.text(ui)}>
                    <p>{ W::ProblemsHere.text(ui) }</p>
                    <ul>{ for props.problems.iter().map(|p| html! { <li>{ p }</li> }) }</ul>
                </div>
            }
            if set.is_empty() {
                <p class="ed-set ed-set--none">{ W::NothingSet.text(ui) }</p>
            } else {
                <ul class="ed-set">{ for set.into_iter().map(|(name, value)| html! { <li><span>{ name }</span>{ " " }<span lang="vi">{ value }</span></li> }) }</ul>
            }
            <details class="ed-indicator__all" open={start_open}>
                <summary>{ W::AllFields.text(ui) }<span class="ed-vh">{ ": " }{ title }</span></summary>
                <p class="ed-quote__label">{ W::AsReported.text(ui) }</p>
                { quote }
                <TextField label={W::Label.text(ui)} lang="vi" value={label.clone()}
                           on_change={change(e, move |r, v: String| if let Some(x) = at(r, i) { set_text(&mut x.label, Locale::Vi, &v) })} />
                <div class="ed-row">
                    <NumberField label={W::Value.text(ui)} value={ind.value} {ui} on_change={change(e, move |r, v: Option<f64>| if let Some(x) = at(r, i) { x.value = v })} />
                    <NumberField label={W::ValueTo.text(ui)} value={ind.value_to} {ui} on_change={change(e, move |r, v: Option<f64>| if let Some(x) = at(r, i) { x.value_to = v })} />
                    <Choice label={W::Qualifier.text(ui)} value={value_of(ind.qualifier)} options={qualifiers(ui)}
                            on_change={change(e, move |r, v: String| if let Some(x) = at(r, i) { x.qualifier = choice_of(&v) })} />
                    <TextField label={W::Unit.text(ui)} lang="vi" value={ind.unit.as_ref().map(|t| text_in(t, Locale::Vi).to_owned()).unwrap_or_default()}
                               on_change={change(e, move |r, v: String| if let Some(x) = at(r, i) { set_optional_text(&mut x.unit, Locale::Vi, &v) })} />
                    <TextField label={W::Currency.text(ui)} value={ind.currency.clone().unwrap_or_default()}
                               on_change={change(e, move |r, v: String| if let Some(x) = at(r, i) { x.currency = (!v.trim().is_empty()).then(|| v.trim().to_uppercase()) })} />
                    <TextField label={W::Per.text(ui)} lang="vi" value={ind.per.as_ref().map(|t| text_in(t, Locale::Vi).to_owned()).unwrap_or_default()}
                               on_change={change(e, move |r, v: String| if let Some(x) = at(r, i) { set_optional_text(&mut x.per, Locale::Vi, &v) })} />
                </div>
                <div class="ed-row">
                    <NumberField label={W::Decimals.text(ui)} value={ind.decimals.map(f64::from)} {ui}
                                 on_change={change(e, move |r, v: Option<f64>| if let Some(x) = at(r, i) { x.decimals = v.filter(|d| d.fract() == 0.0 && (0.0..=255.0).contains(d)).map(|d| d as u8) })} />
                    <NumberField label={W::Total.text(ui)} value={ind.total} {ui} on_change={change(e, move |r, v: Option<f64>| if let Some(x) = at(r, i) { x.total = v })} />
                    <NumberField label={W::Plan.text(ui)} value={ind.plan} {ui} on_change={change(e, move |r, v: Option<f64>| if let Some(x) = at(r, i) { x.plan = v })} />
                    <NumberField label={W::ShareOfPlan.text(ui)} value={ind.share_of_plan} {ui} on_change={change(e, move |r, v: Option<f64>| if let Some(x) = at(r, i) { x.share_of_plan = v })} />
                </div>
                <div class="ed-row">
                    <Check label={W::Percent.text(ui)} checked={ind.percent} on_change={change(e, move |r, v: bool| if let Some(x) = at(r, i) { x.percent = v })} />
                    <Choice label={W::Better.text(ui)} value={value_of(ind.better)} options={betters(ui)}
                            on_change={change(e, move |r, v: String| if let Some(x) = at(r, i) { x.better = choice_of(&v) })} />
                </div>
                <div class="ed-row">
                    <TextField label={W::Period.text(ui)} lang="vi" value={ind.period.as_ref().map(|t| text_in(t, Locale::Vi).to_owned()).unwrap_or_default()}
                               on_change={change(e, move |r, v: String| if let Some(x) = at(r, i) { set_optional_text(&mut x.period, Locale::Vi, &v) })} />
                    <TextField label={W::Note.text(ui)} lang="vi" value={ind.note.as_ref().map(|t| text_in(t, Locale::Vi).to_owned()).unwrap_or_default()}
                               on_change={change(e, move |r, v: String| if let Some(x) = at(r, i) { set_optional_text(&mut x.note, Locale::Vi, &v) })} />
                </div>
                <References index={i} references={ind.references.clone()} {ui} on_edit={e.clone()} />
                <Changes index={i} changes={ind.changes.clone()} {ui} on_edit={e.clone()} />
                <Counts index={i} counts={ind.counts.clone()} {ui} on_edit={e.clone()} />
                <TargetForm index={i} target={ind.target.clone()} {ui} on_edit={e.clone()} />
                <div class="ed-row">
                    <Choice label={W::InSection.text(ui)} value={props.section.map(|s| AttrValue::from(s.to_string())).unwrap_or_default()} options={section_options}
                            on_change={change(e, { let id = id.clone(); move |r, v: String| move_indicator(r, &id, v.parse().ok()) })} />
                    <TextField label={W::Id.text(ui)} value={id.clone()} on_change={change(e, move |r, v: String| rename_indicator(r, i, &v))} />
                </div>
            </details>
            <div class="ed-actions">
                if let Some(sec) = props.section {
                    <Action label={W::MoveUp.text(ui)} describes={AttrValue::from(label.clone())}
                            on_click={act(e, { let id = id.clone(); move |r| move_indicator_in_section(r, sec, &id, true) })} />
                    <Action label={W::MoveDown.text(ui)} describes={AttrValue::from(label.clone())}
                            on_click={act(e, { let id = id.clone(); move |r| move_indicator_in_section(r, sec, &id, false) })} />
                }
                <Action label={W::Remove.text(ui)} describes={AttrValue::from(label)} danger=true on_click={remove} />
            </div>
        </div>
    }
}
