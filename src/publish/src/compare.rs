//! The site's compare pages: one indicator across every report that has it (`report::compare`
//! says which are the same), at `compare/<key>/` and `compare/<key>/en/`, with an index at
//! `compare/` and `compare/en/`. Each page is plain HTML, readable without JavaScript: a chart of
//! the newest reports' values, drawn by the widget's own chart code, and a table of every report
//! with its date, place, the value as it reported it and what it was measured against, each
//! linking back to the report's page.

use report::chart::layout::layout;
use report::chart::svg::render_svg;
use report::compare::{chart, groups, Group};
use report::figures::figure;
use report::format::{Indicator, Report};
use report::locale::Locale;
use report::text::escape_html as escape;
use report::wording::language_name;
use report::wording::site::SiteWord;

use crate::output::Output;
use crate::page::{alternates, head, home, report_dir, text, up, Loads};

/// A published report: its id (its address) and the report.
pub(crate) type Published<'a> = (&'a str, &'a Report);

/// The chart shows this many reports, the newest; the table shows them all.
const CHART_BARS: usize = 24;
/// The chart's width: the widget's own default; and on a phone.
const CHART_WIDTH: u32 = 720;
const PHONE_WIDTH: u32 = 340;

/// The folder of the compare index in `locale`.
pub(crate) fn index_dir(locale: Locale) -> &'static str {
    match locale {
        Locale::Vi => "compare/",
        Locale::En => "compare/en/",
    }
}

fn group_dir(key: &str, locale: Locale) -> String {
    match locale {
        Locale::Vi => format!("compare/{key}/"),
        Locale::En => format!("compare/{key}/en/"),
    }
}

/// Writes every compare page and the index; the folders written, for the sitemap.
pub(crate) fn pages(published: &[Published], base: Option<&str>, out: &dyn Output) -> Result<Vec<String>, String> {
    let reports: Vec<&Report> = published.iter().map(|p| p.1).collect();
    let mut groups = groups(&reports);
    // `compare/en/` is the English index: a key "en" would hide it.
    for g in groups.iter_mut().filter(|g| g.key == "en") {
        g.key = "en-1".into();
    }
    let mut dirs = Vec::new();
    for locale in Locale::ALL {
        let dir = index_dir(locale);
        out.write(&format!("{dir}index.html"), index_page(&groups, published, locale, base).as_bytes())?;
        dirs.push(dir.to_owned());
        for g in &groups {
            let dir = group_dir(&g.key, locale);
            out.write(&format!("{dir}index.html"), group_page(g, published, &reports, locale, base).as_bytes())?;
            dirs.push(dir);
        }
    }
    Ok(dirs)
}

fn indicator<'a>(published: &[Published<'a>], g: &Group, at: usize) -> &'a Indicator {
    let e = g.entries[at];
    &published[e.report].1.indicators[e.indicator]
}

/// "Tổng diện tích gieo trồng (ha)": the first report's label and what the values are in.
fn title(ind: &Indicator, l: Locale) -> String {
    let unit = match (&ind.currency, &ind.unit) {
        (Some(c), _) => Some(c.clone()),
        (None, _) if ind.percent => Some("%".into()),
        (None, Some(u)) => Some(text(u, l)),
        (None, None) => None,
    };
    let label = text(&ind.label, l);
    unit.filter(|u| !u.is_empty()).map_or(label.clone(), |u| format!("{label} ({u})"))
}

/// The page's opening: head, heading and the links to the other language and to the lists.
fn page_start(dir: &str, locale: Locale, heading: &str, base: Option<&str>, other_dir: &str) -> String {
    let mut tags = format!("<title>{}</title>\n", escape(heading));
    if let Some(b) = base {
        tags.push_str(&format!("<link rel=\"canonical\" href=\"{}\">\n", escape(&format!("{b}{dir}"))));
    }
    let vi_dir = if locale == Locale::Vi { dir.to_owned() } else { other_dir.to_owned() };
    let en_dir = if locale == Locale::En { dir.to_owned() } else { other_dir.to_owned() };
    tags.push_str(&alternates(|l| if l == Locale::Vi { vi_dir.clone() } else { en_dir.clone() }, dir, base));
    let up = up(dir);
    let other = locale.other();
    format!(
        "{}<body>\n<main class=\"site-list\">\n<h1>{}</h1>\n<p class=\"page-links\"><a href=\"{up}{}\">{}</a> · <a href=\"{up}{}\">{}</a> · <a href=\"{up}{other_dir}\" lang=\"{}\" hreflang=\"{}\">{}</a></p>\n",
        head(dir, locale, &tags, Loads::WidgetStyles),
        escape(heading),
        home(locale),
        SiteWord::AllReports.text(locale),
        index_dir(locale),
        SiteWord::Compared.text(locale),
        other.tag(),
        other.tag(),
        language_name(other),
    )
}

/// Every compared indicator, with how many reports have it.
fn index_page(groups: &[Group], published: &[Published], locale: Locale, base: Option<&str>) -> String {
    let dir = index_dir(locale);
    let up = up(dir);
    let rows: Vec<String> = groups
        .iter()
        .map(|g| {
            format!(
                "<tr><th scope=\"row\"><a href=\"{up}{}\">{}</a></th><td>{}</td></tr>",
                group_dir(&g.key, locale),
                escape(&title(indicator(published, g, 0), locale)),
                report::locale::number(g.entries.len() as f64, 0, locale),
            )
        })
        .collect();
    format!(
        "{}<div class=\"sr-table-wrap\"><table class=\"sr-table\">\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>\n{}\n</tbody></table></div>\n</main>\n</body>\n</html>\n",
        page_start(dir, locale, SiteWord::Compared.text(locale), base, index_dir(locale.other())),
        SiteWord::Figure.text(locale),
        SiteWord::ReportCount.text(locale),
        rows.join("\n"),
    )
}

/// One indicator: the chart of the newest reports, then the table of them all, newest first.
fn group_page(g: &Group, published: &[Published], reports: &[&Report], locale: Locale, base: Option<&str>) -> String {
    let dir = group_dir(&g.key, locale);
    let up = up(&dir);
    let heading = title(indicator(published, g, 0), locale);
    let place = |i: usize| text(&published[g.entries[i].report].1.meta.place, locale);
    let date = |i: usize| published[g.entries[i].report].1.meta.event_date;
    let shown = Group { key: g.key.clone(), entries: g.entries.iter().take(CHART_BARS).copied().collect() };
    let names: Vec<String> = (0..shown.entries.len()).map(|i| format!("{} · {}", date(i), place(i))).collect();
    // Drawn for a wide screen and for a phone (labels above their bars), as the widget redraws
    // for its width; the stylesheet shows the one that fits (page.css), no script needed.
    let data = chart(&shown, reports, &names, &heading, locale);
    let (wide, narrow) = (render_svg(&layout(&data, CHART_WIDTH)), render_svg(&layout(&data, PHONE_WIDTH)));
    let note = if g.entries.len() > CHART_BARS { format!("<figcaption class=\"sr-chart__caption\"><p class=\"sr-chart__desc\">{}</p></figcaption>", SiteWord::ChartNewest.text(locale)) } else { String::new() };
    let rows: Vec<String> = (0..g.entries.len())
        .map(|i| {
            let (id, report) = published[g.entries[i].report];
            let f = figure(indicator(published, g, i), locale);
            let against = if f.shares.is_empty() { "—".to_owned() } else { f.shares.join("; ") };
            format!(
                "<tr><th scope=\"row\"><a href=\"{up}{}\">{}</a></th><td><time datetime=\"{}\">{}</time></td><td>{}</td><td>{}</td><td>{}</td></tr>",
                report_dir(id, locale),
                escape(&text(&report.meta.title, locale)),
                date(i),
                escape(&report::locale::date(date(i), locale)),
                escape(&place(i)),
                escape(&f.headline.unwrap_or_default()),
                escape(&against),
            )
        })
        .collect();
    let label = escape(&heading);
    format!(
        "{}<div class=\"sr-widget\" lang=\"{}\">\n<figure class=\"sr-chart\">{note}\
         <div class=\"sr-chart__img site-chart--wide\" role=\"img\" aria-label=\"{label}\">{wide}</div>\
         <div class=\"sr-chart__img site-chart--narrow\" role=\"img\" aria-label=\"{label}\">{narrow}</div></figure>\n\
         <div class=\"sr-table-wrap\"><table class=\"sr-table\">\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>\n{}\n</tbody></table></div>\n</div>\n</main>\n</body>\n</html>\n",
        page_start(&dir, locale, &heading, base, &group_dir(&g.key, locale.other())),
        locale.tag(),
        SiteWord::Report.text(locale),
        SiteWord::Date.text(locale),
        SiteWord::Place.text(locale),
        SiteWord::Figure.text(locale),
        SiteWord::Against.text(locale),
        rows.join("\n"),
    )
}
