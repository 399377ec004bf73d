//! Pre-renders reports into HTML pages at build time (Trunk.toml's post-build hook), so the report
//! is readable before the wasm arrives and with JavaScript off.
//!
//! ```text
//! prerender <dir>                    fill every page in <dir> (see below), in place
//! prerender --fragment <report.json> [--lang vi|en] [--key report]
//!                                    print one report's HTML, e.g. to paste into a page
//! prerender --embed <report.json> <src> [--lang vi|en] [--key report] [--base URL]
//!                                    print the snippet for a news page: the loader's <script> and a
//!                                    <session-report> with the report already rendered in its
//!                                    (declarative) shadow root; --base is where the widget's files
//!                                    are (embed.js, widget.css), e.g. https://cdn.example.org/sr/
//! prerender --snippet <src> [--lang vi|en] [--key report] [--base URL]
//!                                    the light snippet: the same without the report, whose box
//!                                    keeps one height until the reader opens it (no layout shift)
//! prerender --standalone <report.json> [--lang vi|en] [--dist DIR]
//!                                    one self-contained HTML page (widget, styles, report and its
//!                                    render inlined) that works from file:// with no network; the
//!                                    widget's built files are read from DIR (default dist/, made
//!                                    by `trunk build --release`)
//! prerender --site <reports dir> --out <site dir> [--base URL] [--dist DIR] [--strict]
//!                                    a report site: a page per report and language (<id>/,
//!                                    <id>/en/), the list of reports, sitemap.xml and feed.xml (with
//!                                    --base, the site's address), the reports and the widget's files
//!                                    from DIR (default dist/); a report with problems is left out
//!                                    with them printed, and fails the build with --strict
//! ```
//! In a page (the directory mode):
//! - `<div data-session-report data-prerender="reports/x.json">` gets the widget's first render of
//!   that report (a path relative to the page) in place of its contents, which must not contain
//!   other `<div>`s; `data-lang` picks the language (default vi), `data-key` the share-link key;
//! - `<session-report src="reports/x.json" data-prerender></session-report>` gets a declarative
//!   shadow root with the stylesheet and the render of its `src`, in its `lang`.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    if let Err(e) = cli::run(std::env::args().skip(1).collect()) {
        eprintln!("prerender: {e}");
        std::process::exit(1);
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use std::fs;
    use std::path::Path;

    use std::time::Instant;

    use indicatif::{ProgressBar, ProgressStyle};
    use publish::manifest::{self, fingerprint, Manifest};
    use publish::output::{Folder, Output};
    use report::embed as contract;
    use report::locale::Locale;
    use publish::snippet::{embed_element, light_element, loader, shadow_root, standalone, Widget};
    use widget::ssr::{link_preview, render};

    pub fn run(args: Vec<String>) -> Result<(), String> {
        let flag = |name: &str| args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).map(String::as_str);
        let locale = match flag("--lang") {
            None => Locale::Vi,
            Some(tag) => Locale::from_tag(tag).ok_or(format!("unknown language {tag:?} (vi or en)"))?,
        };
        let key = flag("--key").unwrap_or("report");
        match args.first().map(String::as_str) {
            Some("--fragment") => {
                let json = read(args.get(1).ok_or("--fragment needs a report file")?)?;
                println!("{}", render(&json, locale, key));
            }
            Some("--embed") => {
                let file = args.get(1).ok_or("--embed needs a report file and its src")?;
                let src = args.get(2).ok_or("--embed needs the src the page will give the element")?;
                let json = read(file)?;
                let base = flag("--base").unwrap_or("");
                println!("{}", loader(base));
                println!("{}", embed_element(&render(&json, locale, key), src, locale, key, &format!("{base}widget.css")));
            }
            Some("--snippet") => {
                let src = args.get(1).filter(|s| !s.starts_with('-')).ok_or("--snippet needs the report's src")?;
                let base = flag("--base").unwrap_or("");
                println!("{}", loader(base));
                println!("{}", light_element(src, locale, key, &format!("{base}widget.css")));
            }
            Some("--standalone") => {
                let json = read(args.get(1).filter(|s| !s.starts_with('-')).ok_or("--standalone needs a report file")?)?;
                print!("{}", standalone_page(&json, locale, Path::new(flag("--dist").unwrap_or("dist")))?);
            }
            Some("--site") => {
                let reports = args.get(1).filter(|s| !s.starts_with('-')).ok_or("--site needs the folder of report files")?;
                let out = flag("--out").ok_or("--site needs --out, the folder to write the site into")?;
                site(Path::new(reports), Path::new(out), flag("--base"), Path::new(flag("--dist").unwrap_or("dist")), args.iter().any(|a| a == "--strict"))?;
            }
            Some(dir) if !dir.starts_with('-') => {
                for entry in fs::read_dir(dir).map_err(|e| format!("{dir}: {e}"))? {
                    let path = entry.map_err(|e| e.to_string())?.path();
                    if path.extension().is_some_and(|x| x == "html") {
                        fill_page(&path)?;
                    }
                }
            }
            _ => {
                return Err(
                    "usage: prerender <dir> | --fragment <report.json> | --embed <report.json> <src> | --snippet <src> | --standalone <report.json> | --site <reports dir> --out <site dir>".into()
                )
            }
        }
        Ok(())
    }

    /// Builds the report site from every `*.json` of `reports` into `out`, with the widget's files.
    fn site(reports: &Path, out: &Path, base: Option<&str>, dist: &Path, strict: bool) -> Result<(), String> {
        if let Some(b) = base.filter(|b| !report::validate::is_web_url(b)) {
            return Err(format!("--base {b:?}: the site's address is an absolute http(s) address, e.g. https://news.example.org/reports/"));
        }
        let mut sources = Vec::new();
        for entry in fs::read_dir(reports).map_err(|e| format!("{}: {e}", reports.display()))? {
            let path = entry.map_err(|e| e.to_string())?.path();
            if path.extension().is_some_and(|x| x == "json") {
                let id = path.file_stem().and_then(|s| s.to_str()).unwrap_or_default().to_owned();
                sources.push(publish::site::Source { id, json: read(&path)? });
            }
        }
        let count = sources.len();
        let fonts = match base {
            Some(_) => publish::share_image::Fonts::system().map_err(|e| eprintln!("prerender: {e}; the site has no share images")).ok(),
            None => None,
        };
        // Every page depends on this program and the widget's files: a new one of either means a
        // full build. The program is known by its file's size and time (a debug build is 87 MB to
        // read and hash); the widget's files by their contents, which are copied anyway.
        let exe = fs::metadata(std::env::current_exe().map_err(|e| e.to_string())?).map_err(|e| format!("the program's own file: {e}"))?;
        let stamp = format!("{} {:?} {:?}", env!("CARGO_PKG_VERSION"), exe.len(), exe.modified().ok());
        let mut program = vec![stamp.into_bytes()];
        // The widget's files and the archive page's bundle, copied next to the pages.
        let files: Vec<&str> = publish::site::WIDGET_FILES.iter().chain(publish::archive::BUNDLE_FILES.iter()).copied().collect();
        for name in &files {
            let from = dist.join(name);
            program.push(fs::read(&from).map_err(|e| {
                format!(
                    "{}: {e}: --site needs the built widget and archive page; run `trunk build --release` first (it runs .ci/build-archive), or give --dist DIR",
                    from.display()
                )
            })?);
        }
        let settings = publish::site::Settings { base, fonts: fonts.as_ref(), program: fingerprint(&program.iter().map(Vec::as_slice).collect::<Vec<_>>()) };
        if strict {
            // Nothing is written when a report has problems: check them all first.
            let bad: Vec<_> = sources.iter().filter_map(|s| publish::site::check(s).err().map(|problems| (&s.id, problems))).collect();
            if !bad.is_empty() {
                for (id, problems) in &bad {
                    eprintln!("prerender: {}", publish::site::why_left_out(id, problems, Locale::En));
                }
                return Err(format!("{} of {count} reports have problems (--strict): nothing written", bad.len()));
            }
        }
        let previous = Manifest::from_text(&fs::read_to_string(out.join(manifest::FILE)).unwrap_or_default());
        let folder = Folder(out.to_path_buf());
        let started = Instant::now();
        // A bar on a terminal; indicatif draws nothing when stderr is a file or a pipe.
        let bar = ProgressBar::new(count as u64).with_style(
            ProgressStyle::with_template("{elapsed_precise} [{bar:40}] {pos}/{len} reports ({per_sec}, {eta} left)").map_err(|e| e.to_string())?,
        );
        let built = publish::site::build(sources, &settings, &previous, &folder, &|| bar.inc(1))?;
        bar.finish_and_clear();
        for (id, problems) in &built.left_out {
            eprintln!("prerender: {}", publish::site::why_left_out(id, problems, Locale::En));
        }
        for (bytes, name) in program.iter().skip(1).zip(&files) {
            folder.write(name, bytes)?;
        }
        folder.write(manifest::FILE, built.manifest.to_text().as_bytes())?;
        println!(
            "prerender: site in {}: {} of {count} reports published, {} of them written ({} pages, {} share images, {} compared indicators) in {:.1} s on {} threads{}",
            out.display(),
            built.published,
            built.rewritten,
            built.rewritten * 2,
            built.share_images,
            built.compared,
            started.elapsed().as_secs_f64(),
            rayon::current_num_threads(),
            if base.is_none() { "; no sitemap.xml, feed.xml or share images without --base (they need the site's address)" } else { "" }
        );
        Ok(())
    }

    fn read(path: impl AsRef<Path>) -> Result<String, String> {
        let path = path.as_ref();
        fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
    }

    /// The self-contained page of a report (`editor::publish::standalone`), with the widget's
    /// built files from `dist`. A report with problems gives its error panel, as the widget would.
    fn standalone_page(json: &str, locale: Locale, dist: &Path) -> Result<String, String> {
        let file = |name: &str| {
            let path = dist.join(name);
            fs::read(&path).map_err(|e| {
                format!("{}: {e}: --standalone needs the built widget; run `trunk build --release` first, or give --dist DIR", path.display())
            })
        };
        let (glue, wasm, css) = (file("session-report.js")?, file("session-report_bg.wasm")?, file("widget.css")?);
        let text = |bytes: Vec<u8>| String::from_utf8(bytes).map_err(|e| e.to_string());
        let (glue, css) = (text(glue)?, text(css)?);
        // The chart bundle (.ci/build-details): without it the page's charts stay as pre-rendered.
        let charts = match (fs::read_to_string(dist.join("charts.js")), fs::read(dist.join("charts_bg.wasm"))) {
            (Ok(glue), Ok(wasm)) => Some((glue, wasm)),
            _ => None,
        };
        let title = report::parse::parse_report(json)
            .ok()
            .and_then(|r| r.meta.title.resolve(locale).map(|t| t.text.to_owned()))
            .unwrap_or_else(|| "Báo cáo buổi làm việc / Work-session report".to_owned());
        Ok(standalone(json, &render(json, locale, "report"), &title, locale, &Widget { glue: &glue, wasm: &wasm, css: &css, charts: charts.as_ref().map(|(g, w)| (g.as_str(), w.as_slice())) }))
    }

    /// Replaces the contents of each `data-prerender` element of the page with its report:
    /// a `<div data-prerender="reports/x.json">` gets the view itself, a
    /// `<session-report src="reports/x.json" data-prerender>` a declarative shadow root holding it.
    fn fill_page(page: &Path) -> Result<(), String> {
        let mut html = read(page)?;
        let dir = page.parent().unwrap_or(Path::new("."));
        let mut from = 0;
        let mut filled = 0;
        let mut preview = None;
        while let Some(at) = html[from..].find(&format!(" {}", contract::PRERENDER)).map(|i| from + i) {
            let tag_start = html[..at].rfind('<').ok_or(format!("{} outside a tag", contract::PRERENDER))?;
            let tag_end = at + html[at..].find('>').ok_or("unclosed tag")? + 1;
            let tag = html[tag_start..tag_end].to_owned();
            if !matches!(tag.as_bytes().get(at - tag_start + 1 + contract::PRERENDER.len()), Some(b'=' | b' ' | b'>')) {
                from = tag_end;
                continue;
            }
            let embed = tag.starts_with(&format!("<{}", contract::ELEMENT));
            let locale = attribute(&tag, if embed { contract::LANG } else { contract::ROOT_LANG })
                .and_then(|t| Locale::from_tag(&t))
                .unwrap_or(Locale::Vi);
            let key = attribute(&tag, if embed { contract::KEY } else { contract::ROOT_KEY })
                .or_else(|| attribute(&tag, "id"))
                .unwrap_or_else(|| "report".into());
            let report = attribute(&tag, if embed { contract::SRC } else { contract::PRERENDER })
                .ok_or(format!("{}: {tag} names no report", page.display()))?;
            let json = read(dir.join(&report))?;
            let close_tag = if embed { format!("</{}>", contract::ELEMENT) } else { "</div>".to_owned() };
            let close = tag_end + html[tag_end..].find(&close_tag).ok_or(format!("no {close_tag} after {tag}"))?;
            let rendered = if embed { shadow_root(&render(&json, locale, &key), "widget.css") } else { render(&json, locale, &key) };
            // A page that is the report (not a news page with embeds) gets its link preview.
            if !embed && preview.is_none() {
                preview = link_preview(&json, locale, page_url(page).as_deref(), None).map(|tags| (tags, locale));
            }
            // The attribute is consumed, so a second run leaves the page as it is. A page element
            // keeps a note of its report (mount.rs compares it with ?src=); an embed's is its src.
            let opening = tag.replacen(&format!(" {}", contract::PRERENDER), &if embed { String::new() } else { format!(" {}", contract::PRERENDERED) }, 1);
            html.replace_range(tag_start..close, &format!("{opening}{rendered}"));
            from = tag_start + opening.len() + rendered.len();
            filled += 1;
        }
        if let Some((tags, locale)) = preview {
            html = with_head(&html, &tags, locale);
        }
        if filled > 0 {
            fs::write(page, html).map_err(|e| format!("{}: {e}", page.display()))?;
            println!("prerender: {} ({filled} report{})", page.display(), if filled == 1 { "" } else { "s" });
        }
        Ok(())
    }

    /// The page's public address, when the build is told where the site lives: `SR_SITE_URL`
    /// (e.g. `https://news.example.org/reports/`) joined with the page's file name.
    fn page_url(page: &Path) -> Option<String> {
        let base = std::env::var("SR_SITE_URL").ok().filter(|b| !b.is_empty())?;
        let name = page.file_name()?.to_str()?;
        let base = if base.ends_with('/') { base } else { format!("{base}/") };
        Some(if name == "index.html" { base } else { format!("{base}{name}") })
    }

    /// `html` with the link-preview `tags` in its head, in place of its `<title>`, and its
    /// `<html lang>` set to the report's language.
    fn with_head(html: &str, tags: &str, locale: Locale) -> String {
        let mut html = html.to_owned();
        if let (Some(start), Some(end)) = (html.find("<title>"), html.find("</title>")) {
            html.replace_range(start..end + "</title>".len(), "");
        }
        if let Some(at) = html.find("</head>") {
            html.insert_str(at, tags);
        }
        for old in ["<html lang=vi", "<html lang=en", "<html lang=\"vi\"", "<html lang=\"en\""] {
            if let Some(at) = html.find(old) {
                html.replace_range(at..at + old.len(), &format!("<html lang=\"{}\"", locale.tag()));
                break;
            }
        }
        html
    }

    /// An attribute's value in an opening tag, quoted or not (trunk's minifier drops quotes).
    fn attribute(tag: &str, name: &str) -> Option<String> {
        let at = tag.find(&format!(" {name}="))? + name.len() + 2;
        let rest = &tag[at..];
        let value = match rest.chars().next()? {
            q @ ('"' | '\'') => rest[1..].split(q).next()?,
            _ => rest.split([' ', '>']).next()?,
        };
        Some(value.replace("&amp;", "&").replace("&quot;", "\""))
    }
}
