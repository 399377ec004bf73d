//! The pure core: never imports web-sys or gloo, so all of it runs and is tested natively.

#[cfg(feature = "charts")]
pub mod chart;
pub mod date;
pub mod figures;
pub mod i18n;
pub mod json;
pub mod load;
pub mod locale;
pub mod nfc_table;
pub mod normalize;
pub mod parse;
pub mod problem;
pub mod report;
pub mod report_origin;
#[cfg(not(target_arch = "wasm32"))]
pub mod schema;
pub mod share_link;
pub mod text;
pub mod validate;
pub mod view_state;
