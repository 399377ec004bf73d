//! The sections: title, kind, id, paragraphs and bullet items; added and removed.

use report::locale::Locale;
use report::format::{Section, SectionKind};
use crate::edit::{add_indicator, add_section, paragraphs_in, remove_section, rename_section, set_paragraphs, text_in};
use crate::structure::{move_paragraph, move_section, paragraph_start, set_section_title, Destination};
use crate::words::W;
use crate::work::Edit;
use yew::prelude::*;

use super::fields::{act, change, Action, Choice, TextField};
use super::focus::{field_soon, removed, List, Removals};
use super::indicator::indicator_list;

fn section_list() -> List {
    List { item: AttrValue::Static("ed-section-"), add: AttrValue::Static("ed-add-section") }
}

/// The kinds as the editor names them, with their JSON value.
pub fn kind_options(ui: Locale) -> Vec<(AttrValue, AttrValue)> {
    SectionKind::ALL
        .iter()
        .map(|k| {
            let value = serde_json::to_value(k).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default();
            (AttrValue::from(value), AttrValue::Static(kind_name(*k, ui)))
        })
        .collect()
}

fn kind_name(k: SectionKind, ui: Locale) -> &'static str {
    use SectionKind::*;
    let (vi, en) = match k {
        PartyBuilding => ("Xây dựng Đảng", "Party building"),
        ResolutionImplementation => ("Triển khai nghị quyết", "Putting resolutions into practice"),
        Economy => ("Kinh tế", "Economy"),
        CultureSociety => ("Văn hóa – xã hội", "Culture and society"),
        Discussion => ("Thảo luận", "Discussion"),
        ProposedTasks => ("Đề nghị", "Proposed tasks"),
        Conclusion => ("Kết luận", "Conclusion"),
        Directives => ("Chỉ đạo", "Directives"),
        Other => ("Khác", "Other"),
    };
    if ui == Locale::Vi { vi } else { en }
}

#[derive(Properties, PartialEq)]
pub struct SectionsProps {
    pub sections: Vec<Section>,
    /// How many indicators the report has: the index an added one gets.
    pub indicators: usize,
    pub ui: Locale,
    pub on_edit: Callback<Edit>,
}

#[function_component]
pub fn Sections(props: &SectionsProps) -> Html {
    let (ui, e) = (props.ui, &props.on_edit);
    let titles: Vec<String> = props
        .sections
        .iter()
        .map(|s| Some(text_in(&s.title, Locale::Vi)).filter(|t| !t.trim().is_empty()).unwrap_or(W::UntitledSection.text(ui)).to_owned())
        .collect();
    html! {
        <fieldset class="ed-card">
            <legend>{ W::Sections.text(ui) }</legend>
            <ol class="ed-list">
                { for props.sections.iter().enumerate().map(|(i, s)| html! {
                    <li key={i}><SectionForm index={i} section={s.clone()} titles={titles.clone()} indicators={props.indicators} {ui} on_edit={e.clone()} /></li>
                }) }
            </ol>
            <div class="ed-actions">
                <Action id="ed-add-section" label={W::AddSection.text(ui)} on_click={{
                    let (edit, new) = (act(e, |r| { add_section(r); }), section_list().item_id(props.sections.len()));
                    Callback::from(move |()| { edit.emit(()); field_soon(new.clone()); })
                }} />
            </div>
        </fieldset>
    }
}

#[derive(Properties, PartialEq)]
struct SectionFormProps {
    index: usize,
    section: Section,
    /// Every section's heading, by position: where a paragraph can go.
    titles: Vec<String>,
    /// How many indicators the report has: the index an added one gets.
    indicators: usize,
    ui: Locale,
    on_edit: Callback<Edit>,
}

#[function_component]
fn SectionForm(props: &SectionFormProps) -> Html {
    let (i, s, ui, e) = (props.index, &props.section, props.ui, &props.on_edit);
    let kind = serde_json::to_value(s.kind).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default();
    let title = text_in(&s.title, Locale::Vi).to_owned();
    let removals = use_context::<Removals>();
    let count = props.titles.len();
    let remove = {
        let edit = act(e, move |r| remove_section(r, i));
        Callback::from(move |()| {
            edit.emit(());
            removed(&removals, &section_list(), W::SectionRemoved, i, count);
        })
    };
    let add_here = {
        let (edit, new) = (act(e, move |r| { add_indicator(r, i); }), indicator_list().item_id(props.indicators));
        Callback::from(move |()| {
            edit.emit(());
            field_soon(new.clone());
        })
    };
    html! {
        <div class="ed-item" id={format!("ed-section-{i}")}>
            <TextField label={W::Title.text(ui)} lang="vi" value={title.clone()}
                       on_change={change(e, move |r, v: String| set_section_title(r, i, &v))} />
            <div class="ed-row">
                <Choice label={W::Kind.text(ui)} value={kind} options={kind_options(ui)}
                        on_change={change(e, move |r, v: String| {
                            if let (Some(s), Ok(k)) = (r.sections.get_mut(i), serde_json::from_value(serde_json::Value::String(v))) { s.kind = k }
                        })} />
                <TextField label={W::Id.text(ui)} value={s.id.clone()} on_change={change(e, move |r, v: String| rename_section(r, i, &v))} />
            </div>
            <TextField label={W::Paragraphs.text(ui)} lang="vi" multiline=true value={paragraphs_in(&s.paragraphs, Locale::Vi)}
                       on_change={change(e, move |r, v: String| if let Some(s) = r.sections.get_mut(i) { set_paragraphs(&mut s.paragraphs, Locale::Vi, &v) })} />
            <TextField label={W::Items.text(ui)} lang="vi" multiline=true value={paragraphs_in(&s.items, Locale::Vi)}
                       on_change={change(e, move |r, v: String| if let Some(s) = r.sections.get_mut(i) { set_paragraphs(&mut s.items, Locale::Vi, &v) })} />
            if !s.paragraphs.is_empty() {
                <MoveParagraph index={i} paragraphs={s.paragraphs.iter().map(paragraph_start).collect::<Vec<_>>()} titles={props.titles.clone()} {ui} on_edit={e.clone()} />
            }
            <div class="ed-actions">
                <Action label={W::MoveUp.text(ui)} describes={AttrValue::from(title.clone())} on_click={act(e, move |r| move_section(r, i, true))} />
                <Action label={W::MoveDown.text(ui)} describes={AttrValue::from(title.clone())} on_click={act(e, move |r| move_section(r, i, false))} />
                <Action label={W::AddIndicator.text(ui)} describes={AttrValue::from(title.clone())} on_click={add_here} />
                <Action label={W::Remove.text(ui)} describes={AttrValue::from(title)} danger=true on_click={remove} />
            </div>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct MoveParagraphProps {
    index: usize,
    /// The start of each of the section's paragraphs.
    paragraphs: Vec<String>,
    titles: Vec<String>,
    ui: Locale,
    on_edit: Callback<Edit>,
}

/// One paragraph to another section, or a new section from it on: two choices and a button.
#[function_component]
fn MoveParagraph(props: &MoveParagraphProps) -> Html {
    let (i, ui) = (props.index, props.ui);
    let paragraph = use_state(|| 0usize);
    let to = use_state(|| String::from("split"));
    let paragraphs: Vec<(AttrValue, AttrValue)> =
        props.paragraphs.iter().enumerate().map(|(k, p)| (AttrValue::from(k.to_string()), AttrValue::from(format!("{}. {p}", k + 1)))).collect();
    let targets: Vec<(AttrValue, AttrValue)> = [("split", W::SplitHere), ("photo", W::ToPhoto)]
        .into_iter()
        .map(|(v, w)| (AttrValue::Static(v), AttrValue::Static(w.text(ui))))
        .chain(props.titles.iter().enumerate().filter(|(k, _)| *k != i).map(|(k, t)| (AttrValue::from(k.to_string()), AttrValue::from(format!("{}. {t}", k + 1)))))
        .collect();
    let chosen = (*paragraph).min(props.paragraphs.len().saturating_sub(1));
    let destination = match to.as_str() {
        "split" => Some(Destination::SplitHere),
        "photo" => Some(Destination::Photo),
        n => n.parse().ok().map(Destination::Section),
    };
    let go = {
        let (paragraph, to) = (paragraph.clone(), to.clone());
        let edit = act(&props.on_edit, move |r| {
            if let Some(d) = destination {
                move_paragraph(r, i, chosen, d);
            }
        });
        Callback::from(move |()| {
            edit.emit(());
            paragraph.set(0);
            to.set("split".into());
        })
    };
    let set_paragraph = {
        let paragraph = paragraph.clone();
        Callback::from(move |v: String| paragraph.set(v.parse().unwrap_or(0)))
    };
    let set_to = {
        let to = to.clone();
        Callback::from(move |v: String| to.set(v))
    };
    html! {
        <div class="ed-row ed-move">
            <Choice label={W::ParagraphToMove.text(ui)} value={AttrValue::from(chosen.to_string())} options={paragraphs} on_change={set_paragraph} />
            <Choice label={W::MoveTo.text(ui)} value={AttrValue::from((*to).clone())} options={targets} on_change={set_to} />
            <Action label={W::MoveParagraph.text(ui)} on_click={go} />
        </div>
    }
}
