//! The editor's one way into the draft extractor (issue 12, `crate::draft`): an article's text in,
//! a draft report out, or why the text cannot give one.
//!
//! STAND-IN until the extractor is merged: the article's first line as the title, a date written
//! in it as the session's date, and its paragraphs as one section; no figures, no people.

use crate::core::date::Date;
use crate::core::report::{Meta, Report, Section, SectionKind, Source, FORMAT_VERSION};
use crate::core::text::Text;

/// A draft report, and what the extractor asks an editor to check (each note in both languages).
#[derive(Debug, Clone, PartialEq)]
pub struct Drafted {
    pub report: Report,
    pub to_check: Vec<String>,
}

/// The draft report of `article`, or a message (in Vietnamese and English) saying why there is none.
pub fn draft(article: &str) -> Result<Drafted, String> {
    stand_in(article).map(|report| Drafted { report, to_check: Vec::new() })
}

fn stand_in(article: &str) -> Result<Report, String> {
    let lines: Vec<&str> = article.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    let Some(title) = lines.first() else {
        return Err("Bài báo trống. / The article is empty.".into());
    };
    let vi = |s: &str| Text { vi: Some(s.to_owned()), en: None };
    let date = article.split(|c: char| !(c.is_ascii_digit() || c == '/')).find_map(date_of).unwrap_or(Date { year: 2020, month: 1, day: 1 });
    Ok(Report {
        schema: None,
        format: FORMAT_VERSION,
        meta: Meta {
            title: vi(title),
            lede: None,
            event_date: date,
            published: None,
            place: vi("[nơi làm việc]"),
            source: Source { outlet: vi("[tên báo]"), url: None },
            author: None,
            photos: Vec::new(),
        },
        participants: Vec::new(),
        sections: vec![Section {
            id: "noi-dung".into(),
            kind: SectionKind::Other,
            title: vi("Nội dung"),
            paragraphs: lines[1..].iter().map(|l| vi(l)).collect(),
            items: Vec::new(),
            indicators: Vec::new(),
        }],
        indicators: Vec::new(),
    })
}

fn date_of(s: &str) -> Option<Date> {
    let mut parts = s.split('/').map(str::parse::<u32>);
    let (d, m, y) = (parts.next()?.ok()?, parts.next()?.ok()?, parts.next()?.ok()?);
    Date::new(y as i32, m as u8, d as u8).ok()
}
