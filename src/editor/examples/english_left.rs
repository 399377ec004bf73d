//! Issue 26's measure of "English in minutes": for each article that has a translation beside it,
//! how many of its report's texts an editor still types by hand after (a) the drafter's suggested
//! English (the glossary) and (b) the translation pasted whole and its lined-up pairs accepted
//! ("Accept all" in the English step).
//!
//!   cargo run -p editor --example english_left -- ARTICLES_DIR TRANSLATIONS_DIR
//!
//! TRANSLATIONS_DIR holds `<article's file name>` for each article translated; articles without one
//! are skipped. Translations of published articles are other people's text: keep them outside the
//! project (docs/drafting.md says where the figures come from).

use std::path::Path;
use std::process::ExitCode;

use editor::align::align;
use editor::english::{pairs, set_english};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [articles, translations] = args.as_slice() else {
        eprintln!("usage: english_left ARTICLES_DIR TRANSLATIONS_DIR");
        return ExitCode::from(2);
    };
    let mut names: Vec<_> = match std::fs::read_dir(translations) {
        Ok(dir) => dir.filter_map(|e| e.ok()).map(|e| e.file_name().to_string_lossy().into_owned()).filter(|n| n.ends_with(".txt")).collect(),
        Err(e) => {
            eprintln!("{translations}: {e}");
            return ExitCode::from(2);
        }
    };
    names.sort();
    let (mut total, mut after_a, mut after_b, mut worst) = (0, 0, 0, 0);
    for name in &names {
        let read = |dir: &str| std::fs::read_to_string(Path::new(dir).join(name));
        let (Ok(article), Ok(translation)) = (read(articles), read(translations)) else {
            eprintln!("{name}: no article of that name in {articles}; skipped");
            continue;
        };
        let Ok(drafted) = editor::draft::draft(&article) else {
            eprintln!("{name}: no draft; skipped");
            continue;
        };
        let mut report = drafted.report;
        let texts = pairs(&report).iter().filter(|p| !p.vi.trim().is_empty()).count();
        let left_a = pairs(&report).iter().filter(|p| p.missing()).count();
        let proposals = align(&report, &translation);
        let supported = proposals.iter().filter(|p| p.supported()).count();
        for p in &proposals {
            set_english(&mut report, &p.path, &p.en);
        }
        let left: Vec<String> = pairs(&report).into_iter().filter(|p| p.missing()).map(|p| p.path).collect();
        println!(
            "{name}: {texts} texts; without English after (a) suggestions {left_a}; after (b) a translation lined up ({} pairs, {supported} on numbers or names, {} by order only) {}{}",
            proposals.len(),
            proposals.len() - supported,
            left.len(),
            if left.len() <= 5 { " (≤ 5)" } else { " (> 5)" },
        );
        if !left.is_empty() {
            println!("    left: {}", kinds(&left));
        }
        total += texts;
        after_a += left_a;
        after_b += left.len();
        worst = worst.max(left.len());
    }
    println!("all ({} articles): {total} texts; left after (a) {after_a}; after (a) and (b) {after_b}; most in one article {worst}", names.len());
    ExitCode::SUCCESS
}

/// The paths left, counted by what they are ("indicators[].label ×4").
fn kinds(paths: &[String]) -> String {
    let mut counts: Vec<(String, usize)> = Vec::new();
    for p in paths {
        let kind: String = p.split('[').map(|s| s.split_once(']').map_or(s, |(_, rest)| rest)).collect::<Vec<_>>().join("[]");
        match counts.iter_mut().find(|(k, _)| *k == kind) {
            Some((_, n)) => *n += 1,
            None => counts.push((kind, 1)),
        }
    }
    counts.iter().map(|(k, n)| format!("{k} ×{n}")).collect::<Vec<_>>().join(", ")
}
