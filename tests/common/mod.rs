//! Helpers shared by the native test files (each includes this with `mod common;`).
#![allow(dead_code)]

pub mod fields;

use report::SEED_REPORT_JSON;

/// The seed report as JSON text after `edit`.
pub fn seed_with(edit: impl FnOnce(&mut serde_json::Value)) -> String {
    let mut v: serde_json::Value = serde_json::from_str(SEED_REPORT_JSON).unwrap();
    edit(&mut v);
    serde_json::to_string_pretty(&v).unwrap()
}

/// Fails when the committed file at `path` (relative to the crate) differs from `generated`;
/// with the environment variable `update` set, rewrites it first.
pub fn assert_generated_file(path: &str, generated: &str, update: &str, how: &str) {
    let full = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    if std::env::var_os(update).is_some() {
        std::fs::write(&full, generated).unwrap();
    }
    let on_disk = std::fs::read_to_string(&full).unwrap_or_default();
    assert!(on_disk == generated, "{path} is out of date: regenerate it with `{how}` and commit the result");
}
