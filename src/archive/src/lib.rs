//! The report site's archive page (`index.html`, `en/index.html` of `prerender --site`): every
//! report, newest first, with a search over titles, places and people and filters by province,
//! district, year and kind of session. A thin Yew view (`view.rs`) over the core's
//! `report::archive`; `browser.rs` fetches its data files and keeps the query in the address;
//! `ssr.rs` gives the first render to the publishing command. Its own wasm (`src/main.rs`).

#[cfg(target_arch = "wasm32")]
pub mod browser;
#[cfg(not(target_arch = "wasm32"))]
pub mod ssr;
pub mod view;

/// The element the page holds the archive in: its `data-lang` and `data-top` (the way from the
/// page to the site's top: "" or "../") say the rest.
pub const ROOT: &str = "data-archive";
