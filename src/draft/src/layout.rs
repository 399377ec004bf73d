//! The article's parts as a news page lays them out: date line, title, lede with the outlet's
//! marker, paragraphs and photo captions, byline. Lines before the title and after the byline are
//! the page's menu, share buttons and related links, and are left out.

use report::date::Date;

use super::dates::date_line;
use super::outlet::split_marker;
use super::text::{is_capitalised, sentences};

#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    Paragraph(String),
    Caption(String),
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Layout {
    pub published: Option<Date>,
    pub title: Option<String>,
    pub marker: Option<String>,
    pub lede: Option<String>,
    pub body: Vec<Block>,
    pub author: Option<String>,
    /// Lines dropped as the page's chrome (menus before the title, links after the byline).
    pub dropped: usize,
}

pub fn layout(lines: &[String]) -> Layout {
    let mut out = Layout::default();
    let lede_at = lines.iter().position(|l| split_marker(l).is_some());
    // The date line nearest before the lede (a menu may sit above it), else the first anywhere.
    let date_at = lines[..lede_at.unwrap_or(lines.len())]
        .iter()
        .rposition(|l| date_line(l).is_some())
        .or_else(|| lines.iter().position(|l| date_line(l).is_some()));
    out.published = date_at.and_then(|i| date_line(&lines[i]));

    let body_start;
    match lede_at {
        Some(i) => {
            let (marker, lede) = split_marker(&lines[i]).expect("found above");
            out.marker = Some(marker.to_owned());
            out.lede = Some(lede.to_owned());
            // The title is the nearest line above the lede that is neither the date line nor a
            // byline in capitals (some outlets put the author under the title).
            out.title = lines[..i]
                .iter()
                .enumerate()
                .rev()
                .find(|&(k, l)| Some(k) != date_at && date_line(l).is_none() && !is_byline(l, None))
                .map(|(_, l)| l.clone());
            body_start = i + 1;
            let title_at = lines[..i].iter().rposition(|l| Some(l) == out.title.as_ref()).unwrap_or(0);
            out.dropped += title_at;
        }
        None => {
            // No marker: the first line after the date line that does not end a sentence is the
            // title, and the paragraph after it the lede.
            let from = date_at.map_or(0, |d| d + 1);
            let t = (from..lines.len()).find(|&k| !lines[k].ends_with('.')).unwrap_or(from);
            out.title = lines.get(t).cloned();
            out.lede = lines.get(t + 1).cloned();
            body_start = t + 2;
            out.dropped += t.saturating_sub(1);
        }
    }

    let rest = lines.get(body_start..).unwrap_or(&[]);
    let marker = out.marker.clone();
    let byline_at = rest
        .iter()
        .rposition(|l| is_byline(l, marker.as_deref()))
        .or_else(|| rest.last().filter(|l| is_short_name(l)).map(|_| rest.len() - 1));
    let body_end = byline_at.unwrap_or(rest.len());
    if let Some(b) = byline_at {
        out.author = Some(strip_marker(&rest[b], marker.as_deref()));
        out.dropped += rest.len() - b - 1;
    }
    out.body = rest[..body_end]
        .iter()
        .map(|l| if is_caption(l) { Block::Caption(l.clone()) } else { Block::Paragraph(l.clone()) })
        .collect();
    out
}

/// A byline: a name in capitals ("CÔNG QUÂN"), or a name followed by the outlet's marker
/// ("Hải Quân (BĐN)").
fn is_byline(line: &str, marker: Option<&str>) -> bool {
    let words: Vec<&str> = line.split(' ').collect();
    let all_caps = line.chars().any(char::is_alphabetic)
        && line.chars().all(|c| !c.is_lowercase())
        && (1..=6).contains(&words.len())
        && !line.chars().any(|c| c.is_ascii_digit());
    let with_marker = marker.is_some_and(|m| {
        line.strip_suffix(&format!("({m})")).is_some_and(|name| is_short_name(name.trim()))
    });
    all_caps || with_marker
}

/// Two to four capitalised words and nothing else: a name ("Thanh Nga").
fn is_short_name(line: &str) -> bool {
    let words: Vec<&str> = line.split(' ').collect();
    (2..=4).contains(&words.len()) && words.iter().all(|w| is_capitalised(w) && w.chars().all(char::is_alphabetic))
}

fn strip_marker(line: &str, marker: Option<&str>) -> String {
    match marker.and_then(|m| line.strip_suffix(&format!("({m})"))) {
        Some(name) => name.trim().to_owned(),
        None => line.to_owned(),
    }
}

/// A photo caption: one sentence at most, short, naming who is pictured doing what, and either
/// without a closing full stop, with a photo credit ("Ảnh: H.Quân"), or opening with the person.
fn is_caption(line: &str) -> bool {
    let words = line.split(' ').count();
    if words > 40 || line.ends_with(':') || line.ends_with(';') {
        return false;
    }
    if line.contains("Ảnh:") {
        return true;
    }
    let one_sentence = sentences(line).len() == 1;
    let pictured = ["phát biểu", "chủ trì", "trao", "thăm", "tặng", "kiểm tra thực tế", "chụp ảnh"]
        .iter()
        .any(|v| line.contains(v));
    let opens_with_person = ["Đồng chí ", "Ông ", "Bà "].iter().any(|p| line.starts_with(p));
    one_sentence && pictured && (!line.ends_with(['.', '…']) || opens_with_person && !line.contains(", đồng chí"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(s: &str) -> Vec<String> {
        s.lines().map(str::to_owned).filter(|l| !l.is_empty()).collect()
    }

    #[test]
    fn finds_the_parts_and_drops_the_chrome() {
        let l = lines(
            "Trang chủ\nThời sự\nThứ sáu, 12/7/2024 - 09:30\nTiêu đề bài báo\n(BĐN) - Chiều 11-7, đoàn làm việc.\n\
             Đoạn thứ nhất có nội dung.\nPhó bí thư Phạm Thị Ngọc Diệp phát biểu. Ảnh: H.Quân\n\
             Hải Quân (BĐN)\nChia sẻ\nTin liên quan",
        );
        let out = layout(&l);
        assert_eq!(out.published, Some("2024-07-12".parse().unwrap()));
        assert_eq!(out.title.as_deref(), Some("Tiêu đề bài báo"));
        assert_eq!(out.marker.as_deref(), Some("BĐN"));
        assert_eq!(out.lede.as_deref(), Some("Chiều 11-7, đoàn làm việc."));
        assert_eq!(out.author.as_deref(), Some("Hải Quân"));
        assert_eq!(out.body.len(), 2);
        assert!(matches!(out.body[1], Block::Caption(_)));
        assert_eq!(out.dropped, 3 + 2);
    }

    #[test]
    fn byline_under_the_title_is_not_the_title() {
        let l = lines("Thứ Tư, 03/11/2021\nChủ tịch làm việc với huyện\nXUÂN THÀNH\n(BKH) – Ngày 3/11/2021, ông.\nĐoạn.\nXUÂN THÀNH");
        let out = layout(&l);
        assert_eq!(out.title.as_deref(), Some("Chủ tịch làm việc với huyện"));
        assert_eq!(out.author.as_deref(), Some("XUÂN THÀNH"));
    }
}
