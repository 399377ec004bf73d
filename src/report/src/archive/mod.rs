//! The report site's archive (`prerender --site`'s `index.html`, the archive bundle): every report
//! as an [`Entry`] (its title, date, place, province, district, kind of session and people), the
//! files the entries travel in ([`shards`]), and the search and filters over them ([`query`]).
//! Pure: the publishing command writes the files, the archive's wasm reads and searches them.

pub mod locality;
pub mod query;
pub mod search;
pub mod shards;

use crate::date::Date;
use crate::format::{Report, Side};
use crate::lang::Locale;

/// The kind of a session, for the archive's filter. The format has no field for it: it is read
/// from the words of the Vietnamese title, then of the standfirst ([`SessionKind::of_report`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SessionKind {
    /// "làm việc": a working session with a body or a place.
    WorkingSession,
    /// "kiểm tra": an inspection (the party's inspection commissions, their conclusions).
    Inspection,
    /// "giám sát": supervision.
    Supervision,
    /// "hội nghị": a conference.
    Conference,
    /// None of those words.
    Other,
}

impl SessionKind {
    pub const ALL: [SessionKind; 5] = [Self::WorkingSession, Self::Inspection, Self::Supervision, Self::Conference, Self::Other];

    /// Its name in files and in the page's address (`?kind=inspection`).
    pub fn code(self) -> &'static str {
        match self {
            Self::WorkingSession => "working",
            Self::Inspection => "inspection",
            Self::Supervision => "supervision",
            Self::Conference => "conference",
            Self::Other => "other",
        }
    }

    pub fn from_code(code: &str) -> Option<SessionKind> {
        Self::ALL.into_iter().find(|k| k.code() == code)
    }

    /// The kind a text names, by its words (folded): the more particular kinds first, since an
    /// inspection is often "a working session to inspect".
    fn of_text(text: &str) -> Option<SessionKind> {
        let folded = crate::fold::fold(text);
        [("kiem tra", Self::Inspection), ("giam sat", Self::Supervision), ("hoi nghi", Self::Conference), ("lam viec", Self::WorkingSession)]
            .into_iter()
            .find(|(words, _)| folded.contains(words))
            .map(|(_, kind)| kind)
    }

    /// The kind of a report: what its Vietnamese title says, else its standfirst, else `Other`.
    pub fn of_report(report: &Report) -> SessionKind {
        let vi = |t: &crate::text::Text| t.resolve(Locale::Vi).map(|r| r.text.to_owned()).unwrap_or_default();
        Self::of_text(&vi(&report.meta.title))
            .or_else(|| report.meta.lede.as_ref().and_then(|l| Self::of_text(&vi(l))))
            .unwrap_or(Self::Other)
    }
}

/// One report in the archive.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// Its address on the site (`<id>/`).
    pub id: String,
    /// The session's date: the archive is newest first by it.
    pub date: Date,
    pub kind: SessionKind,
    /// Read from the place's text ([`locality`]); names as written, the same in both languages.
    pub province: Option<String>,
    pub district: Option<String>,
    /// Title and place in Vietnamese and English (the English empty when the report has none).
    pub title: [String; 2],
    pub place: [String; 2],
    /// The persons named among the participants, delegation first.
    pub people: Vec<String>,
}

impl Entry {
    pub fn of_report(id: &str, report: &Report) -> Entry {
        let m = &report.meta;
        let both = |t: &crate::text::Text| [t.vi.clone().unwrap_or_default(), t.en.clone().unwrap_or_default()];
        let place = both(&m.place);
        let (province, district) = locality::locality(&place[0]);
        let mut people: Vec<&crate::format::Participant> = report.participants.iter().filter(|p| p.person.is_some()).collect();
        people.sort_by_key(|p| p.side != Side::Delegation);
        Entry {
            id: id.to_owned(),
            date: m.event_date,
            kind: SessionKind::of_report(report),
            province,
            district,
            title: both(&m.title),
            place,
            people: people.into_iter().filter_map(|p| p.person.clone()).collect(),
        }
    }

    fn pick(pair: &[String; 2], locale: Locale) -> &str {
        let (mine, other) = match locale {
            Locale::Vi => (&pair[0], &pair[1]),
            Locale::En => (&pair[1], &pair[0]),
        };
        if mine.trim().is_empty() { other } else { mine }
    }

    /// The title in `locale`, or in the other language when it has none.
    pub fn title_in(&self, locale: Locale) -> &str {
        Self::pick(&self.title, locale)
    }

    pub fn place_in(&self, locale: Locale) -> &str {
        Self::pick(&self.place, locale)
    }

    /// Whether the title shown in `locale` is the other language's (its `lang` then differs).
    pub fn title_is_other(&self, locale: Locale) -> bool {
        self.title[match locale { Locale::Vi => 0, Locale::En => 1 }].trim().is_empty()
    }

    /// The page of this report in `locale`, from the site's top: `<id>/` or `<id>/en/`.
    pub fn href(&self, locale: Locale) -> String {
        match locale {
            Locale::Vi => format!("{}/", self.id),
            Locale::En => format!("{}/en/", self.id),
        }
    }
}

/// How many reports of each province, district, year and kind: the filters' choices.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Facets {
    /// By name, in Vietnamese alphabetical order of the folded names.
    pub provinces: Vec<(String, usize)>,
    /// (province, district, count), by province then district.
    pub districts: Vec<(String, String, usize)>,
    /// Newest year first.
    pub years: Vec<(i32, usize)>,
    /// In [`SessionKind::ALL`]'s order, only kinds that occur.
    pub kinds: Vec<(SessionKind, usize)>,
}

impl Facets {
    pub fn of<'a>(entries: impl IntoIterator<Item = &'a Entry>) -> Facets {
        use std::collections::BTreeMap;
        let (mut provinces, mut districts, mut years, mut kinds) = (BTreeMap::new(), BTreeMap::new(), BTreeMap::new(), BTreeMap::new());
        for e in entries {
            if let Some(p) = &e.province {
                *provinces.entry((crate::fold::fold(p), p.clone())).or_insert(0) += 1;
            }
            if let Some(d) = &e.district {
                let p = e.province.clone().unwrap_or_default();
                *districts.entry((crate::fold::fold(&p), crate::fold::fold(d), p, d.clone())).or_insert(0) += 1;
            }
            *years.entry(std::cmp::Reverse(e.date.year)).or_insert(0) += 1;
            *kinds.entry(e.kind).or_insert(0) += 1;
        }
        Facets {
            provinces: provinces.into_iter().map(|((_, p), n)| (p, n)).collect(),
            districts: districts.into_iter().map(|((_, _, p, d), n)| (p, d, n)).collect(),
            years: years.into_iter().map(|(y, n)| (y.0, n)).collect(),
            kinds: kinds.into_iter().collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seed() -> Report {
        crate::parse::parse_report(crate::SEED_REPORT_JSON).unwrap()
    }

    #[test]
    fn the_seed_as_an_entry() {
        let e = Entry::of_report("van-lang-2020-11-03", &seed());
        assert_eq!(e.province.as_deref(), Some("Lạng Sơn"));
        assert_eq!(e.district.as_deref(), Some("Văn Lãng"));
        assert_eq!(e.kind, SessionKind::WorkingSession);
        assert_eq!(e.date.to_string(), "2020-11-03");
        assert!(e.people.len() >= 3, "{:?}", e.people);
        assert_eq!(e.href(Locale::En), "van-lang-2020-11-03/en/");
        assert!(e.title_in(Locale::En).contains("Văn Lãng"));
    }

    #[test]
    fn kinds_from_the_titles_words() {
        assert_eq!(SessionKind::of_text("Ủy ban Kiểm tra Tỉnh ủy thông qua dự thảo báo cáo kết quả kiểm tra"), Some(SessionKind::Inspection));
        assert_eq!(SessionKind::of_text("Đoàn giám sát làm việc tại huyện"), Some(SessionKind::Supervision));
        assert_eq!(SessionKind::of_text("Chủ tịch UBND tỉnh làm việc với huyện Vạn Ninh"), Some(SessionKind::WorkingSession));
        assert_eq!(SessionKind::of_text("Cẩm Mỹ phấn đấu giải ngân"), None);
        for k in SessionKind::ALL {
            assert_eq!(SessionKind::from_code(k.code()), Some(k));
        }
    }
}

/// Made-up entries for the tests: `n` of them, newest first, over a few provinces and years.
#[cfg(test)]
pub(crate) mod tests_support {
    use super::*;

    pub fn entries(n: usize) -> Vec<Entry> {
        let provinces = [("Lạng Sơn", "Bình Gia"), ("Đồng Nai", "Cẩm Mỹ"), ("Thanh Hóa", "Nghi Sơn"), ("Khánh Hòa", "Vạn Ninh")];
        (0..n)
            .map(|i| {
                let (province, district) = provinces[i % provinces.len()];
                let day = 28 - (i % 28) as u8;
                let year = 2025 - (i / 300) as i32 % 10;
                Entry {
                    id: format!("report-{i}"),
                    date: Date::new(year, 12 - (i / 28 % 12) as u8, day).unwrap(),
                    kind: SessionKind::ALL[i % SessionKind::ALL.len()],
                    province: Some(province.into()),
                    district: Some(district.into()),
                    title: [format!("Làm việc với huyện {district} số {i}"), format!("Working session with {district} district no. {i}")],
                    place: [format!("Huyện {district}, tỉnh {province}"), format!("{district} district, {province} province")],
                    people: vec![format!("Nguyễn Văn {i}")],
                }
            })
            .collect()
    }
}
