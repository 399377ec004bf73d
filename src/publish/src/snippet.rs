//! What an editor publishes, as text: the embed snippets (`prerender --embed` / `--snippet`, and
//! the editor's "Copy the embed snippet") and the self-contained page (`prerender --standalone`,
//! and the editor's download), which holds the widget, its styles, the report and its first render
//! in one HTML file that works from `file://` with no network and can be mailed.
//!
//! The first render itself is made by the caller: natively by Yew's server renderer
//! (`widget::ssr::render`), in the editor by the same components in the browser.

use report::locale::Locale;
use report::embed::{COMPACT, ELEMENT, INLINE, KEY, LANG, PRERENDERED, ROOT, ROOT_KEY, ROOT_LANG, SRC};

/// Text for an HTML attribute or element, escaped.
pub use report::text::escape_html as escape;

/// The loader's `<script>` for a snippet, with the widget's files at `base`, and the widget's code
/// asked for at once beside it: without these links the wasm waits for embed.js, then the glue,
/// to arrive and run (a chain of three requests on a slow phone's link). Same URLs, modes and
/// credentials as embed.js's own requests, which then find them in the preload cache.
pub fn loader(base: &str) -> String {
    let base = escape(base);
    format!(
        "<script type=\"module\" src=\"{base}embed.js\"></script>\n\
         <link rel=\"modulepreload\" href=\"{base}session-report.js\" crossorigin>\n\
         <link rel=\"preload\" href=\"{base}session-report_bg.wasm\" as=\"fetch\" type=\"application/wasm\" crossorigin>"
    )
}

/// A `<session-report>` whose shadow root already holds the stylesheet and the rendered report
/// (declarative shadow DOM): readable before embed.js runs and without JavaScript, isolated
/// from the page's CSS like the live widget; embed.js mounts into it and swaps the live view in.
/// `rendered` is the report's first render (`widget::ssr::render`).
pub fn embed_element(rendered: &str, src: &str, locale: Locale, key: &str, css: &str) -> String {
    format!(
        "<{ELEMENT} {SRC}=\"{}\" {LANG}=\"{}\" {KEY}=\"{}\">{}</{ELEMENT}>",
        escape(src),
        locale.tag(),
        escape(key),
        shadow_root(rendered, css)
    )
}

/// A `<session-report>` whose declarative shadow root holds only the stylesheet and the box the
/// report will fill: the box has its height before any script runs, so the report arriving
/// moves nothing on the page (widget.css, `[data-compact]`).
pub fn light_element(src: &str, locale: Locale, key: &str, css: &str) -> String {
    format!(
        "<{ELEMENT} {SRC}=\"{}\" {LANG}=\"{}\" {KEY}=\"{}\"><template shadowrootmode=\"open\">\
         <link rel=\"stylesheet\" href=\"{}\"><div {COMPACT}><p class=\"sr-loading\">\
         Đang tải báo cáo… / Loading the report…</p></div></template></{ELEMENT}>",
        escape(src),
        locale.tag(),
        escape(key),
        escape(css)
    )
}

/// The declarative shadow root of a pre-rendered `<session-report>`; `css` is widget.css's
/// address relative to the page.
pub fn shadow_root(rendered: &str, css: &str) -> String {
    format!(
        "<template shadowrootmode=\"open\"><link rel=\"stylesheet\" href=\"{}\">\
         <div {PRERENDERED}>{rendered}</div></template>",
        escape(css)
    )
}

/// The pre-rendered snippet for a news page: the loader, then the element.
pub fn embed_snippet(rendered: &str, src: &str, locale: Locale, base: &str) -> String {
    format!("{}\n{}", loader(base), embed_element(rendered, src, locale, "report", &format!("{base}widget.css")))
}

/// The built widget a self-contained page carries: its JS glue (`session-report.js`), its wasm
/// and its stylesheet, as the build wrote them.
pub struct Widget<'a> {
    pub glue: &'a str,
    pub wasm: &'a [u8],
    pub css: &'a str,
    /// The chart bundle (`charts.js`, `charts_bg.wasm`): a live widget draws its charts with it
    /// (for the reader's width and fonts, in the language switched to). Without it the page's
    /// charts stay as pre-rendered, in the page's first language.
    pub charts: Option<(&'a str, &'a [u8])>,
}

/// The id of the script element holding the report in a self-contained page.
const REPORT_ID: &str = "sr-report";

/// One HTML file holding the widget, its styles, the report (`json`) and its first render
/// (`rendered`), in `locale`. It needs nothing else: the glue is imported from a Blob, the wasm
/// is compiled from the bytes in the page, and the widget reads the report from the page
/// (`widget::mount`, [`INLINE`]); the first render reads with JavaScript off.
pub fn standalone(json: &str, rendered: &str, title: &str, locale: Locale, widget: &Widget<'_>) -> String {
    let glue = script_safe(&serde_json::to_string(widget.glue).unwrap_or_default());
    format!(
        "<!doctype html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title}</title>\n<style>{PAGE_CSS}\n{css}</style>\n</head>\n<body>\n<main>\n\
         <div {ROOT} {INLINE}=\"{REPORT_ID}\" {ROOT_LANG}=\"{lang}\" {ROOT_KEY}=\"report\" {PRERENDERED}>{rendered}</div>\n\
         </main>\n<script type=\"application/json\" id=\"{REPORT_ID}\">{report}</script>\n\
         <script type=\"module\">\n\
         // The widget's code, its glue imported from a Blob and its wasm from the bytes below: no request at all.\n\
         {charts}\
         const glue = {glue};\n\
         const wasm = Uint8Array.from(atob(\"{wasm}\"), (c) => c.charCodeAt(0));\n\
         const widget = await import(URL.createObjectURL(new Blob([glue], {{ type: \"text/javascript\" }})));\n\
         await widget.default({{ module_or_path: wasm }});\n\
         </script>\n</body>\n</html>\n",
        lang = locale.tag(),
        title = escape(title),
        css = widget.css.replace("</style", "<\\/style"),
        report = script_safe(json),
        wasm = base64(widget.wasm),
        charts = widget.charts.map(chart_bundle).unwrap_or_default(),
    )
}

/// What embed.js's `sessionReportChart` does, from the bytes in the page: the chart bundle
/// started on the widget's first request for a picture.
fn chart_bundle((glue, wasm): (&str, &[u8])) -> String {
    format!(
        "const chartGlue = {glue};\n\
         const chartWasm = \"{wasm}\";\n\
         let charts;\n\
         globalThis.sessionReportChart = (json, section, n, lang, width, family) => {{\n\
         \x20 charts ??= import(URL.createObjectURL(new Blob([chartGlue], {{ type: \"text/javascript\" }}))).then(async (bundle) => {{\n\
         \x20   await bundle.default({{ module_or_path: Uint8Array.from(atob(chartWasm), (c) => c.charCodeAt(0)) }});\n\
         \x20   return bundle;\n\
         \x20 }});\n\
         \x20 return charts.then((bundle) => bundle.chart_svg(json, section, n, lang, width, family));\n\
         }};\n",
        glue = script_safe(&serde_json::to_string(glue).unwrap_or_default()),
        wasm = base64(wasm),
    )
}

/// The page around the widget, as `static/page.css` has it.
const PAGE_CSS: &str = "body { margin: 0; padding: 1rem 0; background: #eef1f4; }\n\
@media (prefers-color-scheme: dark) { body { background: #0b0d0f; } }\n\
@media (max-width: 30rem) { body { padding: 0; } }";

/// JSON (a report, or a JS string literal) made safe inside a `<script>` element: `<` only occurs
/// inside its strings, where `\u003c` means the same, so no `</script>` or `<!--` can end it.
fn script_safe(json: &str) -> String {
    json.replace('<', "\\u003c")
}

/// Standard base64 with padding.
pub fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = (chunk[0] as u32) << 16 | (*chunk.get(1).unwrap_or(&0) as u32) << 8 | *chunk.get(2).unwrap_or(&0) as u32;
        for k in 0..4 {
            if k <= chunk.len() {
                out.push(ALPHABET[(n >> (18 - 6 * k) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_as_the_standard_says() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
        assert_eq!(base64(b"foobar"), "Zm9vYmFy");
        assert_eq!(base64(&[0xff, 0xfe, 0x00]), "//4A");
    }

    #[test]
    fn nothing_in_the_report_can_end_its_script_element() {
        let json = r#"{"a": "</script><script>alert(1)</script><!--"}"#;
        let page = standalone(json, "<div data-sr-view></div>", "T <b>", Locale::En, &Widget { glue: "export default 1; // </script>", wasm: b"\0asm", css: "a{}", charts: Some(("export const chart_svg = 1; // </script>", b"\0asm")) });
        assert_eq!(page.matches("</script>").count(), 2, "only the page's own two scripts end");
        assert!(page.contains(r#""a": "\u003c/script>\u003cscript>alert(1)\u003c/script>\u003c!--""#));
        assert!(page.contains("<title>T &lt;b&gt;</title>"));
        assert!(page.contains("<html lang=\"en\">") && page.contains("data-lang=\"en\""));
        assert!(page.contains("atob(\"AGFzbQ==\")"));
        // The report read back from the page is the report.
        let start = page.find("id=\"sr-report\">").unwrap() + "id=\"sr-report\">".len();
        let end = start + page[start..].find("</script>").unwrap();
        let back: serde_json::Value = serde_json::from_str(&page[start..end]).unwrap();
        assert_eq!(back, serde_json::from_str::<serde_json::Value>(json).unwrap());
    }

    #[test]
    fn snippets_escape_what_they_are_given() {
        let s = embed_snippet("<div data-sr-view>x</div>", "a\"b.json", Locale::Vi, "https://cdn.example.org/sr/");
        assert!(s.starts_with("<script type=\"module\" src=\"https://cdn.example.org/sr/embed.js\"></script>\n"));
        assert!(s.contains("src=\"a&quot;b.json\" lang=\"vi\" key=\"report\""));
        assert!(s.contains("href=\"https://cdn.example.org/sr/widget.css\""));
        assert!(s.contains("<div data-prerendered><div data-sr-view>x</div></div>"));
    }
}
