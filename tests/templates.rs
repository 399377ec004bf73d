//! The two template reports editors start from (`static/reports/template-minimal.json` and
//! `template-full.json`): both are valid reports for the widget's own parser, in both languages,
//! with placeholder text that cannot be mistaken for reporting; the minimal one has only the
//! fields a report needs, the full one every field the format knows.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::fields::{report_fields, schema, text_fields, values_at, Field};

use serde_json::Value;
use report::locale::Locale;
use report::parse::parse_report;

const MINIMAL: &str = "static/reports/template-minimal.json";
const FULL: &str = "static/reports/template-full.json";

fn read(path: &str) -> String {
    std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap()
}

fn json(path: &str) -> Value {
    serde_json::from_str(&read(path)).unwrap()
}

#[test]
fn both_templates_are_valid_reports() {
    for path in [MINIMAL, FULL] {
        if let Err(problems) = parse_report(&read(path)) {
            let listed: Vec<String> =
                problems.iter().map(|p| format!("{} {:?}: {}", p.path, p.at, p.describe(Locale::En))).collect();
            panic!("{path} is not a valid report:\n{}", listed.join("\n"));
        }
    }
}

/// A field is present in `report` when it has a value in at least one place.
fn present(report: &Value, field: &Field) -> bool {
    !values_at(report, &field.path).is_empty()
}

/// The parent's path: `meta.source.outlet` → `meta.source`, `sections[].id` → `sections`.
fn parent(path: &str) -> Option<&str> {
    path.rfind('.').map(|i| path[..i].trim_end_matches("[]"))
}

#[test]
fn the_full_template_uses_every_field_of_the_format() {
    let schema = schema();
    let full = json(FULL);
    let fields = report_fields(&schema);
    assert!(fields.len() > 40, "the schema walk found only {} fields", fields.len());
    let missing: Vec<&str> = fields.iter().filter(|f| !present(&full, f)).map(|f| f.path.as_str()).collect();
    assert!(missing.is_empty(), "{FULL} does not use {missing:?}");
    // Every value of every choice too: not needed, and would take a section per kind; the README
    // table lists them.
}

#[test]
fn the_minimal_template_has_only_the_fields_a_report_needs() {
    let schema = schema();
    let minimal = json(MINIMAL);
    let fields = report_fields(&schema);
    for field in &fields {
        // A required field must be there whenever its parent is; `$schema` is kept, optional as it
        // is, so that editors that read it check the file as it is typed.
        let parent_present = parent(&field.path)
            .is_none_or(|p| fields.iter().find(|f| f.path == p).is_some_and(|f| present(&minimal, f)));
        let expected = field.path == "$schema" || (field.required && parent_present);
        assert_eq!(
            present(&minimal, field),
            expected,
            "{MINIMAL}: `{}` should {}be there",
            field.path,
            if expected { "" } else { "not " }
        );
    }
    // One section: a report needs at least one (validation), and no more.
    assert_eq!(minimal["sections"].as_array().map(Vec::len), Some(1));
}

/// Every bilingual text of a template, with its path.
fn texts<'a>(schema: &Value, report: &'a Value) -> Vec<(String, &'a Value)> {
    let mut out = Vec::new();
    for field in report_fields(schema) {
        for value in values_at(report, &field.path) {
            match field.ty.as_str() {
                "text" => out.push((field.path.clone(), value)),
                "list of texts" => {
                    out.extend(value.as_array().unwrap().iter().map(|t| (format!("{}[]", field.path), t)))
                }
                _ => {}
            }
        }
    }
    out
}

#[test]
fn templates_are_in_both_languages_and_obviously_placeholders() {
    let schema = schema();
    assert_eq!(
        text_fields(&schema).iter().map(|f| f.path.as_str()).collect::<Vec<_>>(),
        ["en", "vi"],
        "a text has fields this test does not know"
    );
    // Placeholders are written in square brackets, so a report published with one left in says so.
    let placeholder = |s: &str| s.starts_with('[') && s.ends_with(']') && s.chars().count() > 2;
    for path in [MINIMAL, FULL] {
        let report = json(path);
        let texts = texts(&schema, &report);
        assert!(!texts.is_empty());
        for (at, text) in texts {
            for lang in ["vi", "en"] {
                let s = text[lang].as_str().unwrap_or_else(|| panic!("{path}: {at} has no `{lang}`"));
                assert!(placeholder(s), "{path}: {at}.{lang} = {s:?} is not a [placeholder]");
            }
        }
        // Names (not translated) are placeholders too.
        for name_path in ["meta.author", "participants[].person"] {
            for name in values_at(&report, name_path) {
                assert!(placeholder(name.as_str().unwrap()), "{path}: {name_path} = {name}");
            }
        }
        // `$schema` points at the published schema from where the template sits (static/reports/
        // in the source, reports/ in the build, beside report.schema.json's directory).
        assert_eq!(report["$schema"], "../report.schema.json", "{path}");
    }
}

#[test]
fn templates_are_copied_into_the_build() {
    // index.html copies the whole reports directory into dist/reports/.
    let index = read("index.html");
    assert!(index.contains(r#"<link data-trunk rel="copy-dir" href="static/reports">"#));
}
