//! The draft extractor (issue 12) against the seed article and the four example articles of
//! tests/fixtures/articles: the seed's hand-made report is matched, nothing is invented, bad
//! input is refused clearly, and the share of the answer key it recovers does not fall.

use std::path::{Path, PathBuf};
use std::process::Command;

use proptest::prelude::*;
use report::parse::parse_report;
use report::format::{Indicator, Report};
use draft::{draft, keyscore, score, Reason, Unusable};
use report::SEED_REPORT_JSON;
use unicode_normalization::UnicodeNormalization;

fn root() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

fn read(path: &str) -> String {
    std::fs::read_to_string(root().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The seed article, the four example articles and the held-out ones.
fn articles() -> Vec<(String, String)> {
    let mut files: Vec<PathBuf> = ["tests/fixtures/articles", "tests/draft/held-out", "tests/draft/held-out-2"]
        .iter()
        .flat_map(|dir| std::fs::read_dir(root().join(dir)).unwrap())
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    let mut out = vec![("seed-article.txt".to_owned(), read("tests/fixtures/seed-article.txt"))];
    out.extend(files.iter().map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read_to_string(p).unwrap())));
    out
}

/// The drafted report as the widget reads it: serialised and parsed back, so it is validated too.
fn drafted(article: &str) -> Report {
    let d = draft(article).expect("an article of the genre is drafted");
    let json = serde_json::to_string_pretty(&d.report).unwrap();
    parse_report(&json).unwrap_or_else(|p| panic!("the draft does not validate: {p:?}\n{json}"))
}

fn vi(t: &report::text::Text) -> &str {
    t.vi.as_deref().unwrap_or("")
}

#[test]
fn the_seed_article_gives_the_hand_made_report() {
    let seed = parse_report(SEED_REPORT_JSON).unwrap();
    let got = drafted(&read("tests/fixtures/seed-article.txt"));

    assert_eq!(got.meta.event_date, seed.meta.event_date);
    assert_eq!(got.meta.published, seed.meta.published);
    assert_eq!(got.meta.author, seed.meta.author);
    assert_eq!(vi(&got.meta.source.outlet), vi(&seed.meta.source.outlet));
    assert_eq!(vi(&got.meta.title), vi(&seed.meta.title));
    assert_eq!(vi(&got.meta.place), vi(&seed.meta.place));

    // Every named person with every role, in order, on the right side; nobody else.
    let persons = |r: &Report| -> Vec<(String, Vec<String>, String)> {
        r.participants
            .iter()
            .filter_map(|p| {
                let roles = p.roles.iter().map(|t| vi(t).to_owned()).collect();
                p.person.clone().map(|n| (n, roles, format!("{:?}", p.side)))
            })
            .collect()
    };
    assert_eq!(persons(&got), persons(&seed));

    // Every indicator's value, unit, currency, qualifier, share and period; counts for those made of
    // counts. The seed's OCOP card also counts its star rating ("3 sao"), a class of product
    // rather than a figure of the district (tests/fixtures/articles/README.md says so of the
    // same words in another article): the draft leaves it in the text.
    assert_eq!(got.indicators.len(), seed.indicators.len(), "{:#?}", got.indicators);
    let shares = |i: &Indicator| i.shares().iter().map(|(_, s)| s.unwrap()).collect::<Vec<f64>>();
    let kind_of = |r: &Report, id: &str| r.sections.iter().find(|s| s.indicators.iter().any(|i| i == id)).map(|s| s.kind);
    for want in &seed.indicators {
        let found = got.indicators.iter().find(|g| {
            g.value == want.value
                && g.unit.as_ref().map(vi) == want.unit.as_ref().map(vi)
                && g.currency == want.currency
                && g.qualifier == want.qualifier
                && shares(g) == shares(want)
                && g.period.as_ref().map(vi) == want.period.as_ref().map(vi)
                && (want.value.is_some()
                    || g.counts.iter().map(|c| (vi(&c.label), c.value)).collect::<Vec<_>>()
                        == want.counts.iter().map(|c| (vi(&c.label), c.value)).collect::<Vec<_>>())
        });
        let found = found.unwrap_or_else(|| panic!("no drafted indicator matches the seed's {}:\n{:#?}", want.id, got.indicators));
        // In a section of the same kind.
        assert_eq!(kind_of(&got, &found.id), kind_of(&seed, &want.id), "{}", want.id);
    }
}

#[test]
fn it_never_invents_a_number_and_quotes_the_article() {
    for (name, article) in articles() {
        let report = drafted(&article);
        let squeezed = article.nfc().collect::<String>().split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(!report.indicators.is_empty(), "{name}: no indicators");
        for ind in &report.indicators {
            let quote = ind.quote.as_deref().unwrap_or_else(|| panic!("{name}: {} has no quote", ind.id));
            assert!(squeezed.contains(quote), "{name}: {}'s quote is not in the article: {quote}", ind.id);
            let invented = keyscore::unwritten_numbers(ind);
            assert!(invented.is_empty(), "{name}: {} carries {invented:?}, which its sentence does not write: {quote}", ind.id);
        }
    }
}

/// Issue 26: English is suggested for the genre's fixed vocabulary only, each text flagged at its
/// path for review; prose (title, lede, paragraphs, items, captions) is left for the editor.
#[test]
fn english_is_suggested_only_where_flagged_and_never_for_prose() {
    for (name, article) in articles() {
        let d = draft(&article).unwrap();
        let suggested: Vec<String> = d.flags.iter().filter(|f| f.reason == Reason::EnglishSuggested).map(|f| f.path.clone()).collect();
        let json = serde_json::to_value(&d.report).unwrap();
        let mut written = Vec::new();
        fn walk(v: &serde_json::Value, at: String, out: &mut Vec<String>) {
            match v {
                serde_json::Value::Object(m) if m.contains_key("en") => out.push(at),
                serde_json::Value::Object(m) => m.iter().for_each(|(k, v)| walk(v, if at.is_empty() { k.clone() } else { format!("{at}.{k}") }, out)),
                serde_json::Value::Array(a) => a.iter().enumerate().for_each(|(i, v)| walk(v, format!("{at}[{i}]"), out)),
                _ => {}
            }
        }
        walk(&json, String::new(), &mut written);
        let mut suggested = suggested;
        written.sort();
        suggested.sort();
        assert_eq!(written, suggested, "{name}: every English text written is flagged as suggested, and only those");
        for prose in ["meta.title", "meta.lede", ".paragraphs[", ".items[", ".caption", ".quote"] {
            assert!(!written.iter().any(|p| p.contains(prose)), "{name}: prose was given English: {written:?}");
        }
    }
}

#[test]
fn windows_line_ends_and_decomposed_text_draft_alike() {
    let seed = read("tests/fixtures/seed-article.txt");
    let mangled: String = seed.nfd().collect::<String>().replace('\n', "\r\n");
    assert_ne!(mangled, seed);
    assert_eq!(draft(&mangled).unwrap().report, draft(&seed).unwrap().report);
}

#[test]
fn bad_input_is_refused_with_a_reason() {
    assert_eq!(draft("").unwrap_err(), Unusable::Empty);
    assert_eq!(draft(" \r\n\n\t").unwrap_err(), Unusable::Empty);
    assert_eq!(draft("\u{89}PNG\r\n\u{1a}\n\0\0\0\rIHDR").unwrap_err(), Unusable::Binary);
    let english = "Saturday, 28/11/2020\n\nStanding Board works with the district\n\nLSO-Today (3/11), the delegation \
                   worked with the district on the results of 2020. Budget revenue reached 86.6 billion dong.";
    assert_eq!(draft(english).unwrap_err(), Unusable::NotVietnamese);
    let french = "Samedi 28/11/2020\n\nLa délégation provinciale a travaillé avec le district sur les résultats de l'année.";
    assert_eq!(draft(french).unwrap_err(), Unusable::NotVietnamese);
    for e in [Unusable::Empty, Unusable::Binary, Unusable::NotVietnamese] {
        assert!(e.message().contains(" / "), "both languages: {}", e.message());
    }
}

/// Issue 23: an article of the genre is never refused for want of a date line. The year comes
/// from the text ("Năm 2020, …"); with no date at all the draft still prints, with a placeholder
/// the summary points to, and the command exits 4 (needs review).
#[test]
fn an_article_without_a_date_line_is_drafted() {
    let seed = read("tests/fixtures/seed-article.txt");
    let without_date_line = seed.lines().skip(1).collect::<Vec<_>>().join("\n");
    let d = draft(&without_date_line).expect("drafted without its date line");
    assert_eq!(d.report.meta.event_date.to_string(), "2020-11-03");
    assert!(!d.date_missing);
    assert!(d.flags.iter().any(|f| f.line().starts_with("meta.event_date")), "{:?}", d.flags);

    let undated = "Đoàn công tác làm việc với huyện\nĐoàn công tác của tỉnh đã làm việc với huyện về kết quả \
                   thực hiện nhiệm vụ.\nTổng thu ngân sách trên địa bàn đạt 86,6 tỷ đồng, tăng 7,4% so với cùng kỳ.";
    let d = draft(undated).expect("drafted without any date");
    assert!(d.date_missing);
    assert!(d.review.iter().any(|r| r.starts_with("meta.event_date")), "{:?}", d.review);
    assert!(parse_report(&serde_json::to_string(&d.report).unwrap()).is_ok());
    let (code, stdout, stderr) = run(&["-"], undated.as_bytes());
    assert_eq!(code, 4, "{stderr}");
    assert!(parse_report(&stdout).is_ok(), "printed, and valid");
    assert!(stderr.contains("meta.event_date") && stderr.contains("needs review"), "{stderr}");
}

#[test]
fn an_article_without_figures_still_gives_a_valid_report() {
    let report = drafted(&read("tests/draft/no-figures.txt"));
    assert!(report.indicators.is_empty());
    assert_eq!(report.meta.event_date.to_string(), "2024-05-06");
    assert_eq!(report.meta.author.as_deref(), Some("MINH AN"));
}

fn run(args: &[&str], stdin: &[u8]) -> (i32, String, String) {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_draft"))
        .args(args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    let out = child.wait_with_output().unwrap();
    (out.status.code().unwrap(), String::from_utf8_lossy(&out.stdout).into(), String::from_utf8_lossy(&out.stderr).into())
}

#[test]
fn the_command_exits_zero_only_for_a_valid_report_with_figures() {
    let seed = root().join("tests/fixtures/seed-article.txt");
    let (code, stdout, stderr) = run(&[seed.to_str().unwrap()], b"");
    assert_eq!(code, 0, "{stderr}");
    assert!(parse_report(&stdout).is_ok());
    assert!(stderr.contains("Tìm thấy / found") && stderr.contains("Cần xem lại / to review"), "{stderr}");

    let (code, stdout, stderr) = run(&["-"], read("tests/draft/no-figures.txt").as_bytes());
    assert_eq!(code, 3, "{stderr}");
    assert!(parse_report(&stdout).is_ok(), "the report is still printed, and valid");
    assert!(stderr.contains("no figures"), "{stderr}");

    let (code, stdout, stderr) = run(&["-"], b"");
    assert_eq!((code, stdout.as_str()), (2, ""));
    assert!(stderr.contains("empty"), "{stderr}");
    let (code, _, stderr) = run(&["-"], &[0x50, 0x4b, 0x03, 0x04, 0xff, 0xfe, 0x00, 0x9c]);
    assert_eq!(code, 2);
    assert!(stderr.contains("not a text file"), "{stderr}");
    let (code, _, stderr) = run(&["-"], b"The delegation worked with the district and reviewed the results of the year.");
    assert_eq!(code, 2);
    assert!(stderr.contains("not Vietnamese"), "{stderr}");

    let out = std::env::temp_dir().join(format!("draft-test-{}.json", std::process::id()));
    let (code, stdout, _) = run(&[seed.to_str().unwrap(), "--out", out.to_str().unwrap()], b"");
    assert_eq!((code, stdout.as_str()), (0, ""));
    assert!(parse_report(&std::fs::read_to_string(&out).unwrap()).is_ok());
    let _ = std::fs::remove_file(out);
}

/// The measured recovery on the four example articles (README, "Drafting a report from an
/// article"). Run with `--nocapture` to see it; it fails if the drafter gets worse.
#[test]
fn recovery_on_the_example_articles() {
    let key = read("tests/fixtures/articles/README.md");
    let mut total = score::Score::default();
    for file in score::key_files(&key) {
        let report = drafted(&read(&format!("tests/fixtures/articles/{file}")));
        let s = score::score(&key, &file, &report);
        println!("{file}: {}", s.line());
        total.add(&s);
    }
    println!("all: {}", total.line());
    assert_eq!(total.figures.1, 127, "the key's figure rows");
    assert!(total.figures.0 >= 118, "figures recovered fell: {}", total.line());
    assert!(total.placed.0 >= 118, "figures in their field fell: {}", total.line());
    assert_eq!(total.persons, (21, 21), "{}", total.line());
    assert!(total.roles.0 >= 37, "{}", total.line());
}

proptest! {
    // 300 cases by default; PROPTEST_CASES=5000 for a longer run.
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(300),
        ..ProptestConfig::default()
    })]

    /// Whatever is pasted, the drafter does not panic, and what it drafts validates.
    #[test]
    fn never_panics_and_drafts_only_valid_reports(
        lines in proptest::collection::vec("[0-9a-zA-ZđĐăâêôơưạảấầẩẫậắằẳẵặếềểễệốồổỗộớờởỡợứừửữự ,.;:%/()\\-–…]{0,80}", 0..12),
        seed_cut in 0usize..4000,
    ) {
        let seed = read("tests/fixtures/seed-article.txt");
        let cut = seed.char_indices().map(|(i, _)| i).take_while(|&i| i <= seed_cut).last().unwrap_or(0);
        for text in [lines.join("\n"), format!("{}\n{}", &seed[..cut], lines.join("\n"))] {
            if let Ok(d) = draft(&text) {
                let json = serde_json::to_string(&d.report).unwrap();
                prop_assert!(parse_report(&json).is_ok(), "{json}");
            }
        }
    }
}

/// The articles written after the drafter was tuned (tests/draft/held-out, held-out-2): their
/// dates, and the share of their keys recovered. The first one's first run found 23 of 25
/// figures and all people but misread both dates (a date line in words, "Sáng 23.10") and took
/// "trên 1 ha" for a figure; the second's found 16 of 19 (not "1,2 triệu lượt khách", a count
/// with a scale word). Both were mended after, so neither is unseen any more.
#[test]
fn the_held_out_articles() {
    for (dir, file, event, published, figures, persons) in [
        ("held-out", "bac-me-2023-nine-months.txt", "2023-10-23", "2023-10-24", 24, 5),
        ("held-out-2", "tam-ky-2024-seven-months.txt", "2024-08-14", "2024-08-15", 17, 4),
    ] {
        let key = read(&format!("tests/draft/{dir}/README.md"));
        let report = drafted(&read(&format!("tests/draft/{dir}/{file}")));
        assert_eq!(report.meta.event_date.to_string(), event);
        assert_eq!(report.meta.published.map(|d| d.to_string()).as_deref(), Some(published));
        let s = score::score(&key, file, &report);
        println!("{dir}: {}", s.line());
        assert!(s.figures.0 >= figures && s.persons == (persons, persons) && s.unmatched_indicators == 0, "{}", s.line());
    }
}

/// Issue 23, item 5: what the drafter is unsure of is flagged at its path in the report, with a
/// reason, beside the report and never in it; a handful on the seed article, not dozens.
#[test]
fn uncertain_parts_carry_review_flags_at_their_paths() {
    let at = |d: &draft::Draft, reason: Reason| -> Vec<String> {
        d.flags.iter().filter(|f| f.reason == reason).map(|f| f.path.clone()).collect()
    };
    let seed = draft(&read("tests/fixtures/seed-article.txt")).unwrap();
    let doubts = seed.flags.iter().filter(|f| f.reason != Reason::EnglishSuggested).count();
    assert!((1..=10).contains(&doubts), "{:#?}", seed.flags);
    // Báo Lạng Sơn's province, not the text's; the OCOP card's "3 sao" left in its paragraph.
    assert_eq!(at(&seed, Reason::ProvinceFromOutlet), ["meta.place"]);
    let left = at(&seed, Reason::NumberLeft);
    assert_eq!(left.len(), 1);
    let i: usize = left[0].trim_start_matches("sections[").trim_end_matches(']').parse().unwrap();
    assert!(seed.report.sections[i].paragraphs.iter().any(|p| vi(p).contains("3 sao")));
    // Every flag names a place the report has, in the one path grammar.
    let json = serde_json::to_value(&seed.report).unwrap();
    for f in &seed.flags {
        let pointer: String = report::path::steps(&f.path)
            .map(|s| match s {
                report::path::Step::Field(n) => format!("/{}", n.replace('.', "/")),
                report::path::Step::Index(i) => format!("/{i}"),
            })
            .collect();
        assert!(json.pointer(&pointer).is_some(), "{} names nothing in the report", f.path);
    }
    // The report itself carries no flag: its JSON is the format's, unchanged.
    assert!(!serde_json::to_string(&seed.report).unwrap().contains("flag"));

    // A range keeps both its ends, flagged; two figures in one phrase, flagged on the second.
    let article = "Đoàn công tác của tỉnh làm việc với huyện\nChiều 3/11, Đoàn công tác của tỉnh đã làm việc với huyện.\n\
                   Năm 2020, giá trị sản xuất đạt 28.000 - 34.000 tỷ đồng. Số người nghiện có hồ sơ quản lý là 1.698 người ở 120 xã, phường.";
    let d = draft(article).unwrap();
    let range = at(&d, Reason::Range);
    let two = at(&d, Reason::TwoFigures);
    assert_eq!((range.len(), two.len()), (1, 1), "{:#?}", d.flags);
    let index = |p: &str| p.trim_start_matches("indicators[").trim_end_matches(']').parse::<usize>().unwrap();
    let ranged = &d.report.indicators[index(&range[0])];
    assert_eq!((ranged.value, ranged.value_to), (Some(28_000_000_000_000.0), Some(34_000_000_000_000.0)));
    assert_eq!(report::figures::figure(ranged, report::locale::Locale::Vi).headline.as_deref(), Some("28.000–34.000 tỷ đồng"));
    assert_eq!(d.report.indicators[index(&two[0])].value, Some(120.0));
    assert!(Reason::TwoFigures.en().contains("two figures") && Reason::TwoFigures.vi().contains("hai số liệu"));
}
