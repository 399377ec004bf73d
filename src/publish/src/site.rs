//! A newsroom's report site from a folder of report files (`prerender --site`): one page per
//! report and language at `<id>/` and `<id>/en/`, pre-rendered (readable without JavaScript, then
//! live) with its own title, description, link-preview tags, share image and language alternates; the
//! archive of every report, newest first, with search and filters, at the top (`index.html`,
//! `en/index.html`, `archive.rs`); and, when the site's address is
//! known, `sitemap.xml` and an Atom feed of the newest reports. A report with problems is left out
//! whole, with its located problems, never half-published.
//!
//! Text in, files out: the command (`src/main.rs`) reads the folder and writes what this returns,
//! next to the widget's built files it copies.

use report::format::Report;
use report::locale::Locale;
use report::problem::Problem;
use report::text::{escape_html as escape, Text};
use report::wording::language_name;
use report::wording::site::SiteWord;
use widget::ssr::{link_preview, render};

use crate::share_image::{share_image, Fonts};

/// The widget's built files a report page loads (the rest of `dist/` is the project's own pages).
pub const WIDGET_FILES: [&str; 8] = [
    "embed.js",
    "session-report.js",
    "session-report_bg.wasm",
    "widget.css",
    "page.css",
    "favicon.svg",
    "details.js",
    "details_bg.wasm",
];

/// The feed lists this many reports, the newest.
const FEED_LENGTH: usize = 20;

/// One report file of the folder.
pub struct Source {
    /// The file name without `.json`: the report's address on the site.
    pub id: String,
    pub json: String,
}

/// What the site is made of.
#[derive(Debug, Default)]
pub struct Site {
    /// Each file's path under the site's folder and its contents.
    pub files: Vec<(String, Vec<u8>)>,
    /// The reports left out, by id, and why.
    pub left_out: Vec<(String, Vec<Problem>)>,
}

/// A report that will be published, with its id.
struct Published {
    id: String,
    json: String,
    report: Report,
}

/// The name of a report page's share image, in the page's folder.
const SHARE_IMAGE: &str = "share.png";

/// Builds the site. `base` is the site's public address (`https://news.example.org/reports/`):
/// canonical links, alternates, the sitemap, the feed and the share images need it. Without `fonts`
/// no share image is made (the command says why).
pub fn build(sources: Vec<Source>, base: Option<&str>, fonts: Option<&Fonts>) -> Site {
    let base = base.map(|b| if b.ends_with('/') { b.to_owned() } else { format!("{b}/") });
    let mut site = Site::default();
    let mut published = Vec::new();
    for Source { id, json } in sources {
        if !report::validate::is_valid_id(&id) {
            site.left_out.push((id, Vec::new()));
            continue;
        }
        match report::parse::parse_report(&json) {
            Ok(report) => published.push(Published { id, json, report }),
            Err(problems) => site.left_out.push((id, problems)),
        }
    }
    // Newest first: the session's date, then the id for a stable order.
    published.sort_by(|a, b| b.report.meta.event_date.cmp(&a.report.meta.event_date).then(a.id.cmp(&b.id)));
    for p in &published {
        site.files.push((format!("reports/{}.json", p.id), p.json.clone().into_bytes()));
        for locale in Locale::ALL {
            let dir = report_dir(&p.id, locale);
            // Only where the site's address is known: a link preview names its image by a full address.
            let image = base.as_ref().and(fonts).and_then(|f| share_image(&p.report, locale, f).ok());
            let image_url = image.as_ref().and(base.as_deref()).map(|b| format!("{b}{dir}{SHARE_IMAGE}"));
            site.files.push((format!("{dir}index.html"), report_page(p, locale, base.as_deref(), image_url.as_deref()).into_bytes()));
            if let Some(png) = image {
                site.files.push((format!("{dir}{SHARE_IMAGE}"), png));
            }
        }
    }
    let entries: Vec<_> = published.iter().map(|p| report::archive::Entry::of_report(&p.id, &p.report)).collect();
    let (data, index) = crate::archive::data_files(&entries);
    site.files.extend(data);
    for locale in Locale::ALL {
        site.files.push((format!("{}index.html", home(locale)), archive_page(index.clone(), locale, base.as_deref()).into_bytes()));
    }
    if let Some(base) = &base {
        site.files.push(("sitemap.xml".into(), sitemap(&published, base).into_bytes()));
        site.files.push(("feed.xml".into(), feed(&published, base).into_bytes()));
    }
    site
}

/// Why a report was left out, in words, for the command's output.
pub fn why_left_out(id: &str, problems: &[Problem], l: Locale) -> String {
    if problems.is_empty() {
        return format!(
            "{id}.json: the file name is the report's address: lowercase a–z, digits and '-', at most 64 characters (rename the file)"
        );
    }
    let lines: Vec<String> = problems
        .iter()
        .map(|p| {
            let at = p.at.map(|(line, col)| format!(" (line {line}, column {col})")).unwrap_or_default();
            format!("  {}{at}: {}", if p.path.is_empty() { "(the file)" } else { &p.path }, p.describe(l))
        })
        .collect();
    format!("{id}.json: left out, {} problem{}:\n{}", problems.len(), if problems.len() == 1 { "" } else { "s" }, lines.join("\n"))
}

/// The folder of a report's page in `locale`: `<id>/` for Vietnamese, `<id>/en/` for English.
fn report_dir(id: &str, locale: Locale) -> String {
    match locale {
        Locale::Vi => format!("{id}/"),
        Locale::En => format!("{id}/en/"),
    }
}

/// The folder of the archive, the list of reports, in `locale`.
fn home(locale: Locale) -> &'static str {
    match locale {
        Locale::Vi => "",
        Locale::En => "en/",
    }
}

/// From a page in `dir` back to the site's top: `../` per folder.
fn up(dir: &str) -> String {
    "../".repeat(dir.matches('/').count())
}

fn text(t: &Text, l: Locale) -> String {
    t.resolve(l).map(|r| r.text.to_owned()).unwrap_or_default()
}

/// The head every page shares: the page's styles, and with `widget` the widget's styles and loader
/// (relative to the page), then `tags`. The archive has no widget: its first view loads neither.
fn head(dir: &str, locale: Locale, tags: &str, widget: bool) -> String {
    let up = up(dir);
    let mut head = format!(
        "<!doctype html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <link rel=\"icon\" href=\"{up}favicon.svg\" type=\"image/svg+xml\">\n\
         <link rel=\"stylesheet\" href=\"{up}page.css\">\n",
        locale.tag()
    );
    if widget {
        head.push_str(&format!(
            "<link rel=\"stylesheet\" href=\"{up}widget.css\">\n<script type=\"module\" src=\"{up}embed.js\"></script>\n\
             <link rel=\"modulepreload\" href=\"{up}session-report.js\" crossorigin>\n"
        ));
    }
    head.push_str(tags);
    head.push_str("\n</head>\n");
    head
}

/// `<link rel="alternate" hreflang>` for each language of a page, and the canonical link is the
/// link preview's. Search engines want full addresses: without `base`, the alternates are relative.
fn alternates(dir_of: impl Fn(Locale) -> String, here: &str, base: Option<&str>) -> String {
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

fn report_page(p: &Published, locale: Locale, base: Option<&str>, image: Option<&str>) -> String {
    let dir = report_dir(&p.id, locale);
    let url = base.map(|b| format!("{b}{dir}"));
    let mut tags = link_preview(&p.json, locale, url.as_deref(), image).unwrap_or_default();
    tags.push('\n');
    tags.push_str(&alternates(|l| report_dir(&p.id, l), &dir, base));
    let up = up(&dir);
    let other = locale.other();
    format!(
        "{}<body>\n<main>\n<nav class=\"page-links\"><a href=\"{up}{}\">{}</a> · <a href=\"{up}{}\" lang=\"{}\" hreflang=\"{}\">{}</a></nav>\n\
         <div data-session-report data-prerendered=\"{up}reports/{}.json\" data-lang=\"{}\" data-key=\"report\">{}</div>\n\
         </main>\n</body>\n</html>\n",
        head(&dir, locale, &tags, true),
        home(locale),
        SiteWord::AllReports.text(locale),
        report_dir(&p.id, other),
        other.tag(),
        other.tag(),
        language_name(other),
        p.id,
        locale.tag(),
        render(&p.json, locale, "report"),
    )
}

/// Every report, newest first, with search and filters: the archive (`archive.rs`).
fn archive_page(index: std::rc::Rc<report::archive::shards::Index>, locale: Locale, base: Option<&str>) -> String {
    let dir = home(locale);
    let up = up(dir);
    let mut tags = format!("<title>{}</title>\n", escape(SiteWord::AllReports.text(locale)));
    if let Some(b) = base {
        tags.push_str(&format!("<link rel=\"canonical\" href=\"{}\">\n", escape(&format!("{b}{dir}"))));
        tags.push_str(&format!("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"{}\">\n", escape(&format!("{b}feed.xml"))));
    }
    tags.push_str(&alternates(|l| home(l).to_owned(), dir, base));
    tags.push_str(&format!("\n<script type=\"module\" src=\"{up}{}\"></script>", crate::archive::START));
    format!(
        "{}<body>\n<main class=\"site-list archive\">\n{}\n</main>\n</body>\n</html>\n",
        head(dir, locale, &tags, false),
        crate::archive::first_render(index, locale, &up),
    )
}

/// Every page of the site, for search engines.
fn sitemap(published: &[Published], base: &str) -> String {
    let mut urls: Vec<String> = Locale::ALL.iter().map(|&l| format!("{base}{}", home(l))).collect();
    for p in published {
        urls.extend(Locale::ALL.iter().map(|&l| format!("{base}{}", report_dir(&p.id, l))));
    }
    let entries: Vec<String> = urls.iter().map(|u| format!("<url><loc>{}</loc></url>", escape(u))).collect();
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n{}\n</urlset>\n",
        entries.join("\n")
    )
}

/// The newest reports as an Atom feed (Vietnamese, the reports' own language).
fn feed(published: &[Published], base: &str) -> String {
    let l = Locale::Vi;
    let day = |p: &Published| p.report.meta.published.unwrap_or(p.report.meta.event_date);
    let updated = published.iter().map(day).max().map(|d| format!("{d}T00:00:00Z")).unwrap_or_else(|| "1970-01-01T00:00:00Z".into());
    let entries: Vec<String> = published
        .iter()
        .take(FEED_LENGTH)
        .map(|p| {
            let m = &p.report.meta;
            let url = format!("{base}{}", report_dir(&p.id, l));
            let summary = m.lede.as_ref().map(|t| text(t, l)).unwrap_or_else(|| text(&m.place, l));
            format!(
                "<entry><title>{}</title><link href=\"{}\"/><id>{}</id><updated>{}T00:00:00Z</updated><summary>{}</summary></entry>",
                escape(&text(&m.title, l)),
                escape(&url),
                escape(&url),
                day(p),
                escape(&summary),
            )
        })
        .collect();
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"vi\">\n\
         <title>{}</title>\n<link href=\"{}\"/>\n<link rel=\"self\" href=\"{}\"/>\n<id>{}</id>\n<updated>{updated}</updated>\n{}\n</feed>\n",
        escape(SiteWord::AllReports.text(l)),
        escape(base),
        escape(&format!("{base}feed.xml")),
        escape(base),
        entries.join("\n")
    )
}
