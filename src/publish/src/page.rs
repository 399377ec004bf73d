//! The frame every page of the report site shares: the folders of its pages, the way back to the
//! top, the head (styles, loader, tags) and the language alternates. Used by the report pages and
//! list (`site.rs`) and the compare pages (`compare.rs`).

use report::locale::Locale;
use report::text::{escape_html as escape, Text};

/// The folder of a report's page in `locale`: `<id>/` for Vietnamese, `<id>/en/` for English.
pub(crate) fn report_dir(id: &str, locale: Locale) -> String {
    match locale {
        Locale::Vi => format!("{id}/"),
        Locale::En => format!("{id}/en/"),
    }
}

/// The folder of the list of reports in `locale`.
pub(crate) fn home(locale: Locale) -> &'static str {
    match locale {
        Locale::Vi => "",
        Locale::En => "en/",
    }
}

/// From a page in `dir` back to the site's top: `../` per folder.
pub(crate) fn up(dir: &str) -> String {
    "../".repeat(dir.matches('/').count())
}

pub(crate) fn text(t: &Text, l: Locale) -> String {
    t.resolve(l).map(|r| r.text.to_owned()).unwrap_or_default()
}

/// What a page loads besides its own styles (`page.css`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Loads {
    /// Nothing: the archive, whose first view is its own HTML (its start script comes in `tags`).
    PageOnly,
    /// The widget's styles, for charts drawn in the page (the compare pages).
    WidgetStyles,
    /// The widget itself: its styles and its loader (a report's page).
    Widget,
}

/// The head every page shares: its styles and what it `loads` (relative to the page), then `tags`.
pub(crate) fn head(dir: &str, locale: Locale, tags: &str, loads: Loads) -> String {
    let up = up(dir);
    let mut head = format!(
        "<!doctype html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <link rel=\"icon\" href=\"{up}favicon.svg\" type=\"image/svg+xml\">\n\
         <link rel=\"stylesheet\" href=\"{up}page.css\">\n",
        locale.tag()
    );
    if loads != Loads::PageOnly {
        head.push_str(&format!("<link rel=\"stylesheet\" href=\"{up}widget.css\">\n"));
    }
    if loads == Loads::Widget {
        head.push_str(&format!(
            "<script type=\"module\" src=\"{up}embed.js\"></script>\n\
             <link rel=\"modulepreload\" href=\"{up}session-report.js\" crossorigin>\n"
        ));
    }
    head.push_str(tags);
    head.push_str("\n</head>\n");
    head
}

/// `<link rel="alternate" hreflang>` for each language of a page, and the canonical link is the
/// link preview's. Search engines want full addresses: without `base`, the alternates are relative.
pub(crate) fn alternates(dir_of: impl Fn(Locale) -> String, here: &str, base: Option<&str>) -> String {
    let href = |l: Locale| match base {
        Some(b) => format!("{b}{}", dir_of(l)),
        None => {
            let to = dir_of(l);
            let rel = format!("{}{to}", up(here));
            if rel.is_empty() { "./".to_owned() } else { rel }
        }
    };
    let mut links: Vec<String> = Locale::ALL
        .iter()
        .map(|&l| format!("<link rel=\"alternate\" hreflang=\"{}\" href=\"{}\">", l.tag(), escape(&href(l))))
        .collect();
    links.push(format!("<link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\">", escape(&href(Locale::Vi))));
    links.join("\n")
}
