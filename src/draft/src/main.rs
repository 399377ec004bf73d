//! `draft ARTICLE.txt` (or `-` for stdin) prints a draft report for the article on stdout, or
//! writes it with `--out FILE`; a summary of what was found and what needs review goes to stderr.
//! Exit status: 0 the printed report passes the widget's validation; 1 it does not (a bug: say
//! so); 2 the input is not an article it can read (empty, binary, not Vietnamese) or a file
//! cannot be read; 3 the article has no figures (the report is printed and valid, without
//! indicators); 4 needs review: the article gives no date at all, and the printed, valid report
//! has a placeholder session date the editor must replace. `draft --score DIR` drafts every `.txt` in DIR and
//! prints the share of the figures and people of DIR/README.md's answer key it recovered.

use std::io::{Read, Write};
use std::process::ExitCode;

use report::parse::parse_report;
use draft::english::{Coverage, Glossary};
use draft::{draft, draft_with, score, Unusable};

const USAGE: &str = "usage: draft ARTICLE.txt|- [--out FILE] [--glossary FILE]\n       draft --score DIR [--keys KEYDIR]\n       draft --english DIR [--glossary FILE]";

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    // A newsroom's glossary, read after the built-in one (src/draft/glossary.tsv).
    let mut glossary = Glossary::builtin();
    if let Some(i) = args.iter().position(|a| a == "--glossary") {
        let Some(file) = args.get(i + 1).cloned() else {
            eprintln!("draft: --glossary needs a file\n{USAGE}");
            return ExitCode::from(2);
        };
        args.drain(i..i + 2);
        let read = std::fs::read_to_string(&file).map_err(|e| vec![e.to_string()]).and_then(|t| {
            glossary.extend(&t).map_err(|problems| problems.iter().map(ToString::to_string).collect())
        });
        if let Err(problems) = read {
            eprintln!("draft: {file}: the glossary was not used:\n  {}", problems.join("\n  "));
            return ExitCode::from(2);
        }
    }
    match args.as_slice() {
        [flag, dir] if flag == "--score" => score_dir(dir, None),
        [flag, dir, k, keys] if flag == "--score" && k == "--keys" => score_dir(dir, Some(keys)),
        [flag, dir] if flag == "--english" => english_dir(std::path::Path::new(dir), &glossary),
        [input] => run(input, None, &glossary),
        [input, flag, out] if flag == "--out" => run(input, Some(out), &glossary),
        [flag, out, input] if flag == "--out" => run(input, Some(out), &glossary),
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn read(input: &str) -> Result<Vec<u8>, String> {
    let mut bytes = Vec::new();
    if input == "-" {
        std::io::stdin().read_to_end(&mut bytes).map_err(|e| format!("stdin: {e}"))?;
    } else {
        bytes = std::fs::read(input).map_err(|e| format!("{input}: {e}"))?;
    }
    Ok(bytes)
}

fn run(input: &str, out: Option<&String>, glossary: &Glossary) -> ExitCode {
    let bytes = match read(input) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("draft: {e}");
            return ExitCode::from(2);
        }
    };
    let drafted = match String::from_utf8(bytes) {
        Ok(text) => draft_with(&text, glossary),
        Err(_) => Err(Unusable::Binary),
    };
    let d = match drafted {
        Ok(d) => d,
        Err(e) => {
            eprintln!("draft: {}", e.message());
            return ExitCode::from(2);
        }
    };
    let json = serde_json::to_string_pretty(&d.report).expect("a report serialises") + "\n";
    let written = match out {
        Some(path) => std::fs::write(path, &json).map_err(|e| format!("{path}: {e}")),
        None => std::io::stdout().write_all(json.as_bytes()).map_err(|e| e.to_string()),
    };
    if let Err(e) = written {
        eprintln!("draft: {e}");
        return ExitCode::from(2);
    }
    eprintln!("Tìm thấy / found:");
    d.found.iter().for_each(|l| eprintln!("  {l}"));
    eprintln!("Cần xem lại / to review:");
    d.review.iter().for_each(|l| eprintln!("  {l}"));
    if let Err(problems) = parse_report(&json) {
        eprintln!("draft: the draft does not pass the widget's validation (a bug in the drafter):");
        problems.iter().for_each(|p| eprintln!("  {p:?}"));
        return ExitCode::from(1);
    }
    if !d.flags.is_empty() {
        eprintln!("Kiểm tra trước / check first ({}):", d.flags.len());
        d.flags.iter().for_each(|f| eprintln!("  {}", f.line()));
    }
    if d.date_missing {
        eprintln!("draft: the article gives no date: the report above has a placeholder session date (meta.event_date) to replace; needs review.");
        return ExitCode::from(4);
    }
    if d.report.indicators.is_empty() {
        eprintln!("draft: no figures in the article; the report above is valid but has no indicators.");
        return ExitCode::from(3);
    }
    ExitCode::SUCCESS
}

fn score_dir(dir: &str, keys: Option<&String>) -> ExitCode {
    let dir = std::path::Path::new(dir);
    // The project's own articles keep their key in their README; real articles have one JSON key
    // each in tests/real/keys (or KEYDIR), and the held-out list beside it.
    let own = std::fs::read_to_string(dir.join("README.md")).is_ok_and(|k| !score::key_files(&k).is_empty());
    if keys.is_some() || !own {
        return score_real(dir, std::path::Path::new(keys.map_or("tests/real/keys", |k| k.as_str())));
    }
    let key = match std::fs::read_to_string(dir.join("README.md")) {
        Ok(k) => k,
        Err(e) => {
            eprintln!("draft: {}: {e}", dir.join("README.md").display());
            return ExitCode::from(2);
        }
    };
    let mut total = score::Score::default();
    for file in score::key_files(&key) {
        let text = match std::fs::read_to_string(dir.join(&file)) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("draft: {file}: {e}");
                return ExitCode::from(2);
            }
        };
        let Ok(d) = draft(&text) else {
            eprintln!("draft: {file}: not drafted");
            return ExitCode::from(2);
        };
        let s = score::score(&key, &file, &d.report);
        println!("{file}: {}", s.line());
        total.add(&s);
    }
    println!("all: {}", total.line());
    ExitCode::SUCCESS
}

/// The articles kept aside (a file name a line), totalled apart from those worked on; none
/// without the file.
fn held_out(list: &std::path::Path) -> Vec<String> {
    std::fs::read_to_string(list)
        .map(|t| t.lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_owned).collect())
        .unwrap_or_default()
}

/// `draft --score DIR` on real articles: every key in KEYDIR whose article is in DIR, scored with
/// attribution (draft::keyscore); the articles listed in KEYDIR/../held-out.txt
/// are scored too but printed only as one total, apart.
fn score_real(dir: &std::path::Path, keys: &std::path::Path) -> ExitCode {
    use draft::keyscore;
    let held = held_out(&keys.join("../held-out.txt"));
    let mut files: Vec<std::path::PathBuf> = match std::fs::read_dir(keys) {
        Ok(r) => r.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.extension().is_some_and(|e| e == "json")).collect(),
        Err(e) => {
            eprintln!("draft: {}: {e}", keys.display());
            return ExitCode::from(2);
        }
    };
    files.sort();
    let verbose = std::env::var_os("DRAFT_SCORE_VERBOSE").is_some();
    let (mut worked, mut held_out) = (keyscore::Tally::default(), keyscore::Tally::default());
    for path in files {
        let key: keyscore::Key = match std::fs::read_to_string(&path).map_err(|e| e.to_string()).and_then(|t| serde_json::from_str(&t).map_err(|e| e.to_string())) {
            Ok(k) => k,
            Err(e) => {
                eprintln!("draft: {}: {e}", path.display());
                return ExitCode::from(2);
            }
        };
        let text = match std::fs::read(dir.join(&key.article)) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("draft: {}: {e}", dir.join(&key.article).display());
                return ExitCode::from(2);
            }
        };
        let drafted = String::from_utf8(text).map_err(|_| Unusable::Binary).and_then(|t| draft(&t));
        let (tally, misses) = match &drafted {
            Ok(d) => keyscore::score(&key, &d.report),
            Err(e) => (keyscore::refused(&key), vec![format!("REFUSED: {}", e.message())]),
        };
        if held.contains(&key.article) {
            held_out.add(&tally);
            continue;
        }
        println!("{}: {}", key.article, tally.line());
        if verbose {
            misses.iter().for_each(|m| eprintln!("  {}: {m}", key.article));
        }
        worked.add(&tally);
    }
    println!("all ({} worked on): {}", worked.articles, worked.line());
    println!("held out ({}): {}", held_out.articles, held_out.line());
    ExitCode::SUCCESS
}

/// `draft --english DIR`: how much of each article's report gets suggested English from the
/// glossary, in texts and in Vietnamese words; the articles of `tests/real/held-out.txt` are
/// totalled apart.
fn english_dir(dir: &std::path::Path, glossary: &Glossary) -> ExitCode {
    let held = held_out(std::path::Path::new("tests/real/held-out.txt"));
    let mut files: Vec<std::path::PathBuf> = match std::fs::read_dir(dir) {
        Ok(r) => r.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.extension().is_some_and(|e| e == "txt")).collect(),
        Err(e) => {
            eprintln!("draft: {}: {e}", dir.display());
            return ExitCode::from(2);
        }
    };
    files.sort();
    let line = |c: &Coverage| {
        let pct = |a: usize, b: usize| if b == 0 { 0.0 } else { 100.0 * a as f64 / b as f64 };
        format!(
            "texts with suggested English {}/{} ({:.0}%), words {}/{} ({:.0}%), texts left to write {}",
            c.texts_filled, c.texts, pct(c.texts_filled, c.texts), c.words_filled, c.words, pct(c.words_filled, c.words), c.texts - c.texts_filled
        )
    };
    let (mut worked, mut held_out, mut n) = (Coverage::default(), Coverage::default(), (0, 0));
    for path in files {
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let text = std::fs::read(&path).ok().and_then(|b| String::from_utf8(b).ok()).unwrap_or_default();
        let Ok(mut d) = draft_with(&text, &Glossary::default()) else {
            println!("{name}: refused");
            continue;
        };
        let (_, c) = draft::english::suggest(&mut d.report, glossary);
        println!("{name}: {}", line(&c));
        if held.contains(&name) {
            held_out += c;
            n.1 += 1;
        } else {
            worked += c;
            n.0 += 1;
        }
    }
    println!("all ({} worked on): {}", n.0, line(&worked));
    println!("held out ({}): {}", n.1, line(&held_out));
    ExitCode::SUCCESS
}
