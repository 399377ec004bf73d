//! Browser tests, run in headless Chromium by wasm-bindgen-test-runner:
//! `cargo test --target wasm32-unknown-unknown --test browser`. Each mounts the root component into
//! a fresh `<section>` and asserts on the DOM a reader would see and use.
#![cfg(target_arch = "wasm32")]

use report::locale::Locale;
use widget::app::{App, AppProps, Source};
use report::SEED_REPORT_JSON;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

async fn mount(json: &str, locale: Locale) -> Element {
    let document = gloo::utils::document();
    let root = document.create_element("section").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let props = AppProps { source: Source::Inline(json.to_owned().into()), locale, page_locale: Some(locale), editor: false, page_named: None, takeover: None, on_expand: None, link_key: None, on_ready: Default::default() };
    yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    root
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length()).filter_map(|i| list.item(i)?.dyn_into::<Element>().ok()).collect()
}

fn one(root: &Element, selector: &str) -> Element {
    root.query_selector(selector).unwrap().unwrap_or_else(|| panic!("no {selector}"))
}

fn click(el: &Element) {
    el.dyn_ref::<HtmlElement>().unwrap().click();
}

fn text(el: &Element) -> String {
    el.dyn_ref::<HtmlElement>().unwrap().inner_text()
}

/// What embed.js provides on a page: the details bundle's list, here from the same library.
fn serve_details() {
    use wasm_bindgen::closure::Closure;
    let f = Closure::<dyn Fn(String, String) -> js_sys::Promise>::new(|json: String, lang: String| {
        let l = Locale::from_tag(&lang).unwrap_or_default();
        js_sys::Promise::resolve(&wasm_bindgen::JsValue::from(widget::problem_list::problem_details_html(&json, l)))
    });
    js_sys::Reflect::set(&js_sys::global(), &"sessionReportDetails".into(), f.as_ref()).unwrap();
    f.forget();
}

/// Waits (up to about two seconds) until `done` holds.
async fn until(done: impl Fn() -> bool) {
    for _ in 0..200 {
        if done() {
            return;
        }
        let tick = js_sys::Promise::new(&mut |resolve, _| {
            gloo::utils::window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 10).unwrap();
        });
        wasm_bindgen_futures::JsFuture::from(tick).await.unwrap();
        yew::scheduler::flush().await;
    }
}

fn region_of(root: &Element, button: &Element) -> Element {
    let id = button.get_attribute("aria-controls").expect("aria-controls");
    one(root, &format!("[id='{id}']"))
}

#[wasm_bindgen_test]
async fn seed_report_shows_header_participants_and_every_section() {
    let root = mount(SEED_REPORT_JSON, Locale::Vi).await;
    assert_eq!(text(&one(&root, "h2")), "Thường trực Tỉnh ủy làm việc với Huyện ủy Văn Lãng");
    let shown = text(&root);
    for expected in ["Thứ Ba, 03/11/2020", "Thứ Bảy, 28/11/2020", "CÔNG QUÂN", "Lâm Thị Phương Thanh",
                     "Phó Chủ tịch Thường trực HĐND tỉnh", "5.755 ha", "99,7% kế hoạch", "hơn 86,6 tỷ đồng",
                     "đẩy mạnh phát triển kết cấu hạ tầng giao thông"] {
        assert!(shown.contains(expected), "the page shows {expected:?}");
    }
    assert_eq!(all(&root, ".sr-section").len(), 8);
    assert_eq!(one(&root, "article").get_attribute("lang").as_deref(), Some("vi"));
    // The kind label shows only where it adds to the title.
    assert_eq!(text(&one(&root, "[data-section='party-building'] .sr-section__kind")), "Xây dựng Đảng");
    for same in ["economy", "culture-society", "discussion", "conclusion"] {
        assert!(root.query_selector(&format!("[data-section='{same}'] .sr-section__kind")).unwrap().is_none(), "{same}");
    }
}

#[wasm_bindgen_test]
async fn a_section_toggle_hides_and_shows_its_content() {
    let root = mount(SEED_REPORT_JSON, Locale::Vi).await;
    let button = one(&root, "[data-section='economy'] button");
    let region = region_of(&root, &button);
    assert_eq!(button.get_attribute("aria-expanded").as_deref(), Some("true"));
    assert!(!region.has_attribute("hidden"));
    assert!(region.dyn_ref::<HtmlElement>().unwrap().offset_height() > 0, "open content is visible");
    assert_eq!(region.get_attribute("aria-labelledby"), Some(button.id()));

    click(&button);
    yew::scheduler::flush().await;
    assert_eq!(button.get_attribute("aria-expanded").as_deref(), Some("false"));
    assert!(region.has_attribute("hidden"));
    assert_eq!(region.dyn_ref::<HtmlElement>().unwrap().offset_height(), 0, "closed content takes no space");
    // Only that section closed.
    let other = one(&root, "[data-section='discussion'] button");
    assert_eq!(other.get_attribute("aria-expanded").as_deref(), Some("true"));

    click(&button);
    yew::scheduler::flush().await;
    assert_eq!(button.get_attribute("aria-expanded").as_deref(), Some("true"));
    assert!(!region.has_attribute("hidden"));
}

#[wasm_bindgen_test]
async fn toggles_are_real_buttons_that_keyboards_reach() {
    let root = mount(SEED_REPORT_JSON, Locale::Vi).await;
    for b in all(&root, ".sr-section__toggle") {
        assert_eq!(b.tag_name(), "BUTTON");
        assert_eq!(b.get_attribute("type").as_deref(), Some("button"));
        assert!(b.dyn_ref::<HtmlElement>().unwrap().tab_index() >= 0);
        let id = b.get_attribute("aria-controls").unwrap();
        assert!(gloo::utils::document().get_element_by_id(&id).is_some(), "{id} exists");
    }
}

#[wasm_bindgen_test]
async fn collapse_all_and_expand_all() {
    let root = mount(SEED_REPORT_JSON, Locale::En).await;
    let buttons = all(&root, ".sr-toolbar__group:first-child button");
    let (expand, collapse) = (&buttons[0], &buttons[1]);
    assert_eq!(text(collapse), "Collapse all");
    click(collapse);
    yew::scheduler::flush().await;
    assert!(all(&root, ".sr-section__toggle").iter().all(|b| b.get_attribute("aria-expanded").as_deref() == Some("false")));
    assert_eq!(all(&root, ".sr-section__body[hidden]").len(), 8);
    click(expand);
    yew::scheduler::flush().await;
    assert_eq!(all(&root, ".sr-section__body[hidden]").len(), 0);
}

#[wasm_bindgen_test]
async fn the_language_switch_changes_labels_numbers_and_lang() {
    let root = mount(SEED_REPORT_JSON, Locale::Vi).await;
    let english = all(&root, ".sr-lang__btn").into_iter().find(|b| text(b) == "English").unwrap();
    click(&english);
    yew::scheduler::flush().await;
    assert_eq!(one(&root, "article").get_attribute("lang").as_deref(), Some("en"));
    assert_eq!(english.get_attribute("aria-pressed").as_deref(), Some("true"));
    let shown = text(&root);
    for expected in ["Saturday, 28 November 2020", "5,755 ha", "99.7% of plan", "more than VND 86.6 billion", "Collapse all"] {
        assert!(shown.contains(expected), "English page shows {expected:?}");
    }
    assert!(!shown.contains("Thu gọn tất cả"));
}

#[wasm_bindgen_test]
async fn bad_json_shows_a_located_error_instead_of_a_blank_box() {
    serve_details();
    let root = mount("{\n  \"format\": 1,\n  \"meta\": nope\n}", Locale::En).await;
    let panel = one(&root, "[role='alert']");
    let shown = text(&panel);
    assert!(shown.contains("This report cannot be shown right now."), "{shown}");
    // The details are for the editor, one click away.
    assert!(!shown.contains("line 3"), "{shown}");
    let details = one(&panel, "details");
    assert!(!details.has_attribute("open"));
    let summary = one(&details, "summary");
    assert_eq!(text(&summary), "Details for the editor");
    click(&summary);
    assert!(details.has_attribute("open"));
    until(|| text(&panel).contains("line 3")).await;
    let shown = text(&panel);
    assert!(shown.contains("line 3, column 11"), "{shown}");
    assert!(shown.contains("nope is not a JSON value: texts go in double quotes."), "{shown}");
}

#[wasm_bindgen_test]
async fn invalid_fields_are_listed_by_path() {
    let json = SEED_REPORT_JSON.replacen("\"kind\": \"economy\"", "\"kind\": \"sport\"", 1);
    serve_details();
    let root = mount(&json, Locale::Vi).await;
    click(&one(&root, "summary"));
    until(|| !all(&root, ".sr-error__item").is_empty()).await;
    let items = all(&root, ".sr-error__item");
    let paths: Vec<Option<String>> = items.iter().map(|i| i.get_attribute("data-path")).collect();
    assert_eq!(paths, [Some("sections[2].kind".to_owned())]);
    assert_eq!(one(&root, ".sr-error__place").text_content().as_deref(), Some("phần 3 (economy) › kind"));
    assert!(text(&root).contains("Không thể hiển thị báo cáo này."));
}

#[wasm_bindgen_test]
async fn report_text_is_text_never_markup() {
    let json = SEED_REPORT_JSON.replacen(
        "Thường trực Tỉnh ủy làm việc với Huyện ủy Văn Lãng\"",
        "<img src=x onerror=\\\"window.__pwned=1\\\"><script>window.__pwned=1</script>\"",
        1,
    );
    let root = mount(&json, Locale::Vi).await;
    let title = one(&root, "h2");
    assert!(title.query_selector("img, script").unwrap().is_none());
    assert!(text(&title).contains("<script>"));
}

#[wasm_bindgen_test]
fn the_panic_panel_replaces_mounted_widgets() {
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    root.set_attribute(report::embed::MOUNTED, "").unwrap();
    root.set_inner_html("<p>old</p>");
    document.body().unwrap().append_child(&root).unwrap();
    widget::panic::show_panel(&document, "index out of bounds");
    let panel = one(&root, "[role='alert']");
    assert!(text(&panel).contains("This report cannot be shown"));
    assert!(text(&panel).contains("index out of bounds"));
    assert!(!root.inner_html().contains("old"));
    root.remove();
}

/// Every UI string of the catalogue in one language, as it appears on the page (text and labels).
fn ui_strings(l: Locale) -> Vec<&'static str> {
    report::wording::Msg::all().into_iter().map(|m| m.text(l)).collect()
}

fn page_words(root: &Element) -> String {
    let labels: Vec<String> = all(root, "[aria-label]").iter().filter_map(|e| e.get_attribute("aria-label")).collect();
    format!("{}\n{}", text(root), labels.join("\n"))
}

#[wasm_bindgen_test]
async fn switching_language_leaves_no_ui_string_of_the_other_language() {
    let root = mount(SEED_REPORT_JSON, Locale::Vi).await;
    // Expand-all is disabled while everything is open; collapse one section so both buttons are live.
    click(&one(&root, "[data-section='economy'] button"));
    for (to, other) in [(Locale::En, Locale::Vi), (Locale::Vi, Locale::En)] {
        let button = all(&root, ".sr-lang__btn").into_iter()
            .find(|b| b.get_attribute("lang").as_deref() == Some(to.tag())).unwrap();
        click(&button);
        yew::scheduler::flush().await;
        assert_eq!(one(&root, "article").get_attribute("lang").as_deref(), Some(to.tag()));
        let page = page_words(&root);
        // The catalogue's error strings are not on a report page; every other one that is shown
        // must be in the current language only.
        for s in ui_strings(other) {
            assert!(!page.contains(s), "{:?} page still shows {:?}", to, s);
        }
        let shown = ui_strings(to).into_iter().filter(|s| page.contains(s)).count();
        assert!(shown >= 15, "{:?}: only {shown} catalogue strings on the page", to);
    }
}

#[wasm_bindgen_test]
async fn a_text_missing_in_english_shows_the_vietnamese_with_a_marker() {
    let json = SEED_REPORT_JSON.replacen(
        ", \"en\": \"Culture and society\"", "", 1,
    );
    assert_ne!(json, SEED_REPORT_JSON);
    let root = mount(&json, Locale::En).await;
    let title = one(&root, "[data-section='culture-society'] .sr-section__title");
    assert_eq!(text(&title), "Văn hóa, xã hội (Vietnamese original)");
    assert_eq!(one(&title, "[lang='vi']").text_content().as_deref(), Some("Văn hóa, xã hội"));
}

#[wasm_bindgen_test]
async fn decomposed_vietnamese_is_shown_composed() {
    let title = "Thường trực Tỉnh ủy làm việc với Huyện ủy Văn Lãng";
    let decomposed = "Thu\u{31b}o\u{31b}\u{300}ng tru\u{31b}\u{323}c Ti\u{309}nh u\u{309}y la\u{300}m vie\u{302}\u{323}c vo\u{31b}\u{301}i Huye\u{302}\u{323}n u\u{309}y Va\u{306}n La\u{303}ng";
    assert_ne!(title, decomposed);
    let json = SEED_REPORT_JSON.replacen(title, decomposed, 1);
    let root = mount(&json, Locale::Vi).await;
    assert_eq!(text(&one(&root, "h2")), title);
}

#[wasm_bindgen_test]
async fn the_seed_shows_a_plan_chart_and_a_counts_chart_as_accessible_images() {
    let root = mount(SEED_REPORT_JSON, Locale::Vi).await;
    let charts = all(&root, ".sr-chart");
    assert_eq!(charts.len(), 2);
    let plan = one(&root, "[data-section='economy'] .sr-chart");
    let img = one(&plan, "[role='img']");
    let title_id = img.get_attribute("aria-labelledby").unwrap();
    assert_eq!(text(&one(&root, &format!("[id='{title_id}']"))), "Tỷ lệ thực hiện so với kế hoạch");
    let desc_id = img.get_attribute("aria-describedby").unwrap();
    assert!(text(&one(&root, &format!("[id='{desc_id}']"))).contains("Trồng rừng mới 102% (vượt kế hoạch)"));
    let svg = one(&img, "svg");
    assert_eq!(all(&svg, "rect").len(), 3, "two bars and the 100% line");
    let labels: Vec<String> = all(&svg, "text").iter().filter_map(|t| t.text_content()).map(|t| t.trim().to_owned()).collect();
    for expected in ["Tổng diện tích gieo trồng", "99,7% ▼", "102% ▲", "100% kế hoạch"] {
        assert!(labels.iter().any(|l| l == expected), "{expected} in {labels:?}");
    }
    let counts = one(&root, "[data-section='party-building'] .sr-chart svg");
    assert_eq!(all(&counts, "rect").len(), 4 + 2, "four bars and two legend swatches");
    // plotters measures text with a <span> in <body>; the widget never asks it to.
    assert!(gloo::utils::document().body().unwrap().query_selector("body > span").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn show_as_table_swaps_in_a_table_of_the_same_numbers() {
    let root = mount(SEED_REPORT_JSON, Locale::Vi).await;
    let plan = one(&root, "[data-section='economy'] .sr-chart");
    let toggle = one(&plan, ".sr-chart__actions button[aria-pressed]");
    assert_eq!(text(&toggle), "Xem dạng bảng");
    click(&toggle);
    yew::scheduler::flush().await;
    assert!(plan.query_selector("svg").unwrap().is_none());
    assert_eq!(toggle.get_attribute("aria-pressed").as_deref(), Some("true"));
    let cells: Vec<String> = all(&plan, "tbody tr").iter().map(|r| {
        all(r, "th, td").iter().map(text).collect::<Vec<_>>().join(" | ")
    }).collect();
    assert_eq!(cells, [
        "Tổng diện tích gieo trồng | 5.755 ha | 99,7% | ▼ chưa đạt kế hoạch",
        "Trồng rừng mới | 411 ha | 102% | ▲ vượt kế hoạch",
    ]);
    assert_eq!(all(&plan, "th[scope='col']").len(), 4);
    click(&toggle);
    yew::scheduler::flush().await;
    assert!(plan.query_selector("svg").unwrap().is_some());
    assert!(plan.query_selector("table").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn charts_follow_the_language() {
    let root = mount(SEED_REPORT_JSON, Locale::En).await;
    let counts = one(&root, "[data-section='party-building'] .sr-chart");
    assert!(text(&counts).starts_with("Counts compared: Inspections"));
    let labels: Vec<String> = all(&counts, "svg text").iter().filter_map(|t| t.text_content()).map(|t| t.trim().to_owned()).collect();
    assert!(labels.contains(&"Party organisations".to_owned()) && labels.contains(&"20".to_owned()), "{labels:?}");
    let plan_labels: Vec<String> = all(&root, "[data-section='economy'] svg text").iter().filter_map(|t| t.text_content()).map(|t| t.trim().to_owned()).collect();
    assert!(plan_labels.contains(&"99.7% ▼".to_owned()) && plan_labels.contains(&"100% of plan".to_owned()));
}

#[wasm_bindgen_test]
async fn charts_render_inside_a_shadow_root_and_leave_the_host_page_alone() {
    let document = gloo::utils::document();
    let host = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    let shadow = host.attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open)).unwrap();
    let root = document.create_element("section").unwrap();
    shadow.append_child(&root).unwrap();
    let body_children = document.body().unwrap().child_element_count();
    let props = AppProps { source: Source::Inline(SEED_REPORT_JSON.into()), locale: Locale::Vi, page_locale: Some(Locale::Vi), editor: false, page_named: None, takeover: None, on_expand: None, link_key: None, on_ready: Default::default() };
    yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    let svg = one(&root, "[data-section='economy'] .sr-chart svg");
    assert_eq!(all(&svg, "rect").len(), 3);
    assert!(svg.get_attribute("width").unwrap().parse::<u32>().unwrap() > 0);
    // Toggling inside the shadow root works like anywhere else.
    let button = one(&root, "[data-section='economy'] .sr-section__toggle");
    click(&button);
    yew::scheduler::flush().await;
    assert_eq!(button.get_attribute("aria-expanded").as_deref(), Some("false"));
    assert_eq!(document.body().unwrap().child_element_count(), body_children, "nothing added to <body>");
    host.remove();
}
