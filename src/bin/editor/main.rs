//! The editor page (editor.html): paste an article, review the draft report the extractor makes
//! of it, add the English, and publish. Its own wasm, built by `.ci/build-editor`, so the reader's
//! download never carries the editor; the pure logic is `session_report::editor`, tested natively.

#[cfg(target_arch = "wasm32")]
fn main() {
    let root = gloo::utils::document().get_element_by_id("editor").expect("editor.html has #editor");
    root.set_inner_html("");
    yew::Renderer::<app::Editor>::with_root(root).render();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("the editor runs in the browser: open editor.html (bash .ci/serve)");
}

mod app;
