//! The report's first render made in the browser, for what the editor publishes: the widget's own
//! first render (`AppProps::published`), rendered off screen and read back as HTML (the native
//! build does the same with Yew's server renderer, `widget::ssr`).
//! Also the widget's built files, fetched from beside the editor page for the self-contained page.

use report::locale::Locale;
use report::embed::VIEW;
use widget::app::{App, AppProps};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

/// Resolves after `ms` milliseconds.
pub async fn pause(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = gloo::utils::window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
    });
    let _ = JsFuture::from(promise).await;
}

/// The report's first render in `locale`, wrapped as the pre-rendered view is (`data-sr-view`):
/// the widget's own first render of a published report (`AppProps::published`, as the pre-render
/// makes it natively), with the share-link key the published page's widget has.
pub async fn first_render(json: AttrValue, locale: Locale) -> Result<String, String> {
    let document = gloo::utils::document();
    let host = document.create_element("div").map_err(|_| "document.createElement")?;
    // Laid out (charts measure their width) but neither seen nor reachable.
    let _ = host.set_attribute("class", "ed-offscreen");
    let _ = host.set_attribute("aria-hidden", "true");
    let _ = host.set_attribute("inert", "");
    document.body().ok_or("no <body>")?.append_child(&host).map_err(|_| "appendChild")?;
    let app = yew::Renderer::<App>::with_root_and_props(host.clone(), AppProps::published(&json, locale, "report")).render();
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
