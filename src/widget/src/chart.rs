//! One indicator chart: title, a description generated from the data, the SVG (laid out for the
//! container's current width), a "show as table" toggle, and downloads (SVG, PNG, CSV).

use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, Element, HtmlCanvasElement, ResizeObserver};
use yew::prelude::*;

use super::download::png::save_svg_as_png;
use super::download::save_text;
use super::ReportRef;
use report::chart::csv::to_csv;
use report::chart::data::chart_data;
use report::chart::layout::{layout, layout_measured, text_width, Measure};
use report::chart::svg::render_svg;
use report::chart::ChartSpec;
use report::wording::Msg;
use report::locale::Locale;

#[derive(Properties, PartialEq)]
pub struct ChartProps {
    pub report: ReportRef,
    pub spec: ChartSpec,
    pub locale: Locale,
    /// Unique on the page; also names the downloaded files.
    pub dom_id: AttrValue,
    pub file_prefix: AttrValue,
    /// Shown as a table instead of a picture (part of the view state, so share links keep it).
    pub as_table: bool,
    pub on_toggle_table: Callback<MouseEvent>,
}

/// Widths are rounded to this step so that a resize redraws only when it changes the picture.
const WIDTH_STEP: u32 = 16;
/// Until the container is measured (and when pre-rendered), draw for the chart's width in a
/// widget at its maximum width (48em of widget.css, less paddings: 726 px, stepped): desktop
/// readers then see the pre-rendered charts stay exactly as they are when the wasm takes over
/// (tests/e2e/prerender.test.mjs). Narrower screens redraw them once for their width.
const DEFAULT_WIDTH: u32 = 720;

#[function_component]
pub fn ChartFigure(props: &ChartProps) -> Html {
    let l = props.locale;
    let width = use_state_eq(|| DEFAULT_WIDTH);
    // Until the widget's font is known (and when pre-rendered), text widths are estimated.
    let font = use_state_eq(|| None::<Rc<FontMeasure>>);
    let figure_ref = use_node_ref();
    use_container_width(figure_ref.clone(), width.clone(), font.clone());

    let data = use_memo((props.report.clone(), props.spec.clone(), l), |(r, spec, l)| {
        Rc::new(chart_data(r, spec, *l))
    });
    let drawn = use_memo((data.clone(), *width, (*font).clone()), |(data, width, font)| {
        let layout = match font {
            Some(font) => layout_measured(data, *width, font.as_ref()),
            None => layout(data, *width),
        };
        (render_svg(&layout), layout.width, layout.height)
    });
    let (title_id, desc_id) = (format!("{}-title", props.dom_id), format!("{}-desc", props.dom_id));
    let stem = format!("{}-{}", props.file_prefix, data.file_stem);

    let as_table = props.as_table;
    let save_svg = {
        let (drawn, name) = (drawn.clone(), format!("{stem}.svg"));
        Callback::from(move |_: MouseEvent| save_text(&name, "image/svg+xml", &drawn.0))
    };
    let save_png = {
        let (drawn, name) = (drawn.clone(), format!("{stem}.png"));
        Callback::from(move |_: MouseEvent| save_svg_as_png(&name, &drawn.0, drawn.1, drawn.2, 2))
    };
    let save_csv = {
        let (data, name) = (data.clone(), format!("{stem}.csv"));
        // A byte-order mark so spreadsheet programs read the Vietnamese as UTF-8.
        Callback::from(move |_: MouseEvent| save_text(&name, "text/csv;charset=utf-8", &format!("\u{feff}{}", to_csv(&data))))
    };

    html! {
        <figure class="sr-chart" id={props.dom_id.clone()} ref={figure_ref}>
            <figcaption class="sr-chart__caption">
                <h4 class="sr-chart__title" id={title_id.clone()}>{ data.title.clone() }</h4>
                <p class="sr-chart__desc" id={desc_id.clone()}>{ data.description.clone() }</p>
            </figcaption>
            if as_table {
                <div class="sr-table-wrap">
                    <table class="sr-table" aria-labelledby={title_id}>
                        <thead><tr>{ for data.table_head.iter().map(|h| html! { <th scope="col">{ h.clone() }</th> }) }</tr></thead>
                        <tbody>
                            { for data.table_rows.iter().map(|row| html! {
                                <tr>
                                    { for row.iter().enumerate().map(|(i, cell)| if i == 0 {
                                        html! { <th scope="row">{ cell.clone() }</th> }
                                    } else {
                                        html! { <td>{ cell.clone() }</td> }
                                    }) }
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
            } else {
                <div class="sr-chart__img" role="img" aria-labelledby={title_id} aria-describedby={desc_id}>
                    // plotters-svg escaped every text and attribute it wrote; nothing else is in it.
                    { Html::from_html_unchecked(AttrValue::from(drawn.0.clone())) }
                </div>
            }
            <div class="sr-chart__actions">
                <button type="button" class="sr-btn sr-btn--small" aria-pressed={as_table.to_string()} onclick={props.on_toggle_table.clone()}>
                    { if as_table { Msg::ShowChart.text(l) } else { Msg::ShowTable.text(l) } }
                </button>
                <span class="sr-chart__downloads" role="group" aria-label={Msg::DownloadChart.text(l)}>
                    // The visible format comes first in each name, as WCAG 2.5.3 (label in name) asks.
                    <button type="button" class="sr-btn sr-btn--small" data-download="svg" onclick={save_svg}>
                        { "SVG" }<span class="sr-visually-hidden">{ format!(" — {}", Msg::DownloadChart.text(l)) }</span>
                    </button>
                    <button type="button" class="sr-btn sr-btn--small" data-download="png" onclick={save_png}>
                        { "PNG" }<span class="sr-visually-hidden">{ format!(" — {}", Msg::DownloadChart.text(l)) }</span>
                    </button>
                    <button type="button" class="sr-btn sr-btn--small" data-download="csv" onclick={save_csv}>
                        { "CSV" }<span class="sr-visually-hidden">{ format!(" — {}", Msg::DownloadData.text(l)) }</span>
                    </button>
                </span>
            </div>
        </figure>
    }
}

/// Text widths in the widget's own font, measured on a canvas that is never put in the page.
pub struct FontMeasure {
    context: CanvasRenderingContext2d,
    family: String,
}

impl FontMeasure {
    fn new(family: String) -> Option<Self> {
        let canvas: HtmlCanvasElement = gloo::utils::document().create_element("canvas").ok()?.dyn_into().ok()?;
        let context = canvas.get_context("2d").ok()??.dyn_into().ok()?;
        Some(Self { context, family })
    }
}

impl PartialEq for FontMeasure {
    fn eq(&self, other: &Self) -> bool {
        self.family == other.family
    }
}

impl Measure for FontMeasure {
    fn width(&self, text: &str, size: u32, bold: bool) -> i32 {
        self.context.set_font(&format!("{}{size}px {}", if bold { "bold " } else { "" }, self.family));
        match self.context.measure_text(text) {
            Ok(m) => m.width().ceil() as i32,
            Err(_) => text_width(text, size),
        }
    }
}

/// Keeps `width` at the element's content width, rounded to [`WIDTH_STEP`], and `font` measuring
/// in the element's font family (the charts' text inherits it), while it is mounted.
#[hook]
fn use_container_width(node: NodeRef, width: UseStateHandle<u32>, font: UseStateHandle<Option<Rc<FontMeasure>>>) {
    use_effect_with(node, move |node| {
        let element = node.cast::<Element>();
        let measure = {
            let element = element.clone();
            let mut family = String::new();
            move || {
                if let Some(e) = &element {
                    let w = e.client_width().max(0) as u32;
                    // use_state_eq: an unchanged width (the observer also fires on height) is no render.
                    if w > 0 {
                        width.set(w / WIDTH_STEP * WIDTH_STEP);
                    }
                    // Read once laid out, like the width; a new family (the page's fonts changed) is a new measure.
                    let now = gloo::utils::window().get_computed_style(e).ok().flatten().and_then(|s| s.get_property_value("font-family").ok());
                    if let Some(now) = now.filter(|f| !f.is_empty() && *f != family) {
                        family = now.clone();
                        font.set(FontMeasure::new(now).map(Rc::new));
                    }
                }
            }
        };
        // No measuring here: reading the width would force a layout in the middle of rendering.
        // The observer reports the size once the browser has laid the chart out, before it paints.
        let observer = element.and_then(|e| {
            let callback = Closure::<dyn FnMut()>::new(measure);
            let observer = ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
            observer.observe(&e);
            Some((observer, callback))
        });
        move || {
            if let Some((observer, _callback)) = observer {
                observer.disconnect();
            }
        }
    });
}
