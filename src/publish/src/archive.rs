//! The report site's archive (`index.html`, `en/index.html`, whose page `site.rs` writes around
//! this): the archive's first render (the newest reports, readable without JavaScript) and its data
//! files under `archive/` (`report::archive::shards`: `index.tsv`, then `shard-<n>.tsv`). The page
//! loads its own wasm (the `archive` crate) only when a reader reaches for the search or a filter,
//! or opens an address that asks for one: the first view is the HTML and a small start script.

use std::rc::Rc;

use report::archive::shards::{self, Index};
use report::archive::Entry;
use report::locale::Locale;

/// The archive's built files the site copies from `dist/` (`.ci/build-archive`, and the start
/// script trunk copies), by their path in both.
pub const BUNDLE_FILES: [&str; 3] = ["archive-start.js", "archive/archive.js", "archive/archive_bg.wasm"];

/// The start script, from the site's top.
pub const START: &str = "archive-start.js";

/// The archive's data files, by path under the site's folder, from every published report's entry,
/// newest first; and their index, for [`first_render`].
pub fn data_files(entries: &[Entry]) -> (Vec<(String, Vec<u8>)>, Rc<Index>) {
    let data = shards::write(entries);
    let index = Rc::new(shards::read_index(&data[0].1).expect("the index just written reads back"));
    (data.into_iter().map(|(name, text)| (format!("archive/{name}"), text.into_bytes())).collect(), index)
}

/// The archive's element with its first render in `locale`, for a page `up` below the site's top.
pub fn first_render(index: Rc<Index>, locale: Locale, up: &str) -> String {
    format!("<div {} data-lang=\"{}\" data-top=\"{up}\">{}</div>", archive::ROOT, locale.tag(), archive::ssr::render(index, locale, up))
}
