//! The editor page's pure logic (issue 13): editing a report without touching its JSON, where a
//! problem sits in the JSON text, which texts still lack their English, and the files an editor
//! publishes (the embed snippet and the self-contained page). No web-sys: tested natively.
//!
//! The editor's components are not here but in its own binary (`src/bin/editor/`), built into a
//! wasm of its own: nothing the reader downloads links them. What is here is linked only by that
//! binary and by `prerender` (native), and holds no `#[wasm_bindgen]` export, so it never reaches
//! the reader's wasm either.

pub mod draft;
pub mod edit;
pub mod english;
pub mod locate;
pub mod publish;
pub mod words;
pub mod work;
