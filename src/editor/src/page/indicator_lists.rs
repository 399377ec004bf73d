//! An indicator's lists: what it is measured against, its changes and its related counts, each
//! entry editable, addable and removable; and the goal still ahead, if there is one.

use report::locale::Locale;
use report::format::{Change, ChangeMeasure, Count, Indicator, Reference, ReferenceKind, Report, Target};
use report::text::Text;
use crate::edit::{set_optional_text, set_text, text_in};
use crate::words::W;
use crate::work::Edit;
use yew::prelude::*;

use super::fields::{act, change, Action, Choice, NumberField, TextField};
use super::focus::{field_soon, removed, List, Removals};

/// One of indicator `i`'s lists (`what`: references, changes, counts), for where the cursor goes.
fn entries(i: usize, what: &str) -> List {
    List { item: AttrValue::from(format!("ed-indicator-{i}-{what}-")), add: AttrValue::from(format!("ed-indicator-{i}-add-{what}")) }
}

/// Add: the edit, then the cursor into the new entry's first field (it is added last, at `len`).
fn adding(edit: Callback<()>, list: List, len: usize) -> Callback<()> {
    Callback::from(move |()| {
        edit.emit(());
        field_soon(list.item_id(len));
    })
}

/// Remove entry `k` of `count`: the edit, said, and the cursor to what took its place.
fn removing(edit: Callback<()>, removals: Option<Removals>, list: List, k: usize, count: usize) -> Callback<()> {
    Callback::from(move |()| {
        edit.emit(());
        removed(&removals, &list, W::EntryRemoved, k, count);
    })
}
use super::options::{choice_of, measures, qualifiers, reference_kinds, value_of};

fn at(r: &mut Report, i: usize) -> Option<&mut Indicator> {
    r.indicators.get_mut(i)
}

fn vi(t: &Option<Text>) -> String {
    t.as_ref().map(|t| text_in(t, Locale::Vi).to_owned()).unwrap_or_default()
}

#[derive(Properties, PartialEq)]
pub struct ReferencesProps {
    pub index: usize,
    pub references: Vec<Reference>,
    pub ui: Locale,
    pub on_edit: Callback<Edit>,
}

#[function_component]
pub fn References(props: &ReferencesProps) -> Html {
    let (i, ui, e) = (props.index, props.ui, &props.on_edit);
    let (list, removals, count) = (entries(i, "references"), use_context::<Removals>(), props.references.len());
    let entry = |k: usize, r: &Reference| {
        html! {
            <li key={k} class="ed-row" id={list.item_id(k)}>
                <Choice label={W::ReferenceKind.text(ui)} value={value_of(Some(r.kind))} options={reference_kinds(ui)}
                        on_change={change(e, move |rep, v: String| if let (Some(r), Some(kind)) = (reference(rep, i, k), choice_of(&v)) { r.kind = kind })} />
                <TextField label={W::By.text(ui)} lang="vi" value={vi(&r.by)}
                           on_change={change(e, move |rep, v: String| if let Some(r) = reference(rep, i, k) { set_optional_text(&mut r.by, Locale::Vi, &v) })} />
                <NumberField label={W::ReferenceValue.text(ui)} value={r.value} {ui}
                             on_change={change(e, move |rep, v: Option<f64>| if let Some(r) = reference(rep, i, k) { r.value = v })} />
                <NumberField label={W::Share.text(ui)} value={r.share} {ui}
                             on_change={change(e, move |rep, v: Option<f64>| if let Some(r) = reference(rep, i, k) { r.share = v })} />
                <Action label={W::Remove.text(ui)} danger=true on_click={removing(act(e, move |rep| if let Some(x) = at(rep, i) { if k < x.references.len() { x.references.remove(k); } }), removals.clone(), list.clone(), k, count)} />
            </li>
        }
    };
    html! {
        <fieldset class="ed-sub">
            <legend>{ W::References.text(ui) }</legend>
            <ul class="ed-list">{ for props.references.iter().enumerate().map(|(k, r)| entry(k, r)) }</ul>
            <Action id={list.add.clone()} label={W::AddReference.text(ui)} on_click={adding(act(e, move |rep| if let Some(x) = at(rep, i) {
                x.references.push(Reference { kind: ReferenceKind::Plan, by: None, value: None, share: None })
            }), list.clone(), count)} />
        </fieldset>
    }
}

fn reference(r: &mut Report, i: usize, k: usize) -> Option<&mut Reference> {
    at(r, i)?.references.get_mut(k)
}

#[derive(Properties, PartialEq)]
pub struct ChangesProps {
    pub index: usize,
    pub changes: Vec<Change>,
    pub ui: Locale,
    pub on_edit: Callback<Edit>,
}

fn change_at(r: &mut Report, i: usize, k: usize) -> Option<&mut Change> {
    at(r, i)?.changes.get_mut(k)
}

#[function_component]
pub fn Changes(props: &ChangesProps) -> Html {
    let (i, ui, e) = (props.index, props.ui, &props.on_edit);
    let (list, removals, count) = (entries(i, "changes"), use_context::<Removals>(), props.changes.len());
    html! {
        <fieldset class="ed-sub">
            <legend>{ W::Changes.text(ui) }</legend>
            <ul class="ed-list">
                { for props.changes.iter().enumerate().map(|(k, c)| html! {
                    <li key={k} class="ed-row" id={list.item_id(k)}>
                        <NumberField label={W::Value.text(ui)} value={Some(c.value)} {ui}
                                     on_change={change(e, move |rep, v: Option<f64>| if let (Some(c), Some(v)) = (change_at(rep, i, k), v) { c.value = v })} />
                        <Choice label={W::Measure.text(ui)} value={value_of(Some(c.measure))} options={measures(ui)}
                                on_change={change(e, move |rep, v: String| if let (Some(c), Some(m)) = (change_at(rep, i, k), choice_of(&v)) { c.measure = m })} />
                        <TextField label={W::Against.text(ui)} lang="vi" value={text_in(&c.against, Locale::Vi).to_owned()}
                                   on_change={change(e, move |rep, v: String| if let Some(c) = change_at(rep, i, k) { set_text(&mut c.against, Locale::Vi, &v) })} />
                        <Action label={W::Remove.text(ui)} danger=true on_click={removing(act(e, move |rep| if let Some(x) = at(rep, i) { if k < x.changes.len() { x.changes.remove(k); } }), removals.clone(), list.clone(), k, count)} />
                    </li>
                }) }
            </ul>
            <Action id={list.add.clone()} label={W::AddChange.text(ui)} on_click={adding(act(e, move |rep| if let Some(x) = at(rep, i) {
                x.changes.push(Change { value: 0.0, measure: ChangeMeasure::Percent, against: Text { vi: Some("cùng kỳ".into()), en: None } })
            }), list.clone(), count)} />
        </fieldset>
    }
}

#[derive(Properties, PartialEq)]
pub struct CountsProps {
    pub index: usize,
    pub counts: Vec<Count>,
    pub ui: Locale,
    pub on_edit: Callback<Edit>,
}

fn count_at(r: &mut Report, i: usize, k: usize) -> Option<&mut Count> {
    at(r, i)?.counts.get_mut(k)
}

#[function_component]
pub fn Counts(props: &CountsProps) -> Html {
    let (i, ui, e) = (props.index, props.ui, &props.on_edit);
    let (list, removals, count) = (entries(i, "counts"), use_context::<Removals>(), props.counts.len());
    html! {
        <fieldset class="ed-sub">
            <legend>{ W::Counts.text(ui) }</legend>
            <ul class="ed-list">
                { for props.counts.iter().enumerate().map(|(k, c)| html! {
                    <li key={k} class="ed-row" id={list.item_id(k)}>
                        <TextField label={W::CountLabel.text(ui)} lang="vi" value={text_in(&c.label, Locale::Vi).to_owned()}
                                   on_change={change(e, move |rep, v: String| if let Some(c) = count_at(rep, i, k) { set_text(&mut c.label, Locale::Vi, &v) })} />
                        <NumberField label={W::Value.text(ui)} value={Some(c.value)} {ui}
                                     on_change={change(e, move |rep, v: Option<f64>| if let (Some(c), Some(v)) = (count_at(rep, i, k), v) { c.value = v })} />
                        <TextField label={W::Unit.text(ui)} lang="vi" value={vi(&c.unit)}
                                   on_change={change(e, move |rep, v: String| if let Some(c) = count_at(rep, i, k) { set_optional_text(&mut c.unit, Locale::Vi, &v) })} />
                        <Action label={W::Remove.text(ui)} danger=true on_click={removing(act(e, move |rep| if let Some(x) = at(rep, i) { if k < x.counts.len() { x.counts.remove(k); } }), removals.clone(), list.clone(), k, count)} />
                    </li>
                }) }
            </ul>
            <Action id={list.add.clone()} label={W::AddCount.text(ui)} on_click={adding(act(e, move |rep| if let Some(x) = at(rep, i) {
                x.counts.push(Count { label: Text::default(), value: 0.0, unit: None })
            }), list.clone(), count)} />
        </fieldset>
    }
}

#[derive(Properties, PartialEq)]
pub struct TargetProps {
    pub index: usize,
    pub target: Option<Target>,
    pub ui: Locale,
    pub on_edit: Callback<Edit>,
}

fn target_at(r: &mut Report, i: usize) -> Option<&mut Target> {
    at(r, i)?.target.as_mut()
}

#[function_component]
pub fn TargetForm(props: &TargetProps) -> Html {
    let (i, ui, e) = (props.index, props.ui, &props.on_edit);
    // One goal or none: a list of at most one, for where the cursor goes.
    let (list, removals) = (entries(i, "target"), use_context::<Removals>());
    html! {
        <fieldset class="ed-sub">
            <legend>{ W::Target.text(ui) }</legend>
            if let Some(t) = &props.target {
                <div class="ed-row" id={list.item_id(0)}>
                    <Choice label={W::Qualifier.text(ui)} value={value_of(t.qualifier)} options={qualifiers(ui)}
                            on_change={change(e, move |rep, v: String| if let Some(t) = target_at(rep, i) { t.qualifier = choice_of(&v) })} />
                    <NumberField label={W::Value.text(ui)} value={Some(t.value)} {ui}
                                 on_change={change(e, move |rep, v: Option<f64>| if let (Some(t), Some(v)) = (target_at(rep, i), v) { t.value = v })} />
                    <TextField label={W::Deadline.text(ui)} lang="vi" value={vi(&t.deadline)}
                               on_change={change(e, move |rep, v: String| if let Some(t) = target_at(rep, i) { set_optional_text(&mut t.deadline, Locale::Vi, &v) })} />
                    <Action label={W::Remove.text(ui)} danger=true on_click={removing(act(e, move |rep| if let Some(x) = at(rep, i) { x.target = None }), removals, list.clone(), 0, 1)} />
                </div>
            } else {
                <Action id={list.add.clone()} label={W::AddTarget.text(ui)} on_click={adding(act(e, move |rep| if let Some(x) = at(rep, i) {
                    x.target = Some(Target { value: 0.0, qualifier: None, deadline: None })
                }), list.clone(), 0)} />
            }
        </fieldset>
    }
}
