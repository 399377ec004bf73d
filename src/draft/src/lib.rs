//! From article text to a draft report (issue 12): paste a Vietnamese work-session article, get
//! a report that passes the widget's validation, with every figure traced to its sentence.
//!
//! Pure: no web-sys, gloo, yew or js-sys, so the editor page can run it in the browser. It never
//! invents: every number in an indicator is read from the article, a number it cannot read stays
//! in its paragraph (and is listed for review), and English is only suggested, for the genre's fixed
//! vocabulary (`english/`), each suggestion flagged for review.

pub mod dates;
pub mod english;
pub mod figure;
pub mod figures;
pub mod indicators;
// Scoring drafts against answer keys: the `draft` command and the tests only.
#[cfg(not(target_arch = "wasm32"))]
pub mod keyscore;
pub mod label;
pub mod layout;
pub mod number;
pub mod outlet;
pub mod people;
pub mod period;
pub mod place;
pub mod review;
pub mod score;
pub mod sections;
mod speech;
pub mod text;
pub mod tokens;
pub mod units;
pub mod wording;

use std::collections::HashSet;

use report::date::Date;
use report::format::{Meta, Participant, Photo, Report, Section, SectionKind, Side, Source, FORMAT_VERSION};
use report::text::Text;

use figures::Voice;
use layout::{layout, Block};
use report::path::Path;
pub use review::{Flag, Reason};
pub use text::Unusable;

/// A draft report and what the editor should know about it.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    pub report: Report,
    /// What was found, one line each.
    pub found: Vec<String>,
    /// What needs an editor's eye: guesses from outside the text, numbers left in it.
    pub review: Vec<String>,
    /// The parts to check first, each at its path in `report` with its reason (`review.rs`):
    /// beside the report, never in it; the editor page lists them first.
    pub flags: Vec<Flag>,
    /// The article gives no date at all: `meta.event_date` is a placeholder the editor must
    /// replace (the command exits 4, "needs review").
    pub date_missing: bool,
}

/// What a doubt is about while the draft is made: an indicator's id, a person's name and a
/// section's id are known before their places in the report are; [`flag_paths`] turns them into
/// paths once it is built.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Subject {
    /// A field of `meta` ("event_date", "place", "source.outlet").
    Meta(&'static str),
    Indicator(String),
    Person(String),
    Section(String),
}

/// The flags at their paths in `report`, in the report's order (meta, participants, sections,
/// indicators), one per place and reason.
fn flag_paths(report: &Report, doubts: &[(Subject, Reason)]) -> Vec<Flag> {
    let mut flags: Vec<((u8, usize), Flag)> = Vec::new();
    for (subject, reason) in doubts {
        let (rank, path) = match subject {
            Subject::Meta(field) => ((0, 0), field.split('.').fold(Path::new().field("meta"), |p, f| p.field(f))),
            Subject::Person(name) => {
                let Some(i) = report.participants.iter().position(|p| p.person.as_deref() == Some(name)) else { continue };
                ((1, i), Path::new().field("participants").index(i))
            }
            Subject::Section(id) => {
                let Some(i) = report.sections.iter().position(|s| &s.id == id) else { continue };
                ((2, i), Path::new().field("sections").index(i))
            }
            Subject::Indicator(id) => {
                let Some(i) = report.indicators.iter().position(|x| &x.id == id) else { continue };
                ((3, i), Path::new().field("indicators").index(i))
            }
        };
        let flag = Flag { path: path.into_string(), reason: *reason };
        if !flags.iter().any(|(_, f)| *f == flag) {
            flags.push((rank, flag));
        }
    }
    flags.sort_by_key(|(rank, _)| *rank);
    flags.into_iter().map(|(_, f)| f).collect()
}

fn vi(s: &str) -> Text {
    Text { vi: Some(s.to_owned()), en: None }
}

pub fn draft(article: &str) -> Result<Draft, Unusable> {
    draft_with(article, &english::Glossary::builtin())
}

/// [`draft`], with English suggested from `glossary` (the built-in one extended by a newsroom's).
pub fn draft_with(article: &str, glossary: &english::Glossary) -> Result<Draft, Unusable> {
    let lines = text::clean_lines(article)?;
    let page = layout(&lines);
    let mut found = Vec::new();
    let mut review = Vec::new();
    let mut flags: Vec<(Subject, Reason)> = Vec::new();
    let lede = page.lede.clone().unwrap_or_default();

    let published = page.published;
    // Without a date line, the year comes from the article's own words ("quý I/2025").
    let whole = lines.join("\n");
    let year = published.map(|p| p.year).or_else(|| dates::year_in_text(&whole));
    // The lede says when the session was; a date further on is a deadline or a period's bound.
    // A lede with no day (a one-line body, a standfirst) leaves the body's first sentences.
    let opening: String = page
        .body
        .iter()
        .take(2)
        .map(|b| match b {
            Block::Paragraph(p) | Block::Caption(p) => text::sentences(p).into_iter().take(3).collect::<Vec<_>>().join(" "),
        })
        .collect::<Vec<_>>()
        .join(" ");
    let event = dates::event_date_in(&lede, published, year).or_else(|| dates::event_date_in(&opening, published, year));
    let mut date_missing = false;
    let event_date = match (event, published) {
        (Some(d), _) => {
            if published.is_none() {
                review.push(format!("meta.event_date: năm {} lấy từ nội dung bài (không có dòng ngày đăng): hãy kiểm tra. / meta.event_date: the year {} comes from the text (no date line): check it.", d.year, d.year));
                flags.push((Subject::Meta("event_date"), Reason::YearFromText));
            }
            d
        }
        (None, Some(p)) => {
            review.push("Không thấy ngày làm việc: dùng ngày đăng bài. / No session date found: the publication date is used.".into());
            flags.push((Subject::Meta("event_date"), Reason::PublicationDate));
            p
        }
        (None, None) => {
            // Nothing to date it by: a placeholder the editor must replace, said where it is.
            date_missing = true;
            let placeholder = Date::new(year.unwrap_or(2000), 1, 1).expect("1 January is a day");
            review.push(format!(
                "meta.event_date: KHÔNG CÓ NGÀY trong bài — tạm ghi {placeholder}, hãy ghi ngày làm việc. / meta.event_date: NO DATE in the article — {placeholder} is a placeholder: write the session's date."
            ));
            flags.push((Subject::Meta("event_date"), Reason::DateNotFound));
            placeholder
        }
    };
    // A session reported before it happened is a misread date: keep the session's day only.
    let published = published.filter(|p| *p >= event_date);

    let known = page.marker.as_deref().and_then(outlet::known);
    let outlet = match (&page.marker, known) {
        (Some(m), Some(o)) => format!("{} ({m})", o.name),
        (Some(m), None) => {
            review.push(format!("Tên báo \"{m}\" chưa biết: hãy ghi tên đầy đủ. / Outlet marker \"{m}\" is unknown: write the outlet's full name."));
            m.clone()
        }
        (None, _) => {
            // No marker opening the lede: the aggregator's outlet line, the sign-off's outlet, a
            // marker further on, the outlet of a photo credit.
            let elsewhere = page
                .outlet_line
                .clone()
                .or_else(|| page.credit_outlet.clone())
                .or_else(|| lines.iter().find_map(|l| outlet::marker_in(l)).map(str::to_owned))
                .or_else(|| lines.iter().find_map(|l| outlet::photo_credit_outlet(l)).map(str::to_owned));
            match elsewhere {
                Some(o) => {
                    review.push(format!("meta.source.outlet: \"{o}\" lấy từ dòng ký tên / nguồn ảnh: hãy ghi tên đầy đủ. / meta.source.outlet: \"{o}\" from the sign-off or a photo credit: write the full name."));
                    flags.push((Subject::Meta("source.outlet"), Reason::OutletFromSignoff));
                    o
                }
                None => {
                    review.push("Không thấy ký hiệu báo (\"LSO-\", \"(BĐN) -\"): hãy ghi tên báo. / No outlet marker found: write the outlet's name.".into());
                    "[Tên báo]".into()
                }
            }
        }
    };
    let names: Vec<String> =
        people::people(&lede, &[], &[page.title.as_deref().unwrap_or(""), &opening]).persons.into_iter().map(|p| p.name).collect();
    // "Thành ủy Nguyễn Công Soái" is a person's office, not a city.
    let locality = place::locality(&lede)
        .or_else(|| page.title.as_deref().and_then(place::locality))
        .filter(|l| !names.iter().any(|n| l.contains(n.as_str()) || n.contains(l.split_once(' ').map_or("", |x| x.1))));
    let place = match place::place(locality.as_deref(), known.map(|o| o.province)).or_else(|| {
        // No outlet table to lean on: the body or unit the text says the session was with or at.
        // A stop between them: a lede cut off in the source ("trên địa bàn TP Đà Nẵn") does not
        // run into the title. The body visited, if the opening names one, comes before a unit
        // the lede or the title only mentions (`visited` looks for a body first).
        let head = format!("{}. {}", lede.trim_end_matches('.'), page.title.as_deref().unwrap_or(""));
        let p = place::body_visited(&format!("{head}. {opening}"))
            .or_else(|| place::unit_named(&head, &names))
            .or_else(|| place::unit_named(&opening, &names))
            .map(|p| text::capitalise(&p));
        if let Some(p) = &p {
            review.push(format!("meta.place: \"{p}\" đoán từ câu mở đầu: hãy kiểm tra. / meta.place: \"{p}\" guessed from the opening: check it."));
            flags.push((Subject::Meta("place"), Reason::PlaceGuessed));
        }
        p
    }) {
        Some(p) => {
            if known.is_some() {
                flags.push((Subject::Meta("place"), Reason::ProvinceFromOutlet));
                review.push(format!("Địa điểm \"{p}\": tỉnh lấy theo tờ báo, bài không ghi. / Place \"{p}\": the province comes from the outlet, not the text."));
            }
            p
        }
        None => {
            review.push("Không thấy địa điểm: hãy ghi. / No place found: write it.".into());
            "[Địa điểm]".into()
        }
    };

    let paragraphs: Vec<&Block> = page.body.iter().collect();
    let listing: Vec<&str> = paragraphs
        .iter()
        .filter_map(|b| match b {
            Block::Paragraph(p) if people::is_participant_paragraph(p) => Some(p.as_str()),
            _ => None,
        })
        .collect();
    let rest: Vec<&str> = paragraphs
        .iter()
        .map(|b| match b {
            Block::Paragraph(p) | Block::Caption(p) => p.as_str(),
        })
        .filter(|p| !listing.contains(p))
        .collect();
    let mut who = people::people(&lede, &listing, &rest);
    // "Chủ tịch EVN" when the lede names "Tập đoàn Điện lực Việt Nam (EVN)": the body visited.
    let short_names: Vec<String> = [lede.as_str(), opening.as_str()]
        .iter()
        .flat_map(|t| t.match_indices('(').filter_map(|(i, _)| t[i + 1..].split(')').next().map(str::to_owned)))
        .filter(|a| (2..=8).contains(&a.chars().count()) && a.chars().all(|c| c.is_uppercase() || c == '&'))
        .collect();
    for p in who.persons.iter_mut().filter(|p| p.side == Side::Other) {
        if p.roles.iter().any(|r| r.split(' ').any(|w| short_names.iter().any(|a| a == w))) {
            p.side = Side::Host;
            flags.push((Subject::Person(p.name.clone()), Reason::SideGuessed));
        }
    }
    for name in people::settle_sides(&mut who) {
        flags.push((Subject::Person(name), Reason::SideGuessed));
    }

    let body: Vec<&Block> =
        paragraphs.into_iter().filter(|b| !matches!(b, Block::Paragraph(p) if listing.contains(&p.as_str()))).collect();
    let (mut drafted, captions) = sections::sections(&body);
    if drafted.is_empty() {
        drafted.push(sections::DraftSection {
            kind: SectionKind::Other,
            paragraphs: vec![lede.clone()],
            items: Vec::new(),
            sources: vec![text::sentences(&lede).into_iter().map(str::to_owned).collect()],
        });
    }

    let mut used_ids = HashSet::new();
    let mut section_ids: Vec<String> = Vec::new();
    let mut sections_out = Vec::new();
    let mut indicators = Vec::new();
    let mut left = Vec::new();
    for s in &drafted {
        let mut id = sections::id(s.kind).to_owned();
        let mut n = 2;
        while section_ids.contains(&id) {
            id = format!("{}-{n}", sections::id(s.kind));
            n += 1;
        }
        section_ids.push(id.clone());
        let voice = match s.kind {
            SectionKind::Directives | SectionKind::Conclusion | SectionKind::ProposedTasks => Voice::Directions,
            _ => Voice::Report,
        };
        let mut shown = Vec::new();
        let sentences = s.sources.iter().flat_map(|paragraph| {
            // A period opening a sentence ("Năm 2020, …", "tính đến hết tháng 10/2020, …") holds
            // for the figures of the rest of its paragraph; goals ahead have deadlines instead.
            let mut current: Option<String> = None;
            paragraph.iter().map(move |sentence| {
                if let Some(p) = period::period(sentence) {
                    current = Some(p);
                }
                (sentence, current.clone().filter(|_| voice == Voice::Report))
            })
        });
        for (sentence, period) in sentences {
            let (figs, l) = figures::figures_in(sentence, voice, Some(event_date.year).filter(|_| !date_missing));
            if !l.is_empty() {
                flags.push((Subject::Section(id.clone()), Reason::NumberLeft));
            }
            left.extend(l);
            for mut f in figs {
                f.period = period.clone();
                match indicators::indicator(&f, &mut used_ids) {
                    Ok(ind) => {
                        for d in &f.doubts {
                            flags.push((Subject::Indicator(ind.id.clone()), *d));
                        }
                        shown.push(ind.id.clone());
                        indicators.push(ind);
                    }
                    Err(reason) => {
                        flags.push((Subject::Section(id.clone()), Reason::NumberLeft));
                        left.extend(f.changes.iter().map(|c| figures::Left {
                        written: format!("{} ({})", c.value, c.against),
                        reason,
                        quote: f.quote.clone(),
                    }))
                    }
                }
            }
        }
        if s.kind == SectionKind::Other {
            flags.push((Subject::Section(id.clone()), Reason::SectionKind));
        }
        sections_out.push(Section {
            id,
            kind: s.kind,
            title: vi(sections::title(s.kind)),
            paragraphs: s.paragraphs.iter().map(|p| vi(p)).collect(),
            items: s.items.iter().map(|p| vi(p)).collect(),
            indicators: shown,
        });
    }

    let photos = captions
        .iter()
        .map(|c| Photo { caption: vi(&c.text), src: None, section: c.after_section.map(|i| section_ids[i].clone()) })
        .collect();
    let mut participants: Vec<Participant> = who
        .persons
        .iter()
        .map(|p| Participant { person: Some(p.name.clone()), group: None, roles: p.roles.iter().map(|r| vi(r)).collect(), side: p.side })
        .collect();
    participants.extend(who.groups.iter().map(|g| Participant { person: None, group: Some(vi(&g.name)), roles: Vec::new(), side: g.side }));
    participants.sort_by_key(|p| match p.side {
        Side::Delegation => 0,
        Side::Host => 1,
        Side::Other => 2,
    });

    let title = match &page.title {
        Some(t) => t.clone(),
        None => {
            review.push("Không thấy tiêu đề: hãy ghi. / No title found: write it.".into());
            "[Tiêu đề]".into()
        }
    };
    found.push(format!("tiêu đề / title: {title}"));
    found.push(format!("ngày làm việc / session: {event_date}; ngày đăng / published: {}", published.map_or("—".into(), |d| d.to_string())));
    found.push(format!("báo / outlet: {outlet}; tác giả / author: {}", page.author.as_deref().unwrap_or("—")));
    found.push(format!("nơi / place: {place}"));
    found.push(format!(
        "{} người, {} nhóm / {} persons, {} groups",
        who.persons.len(), who.groups.len(), who.persons.len(), who.groups.len()
    ));
    found.push(format!(
        "{} phần, {} chỉ số, {} ảnh / {} sections, {} indicators, {} photo captions",
        sections_out.len(), indicators.len(), photos_len(&captions), sections_out.len(), indicators.len(), photos_len(&captions)
    ));
    if page.dropped > 0 {
        found.push(format!("bỏ {} dòng ngoài bài (menu, liên kết) / {} lines of page chrome left out", page.dropped, page.dropped));
    }
    if indicators.is_empty() {
        review.push("Bài không có số liệu nào đọc được: báo cáo không có chỉ số. / No figures found: the report has no indicators.".into());
    }
    for l in &left {
        review.push(format!("để lại trong bài / left in the text: \"{}\" — {}", l.written, l.reason));
    }
    review.push("Tiêu đề các phần là tiêu đề chung theo loại; tiếng Anh của chức vụ, địa danh, đơn vị, tiêu đề… là gợi ý theo bảng thuật ngữ, phần văn xuôi để trống. / Section titles are generic for their kind; English for offices, places, units, headings… is suggested from the glossary, prose is left for you.".into());

    let report = Report {
        schema: Some("../report.schema.json".into()),
        format: FORMAT_VERSION,
        meta: Meta {
            title: vi(&title),
            lede: page.lede.as_deref().map(vi),
            event_date,
            published,
            place: vi(&place),
            source: Source { outlet: vi(&outlet), url: None },
            author: page.author.clone(),
            photos,
        },
        participants,
        sections: sections_out,
        indicators,
    };
    let mut report = report;
    let mut flags = flag_paths(&report, &flags);
    // After the draft's own doubts, which matter more: one per text given suggested English.
    flags.extend(english::suggest(&mut report, glossary).0);
    Ok(Draft { report, found, review, flags, date_missing })
}

fn photos_len(c: &[sections::Caption]) -> usize {
    c.len()
}
