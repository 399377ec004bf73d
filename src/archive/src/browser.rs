//! What the archive asks of the browser: its data files, fetched relative to the page, and the
//! page's address, which keeps the query (replaced, not pushed: typing is not a trail of pages).

use js_sys::{Array, Promise};
use report::archive::query::Query;
use report::archive::shards::{read_index, read_shard, Index};
use report::archive::Entry;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The text of the file at `url` (relative to the page), or `Err` on any failure (network, status).
pub async fn fetch_text(url: &str) -> Result<String, ()> {
    let window = web_sys::window().ok_or(())?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(url)).await.map_err(drop)?.dyn_into().map_err(drop)?;
    if !response.ok() {
        return Err(());
    }
    JsFuture::from(response.text().map_err(drop)?).await.map_err(drop)?.as_string().ok_or(())
}

/// `index.tsv`, read.
pub async fn fetch_index(top: &str) -> Result<Index, ()> {
    read_index(&fetch_text(&format!("{top}archive/index.tsv")).await?).map_err(drop)
}

/// Every shard, fetched at once (in parallel), and their entries in order: newest first.
pub async fn fetch_shards(top: &str, index: &Index) -> Result<Vec<Entry>, ()> {
    let window = web_sys::window().ok_or(())?;
    let fetches: Array = index.shards.iter().map(|s| JsValue::from(window.fetch_with_str(&format!("{top}archive/{}", s.file)))).collect();
    let responses = JsFuture::from(Promise::all(&fetches)).await.map_err(drop)?;
    let texts = Array::new();
    for response in Array::from(&responses).iter() {
        let response: web_sys::Response = response.dyn_into().map_err(drop)?;
        if !response.ok() {
            return Err(());
        }
        texts.push(&JsValue::from(response.text().map_err(drop)?));
    }
    let texts = JsFuture::from(Promise::all(&texts)).await.map_err(drop)?;
    let mut entries = Vec::with_capacity(index.total);
    for text in Array::from(&texts).iter() {
        entries.extend(read_shard(&text.as_string().unwrap_or_default()).map_err(drop)?);
    }
    Ok(entries)
}

/// The query the page's address holds.
pub fn query_in_address() -> Query {
    let search = web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default();
    Query::from_address(&search)
}

/// What the pre-rendered form under `root` holds: its search box's and selects' values.
pub fn query_in_form(root: &web_sys::Element) -> Query {
    let mut pairs = Vec::new();
    if let Ok(fields) = root.query_selector_all("input[name], select[name]") {
        for i in 0..fields.length() {
            let Some(field) = fields.item(i) else { continue };
            let (name, value) = if let Some(input) = field.dyn_ref::<web_sys::HtmlInputElement>() {
                (input.name(), input.value())
            } else if let Some(select) = field.dyn_ref::<web_sys::HtmlSelectElement>() {
                (select.name(), select.value())
            } else {
                continue;
            };
            pairs.push((name, value));
        }
    }
    Query::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
}

/// Focuses the element `id` (a search box gets its caret at the end).
pub fn focus(id: &str) {
    let Some(element) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(id)) else { return };
    if let Some(input) = element.dyn_ref::<web_sys::HtmlInputElement>() {
        let _ = input.focus();
        let end = input.value().encode_utf16().count() as u32;
        let _ = input.set_selection_range(end, end);
    } else if let Some(e) = element.dyn_ref::<web_sys::HtmlElement>() {
        let _ = e.focus();
    }
}

/// Puts `query` in the page's address, so the link reopens this view.
pub fn keep_in_address(query: &Query) {
    let Some(window) = web_sys::window() else { return };
    let path = window.location().pathname().unwrap_or_default();
    let url = format!("{path}{}", query.to_address());
    if window.location().search().ok().as_deref() != Some(query.to_address().as_str()) {
        if let Ok(history) = window.history() {
            let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
        }
    }
}
