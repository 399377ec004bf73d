//! What a reader asks of the archive: words to search for and the filters, kept in the page's
//! address (`?q=van+lang&province=Lạng+Sơn&year=2020`) so a link reopens the same view, and the
//! entries that answer it, newest first.

use super::fold::{fold, words};
use super::{Entry, SessionKind};

/// The search words and filters; empty fields ask nothing.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    pub text: String,
    pub province: Option<String>,
    pub district: Option<String>,
    pub year: Option<i32>,
    pub kind: Option<SessionKind>,
}

impl Query {
    /// No words and no filter: the archive's first view.
    pub fn is_empty(&self) -> bool {
        self.text.trim().is_empty() && self.province.is_none() && self.district.is_none() && self.year.is_none() && self.kind.is_none()
    }

    /// The address's query pairs, in a fixed order, empty fields left out (the view's URL encodes them).
    pub fn to_pairs(&self) -> Vec<(&'static str, String)> {
        let mut pairs = Vec::new();
        if !self.text.trim().is_empty() {
            pairs.push(("q", self.text.clone()));
        }
        if let Some(p) = &self.province {
            pairs.push(("province", p.clone()));
        }
        if let Some(d) = &self.district {
            pairs.push(("district", d.clone()));
        }
        if let Some(y) = self.year {
            pairs.push(("year", y.to_string()));
        }
        if let Some(k) = self.kind {
            pairs.push(("kind", k.code().to_owned()));
        }
        pairs
    }

    /// From the address's (decoded) query pairs; unknown names and unreadable values are ignored.
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Query {
        let mut q = Query::default();
        let some = |v: &str| (!v.trim().is_empty()).then(|| v.trim().to_owned());
        for (name, value) in pairs {
            match name {
                "q" => q.text = value.to_owned(),
                "province" => q.province = some(value),
                "district" => q.district = some(value),
                "year" => q.year = value.trim().parse().ok(),
                "kind" => q.kind = SessionKind::from_code(value.trim()),
                _ => {}
            }
        }
        q
    }

    /// The query with its words folded once, to test many entries against.
    pub fn prepare(&self) -> Prepared<'_> {
        Prepared { query: self, words: words(&self.text).into_iter().map(|w| format!(" {w}")).collect() }
    }
}

/// A query ready to test entries: its words folded, each led by a space (a word's start).
pub struct Prepared<'a> {
    query: &'a Query,
    words: Vec<String>,
}

impl Prepared<'_> {
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
}

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

/// The entries (newest first) that answer `query`, in their order.
pub fn answer<'a>(entries: &'a [Searchable], query: &Query) -> Vec<&'a Entry> {
    let prepared = query.prepare();
    entries.iter().filter(|e| prepared.matches(e)).map(|e| &e.entry).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::archive::tests_support::entries;

    fn seed() -> Vec<Searchable> {
        let mut all: Vec<Searchable> = entries(50).into_iter().map(Searchable::from).collect();
        let report = crate::parse::parse_report(crate::SEED_REPORT_JSON).unwrap();
        all.push(Entry::of_report("van-lang-2020-11-03", &report).into());
        all
    }

    fn ids(found: Vec<&Entry>) -> Vec<&str> {
        found.into_iter().map(|e| e.id.as_str()).collect()
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
        assert!(found.iter().all(|e| e.date.year == 2020));
        let narrower = Query { province: Some("Lạng Sơn".into()), kind: Some(SessionKind::WorkingSession), ..by_year.clone() };
        let found2 = answer(&all, &narrower);
        assert!(found2.len() <= found.len() && found2.iter().all(|e| e.province.as_deref() == Some("Lạng Sơn")));
        assert!(ids(found2).contains(&"van-lang-2020-11-03"));
        let district = Query { district: Some("Văn Lãng".into()), ..Query::default() };
        assert_eq!(ids(answer(&all, &district)), ["van-lang-2020-11-03"]);
    }

    #[test]
    fn the_address_keeps_the_query() {
        let q = Query { text: "van lang".into(), province: Some("Lạng Sơn".into()), district: None, year: Some(2020), kind: Some(SessionKind::Inspection) };
        let pairs = q.to_pairs();
        assert_eq!(pairs.iter().map(|(k, _)| *k).collect::<Vec<_>>(), ["q", "province", "year", "kind"]);
        assert_eq!(Query::from_pairs(pairs.iter().map(|(k, v)| (*k, v.as_str()))), q);
        assert_eq!(Query::from_pairs([("year", "soon"), ("kind", "party"), ("x", "1")]), Query::default());
        assert!(Query::default().is_empty() && !q.is_empty());
    }
}
