//! The report site's archive (`index.html`, `en/index.html`): the page in each language, with the
//! archive's first render (the newest reports, readable without JavaScript), and its data files
//! under `archive/` (`report::archive::shards`: `index.tsv`, then `shard-<n>.tsv`). The page
//! loads its own wasm (the `archive` crate) only when a reader reaches for the search or a filter,
//! or opens an address that asks for one: the first view is the HTML and a small start script.

use std::rc::Rc;

use report::archive::{shards, Entry};
use report::locale::Locale;
use report::text::escape_html as escape;
use report::wording::site::SiteWord;

use crate::site::{alternates, head, home, up};

/// The archive's built files the site copies from `dist/` (`.ci/build-archive`, and the start
/// script trunk copies), by their path in both.
pub const BUNDLE_FILES: [&str; 3] = ["archive-start.js", "archive/archive.js", "archive/archive_bg.wasm"];

/// The archive's pages and data files, by path under the site's folder, from every published
/// report's entry, newest first.
pub fn files(entries: &[Entry], base: Option<&str>) -> Vec<(String, Vec<u8>)> {
    let data = shards::write(entries);
    let index = Rc::new(shards::read_index(&data[0].1).expect("the index just written reads back"));
    let mut files: Vec<(String, Vec<u8>)> = data.into_iter().map(|(name, text)| (format!("archive/{name}"), text.into_bytes())).collect();
    for locale in Locale::ALL {
        files.push((format!("{}index.html", home(locale)), page(index.clone(), locale, base).into_bytes()));
    }
    files
}

fn page(index: Rc<shards::Index>, locale: Locale, base: Option<&str>) -> String {
    let dir = home(locale);
    let up = up(dir);
    let mut tags = format!("<title>{}</title>\n", escape(SiteWord::AllReports.text(locale)));
    if let Some(b) = base {
        tags.push_str(&format!("<link rel=\"canonical\" href=\"{}\">\n", escape(&format!("{b}{dir}"))));
        tags.push_str(&format!("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"{}\">\n", escape(&format!("{b}feed.xml"))));
    }
    tags.push_str(&alternates(|l| home(l).to_owned(), dir, base));
    tags.push_str(&format!("\n<script type=\"module\" src=\"{up}archive-start.js\"></script>"));
    format!(
        "{}<body>\n<main class=\"site-list archive\">\n<div {} data-lang=\"{}\" data-top=\"{up}\">{}</div>\n</main>\n</body>\n</html>\n",
        head(dir, locale, &tags, false),
        archive::ROOT,
        locale.tag(),
        archive::ssr::render(index, locale, &up),
    )
}
