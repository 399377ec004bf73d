//! The report's first render made in the browser, for what the editor publishes: the same
//! components the widget mounts, in the state a reader opening it starts in, rendered off screen
//! and read back as HTML (the native build does this with Yew's server renderer, `view::ssr`).
//! Also the widget's built files, fetched from beside the editor page for the self-contained page.

use report::locale::Locale;
use report::share_link::{restore, LinkState};
use report::embed::VIEW;
use widget::report_view::ReportView;
use widget::toolbar::CopyStatus;
use widget::ReportRef;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
struct FirstProps {
    report: ReportRef,
    json: AttrValue,
    locale: Locale,
}

/// What `App` renders first for an inline report with the share-link key "report", as the page's
/// `mount_all` will mount it: the share buttons included.
#[function_component]
fn First(props: &FirstProps) -> Html {
    let state = restore(&LinkState::default(), &props.report, props.locale);
    html! {
        <div class="sr-app" lang={props.locale.tag()}>
            <ReportView report={props.report.clone()} source={props.json.clone()} foreign={None::<AttrValue>} {state}
                        dispatch={Callback::noop()} on_open_file={Callback::noop()}
                        on_copy_link={Some(Callback::noop())} copy_status={CopyStatus::default()} link_key={Some(AttrValue::Static("report"))} />
        </div>
    }
}

/// Resolves after `ms` milliseconds.
pub async fn pause(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = gloo::utils::window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
    });
    let _ = JsFuture::from(promise).await;
}

/// The report's first render in `locale`, wrapped as the pre-rendered view is (`data-sr-view`).
pub async fn first_render(report: ReportRef, json: AttrValue, locale: Locale) -> Result<String, String> {
    let document = gloo::utils::document();
    let host = document.create_element("div").map_err(|_| "document.createElement")?;
    // Laid out (charts measure their width) but neither seen nor reachable.
    let _ = host.set_attribute("class", "ed-offscreen");
    let _ = host.set_attribute("aria-hidden", "true");
    let _ = host.set_attribute("inert", "");
    document.body().ok_or("no <body>")?.append_child(&host).map_err(|_| "appendChild")?;
    let app = yew::Renderer::<First>::with_root_and_props(host.clone(), FirstProps { report, json, locale }).render();
    // Yew renders on its own schedule: wait for the report to be there, then one more turn for
    // what its effects redraw (charts at their width).
    for _ in 0..200 {
        if host.query_selector("article").ok().flatten().is_some() {
            break;
        }
        pause(10).await;
    }
    pause(50).await;
    let html = host.inner_html();
    app.destroy();
    host.remove();
    if html.contains("<article") {
        Ok(format!("<div {VIEW}>{html}</div>"))
    } else {
        Err("the report did not render".into())
    }
}

async fn response(url: &str) -> Result<web_sys::Response, String> {
    let r: web_sys::Response = JsFuture::from(gloo::utils::window().fetch_with_str(url))
        .await
        .map_err(|e| format!("{url}: {}", describe(&e)))?
        .dyn_into()
        .map_err(|_| format!("{url}: not a response"))?;
    if r.ok() {
        Ok(r)
    } else {
        Err(format!("{url}: HTTP {}", r.status()))
    }
}

/// A built file beside the page, as text.
pub async fn fetch_text(url: &str) -> Result<String, String> {
    let r = response(url).await?;
    let text = JsFuture::from(r.text().map_err(|e| describe(&e))?).await.map_err(|e| describe(&e))?;
    text.as_string().ok_or_else(|| format!("{url}: not text"))
}

/// A built file beside the page, as bytes.
pub async fn fetch_bytes(url: &str) -> Result<Vec<u8>, String> {
    let r = response(url).await?;
    let buffer = JsFuture::from(r.array_buffer().map_err(|e| describe(&e))?).await.map_err(|e| describe(&e))?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

fn describe(e: &JsValue) -> String {
    js_sys::Error::from(e.clone()).message().into()
}
