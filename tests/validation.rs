//! Validation: every problem is found, with the JSON path of the field and, for syntax errors, the
//! line and column; no input makes the parser panic.

mod common;
use common::seed_with;

use report::locale::Locale;
use report::parse::parse_report;
use report::problem::{Problem, ProblemKind as P, Syntax};
use report::SEED_REPORT_JSON;
use serde_json::json;


fn problems(json: &str) -> Vec<Problem> {
    parse_report(json).expect_err("should be refused")
}

fn paths(ps: &[Problem]) -> Vec<&str> {
    ps.iter().map(|p| p.path.as_str()).collect()
}

#[test]
fn syntax_errors_carry_line_and_column_and_say_what_to_do() {
    let ps = problems("{\n  \"format\": 1,\n  \"meta\": {\n    \"title\": ,\n");
    assert_eq!(ps.len(), 1);
    assert_eq!(ps[0].kind, P::Syntax(Syntax::MissingValue));
    assert_eq!((ps[0].at, ps[0].path.as_str()), (Some((4, 14)), "meta.title"));
    assert_eq!(ps[0].describe(Locale::En), "A value is missing here.");
    assert_eq!(ps[0].describe(Locale::Vi), "Thiếu giá trị ở đây.");

    // A trailing comma is named where it is, not as "key must be a string" on the next line.
    let ps = problems("{\n  \"format\": 1,\n  \"sections\": [\n    {\"id\": \"a\"},\n  ],\n}");
    assert_eq!((&ps[0].kind, ps[0].at), (&P::Syntax(Syntax::TrailingComma { closer: ']' }), Some((4, 16))));
    assert_eq!(ps[0].describe(Locale::En), "A comma before ]: remove it (no comma goes after the last entry).");

    for (text, kind) in [("", "syntax"), ("   ", "syntax"), ("[]", "shape"), ("null", "shape"), ("{\"format\":1}{}", "syntax")] {
        let ps = problems(text);
        let ok = match kind {
            "syntax" => matches!(ps[0].kind, P::Syntax(_)),
            _ => matches!(ps[0].kind, P::NotAnObject),
        };
        assert!(ok, "{text:?}: {ps:?}");
    }
}

/// The three typical mistakes, all reported at once, located and said with the fix.
#[test]
fn an_editors_three_mistakes_come_at_once_in_plain_words() {
    let json = SEED_REPORT_JSON
        .replacen("\"event_date\": \"2020-11-03\"", "\"event_date\": \"14/9/2023\"", 1)
        .replacen("\"share_of_plan\": 99.7", "\"share_of_plan\": \"107,5%\"", 1);
    let economy = json.find("\"id\": \"economy\"").unwrap();
    let json = format!("{}{}", &json[..economy], json[economy..].replacen("\"paragraphs\"", "\"paragraph\"", 1));
    let ps = problems(&json);
    type Said = (Option<(usize, usize)>, String, String);
    let seen: Vec<Said> = ps.iter().map(|p| (p.at, p.place(Locale::En), p.describe(Locale::En))).collect();
    assert_eq!(
        seen,
        [
            (Some((13, 18)), "meta › event_date".into(), "\"14/9/2023\": write dates as YYYY-MM-DD: 2023-09-14.".into()),
            (Some((102, 7)), "section 3 (economy) › paragraph".into(), "There is no field \"paragraph\" here: did you mean \"paragraphs\"?".into()),
            (
                Some((221, 24)),
                "indicator 4 (sown-area) › share_of_plan".into(),
                "This should be a number, such as 107.5, but it is the text \"107,5%\". Write the number without quotes, with a dot for decimals and no % sign: 107.5.".into()
            ),
        ]
    );
    let vi: Vec<String> = ps.iter().map(|p| format!("{} — {}", p.place(Locale::Vi), p.describe(Locale::Vi))).collect();
    assert_eq!(vi[1], "phần 3 (economy) › paragraph — Không có trường \"paragraph\" ở đây: có phải ý bạn là \"paragraphs\"?");
    assert!(vi[2].ends_with("Viết số không có dấu ngoặc kép, dùng dấu chấm cho phần thập phân và không có dấu %: 107.5."), "{}", vi[2]);
    assert!(vi[0].ends_with("viết ngày dạng YYYY-MM-DD: 2023-09-14."), "{}", vi[0]);
}

/// No message speaks Rust or counts from 0: every kind of structural problem, in both languages.
#[test]
fn messages_name_no_rust_types_and_no_backticks() {
    let json = seed_with(|v| {
        v["meta"]["title"] = json!("Văn Lãng");
        v["meta"]["lede"] = json!(5);
        v["meta"]["published"] = json!("2020-02-30");
        v["meta"]["subtitle"] = json!("x");
        v["participants"][0]["roles"] = json!("Bí thư");
        v["participants"][0]["side"] = json!("guests");
        v["sections"][0]["id"] = json!(7);
        v["indicators"][0]["decimals"] = json!(1.5);
        v["indicators"][0]["percent"] = json!("true");
        v["indicators"][1]["counts"][0].as_object_mut().unwrap().remove("value");
        v["indicators"][2]["value"] = json!("86.600.000.000");
        v["indicators"][3]["value"] = json!(null);
        v["indicators"][4]["qualifier"] = json!(3);
    });
    let ps = problems(&json);
    assert!(ps.len() >= 12, "{ps:#?}");
    for p in &ps {
        for l in Locale::ALL {
            let said = format!("{} {}", p.place(l), p.describe(l));
            for rust in ["`", "f64", "u8", "u32", "String", "struct", "sequence", "a map", "invalid type", "variant", "[0]", "[1]"] {
                assert!(!said.contains(rust), "{rust:?} in {said:?}");
            }
        }
    }
}

/// Structural and semantic problems in one list, in the order of the file; a semantic problem
/// that only repeats a structural one (a stand-in for an unreadable value) is left out.
#[test]
fn structural_and_semantic_problems_come_together_without_echoes() {
    let ps = problems(&seed_with(|v| {
        v["meta"]["title"] = json!({"vi": "  "});
        v["sections"][2]["titel"] = json!({"vi": "Kinh tế"});
        v["indicators"][3]["value"] = json!("5.755");
        v["indicators"][5]["plan"] = json!(0);
    }));
    let got: Vec<(&str, bool)> = ps.iter().map(|p| (p.path.as_str(), p.is_structural())).collect();
    assert_eq!(
        got,
        [
            ("indicators[3].value", true),
            ("indicators[5].plan", false),
            ("meta.title", false),
            ("sections[2].titel", true),
        ]
    );
    assert!(ps[0].describe(Locale::En).ends_with("Write the number without quotes: 5.755 (or 5755 if the dot separates thousands)."), "{}", ps[0].describe(Locale::En));
    assert!(ps.iter().all(|p| p.at.is_some()), "every problem has a line and column: {ps:?}");
    // A section id that cannot be read says so once, not again as every reference to it.
    let ps = problems(&seed_with(|v| v["indicators"][3]["id"] = json!(["sown-area"])));
    assert_eq!(ps.len(), 1, "{ps:?}");
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
    // In the order of the file (`seed_with` writes the keys in alphabetical order).
    let expected: Vec<(&str, P)> = vec![
        ("indicators[0].currency", P::BadCurrency),
        ("indicators[1].counts[0].value", P::Negative),
        ("indicators[1].id", P::IndicatorNotShown("inspections".into())),
        ("indicators[2].qualifier", P::QualifierWithoutValue),
        ("indicators[3].plan", P::NotPositive),
        ("indicators[4].share_of_plan", P::Negative),
        ("indicators[6].currency", P::UnitAndCurrency),
        ("meta.photos[0].section", P::UnknownSection("nowhere".into())),
        ("meta.published", P::PublishedBeforeEvent),
        ("meta.source.url", P::BadUrl),
        ("meta.title", P::EmptyText),
        ("participants[0]", P::PersonAndGroup),
        ("participants[1].person", P::BlankName),
        ("sections[0].indicators[1]", P::UnknownIndicator("missing".into())),
        ("sections[1].id", P::DuplicateId("party-building".into())),
        ("sections[2].id", P::BadId),
        ("sections[4].items[0]", P::EmptyText),
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
    assert_eq!(ps[0].kind, P::NumberTooLarge("1e400".into()));
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
    assert!(matches!(problems(&deep)[0].kind, P::Syntax(Syntax::TooDeep(_))));
    assert!(matches!(problems(&"[".repeat(5_000))[0].kind, P::Syntax(Syntax::EndsOpen { opener: '[', line: 1 })));
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
            ("indicators[0].changes[0].against", &P::EmptyText),
            ("indicators[0].decimals", &P::TooManyDecimals),
            ("indicators[0].percent", &P::PercentWithUnit),
            ("indicators[0].references[0]", &P::EmptyReference),
            ("indicators[0].references[0].by", &P::EmptyText),
            ("indicators[0].references[1].share", &P::ShareDisagrees { stated: 12.0, computed: 50.0 }),
            ("indicators[0].total", &P::PartExceedsWhole),
            ("indicators[1].decimals", &P::NeedsValue("decimals")),
        ]
    );
    assert_eq!(
        ps[2].describe(Locale::En),
        "\"percent\": true already makes the unit %; remove \"unit\" or \"currency\"."
    );
}

#[test]
fn a_range_rises_and_only_money_is_counted_per_person() {
    let ps = problems(&seed_with(|v| {
        v["indicators"][0]["value_to"] = json!(2);
        v["indicators"][0]["per"] = json!({"vi": "người/năm", "en": "person/year"});
        v["indicators"][1]["value_to"] = json!(3);
    }));
    let found: Vec<(&str, &P)> = ps.iter().map(|p| (p.path.as_str(), &p.kind)).collect();
    assert!(found.contains(&("indicators[0].value_to", &P::RangeNotRising)), "{found:?}");
    assert!(found.contains(&("indicators[0].per", &P::PerWithoutCurrency)), "{found:?}");
    assert!(found.contains(&("indicators[1].value_to", &P::NeedsValue("value_to"))), "{found:?}");
    // A range that rises, money per person and year: no problem.
    let sound = seed_with(|v| {
        let money = v["indicators"].as_array().unwrap().iter().position(|i| i.get("currency").is_some()).unwrap();
        v["indicators"][money]["per"] = json!({"vi": "người/năm", "en": "person/year"});
        v["indicators"][0]["value_to"] = json!(4);
    });
    let report = parse_report(&sound).expect("a rising range and money per person are sound");
    assert_eq!((report.indicators[0].value_to, report.indicators[0].value), (Some(4.0), Some(3.0)));
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

#[test]
fn repeated_fields_choices_and_unknown_names_say_what_is_allowed() {
    let json = SEED_REPORT_JSON
        .replacen("\"kind\": \"economy\"", "\"kind\": \"Economy\", \"kind\": \"economy\"", 1)
        .replacen("\"side\": \"delegation\"", "\"side\": \"guests\"", 1)
        .replacen("\"author\":", "\"writer\":", 1);
    let said: Vec<String> = problems(&json).iter().map(|p| format!("{}: {}", p.place(Locale::En), p.describe(Locale::En))).collect();
    assert_eq!(
        said,
        [
            "meta › writer: There is no field \"writer\" here. The fields allowed here are: title, lede, event_date, published, place, source, author, photos.",
            "participant 1 (Lâm Thị Phương Thanh) › side: \"guests\" is not an allowed value. The values are: delegation, host, other.",
            "section 3 (economy) › kind: \"Economy\" is not an allowed value: did you mean \"economy\"? The values are: party_building, resolution_implementation, economy, culture_society, discussion, proposed_tasks, conclusion, directives, other.",
            "section 3 (economy) › kind: The field \"kind\" is written twice in the same object: keep one.",
        ]
    );
}

#[test]
fn the_readers_path_agrees_with_the_full_parse_on_every_kept_file() {
    use report::parse::read_sound_report;
    let mut files: Vec<std::path::PathBuf> = Vec::new();
    for dir in ["static/reports", "tests/hostile", "tests/e2e/pages", "tests/fixtures/charts"] {
        if let Ok(entries) = std::fs::read_dir(dir) {
            files.extend(entries.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "json")));
        }
    }
    assert!(files.len() > 40, "{files:?}");
    for path in files {
        let Ok(text) = std::fs::read_to_string(&path) else { continue };
        let full = parse_report(&text);
        let reader = read_sound_report(&text);
        assert_eq!(full.as_ref().ok(), reader.as_ref(), "{}", path.display());
    }
    let broken = seed_with(|v| v["sections"][2]["indicators"] = json!([]));
    assert!(read_sound_report(&broken).is_none() && parse_report(&broken).is_err());
    assert!(read_sound_report(SEED_REPORT_JSON).is_some());
}
