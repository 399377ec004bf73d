//! Finding the widget's places on the page and starting it there. Two ways in:
//! - `<session-report src=… lang=… key=…>` elements, defined by `static/embed.js`, which calls
//!   [`mount_report`] with a container inside the element's shadow root;
//! - elements with `data-session-report` (the stand-alone page and the iframe page), mounted when
//!   the wasm starts, reading `?src=` from the page address.

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::atomic::{AtomicUsize, Ordering};

use wasm_bindgen::prelude::*;
use web_sys::{Element, Node};
use yew::Callback;

use super::app::{App, AppProps, Source};
use super::share_url::page_param;
use report::embed;
use report::locale::{initial_locale, Locale};
use report::report_origin::allowed_origins;
use report::share_link::clean_key;

/// Longer `src` values are not addresses anyone typed; they are ignored.
const MAX_SRC: usize = 2048;

/// Mounts a widget into `root`. What `root` already holds (a loading message, or this very view
/// pre-rendered at build time) stays on screen until the widget has something to show; then the
/// live view takes its place in one step, before the browser paints again: no blank moment, and
/// no movement at all when the two are alike. (Yew's own hydration would reuse the pre-rendered
/// nodes instead, for 13.5 KB more of compressed wasm; see docs/benchmarks.md.) What the reader
/// tapped on the static view meanwhile carries over.
/// `keep_static`: `root` holds the pre-rendered view of the very report being fetched; should
/// the fetch fail, that view stays (embed.js keeps its sections answering) rather than give way to
/// an error about a report the reader can already read.
pub fn mount(root: Element, mut props: AppProps, keep_static: bool) -> Mounted {
    super::panic::install();
    let _ = root.set_attribute(embed::MOUNTED, "");
    let nodes = root.child_nodes();
    let previous: Vec<Node> = (0..nodes.length()).filter_map(|i| nodes.item(i)).collect();
    let view = gloo::utils::document().create_element("div").expect_throw("document.createElement");
    let _ = view.set_attribute(embed::VIEW, "");
    if !previous.is_empty() {
        let _ = view.set_attribute("hidden", "");
    }
    let _ = root.append_child(&view);
    let previous = Rc::new(RefCell::new(previous));
    let takeover = {
        let previous = previous.clone();
        Callback::from(move |()| super::takeover::read(&previous.borrow()))
    };
    let on_ready = {
        let view = view.clone();
        Callback::from(move |()| {
            if keep_static && !previous.borrow().is_empty() && view.query_selector("article").ok().flatten().is_none() {
                return;
            }
            for node in previous.take() {
                let _ = root.remove_child(&node);
            }
            let _ = view.remove_attribute("hidden");
            let _ = root.set_attribute(embed::READY, "");
        })
    };
    props.on_ready = on_ready.clone();
    props.takeover = Some(takeover.clone());
    let on_expand = props.on_expand.clone();
    Mounted { app: yew::Renderer::<App>::with_root_and_props(view, props).render(), on_ready, takeover, on_expand }
}

/// A mounted widget: its Yew handle, and the swap callback that every later set of props keeps.
pub struct Mounted {
    app: yew::AppHandle<App>,
    on_ready: Callback<()>,
    takeover: Callback<(), report::share_link::LinkState>,
    on_expand: Option<Callback<()>>,
}

impl Mounted {
    fn update(&mut self, mut props: AppProps) {
        props.on_ready = self.on_ready.clone();
        props.takeover = Some(self.takeover.clone());
        props.on_expand = self.on_expand.clone();
        self.app.update(props);
    }
}

/// Mounts every `[data-session-report]` element on the page.
pub fn mount_all() {
    let document = gloo::utils::document();
    let Ok(roots) = document.query_selector_all(&format!("[{}]", embed::ROOT)) else { return };
    // A bad ?src= in the address is ignored (the built-in report is shown); a bad src attribute,
    // written by an editor, gets a notice saying why. A ?src= on another site is refused unless
    // the page lists that site (core/report_origin.rs).
    let page_src = page_param("src").filter(|s| report::load::is_fetchable(s));
    let allowed = document
        .query_selector(&format!("meta[name='{}']", embed::ORIGINS_META))
        .ok()
        .flatten()
        .and_then(|m| m.get_attribute("content"))
        .map(|c| allowed_origins(&c))
        .unwrap_or_default();
    let allowed = Rc::new(allowed);
    for i in 0..roots.length() {
        let Some(root) = roots.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else { continue };
        // A self-contained page (the editor's export, `prerender --standalone`) carries its report
        // in the page, for file:// and no network: nothing is fetched, the address is not asked.
        if let Some(json) = inline_report(&document, &root) {
            let key = widget_key(&root, &[embed::ROOT_KEY, "id"]);
            let mut props = props_for(&root, None, "", &[embed::ROOT_LANG, embed::LANG], key);
            props.source = Source::Inline(json.into());
            let keep_static = root.has_attribute(embed::PRERENDERED);
            let _ = mount(root, props, keep_static);
            continue;
        }
        let own_src = root.get_attribute(embed::ROOT_SRC);
        let page_named = own_src.is_none() && page_src.is_some();
        let prerendered = root.get_attribute(embed::PRERENDERED);
        let src = own_src.or_else(|| page_src.clone()).or_else(|| prerendered.clone());
        // A page pre-rendered with one report and asked for another must not show the first.
        let keep_static = src.is_some() && prerendered == src;
        if src.is_some() && !keep_static {
            root.set_inner_html("");
        }
        let key = widget_key(&root, &[embed::ROOT_KEY, "id"]);
        let mut props = props_for(&root, src, report::SEED_REPORT_PATH, &[embed::ROOT_LANG, embed::LANG], key);
        props.page_named = page_named.then(|| allowed.clone());
        let _ = mount(root, props, keep_static);
    }
}

/// The report text of the script element `root`'s [`embed::INLINE`] names, if any.
fn inline_report(document: &web_sys::Document, root: &Element) -> Option<String> {
    document.get_element_by_id(&root.get_attribute(embed::INLINE)?)?.text_content()
}

/// Mounts the widget for a `<session-report>` element (`host`) into `root`, a container in its
/// shadow root. Called by `static/embed.js`, which keeps the handle to report attribute changes
/// and gives its own directory (`base`): the seed report, for elements without `src`, is there.
#[cfg_attr(feature = "entry", wasm_bindgen)]
pub fn mount_report(host: Element, root: Element, base: String) -> MountedReport {
    let seed = format!("{base}{}", report::SEED_REPORT_PATH);
    let key = widget_key(&host, &[embed::KEY, "id"]);
    let keep_static = root.has_attribute(embed::PRERENDERED);
    let mut props = element_props(&host, &seed, key.clone());
    if root.has_attribute(embed::COMPACT) {
        let root = root.clone();
        props.on_expand = Some(Callback::from(move |()| {
            let _ = root.remove_attribute(embed::COMPACT);
        }));
    }
    let mounted = mount(root, props, keep_static);
    MountedReport { mounted, key, seed }
}

/// A mounted `<session-report>`: `embed.js` calls [`MountedReport::update`] when its `src` or
/// `lang` attribute changes. A new `src` is loaded like any other (a failure keeps the report on
/// screen); a new `lang` switches the language.
#[cfg_attr(feature = "entry", wasm_bindgen)]
pub struct MountedReport {
    mounted: Mounted,
    /// Decided once at mounting, so share links keep working across updates.
    key: yew::AttrValue,
    seed: String,
}

#[cfg_attr(feature = "entry", wasm_bindgen)]
impl MountedReport {
    pub fn update(&mut self, host: Element) {
        self.mounted.update(element_props(&host, &self.seed, self.key.clone()));
    }
}

fn element_props(host: &Element, seed: &str, key: yew::AttrValue) -> AppProps {
    props_for(host, host.get_attribute(embed::SRC), seed, &[embed::LANG], key)
}

/// `seed`: where the built-in report is, for elements that name none.
fn props_for(element: &Element, src: Option<String>, seed: &str, lang_attrs: &[&str], key: yew::AttrValue) -> AppProps {
    let url = src.filter(|s| !s.trim().is_empty() && s.len() <= MAX_SRC).unwrap_or_else(|| seed.to_owned());
    let source = Source::Url(url.into());
    // The element's own attributes only: a host page's <html lang> says nothing about the widget.
    let attr = lang_attrs.iter().find_map(|a| element.get_attribute(a));
    // Chosen by the page (its address, then the element) rather than the reader's browser: the
    // same for everyone who opens it. Else the browser's languages decide (`initial_locale`).
    let page_locale = [page_param("lang"), attr].iter().flatten().find_map(|t| Locale::from_tag(t));
    let locale = page_locale.unwrap_or_else(|| initial_locale(None, None, &browser_languages()));
    AppProps {
        // A page for editors (the editor page, a checking page) shows a report's problems open;
        // an article's readers get one line, with the details a click away.
        editor: element.has_attribute(embed::EDITOR) || element.has_attribute(embed::DATA_EDITOR),
        ..AppProps::first(source, locale, page_locale, Some(key))
    }
}

/// The widget's name in share links: its own key attribute, cleaned, or the next default name.
fn widget_key(element: &Element, attrs: &[&str]) -> yew::AttrValue {
    attrs.iter().find_map(|a| element.get_attribute(a)).and_then(|k| clean_key(&k)).unwrap_or_else(next_key).into()
}

/// "report", then "report-2", "report-3" for further widgets without a key of their own.
fn next_key() -> String {
    static COUNT: AtomicUsize = AtomicUsize::new(0);
    match COUNT.fetch_add(1, Ordering::Relaxed) {
        0 => "report".to_owned(),
        n => format!("report-{}", n + 1),
    }
}

fn browser_languages() -> Vec<String> {
    gloo::utils::window().navigator().languages().iter().filter_map(|v| v.as_string()).collect()
}
