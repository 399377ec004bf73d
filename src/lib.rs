//! A work-session report widget.
//!
//! `core` is pure Rust (report format, validation, locale formatting, view state) and is tested
//! natively with `cargo test`; `view` is a thin layer of Yew function components on top of it.
//! Data flows one way: JSON → [`core::parse::parse_report`] → [`core::report::Report`] →
//! [`core::view_state::ViewState`] → DOM.

pub mod core;
pub mod view;

/// The report shown when the page names no other: the seed article (Lạng Sơn, 3 November 2020).
pub const SEED_REPORT_JSON: &str = include_str!("../static/reports/van-lang-2020-11-03.json");
