//! A sentence's figures with what the article says about each: its qualifier, the plan, estimate
//! or target it is a share of and who set it, the part of a whole, its change on an earlier
//! period, a goal still ahead, related counts. A number that cannot be read this way is returned
//! as left in the text, with the reason, and is never guessed.

pub use super::figure::*;
use report::format::Qualifier;
use super::label::label_after;
use super::review::Reason;
use super::text::lower;
use super::tokens::{tokens, Shape, Token};
use super::wording::{against, deadline, ends_with_word, qualifier, reference, LOWER_BETTER};

/// The figures of one sentence, and the numbers in it left unread.
pub fn figures(sentence: &str, voice: Voice) -> (Vec<Figure>, Vec<Left>) {
    figures_in(sentence, voice, None)
}

/// As [`figures`], knowing the session's year: a figure due "đến năm" a later year is a goal.
pub fn figures_in(sentence: &str, voice: Voice, year: Option<i32>) -> (Vec<Figure>, Vec<Left>) {
    let mut figs = Vec::new();
    let mut left = Vec::new();
    for clause in sentence.split_inclusive([';', ':']) {
        clause_figures(sentence, clause, voice, year, &mut figs, &mut left);
    }
    for f in &mut figs {
        f.quote = sentence.to_owned();
    }
    (figs, left)
}

/// One clause (the sentence's text up to a `;` or `:`): each number is a goal, a change, a
/// share of the figure before it, or a figure of its own. Kept as one loop: which it is depends
/// on the figure before it in the clause (`main`) and where that figure's words ended.
fn clause_figures(sentence: &str, clause: &str, voice: Voice, year: Option<i32>, figs: &mut Vec<Figure>, left: &mut Vec<Left>) {
    let toks = tokens(clause);
    let lc = lower(clause);
    let due = deadline(clause);
    // "mục tiêu" alone also names programmes ("chương trình mục tiêu quốc gia"): only with a deadline.
    let goal_words = ["phấn đấu", "mục tiêu đến", "bảo đảm đến", "đảm bảo đến", "cam kết", "dự kiến", "đặt chỉ tiêu", "đặt mục tiêu", "theo kế hoạch", " sẽ là"]
        .iter()
        // "đã phấn đấu giảm xuống 7,47%": strove and got there, a result.
        .any(|w| lc.replace("đã phấn đấu", "").contains(w))
        // "đến năm 2015 có 9 xã": a year after the session's is still ahead.
        || due.as_deref().zip(year).is_some_and(|(d, y)| {
            let digits: String = d.chars().rev().take_while(|c| c.is_ascii_digit()).collect::<Vec<_>>().into_iter().rev().collect();
            digits.len() == 4 && digits.parse::<i32>().is_ok_and(|dy| dy > y)
        });
    let first_of_clause = figs.len();
    // The figure later shares and changes belong to, and where its words end.
    let mut main: Option<usize> = None;
    let mut label_from = 0;
    let leave = |t: &Token, reason: &'static str, left: &mut Vec<Left>| {
        left.push(Left { written: t.written(clause).to_owned(), reason, quote: sentence.to_owned() });
    };
    for (k, t) in toks.iter().enumerate() {
        let prev_end = if k == 0 { 0 } else { toks[k - 1].end };
        let lead = lc[prev_end.max(label_from).min(t.number.start)..t.number.start].trim_end().to_owned();
        let tail = &clause[t.end..];
        // "Tỷ lệ người từ 18 tuổi … được tiêm ít nhất 1 mũi … đạt 97,4%": numbers inside the
        // definition of a rate are part of its name.
        // A rate whose percentage came before this number is closed: "đạt tỷ lệ 57,5% (66,6 tỷ đồng)".
        let last_percent = toks[..k].iter().rev().find(|n| n.shape == Shape::Percent).map_or(0, |n| n.end);
        let rate_at = lc[..t.number.start].rfind("tỷ lệ").filter(|&i| i >= last_percent);
        let rate_follows = toks[k + 1..].iter().any(|n| n.shape == Shape::Percent);
        if rate_at.is_some() && rate_follows && t.shape != Shape::Percent {
            continue;
        }
        let (q, qlen) = qualifier(&lead, tail);
        let verb = lead[..lead.len() - qlen].trim_end();
        let change_verb = ["tăng", "giảm", "tăng thêm", "giảm thêm"].iter().find(|w| ends_with_word(verb, w));
        let before_words = || {
            let from = label_from.min(t.number.start);
            let cut = toks
                .iter()
                .filter(|o| o.shape != Shape::Bare)
                .map(|o| o.number.start)
                .filter(|&s| s >= from && s < t.number.start)
                .min();
            clause[from..cut.unwrap_or(t.number.start)].to_owned()
        };
        let after_words = || {
            let next_tok = toks[k + 1..].iter().find(|o| o.shape != Shape::Bare);
            let next = next_tok.map_or(tail.len(), |o| o.number.start - t.end);
            // "5/21 xã đạt và cơ bản đạt từ 14 đến 19 tiêu chí": a range after "từ" is what the
            // count is counted by, so it belongs to its words.
            // So is a threshold: "4 cục hải quan có số nợ thuế từ 1 tỷ trở lên".
            if let Some(r) = next_tok.filter(|_| ends_with_word(&lower(tail[..next].trim_end()), "từ")) {
                let upto = r.end - t.end;
                if r.high.is_some() {
                    return tail[..upto].trim().to_owned();
                }
                if tail[upto..].trim_start().starts_with("trở lên") {
                    let pad = tail[upto..].len() - tail[upto..].trim_start().len();
                    return tail[..upto + pad + "trở lên".len()].trim().to_owned();
                }
            }
            let seg = &tail[..next];
            let end = [", ", "; ", ";", " so với", " đối với ", " với ", ":", "."].iter().filter_map(|e| seg.find(e)).min().unwrap_or(seg.len());
            // Words that run into the next number ("1.698 người ở 120 xã") lead to it: its verb,
            // qualifier or preposition is not this figure's name. Words that end the clause are
            // all this figure's ("3/19 tiêu chí gần đạt").
            if end == seg.len() && next < tail.len() {
                return super::label::strip_trailing(seg[..end].trim());
            }
            seg[..end].trim().to_owned()
        };
        let estimate = lead.split(' ').rev().take(3).any(|w| w == "ước");
        let Some(value) = t.value() else {
            leave(t, "quá lớn / too large", left);
            continue;
        };
        // "(28,22% xuống 24,22%)" in a goal: the first is where it starts, today's level.
        let moves_on = toks.get(k + 1).is_some_and(|n| {
            n.shape == t.shape && ["xuống", "xuống còn", "lên", "lên đến"].contains(&lc[t.end..n.number.start].trim())
        });
        let ahead = goal_words && !moves_on || (voice == Voice::Directions && due.is_some() && (t.shape == Shape::Percent || ends_with_word(verb, "thêm")));
        if ahead {
            // "phấn đấu GDP tăng trên 10,5%": a goal of growth is a rate to reach; in its own
            // unit ("tăng thêm 100.000 tấn") it stays in the text.
            let mut label = label_after(label_from > 0, &before_words(), shape_unit(&t.shape).0.as_deref(), &after_words());
            let mut doubts = Vec::new();
            if let Some(v) = change_verb {
                if t.shape != Shape::Percent {
                    leave(t, "mục tiêu tăng/giảm / a goal of change", left);
                    continue;
                }
                label = format!("{label} {}", v.split(' ').next().unwrap_or(v));
                doubts.push(Reason::GoalOfGrowth);
            }
            let (unit, currency, percent) = shape_unit(&t.shape);
            figs.push(Figure {
                doubts,
                label,
                unit,
                currency,
                percent,
                decimals: t.number.decimals,
                // "16,7 triệu đồng/người/năm" as a goal: money per person and year, like a level.
                per: match &t.shape {
                    Shape::Money { per, .. } => per.clone(),
                    _ => None,
                },
                target: Some(Target { value, qualifier: q, deadline: due.clone() }),
                ..Figure::default()
            });
            label_from = t.end;
            continue;
        }
        if let Some(verb) = change_verb {
            // "đạt 915 tỷ đồng, tăng 30%": a change right after its amount, its base unwritten.
            let unstated = against(tail).is_none() && main.is_some_and(|m| !figs[m].percent && figs[m].value.is_some()) && t.shape == Shape::Percent;
            // "GRDP ước tăng 7,5%": a growth rate that is the figure itself.
            let growth = main.is_none()
                && against(tail).is_none()
                && t.shape == Shape::Percent
                && ["grdp", "gdp", "tăng trưởng", "tốc độ", "giá trị sản xuất", "chỉ số"].iter().any(|w| lower(&before_words()).contains(w));
            if growth {
                let label = format!("{} {}", label_after(label_from > 0, &before_words(), None, ""), verb.split(' ').next().unwrap_or(verb));
                let mut f = own(t, value, q, estimate, label);
                f.doubts.push(Reason::GrowthRate);
                figs.push(f);
                main = Some(figs.len() - 1);
                label_from = t.end;
                continue;
            }
            let Some(base) = against(tail).or_else(|| unstated.then(|| "(bài không nêu)".to_owned())) else {
                leave(t, "thay đổi không rõ so với gì / a change without what it is compared with", left);
                continue;
            };
            if unstated {
                if let Some(m) = main {
                    figs[m].doubts.push(Reason::BaseUnwritten);
                }
            }
            let sign = if verb.starts_with("giảm") { -1.0 } else { 1.0 };
            let measure = match t.shape {
                Shape::Percent => Measure::Percent,
                Shape::Points => Measure::Points,
                Shape::Bare => {
                    leave(t, "không có đơn vị / no unit", left);
                    continue;
                }
                _ => Measure::Absolute,
            };
            if measure == Measure::Percent && main.is_some_and(|m| figs[m].percent) {
                leave(t, "thay đổi của một tỷ lệ viết bằng %: phần trăm hay điểm phần trăm? / a change of a rate written with %: percent or points?", left);
                continue;
            }
            // The next figure's words start after this change and its base ("(tăng 13,4% so
            // với cùng kỳ năm trước), trong đó khách quốc tế là 204.000 lượt người").
            let next_from = main.map(|_| {
                let base_end = tail.find("so với ").and_then(|i| {
                    let from = i + "so với ".len();
                    let rest = &tail[from..];
                    let pad = rest.len() - rest.trim_start().len();
                    rest.trim_start().starts_with(base.as_str()).then(|| from + pad + base.len())
                });
                t.end + base_end.unwrap_or(0)
            });
            let change = Change { value: sign * value, measure, against: base };
            match main {
                Some(m) => {
                    figs[m].changes.push(change);
                    label_from = next_from.unwrap_or(label_from);
                }
                None => {
                    let (unit, currency, _) = shape_unit(&t.shape);
                    figs.push(Figure {
                        label: label_after(label_from > 0, &before_words(), None, ""),
                        unit: if measure == Measure::Absolute { unit } else { None },
                        currency: if measure == Measure::Absolute { currency } else { None },
                        changes: vec![change],
                        ..Figure::default()
                    });
                }
            }
            continue;
        }
        match &t.shape {
            Shape::Percent => {
                if ends_with_word(verb, "vượt") {
                    leave(t, "vượt bao nhiêu phần trăm / exceeded by a percentage", left);
                    continue;
                }
                if let Some(r) = reference(tail, value) {
                    match main {
                        Some(m) => figs[m].references.push(r),
                        None => figs.push(Figure {
                            label: label_after(label_from > 0, &before_words(), None, ""),
                            references: vec![r],
                            ..Figure::default()
                        }),
                    }
                    continue;
                }
                // A rate of its own after an amount: "(tỷ lệ 90,27%)", "giảm xuống 7,47%", "còn
                // 15,7%", "hoàn thành 84,3% nhiệm vụ".
                let own_rate = lc[label_from.min(t.number.start)..t.number.start].contains("tỷ lệ")
                    || ["xuống", "lên", "còn", "đạt đến", "là"].iter().any(|w| ends_with_word(verb, w))
                    || tail.trim_start().starts_with(|c: char| c.is_lowercase()) && !tail.trim_start().starts_with("so với");
                if main.is_some_and(|m| !figs[m].percent) && own_rate {
                    let mut label = label_after(label_from > 0, &before_words(), None, &after_words());
                    // "hoàn thành 84,3% nhiệm vụ": what it is a share of belongs to its label.
                    let of = after_words();
                    let named = tail.trim_start().starts_with(|c: char| c.is_lowercase()) && !of.is_empty();
                    if named && ends_with_word(verb, "chiếm") && of.split(' ').count() <= 10 {
                        // "49.000 ha đất canh tác, chiếm 17,7% diện tích canh tác ứng dụng công
                        // nghệ cao": the words after the share name it, not the amount's.
                        label = super::text::capitalise(&of);
                    } else if named && of.split(' ').count() <= 6 {
                        label = format!("{label} {of}");
                    }
                    figs.push(own(t, value, q, estimate, label));
                    main = Some(figs.len() - 1);
                    label_from = t.end;
                    continue;
                }
                if let Some(m) = main.filter(|&m| !figs[m].percent) {
                    // "1.579,96 tỷ đồng (chiếm 59,4%)": the amount's share of the whole before it.
                    if ends_with_word(verb, "chiếm") {
                        let mut f = own(t, value, q, estimate, figs[m].label.clone());
                        f.doubts.push(Reason::ShareOfPrevious);
                        figs.push(f);
                        label_from = t.end;
                        continue;
                    }
                    leave(t, "tỷ lệ so với gì không rõ / a share of something not named", left);
                    continue;
                }
                let mut label = label_after(label_from > 0, &before_words(), None, "");
                // "triển khai nghiêm túc 100% nhiệm vụ": what it is a percentage of follows it.
                let of = after_words();
                if tail.trim_start().starts_with(|c: char| c.is_lowercase()) && !of.is_empty() && of.split(' ').count() <= 6 {
                    label = if label == "Số liệu" { super::text::capitalise(&of) } else { format!("{label} {of}") };
                }
                figs.push(own(t, value, q, estimate, label));
                main = Some(figs.len() - 1);
                label_from = t.end;
            }
            Shape::Points => leave(t, "điểm phần trăm không rõ của gì / percentage points of what?", left),
            Shape::Bare => {
                // "số lượng sinh viên ĐH là 54.926": a count whose noun is written before it.
                let words = before_words();
                let lw = lower(words.trim_end());
                let counted = ["số lượng ", "tổng số "].iter().any(|c| lw.rsplit(", ").next().is_some_and(|p| p.starts_with(c) || p.contains(&format!(" {c}"))))
                    && ["là", "đạt", "có"].iter().any(|v| ends_with_word(&lw, v));
                let year_like = t.number.decimals == 0 && (1900.0..=2100.0).contains(&value) && !t.written(clause).contains('.');
                if counted && !year_like {
                    figs.push(own(t, value, q, estimate, label_after(label_from > 0, &words, None, "")));
                    main = Some(figs.len() - 1);
                    label_from = t.end;
                } else {
                    leave(t, "không có đơn vị / no unit", left);
                }
            }
            Shape::Count { unit } => {
                // "7 tổ chức đảng, 20 đảng viên": counts of one action, in one indicator.
                let joined = clause[prev_end..t.number.start].trim();
                let prev_count = k > 0 && matches!(toks[k - 1].shape, Shape::Count { .. }) && main == Some(figs.len() - 1);
                if prev_count && q.is_none() && (joined == "," || joined == "và") && figs.len() > first_of_clause {
                    let f = figs.last_mut().expect("main is the last figure");
                    if f.counts.is_empty() {
                        if let (Some(v), Some(u)) = (f.value.take(), f.unit.take()) {
                            f.counts.push(Count { label: super::text::capitalise(&u), value: v });
                            f.decimals = 0;
                        }
                    }
                    f.counts.push(Count { label: super::text::capitalise(unit), value });
                    f.label = label_after(false, group_words(clause, &toks, k), None, &after_words());
                } else {
                    let mut label = label_after(label_from > 0, &before_words(), Some(unit), &after_words());
                    let mut doubts = Vec::new();
                    // "1.698 người ở 120 xã", "194 hợp tác xã với trên 90 ngàn thành viên": two
                    // figures in one phrase, the second said of the first.
                    let link = lead[..lead.len() - qlen].trim();
                    if let Some(m) = main.filter(|&m| k > 0 && toks[k - 1].end >= label_from && m == figs.len() - 1) {
                        let prev = &figs[m];
                        if ["ở", "tại", "trong", "của"].contains(&link) {
                            label = format!("{} {link} {unit}", prev.label);
                            doubts.push(Reason::TwoFigures);
                        } else if link == "với" {
                            if let Some(of) = prev.unit.as_deref() {
                                label = format!("{label} ({of})");
                                doubts.push(Reason::TwoFigures);
                            }
                        }
                    }
                    let mut f = own(t, value, q, estimate, label);
                    f.doubts.extend(doubts);
                    figs.push(f);
                    main = Some(figs.len() - 1);
                }
                label_from = t.end;
            }
            Shape::Money { .. } => {
                let mut label = label_after(label_from > 0, &before_words(), None, "");
                // "hỗ trợ 82,56 tỷ đồng từ chương trình … để tỉnh đẩy nhanh tiến độ di dời":
                // money asked for or spent is named by what it is for.
                if let Some(purpose) = purpose(&after_words()) {
                    label = format!("{label} {purpose}");
                }
                figs.push(own(t, value, q, estimate, label));
                main = Some(figs.len() - 1);
                label_from = t.end;
            }
            Shape::Part { unit, .. } => {
                let label = label_after(label_from > 0, &before_words(), unit.as_deref(), &after_words());
                figs.push(own(t, value, None, false, label));
                main = Some(figs.len() - 1);
                label_from = t.end;
            }
        }
    }
    // A label that names nothing ("Số liệu", "(tương đương", "(chiếm"): the figure before it in
    // the clause names it ("2.659,96 tỷ đồng (tương đương 115,15 triệu USD)").
    for i in first_of_clause.max(1)..figs.len() {
        let l = lower(&figs[i].label);
        // "tổn thất điện năng trên 10% … giảm xuống 7,47%", "(28,22% xuống 24,22%)": words that
        // only say where the figure moved to name nothing either.
        let moved = l.split(' ').all(|w| ["giảm", "tăng", "xuống", "lên", "còn", "trở", "đến", "tới", "về", "mức", "từ", "(", ")"].contains(&w));
        let empty = l == "số liệu" || moved || l.starts_with('(') || l.ends_with('(') || ["tương đương", "hay", "tức", "bằng"].contains(&l.as_str());
        // "(năm 2012 đạt …, năm 2000 là 53,7 tỷ đồng)": a period alone names the figure before it.
        let period_only = (l.starts_with("năm ") || l.starts_with("tháng ")) && l.split(' ').count() == 2 && l.chars().any(|c| c.is_ascii_digit());
        if period_only && figs[i - 1].unit == figs[i].unit && figs[i - 1].currency == figs[i].currency {
            figs[i].label = figs[i - 1].label.clone();
            figs[i].doubts.push(Reason::LabelFromPrevious);
            continue;
        }
        if empty && i > first_of_clause {
            figs[i].label = figs[i - 1].label.clone();
            figs[i].doubts.push(Reason::LabelFromPrevious);
        }
    }
    // A label that may not name the figure: the editor checks it first.
    for f in &mut figs[first_of_clause..] {
        let l = lower(f.label.trim_end_matches(['…', '.', ' ']));
        let last = l.split(' ').next_back().unwrap_or("");
        let weak = l == "số liệu"
            || l.split(' ').count() == 1
            || ["ở", "tại", "đến", "với", "của", "cho", "(", "và", "là", "trong"].contains(&last)
            || l.starts_with(|c: char| c.is_ascii_digit())
            || ["năm 1", "năm 2", "tính đến", "quý ", "tháng "].iter().any(|p| l.starts_with(p));
        if weak && !f.doubts.iter().any(|d| d.about_label()) {
            f.doubts.push(Reason::LabelWeak);
        }
    }
    for f in &mut figs[first_of_clause..] {
        let words = lower(&format!("{} {}", f.label, f.unit.clone().unwrap_or_default()));
        f.lower_better = LOWER_BETTER.iter().any(|w| words.contains(w));
    }
}

/// The words before a group of counts ("kiểm tra 7 tổ chức đảng, 20 đảng viên"): from the
/// figure before the group, or the clause's start, to the group's first count.
fn group_words<'a>(clause: &'a str, toks: &[Token], k: usize) -> &'a str {
    let joins = |i: usize| matches!(clause[toks[i - 1].end..toks[i].number.start].trim(), "," | "và");
    let mut first = k;
    while first > 0 && matches!(toks[first - 1].shape, Shape::Count { .. }) && joins(first) {
        first -= 1;
    }
    let start = if first == 0 { 0 } else { toks[first - 1].end };
    &clause[start..toks[first].number.start]
}

/// "để tỉnh đẩy nhanh tiến độ di dời các hộ dân …" after an amount: what it is for, up to ten
/// words and before a place ("tại xã …").
fn purpose(after: &str) -> Option<String> {
    let i = if after.starts_with("để ") { 0 } else { after.find(" để ")? + 1 };
    let p = &after[i..];
    let p = [" tại ", " ở "].iter().filter_map(|w| p.find(w)).min().map_or(p, |j| &p[..j]);
    Some(p.split(' ').take(10).collect::<Vec<_>>().join(" "))
}

/// A figure of its own, read from token `t`: its value in its shape's unit, currency or percent.
fn own(t: &Token, value: f64, qualifier: Option<Qualifier>, estimate: bool, label: String) -> Figure {
    let (unit, currency, percent) = shape_unit(&t.shape);
    Figure {
        doubts: if t.high.is_some() { vec![Reason::Range] } else { Vec::new() },
        label,
        value: Some(value),
        // In the scale the lower end was read in ("28.000 - 34.000 tỷ": both in tỷ).
        value_to: t.high.filter(|_| t.number.value != 0.0).map(|h| h.value * value / t.number.value).filter(|&to| to > value),
        per: match &t.shape {
            Shape::Money { per, .. } => per.clone(),
            _ => None,
        },
        decimals: t.number.decimals,
        qualifier,
        unit,
        currency,
        percent,
        total: match &t.shape {
            Shape::Part { total, .. } => Some(total.value),
            _ => None,
        },
        // A part of a whole is counted, not estimated.
        estimate: estimate && !matches!(t.shape, Shape::Part { .. }),
        ..Figure::default()
    }
}

fn shape_unit(shape: &Shape) -> (Option<String>, Option<&'static str>, bool) {
    match shape {
        Shape::Percent => (None, None, true),
        Shape::Money { currency, .. } => (None, Some(currency), false),
        Shape::Count { unit } => (Some(unit.clone()), None, false),
        Shape::Part { unit, .. } => (unit.clone(), None, false),
        Shape::Points | Shape::Bare => (None, None, false),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(s: &str) -> Figure {
        let (mut f, _) = figures(s, Voice::Report);
        assert_eq!(f.len(), 1, "{f:#?}");
        f.remove(0)
    }

    #[test]
    fn a_figure_with_two_plans_and_a_change() {
        let f = one("Tổng thu ngân sách ước đạt 318,46 tỷ đồng, đạt 61% kế hoạch tỉnh giao, đạt 57% kế hoạch HĐND huyện giao, tăng 12,8% so với cùng kỳ.");
        assert_eq!((f.value, f.decimals, f.currency, f.estimate), (Some(318_460_000_000.0), 2, Some("VND"), true));
        let refs: Vec<(RefKind, Option<&str>, f64)> = f.references.iter().map(|r| (r.kind, r.by.as_deref(), r.share)).collect();
        assert_eq!(refs, [(RefKind::Plan, Some("tỉnh giao"), 61.0), (RefKind::Plan, Some("HĐND huyện giao"), 57.0)]);
        assert_eq!(f.changes, [Change { value: 12.8, measure: Measure::Percent, against: "cùng kỳ".into() }]);
        assert_eq!(f.label, "Tổng thu ngân sách");
    }

    #[test]
    fn parts_rates_points_and_counts() {
        let f = one("toàn huyện có 29/47 trường học đạt chuẩn quốc gia.");
        assert_eq!((f.value, f.total, f.unit.as_deref()), (Some(29.0), Some(47.0), Some("trường học")));
        let f = one("tỷ lệ tổ chức đảng được kiểm tra có vi phạm chiếm 14,3%, giảm 1,6 điểm phần trăm so với năm 2021.");
        assert!(f.percent && f.lower_better);
        assert_eq!(f.changes, [Change { value: -1.6, measure: Measure::Points, against: "năm 2021".into() }]);
        let f = one("cấp ủy đã kiểm tra 7 tổ chức đảng, 20 đảng viên.");
        let counts: Vec<(&str, f64)> = f.counts.iter().map(|c| (c.label.as_str(), c.value)).collect();
        assert_eq!((f.value, counts), (None, vec![("Tổ chức đảng", 7.0), ("Đảng viên", 20.0)]));
        let f = one("Huyện phấn đấu đến hết năm 2024 giải ngân trên 90% kế hoạch vốn.");
        let t = f.target.unwrap();
        assert_eq!((t.value, t.qualifier, t.deadline.as_deref()), (90.0, Some(Qualifier::MoreThan), Some("đến hết năm 2024")));
    }

    #[test]
    fn two_figures_in_one_phrase() {
        let (f, _) = figures("Số người chết do AIDS tích lũy đến nay là 777 người ở 11 huyện, thành phố.", Voice::Report);
        assert_eq!(f.len(), 2, "{f:#?}");
        assert_eq!(f[0].label, "Số người chết do AIDS tích lũy đến nay");
        assert_eq!(f[1].label, "Số người chết do AIDS tích lũy đến nay ở huyện, thành phố");
        assert!(!f[1].doubts.is_empty());
        let (f, _) = figures("Đã có 194 hợp tác xã với trên 90 ngàn thành viên tham gia.", Voice::Report);
        assert_eq!(f[1].label, "Ngàn thành viên tham gia (hợp tác xã)");
        let (f, _) = figures("Hiện tại, số lượng sinh viên ĐH là 54.926.", Voice::Report);
        assert_eq!((f[0].value, f[0].unit.as_deref(), f[0].label.as_str()), (Some(54926.0), None, "Số lượng sinh viên ĐH"));
        let (f, _) = figures("Toàn huyện có 5/21 xã đạt và cơ bản đạt từ 14 đến 19 tiêu chí.", Voice::Report);
        assert_eq!(f[0].label, "Xã đạt và cơ bản đạt từ 14 đến 19 tiêu chí");
    }

    #[test]
    fn a_growth_rate_is_a_figure() {
        let f = one("GRDP 6 tháng đầu năm ước tăng 7,5%.");
        assert_eq!((f.value, f.percent, f.estimate), (Some(7.5), true, true));
        assert_eq!(f.label, "GRDP 6 tháng đầu năm tăng");
    }

    #[test]
    fn where_a_figure_moves_from_and_to() {
        // Genre phrasings, written for this test: a goal "from A down to B" starts at today's
        // level, and the words "xuống", "giảm xuống" name no figure: the one before names both.
        let (f, _) = figures("Năm nay phấn đấu giảm tỷ lệ hộ nghèo từ 12,5% xuống 9,8%.", Voice::Report);
        assert_eq!(f.len(), 2, "{f:#?}");
        assert_eq!((f[0].value, f[0].target.is_none()), (Some(12.5), true));
        assert_eq!(f[1].target.as_ref().map(|t| t.value), Some(9.8));
        assert_eq!(f[1].label, f[0].label);
        // "đã phấn đấu": strove and got there, a result, not a goal.
        let (f, _) = figures("Trước đây tỷ lệ thất thoát trên 12% thì nay công ty đã phấn đấu giảm xuống 8,1%.", Voice::Report);
        assert_eq!(f.iter().map(|f| (f.value, f.target.is_some())).collect::<Vec<_>>(), [(Some(12.0), false), (Some(8.1), false)]);
        assert_eq!(f[1].label, f[0].label);
        // A goal in money per person and year keeps what it is per.
        let f = one("Phấn đấu thu nhập bình quân đầu người năm 2026 đạt 52 triệu đồng/người/năm.");
        assert_eq!((f.target.as_ref().map(|t| t.value), f.per.as_deref()), (Some(52_000_000.0), Some("người/năm")));
    }

    #[test]
    fn what_it_cannot_read_it_leaves() {
        for (s, written) in [
            ("tỷ lệ hộ nghèo giảm 4,2%, còn 21,37%.", "4,2%"),
            ("kết nạp 156 đảng viên, vượt 5,4% chỉ tiêu Nghị quyết.", "5,4%"),
            ("huyện đã giải ngân 281,2 tỷ đồng, đạt 41,2%.", "41,2%"),
            ("sản phẩm đạt tiêu chuẩn 3 sao.", "3"),
        ] {
            let (_, left) = figures(s, Voice::Report);
            assert_eq!(left.iter().map(|l| l.written.as_str()).collect::<Vec<_>>(), [written], "{s}");
        }
    }
}
