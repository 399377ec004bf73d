//! The editor page (editor.html): an article in, a reviewed, bilingual report and what to publish
//! out. Its own wasm (`src/main.rs`, built by `.ci/build-editor`): nothing the reader downloads
//! links this crate.
//!
//! The modules at the top are the page's logic, free of web-sys and tested natively: editing a
//! report through form fields (`edit`), the editor's work and its storage form (`work`), which
//! texts still lack their English (`english`), the draft's flags to check first (`check`), and the
//! page's words (`words`). `page` holds the
//! Yew components, one module per step.

pub mod align;
pub mod card;
pub mod check;
pub mod draft;
pub mod edit;
pub mod english;
pub mod page;
pub mod structure;
pub mod words;
pub mod work;
