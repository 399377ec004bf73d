//! The hostile-input corpus (tests/hostile/): every broken or malicious report gets its expected
//! outcome — a located error of the expected kind, or a report fit to render — and never a panic.
//! The same files are loaded in Chromium by tests/e2e/hostile.test.mjs. Cases too large to keep as
//! files (10 MB strings, 10,000 sections) are built here.

mod common;
use common::seed_with;

use std::collections::BTreeMap;

use serde::Deserialize;
use report::locale::Locale;
use report::parse::parse_report;
use report::problem::ProblemKind;
use report::share_link::{decode, restore};
use report::view_state::ViewState;
use report::SEED_REPORT_JSON;

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/hostile");

#[derive(Deserialize)]
struct Expected {
    outcome: String,
    path: Option<String>,
    kind: Option<String>,
    what: String,
}

fn kind_name(k: &ProblemKind) -> &'static str {
    match k {
        ProblemKind::Syntax(_) => "syntax",
        ProblemKind::MissingFormat | ProblemKind::UnsupportedFormat(_) => "version",
        k if k.is_structural() => "shape",
        _ => "semantic",
    }
}

#[test]
fn every_corpus_report_has_its_expected_outcome() {
    let expected: BTreeMap<String, Expected> =
        serde_json::from_str(&std::fs::read_to_string(format!("{DIR}/expected.json")).unwrap()).unwrap();
    assert!(expected.len() >= 40, "the corpus has {} cases", expected.len());
    let files: Vec<String> = std::fs::read_dir(DIR)
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".json") && n.as_bytes()[0].is_ascii_digit())
        .collect();
    assert_eq!(files.len(), expected.len(), "every file has an expectation and every expectation a file");
    for (file, want) in &expected {
        // Read as bytes: some cases are not even valid UTF-8 text once edited by hand.
        let text = String::from_utf8_lossy(&std::fs::read(format!("{DIR}/{file}")).unwrap()).into_owned();
        let got = parse_report(&text);
        match (want.outcome.as_str(), got) {
            ("render", Ok(_)) => {}
            ("error", Err(problems)) => {
                let first = &problems[0];
                assert_eq!(Some(first.path.as_str()), want.path.as_deref(), "{file} ({}): {first:?}", want.what);
                assert_eq!(Some(kind_name(&first.kind)), want.kind.as_deref(), "{file} ({}): {first:?}", want.what);
                for p in &problems {
                    assert!(!p.describe(Locale::Vi).is_empty() && !p.describe(Locale::En).is_empty());
                }
            }
            (outcome, got) => panic!("{file} ({}): expected {outcome}, got {:?}", want.what, got.map(|_| "a report")),
        }
    }
    println!("hostile corpus: {} reports, each with its expected outcome", expected.len());
}


#[test]
fn ten_megabyte_strings_are_refused_where_they_are() {
    let huge = "Ư".repeat(5 * 1024 * 1024);
    let json = seed_with(|v| {
        v["meta"]["title"]["vi"] = serde_json::json!(huge);
        v["sections"][0]["paragraphs"][0]["en"] = serde_json::json!("x".repeat(10 * 1024 * 1024));
        v["participants"][0]["person"] = serde_json::json!("N".repeat(200_000));
    });
    assert!(json.len() > 20_000_000);
    let problems = parse_report(&json).expect_err("no text may freeze the reader's browser");
    let paths: Vec<&str> = problems.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(paths, ["meta.title.vi", "participants[0].person", "sections[0].paragraphs[0].en"]);
    assert_eq!(problems[0].describe(Locale::En), "The text is too long (5,242,880 characters); each text may have at most 100,000.");
    // Just under the limit is fine.
    let json = seed_with(|v| v["meta"]["title"]["vi"] = serde_json::json!("Ư".repeat(100_000)));
    assert!(parse_report(&json).is_ok());
}

#[test]
fn ten_thousand_sections_render() {
    let json = seed_with(|v| {
        let template = v["sections"][2].clone();
        // The seed's own sections stay first, so every indicator is still listed somewhere.
        let mut sections = v["sections"].as_array().unwrap().clone();
        sections.extend((sections.len()..10_000).map(|i| {
            let mut s = template.clone();
            s["id"] = serde_json::json!(format!("s{i}"));
            s
        }));
        v["sections"] = serde_json::json!(sections);
        v["meta"]["photos"] = serde_json::json!([]);
    });
    let r = parse_report(&json).expect("many sections are fine");
    assert_eq!(r.sections.len(), 10_000);
}

#[derive(Deserialize)]
struct UrlCase {
    value: String,
    expect: String,
    what: String,
}

#[test]
fn hostile_url_states_are_ignored() {
    let cases: Vec<UrlCase> =
        serde_json::from_str(&std::fs::read_to_string(format!("{DIR}/url-states.json")).unwrap()).unwrap();
    let report = parse_report(SEED_REPORT_JSON).unwrap();
    let default = ViewState::new(report.sections.len(), Locale::Vi);
    for case in &cases {
        let value = match case.value.strip_prefix("REPEAT:") {
            Some(spec) => {
                let (unit, times) = spec.rsplit_once(':').unwrap();
                unit.repeat(times.parse().unwrap())
            }
            None => case.value.clone(),
        };
        let state = restore(&decode(&value), &report, Locale::Vi);
        match case.expect.as_str() {
            "default" => assert_eq!(state, default, "{}", case.what),
            "all-closed" => assert!(state.all_closed() && state.locale == Locale::Vi, "{}", case.what),
            "english" => assert_eq!(state, ViewState::new(report.sections.len(), Locale::En), "{}", case.what),
            "economy-table" => {
                assert!(state.is_open(2) && !state.is_open(0) && state.shows_table(2, 0), "{}", case.what);
                assert_eq!((state.locale, state.focus.as_deref()), (Locale::En, Some("sown-area")));
            }
            other => panic!("unknown expectation {other}"),
        }
    }
    println!("hostile URL states: {} cases ignored or applied as expected", cases.len());
}

/// A generator gone wrong: a million paragraphs of the wrong kind, and 20 MB of brackets. Each is
/// refused quickly, with a bounded list (the panel shows 50) and no deep recursion.
#[test]
fn millions_of_problems_and_megabytes_of_brackets_stay_bounded() {
    let json = seed_with(|v| v["sections"][0]["paragraphs"] = serde_json::json!(vec![0; 1_000_000]));
    let started = std::time::Instant::now();
    let problems = parse_report(&json).expect_err("numbers are not paragraphs");
    assert_eq!(problems.len(), report::json::MAX_PROBLEMS);
    assert_eq!(problems[0].path, "sections[0].paragraphs[0]");
    let brackets = "[".repeat(20 * 1024 * 1024);
    let problems = parse_report(&brackets).expect_err("not a report");
    assert_eq!(problems.len(), 1);
    println!("a million wrong paragraphs and 20 MB of brackets refused in {:?}", started.elapsed());
}
