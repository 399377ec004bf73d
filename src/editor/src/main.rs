//! The editor page (editor.html): paste an article, review the draft report the extractor makes
//! of it, add the English, and publish. Its own wasm, built by `.ci/build-editor`, so the reader's
//! download never carries the editor; its logic and components are the `editor` crate's library.

#[cfg(target_arch = "wasm32")]
fn main() {
    let document = gloo::utils::document();
    let Some(root) = document.get_element_by_id("editor") else { return };
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
    root.set_inner_html("");
    yew::Renderer::<editor::page::app::Editor>::with_root(root).render();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("the editor runs in the browser: open editor.html (bash .ci/serve)");
}
