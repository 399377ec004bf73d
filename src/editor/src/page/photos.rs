//! The photos: each caption in the form, the section it is shown after, its image address;
//! made a paragraph again or removed. A paragraph becomes a caption from its section's form.

use report::format::Photo;
use report::locale::Locale;
use yew::prelude::*;

use crate::edit::{set_text, text_in};
use crate::structure::caption_to_paragraph;
use crate::words::W;
use crate::work::Edit;

use super::fields::{act, change, Action, Choice, TextField};
use super::focus::{control_soon, removed, List, Removals};

/// The photos have no Add button (a caption becomes a photo from its section): once the last is
/// removed, the cursor lands on the note that says so.
fn photo_list() -> List {
    List { item: AttrValue::Static("ed-photo-"), add: AttrValue::Static("ed-photos-none") }
}

#[derive(Properties, PartialEq)]
pub struct PhotosProps {
    pub photos: Vec<Photo>,
    /// (id, heading) of every section: where a photo can be shown.
    pub sections: Vec<(String, String)>,
    pub ui: Locale,
    pub on_edit: Callback<Edit>,
}

#[function_component]
pub fn Photos(props: &PhotosProps) -> Html {
    let (ui, e) = (props.ui, &props.on_edit);
    let removals = use_context::<Removals>();
    let count = props.photos.len();
    let places: Vec<(AttrValue, AttrValue)> = std::iter::once((AttrValue::Static(""), AttrValue::Static(W::AfterHeader.text(ui))))
        .chain(props.sections.iter().enumerate().map(|(k, (id, t))| (AttrValue::from(id.clone()), AttrValue::from(format!("{}. {t}", k + 1)))))
        .collect();
    let row = |i: usize, p: &Photo| {
        let caption = text_in(&p.caption, Locale::Vi).to_owned();
        let remove = {
            let (edit, removals) = (act(e, move |r| { if i < r.meta.photos.len() { r.meta.photos.remove(i); } }), removals.clone());
            Callback::from(move |()| {
                edit.emit(());
                removed(&removals, &photo_list(), W::PhotoRemoved, i, count);
            })
        };
        html! {
            <li key={i} class="ed-item" id={format!("ed-photo-{i}")}>
                <TextField label={W::Caption.text(ui)} lang="vi" multiline=true value={caption.clone()}
                           on_change={change(e, move |r, v: String| if let Some(p) = r.meta.photos.get_mut(i) { set_text(&mut p.caption, Locale::Vi, &v) })} />
                <div class="ed-row">
                    <Choice label={W::ShownAfter.text(ui)} value={AttrValue::from(p.section.clone().unwrap_or_default())} options={places.clone()}
                            on_change={change(e, move |r, v: String| if let Some(p) = r.meta.photos.get_mut(i) { p.section = Some(v).filter(|v| !v.is_empty()) })} />
                    <TextField label={W::ImageAddress.text(ui)} value={p.src.clone().unwrap_or_default()}
                               on_change={change(e, move |r, v: String| if let Some(p) = r.meta.photos.get_mut(i) { p.src = Some(v.trim().to_owned()).filter(|v| !v.is_empty()) })} />
                </div>
                <div class="ed-actions">
                    <Action label={W::CaptionToParagraph.text(ui)} describes={AttrValue::from(caption.clone())}
                            on_click={{
                                // The photo leaves the list: the cursor goes where a removal's would.
                                let edit = act(e, move |r| { caption_to_paragraph(r, i); });
                                Callback::from(move |()| {
                                    edit.emit(());
                                    control_soon(photo_list().landing(i, count.saturating_sub(1)));
                                })
                            }} />
                    <Action label={W::Remove.text(ui)} describes={AttrValue::from(caption)} danger=true on_click={remove} />
                </div>
            </li>
        }
    };
    html! {
        <fieldset class="ed-card">
            <legend>{ W::Photos.text(ui) }{ format!(" ({})", props.photos.len()) }</legend>
            if props.photos.is_empty() { <p class="ed-note" id="ed-photos-none" tabindex="-1">{ W::NoPhotos.text(ui) }</p> }
            <ol class="ed-list">{ for props.photos.iter().enumerate().map(|(i, p)| row(i, p)) }</ol>
        </fieldset>
    }
}
