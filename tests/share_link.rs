//! Share links: the view state survives a round trip through the address, and hostile or stale
//! state is ignored, never an error.

use report::locale::Locale;
use report::parse::parse_report;
use report::format::Report;
use report::share_link::{clean_key, decode, encode, restore, with_param, LinkState, MAX_LEN};
use report::view_state::{Action, ViewState};
use report::SEED_REPORT_JSON;

fn seed() -> Report {
    parse_report(SEED_REPORT_JSON).unwrap()
}

#[test]
fn the_default_view_needs_no_parameter() {
    let r = seed();
    assert_eq!(encode(&ViewState::new(8, Locale::Vi), &r, Some(Locale::Vi)), "");
}

#[test]
fn a_link_names_the_language_when_the_readers_browser_chose_it() {
    // No language set by the page or the element: a colleague whose browser differs must still
    // get the language on screen, even in the view as it opened.
    let r = seed();
    assert_eq!(encode(&ViewState::new(8, Locale::En), &r, None), "l.en");
    assert_eq!(encode(&ViewState::new(8, Locale::Vi), &r, None), "l.vi");
    // Set by the page: only a change is worth a parameter.
    assert_eq!(encode(&ViewState::new(8, Locale::En), &r, Some(Locale::En)), "");
    assert_eq!(encode(&ViewState::new(8, Locale::Vi), &r, Some(Locale::En)), "l.vi");
    let reopened = restore(&decode("l.en"), &r, Locale::Vi);
    assert_eq!(reopened.locale, Locale::En);
}

#[test]
fn taps_before_the_widget_was_live_win_over_the_link() {
    let r = seed();
    let link = decode("l.en~o.economy~f.conclusion~t.economy:0");
    let taps = LinkState { open: Some(vec!["party-building".into()]), locale: Some(Locale::Vi), ..LinkState::default() };
    let state = restore(&link.clone().with_taps(taps), &r, Locale::En);
    assert!(state.is_open(0) && !state.is_open(2) && !state.is_open(6), "the sections the reader left open");
    assert_eq!(state.focus, None, "the link's focus no longer applies");
    assert_eq!(state.locale, Locale::Vi);
    assert_eq!(state.tables_in(2), vec![0], "what the reader did not touch stays as linked");
    // No taps: the link as it was.
    assert_eq!(restore(&link.clone().with_taps(LinkState::default()), &r, Locale::Vi), restore(&link, &r, Locale::Vi));
}

#[test]
fn a_changed_view_round_trips() {
    let r = seed();
    let state = ViewState::new(8, Locale::Vi)
        .apply(Action::SetLocale(Locale::En))
        .apply(Action::CollapseAll)
        .apply(Action::Toggle(2))
        .apply(Action::Toggle(4))
        .apply(Action::ToggleTable(2, 0));
    let link = encode(&state, &r, Some(Locale::Vi));
    assert_eq!(link, "l.en~o.economy,discussion~t.economy:0");
    assert_eq!(restore(&decode(&link), &r, Locale::Vi), state);
}

#[test]
fn a_focus_opens_its_section_even_for_an_indicator() {
    let r = seed();
    let s = restore(&decode("o.~f.sown-area"), &r, Locale::Vi);
    assert!(s.is_open(2), "the economy section shows the sown area");
    assert_eq!(s.focus.as_deref(), Some("sown-area"));
    assert_eq!(s.apply(Action::Toggle(2)).focus.as_deref(), Some("sown-area"));
    let s = restore(&decode("o.~f.conclusion"), &r, Locale::Vi);
    assert!(s.is_open(6) && !s.is_open(0));
}

#[test]
fn hostile_and_stale_state_is_ignored() {
    let r = seed();
    let default = ViewState::new(8, Locale::Vi);
    let cases = [
        "",
        "garbage",
        "l.fr",
        "l.<script>alert(1)</script>",
        "f.<img src=x onerror=alert(1)>",
        "f.no-such-section",
        "f.javascript:alert(1)",
        "t.economy:99999999999999999999,economy:-1,economy:x,:0,<b>:0",
        "x.1~y.2~~~~",
        "o",
        "t.",
        "l.EN-gb~",
    ];
    for case in cases {
        let s = restore(&decode(case), &r, Locale::Vi);
        if case == "l.EN-gb~" {
            assert_eq!(s.locale, Locale::En);
            continue;
        }
        assert_eq!(s, default, "{case:?}");
    }
    // Unknown ids in the open list are dropped; known ones still count.
    let s = restore(&decode("o.nope,economy,\"><script>"), &r, Locale::Vi);
    assert!(s.is_open(2) && !s.is_open(0));
    // Oversized state is ignored whole.
    let huge = format!("l.en~o.{}", "economy,".repeat(MAX_LEN));
    assert_eq!(decode(&huge), LinkState::default());
    // The other report's ids mean nothing here.
    let other = decode("o.other-report-section~t.other:0");
    let s = restore(&other, &r, Locale::En);
    assert!(s.all_closed() && s.tables_in(0).is_empty());
}

#[test]
fn widget_keys_are_kept_to_a_safe_alphabet() {
    assert_eq!(clean_key("Main Report").as_deref(), Some("mainreport"));
    assert_eq!(clean_key("a\"&b=<c>").as_deref(), Some("abc"));
    assert_eq!(clean_key("!!!"), None);
    assert_eq!(clean_key(&"k".repeat(100)).map(|k| k.len()), Some(32));
}

#[test]
fn only_the_widgets_own_parameter_changes() {
    assert_eq!(with_param("", "sr-report", "l.en"), "?sr-report=l.en");
    assert_eq!(with_param("?q=a%20b&x=1", "sr-report", "l.en~o.economy"), "?q=a%20b&x=1&sr-report=l.en~o.economy");
    assert_eq!(with_param("?sr-report=old&q=a+b", "sr-report", "new"), "?q=a+b&sr-report=new");
    assert_eq!(with_param("?sr-report=old", "sr-report", ""), "");
    assert_eq!(with_param("?sr-other=1&sr-report=2", "sr-report", ""), "?sr-other=1");
    assert_eq!(with_param("?sr-reporter=1", "sr-report", "x"), "?sr-reporter=1&sr-report=x");
}
