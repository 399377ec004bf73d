//! Server-side rendering of reports (`view::ssr`, used by the `prerender` build step): the static
//! HTML carries the whole report, in the language asked for, and a broken report renders as the
//! located problems the live widget would show, never as an empty box.

use report::locale::Locale;
use widget::ssr::{link_preview, render};
use report::SEED_REPORT_JSON;

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

#[test]
fn a_link_to_the_report_gets_a_preview_card_in_its_language() {
    let vi = link_preview(SEED_REPORT_JSON, Locale::Vi, None, None).unwrap();
    assert!(vi.contains("<title>Thường trực Tỉnh ủy làm việc với Huyện ủy Văn Lãng — Báo cáo buổi làm việc</title>"), "{vi}");
    assert!(vi.contains("<meta property=\"og:title\" content=\"Thường trực Tỉnh ủy làm việc với Huyện ủy Văn Lãng\">"));
    assert!(vi.contains("<meta name=\"description\" content=\"Hôm nay (3/11), Đoàn công tác"), "the standfirst: {vi}");
    assert!(vi.contains("<meta property=\"og:site_name\" content=\"Báo Lạng Sơn (LSO)\">"));
    assert!(vi.contains("<meta property=\"og:locale\" content=\"vi_VN\">"));
    assert!(vi.contains("<meta name=\"twitter:card\" content=\"summary\">"));
    assert!(vi.contains("article:published_time\" content=\"2020-11-28\""));
    assert!(!vi.contains("og:url"), "no address without the site's");
    let description = vi.split("name=\"description\" content=\"").nth(1).unwrap().split('"').next().unwrap();
    assert!(description.chars().count() <= 201 && description.ends_with('…'), "clipped at a word: {description}");

    let en = link_preview(SEED_REPORT_JSON, Locale::En, Some("https://news.example.org/reports/"), None).unwrap();
    assert!(en.contains("og:title\" content=\"Standing Board of the Provincial Party Committee works with the Văn Lãng District Party Committee\""), "{en}");
    assert!(en.contains("og:locale\" content=\"en_GB\""));
    assert!(en.contains("<link rel=\"canonical\" href=\"https://news.example.org/reports/\">"));
    assert!(en.contains("og:url\" content=\"https://news.example.org/reports/\""));
}

#[test]
fn preview_tags_are_escaped_and_a_broken_report_gets_none() {
    let hostile = SEED_REPORT_JSON.replace("Thường trực Tỉnh ủy làm việc với Huyện ủy Văn Lãng\"", "\\\"><script>alert(1)</script>\"");
    let tags = link_preview(&hostile, Locale::Vi, Some("javascript:alert(1)"), Some("javascript:alert(2)")).unwrap();
    assert!(!tags.contains("<script>") && tags.contains("&quot;&gt;&lt;script&gt;"), "{tags}");
    assert!(!tags.contains("javascript:"), "only http(s) addresses");
    assert_eq!(link_preview("{", Locale::Vi, None, None), None);
}
