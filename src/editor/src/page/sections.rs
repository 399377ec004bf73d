//! The sections: title, kind, id, paragraphs and bullet items; added and removed.

use report::locale::Locale;
use report::format::{Section, SectionKind};
use crate::edit::{add_indicator, add_section, paragraphs_in, remove_section, rename_section, set_paragraphs, set_text, text_in};
use crate::words::W;
use crate::work::Edit;
use yew::prelude::*;

use super::fields::{act, change, Action, Choice, TextField};

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
    pub ui: Locale,
    pub on_edit: Callback<Edit>,
}

#[function_component]
pub fn Sections(props: &SectionsProps) -> Html {
    let (ui, e) = (props.ui, &props.on_edit);
    html! {
        <fieldset class="ed-card">
            <legend>{ W::Sections.text(ui) }</legend>
            <ol class="ed-list">
                { for props.sections.iter().enumerate().map(|(i, s)| html! { <li key={i}><SectionForm index={i} section={s.clone()} {ui} on_edit={e.clone()} /></li> }) }
            </ol>
            <div class="ed-actions">
                <Action label={W::AddSection.text(ui)} on_click={act(e, |r| { add_section(r); })} />
            </div>
        </fieldset>
    }
}

#[derive(Properties, PartialEq)]
struct SectionFormProps {
    index: usize,
    section: Section,
    ui: Locale,
    on_edit: Callback<Edit>,
}

#[function_component]
fn SectionForm(props: &SectionFormProps) -> Html {
    let (i, s, ui, e) = (props.index, &props.section, props.ui, &props.on_edit);
    let kind = serde_json::to_value(s.kind).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default();
    let title = text_in(&s.title, Locale::Vi).to_owned();
    html! {
        <div class="ed-item" id={format!("ed-section-{i}")}>
            <TextField label={W::Title.text(ui)} lang="vi" value={title.clone()}
                       on_change={change(e, move |r, v: String| if let Some(s) = r.sections.get_mut(i) { set_text(&mut s.title, Locale::Vi, &v) })} />
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
            <div class="ed-actions">
                <Action label={W::AddIndicator.text(ui)} describes={AttrValue::from(title.clone())} on_click={act(e, move |r| { add_indicator(r, i); })} />
                <Action label={W::Remove.text(ui)} describes={AttrValue::from(title)} danger=true on_click={act(e, move |r| remove_section(r, i))} />
            </div>
        </div>
    }
}
