//! Server-side rendering of reports (`view::ssr`, used by the `prerender` build step): the static
//! HTML carries the whole report, in the language asked for, and a broken report renders as the
//! located problems the live widget would show, never as an empty box.

use session_report::core::locale::Locale;
use session_report::view::ssr::render;
use session_report::SEED_REPORT_JSON;

#[test]
fn the_seed_report_renders_in_full_in_both_languages() {
    let vi = render(SEED_REPORT_JSON, Locale::Vi, "report");
    assert!(vi.starts_with("<div data-sr-view><div lang=\"vi\" class=\"sr-app\">"));
    for text in ["Thường trực Tỉnh ủy làm việc với Huyện ủy Văn Lãng", "Lâm Thị Phương Thanh", "5.755 ha", "99,7%", "86,6 tỷ đồng"] {
        assert!(vi.contains(text), "{text} is in the Vietnamese HTML");
    }
    assert_eq!(vi.matches("<section id=\"sr-report-").count(), 8, "every section, with ids from the widget's key");
    assert!(vi.contains("<svg"), "charts are drawn");
    assert!(!vi.contains("sr-loading"), "no loading state");

    let en = render(SEED_REPORT_JSON, Locale::En, "report");
    assert!(en.contains("<div lang=\"en\" class=\"sr-app\">"));
    assert!(en.contains("5,755 ha"));
}

#[test]
fn a_broken_report_renders_its_problems() {
    let html = render(r#"{"format": 1, "meta": {}, "sections": []}"#, Locale::En, "report");
    assert!(html.contains("role=\"alert\""), "{html}");
    assert!(html.contains("meta"), "the problem names its place: {html}");
}
