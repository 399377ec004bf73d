//! One indicator chart: title, a description generated from the data, the SVG (laid out for the
//! container's current width), a "show as table" toggle, and downloads (SVG, PNG, CSV).

use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, ResizeObserver};
use yew::prelude::*;

use super::download::png::save_svg_as_png;
use super::download::save_text;
use super::{ReportRef, ReportText};
use report::chart::csv::to_csv;
use report::chart::data::{chart_data, ChartData};
use report::chart::ChartSpec;
use report::wording::Msg;
use report::locale::Locale;

#[derive(Properties, PartialEq)]
pub struct ChartProps {
    pub report: ReportRef,
    /// The report's text: the chart bundle reads the report from it (it shares no memory with
    /// this wasm).
    pub source: ReportText,
    /// Which chart: the section's index and the chart's place among the section's charts.
    pub section: usize,
    pub n: usize,
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

/// A chart's picture: its SVG document and its size in pixels (for the PNG download).
#[derive(Debug, PartialEq)]
pub struct Picture {
    pub svg: AttrValue,
    pub width: u32,
    pub height: u32,
}

impl Picture {
    /// The size is read from the document's own `width` and `height` (chart/svg.rs writes them first).
    pub fn from_svg(svg: String) -> Self {
        let head = svg.split('>').next().unwrap_or_default();
        let attr = |name: &str| {
            let rest = head.split(&format!(" {name}=\"")).nth(1)?;
            rest.split('"').next()?.parse().ok()
        };
        let (width, height) = (attr("width").unwrap_or(0), attr("height").unwrap_or(0));
        Self { svg: svg.into(), width, height }
    }
}

#[function_component]
pub fn ChartFigure(props: &ChartProps) -> Html {
    let l = props.locale;
    let width = use_state_eq(|| DEFAULT_WIDTH);
    // The font family the chart's text inherits, once laid out: until then (and when
    // pre-rendered), text widths are estimated.
    let family = use_state_eq(|| None::<AttrValue>);
    let figure_ref = use_node_ref();
    use_container_width(figure_ref.clone(), width.clone(), family.clone());

    let data = use_memo((props.report.clone(), props.spec.clone(), l), |(r, spec, l)| {
        Rc::new(chart_data(r, spec, *l))
    });
    let picture = use_picture(props, (*data).clone(), *width, (*family).clone(), figure_ref.clone());
    let (title_id, desc_id) = (format!("{}-title", props.dom_id), format!("{}-desc", props.dom_id));
    let stem = format!("{}-{}", props.file_prefix, data.file_stem);

    let as_table = props.as_table;
    // Before the chart bundle has drawn a picture (and none was pre-rendered) there is nothing to save.
    let save_svg = {
        let (picture, name) = (picture.clone(), format!("{stem}.svg"));
        Callback::from(move |_: MouseEvent| if let Some(p) = &picture { save_text(&name, "image/svg+xml", &p.svg) })
    };
    let save_png = {
        let (picture, name) = (picture.clone(), format!("{stem}.png"));
        Callback::from(move |_: MouseEvent| if let Some(p) = &picture { save_svg_as_png(&name, &p.svg, p.width, p.height, 2) })
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
                    // chart/svg.rs escaped every text and attribute it wrote; nothing else is in it.
                    if let Some(p) = &picture { { Html::from_html_unchecked(p.svg.clone()) } }
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

/// Draws a chart for `width`, its text measured in `family` when known (else estimated): the one
/// drawing code, run by this wasm where it draws (natively, the editor) and by the chart bundle.
#[cfg(any(feature = "draw", not(target_arch = "wasm32")))]
pub fn draw(data: &ChartData, width: u32, family: Option<&str>) -> Picture {
    use report::chart::layout::{layout, layout_measured};
    let layout = match family.and_then(|f| FontMeasure::new(f.to_owned())) {
        Some(font) => layout_measured(data, width, &font),
        None => layout(data, width),
    };
    Picture { svg: report::chart::svg::render_svg(&layout).into(), width: layout.width, height: layout.height }
}

/// The picture drawn here, for the current width and font.
#[cfg(any(feature = "draw", not(target_arch = "wasm32")))]
#[hook]
fn use_picture(_props: &ChartProps, data: Rc<ChartData>, width: u32, family: Option<AttrValue>, _figure: NodeRef) -> Option<Rc<Picture>> {
    let drawn = use_memo((data, width, family), |(data, width, family)| Rc::new(draw(data, *width, family.as_deref())));
    Some((*drawn).clone())
}

/// The picture drawn by the chart bundle (src/bin/charts.rs, fetched by embed.js on the first
/// chart to draw): the pre-rendered one meanwhile, taken over from the static view this widget
/// replaces, so nothing moves; redrawn for the measured width and font, and for each language.
#[cfg(not(any(feature = "draw", not(target_arch = "wasm32"))))]
#[hook]
fn use_picture(props: &ChartProps, _data: Rc<ChartData>, width: u32, family: Option<AttrValue>, figure: NodeRef) -> Option<Rc<Picture>> {
    let picture = use_state(|| None::<Rc<Picture>>);
    // Answers to older requests (another width or language) that arrive late are dropped.
    let asked = use_mut_ref(|| 0u32);
    {
        let (picture, dom_id) = (picture.clone(), props.dom_id.clone());
        use_effect_with(figure, move |figure| {
            if let Some(p) = figure.cast::<Element>().and_then(|f| prerendered(&f, &dom_id)) {
                picture.set(Some(Rc::new(p)));
            }
        });
    }
    let key = (props.source.clone(), props.section, props.n, props.locale, width, family);
    let shown = (*picture).clone();
    use_effect_with(key, move |(source, section, n, l, width, family)| {
        // Measured first (the container observer reports the font): a picture for an estimated
        // font would be drawn again at once.
        if let Some(family) = family.clone() {
            *asked.borrow_mut() += 1;
            let this = *asked.borrow();
            let (source, section, n, l, width) = (source.clone(), *section, *n, *l, *width);
            wasm_bindgen_futures::spawn_local(async move {
                if let Some(svg) = request(&source.0, section, n, l, width, &family).await {
                    if *asked.borrow() == this {
                        picture.set(Some(Rc::new(Picture::from_svg(svg))));
                    }
                }
            });
        }
    });
    shown
}

/// The same chart's picture in the pre-rendered view still beside this one (`widget::mount`
/// keeps it on screen until the live view is ready), if any.
#[cfg(not(any(feature = "draw", not(target_arch = "wasm32"))))]
fn prerendered(figure: &Element, dom_id: &str) -> Option<Picture> {
    let root = figure.closest(&format!("[{}]", report::embed::MOUNTED)).ok()??;
    let all = root.query_selector_all(&format!("figure[id=\"{dom_id}\"] .sr-chart__img > svg")).ok()?;
    (0..all.length())
        .filter_map(|i| all.item(i)?.dyn_into::<Element>().ok())
        .find(|svg| !figure.contains(Some(svg)))
        .map(|svg| Picture::from_svg(svg.outer_html()))
}

/// Asks embed.js's `sessionReportChart(json, section, n, lang, width, family)` for the SVG.
#[cfg(not(any(feature = "draw", not(target_arch = "wasm32"))))]
async fn request(json: &str, section: usize, n: usize, l: Locale, width: u32, family: &str) -> Option<String> {
    let f = js_sys::Reflect::get(&js_sys::global(), &"sessionReportChart".into()).ok()?;
    let f = f.dyn_into::<js_sys::Function>().ok()?;
    let args = js_sys::Array::new();
    for arg in [json.into(), (section as u32).into(), (n as u32).into(), l.tag().into(), width.into(), family.into()] {
        args.push(&arg);
    }
    let promise: js_sys::Promise = f.apply(&wasm_bindgen::JsValue::NULL, &args).ok()?.dyn_into().ok()?;
    wasm_bindgen_futures::JsFuture::from(promise).await.ok()?.as_string().filter(|s| !s.is_empty())
}

/// Text widths in the widget's own font, measured on a canvas that is never put in the page.
#[cfg(any(feature = "draw", not(target_arch = "wasm32")))]
pub struct FontMeasure {
    context: web_sys::CanvasRenderingContext2d,
    family: String,
}

#[cfg(any(feature = "draw", not(target_arch = "wasm32")))]
impl FontMeasure {
    fn new(family: String) -> Option<Self> {
        let canvas: web_sys::HtmlCanvasElement = gloo::utils::document().create_element("canvas").ok()?.dyn_into().ok()?;
        let context = canvas.get_context("2d").ok()??.dyn_into().ok()?;
        Some(Self { context, family })
    }
}

#[cfg(any(feature = "draw", not(target_arch = "wasm32")))]
impl report::chart::fit::Measure for FontMeasure {
    fn width(&self, text: &str, size: u32, bold: bool) -> i32 {
        self.context.set_font(&format!("{}{size}px {}", if bold { "bold " } else { "" }, self.family));
        match self.context.measure_text(text) {
            Ok(m) => m.width().ceil() as i32,
            Err(_) => report::chart::fit::text_width(text, size),
        }
    }
}

/// Keeps `width` at the element's content width, rounded to [`WIDTH_STEP`], and `family` at the
/// element's font family (the charts' text inherits it), while it is mounted.
#[hook]
fn use_container_width(node: NodeRef, width: UseStateHandle<u32>, family_now: UseStateHandle<Option<AttrValue>>) {
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
                        family_now.set(Some(now.into()));
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
