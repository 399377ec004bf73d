//! One collapsible section: a heading whose button controls the content region (the WAI-ARIA
//! accordion pattern), so it works with keyboard and screen readers as well as with a pointer.

use yew::prelude::*;

use super::figure::FigureCard;
use super::header::photos;
use super::text::tr;
use super::{ReportRef, ReportText};
use report::wording::Msg;
use report::locale::Locale;
use report::view_state::Action;

#[derive(Properties, PartialEq)]
pub struct SectionProps {
    pub report: ReportRef,
    /// The report's text (the chart bundle reads it).
    pub source: ReportText,
    pub index: usize,
    pub open: bool,
    /// Whether the content is built while the section is closed (see ReportView).
    pub build_closed: bool,
    pub locale: Locale,
    /// Which of this section's charts are shown as tables.
    pub tables: Vec<usize>,
    /// Unique on the page; the button and region ids derive from it.
    pub dom_id: AttrValue,
    pub dispatch: Callback<Action>,
    pub on_copy_link: Option<Callback<Option<String>>>,
}

#[function_component]
pub fn SectionView(props: &SectionProps) -> Html {
    let l = props.locale;
    let report = &props.report;
    let Some(s) = report.sections.get(props.index) else { return html! {} };
    let button_id = format!("{}-btn", props.dom_id);
    let region_id = format!("{}-body", props.dom_id);
    let class = classes!("sr-section", props.open.then_some("sr-section--open"));
    let kind = Msg::SectionKind(s.kind).text(l);
    // "KINH TẾ / Kinh tế" says the same thing twice; the kind only adds something when it differs.
    // Case-sensitive on purpose: Unicode lowercasing would add its tables (~5 KB) to every download.
    let letters = |t: &str| {
        t.chars().filter(|c| !(c.is_ascii_punctuation() || c.is_whitespace() || matches!(c, '–' | '—'))).collect::<String>()
    };
    let kind_differs = s.title.resolve(l).is_none_or(|t| letters(t.text) != letters(kind));
    html! {
        <>
        <section class={class} id={props.dom_id.clone()} data-section={s.id.clone()}>
            <h3 class="sr-section__heading">
                <button type="button" class="sr-section__toggle" id={button_id.clone()}
                        aria-expanded={props.open.to_string()} aria-controls={region_id.clone()}
                        onclick={props.dispatch.reform({ let i = props.index; move |_| Action::Toggle(i) })}>
                    if kind_differs { <span class="sr-section__kind">{ kind }</span> }
                    <span class="sr-section__title">{ tr(&s.title, l) }</span>
                    <span class="sr-chevron" aria-hidden="true"></span>
                </button>
            </h3>
            <div class="sr-section__body" id={region_id} role="region" aria-labelledby={button_id}
                 hidden={!props.open}>
                // A long report's closed sections cost a heading each: their content is built
                // when they open (the region stays, for aria-controls).
                if props.open || props.build_closed {
                    if let Some(copy) = &props.on_copy_link {
                        <button type="button" class="sr-link-btn" data-action="copy-section-link"
                                onclick={copy.reform({ let id = s.id.clone(); move |_| Some(id.clone()) })}>
                            { Msg::CopySectionLink.text(l) }
                        </button>
                    }
                    { for s.paragraphs.iter().map(|p| html! { <p>{ tr(p, l) }</p> }) }
                    if !s.items.is_empty() {
                        <ul class="sr-items">
                            { for s.items.iter().map(|i| html! { <li>{ tr(i, l) }</li> }) }
                        </ul>
                    }
                    if !s.indicators.is_empty() {
                        <div class="sr-figures" role="list" aria-label={Msg::Indicators.text(l)}>
                            { for s.indicators.iter().filter_map(|id| report.indicator(id)).map(|ind| html! {
                                <FigureCard report={report.clone()} id={ind.id.clone()} locale={l} />
                            }) }
                        </div>
                    }
                    { charts(props) }
                }
            </div>
        </section>
        { photos(report, Some(&s.id), l) }
        </>
    }
}

#[cfg(feature = "charts")]
fn charts(props: &SectionProps) -> Html {
    use super::chart::ChartFigure;
    let report = &props.report;
    let Some(s) = report.sections.get(props.index) else { return html! {} };
    html! {
        { for report::chart::charts_for(report, s).into_iter().enumerate().map(|(n, spec)| {
            let section = props.index;
            html! {
                <ChartFigure report={report.clone()} source={props.source.clone()} section={section} n={n}
                             spec={spec} locale={props.locale}
                             dom_id={format!("{}-chart{n}", props.dom_id)} file_prefix={s.id.clone()}
                             as_table={props.tables.contains(&n)}
                             on_toggle_table={props.dispatch.reform(move |_| Action::ToggleTable(section, n))} />
            }
        }) }
    }
}

#[cfg(not(feature = "charts"))]
fn charts(_: &SectionProps) -> Html {
    Html::default()
}
