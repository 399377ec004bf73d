//! An outside translation pasted whole (a translator's, a colleague's, the outlet's English
//! edition) matched to the report's prose by order, numbers and names: each proposed pair is shown
//! side by side to accept or correct, never written unasked. The fixed vocabulary (roles, places,
//! units, headings) comes from the drafter's glossary; this is for what is left, the title, lede,
//! paragraphs, items and captions, which a translation gives in the article's order.
//!
//! The translation is cut into segments (its lines, and a line's clauses after ": " and "; ", as a
//! list run into one paragraph). One pass of dynamic programming then pairs each text with a run of
//! up to [`MAX_JOIN`] consecutive segments, or with none, keeping the order of both, and scores each
//! pair by the numbers and names the two share, and by their lengths.

use report::format::Report;

use crate::english::pairs;

/// At most this many consecutive segments make one text's English (a paragraph of several
/// clauses, or one the translator broke in two or three).
const MAX_JOIN: usize = 8;

/// A text of the report and the English proposed for it.
#[derive(Debug, Clone, PartialEq)]
pub struct Proposal {
    pub path: String,
    pub vi: String,
    pub en: String,
    /// Numbers written in both (the strongest evidence a pair is right).
    pub numbers: usize,
    /// Names written in both ("Văn Lãng", "Na Sầm"; marks aside).
    pub names: usize,
}

impl Proposal {
    /// Paired on evidence of its own, not only by its place in the order.
    pub fn supported(&self) -> bool {
        self.numbers + self.names > 0
    }
}

/// Whether the text at `path` is prose a translation gives in the article's order.
fn is_prose(path: &str) -> bool {
    path == "meta.title" || path == "meta.lede" || path.contains(".paragraphs[") || path.contains(".items[") || path.ends_with(".caption")
}

/// Proposals for the report's prose still without English, from `translation`, in the report's order.
pub fn align(report: &Report, translation: &str) -> Vec<Proposal> {
    let texts: Vec<_> = pairs(report).into_iter().filter(|p| p.missing() && is_prose(&p.path)).collect();
    let segments = segments(translation);
    if texts.is_empty() || segments.is_empty() {
        return Vec::new();
    }
    let vi: Vec<Features> = texts.iter().map(|t| Features::of(&t.vi, Lang::Vi)).collect();
    let en: Vec<Features> = segments.iter().map(|s| Features::of(&s.text, Lang::En)).collect();
    let (n, m) = (texts.len(), segments.len());
    // best[i][j]: the best score pairing texts[i..] with segments[j..]; how it was reached in step.
    let mut best = vec![vec![f64::NEG_INFINITY; m + 1]; n + 1];
    let mut step = vec![vec![Step::Done; m + 1]; n + 1];
    best[n][m] = 0.0;
    for i in (0..=n).rev() {
        for j in (0..=m).rev() {
            if i == n && j == m {
                continue;
            }
            let mut options: Vec<(f64, Step)> = Vec::new();
            if i < n {
                options.push((best[i + 1][j] + SKIP_TEXT, Step::SkipText));
            }
            if j < m {
                options.push((best[i][j + 1] + SKIP_SEGMENT, Step::SkipSegment));
            }
            if i < n {
                for k in 1..=MAX_JOIN.min(m - j) {
                    let joined = Features::join(&en[j..j + k]);
                    // Clauses of one line join freely; lines joined cost a little each.
                    let lines = segments[j + k - 1].line - segments[j].line;
                    options.push((best[i + 1][j + k] + pair_score(&vi[i], &joined) - JOIN_COST * lines as f64, Step::Pair(k)));
                }
            }
            for (score, s) in options {
                if score > best[i][j] {
                    best[i][j] = score;
                    step[i][j] = s;
                }
            }
        }
    }
    let (mut i, mut j, mut out) = (0, 0, Vec::new());
    while i < n || j < m {
        match step[i][j] {
            Step::SkipText => i += 1,
            Step::SkipSegment => j += 1,
            Step::Pair(k) => {
                let joined = Features::join(&en[j..j + k]);
                let (numbers, names) = shared(&vi[i], &joined);
                let text = segments[j..j + k].iter().map(|s| s.text.as_str()).collect::<Vec<_>>().join(" ");
                out.push(Proposal { path: texts[i].path.clone(), vi: texts[i].vi.clone(), en: text, numbers, names });
                i += 1;
                j += k;
            }
            Step::Done => break,
        }
    }
    out
}

#[derive(Debug, Clone, Copy)]
enum Step {
    Done,
    SkipText,
    SkipSegment,
    /// This text with the next k segments.
    Pair(usize),
}

/// Leaving a text without English costs nothing; leaving a segment unused (a byline, a photo
/// credit, a heading the report does not have) a little; joining segments a little more.
const SKIP_TEXT: f64 = 0.0;
const SKIP_SEGMENT: f64 = -0.3;
const JOIN_COST: f64 = 0.4;

/// A piece of the translation: a line, or a clause of one.
#[derive(Debug, Clone, PartialEq)]
struct Segment {
    text: String,
    /// Which line of the translation it is from.
    line: usize,
}

fn segments(translation: &str) -> Vec<Segment> {
    let mut out = Vec::new();
    for (n, line) in translation.lines().map(str::trim).filter(|l| !l.is_empty()).enumerate() {
        // "… several matters: the placement of officials; how leaders set an example; …": the
        // lead-in and each item, as the report keeps them.
        let mut rest = line;
        while let Some(at) = rest.find([';', ':']).filter(|&at| rest[at + 1..].starts_with(' ')) {
            out.push(Segment { text: rest[..=at].trim().to_owned(), line: n });
            rest = &rest[at + 1..];
        }
        if !rest.trim().is_empty() {
            out.push(Segment { text: rest.trim().to_owned(), line: n });
        }
    }
    out
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Lang {
    Vi,
    En,
}

/// What a text is compared by: its numbers (as values), its names (folded) and its length.
#[derive(Debug, Clone, Default)]
struct Features {
    numbers: Vec<f64>,
    /// Capitalised words not opening a sentence, lower case, marks aside.
    names: Vec<String>,
    /// All words, lower case, marks aside: where a name of the other side is looked for.
    folded: String,
    chars: usize,
}

impl Features {
    fn of(s: &str, lang: Lang) -> Features {
        let folded = fold(s);
        let mut names = Vec::new();
        let mut after_stop = true;
        for w in s.split_whitespace() {
            let word = w.trim_matches(|c: char| !c.is_alphanumeric());
            if !after_stop && word.chars().next().is_some_and(char::is_uppercase) && word.chars().count() > 1 {
                names.push(fold(word));
            }
            after_stop = w.ends_with(['.', ':', '!', '?']);
        }
        Features { numbers: numbers(s, lang), names, folded, chars: s.chars().count() }
    }

    fn join(parts: &[Features]) -> Features {
        let mut all = Features::default();
        for p in parts {
            all.numbers.extend(&p.numbers);
            all.names.extend(p.names.iter().cloned());
            all.folded.push(' ');
            all.folded.push_str(&p.folded);
            all.chars += p.chars + 1;
        }
        all
    }
}

/// Numbers as values: Vietnamese writes "1.000,5", English "1,000.5"; a year is a number too.
fn numbers(s: &str, lang: Lang) -> Vec<f64> {
    let (group, decimal) = match lang {
        Lang::Vi => ('.', ','),
        Lang::En => (',', '.'),
    };
    let mut out = Vec::new();
    let mut cur = String::new();
    let chars: Vec<char> = s.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let next_digit = chars.get(i + 1).is_some_and(char::is_ascii_digit);
        if c.is_ascii_digit() {
            cur.push(c);
        } else if c == group && !cur.is_empty() && next_digit {
        } else if c == decimal && !cur.is_empty() && next_digit {
            cur.push('.');
        } else if !cur.is_empty() {
            out.extend(cur.parse::<f64>().ok());
            cur.clear();
        }
    }
    out.extend(cur.parse::<f64>().ok());
    out
}

/// Lower case without Vietnamese marks (`report::fold`): "Văn Lãng" and "Van Lang" meet.
fn fold(s: &str) -> String {
    report::fold::fold(s)
}

/// Numbers in both, and names of the Vietnamese found in the English.
fn shared(vi: &Features, en: &Features) -> (usize, usize) {
    let numbers = vi.numbers.iter().filter(|v| en.numbers.iter().any(|e| (*v - e).abs() < 1e-9)).count();
    let names = vi.names.iter().filter(|n| en.folded.split(|c: char| !c.is_alphanumeric()).any(|w| w == n.as_str())).count();
    (numbers, names)
}

fn pair_score(vi: &Features, en: &Features) -> f64 {
    let (numbers, names) = shared(vi, en);
    let unmatched = (vi.numbers.len() - numbers) + en.numbers.len().saturating_sub(numbers);
    // English runs about as long as the Vietnamese in characters; far off, the pair is unlikely.
    let ratio = (en.chars.max(1) as f64) / (vi.chars.max(1) as f64);
    let length = -(ratio / 1.1).ln().abs() * 2.0;
    1.0 + 2.0 * numbers as f64 + 1.0 * names.min(4) as f64 - 1.0 * unmatched.min(6) as f64 + length
}

#[cfg(test)]
mod tests {
    use super::*;
    use report::texts::{each_text_mut, TextMut};

    /// A bilingual report of the project's own with the English of its prose taken out, and that
    /// English as a translator would paste it: one paragraph a line, in the report's order.
    fn stripped(json: &str) -> (Report, Vec<(String, String)>, String) {
        let mut r = report::parse::parse_report(json).unwrap();
        let answers: Vec<(String, String)> =
            pairs(&r).into_iter().filter(|p| is_prose(&p.path) && !p.en.is_empty()).map(|p| (p.path, p.en)).collect();
        each_text_mut(&mut r, |at, t| {
            let path = at.iter().copied().collect::<report::path::Path>().into_string();
            if let TextMut::Bilingual(t) = t {
                if is_prose(&path) {
                    t.en = None;
                }
            }
        });
        let pasted = answers.iter().map(|(_, en)| en.as_str()).collect::<Vec<_>>().join("\n\n");
        (r, answers, pasted)
    }

    fn right(proposals: &[Proposal], answers: &[(String, String)]) -> usize {
        proposals.iter().filter(|p| answers.iter().any(|(path, en)| *path == p.path && *en == p.en)).count()
    }

    #[test]
    fn a_whole_translation_of_each_example_report_lines_up() {
        for name in ["van-lang-2020-11-03", "binh-gia-2023-12-14", "cam-my-2024-07-11", "nghi-son-2022-09-15", "van-ninh-2021-11-03"] {
            let json = std::fs::read_to_string(format!("{}/../../static/reports/{name}.json", env!("CARGO_MANIFEST_DIR"))).unwrap();
            let (r, answers, pasted) = stripped(&json);
            let proposals = align(&r, &pasted);
            let wrong: Vec<_> = answers.iter().filter(|(path, en)| !proposals.iter().any(|p| p.path == *path && p.en == *en)).collect();
            assert!(wrong.is_empty(), "{name}: {} of {} wrong: {wrong:#?}", wrong.len(), answers.len());
            assert!(proposals.iter().any(Proposal::supported), "{name}");
        }
    }

    #[test]
    fn extra_lines_a_missing_paragraph_and_a_list_run_on() {
        let (r, answers, _) = stripped(report::SEED_REPORT_JSON);
        // A byline and a photo credit the report does not have; one paragraph left untranslated;
        // a lead-in and its items pasted as one line, as many translations give a list.
        let mut lines: Vec<String> = vec!["By Công Quân, Lạng Sơn Newspaper".into()];
        let dropped = answers.iter().position(|(p, _)| p.contains("paragraphs[")).unwrap();
        let lead = answers.iter().position(|(p, _)| p.ends_with(".paragraphs[0]") && answers.iter().any(|(q, _)| q.starts_with(&p[..p.find(".paragraphs").unwrap()]) && q.contains(".items[0]"))).unwrap();
        let mut k = 0;
        while k < answers.len() {
            if k == dropped {
                k += 1;
                continue;
            }
            if k == lead {
                let mut run = vec![answers[k].1.clone()];
                let section = &answers[k].0[..answers[k].0.find(".paragraphs").unwrap()];
                k += 1;
                while k < answers.len() && answers[k].0.starts_with(section) && answers[k].0.contains(".items[") {
                    run.push(format!("{};", answers[k].1));
                    k += 1;
                }
                lines.push(run.join(" "));
                continue;
            }
            lines.push(answers[k].1.clone());
            k += 1;
        }
        lines.insert(3, "Photo: LSO".into());
        let proposals = align(&r, &lines.join("\n"));
        let ok = right(&proposals, &answers);
        let trimmed = proposals.iter().filter(|p| answers.iter().any(|(path, en)| *path == p.path && en.trim_end_matches(';') == p.en.trim_end_matches(';'))).count();
        assert!(trimmed + 1 >= answers.len() - 1, "{ok} exact, {trimmed} modulo ';' of {}: {proposals:#?}", answers.len() - 1);
        assert!(!proposals.iter().any(|p| p.en.starts_with("By ") || p.en.starts_with("Photo")), "{proposals:#?}");
    }

    #[test]
    fn numbers_and_names_are_read_in_each_language() {
        assert_eq!(numbers("thu ngân sách 86,6 tỷ đồng, 1.000 hộ, năm 2020", Lang::Vi), [86.6, 1000.0, 2020.0]);
        assert_eq!(numbers("budget revenue of VND 86.6 billion, 1,000 households in 2020.", Lang::En), [86.6, 1000.0, 2020.0]);
        let vi = Features::of("Chợ Na Sầm của huyện Văn Lãng", Lang::Vi);
        let en = Features::of("The Na Sam market of Van Lang district", Lang::En);
        assert_eq!(shared(&vi, &en), (0, 4));
    }
}
