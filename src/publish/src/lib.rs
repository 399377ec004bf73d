//! What an editor publishes, as text: the embed snippets, the self-contained page and the link
//! preview tags. Text in, text out, so the editor page runs it in the browser and the `prerender`
//! command (`src/main.rs`) natively; the report's first render itself comes from the widget
//! (`widget::ssr` natively, the same components in the editor).

pub mod snippet;
/// The report site's archive page and its data files (`prerender --site`), native only.
#[cfg(not(target_arch = "wasm32"))]
pub mod archive;
/// The report site (`prerender --site`): it renders with the widget's server renderer, native only.
#[cfg(not(target_arch = "wasm32"))]
pub mod site;
/// Where the site's files go (a folder; memory in tests).
#[cfg(not(target_arch = "wasm32"))]
pub mod output;
/// What the last site build was made from, for incremental rebuilds.
#[cfg(not(target_arch = "wasm32"))]
pub mod manifest;
/// The frame the site's pages share.
#[cfg(not(target_arch = "wasm32"))]
mod page;
/// The pages comparing one indicator across the site's reports.
#[cfg(not(target_arch = "wasm32"))]
pub mod compare;
/// A report's share image (the link preview's picture), rendered natively by resvg.
#[cfg(not(target_arch = "wasm32"))]
pub mod share_image;
