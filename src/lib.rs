//! A work-session report widget.
//!
//! `core` is pure Rust (report format, validation, locale formatting, view state) and is tested
//! natively with `cargo test`; `view` is a thin layer of Yew function components on top of it.
//! Data flows one way: JSON → [`core::parse::parse_report`] → [`core::report::Report`] →
//! [`core::view_state::ViewState`] → DOM.

pub mod core;
pub mod draft;
pub mod editor;
pub mod view;

/// The report shown when the page names no other: the seed article (Lạng Sơn, 3 November 2020).
/// Native code (pre-rendering, tests) reads it from here; the widget fetches it from
/// [`SEED_REPORT_PATH`] like any other report, so its 4 KB are not in every reader's wasm.
pub const SEED_REPORT_JSON: &str = include_str!("../static/reports/van-lang-2020-11-03.json");

/// Where the built files keep the seed report, relative to the pages and to `embed.js`.
pub const SEED_REPORT_PATH: &str = "reports/van-lang-2020-11-03.json";
