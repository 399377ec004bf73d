//! The seed report holds everything the seed article says: every number, every named person with
//! every role, every word of the Vietnamese as written, and an English text beside each.

use std::collections::BTreeSet;

use report::locale::{self, Locale};
use report::parse::parse_report;
use report::format::Report;
use report::text::Text;
use report::SEED_REPORT_JSON;

const ARTICLE: &str = include_str!("fixtures/seed-article.txt");

fn seed() -> Report {
    parse_report(SEED_REPORT_JSON).expect("the seed report is valid")
}

/// Every text the report carries, in one language, plus names, byline and formatted dates.
fn corpus(r: &Report, l: Locale) -> String {
    let mut texts: Vec<&Text> = vec![&r.meta.title, &r.meta.place, &r.meta.source.outlet];
    texts.extend(r.meta.lede.iter());
    texts.extend(r.meta.photos.iter().map(|p| &p.caption));
    for p in &r.participants {
        texts.extend(p.group.iter());
        texts.extend(p.roles.iter());
    }
    for s in &r.sections {
        texts.push(&s.title);
        texts.extend(s.paragraphs.iter().chain(&s.items));
    }
    for i in &r.indicators {
        texts.push(&i.label);
        texts.extend(i.unit.iter().chain(&i.period).chain(&i.note));
        texts.extend(i.counts.iter().flat_map(|c| std::iter::once(&c.label).chain(&c.unit)));
    }
    let pick = |t: &Text| match l {
        Locale::Vi => t.vi.clone(),
        Locale::En => t.en.clone(),
    };
    let mut out: Vec<String> = texts.into_iter().filter_map(pick).collect();
    out.extend(r.participants.iter().filter_map(|p| p.person.clone()));
    out.extend(r.meta.author.clone());
    out.push(locale::date(r.meta.event_date, l));
    out.extend(r.meta.published.map(|d| locale::date(d, l)));
    normalise(&out.join("\n"))
}

/// Folds the article's stray spacing (non-breaking spaces, doubled spaces) so that only words count.
fn normalise(s: &str) -> String {
    s.split(|c: char| c.is_whitespace()).filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ")
}

/// Number tokens as written: 5.755, 99,7, 28/11/2020, 2020-2025, 3.
fn numbers(s: &str) -> Vec<String> {
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_digit() {
            let start = i;
            while i < chars.len()
                && (chars[i].is_ascii_digit()
                    || (matches!(chars[i], '.' | ',' | '/' | '-')
                        && chars.get(i + 1).is_some_and(|c| c.is_ascii_digit())))
            {
                i += 1;
            }
            out.push(chars[start..i].iter().collect());
        } else {
            i += 1;
        }
    }
    out
}

fn words(s: &str) -> BTreeSet<String> {
    s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(|w| w.to_lowercase()).collect()
}

#[test]
fn every_number_in_the_article_is_in_the_report() {
    let vi = corpus(&seed(), Locale::Vi);
    let found = numbers(ARTICLE);
    assert!(found.len() >= 20, "the tokenizer finds the article's numbers: {found:?}");
    for n in found {
        assert!(vi.contains(&n), "the number {n} from the article is missing from the report");
    }
}

#[test]
fn every_word_of_the_article_is_in_the_report() {
    let report_words = words(&corpus(&seed(), Locale::Vi));
    let missing: Vec<String> = words(ARTICLE).difference(&report_words).cloned().collect();
    assert!(missing.is_empty(), "words of the article missing from the report: {missing:?}");
}

#[test]
fn every_named_person_is_a_participant_with_the_roles_the_article_gives() {
    let r = seed();
    let people: Vec<&str> = r.participants.iter().filter_map(|p| p.person.as_deref()).collect();
    // Names follow "đồng chí" and are runs of capitalised words ("Lâm Thị Phương Thanh").
    let lower = ARTICLE.to_lowercase();
    let mut named = BTreeSet::new();
    for (at, _) in lower.match_indices("đồng chí ") {
        let rest = &ARTICLE[at + "đồng chí ".len()..];
        let run: Vec<&str> = rest
            .split(' ')
            .map(|w| w.trim_end_matches(','))
            .take_while(|w| w.chars().next().is_some_and(char::is_uppercase))
            .collect();
        // Office titles such as "Bí thư Tỉnh ủy" have lowercase words; names are 2+ capitalised.
        if run.len() >= 2 {
            let cut = rest.find(',').unwrap_or(rest.len());
            named.insert(rest[..cut].trim().to_owned());
        }
    }
    assert_eq!(
        named.iter().map(String::as_str).collect::<BTreeSet<_>>(),
        BTreeSet::from(["Lâm Thị Phương Thanh", "Hồ Tiến Thiệu", "Đoàn Thị Hậu"]),
        "names found after \"đồng chí\""
    );
    for name in &named {
        assert!(people.contains(&name.as_str()), "{name} is not a participant");
    }
    // Every role the report gives is in the article (case and spacing aside): none invented.
    let article = normalise(&lower);
    for p in &r.participants {
        for role in &p.roles {
            let vi = role.vi.as_deref().unwrap().to_lowercase();
            assert!(article.contains(&vi), "role {vi:?} of {:?} is not in the article", p.person);
        }
    }
    let roles_of = |n: &str| -> Vec<&str> {
        r.participants.iter().find(|p| p.person.as_deref() == Some(n)).unwrap()
            .roles.iter().filter_map(|t| t.vi.as_deref()).collect()
    };
    assert_eq!(roles_of("Lâm Thị Phương Thanh"), ["Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy", "Trưởng đoàn"]);
    assert_eq!(roles_of("Hồ Tiến Thiệu"), ["Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"]);
    assert_eq!(roles_of("Đoàn Thị Hậu"), ["Phó Chủ tịch Thường trực HĐND tỉnh"]);
}

#[test]
fn every_indicator_figure_is_written_in_the_article() {
    let r = seed();
    let article = normalise(ARTICLE);
    let mut checked = 0;
    for ind in &r.indicators {
        let mut figures: Vec<String> = ind.counts.iter().map(|c| locale::number(c.value, 2, Locale::Vi)).collect();
        if let Some(v) = ind.value {
            figures.push(match &ind.currency {
                Some(c) => locale::money(v, c, ind.decimals, Locale::Vi).replace(" đồng", ""),
                None => locale::number(v, 2, Locale::Vi),
            });
        }
        if let Some(s) = ind.share_of_plan {
            figures.push(locale::number(s, 1, Locale::Vi));
        }
        for f in figures {
            assert!(article.contains(&f), "{}: {f} is not in the article", ind.id);
            checked += 1;
        }
    }
    assert_eq!(checked, 12, "every figure of the seed's seven indicators was checked");
    let budget = r.indicator("budget-revenue").unwrap();
    assert_eq!(budget.value, Some(86.6e9));
    assert!(article.contains("hơn 86,6 tỷ đồng"), "and it is \"more than\"");
}

#[test]
fn dates_match_the_article() {
    let r = seed();
    assert_eq!(r.meta.published.map(|d| locale::date(d, Locale::Vi)).as_deref(), Some("Thứ Bảy, 28/11/2020"));
    assert!(normalise(ARTICLE).starts_with("Thứ bảy, 28/11/2020"));
    assert_eq!(r.meta.event_date.to_string(), "2020-11-03");
    assert!(ARTICLE.contains("Hôm nay (3/11)"));
}

#[test]
fn every_text_has_both_languages() {
    let r = seed();
    let (vi, en) = (corpus(&r, Locale::Vi), corpus(&r, Locale::En));
    let json: serde_json::Value = serde_json::from_str(SEED_REPORT_JSON).unwrap();
    fn walk(v: &serde_json::Value, path: &str, out: &mut Vec<String>) {
        match v {
            serde_json::Value::Object(o) => {
                if o.contains_key("vi") || o.contains_key("en") {
                    let has = |k: &str| o.get(k).and_then(|s| s.as_str()).is_some_and(|s| !s.trim().is_empty());
                    if !(has("vi") && has("en")) {
                        out.push(path.to_owned());
                    }
                }
                for (k, v) in o {
                    walk(v, &format!("{path}.{k}"), out);
                }
            }
            serde_json::Value::Array(a) => {
                for (i, v) in a.iter().enumerate() {
                    walk(v, &format!("{path}[{i}]"), out);
                }
            }
            _ => {}
        }
    }
    let mut half = Vec::new();
    walk(&json, "", &mut half);
    assert!(half.is_empty(), "texts without both languages: {half:?}");
    // English keeps Vietnamese names with their diacritics.
    for name in ["Lâm Thị Phương Thanh", "Văn Lãng", "Na Sầm", "Tân Thanh"] {
        assert!(en.contains(name), "English text spells {name}");
    }
    assert!(vi.len() > 3000 && en.len() > 3000);
}
