//! The JSON Schema of the report format, generated from the Rust types (native builds only).

use super::format::Report;

/// Where the published schema lives, relative to the crate root.
pub const SCHEMA_PATH: &str = "static/report.schema.json";

/// The schema as pretty-printed JSON with a trailing newline, exactly as the file should hold it.
pub fn schema_json() -> String {
    let schema = schemars::schema_for!(Report);
    let mut s = serde_json::to_string_pretty(&schema).expect("a schema always serialises");
    s.push('\n');
    s
}
