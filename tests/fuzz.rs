//! Property tests ("fuzzing") of everything that reads untrusted input: the report parser and
//! validator, and the share-link decoder. None may panic, and what they return must be usable.
//! The test command runs a bounded number of cases; for a long run:
//!   PROPTEST_CASES=100000 cargo test --release --test fuzz -- --nocapture
#![cfg(not(target_arch = "wasm32"))]

use std::sync::atomic::{AtomicUsize, Ordering};

use proptest::prelude::*;
use report::chart::{charts_for, data::chart_data, layout::layout, svg::render_svg};
use report::figures::figure;
use report::locale::Locale;
use report::parse::parse_report;
use report::share_link::{decode, encode, restore};
use report::SEED_REPORT_JSON;

static CASES: AtomicUsize = AtomicUsize::new(0);

fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(2000);
    ProptestConfig { cases, failure_persistence: None, ..ProptestConfig::default() }
}

/// Parsing must never panic; a report it accepts must render in both languages (figures, charts).
fn check(json: &str) {
    CASES.fetch_add(1, Ordering::Relaxed);
    match parse_report(json) {
        Ok(report) => {
            for l in Locale::ALL {
                for ind in &report.indicators {
                    let _ = figure(ind, l);
                }
                for s in &report.sections {
                    for spec in charts_for(&report, s) {
                        let svg = render_svg(&layout(&chart_data(&report, &spec, l), 320));
                        assert!(svg.starts_with("<svg"));
                    }
                }
            }
        }
        // Every problem is located and said, in both languages.
        Err(problems) => {
            assert!(!problems.is_empty());
            for p in &problems {
                assert!(p.at.is_some_and(|(line, column)| line >= 1 && column >= 1), "{p:?}");
                for l in Locale::ALL {
                    assert!(!p.describe(l).is_empty() && !p.place(l).is_empty(), "{p:?}");
                }
            }
        }
    }
}

/// Arbitrary JSON documents, a few levels deep, using the format's own field names often.
fn json_value() -> impl Strategy<Value = serde_json::Value> {
    let names = prop::sample::select(vec![
        "format", "meta", "title", "vi", "en", "sections", "id", "kind", "indicators", "value", "counts",
        "label", "event_date", "place", "source", "outlet", "participants", "person", "side", "x",
    ]);
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::Bool),
        any::<i64>().prop_map(|n| serde_json::json!(n)),
        any::<f64>().prop_filter("JSON numbers are finite", |f| f.is_finite()).prop_map(|n| serde_json::json!(n)),
        ".{0,12}".prop_map(serde_json::Value::String),
        Just(serde_json::json!(1)),
        Just(serde_json::json!("2020-11-03")),
    ];
    leaf.prop_recursive(4, 48, 6, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..5).prop_map(serde_json::Value::Array),
            prop::collection::btree_map(names.clone().prop_map(str::to_owned), inner, 0..6)
                .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn any_text_is_parsed_without_panic(text in ".{0,200}") {
        check(&text);
    }

    #[test]
    fn any_json_document_is_parsed_without_panic(mut value in json_value(), version in prop::bool::ANY) {
        if version {
            if let Some(o) = value.as_object_mut() {
                o.insert("format".into(), serde_json::json!(1));
            }
        }
        check(&value.to_string());
    }

    #[test]
    fn mutated_seed_reports_are_parsed_without_panic(
        edits in prop::collection::vec((any::<prop::sample::Index>(), 0u8..3, any::<char>()), 1..8)
    ) {
        let mut chars: Vec<char> = SEED_REPORT_JSON.chars().collect();
        for (at, op, c) in edits {
            let i = at.index(chars.len());
            match op {
                0 => { chars.remove(i); }
                1 => chars.insert(i, c),
                _ => chars[i] = c,
            }
        }
        check(&chars.into_iter().collect::<String>());
    }

    #[test]
    fn any_share_link_state_decodes_to_a_usable_view(text in ".{0,300}", known in "(l\\.(en|vi)|o\\.[a-z-]{0,20}(,[a-z-]{0,20}){0,3}|f\\.[a-z-]{0,20}|t\\.[a-z-]{0,15}:[0-9]{1,3})(~(l\\.en|o\\.economy|t\\.economy:0)){0,3}") {
        CASES.fetch_add(1, Ordering::Relaxed);
        let report = parse_report(SEED_REPORT_JSON).unwrap();
        for value in [text.as_str(), known.as_str()] {
            let state = restore(&decode(value), &report, Locale::Vi);
            // Whatever came in, the view has one entry per section and re-encodes to a stable link.
            let link = encode(&state, &report, Some(Locale::Vi));
            prop_assert_eq!(restore(&decode(&link), &report, Locale::Vi), state);
        }
    }
}

#[test]
fn zz_report_case_count() {
    // Runs last by name; the count covers the properties that ran before it in this process.
    println!("fuzz: {} cases run so far, none panicked", CASES.load(Ordering::Relaxed));
}
