//! A newsroom's report site from a folder of report files (`prerender --site`): one page per
//! report and language at `<id>/` and `<id>/en/`, pre-rendered (readable without JavaScript, then
//! live) with its own title, description, link-preview tags, share image and language alternates; the reports'
//! list, newest first, at the top (`index.html`, `en/index.html`); and, when the site's address is
//! known, `sitemap.xml` and an Atom feed of the newest reports. A report with problems is left out
//! whole, with its located problems, never half-published.
//!
//! Text in, files out: the command (`src/main.rs`) reads the folder and gives an [`Output`] (the
//! site's folder) that each page is written to as soon as it is made, on every core; the last
//! build's manifest (`manifest.rs`) lets a rebuild skip the reports that did not change.

use report::format::Report;
use report::locale::Locale;
use report::problem::Problem;
use report::text::escape_html as escape;
use report::wording::language_name;
use report::wording::site::SiteWord;
use widget::ssr::{link_preview, render};

use std::sync::atomic::{AtomicUsize, Ordering};

use rayon::prelude::*;

use crate::manifest::{fingerprint, Manifest};
use crate::page::{alternates, head, home, report_dir, text, up, Loads};
use crate::output::Output;
use crate::share_image::{share_image, Fonts};

/// The widget's built files a report page loads (the rest of `dist/` is the project's own pages).
pub const WIDGET_FILES: [&str; 10] = [
    "embed.js",
    "session-report.js",
    "session-report_bg.wasm",
    "widget.css",
    "page.css",
    "favicon.svg",
    "details.js",
    "details_bg.wasm",
    "charts.js",
    "charts_bg.wasm",
];

/// The feed lists this many reports, the newest.
const FEED_LENGTH: usize = 20;

/// One report file of the folder.
pub struct Source {
    /// The file name without `.json`: the report's address on the site.
    pub id: String,
    pub json: String,
}

/// How the site is built.
pub struct Settings<'a> {
    /// The site's public address (`https://news.example.org/reports/`): canonical links,
    /// alternates, the sitemap, the feed and the share images need it.
    pub base: Option<&'a str>,
    /// Without fonts no share image is made (the command says why).
    pub fonts: Option<&'a Fonts>,
    /// A fingerprint of the program and the widget's built files: when it changes, every page is
    /// written again (the manifest's `build`).
    pub program: u64,
}

/// What a build did.
#[derive(Debug, Default)]
pub struct Built {
    /// The reports left out, by id, and why.
    pub left_out: Vec<(String, Vec<Problem>)>,
    pub published: usize,
    /// The reports whose pages were written (the others were unchanged since the last build).
    pub rewritten: usize,
    pub share_images: usize,
    /// Indicators shared by two reports or more, each with its compare pages.
    pub compared: usize,
    /// What this build was made from, to write into the site's folder for the next one.
    pub manifest: Manifest,
}

/// A report that will be published, with its id.
struct Published {
    id: String,
    json: String,
    report: Report,
}

/// The name of a report page's share image, in the page's folder.
const SHARE_IMAGE: &str = "share.png";

/// Ids that name the site's own folders (`en/index.html`, `compare/`, `reports/<id>.json`).
const RESERVED: [&str; 3] = ["en", "compare", "reports"];

/// A report file as the site reads it: its report, or why it is left out (no problems: its file
/// name cannot be an address, see [`why_left_out`]).
pub fn check(source: &Source) -> Result<Report, Vec<Problem>> {
    if !report::validate::is_valid_id(&source.id) || RESERVED.contains(&source.id.as_str()) {
        return Err(Vec::new());
    }
    report::parse::parse_report(&source.json)
}

/// Builds the site into `out`, on every core: each report's pages as soon as they are made,
/// unless `previous` (the last build's manifest) says they are unchanged; then the pages that
/// depend on every report. `progress` is called once per report done. Fails on the first file
/// that cannot be written.
pub fn build(sources: Vec<Source>, settings: &Settings, previous: &Manifest, out: &dyn Output, progress: &(dyn Fn() + Sync)) -> Result<Built, String> {
    let base = settings.base.map(|b| if b.ends_with('/') { b.to_owned() } else { format!("{b}/") });
    let images = base.is_some() && settings.fonts.is_some();
    let read: Vec<Result<Published, (String, Vec<Problem>)>> = sources
        .into_par_iter()
        .map(|source| match check(&source) {
            Ok(report) => Ok(Published { id: source.id, json: source.json, report }),
            Err(problems) => Err((source.id, problems)),
        })
        .collect();
    let mut built = Built::default();
    let mut published = Vec::new();
    for r in read {
        match r {
            Ok(p) => published.push(p),
            Err(left) => built.left_out.push(left),
        }
    }
    built.left_out.sort_by(|a, b| a.0.cmp(&b.0));
    // Newest first: the session's date, then the id for a stable order.
    published.sort_by(|a, b| b.report.meta.event_date.cmp(&a.report.meta.event_date).then(a.id.cmp(&b.id)));
    built.published = published.len();
    built.manifest = Manifest {
        build: fingerprint(&[&settings.program, &fingerprint(&[base.as_deref().unwrap_or("")]), &u64::from(images)]),
        reports: published.iter().map(|p| (p.id.clone(), fingerprint(&[p.json.as_str()]))).collect(),
    };
    // A report published last time and not now: its pages go.
    for id in previous.reports.keys().filter(|id| !built.manifest.reports.contains_key(*id)) {
        out.remove(id)?;
        out.remove(&format!("reports/{id}.json"))?;
    }
    let rewritten = AtomicUsize::new(0);
    let share_images = AtomicUsize::new(0);
    let manifest = &built.manifest;
    published.par_iter().try_for_each(|p| {
        if !manifest.unchanged(previous, &p.id) {
            let made = report_files(p, base.as_deref(), settings.fonts.filter(|_| images), out)?;
            rewritten.fetch_add(1, Ordering::Relaxed);
            share_images.fetch_add(made, Ordering::Relaxed);
        }
        progress();
        Ok::<(), String>(())
    })?;
    built.rewritten = rewritten.into_inner();
    built.share_images = share_images.into_inner();
    // The archive: its data files, and its first view in each language.
    let entries: Vec<_> = published.iter().map(|p| report::archive::Entry::of_report(&p.id, &p.report)).collect();
    let (data, index) = crate::archive::data_files(&entries);
    for (path, bytes) in &data {
        out.write(path, bytes)?;
    }
    for locale in Locale::ALL {
        out.write(&format!("{}index.html", home(locale)), archive_page(index.clone(), locale, base.as_deref()).as_bytes())?;
    }
    let ids: Vec<(&str, &Report)> = published.iter().map(|p| (p.id.as_str(), &p.report)).collect();
    let compare_dirs = crate::compare::pages(&ids, base.as_deref(), out)?;
    // Each compared indicator has a page per language, beside the two indexes.
    built.compared = (compare_dirs.len() / Locale::ALL.len()).saturating_sub(1);
    if let Some(base) = &base {
        out.write("sitemap.xml", sitemap(&published, &compare_dirs, base).as_bytes())?;
        out.write("feed.xml", feed(&published, base).as_bytes())?;
    }
    Ok(built)
}

/// A report's file, its page in each language and, with `fonts`, their share images; how many
/// images were made.
fn report_files(p: &Published, base: Option<&str>, fonts: Option<&Fonts>, out: &dyn Output) -> Result<usize, String> {
    out.write(&format!("reports/{}.json", p.id), p.json.as_bytes())?;
    let mut images = 0;
    for locale in Locale::ALL {
        let dir = report_dir(&p.id, locale);
        // Only where the site's address is known: a link preview names its image by a full address.
        let image = fonts.and_then(|f| share_image(&p.report, locale, f).ok());
        let image_url = image.as_ref().and(base).map(|b| format!("{b}{dir}{SHARE_IMAGE}"));
        out.write(&format!("{dir}index.html"), report_page(p, locale, base, image_url.as_deref()).as_bytes())?;
        if let Some(png) = image {
            out.write(&format!("{dir}{SHARE_IMAGE}"), &png)?;
            images += 1;
        }
    }
    Ok(images)
}

/// Why a report was left out, in words, for the command's output.
pub fn why_left_out(id: &str, problems: &[Problem], l: Locale) -> String {
    if problems.is_empty() {
        return format!(
            "{id}.json: the file name is the report's address: lowercase a–z, digits and '-', at most 64 characters, and not {} (the site's own folders): rename the file",
            RESERVED.join(", ")
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

fn report_page(p: &Published, locale: Locale, base: Option<&str>, image: Option<&str>) -> String {
    let dir = report_dir(&p.id, locale);
    let url = base.map(|b| format!("{b}{dir}"));
    let mut tags = link_preview(&p.json, locale, url.as_deref(), image).unwrap_or_default();
    tags.push('\n');
    tags.push_str(&alternates(|l| report_dir(&p.id, l), &dir, base));
    let up = up(&dir);
    let other = locale.other();
    format!(
        "{}<body>\n<main>\n<nav class=\"page-links\"><a href=\"{up}{}\">{}</a> · <a href=\"{up}{}\">{}</a> · <a href=\"{up}{}\" lang=\"{}\" hreflang=\"{}\">{}</a></nav>\n\
         <div data-session-report data-prerendered=\"{up}reports/{}.json\" data-lang=\"{}\" data-key=\"report\">{}</div>\n\
         </main>\n</body>\n</html>\n",
        head(&dir, locale, &tags, Loads::Widget),
        home(locale),
        SiteWord::AllReports.text(locale),
        crate::compare::index_dir(locale),
        SiteWord::Compared.text(locale),
        report_dir(&p.id, other),
        other.tag(),
        other.tag(),
        language_name(other),
        p.id,
        locale.tag(),
        render(&p.json, locale, "report"),
    )
}

/// The archive of every report (`crate::archive`): the newest pre-rendered, search and filters once
/// its own bundle has started.
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
        head(dir, locale, &tags, Loads::PageOnly),
        crate::archive::first_render(index, locale, &up),
    )
}

/// Every page of the site, for search engines.
fn sitemap(published: &[Published], compare: &[String], base: &str) -> String {
    let mut urls: Vec<String> = Locale::ALL.iter().map(|&l| format!("{base}{}", home(l))).collect();
    urls.extend(compare.iter().map(|dir| format!("{base}{dir}")));
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::Memory;

    fn sources(title: &str) -> Vec<Source> {
        let seed = report::SEED_REPORT_JSON;
        let other = seed.replacen("Thường trực Tỉnh ủy làm việc với Huyện ủy Văn Lãng", title, 1);
        vec![Source { id: "seed".into(), json: seed.into() }, Source { id: "other".into(), json: other }, Source { id: "en".into(), json: seed.into() }]
    }

    #[test]
    fn a_rebuild_writes_only_the_changed_report_and_the_pages_of_every_report() {
        let settings = Settings { base: None, fonts: None, program: 1 };
        let first = Memory::default();
        let built = build(sources("Một"), &settings, &Manifest::default(), &first, &|| ()).unwrap();
        assert_eq!((built.published, built.rewritten), (2, 2));
        assert_eq!(built.left_out.len(), 1, "'en' is the English list's folder");
        assert!(first.paths().contains(&"other/en/index.html".to_owned()));
        let again = Memory::default();
        let rebuilt = build(sources("Hai"), &settings, &built.manifest, &again, &|| ()).unwrap();
        assert_eq!(rebuilt.rewritten, 1);
        let paths = again.paths();
        assert!(paths.contains(&"other/index.html".to_owned()) && !paths.iter().any(|p| p.starts_with("seed/")), "{paths:?}");
        assert!(String::from_utf8(again.get("index.html").unwrap()).unwrap().contains("Hai"), "the list is written again");
        let new_program = Settings { program: 2, ..settings };
        assert_eq!(build(sources("Hai"), &new_program, &rebuilt.manifest, &Memory::default(), &|| ()).unwrap().rewritten, 2);
    }
}
