//! The archive page's wasm (`archive/archive_bg.wasm` on the report site, started by
//! `archive-start.js` when a reader reaches for the search or a filter): fetches `index.tsv` and
//! renders the archive in place of its first render, with the query the address or the form holds. Built by `.ci/build-archive`.

#[cfg(target_arch = "wasm32")]
fn main() {
    use std::rc::Rc;

    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Ok(Some(root)) = document.query_selector(&format!("[{}]", archive::ROOT)) else { return };
    let locale = root.get_attribute("data-lang").and_then(|t| report::lang::Locale::from_tag(&t)).unwrap_or_default();
    let top = root.get_attribute("data-top").unwrap_or_default();
    wasm_bindgen_futures::spawn_local(async move {
        // Without its index the archive stays as it was pre-rendered: the newest reports, readable.
        let Ok(index) = archive::browser::fetch_index(&top).await else { return };
        // The address's query; else what was typed or chosen in the pre-rendered form before the
        // wasm was there (this starts on the reader's first reach for it).
        let mut query = archive::browser::query_in_address();
        if query.is_empty() {
            query = archive::browser::query_in_form(&root);
        }
        // The element the reader is in keeps the focus (and the caret its place at the end).
        let focus = document.active_element().filter(|e| root.contains(Some(e))).map(|e| e.id()).filter(|id| !id.is_empty());
        // "Show more" pressed before the wasm was there (archive-start.js marks it).
        let more = root.has_attribute("data-more");
        root.set_inner_html("");
        let props = archive::view::ArchiveProps { locale, top: top.into(), index: Rc::new(index), query, focus: focus.map(Into::into), more };
        yew::Renderer::<archive::view::Archive>::with_root_and_props(root, props).render();
    });
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("the archive runs in the browser: its page is the report site's index.html (prerender --site)");
}

// Talc instead of the default dlmalloc, as the reader's wasm (docs/architecture.md, "Dependencies").
// SAFETY: the archive runs on wasm32 in the browser's single thread.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::TalckWasm = unsafe { talc::TalckWasm::new_global() };
