//! The report's masthead (title, standfirst, dates, place, source, author) and its photos.

use yew::prelude::*;

use super::text::tr;
use super::ReportRef;
use report::wording::Msg;
use report::locale::{self, Locale};
use report::format::Report;
use report::validate::is_web_url;

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    pub report: ReportRef,
    pub locale: Locale,
    /// The other site the report file came from: readers see who published what they read.
    pub foreign: Option<AttrValue>,
}

#[function_component]
pub fn Header(props: &HeaderProps) -> Html {
    let l = props.locale;
    let meta = &props.report.meta;
    let row = |label: Msg, value: Html| html! {
        <div class="sr-meta__row"><dt>{ label.text(l) }</dt><dd>{ value }</dd></div>
    };
    let date = |d: report::date::Date| html! { <time datetime={d.to_string()}>{ locale::date(d, l) }</time> };
    // Validation already refuses other schemes; checked again because this becomes an href.
    let link = meta.source.url.as_deref().filter(|u| is_web_url(u));
    html! {
        <header class="sr-header">
            <p class="sr-eyebrow">{ Msg::ReportLabel.text(l) }</p>
            <h2 class="sr-title">{ tr(&meta.title, l) }</h2>
            if let Some(lede) = &meta.lede {
                <p class="sr-lede">{ tr(lede, l) }</p>
            }
            <dl class="sr-meta">
                { row(Msg::EventDate, date(meta.event_date)) }
                if let Some(p) = meta.published { { row(Msg::Published, date(p)) } }
                { row(Msg::Place, html! { { tr(&meta.place, l) } }) }
                { row(Msg::Source, html! {
                    <>
                        { tr(&meta.source.outlet, l) }
                        if let Some(url) = link {
                            { " · " }
                            <a href={url.to_owned()} rel="noopener noreferrer" target="_blank">
                                { Msg::OriginalArticle.text(l) }
                            </a>
                        }
                    </>
                }) }
                if let Some(a) = &meta.author { { row(Msg::Author, html! { { a.clone() } }) } }
                if let Some(origin) = &props.foreign {
                    { row(Msg::ReportFileFrom, html! { <span class="sr-meta__origin" data-origin="">{ origin.clone() }</span> }) }
                }
            </dl>
        </header>
    }
}

/// The photos placed after `section` (after the header when `None`).
pub fn photos(report: &Report, section: Option<&str>, l: Locale) -> Html {
    html! {
        { for report.meta.photos.iter().filter(|p| p.section.as_deref() == section).map(|p| html! {
            <figure class="sr-photo">
                if let Some(src) = &p.src {
                    <img src={src.clone()} alt="" loading="lazy" decoding="async" />
                }
                <figcaption>
                    <span class="sr-photo__label">{ format!("{}: ", Msg::Photo.text(l)) }</span>
                    { tr(&p.caption, l) }
                </figcaption>
            </figure>
        }) }
    }
}
