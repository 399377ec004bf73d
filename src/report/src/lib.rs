//! The report: its format (version 1), reading it from JSON with every problem located and worded,
//! its wording in Vietnamese and English, how its figures read, its charts' geometry, the view state
//! and the share link that carries it. Pure: this crate's manifest names no yew, web-sys or gloo, so
//! all of it runs and is tested natively, and every layer above builds on it.
//!
//! Data flows one way: JSON → [`parse::parse_report`] → [`format::Report`] →
//! [`view_state::ViewState`] → the widget's DOM.

pub mod archive;
#[cfg(feature = "charts")]
pub mod chart;
pub mod compare;
pub mod date;
pub mod embed;
pub mod figures;
pub mod fold;
pub mod format;
pub mod json;
pub mod lang;
pub mod load;
pub mod locale;
pub mod nfc_table;
pub mod normalize;
pub mod parse;
pub mod path;
pub mod place;
pub mod problem;
pub mod report_origin;
#[cfg(not(target_arch = "wasm32"))]
pub mod schema;
pub mod share_link;
pub mod text;
pub mod texts;
pub mod validate;
pub mod view_state;
pub mod wording;

/// The report shown when the page names no other: the seed article (Lạng Sơn, 3 November 2020).
/// Native code (pre-rendering, tests) reads it from here; the widget fetches it from
/// [`SEED_REPORT_PATH`] like any other report, so its 4 KB are not in every reader's wasm.
pub const SEED_REPORT_JSON: &str = include_str!("../../../static/reports/van-lang-2020-11-03.json");

/// Where the built files keep the seed report, relative to the pages and to `embed.js`.
pub const SEED_REPORT_PATH: &str = "reports/van-lang-2020-11-03.json";
