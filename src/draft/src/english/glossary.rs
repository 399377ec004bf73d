//! The glossary: the genre's fixed vocabulary, Vietnamese → English, read from tab-separated lines
//! (`src/draft/glossary.tsv`, built in; a newsroom's own file read after it). Each entry has a kind
//! that says how it composes with others (`compose.rs`).

use std::collections::HashMap;

use crate::text::lower;

/// How an entry takes part in a composed translation. See the header of `glossary.tsv`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    Office,
    Body,
    Party,
    Board,
    Level,
    Ministry,
    School,
    Unit,
    Phrase,
}

impl Kind {
    fn parse(s: &str) -> Option<Kind> {
        Some(match s {
            "office" => Kind::Office,
            "body" => Kind::Body,
            "party" => Kind::Party,
            "board" => Kind::Board,
            "level" => Kind::Level,
            "ministry" => Kind::Ministry,
            "school" => Kind::School,
            "unit" => Kind::Unit,
            "phrase" => Kind::Phrase,
            _ => return None,
        })
    }
}

/// One entry's English: for a level, its adjective (`en`: "Provincial") and its noun ("province").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct English {
    pub en: String,
    pub noun: Option<String>,
}

/// A line of a glossary file that could not be read, and why (with the fix).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GlossaryProblem {
    /// 1-based.
    pub line: usize,
    pub why: String,
}

impl std::fmt::Display for GlossaryProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: {}", self.line, self.why)
    }
}

#[derive(Debug, Clone, Default)]
pub struct Glossary {
    /// By kind and Vietnamese in lower case.
    entries: HashMap<(Kind, String), English>,
    /// Per kind, the Vietnamese keys longest first: a prefix match takes the longest entry
    /// ("Phó Chủ tịch Thường trực" before "Phó Chủ tịch").
    by_length: HashMap<Kind, Vec<String>>,
}

const BUILT_IN: &str = include_str!("../../glossary.tsv");

impl Glossary {
    /// The project's own glossary (`src/draft/glossary.tsv`).
    pub fn builtin() -> Glossary {
        let mut g = Glossary::default();
        g.extend(BUILT_IN).expect("the built-in glossary reads (tested)");
        g
    }

    /// Reads `tsv`'s entries into the glossary; an entry already there is replaced (a newsroom's
    /// file wins over the built-in one). Lines that cannot be read are all reported; nothing is
    /// added from a file with problems, so a half-read glossary never drafts.
    pub fn extend(&mut self, tsv: &str) -> Result<usize, Vec<GlossaryProblem>> {
        let mut read = Vec::new();
        let mut problems = Vec::new();
        for (i, raw) in tsv.lines().enumerate() {
            let line = raw.trim_end_matches('\r');
            if line.trim().is_empty() || line.trim_start().starts_with('#') {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').map(str::trim).collect();
            let problem = |why: String| GlossaryProblem { line: i + 1, why };
            let Some(kind) = Kind::parse(cols[0]) else {
                problems.push(problem(format!(
                    "{:?} is not a kind: write one of office, body, party, board, level, ministry, school, unit, phrase, then a tab",
                    cols[0]
                )));
                continue;
            };
            match cols.as_slice() {
                [_, vi, en] | [_, vi, en, ""] if !vi.is_empty() && !en.is_empty() && kind != Kind::Level => {
                    read.push((kind, lower(&report::normalize::nfc(vi)), English { en: (*en).to_owned(), noun: None }));
                }
                [_, vi, en, noun] if kind == Kind::Level && ![vi, en, noun].iter().any(|c| c.is_empty()) => {
                    read.push((kind, lower(&report::normalize::nfc(vi)), English { en: (*en).to_owned(), noun: Some((*noun).to_owned()) }));
                }
                _ if kind == Kind::Level => problems.push(problem(
                    "a level has four columns separated by tabs: level, the Vietnamese, the English adjective, the English noun".into(),
                )),
                _ => problems.push(problem("three columns separated by tabs: the kind, the Vietnamese, the English".into())),
            }
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        let n = read.len();
        for (kind, vi, english) in read {
            let keys = self.by_length.entry(kind).or_default();
            if !keys.contains(&vi) {
                keys.push(vi.clone());
                keys.sort_by_key(|k| std::cmp::Reverse(k.len()));
            }
            self.entries.insert((kind, vi), english);
        }
        Ok(n)
    }

    /// The entry for exactly `vi` (case aside).
    pub fn get(&self, kind: Kind, vi: &str) -> Option<&English> {
        self.entries.get(&(kind, lower(vi.trim())))
    }

    /// The longest entry `s` starts with, ending at a word's end, and the rest after it.
    pub fn prefix<'s>(&self, kind: Kind, s: &'s str) -> Option<(&English, &'s str)> {
        self.prefixes(kind, s).into_iter().next()
    }

    /// Every entry `s` starts with, longest first ("Trưởng ban Tuyên giáo": "Trưởng ban", then
    /// "Trưởng", whose rest "ban Tuyên giáo" is a board).
    pub fn prefixes<'s>(&self, kind: Kind, s: &'s str) -> Vec<(&English, &'s str)> {
        let l = lower(s);
        let Some(keys) = self.by_length.get(&kind) else { return Vec::new() };
        keys.iter()
            .filter_map(|key| {
                let rest = l.strip_prefix(key.as_str())?;
                if !(rest.is_empty() || rest.starts_with([' ', ','])) {
                    return None;
                }
                // `lower` keeps byte offsets, so the rest is at the same place in `s`.
                Some((&self.entries[&(kind, key.clone())], s[key.len()..].trim_start()))
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_built_in_glossary_reads_and_a_newsroom_file_wins() {
        let mut g = Glossary::builtin();
        assert_eq!(g.get(Kind::Office, "phó chủ tịch").map(|e| e.en.as_str()), Some("Vice Chairman"));
        let (e, rest) = g.prefix(Kind::Office, "Phó Chủ tịch Thường trực HĐND tỉnh").unwrap();
        assert_eq!((e.en.as_str(), rest), ("Standing Vice Chairman", "HĐND tỉnh"));
        assert_eq!(g.extend("office\tChủ tịch\tChair\n# a comment\n\nunit\tchòi\tstalls\n"), Ok(2));
        assert_eq!(g.get(Kind::Office, "Chủ tịch").map(|e| e.en.as_str()), Some("Chair"));
        assert_eq!(g.get(Kind::Unit, "chòi").map(|e| e.en.as_str()), Some("stalls"));
    }

    #[test]
    fn a_line_it_cannot_read_is_named_and_nothing_is_added() {
        let mut g = Glossary::default();
        let problems = g.extend("unit\thộ\thouseholds\nunits\tha\tha\nlevel\ttỉnh\tProvincial\nphrase\tKinh tế\n").unwrap_err();
        let lines: Vec<usize> = problems.iter().map(|p| p.line).collect();
        assert_eq!(lines, [2, 3, 4]);
        assert!(problems[0].why.contains("not a kind"), "{}", problems[0]);
        assert!(g.get(Kind::Unit, "hộ").is_none());
    }
}
