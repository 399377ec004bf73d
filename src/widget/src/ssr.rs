//! Server-side rendering (native builds only): a report as the static HTML the widget's first
//! render produces, so a page can show it before the wasm arrives and with JavaScript off. When the
//! wasm starts, `mount` renders the same view next to it and swaps it in (see `mount.rs`).

use yew::LocalServerRenderer;

use super::app::{App, AppProps};
// `mount` creates the same element in the browser: the pre-rendered DOM and the live one match.
use report::embed::VIEW;
use report::locale::Locale;

/// The widget's first render of `json` in `locale`, wrapped like the live view. A report with
/// problems renders as its error panel, exactly as the widget would show it. `key` is the widget's
/// share-link name, as `mount` would choose it (it decides whether share buttons are shown).
pub fn render(json: &str, locale: Locale, key: &str) -> String {
    let props = AppProps::published(json, locale, key);
    let runtime = tokio::runtime::Builder::new_current_thread().build().expect("a single-threaded runtime");
    let html = runtime.block_on(async {
        tokio::task::LocalSet::new()
            .run_until(LocalServerRenderer::<App>::with_props(props).hydratable(false).render())
            .await
    });
    format!("<div {VIEW}>{html}</div>")
}

/// What chat apps and social networks show for a link to a page holding this report (they do not
/// run scripts): `<title>`, the description and Open Graph / Twitter card tags, in `locale`, from
/// the report's title, standfirst, outlet and dates. `page_url` is the page's public address, for
/// the canonical link and `og:url`; without it those are left out. `image` is the address of the
/// report's share image, where the site made one (the large card then). `None` for a report that
/// does not parse (the page keeps the tags it has).
pub fn link_preview(json: &str, locale: Locale, page_url: Option<&str>, image: Option<&str>) -> Option<String> {
    use report::wording::Msg;
    let report = report::parse::parse_report(json).ok()?;
    let meta = &report.meta;
    let text = |t: &report::text::Text| t.resolve(locale).map(|r| r.text.to_owned()).unwrap_or_default();
    let title = text(&meta.title);
    let description = clip(&meta.lede.as_ref().map(text).unwrap_or_else(|| title.clone()), 200);
    let mut tags = vec![
        format!("<title>{} — {}</title>", escape(&title), Msg::ReportLabel.text(locale)),
        format!("<meta name=\"description\" content=\"{}\">", escape(&description)),
        "<meta property=\"og:type\" content=\"article\">".to_owned(),
        format!("<meta property=\"og:title\" content=\"{}\">", escape(&title)),
        format!("<meta property=\"og:description\" content=\"{}\">", escape(&description)),
        format!("<meta property=\"og:site_name\" content=\"{}\">", escape(&text(&meta.source.outlet))),
        format!("<meta property=\"og:locale\" content=\"{}\">", locale.og_tag()),
        format!("<meta name=\"twitter:card\" content=\"{}\">", if image.is_some() { "summary_large_image" } else { "summary" }),
        format!("<meta name=\"twitter:title\" content=\"{}\">", escape(&title)),
        format!("<meta name=\"twitter:description\" content=\"{}\">", escape(&description)),
    ];
    if let Some(published) = meta.published {
        tags.push(format!("<meta property=\"article:published_time\" content=\"{published}\">"));
    }
    // The report's share image (`publish::share_image`, 1200 × 630), where the site made one.
    if let Some(image) = image.filter(|u| report::validate::is_web_url(u)) {
        tags.push(format!("<meta property=\"og:image\" content=\"{}\">", escape(image)));
        tags.push("<meta property=\"og:image:width\" content=\"1200\"><meta property=\"og:image:height\" content=\"630\">".to_owned());
        tags.push(format!("<meta property=\"og:image:alt\" content=\"{}\">", escape(&title)));
        tags.push(format!("<meta name=\"twitter:image\" content=\"{}\">", escape(image)));
    }
    if let Some(url) = page_url.filter(|u| report::validate::is_web_url(u)) {
        tags.push(format!("<link rel=\"canonical\" href=\"{}\">", escape(url)));
        tags.push(format!("<meta property=\"og:url\" content=\"{}\">", escape(url)));
    }
    Some(tags.join(""))
}

pub use report::text::escape_html as escape;

/// At most `max` characters, cut at a space with "…" when longer.
fn clip(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_owned();
    }
    let cut: String = s.chars().take(max).collect();
    let at = cut.rfind(' ').unwrap_or(cut.len());
    format!("{}…", cut[..at].trim_end_matches([',', ';', ':', ' ']))
}
