//! The participants: each person with their roles (or a group named without persons) and side.

use report::locale::Locale;
use report::format::{Participant, Side};
use crate::edit::{add_participant, paragraphs_in, set_optional_text, set_paragraphs, text_in};
use crate::words::W;
use crate::work::Edit;
use yew::prelude::*;

use super::fields::{act, change, Action, Choice, TextField};
use super::focus::{field_soon, removed, List, Removals};

fn person_list() -> List {
    List { item: AttrValue::Static("ed-person-"), add: AttrValue::Static("ed-add-person") }
}

#[derive(Properties, PartialEq)]
pub struct PeopleProps {
    pub people: Vec<Participant>,
    pub ui: Locale,
    pub on_edit: Callback<Edit>,
}

pub fn side_options(ui: Locale) -> Vec<(AttrValue, AttrValue)> {
    [("delegation", W::Delegation), ("host", W::Host), ("other", W::OtherSide)]
        .into_iter()
        .map(|(v, w)| (AttrValue::Static(v), AttrValue::Static(w.text(ui))))
        .collect()
}

fn side_of(value: &str) -> Side {
    match value {
        "host" => Side::Host,
        "other" => Side::Other,
        _ => Side::Delegation,
    }
}

#[function_component]
pub fn People(props: &PeopleProps) -> Html {
    let (ui, e) = (props.ui, &props.on_edit);
    // Added last: the cursor goes into its name.
    let add = |group: bool| {
        let (edit, new) = (act(e, move |r| add_participant(r, group, Side::Delegation)), person_list().item_id(props.people.len()));
        Callback::from(move |()| {
            edit.emit(());
            field_soon(new.clone());
        })
    };
    html! {
        <fieldset class="ed-card">
            <legend>{ W::People.text(ui) }</legend>
            <ol class="ed-list">
                { for props.people.iter().enumerate().map(|(i, p)| html! { <li key={i}><Person index={i} person={p.clone()} count={props.people.len()} {ui} on_edit={e.clone()} /></li> }) }
            </ol>
            <div class="ed-actions">
                <Action id="ed-add-person" label={W::AddPerson.text(ui)} on_click={add(false)} />
                <Action label={W::AddGroup.text(ui)} on_click={add(true)} />
            </div>
        </fieldset>
    }
}

#[derive(Properties, PartialEq)]
struct PersonProps {
    index: usize,
    person: Participant,
    /// How many participants there are: where the cursor goes after Remove.
    count: usize,
    ui: Locale,
    on_edit: Callback<Edit>,
}

#[function_component]
fn Person(props: &PersonProps) -> Html {
    let (i, p, ui, e) = (props.index, &props.person, props.ui, &props.on_edit);
    let side = match p.side {
        Side::Delegation => "delegation",
        Side::Host => "host",
        Side::Other => "other",
    };
    let name = match (&p.person, &p.group) {
        (Some(name), _) => html! {
            <TextField label={W::Name.text(ui)} lang="vi" value={name.clone()}
                       on_change={change(e, move |r, v: String| if let Some(p) = r.participants.get_mut(i) { p.person = Some(v) })} />
        },
        (None, group) => html! {
            <TextField label={W::GroupName.text(ui)} lang="vi" value={group.as_ref().map(|g| text_in(g, Locale::Vi).to_owned()).unwrap_or_default()}
                       on_change={change(e, move |r, v: String| if let Some(p) = r.participants.get_mut(i) { set_optional_text(&mut p.group, Locale::Vi, &v) })} />
        },
    };
    let who = p.person.clone().or_else(|| p.group.as_ref().map(|g| text_in(g, Locale::Vi).to_owned())).unwrap_or_default();
    let remove = {
        let (edit, removals, count) = (act(e, move |r| { if i < r.participants.len() { r.participants.remove(i); } }), use_context::<Removals>(), props.count);
        Callback::from(move |()| {
            edit.emit(());
            removed(&removals, &person_list(), W::PersonRemoved, i, count);
        })
    };
    html! {
        <div class="ed-item" id={format!("ed-person-{i}")}>
            <div class="ed-row">
                { name }
                <Choice label={W::Side.text(ui)} value={side} options={side_options(ui)}
                        on_change={change(e, move |r, v: String| if let Some(p) = r.participants.get_mut(i) { p.side = side_of(&v) })} />
            </div>
            if p.person.is_some() {
                <TextField label={W::Roles.text(ui)} lang="vi" multiline=true value={paragraphs_in(&p.roles, Locale::Vi)}
                           on_change={change(e, move |r, v: String| if let Some(p) = r.participants.get_mut(i) { set_paragraphs(&mut p.roles, Locale::Vi, &v) })} />
            }
            <Action label={W::Remove.text(ui)} describes={AttrValue::from(who)} danger=true on_click={remove} />
        </div>
    }
}
