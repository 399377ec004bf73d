//! The widget's own JSON reader (`core::json`, what the wasm uses) and serde's derived
//! deserializers (what the types in `core/report.rs` declare) read reports alike: the same report
//! from every file we ship or keep, from thousands of generated reports serialised by serde, and
//! the same verdict when any field of the full template is removed or misspelt. A field the
//! reader forgot, a required one it thinks optional, or a choice it spells differently fails here.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use serde_json::Value;
use report::date::Date;
use report::json;
use report::format::*;
use report::text::Text;

fn root(path: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

/// The reader's verdict on the file's shape: the report, or why not (syntax or structure).
fn ours(text: &str) -> Result<Report, String> {
    let reading = json::read(text).map_err(|e| format!("syntax {:?}", e.syntax))?;
    if !reading.problems.is_empty() {
        return Err(format!("{:?}", reading.problems.iter().map(|l| &l.problem).collect::<Vec<_>>()));
    }
    match (reading.report, reading.version) {
        (Some(r), Some(v)) if v.is_current() => Ok(r),
        _ => Err("not a version-1 object".into()),
    }
}

fn serdes(text: &str) -> Result<Report, String> {
    serde_json::from_str::<Report>(text).map_err(|e| e.to_string()).and_then(|r| {
        if r.format == FORMAT_VERSION { Ok(r) } else { Err("another version".into()) }
    })
}

/// The same report, numbers within a few units in the last place: the reader is exact for the
/// numbers reports hold (see `report_numbers_are_read_exactly`), and close for 1e300 or 1e-300.
fn same(a: &Report, b: &Report) -> bool {
    fn close(a: &Value, b: &Value) -> bool {
        match (a, b) {
            (Value::Number(x), Value::Number(y)) => {
                let (x, y) = (x.as_f64().unwrap(), y.as_f64().unwrap());
                // Subnormal numbers (below 2.2e-308) have fewer digits: an absolute bound there.
                x == y || (x - y).abs() <= (4.0 * f64::EPSILON * x.abs().max(y.abs())).max(f64::MIN_POSITIVE)
            }
            (Value::Array(x), Value::Array(y)) => x.len() == y.len() && x.iter().zip(y).all(|(x, y)| close(x, y)),
            (Value::Object(x), Value::Object(y)) => x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| close(v, w))),
            _ => a == b,
        }
    }
    a == b || close(&serde_json::to_value(a).unwrap(), &serde_json::to_value(b).unwrap())
}

fn assert_agree(what: &str, text: &str) {
    match (ours(text), serdes(text)) {
        (Ok(a), Ok(b)) => assert!(same(&a, &b), "{what}: the two readers built different reports:\n{a:?}\n{b:?}"),
        (Err(_), Err(_)) => {}
        (a, b) => panic!("{what}: the reader says {:?}, serde says {:?}", a.map(|_| "a report"), b.map(|_| "a report")),
    }
}

#[test]
fn every_report_we_keep_reads_the_same() {
    let mut files = vec![];
    for dir in ["static/reports", "tests/hostile", "tests/e2e/pages"] {
        for entry in std::fs::read_dir(root(dir)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "json") && !path.ends_with("expected.json") && !path.ends_with("url-states.json") {
                files.push(path);
            }
        }
    }
    assert!(files.len() >= 60, "{} files", files.len());
    let mut accepted = 0;
    for path in &files {
        let text = String::from_utf8_lossy(&std::fs::read(path).unwrap()).into_owned();
        let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
        assert_agree(&path.display().to_string(), text);
        accepted += usize::from(ours(text).is_ok());
    }
    assert!(accepted >= 30, "only {accepted} files were reports");
    println!("json agreement: {} files, {accepted} of them reports, read alike", files.len());
}

/// Every object of the full template, with each of its fields removed, and with one unknown.
#[test]
fn removing_or_misspelling_any_field_gets_the_same_verdict() {
    let full: Value = serde_json::from_str(&std::fs::read_to_string(root("static/reports/template-full.json")).unwrap()).unwrap();
    let mut objects = vec![];
    collect_objects(&full, &mut vec![], &mut objects);
    let mut cases = 0;
    for path in &objects {
        let keys: Vec<String> = at(&full, path).as_object().unwrap().keys().cloned().collect();
        for key in keys.iter().map(Some).chain([None]) {
            let mut v = full.clone();
            let o = at_mut(&mut v, path).as_object_mut().unwrap();
            match key {
                Some(k) => {
                    o.remove(k);
                }
                None => {
                    o.insert("zzz".into(), Value::from(1));
                }
            }
            assert_agree(&format!("{path:?} without {key:?}"), &v.to_string());
            cases += 1;
        }
    }
    assert!(cases > 60, "{cases}");
}

fn collect_objects(v: &Value, path: &mut Vec<Value>, out: &mut Vec<Vec<Value>>) {
    match v {
        Value::Object(o) => {
            out.push(path.clone());
            for (k, child) in o {
                path.push(Value::from(k.as_str()));
                collect_objects(child, path, out);
                path.pop();
            }
        }
        Value::Array(a) => {
            for (i, child) in a.iter().enumerate() {
                path.push(Value::from(i));
                collect_objects(child, path, out);
                path.pop();
            }
        }
        _ => {}
    }
}

fn at<'a>(v: &'a Value, path: &[Value]) -> &'a Value {
    path.iter().fold(v, |v, step| match step {
        Value::String(k) => &v[k.as_str()],
        s => &v[s.as_u64().unwrap() as usize],
    })
}

fn at_mut<'a>(v: &'a mut Value, path: &[Value]) -> &'a mut Value {
    path.iter().fold(v, |v, step| match step {
        Value::String(k) => &mut v[k.as_str()],
        s => &mut v[s.as_u64().unwrap() as usize],
    })
}

// Generated reports: every field, every choice, any text (quotes, escapes, controls, emoji), any
// finite number. Not valid reports (that is validation's business): well-shaped ones.

fn text() -> impl Strategy<Value = String> {
    prop_oneof![".{0,10}", "\\PC{0,6}", Just("\"\\/\u{0}\u{1f}\u{7f}\u{2028}😀".to_owned())]
}

fn number() -> impl Strategy<Value = f64> {
    prop_oneof![any::<f64>().prop_filter("finite", |f| f.is_finite()), (-1000i64..100_000_000_000).prop_map(|n| n as f64), Just(99.7), Just(-0.0)]
}

fn bilingual() -> impl Strategy<Value = Text> {
    (prop::option::of(text()), prop::option::of(text())).prop_map(|(vi, en)| Text { vi, en })
}

fn date() -> impl Strategy<Value = Date> {
    (1i32..=9999, 1u8..=12, 1u8..=28).prop_map(|(y, m, d)| Date::new(y, m, d).unwrap())
}

fn pick<T: Clone + std::fmt::Debug + 'static>(all: Vec<T>) -> impl Strategy<Value = T> {
    prop::sample::select(all)
}

fn qualifier() -> impl Strategy<Value = Qualifier> {
    pick(vec![Qualifier::MoreThan, Qualifier::Nearly, Qualifier::AtLeast, Qualifier::About, Qualifier::AtMost, Qualifier::LessThan])
}

fn indicator() -> impl Strategy<Value = Indicator> {
    let counts = prop::collection::vec((bilingual(), number(), prop::option::of(bilingual())).prop_map(|(label, value, unit)| Count { label, value, unit }), 0..3);
    let reference = (
        pick(vec![ReferenceKind::Plan, ReferenceKind::Estimate, ReferenceKind::Target, ReferenceKind::ResolutionTarget]),
        prop::option::of(bilingual()),
        prop::option::of(number()),
        prop::option::of(number()),
    )
        .prop_map(|(kind, by, value, share)| Reference { kind, by, value, share });
    let change = (number(), pick(vec![ChangeMeasure::Percent, ChangeMeasure::Points, ChangeMeasure::Absolute]), bilingual())
        .prop_map(|(value, measure, against)| Change { value, measure, against });
    let target = (number(), prop::option::of(qualifier()), prop::option::of(bilingual())).prop_map(|(value, qualifier, deadline)| Target { value, qualifier, deadline });
    let first = (text(), bilingual(), prop::option::of(number()), prop::option::of(qualifier()), prop::option::of(bilingual()), prop::option::of(text()), prop::option::of(number()), prop::option::of(number()), prop::option::of(bilingual()), prop::option::of(bilingual()), counts);
    let second = (any::<Option<u8>>(), any::<bool>(), prop::option::of(number()), prop::option::of(pick(vec![Better::Higher, Better::Lower])), prop::collection::vec(reference, 0..3), prop::collection::vec(change, 0..2), prop::option::of(target), (any::<bool>(), prop::option::of(text())), prop::option::of(number()), prop::option::of(bilingual()));
    (first, second).prop_map(|((id, label, value, qualifier, unit, currency, plan, share_of_plan, period, note, counts), (decimals, percent, total, better, references, changes, target, (estimated, quote), value_to, per))| Indicator {
        id, label, value, value_to, qualifier, unit, currency, per, plan, share_of_plan, period, note, counts, decimals, percent, total, better, references, changes, target, estimated, quote,
    })
}

fn report() -> impl Strategy<Value = Report> {
    let photo = (bilingual(), prop::option::of(text()), prop::option::of(text())).prop_map(|(caption, src, section)| Photo { caption, src, section });
    let meta = (bilingual(), prop::option::of(bilingual()), date(), prop::option::of(date()), bilingual(), bilingual(), prop::option::of(text()), prop::option::of(text()), prop::collection::vec(photo, 0..2))
        .prop_map(|(title, lede, event_date, published, place, outlet, url, author, photos)| Meta { title, lede, event_date, published, place, source: Source { outlet, url }, author, photos });
    let participant = (prop::option::of(text()), prop::option::of(bilingual()), prop::collection::vec(bilingual(), 0..2), pick(vec![Side::Delegation, Side::Host, Side::Other]))
        .prop_map(|(person, group, roles, side)| Participant { person, group, roles, side });
    let section = (text(), pick(SectionKind::ALL.to_vec()), bilingual(), prop::collection::vec(bilingual(), 0..2), prop::collection::vec(bilingual(), 0..2), prop::collection::vec(text(), 0..3))
        .prop_map(|(id, kind, title, paragraphs, items, indicators)| Section { id, kind, title, paragraphs, items, indicators });
    (prop::option::of(text()), meta, prop::collection::vec(participant, 0..3), prop::collection::vec(section, 0..3), prop::collection::vec(indicator(), 0..3))
        .prop_map(|(schema, meta, participants, sections, indicators)| Report { schema, format: 1, meta, participants, sections, indicators })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn generated_reports_read_the_same(report in report(), pretty in any::<bool>()) {
        let text = if pretty { serde_json::to_string_pretty(&report) } else { serde_json::to_string(&report) }.unwrap();
        let ours = ours(&text);
        prop_assert!(ours.as_ref().is_ok_and(|r| same(r, &report)), "{:?}\n{}", ours, text);
        let theirs = serdes(&text);
        prop_assert_eq!(theirs.as_ref(), Ok(&report));
    }

    /// Figures as reports give them: up to 15 significant digits, up to 6 decimals.
    #[test]
    fn report_numbers_are_read_exactly(whole in -999_999_999_999_999i64..999_999_999_999_999, decimals in 0u32..7) {
        // The digits of `whole` with a decimal point `decimals` from the right: 12345, 2 → 123.45.
        let digits = format!("{:0>width$}", whole.unsigned_abs(), width = decimals as usize + 1);
        let (int, frac) = digits.split_at(digits.len() - decimals as usize);
        let written = format!("{}{int}{}{frac}", if whole < 0 { "-" } else { "" }, if frac.is_empty() { "" } else { "." });
        prop_assert_eq!(json::number::to_f64(&written), written.parse::<f64>().unwrap(), "{}", written);
        let written = format!("{whole}e-{decimals}");
        prop_assert_eq!(json::number::to_f64(&written), written.parse::<f64>().unwrap(), "{}", written);
    }
}
