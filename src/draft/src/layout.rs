//! The article's parts as a news page lays them out: date line, title, lede with the outlet's
//! marker, paragraphs and photo captions, byline. Lines before the title and after the byline are
//! the page's menu, share buttons and related links, and are left out.

use report::date::Date;

use super::dates::{crawl_date, date_line};
use super::outlet::{credit, split_marker};
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
    /// An aggregator's line naming the outlet after its crawl date ("TTXVN", "Chính Phủ").
    pub outlet_line: Option<String>,
    /// The aggregator's crawl date, when the page has one.
    pub crawled: Option<Date>,
    /// The outlet a sign-off credits ("Chu Quốc Hùng (TTXVN)").
    pub credit_outlet: Option<String>,
}

pub fn layout(lines: &[String]) -> Layout {
    let mut out = Layout::default();
    // An aggregator's crawl ends with its date line ("27/05/13 20:45 GMT+7"), the category, the
    // keywords and the outlet's short name: the page's chrome, but for the date and the outlet.
    let crawl_at = lines.iter().enumerate().skip(2).find(|(_, l)| crawl_date(l).is_some()).map(|(i, _)| i);
    let lines = match crawl_at {
        Some(t) => {
            let tail = &lines[t + 1..];
            out.outlet_line = tail
                .last()
                .filter(|l| tail.len() >= 2 && !l.contains(',') && !l.ends_with('.') && (1..=5).contains(&l.split(' ').count()))
                .cloned();
            out.crawled = crawl_date(&lines[t]);
            out.dropped += tail.len() + 1;
            &lines[..t]
        }
        None => lines,
    };
    let lede_at = lines.iter().position(|l| split_marker(l).is_some());
    // The date line nearest before the lede (a menu may sit above it), else the first anywhere.
    let date_at = lines[..lede_at.unwrap_or(lines.len())]
        .iter()
        .rposition(|l| date_line(l).is_some())
        .or_else(|| lines.iter().position(|l| date_line(l).is_some()));
    out.published = date_at.and_then(|i| date_line(&lines[i])).or(out.crawled);

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
    // A repost's byline in Markdown bold ("**Lê Thu**") may come before the article's own lede
    // reposted as a teaser: what follows it stays.
    let bold = byline_at.is_some_and(|b| rest[b].starts_with("**"));
    if let Some(b) = byline_at {
        out.author = Some(strip_marker(&rest[b], marker.as_deref()));
        if !bold {
            out.dropped += rest.len() - b - 1;
        }
    }
    let after_byline: Vec<String> = match byline_at {
        Some(b) if bold => rest[b + 1..].to_vec(),
        _ => Vec::new(),
    };
    // A lede copied with the body run into it (one line from an aggregator or an app): the lede
    // is its first paragraph, at most its first sentence when that paragraph is long.
    let mut body: Vec<Block> = Vec::new();
    if let Some(lede) = out.lede.clone() {
        let mut pieces = run_in(&lede).into_iter();
        if let Some(Block::Paragraph(first) | Block::Caption(first)) = pieces.next() {
            let all = sentences(&first);
            if all.len() > 3 {
                out.lede = Some(all[0].to_owned());
                let after = first[all[0].len()..].trim();
                body.extend(run_in(after));
            } else {
                out.lede = Some(first);
            }
        }
        body.extend(pieces);
    }
    // The line under a picture ("[img]", a Markdown image) is its caption.
    let mut under_picture = false;
    for l in rest[..body_end].iter().chain(after_byline.iter()) {
        if is_placeholder(l) {
            under_picture = l == "[img]" || l.starts_with("![");
            continue;
        }
        if std::mem::take(&mut under_picture) && l.split(' ').count() <= 30 && !l.ends_with(':') {
            body.push(Block::Caption(l.clone()));
            continue;
        }
        body.extend(run_in(l));
    }
    // A sign-off at the end of the text ("Tác giả: Trang Lê", "… ./. Nguyễn Quỳnh/VOV.VN", "Bài,
    // ảnh: Chu Quốc Hùng (TTXVN)"): the byline, and the outlet it credits.
    if out.author.is_none() {
        if let Some(last) = body.pop() {
            let text = match &last {
                Block::Paragraph(t) | Block::Caption(t) => t.clone(),
            };
            let cut = [text.rfind("./.").map(|i| i + 3), text.rfind(". ").map(|i| i + 1), text.rfind("… ").map(|i| i + '…'.len_utf8())]
                .into_iter()
                .flatten()
                .max();
            if let Some(c) = credit(&text) {
                out.author = c.author;
                out.credit_outlet = c.outlet;
            } else if let Some(c) = cut.and_then(|i| credit(&text[i..]).map(|c| (i, c))) {
                out.author = c.1.author;
                out.credit_outlet = c.1.outlet;
                let kept = text[..c.0].trim().to_owned();
                body.push(match last {
                    Block::Paragraph(_) => Block::Paragraph(kept),
                    Block::Caption(_) => Block::Caption(kept),
                });
            } else {
                body.push(last);
            }
        }
    }
    out.body = body;
    out
}

/// "[img]", a Markdown image or rule, a teaser link: where a picture or a link was, no text.
fn is_placeholder(line: &str) -> bool {
    line == "[img]" || line.starts_with("![") || line.chars().all(|c| matches!(c, '-' | '=' | '*' | '_')) || line.starts_with("[:")
}

/// A line cut where its paragraphs were run together: a sentence glued to the next ("thiết
/// thực.Trên cơ sở đó"), a caption glued to the text ("… làm việc với tỉnh Hòa BìnhTheo tỉnh …"),
/// a caption with its credit in the middle of the text ("… Cao Lãnh. Ảnh: Chương Đài/TTXVN Theo
/// ông …"), and a long run of sentences at the sentences that open a paragraph in the genre
/// ("Phát biểu tại buổi làm việc, …", "Tại buổi làm việc, …").
pub fn run_in(line: &str) -> Vec<Block> {
    let mut out = Vec::new();
    for piece in glued(line) {
        let glued_piece = piece.len() < line.len();
        for (text, caption) in credits(piece) {
            if caption || is_caption(text) || glued_piece && is_short_caption(text) {
                out.push(Block::Caption(text.to_owned()));
            } else {
                out.extend(openers(text).into_iter().map(|p| Block::Paragraph(p.to_owned())));
            }
        }
    }
    out
}

/// Pieces of `line` between glued paragraph breaks: a `.`, `!`, `?` or `…` right after a
/// lower-case letter and right before a capitalised word; or a word whose lower-case letters
/// run straight into a capitalised word ("BìnhTheo"; not "iPhone", "VnExpress").
fn glued(line: &str) -> Vec<&str> {
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    let mut cuts = Vec::new();
    for k in 1..chars.len().saturating_sub(2) {
        let (i, c) = chars[k];
        let prev = chars[k - 1].1;
        let (next, after) = (chars[k + 1].1, chars[k + 2].1);
        if matches!(c, '.' | '!' | '?' | '…') && (prev.is_lowercase() || prev == ')' || prev == '"' || prev == '”') && next.is_uppercase() && after.is_lowercase() {
            cuts.push(i + c.len_utf8());
        } else if c.is_lowercase() && prev.is_lowercase() && next.is_uppercase() && after.is_lowercase() {
            cuts.push(chars[k + 1].0);
        }
    }
    let mut out = Vec::new();
    let mut start = 0;
    for c in cuts {
        out.push(line[start..c].trim());
        start = c;
    }
    out.push(line[start..].trim());
    out.into_iter().filter(|p| !p.is_empty()).collect()
}

/// The text with its captions cut out where a photo credit ("Ảnh: Chương Đài/TTXVN", "Ảnh
/// VGP/Lê Sơn") ends one: each part, and whether it is a caption (the sentence before the credit
/// and the credit).
fn credits(text: &str) -> Vec<(&str, bool)> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(at) = rest.find("Ảnh: ").or_else(|| rest.find("Ảnh ").filter(|&i| rest[i + "Ảnh ".len()..].split(' ').next().is_some_and(|w| w.contains('/')))) {
        let after = rest[at..].split_once(' ').map_or("", |x| x.1);
        // The credit: up to the first word with a "/" or a "." (a name and an outlet, "T.H",
        // "lamdongtv.vn"), or two capitalised words.
        let mut end = at + rest[at..].len() - after.len();
        for (taken, w) in after.split(' ').enumerate() {
            if taken == 4 || w.is_empty() {
                break;
            }
            end += w.len() + 1;
            if w.contains('/') || w.contains('.') {
                break;
            }
        }
        let end = end.min(rest.len());
        // The caption starts after the sentence before it.
        let before = &rest[..at];
        let mut start = before.trim_end().trim_end_matches('.').rfind(". ").map_or(0, |i| i + 2);
        // A caption is short: a long sentence before the credit is text, the credit alone a caption.
        if before[start..].split(' ').count() > 30 {
            start = at;
        }
        if start > 0 {
            out.push((rest[..start].trim(), false));
        }
        out.push((rest[start..end].trim(), true));
        rest = &rest[end..];
    }
    if !rest.trim().is_empty() {
        out.push((rest.trim(), false));
    }
    out.into_iter().filter(|(p, _)| !p.is_empty()).collect()
}

/// A short piece cut from a run-in line without a closing stop: a caption ("Đoàn kiểm tra làm
/// việc với tỉnh Hòa Bình", "Quang cảnh buổi làm việc").
fn is_short_caption(text: &str) -> bool {
    let words = text.split(' ').count();
    (words <= 25 && !text.ends_with(['.', '…', ':', ';', '!', '?', '"', '”']) && sentences(text).len() == 1)
        || (words <= 15 && ["Quang cảnh", "Toàn cảnh", "Các đại biểu dự", "Đoàn công tác thăm"].iter().any(|c| text.starts_with(c)))
}

/// Sentences that open a paragraph in the genre; a long run of sentences is cut before them.
const OPENERS: [&str; 18] = [
    "Phát biểu", "Tại buổi làm việc", "Tại cuộc làm việc", "Tại buổi", "Kết luận", "Theo báo cáo", "Báo cáo",
    "Theo ", "Về ", "Đối với", "Thay mặt", "Trước đó", "Cùng ngày", "Trong năm", "Năm 20", "Bên cạnh", "Ngoài ra",
    "Trước những",
];

fn openers(text: &str) -> Vec<&str> {
    let all = sentences(text);
    // "Kết luận buổi làm việc, …" always opens a paragraph of its own.
    let concludes = |s: &str| ["Kết luận", "Phát biểu kết luận", "Kết thúc buổi làm việc"].iter().any(|o| s.starts_with(o));
    if all.len() <= 4 && !all.iter().skip(1).any(|s| concludes(s)) {
        return vec![text];
    }
    let long = all.len() > 6;
    let mut out = Vec::new();
    let mut start = 0;
    for s in all.iter().skip(1) {
        let at = s.as_ptr() as usize - text.as_ptr() as usize;
        // A speaker who concludes, directs or proposes starts a paragraph of their own.
        let speech = all.len() > 4
            && super::speech::speech(&super::text::lower(s)).is_some_and(|k| !matches!(k, report::format::SectionKind::Discussion))
            || concludes(s);
        if long && OPENERS.iter().any(|o| s.starts_with(o)) || speech {
            out.push(text[start..at].trim());
            start = at;
        }
    }
    out.push(text[start..].trim());
    out.into_iter().filter(|p| !p.is_empty()).collect()
}

/// A byline: a name in capitals ("CÔNG QUÂN"), or a name followed by the outlet's marker
/// ("Hải Quân (BĐN)").
fn is_byline(line: &str, marker: Option<&str>) -> bool {
    // "**Lê Thu**": a byline in Markdown bold.
    if let Some(name) = line.strip_prefix("**").and_then(|l| l.strip_suffix("**")) {
        return is_short_name(name.trim());
    }
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
    let line = line.trim_matches('*').trim();
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
