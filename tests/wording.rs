//! The wording tables (src/report/src/wording/): every message of every table is used somewhere
//! outside the wording module (found in the source text of src/*/src), and every message is said
//! in both languages, differently. A variant added to a table without a use, or a sample list that
//! misses one, fails here.

use std::collections::HashSet;
use std::fs;
use std::mem::discriminant;
use std::path::{Path, PathBuf};

use report::date::Date;
use report::load::LoadFailure;
use report::locale::Locale;
use report::problem::{Expect, Found, ProblemKind, Syntax};
use report::wording::calendar;
use report::wording::figure::{self, Word};
use report::wording::problems::ListWord;
use report::wording::Msg;

const WORDING: &str = "src/report/src/wording";

/// Every table whose variants are messages: the enum and the file that defines it.
const TABLES: &[(&str, &str)] = &[
    ("Msg", "src/report/src/wording/reader.rs"),
    ("Word", "src/report/src/wording/figure.rs"),
    ("ListWord", "src/report/src/wording/problems/mod.rs"),
    ("LoadFailure", "src/report/src/load.rs"),
    ("ProblemKind", "src/report/src/problem/mod.rs"),
    ("Syntax", "src/report/src/problem/mod.rs"),
    ("Expect", "src/report/src/problem/mod.rs"),
    ("Found", "src/report/src/problem/mod.rs"),
];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The source of every crate under src/, outside the wording module, by path relative to the root.
fn sources_outside_wording() -> Vec<(String, String)> {
    let mut files = Vec::new();
    for krate in fs::read_dir(root().join("src")).unwrap().flatten() {
        let src = krate.path().join("src");
        if src.is_dir() {
            rust_files(&src, &mut files);
        }
    }
    let mut out: Vec<(String, String)> = files
        .into_iter()
        .map(|p| (p.strip_prefix(root()).unwrap().to_string_lossy().replace('\\', "/"), fs::read_to_string(&p).unwrap()))
        .filter(|(rel, _)| !rel.starts_with(WORDING))
        .collect();
    out.sort();
    assert!(out.len() > 50, "found only {} source files", out.len());
    out
}

/// Lines without their `//` comments (doc comments included), so a mention in prose is no use;
/// a `//` inside code (`"https://"`) follows no space and stays.
fn code_only(src: &str) -> String {
    let strip = |l: &str| {
        let cut = l.match_indices("//").find(|(i, _)| l[..*i].chars().next_back().is_none_or(char::is_whitespace));
        cut.map_or(l, |(i, _)| &l[..i]).to_owned()
    };
    src.lines().map(strip).collect::<Vec<_>>().join("\n")
}

/// The variant names of `pub enum name { … }` in `src`.
fn variants(src: &str, name: &str) -> Vec<String> {
    let src = code_only(src);
    let start = src.find(&format!("pub enum {name} {{")).unwrap_or_else(|| panic!("no enum {name}"));
    let body = &src[start..];
    let body = &body[body.find('{').unwrap() + 1..];
    let (mut depth, mut piece, mut pieces) = (0, String::new(), Vec::new());
    for c in body.chars() {
        match c {
            '{' | '(' | '[' => depth += 1,
            '}' | ')' | ']' if depth == 0 => break,
            '}' | ')' | ']' => depth -= 1,
            ',' if depth == 0 => {
                pieces.push(std::mem::take(&mut piece));
                continue;
            }
            _ => {}
        }
        piece.push(c);
    }
    pieces.push(piece);
    pieces
        .iter()
        .map(|p| {
            let mut p = p.trim();
            // Attributes such as #[default].
            while let Some(rest) = p.strip_prefix("#[") {
                p = rest[rest.find(']').unwrap() + 1..].trim();
            }
            p.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect::<String>()
        })
        .filter(|v| !v.is_empty())
        .collect()
}

fn is_ident(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Whether `code` names `path` (`Msg::Photo`) as a whole path.
fn names(code: &str, path: &str) -> bool {
    code.match_indices(path).any(|(i, _)| {
        let before = code[..i].chars().next_back();
        let after = code[i + path.len()..].chars().next();
        !before.is_some_and(is_ident) && !after.is_some_and(is_ident)
    })
}

/// `Enum` and whatever a file imports it as (`ProblemKind as P`).
fn names_for(code: &str, name: &str) -> Vec<String> {
    let mut all = vec![name.to_owned()];
    let pattern = format!("{name} as ");
    for (i, _) in code.match_indices(&pattern) {
        let alias: String = code[i + pattern.len()..].chars().take_while(|c| is_ident(*c)).collect();
        if !alias.is_empty() {
            all.push(alias);
        }
    }
    all
}

#[test]
fn every_message_is_used_outside_the_wording_module() {
    let sources: Vec<(String, String)> = sources_outside_wording().into_iter().map(|(p, s)| (p, code_only(&s))).collect();
    let mut unused = Vec::new();
    for &(table, file) in TABLES {
        let defining = fs::read_to_string(root().join(file)).unwrap();
        let vs = variants(&defining, table);
        assert!(vs.len() >= 3, "{table}: only {vs:?}");
        for v in vs {
            // The definition itself is no use; anything else in any crate is.
            let used = sources.iter().filter(|(path, _)| path != file).any(|(_, code)| {
                names_for(code, table).iter().any(|n| names(code, &format!("{n}::{v}")))
            });
            if !used {
                unused.push(format!("{table}::{v}"));
            }
        }
    }
    assert!(unused.is_empty(), "messages no code outside {WORDING} uses: {unused:?}");
}

#[test]
fn every_wording_function_is_called_outside_the_wording_module() {
    let sources: Vec<String> = sources_outside_wording().into_iter().map(|(_, s)| code_only(&s)).collect();
    let mut files = Vec::new();
    rust_files(&root().join(WORDING), &mut files);
    let mut unused = Vec::new();
    for file in files {
        let code = code_only(&fs::read_to_string(&file).unwrap());
        for (i, _) in code.match_indices("pub fn ") {
            let name: String = code[i + 7..].chars().take_while(|c| is_ident(*c)).collect();
            // `all` lists a table for the tests; `text` is how every message is said.
            if name == "all" || name == "text" {
                continue;
            }
            let call = format!("{name}(");
            if !sources.iter().any(|s| s.match_indices(&call).any(|(j, _)| !s[..j].chars().next_back().is_some_and(is_ident))) {
                unused.push(format!("{}: {name}", file.strip_prefix(root()).unwrap().display()));
            }
        }
    }
    assert!(unused.is_empty(), "wording functions nothing outside {WORDING} calls: {unused:?}");
}

/// `samples` hold one of each variant of `table`: as many distinct variants as the enum has.
fn covers_every_variant<T>(samples: &[T], table: &str, file: &str) {
    let distinct: HashSet<_> = samples.iter().map(discriminant).collect();
    let defined = variants(&fs::read_to_string(root().join(file)).unwrap(), table).len();
    assert_eq!(distinct.len(), defined, "the samples of {table} miss a variant");
}

fn said_in_both(what: &str, vi: &str, en: &str) {
    assert!(!vi.trim().is_empty(), "{what} has no Vietnamese");
    assert!(!en.trim().is_empty(), "{what} has no English");
    assert_ne!(vi, en, "{what} is not translated");
}

fn both<T: std::fmt::Debug>(items: &[T], say: impl Fn(&T, Locale) -> String) {
    for item in items {
        said_in_both(&format!("{item:?}"), &say(item, Locale::Vi), &say(item, Locale::En));
    }
}

#[test]
fn the_readers_messages_and_figure_words_are_said_in_both_languages() {
    let msgs = Msg::all();
    covers_every_variant(&msgs, "Msg", TABLES[0].1);
    both(&msgs, |m, l| m.text(l).to_owned());
    let words = Word::all();
    covers_every_variant(&words, "Word", TABLES[1].1);
    both(&words, |w, l| w.text(l).to_owned());
    both(&ListWord::ALL, |w, l| w.text(l).to_owned());
    // A week of days, each named.
    let days: Vec<Date> = (23..=29).map(|d| Date::new(2020, 11, d).unwrap()).collect();
    both(&days, |d, l| calendar::weekday(d.weekday(), l).to_owned());
    assert!((1..=12).all(|m| !calendar::english_month(m).is_empty()));
    // The composed forms: a connector in English where Vietnamese needs none.
    assert_eq!(figure::part_of_whole("12", "15 xã", Locale::Vi), "12/15 xã");
    assert_eq!(figure::share_of("100%", "plan", Locale::En), "100% of plan");
}

#[test]
fn load_failures_are_said_in_both_languages() {
    let failures = [
        LoadFailure::Http(404),
        LoadFailure::Network,
        LoadFailure::Timeout,
        LoadFailure::TooLarge(30 << 20),
        LoadFailure::Unreadable,
        LoadFailure::Report("{".into()),
        LoadFailure::BadAddress,
        LoadFailure::Refused("https://example.org".into()),
    ];
    covers_every_variant(&failures, "LoadFailure", TABLES[3].1);
    both(&failures, |f, l| f.describe(l));
    both(&[LoadFailure::Http(500)], |f, l| f.describe(l));
}

#[test]
fn every_problem_is_said_in_both_languages() {
    let syntax = [
        Syntax::Empty,
        Syntax::EndsOpen { opener: '{', line: 3 },
        Syntax::EndsInText,
        Syntax::TrailingComma { closer: '}' },
        Syntax::ExtraComma,
        Syntax::MissingComma { in_object: true },
        Syntax::MissingColon,
        Syntax::MissingValue,
        Syntax::UnquotedKey("title".into()),
        Syntax::SingleQuotes,
        Syntax::Comment,
        Syntax::NotAValue("NaN".into()),
        Syntax::DecimalComma("107,5".into()),
        Syntax::BadNumber("+1".into()),
        Syntax::LineBreakInText,
        Syntax::ControlInText(9),
        Syntax::BadEscape("\\x".into()),
        Syntax::HalfCharacter("\\ud83d".into()),
        Syntax::AfterEnd,
        Syntax::TooDeep(128),
        Syntax::Unexpected('@'),
    ];
    covers_every_variant(&syntax, "Syntax", TABLES[5].1);
    let choices: &'static [&'static str] = &["plan", "estimate"];
    let expects = [
        Expect::Number, Expect::Count, Expect::Flag, Expect::Str, Expect::Text, Expect::Date,
        Expect::Choice(choices), Expect::List, Expect::Object,
    ];
    covers_every_variant(&expects, "Expect", TABLES[6].1);
    let founds = [
        Found::Null, Found::Flag(true), Found::Number("1".into()), Found::Str("107,5%".into()), Found::List, Found::Object,
    ];
    covers_every_variant(&founds, "Found", TABLES[7].1);
    let mut kinds: Vec<ProblemKind> = syntax.into_iter().map(ProblemKind::Syntax).collect();
    for expected in expects {
        for found in founds.clone() {
            kinds.push(ProblemKind::WrongType { expected, found });
        }
    }
    kinds.extend([
        ProblemKind::NotADate("2020-02-30".into()),
        ProblemKind::NotADate("28/11/2020".into()),
        ProblemKind::NotAChoice { written: "plann".into(), allowed: choices },
        ProblemKind::NotAChoice { written: "zzz".into(), allowed: choices },
        ProblemKind::UnknownField { name: "titel".into(), allowed: &["title"] },
        ProblemKind::UnknownField { name: "zzz".into(), allowed: &["title"] },
        ProblemKind::MissingField { name: "title", expected: Expect::Text },
        ProblemKind::DuplicateField("title".into()),
        ProblemKind::NumberTooLarge("1e400".into()),
        ProblemKind::NotAnObject,
        ProblemKind::MissingFormat,
        ProblemKind::UnsupportedFormat("2".into()),
        ProblemKind::EmptyText,
        ProblemKind::BlankName,
        ProblemKind::TextTooLong(100_000),
        ProblemKind::PersonAndGroup,
        ProblemKind::NeitherPersonNorGroup,
        ProblemKind::NoSections,
        ProblemKind::BadId,
        ProblemKind::DuplicateId("economy".into()),
        ProblemKind::UnknownIndicator("area".into()),
        ProblemKind::UnknownSection("economy".into()),
        ProblemKind::NotFinite,
        ProblemKind::Negative,
        ProblemKind::NotPositive,
        ProblemKind::ShareDisagrees { stated: 99.7, computed: 97.1 },
        ProblemKind::UnitAndCurrency,
        ProblemKind::BadCurrency,
        ProblemKind::NoValueOrCounts,
        ProblemKind::QualifierWithoutValue,
        ProblemKind::BadUrl,
        ProblemKind::PublishedBeforeEvent,
        ProblemKind::PercentWithUnit,
        ProblemKind::TooManyDecimals,
        ProblemKind::NeedsValue("total"),
        ProblemKind::PartExceedsWhole,
        ProblemKind::RangeNotRising,
        ProblemKind::PerWithoutCurrency,
        ProblemKind::EmptyReference,
        ProblemKind::IndicatorNotShown("area".into()),
    ]);
    covers_every_variant(&kinds, "ProblemKind", TABLES[4].1);
    both(&kinds, |k, l| k.describe(l));
}
