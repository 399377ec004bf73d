//! The editor page (editor.html): paste an article, review the draft report the extractor makes
//! of it, add the English, and publish. Its own wasm, built by `.ci/build-editor`, so the reader's
//! download never carries the editor; its logic and components are the `editor` crate's library.

#[cfg(target_arch = "wasm32")]
fn main() {
    let document = gloo::utils::document();
    // The live editor replaces the frame in #editor-app; editor.html's introduction stays.
    let Some(root) = document.get_element_by_id("editor-app").or_else(|| document.get_element_by_id("editor")) else { return };
    // Nothing the editor does should panic; if it does, the page says so and that the work is
    // safe (it is in the browser's storage), instead of freezing.
    yew::set_custom_panic_hook(Box::new(|info| {
        gloo::console::error!(format!("editor: {info}"));
        if let Some(root) = gloo::utils::document().get_element_by_id("editor") {
            root.set_inner_html(
                "<div class=\"ed-crash\" role=\"alert\"><p lang=\"vi\">Trình soạn gặp lỗi và đã dừng. Công việc của bạn \
                 đã được lưu trong trình duyệt: hãy tải lại trang.</p><p lang=\"en\">The editor hit an error and stopped. \
                 Your work is saved in this browser: reload the page.</p><pre></pre></div>",
            );
            if let Ok(Some(pre)) = root.query_selector("pre") {
                pre.set_text_content(Some(&info.to_string()));
            }
        }
    }));
    // editor.html's static frame is there already, and the editor may have typed or pasted into
    // its article box: that text is kept (as the work's article) before the live editor replaces
    // the frame, and the box keeps the focus.
    let typed = typed_article(&document);
    if let Some((text, _)) = &typed {
        editor::page::storage::keep_article(text);
    }
    root.set_inner_html("");
    yew::Renderer::<editor::page::app::Editor>::with_root(root).render();
    // Yew draws in a microtask; a timer runs after it.
    if let Some((_, true)) = typed {
        gloo::timers::callback::Timeout::new(0, move || refocus(&document)).forget();
    }
}

/// The text typed in the static frame's article box, and whether the box has the focus.
#[cfg(target_arch = "wasm32")]
fn typed_article(document: &web_sys::Document) -> Option<(String, bool)> {
    use wasm_bindgen::JsCast;
    let area = document.query_selector(".ed-article__text").ok()??.dyn_into::<web_sys::HtmlTextAreaElement>().ok()?;
    let text = area.value();
    let focused = document.active_element().is_some_and(|a| a == **area);
    (!text.trim().is_empty() || focused).then_some((text, focused))
}

#[cfg(target_arch = "wasm32")]
fn refocus(document: &web_sys::Document) {
    use wasm_bindgen::JsCast;
    if let Some(area) = document.query_selector(".ed-article__text").ok().flatten().and_then(|e| e.dyn_into::<web_sys::HtmlTextAreaElement>().ok()) {
        let end = area.value().encode_utf16().count() as u32;
        let _ = area.focus();
        let _ = area.set_selection_range(end, end);
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("the editor runs in the browser: open editor.html (bash .ci/serve)");
}
