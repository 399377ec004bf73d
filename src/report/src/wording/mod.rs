//! All the words the report and the widget say, in Vietnamese and English: one module per table,
//! each with an exhaustive match per language, so a message in one language only does not compile.
//!
//! | table | what | who links it |
//! |---|---|---|
//! | [`reader`] (`Msg`) | the reader's labels, buttons, headings, chart titles, file names | the reader's wasm |
//! | [`figure`] (`Word`) | the words figures are made of: qualifiers, references, change and target words, money's scale, connectors | the reader's wasm |
//! | [`calendar`] | weekday and month names for dates | the reader's wasm |
//! | [`load`] | why a report could not be fetched or read (`LoadFailure::describe`) | the reader's wasm |
//! | [`site`] (`SiteWord`) | a report site's words around its reports (`prerender --site`) | the publishing command |
//! | [`problems`] | what is wrong with a report and its fix (`ProblemKind::describe`), the list's words | the details bundle, pre-render, editor, never the reader |
//!
//! The tables are separate types and functions on purpose: the linker keeps only what a binary
//! calls, so the reader's download carries no problem message. Numbers are `locale`'s; the
//! editor page's own words are `editor::words`. `tests/wording.rs` checks that every message is
//! used outside this module and is said in both languages. This module imports only the types it
//! words and `lang`, `locale` (numbers inside problem messages) and `json::fix` (their fixes).

pub mod calendar;
pub mod figure;
pub mod load;
pub mod problems;
pub mod reader;
pub mod site;

pub use figure::Word;
pub use reader::{language_name, text_in, Msg};
