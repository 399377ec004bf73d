//! The session's facts: title, standfirst, dates, place, outlet, source address and byline.

use report::date::Date;
use report::locale::Locale;
use report::format::Meta;
use crate::edit::{set_optional_text, set_text, text_in};
use crate::words::W;
use crate::work::Edit;
use yew::prelude::*;

use super::fields::{change, DateField, TextField};

#[derive(Properties, PartialEq)]
pub struct AboutProps {
    pub meta: Meta,
    pub ui: Locale,
    pub on_edit: Callback<Edit>,
}

#[function_component]
pub fn About(props: &AboutProps) -> Html {
    let (m, ui, e) = (&props.meta, props.ui, &props.on_edit);
    let vi = Some(AttrValue::Static("vi"));
    html! {
        <fieldset class="ed-card">
            <legend>{ W::About.text(ui) }</legend>
            <TextField id="ed-meta-title" label={W::Title.text(ui)} lang={vi.clone()} value={text_in(&m.title, Locale::Vi).to_owned()}
                       on_change={change(e, |r, v: String| set_text(&mut r.meta.title, Locale::Vi, &v))} />
            <TextField label={W::Lede.text(ui)} lang={vi.clone()} multiline=true
                       value={m.lede.as_ref().map(|t| text_in(t, Locale::Vi).to_owned()).unwrap_or_default()}
                       on_change={change(e, |r, v: String| set_optional_text(&mut r.meta.lede, Locale::Vi, &v))} />
            <div class="ed-row">
                <DateField id="ed-meta-event_date" label={W::EventDate.text(ui)} value={Some(m.event_date)} {ui}
                           on_change={change(e, |r, v: Option<Date>| if let Some(d) = v { r.meta.event_date = d })} />
                <DateField id="ed-meta-published" label={W::Published.text(ui)} value={m.published} {ui}
                           on_change={change(e, |r, v: Option<Date>| r.meta.published = v)} />
            </div>
            <TextField id="ed-meta-place" label={W::Place.text(ui)} lang={vi.clone()} value={text_in(&m.place, Locale::Vi).to_owned()}
                       on_change={change(e, |r, v: String| set_text(&mut r.meta.place, Locale::Vi, &v))} />
            <div class="ed-row">
                <TextField id="ed-meta-source-outlet" label={W::Outlet.text(ui)} lang={vi.clone()} value={text_in(&m.source.outlet, Locale::Vi).to_owned()}
                           on_change={change(e, |r, v: String| set_text(&mut r.meta.source.outlet, Locale::Vi, &v))} />
                <TextField id="ed-meta-author" label={W::Author.text(ui)} lang={vi} value={m.author.clone().unwrap_or_default()}
                           on_change={change(e, |r, v: String| r.meta.author = (!v.trim().is_empty()).then_some(v))} />
            </div>
            <TextField label={W::Url.text(ui)} kind="url" value={m.source.url.clone().unwrap_or_default()}
                       on_change={change(e, |r, v: String| r.meta.source.url = (!v.trim().is_empty()).then_some(v))} />
        </fieldset>
    }
}
