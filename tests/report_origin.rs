//! Where a report named by the page address may come from (core/report_origin.rs).

use report::report_origin::{allowed_origins, foreign, may_load};

#[test]
fn a_site_lists_origins_in_its_own_html() {
    assert_eq!(
        allowed_origins("https://data.example.org  http://127.0.0.1:8081/,HTTPS://CDN.Example.org"),
        ["https://data.example.org", "http://127.0.0.1:8081", "https://cdn.example.org"]
    );
}

#[test]
fn anything_but_an_origin_never_widens_the_list() {
    for junk in ["*", "https://", "example.org", "https://data.example.org/reports/", "javascript:alert(1)",
        "data:text/plain,x", "ftp://example.org", "https://evil.example\u{0}.org", "https://a.org/../b", ""] {
        assert!(allowed_origins(junk).is_empty(), "{junk:?} was accepted");
    }
}

#[test]
fn only_the_page_and_the_listed_origins_may_serve_a_linked_report() {
    let listed = allowed_origins("https://data.example.org");
    assert!(may_load("https://news.example.org", "https://news.example.org", &[]));
    assert!(may_load("https://data.example.org", "https://news.example.org", &listed));
    assert!(!may_load("https://evil.example", "https://news.example.org", &listed));
    assert!(!may_load("http://news.example.org", "https://news.example.org", &listed), "another scheme is another origin");
    assert!(!may_load("https://news.example.org:8443", "https://news.example.org", &listed), "another port too");
    assert!(!may_load("null", "https://news.example.org", &listed));
}

#[test]
fn only_a_report_from_elsewhere_names_its_origin() {
    assert_eq!(foreign("https://news.example.org", "https://news.example.org"), None);
    assert_eq!(foreign("https://data.example.org", "https://news.example.org").as_deref(), Some("https://data.example.org"));
}
