//! Validation: every problem is found, with the JSON path of the field and, for syntax errors, the
//! line and column; no input makes the parser panic.

mod common;
use common::seed_with;

use session_report::core::locale::Locale;
use session_report::core::parse::parse_report;
use session_report::core::problem::{Problem, ProblemKind as P};
use session_report::SEED_REPORT_JSON;
use serde_json::json;


fn problems(json: &str) -> Vec<Problem> {
    parse_report(json).expect_err("should be refused")
}

fn paths(ps: &[Problem]) -> Vec<&str> {
    ps.iter().map(|p| p.path.as_str()).collect()
}

#[test]
fn syntax_errors_carry_line_and_column() {
    let ps = problems("{\n  \"format\": 1,\n  \"meta\": {\n    \"title\": ,\n");
    assert_eq!(ps.len(), 1);
    assert!(matches!(ps[0].kind, P::Syntax(_)), "{ps:?}");
    assert_eq!(ps[0].at, Some((4, 14)));
    assert!(ps[0].describe(Locale::En).starts_with("Not valid JSON"));
    assert!(ps[0].describe(Locale::Vi).starts_with("Không phải JSON hợp lệ"));

    for (text, kind) in [("", "syntax"), ("   ", "syntax"), ("[]", "shape"), ("null", "shape"), ("{\"format\":1}{}", "syntax")] {
        let ps = problems(text);
        let ok = match kind {
            "syntax" => matches!(ps[0].kind, P::Syntax(_)),
            _ => matches!(ps[0].kind, P::Shape(_) | P::NotAnObject),
        };
        assert!(ok, "{text:?}: {ps:?}");
    }
}

#[test]
fn wrong_types_and_missing_fields_name_the_field() {
    let ps = problems(&seed_with(|v| v["indicators"][3]["value"] = json!("5.755")));
    assert_eq!(paths(&ps), ["indicators[3].value"]);
    let ps = problems(&seed_with(|v| {
        v["meta"].as_object_mut().unwrap().remove("title");
    }));
    assert_eq!(paths(&ps), ["meta"]);
    assert!(ps[0].describe(Locale::En).contains("missing field `title`"));
    let ps = problems(&seed_with(|v| v["sections"][0]["kind"] = json!("sports")));
    assert_eq!(paths(&ps), ["sections[0].kind"]);
    let ps = problems(&seed_with(|v| v["meta"]["event_date"] = json!("2020-02-30")));
    assert_eq!(paths(&ps), ["meta.event_date"]);
    assert!(ps[0].describe(Locale::En).contains("no day 30"), "{:?}", ps[0]);
}

#[test]
fn semantic_problems_are_all_listed_with_paths() {
    let json = seed_with(|v| {
        v["meta"]["title"] = json!({"vi": "  ", "en": ""});
        v["meta"]["source"]["url"] = json!("javascript:alert(1)");
        v["meta"]["published"] = json!("2020-11-01");
        v["meta"]["photos"][0]["section"] = json!("nowhere");
        v["participants"][0]["group"] = json!({"vi": "x"});
        v["participants"][1]["person"] = json!(" ");
        v["sections"][1]["id"] = json!("party-building");
        v["sections"][2]["id"] = json!("Kinh Tế");
        v["sections"][0]["indicators"][1] = json!("missing");
        v["sections"][4]["items"][0] = json!({});
        v["indicators"][3]["plan"] = json!(0);
        v["indicators"][4]["share_of_plan"] = json!(-2);
        v["indicators"][1]["counts"][0]["value"] = json!(-7);
        v["indicators"][6]["unit"] = json!({"vi": "đồng"});
        v["indicators"][0]["currency"] = json!("vnd");
        v["indicators"][0].as_object_mut().unwrap().remove("unit");
        v["indicators"][2]["qualifier"] = json!("more_than");
    });
    let ps = problems(&json);
    let got: Vec<(&str, &P)> = ps.iter().map(|p| (p.path.as_str(), &p.kind)).collect();
    let expected: Vec<(&str, P)> = vec![
        ("meta.title", P::EmptyText),
        ("meta.source.url", P::BadUrl),
        ("meta.published", P::PublishedBeforeEvent),
        ("participants[0]", P::PersonAndGroup),
        ("participants[1].person", P::BlankName),
        ("sections[1].id", P::DuplicateId("party-building".into())),
        ("sections[2].id", P::BadId),
        ("sections[0].indicators[1]", P::UnknownIndicator("missing".into())),
        ("sections[4].items[0]", P::EmptyText),
        ("meta.photos[0].section", P::UnknownSection("nowhere".into())),
        ("indicators[0].currency", P::BadCurrency),
        ("indicators[1].counts[0].value", P::Negative),
        ("indicators[1].id", P::IndicatorNotShown("inspections".into())),
        ("indicators[2].qualifier", P::QualifierWithoutValue),
        ("indicators[3].plan", P::NotPositive),
        ("indicators[4].share_of_plan", P::Negative),
        ("indicators[6].currency", P::UnitAndCurrency),
    ];
    let expected: Vec<(&str, &P)> = expected.iter().map(|(p, k)| (*p, k)).collect();
    assert_eq!(got, expected);
    for p in &ps {
        assert!(!p.describe(Locale::Vi).is_empty() && !p.describe(Locale::En).is_empty());
    }
}

#[test]
fn share_of_plan_must_agree_with_value_and_plan() {
    let ps = problems(&seed_with(|v| v["indicators"][3]["plan"] = json!(4000)));
    assert_eq!(paths(&ps), ["indicators[3].share_of_plan"]);
    assert!(matches!(ps[0].kind, P::ShareDisagrees { .. }));
    assert!(parse_report(&seed_with(|v| v["indicators"][3]["plan"] = json!(5772))).is_ok());
}

#[test]
fn numbers_json_cannot_hold_are_refused_not_infinite() {
    let json = SEED_REPORT_JSON.replacen("\"value\": 5755", "\"value\": 1e400", 1);
    let ps = problems(&json);
    assert!(matches!(ps[0].kind, P::Syntax(_) | P::Shape(_)), "{ps:?}");
    assert!(ps[0].at.is_some());
    let json = SEED_REPORT_JSON.replacen("\"value\": 5755", "\"value\": 1e308", 1);
    assert!(parse_report(&json).is_ok(), "huge but finite is a number");
}

#[test]
fn a_report_needs_sections() {
    let ps = problems(&seed_with(|v| {
        v["sections"] = json!([]);
        v["meta"]["photos"] = json!([]);
    }));
    assert_eq!(paths(&ps), ["sections"]);
}

#[test]
fn deep_nesting_and_odd_bytes_do_not_panic() {
    let deep = "[".repeat(100_000);
    assert!(matches!(problems(&deep)[0].kind, P::Syntax(_) | P::Shape(_)));
    let deep_obj = format!("{{\"format\":1,\"meta\":{}}}", "{\"a\":".repeat(10_000));
    assert!(!problems(&deep_obj).is_empty());
    for s in ["\u{0}", "{\"format\":1,\"meta\":\"\u{202e}\"}", "\u{feff}{}", "{\"format\":18446744073709551616}"] {
        assert!(!problems(s).is_empty());
    }
}

#[test]
fn the_indicator_semantics_are_checked_where_they_are_written() {
    let ps = problems(&seed_with(|v| {
        v["indicators"][0]["percent"] = json!(true);
        v["indicators"][0]["decimals"] = json!(9);
        v["indicators"][0]["total"] = json!(2);
        v["indicators"][0]["references"] = json!([
            {"kind": "estimate", "by": {"vi": ""}},
            {"kind": "plan", "value": 6, "share": 12}
        ]);
        v["indicators"][0]["changes"] = json!([{"value": 1, "measure": "points", "against": {}}]);
        v["indicators"][1]["decimals"] = json!(1);
    }));
    let found: Vec<(&str, &P)> = ps.iter().map(|p| (p.path.as_str(), &p.kind)).collect();
    assert_eq!(
        found,
        [
            ("indicators[0].percent", &P::PercentWithUnit),
            ("indicators[0].decimals", &P::TooManyDecimals),
            ("indicators[0].total", &P::PartExceedsWhole),
            ("indicators[0].references[0].by", &P::EmptyText),
            ("indicators[0].references[0]", &P::EmptyReference),
            ("indicators[0].references[1].share", &P::ShareDisagrees { stated: 12.0, computed: 50.0 }),
            ("indicators[0].changes[0].against", &P::EmptyText),
            ("indicators[1].decimals", &P::NeedsValue("decimals")),
        ]
    );
    assert_eq!(
        ps[0].describe(Locale::En),
        "\"percent\": true already makes the unit %; remove \"unit\" or \"currency\"."
    );
}

#[test]
fn an_indicator_no_section_lists_is_a_problem_not_a_silent_loss() {
    let ps = problems(&seed_with(|v| {
        v["sections"][2]["indicators"] = json!([]);
    }));
    assert!(!ps.is_empty());
    assert!(ps.iter().all(|p| matches!(p.kind, P::IndicatorNotShown(_)) && p.path.ends_with(".id")), "{ps:?}");
    assert!(ps[0].describe(Locale::Vi).starts_with("Không phần nào liệt kê số liệu"));
}
