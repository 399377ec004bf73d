//! The widget's verdict on report files, one JSON line per file, for tests/schema/validate.mjs:
//! `cargo run --example verdicts -- FILE…` prints
//! `{"file":"FILE","accepted":false,"problems":[{"path":"sections[1].id","kind":"DuplicateId"}]}`.
//! Files are read as a browser hands them to the widget (fetch.rs: invalid UTF-8 becomes U+FFFD;
//! the parser drops a byte-order mark).
use report::parse::parse_report;

fn main() {
    for file in std::env::args().skip(1) {
        let bytes = std::fs::read(&file).unwrap_or_else(|e| panic!("{file}: {e}"));
        let text = String::from_utf8_lossy(&bytes);
        let problems: Vec<serde_json::Value> = match parse_report(&text) {
            Ok(_) => Vec::new(),
            Err(problems) => problems
                .iter()
                .map(|p| {
                    let debug = format!("{:?}", p.kind);
                    let kind: String = debug.chars().take_while(char::is_ascii_alphanumeric).collect();
                    serde_json::json!({ "path": p.path, "kind": kind })
                })
                .collect(),
        };
        let line = serde_json::json!({ "file": file, "accepted": problems.is_empty(), "problems": problems });
        println!("{line}");
    }
}
