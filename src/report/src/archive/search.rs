//! The entries that answer a query (`query.rs`): each entry's words folded once, and an index from
//! every word to the entries that have it, so that an answer reads the entries holding the query's
//! words, not every entry: 12 answers over 10,000 entries took 182 ms natively by reading each
//! entry, too slow once a phone runs it in wasm (docs/benchmarks.md has the figures after).

use std::collections::HashMap;

use super::query::Query;
use super::Entry;
use crate::fold::{fold, words};

/// An entry with its search text folded once: every word of its titles, places and people, each
/// led by a space, so that a word's prefix is a substring search.
#[derive(Debug, Clone)]
pub struct Searchable {
    pub entry: Entry,
    haystack: String,
}

impl From<Entry> for Searchable {
    fn from(entry: Entry) -> Self {
        let mut text = String::new();
        for t in entry.title.iter().chain(&entry.place).chain(&entry.people) {
            text.push(' ');
            text.push_str(t);
        }
        let mut haystack = String::with_capacity(text.len() + 1);
        for w in fold(&text).split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
            haystack.push(' ');
            haystack.push_str(w);
        }
        Searchable { entry, haystack }
    }
}

/// A query ready to test entries: its words folded, each led by a space (a word's start).
pub struct Prepared<'a> {
    query: &'a Query,
    words: Vec<String>,
    /// The words as typed, one after the other: " van lang".
    phrase: String,
}

impl Prepared<'_> {
    /// `query` with its words folded once, to test many entries against.
    pub fn new(query: &Query) -> Prepared<'_> {
        let words: Vec<String> = words(&query.text).into_iter().map(|w| format!(" {w}")).collect();
        Prepared { query, phrase: words.concat(), words }
    }

    /// Whether `entry` passes every filter and each search word starts a word of its titles,
    /// places or people ("van lang" finds "Văn Lãng"; "lan" finds it too).
    pub fn matches(&self, entry: &Searchable) -> bool {
        let e = &entry.entry;
        let q = self.query;
        q.year.is_none_or(|y| e.date.year == y)
            && q.kind.is_none_or(|k| e.kind == k)
            && q.province.as_ref().is_none_or(|p| e.province.as_ref() == Some(p))
            && q.district.as_ref().is_none_or(|d| e.district.as_ref() == Some(d))
            && self.words.iter().all(|w| entry.haystack.contains(w.as_str()))
    }

    /// Whether `entry` has the words one after the other, as typed ("Văn Lãng" for "van lang",
    /// where "Nông Văn Khải … Lạng Sơn" only has each of them).
    pub fn has_phrase(&self, entry: &Searchable) -> bool {
        self.words.len() > 1 && entry.haystack.contains(self.phrase.as_str())
    }
}

/// The archive's entries, newest first, with every folded word they hold, sorted, and the
/// entries holding it (their positions, ascending).
#[derive(Debug, Default)]
pub struct SearchIndex {
    entries: Vec<Searchable>,
    words: Vec<(Box<str>, Vec<u32>)>,
}

impl FromIterator<Entry> for SearchIndex {
    fn from_iter<I: IntoIterator<Item = Entry>>(entries: I) -> Self {
        let entries: Vec<Searchable> = entries.into_iter().map(Searchable::from).collect();
        // A hash map, then sorted once: a BTreeMap compared strings at each of the 400,000 words
        // of 10,000 entries (three times as slow, natively).
        let mut words: HashMap<&str, Vec<u32>> = HashMap::new();
        for (at, entry) in entries.iter().enumerate() {
            for word in entry.haystack.split(' ').filter(|w| !w.is_empty()) {
                let holders = words.entry(word).or_default();
                if holders.last() != Some(&(at as u32)) {
                    holders.push(at as u32);
                }
            }
        }
        let mut words: Vec<(Box<str>, Vec<u32>)> = words.into_iter().map(|(w, at)| (Box::from(w), at)).collect();
        words.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        SearchIndex { entries, words }
    }
}

impl SearchIndex {
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Which entries have a word starting with each of `words` (folded, led by a space); `None`
    /// when there are no words (every entry may answer).
    fn holding(&self, words: &[String]) -> Option<Vec<bool>> {
        let mut keep: Option<Vec<bool>> = None;
        for word in words {
            let word = word.trim_start();
            let mut has = vec![false; self.entries.len()];
            let from = self.words.partition_point(|(w, _)| &**w < word);
            for (_, holders) in self.words[from..].iter().take_while(|(w, _)| w.starts_with(word)) {
                for &at in holders {
                    has[at as usize] = true;
                }
            }
            keep = Some(match keep {
                None => has,
                Some(kept) => kept.iter().zip(has).map(|(a, b)| *a && b).collect(),
            });
        }
        keep
    }
}

/// The entries that answer `query`: those with its words as typed, one after the other, first,
/// then those with each of them; each group in the entries' order (newest first).
pub fn answer<'a>(index: &'a SearchIndex, query: &Query) -> Vec<&'a Searchable> {
    let prepared = Prepared::new(query);
    let holding = index.holding(&prepared.words);
    let candidates = index.entries.iter().enumerate().filter(|(at, _)| holding.as_ref().is_none_or(|h| h[*at])).map(|(_, e)| e);
    let (mut phrase, rest): (Vec<&Searchable>, Vec<&Searchable>) =
        candidates.filter(|e| prepared.matches(e)).partition(|e| prepared.has_phrase(e));
    phrase.extend(rest);
    phrase
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::archive::tests_support::entries;
    use crate::archive::SessionKind;

    fn seed_entries() -> Vec<Entry> {
        let mut all = entries(50);
        let report = crate::parse::parse_report(crate::SEED_REPORT_JSON).unwrap();
        all.push(Entry::of_report("van-lang-2020-11-03", &report));
        all
    }

    fn seed() -> SearchIndex {
        seed_entries().into_iter().collect()
    }

    fn ids(found: Vec<&Searchable>) -> Vec<&str> {
        found.into_iter().map(|e| e.entry.id.as_str()).collect()
    }

    #[test]
    fn search_ignores_marks_and_case_and_takes_word_prefixes() {
        let all = seed();
        for text in ["van lang", "VĂN LÃNG", "Văn Lãng", "lãng văn", "van la", "van-lang"] {
            let q = Query { text: text.into(), ..Query::default() };
            assert!(ids(answer(&all, &q)).contains(&"van-lang-2020-11-03"), "{text:?}");
        }
        // Every word must match, and from a word's start: "an lang" is not in "Văn Lãng".
        let q = Query { text: "van lang nowhere".into(), ..Query::default() };
        assert!(answer(&all, &q).is_empty());
        let q = Query { text: "an lan".into(), ..Query::default() };
        assert!(!ids(answer(&all, &q)).contains(&"van-lang-2020-11-03"));
    }

    #[test]
    fn the_words_as_typed_come_first() {
        let mut all = seed_entries();
        // Newer than the seed, with "Văn" in a name and "Lạng" in its place: each word, not the phrase.
        let mut other = entries(1).remove(0);
        other.id = "binh-gia".into();
        other.people = vec!["Nông Văn Khải".into()];
        other.place[0] = "Huyện Bình Gia, tỉnh Lạng Sơn".into();
        all.insert(0, other);
        let all: SearchIndex = all.into_iter().collect();
        let q = Query { text: "van lang".into(), ..Query::default() };
        let found = ids(answer(&all, &q));
        assert_eq!(found[0], "van-lang-2020-11-03", "{found:?}");
        assert_eq!(found[1], "binh-gia", "then the others, newest first: {found:?}");
    }

    #[test]
    fn people_and_places_are_searched() {
        let all = seed();
        let report = crate::parse::parse_report(crate::SEED_REPORT_JSON).unwrap();
        let person = report.participants.iter().find_map(|p| p.person.clone()).unwrap();
        let q = Query { text: fold(&person), ..Query::default() };
        assert!(ids(answer(&all, &q)).contains(&"van-lang-2020-11-03"), "{person}");
        let q = Query { text: "lang son".into(), ..Query::default() };
        assert!(ids(answer(&all, &q)).contains(&"van-lang-2020-11-03"));
    }

    #[test]
    fn filters_narrow_and_combine() {
        let all = seed();
        let everything = answer(&all, &Query::default()).len();
        assert_eq!(everything, all.len());
        let by_year = Query { year: Some(2020), ..Query::default() };
        let found = answer(&all, &by_year);
        assert!(!found.is_empty() && found.len() < everything);
        assert!(found.iter().all(|e| e.entry.date.year == 2020));
        let narrower = Query { province: Some("Lạng Sơn".into()), kind: Some(SessionKind::WorkingSession), ..by_year.clone() };
        let found2 = answer(&all, &narrower);
        assert!(found2.len() <= found.len() && found2.iter().all(|e| e.entry.province.as_deref() == Some("Lạng Sơn")));
        assert!(ids(found2).contains(&"van-lang-2020-11-03"));
        let district = Query { district: Some("Văn Lãng".into()), ..Query::default() };
        assert_eq!(ids(answer(&all, &district)), ["van-lang-2020-11-03"]);
    }

    #[test]
    fn the_index_answers_as_reading_every_entry_does() {
        let all = seed();
        let mut prefixes: Vec<String> = all.words.iter().flat_map(|(w, _)| (1..=w.chars().count().min(4)).map(|n| w.chars().take(n).collect::<String>())).collect();
        prefixes.dedup();
        prefixes.extend(["van lang", "lang van", "xyz", "2020", "huyen lang son"].map(String::from));
        for text in prefixes {
            let q = Query { text, ..Query::default() };
            let prepared = Prepared::new(&q);
            let read: Vec<&str> = {
                let (mut phrase, rest): (Vec<&Searchable>, Vec<&Searchable>) =
                    all.entries.iter().filter(|e| prepared.matches(e)).partition(|e| prepared.has_phrase(e));
                phrase.extend(rest);
                ids(phrase)
            };
            assert_eq!(ids(answer(&all, &q)), read, "{:?}", q.text);
        }
    }
}
