//! The report format: round trips, the version and unknown-field decisions, and the published
//! JSON Schema staying in step with the Rust types. Native only: the schema is generated natively.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::seed_with;

use report::parse::parse_report;
use report::problem::ProblemKind;
use report::schema::{schema_json, SCHEMA_PATH};
use report::SEED_REPORT_JSON;

#[test]
fn seed_round_trips_through_json_unchanged() {
    let report = parse_report(SEED_REPORT_JSON).expect("seed is valid");
    let again = serde_json::to_string_pretty(&report).unwrap();
    let reparsed = parse_report(&again).expect("serialised report is valid");
    assert_eq!(report, reparsed);
    // Nothing the file says is dropped or added by the types.
    let original: serde_json::Value = serde_json::from_str(SEED_REPORT_JSON).unwrap();
    let written: serde_json::Value = serde_json::from_str(&again).unwrap();
    assert_eq!(normalise_numbers(original), normalise_numbers(written));
}

/// 5755 and 5755.0 are the same number; the types store f64.
fn normalise_numbers(v: serde_json::Value) -> serde_json::Value {
    use serde_json::Value::*;
    match v {
        Number(n) => serde_json::json!(n.as_f64().unwrap()),
        Array(a) => Array(a.into_iter().map(normalise_numbers).collect()),
        Object(o) => Object(o.into_iter().map(|(k, v)| (k, normalise_numbers(v))).collect()),
        other => other,
    }
}


#[test]
fn other_format_versions_are_refused_by_name() {
    for bad in [serde_json::json!(2), serde_json::json!(0), serde_json::json!("1"), serde_json::json!(1.5)] {
        let json = seed_with(|v| v["format"] = bad.clone());
        let errs = parse_report(&json).unwrap_err();
        assert_eq!(errs.len(), 1, "{bad}: {errs:?}");
        assert_eq!(errs[0].path, "format");
        assert!(matches!(errs[0].kind, ProblemKind::UnsupportedFormat(_)), "{bad}: {errs:?}");
        assert!(errs[0].describe(report::locale::Locale::En).contains("reads version 1"));
    }
    let json = seed_with(|v| {
        v.as_object_mut().unwrap().remove("format");
    });
    let errs = parse_report(&json).unwrap_err();
    assert_eq!((errs[0].path.as_str(), &errs[0].kind), ("format", &ProblemKind::MissingFormat));
}

#[test]
fn a_future_version_with_new_fields_reports_the_version_not_the_fields() {
    let json = seed_with(|v| {
        v["format"] = serde_json::json!(2);
        v["meta"]["subtitle"] = serde_json::json!({"vi": "x"});
    });
    let errs = parse_report(&json).unwrap_err();
    assert_eq!(errs.len(), 1);
    assert!(matches!(errs[0].kind, ProblemKind::UnsupportedFormat(ref v) if v == "2"));
}

#[test]
fn unknown_fields_are_errors_at_their_path() {
    let json = seed_with(|v| v["sections"][2]["titel"] = serde_json::json!("typo"));
    let errs = parse_report(&json).unwrap_err();
    assert_eq!(errs.len(), 1);
    assert_eq!(errs[0].path, "sections[2].titel");
    assert!(matches!(&errs[0].kind, ProblemKind::UnknownField { name, .. } if name == "titel"), "{errs:?}");
    assert_eq!(errs[0].describe(report::locale::Locale::En), "There is no field \"titel\" here: did you mean \"title\"?");
    assert!(errs[0].at.is_some(), "shape errors carry line and column");
}

#[test]
fn a_schema_pointer_is_allowed() {
    let json = seed_with(|v| v["$schema"] = serde_json::json!("https://example.org/report.schema.json"));
    assert!(parse_report(&json).is_ok());
}

#[test]
fn published_schema_matches_the_types() {
    common::assert_generated_file(SCHEMA_PATH, &schema_json(), "UPDATE_SCHEMA", "UPDATE_SCHEMA=1 cargo test --test format");
}

#[test]
fn schema_describes_the_format() {
    let schema: serde_json::Value = serde_json::from_str(&schema_json()).unwrap();
    let required = schema["required"].as_array().unwrap();
    for field in ["format", "meta", "sections"] {
        assert!(required.iter().any(|r| r == field), "{field} required");
    }
    assert_eq!(schema["additionalProperties"], serde_json::json!(false));
    let kinds = &schema["$defs"]["SectionKind"];
    assert!(kinds.to_string().contains("resolution_implementation"), "{kinds}");
}
