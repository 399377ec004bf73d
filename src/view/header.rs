//! The report's masthead (title, standfirst, dates, place, source, author) and its photos.

use yew::prelude::*;

use super::text::Tr;
use super::ReportRef;
use crate::core::i18n::Msg;
use crate::core::locale::{self, Locale};
use crate::core::validate::is_web_url;

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    pub report: ReportRef,
    pub locale: Locale,
}

#[function_component]
pub fn Header(props: &HeaderProps) -> Html {
    let l = props.locale;
    let meta = &props.report.meta;
    let row = |label: Msg, value: Html| html! {
        <div class="sr-meta__row"><dt>{ label.text(l) }</dt><dd>{ value }</dd></div>
    };
    let date = |d: crate::core::date::Date| html! { <time datetime={d.to_string()}>{ locale::date(d, l) }</time> };
    // Validation already refuses other schemes; checked again because this becomes an href.
    let link = meta.source.url.as_deref().filter(|u| is_web_url(u));
    html! {
        <header class="sr-header">
            <p class="sr-eyebrow">{ Msg::ReportLabel.text(l) }</p>
            <h2 class="sr-title"><Tr text={meta.title.clone()} locale={l} /></h2>
            if let Some(lede) = &meta.lede {
                <p class="sr-lede"><Tr text={lede.clone()} locale={l} /></p>
            }
            <dl class="sr-meta">
                { row(Msg::EventDate, date(meta.event_date)) }
                if let Some(p) = meta.published { { row(Msg::Published, date(p)) } }
                { row(Msg::Place, html! { <Tr text={meta.place.clone()} locale={l} /> }) }
                { row(Msg::Source, html! {
                    <>
                        <Tr text={meta.source.outlet.clone()} locale={l} />
                        if let Some(url) = link {
                            { " · " }
                            <a href={url.to_owned()} rel="noopener noreferrer" target="_blank">
                                { Msg::OriginalArticle.text(l) }
                            </a>
                        }
                    </>
                }) }
                if let Some(a) = &meta.author { { row(Msg::Author, html! { { a.clone() } }) } }
            </dl>
        </header>
    }
}

#[derive(Properties, PartialEq)]
pub struct PhotosProps {
    pub report: ReportRef,
    /// Photos placed after this section; `None` for those placed after the header.
    pub section: Option<AttrValue>,
    pub locale: Locale,
}

#[function_component]
pub fn Photos(props: &PhotosProps) -> Html {
    let l = props.locale;
    let here = props.section.as_deref();
    html! {
        { for props.report.meta.photos.iter().filter(|p| p.section.as_deref() == here).map(|p| html! {
            <figure class="sr-photo">
                if let Some(src) = &p.src {
                    <img src={src.clone()} alt="" loading="lazy" decoding="async" />
                }
                <figcaption>
                    <span class="sr-photo__label">{ format!("{}: ", Msg::Photo.text(l)) }</span>
                    <Tr text={p.caption.clone()} locale={l} />
                </figcaption>
            </figure>
        }) }
    }
}
