//! A peer's test suite guards the widget's own JSON reader (`core::json`): JSONTestSuite's parsing
//! files (nst/JSONTestSuite, MIT), kept outside the repository in
//! `../shared/jsontestsuite/test_parsing/` (318 files). A name's first letter says what a
//! conforming parser does: `y_` must be read, `n_` refused, `i_` is up to the parser.
//!
//! Each file goes two ways: its text straight into `core::json::read` (files that are valid UTF-8),
//! and its bytes the way the browser hands a report to the widget (`view/fetch.rs`: invalid UTF-8
//! becomes U+FFFD, as `response.text()` would) into `core::parse::parse_report` (which drops a
//! byte-order mark, as browsers do). Every `y_` file is read without a syntax error, every `n_`
//! file is refused with one, nothing panics, and the `i_` files do what [`IMPLEMENTATION_DEFINED`]
//! says. In a clone without `../shared`, the test says so and passes.
#![cfg(not(target_arch = "wasm32"))]

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;

use report::json;
use report::parse::parse_report;
use report::problem::ProblemKind;

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/jsontestsuite/test_parsing");

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Outcome {
    /// Read without a syntax error (the widget may still refuse it as a report).
    Read,
    /// Refused with a syntax error.
    Syntax,
    /// Not valid UTF-8: the reader takes text, so only the browser's path reads it.
    NotUtf8,
    Panic,
}
use Outcome::*;

/// The `i_` files: what the reader does with the text, what the browser's path does with the
/// bytes. Numbers beyond a double are read (as JSON text; the report reader then refuses them
/// where a number goes, `NumberTooLarge`); underflow reads as 0; escapes of lone surrogates are
/// syntax errors (a Rust string cannot hold one); invalid UTF-8 becomes U+FFFD in the browser, so
/// a string holding it is read; UTF-16 is not JSON text the widget can take (the browser decodes
/// a report as UTF-8); a byte-order mark is dropped by the browser's path only; 500 nested arrays
/// are read.
const IMPLEMENTATION_DEFINED: [(&str, Outcome, Outcome); 35] = [
    ("i_number_double_huge_neg_exp.json", Read, Read),
    ("i_number_huge_exp.json", Read, Read),
    ("i_number_neg_int_huge_exp.json", Read, Read),
    ("i_number_pos_double_huge_exp.json", Read, Read),
    ("i_number_real_neg_overflow.json", Read, Read),
    ("i_number_real_pos_overflow.json", Read, Read),
    ("i_number_real_underflow.json", Read, Read),
    ("i_number_too_big_neg_int.json", Read, Read),
    ("i_number_too_big_pos_int.json", Read, Read),
    ("i_number_very_big_negative_int.json", Read, Read),
    ("i_object_key_lone_2nd_surrogate.json", Syntax, Syntax),
    ("i_string_1st_surrogate_but_2nd_missing.json", Syntax, Syntax),
    ("i_string_1st_valid_surrogate_2nd_invalid.json", Syntax, Syntax),
    ("i_string_UTF-16LE_with_BOM.json", NotUtf8, Syntax),
    ("i_string_UTF-8_invalid_sequence.json", NotUtf8, Read),
    ("i_string_UTF8_surrogate_U+D800.json", NotUtf8, Read),
    ("i_string_incomplete_surrogate_and_escape_valid.json", Syntax, Syntax),
    ("i_string_incomplete_surrogate_pair.json", Syntax, Syntax),
    ("i_string_incomplete_surrogates_escape_valid.json", Syntax, Syntax),
    ("i_string_invalid_lonely_surrogate.json", Syntax, Syntax),
    ("i_string_invalid_surrogate.json", Syntax, Syntax),
    ("i_string_invalid_utf-8.json", NotUtf8, Read),
    ("i_string_inverted_surrogates_U+1D11E.json", Syntax, Syntax),
    ("i_string_iso_latin_1.json", NotUtf8, Read),
    ("i_string_lone_second_surrogate.json", Syntax, Syntax),
    ("i_string_lone_utf8_continuation_byte.json", NotUtf8, Read),
    ("i_string_not_in_unicode_range.json", NotUtf8, Read),
    ("i_string_overlong_sequence_2_bytes.json", NotUtf8, Read),
    ("i_string_overlong_sequence_6_bytes.json", NotUtf8, Read),
    ("i_string_overlong_sequence_6_bytes_null.json", NotUtf8, Read),
    ("i_string_truncated-utf-8.json", NotUtf8, Read),
    ("i_string_utf16BE_no_BOM.json", NotUtf8, Syntax),
    ("i_string_utf16LE_no_BOM.json", NotUtf8, Syntax),
    ("i_structure_500_nested_arrays.json", Read, Read),
    ("i_structure_UTF-8_BOM_empty_object.json", Syntax, Read),
];

/// The reader on the file's text.
fn reader(bytes: &[u8]) -> Outcome {
    let Ok(text) = std::str::from_utf8(bytes) else { return NotUtf8 };
    match catch_unwind(|| json::read(text).is_ok()) {
        Ok(true) => Read,
        Ok(false) => Syntax,
        Err(_) => Panic,
    }
}

/// The bytes as the browser decodes them, through the report parser: a syntax error comes alone.
fn browser(bytes: &[u8]) -> Outcome {
    let text = String::from_utf8_lossy(bytes);
    match catch_unwind(AssertUnwindSafe(|| parse_report(&text))) {
        Ok(Err(problems)) if matches!(problems[0].kind, ProblemKind::Syntax(_)) => Syntax,
        Ok(_) => Read,
        Err(_) => Panic,
    }
}

#[test]
fn the_reader_agrees_with_json_test_suite() {
    let dir = Path::new(DIR);
    if !dir.is_dir() {
        println!("jsontestsuite: ../shared/jsontestsuite/test_parsing is not beside this clone; skipped");
        return;
    }
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .map(|p| (p.file_name().unwrap().to_str().unwrap().to_owned(), std::fs::read(&p).unwrap()))
        .collect();
    files.sort();
    assert_eq!(files.len(), 318, "JSONTestSuite's test_parsing holds 318 files");

    let mut wrong = Vec::new();
    let (mut y, mut n, mut n_utf8, mut i) = (0, 0, 0, 0);
    for (name, bytes) in &files {
        let got = (reader(bytes), browser(bytes));
        let ok = match &name[..2] {
            "y_" => {
                y += 1;
                got.0 == Read && got.1 == Read
            }
            "n_" => {
                n += 1;
                n_utf8 += usize::from(got.0 != NotUtf8);
                matches!(got.0, Syntax | NotUtf8) && got.1 == Syntax
            }
            "i_" => {
                i += 1;
                let want = IMPLEMENTATION_DEFINED.iter().find(|(file, ..)| file == name);
                want.is_some_and(|&(_, r, b)| got == (r, b))
            }
            other => panic!("{name}: unknown prefix {other}"),
        };
        if !ok {
            wrong.push(format!("{name}: reader {:?}, browser's path {:?}", got.0, got.1));
        }
    }
    assert_eq!((y, n, i), (95, 188, 35), "y_, n_ and i_ files");
    assert_eq!(i, IMPLEMENTATION_DEFINED.len(), "every i_ file has its listed outcome, and only those");
    assert!(wrong.is_empty(), "{} files not as expected:\n{}", wrong.len(), wrong.join("\n"));
    println!(
        "jsontestsuite: {y} y_ read, {n} n_ refused with a syntax error ({n_utf8} UTF-8, {} only through the \
         browser's decoding), {i} i_ as listed, no panic",
        n - n_utf8
    );
}
