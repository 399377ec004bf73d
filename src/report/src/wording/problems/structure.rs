//! The messages for problems of the file's syntax and structure: what is wrong, in words, and the
//! fix ("write the number with a dot and no % sign: 107.5"). Field names and values appear as they
//! are written in JSON, in double quotes; never a Rust type.

use crate::json::fix::{self, DateFix};
use crate::lang::Locale;
use crate::problem::{Expect, Found, ProblemKind, Syntax};

/// `None` for the problems semantic.rs says.
pub fn describe(kind: &ProblemKind, l: Locale) -> Option<String> {
    let vi = l == Locale::Vi;
    let t = |v: String, e: String| Some(if vi { v } else { e });
    match kind {
        ProblemKind::Syntax(s) => Some(syntax(s, vi)),
        ProblemKind::WrongType { expected, found } => {
            let (want, got) = (expect(*expected, vi), found_as(found, vi));
            let head = if vi { format!("Ở đây cần {want}, nhưng lại là {got}.") } else { format!("This should be {want}, but it is {got}.") };
            Some(match wrong_type_fix(*expected, found, vi) {
                Some(fix) => format!("{head} {fix}"),
                None => head,
            })
        }
        ProblemKind::NotADate(written) => Some(date(written, vi)),
        ProblemKind::NotAChoice { written, allowed } => {
            let list = allowed.join(", ");
            match fix::closest(written, allowed) {
                Some(m) => t(
                    format!("\"{written}\" không phải giá trị được nhận: có phải ý bạn là \"{m}\"? Các giá trị: {list}."),
                    format!("\"{written}\" is not an allowed value: did you mean \"{m}\"? The values are: {list}."),
                ),
                None => t(
                    format!("\"{written}\" không phải giá trị được nhận. Các giá trị: {list}."),
                    format!("\"{written}\" is not an allowed value. The values are: {list}."),
                ),
            }
        }
        ProblemKind::UnknownField { name, allowed } => match fix::closest(name, allowed) {
            Some(m) => t(
                format!("Không có trường \"{name}\" ở đây: có phải ý bạn là \"{m}\"?"),
                format!("There is no field \"{name}\" here: did you mean \"{m}\"?"),
            ),
            None => {
                let list = allowed.join(", ");
                t(
                    format!("Không có trường \"{name}\" ở đây. Các trường dùng được ở đây: {list}."),
                    format!("There is no field \"{name}\" here. The fields allowed here are: {list}."),
                )
            }
        },
        ProblemKind::MissingField { name, expected } => {
            let want = expect(*expected, vi);
            t(
                format!("Thiếu trường bắt buộc \"{name}\": thêm trường này ({want})."),
                format!("The required field \"{name}\" is missing: add it ({want})."),
            )
        }
        ProblemKind::DuplicateField(name) => t(
            format!("Trường \"{name}\" được ghi hai lần trong cùng một đối tượng: chỉ giữ một."),
            format!("The field \"{name}\" is written twice in the same object: keep one."),
        ),
        ProblemKind::NumberTooLarge(n) => t(
            format!("Số {n} quá lớn, không đọc được: kiểm tra lại số chữ số."),
            format!("The number {n} is too large to be read: check its digits."),
        ),
        _ => None,
    }
}

fn expect(e: Expect, vi: bool) -> String {
    let (v, en) = match e {
        Expect::Number => ("một số, ví dụ 107.5", "a number, such as 107.5"),
        Expect::Count => ("một số nguyên, ví dụ 1", "a whole number, such as 1"),
        Expect::Flag => ("true hoặc false", "true or false"),
        Expect::Str => ("một chuỗi trong dấu ngoặc kép", "a text in double quotes"),
        Expect::Text => ("văn bản hai ngôn ngữ {\"vi\": \"…\", \"en\": \"…\"}", "a text in both languages, {\"vi\": \"…\", \"en\": \"…\"}"),
        Expect::Date => ("một ngày dạng \"YYYY-MM-DD\"", "a date as \"YYYY-MM-DD\""),
        Expect::List => ("một danh sách [ … ]", "a list [ … ]"),
        Expect::Object => ("một đối tượng { … }", "an object { … }"),
        Expect::Choice(names) => {
            let list = names.join(", ");
            return if vi { format!("một trong các giá trị {list}") } else { format!("one of {list}") };
        }
    };
    (if vi { v } else { en }).to_owned()
}

fn found_as(f: &Found, vi: bool) -> String {
    match f {
        Found::Null => "null".to_owned(),
        Found::Flag(b) => b.to_string(),
        Found::Number(n) if vi => format!("số {n}"),
        Found::Number(n) => format!("the number {n}"),
        Found::Str(s) if vi => format!("chuỗi \"{s}\""),
        Found::Str(s) => format!("the text \"{s}\""),
        Found::List => (if vi { "một danh sách [ … ]" } else { "a list [ … ]" }).to_owned(),
        Found::Object => (if vi { "một đối tượng { … }" } else { "an object { … }" }).to_owned(),
    }
}

/// The fix for the usual mix-ups: a number in quotes, a text in one language only, a single value
/// where a list goes.
fn wrong_type_fix(expected: Expect, found: &Found, vi: bool) -> Option<String> {
    Some(match (expected, found) {
        (Expect::Number, Found::Str(s)) => {
            let Some(n) = fix::number(s) else {
                return Some(if vi { "Viết một số, không có dấu ngoặc kép." } else { "Write a number, without quotes." }.to_owned());
            };
            let mut how: Vec<&str> = vec![if vi { "không có dấu ngoặc kép" } else { "without quotes" }];
            if n.decimal_comma {
                how.push(if vi { "dùng dấu chấm cho phần thập phân" } else { "with a dot for decimals" });
            }
            if n.grouping {
                how.push(if vi { "không có dấu phân cách hàng nghìn" } else { "without thousands separators" });
            }
            if n.percent {
                how.push(if vi { "không có dấu %" } else { "no % sign" });
            }
            let and = if vi { " và " } else { " and " };
            let how = match how.split_last() {
                Some((last, [])) => (*last).to_owned(),
                Some((last, rest)) => format!("{}{and}{last}", rest.join(", ")),
                None => String::new(),
            };
            let mut s = if vi { format!("Viết số {how}: {}", n.number) } else { format!("Write the number {how}: {}", n.number) };
            if let Some(g) = n.or_grouped {
                s += &if vi { format!(" (hoặc {g} nếu dấu chấm phân cách hàng nghìn)") } else { format!(" (or {g} if the dot separates thousands)") };
            }
            s + "."
        }
        (Expect::Str | Expect::Date, Found::Number(n)) => {
            if vi { format!("Đặt trong dấu ngoặc kép: \"{n}\".") } else { format!("Put it in double quotes: \"{n}\".") }
        }
        (Expect::Flag, Found::Str(s)) if s == "true" || s == "false" => {
            if vi { format!("Viết {s} không có dấu ngoặc kép.") } else { format!("Write {s} without quotes.") }
        }
        (Expect::Text, Found::Str(s)) => {
            if vi { format!("Viết: {{\"vi\": \"{s}\", \"en\": \"…\"}}.") } else { format!("Write it as {{\"vi\": \"{s}\", \"en\": \"…\"}}.") }
        }
        (Expect::List, Found::Str(_) | Found::Object | Found::Number(_)) => {
            (if vi { "Đặt giá trị trong danh sách: [ … ], kể cả khi chỉ có một." } else { "Put it in a list, [ … ], even when there is only one." }).to_owned()
        }
        (Expect::Choice(names), Found::Number(_) | Found::Flag(_)) => {
            let list = names.join(", ");
            if vi { format!("Viết một trong các giá trị trong dấu ngoặc kép: {list}.") } else { format!("Write one of the values, in double quotes: {list}.") }
        }
        _ => return None,
    })
}

fn date(written: &str, vi: bool) -> String {
    match fix::date(written) {
        DateFix::Rewrite(d) => {
            if vi { format!("\"{written}\": viết ngày dạng YYYY-MM-DD: {d}.") } else { format!("\"{written}\": write dates as YYYY-MM-DD: {d}.") }
        }
        DateFix::NoSuchDay { year, month, day, days } => {
            if vi {
                format!("Ngày \"{written}\" không có: tháng {month}/{year} chỉ có {days} ngày (không có ngày {day}).")
            } else {
                format!("\"{written}\" does not exist: month {month} of {year} has {days} days (there is no day {day}).")
            }
        }
        DateFix::NoSuchMonth(m) => {
            if vi { format!("\"{written}\": không có tháng {m}; viết ngày dạng YYYY-MM-DD.") } else { format!("\"{written}\": there is no month {m}; write dates as YYYY-MM-DD.") }
        }
        DateFix::YearOutOfRange(_) => {
            if vi { format!("\"{written}\": năm phải từ 1 đến 9999.") } else { format!("\"{written}\": the year must be between 1 and 9999.") }
        }
        DateFix::Unknown => {
            if vi { format!("\"{written}\" không phải một ngày: viết ngày dạng YYYY-MM-DD, ví dụ 2023-09-14.") } else { format!("\"{written}\" is not a date: write dates as YYYY-MM-DD, such as 2023-09-14.") }
        }
    }
}

fn syntax(s: &Syntax, vi: bool) -> String {
    let t = |v: String, e: String| if vi { v } else { e };
    let closer_of = |c: char| if c == '{' { '}' } else { ']' };
    match s {
        Syntax::Empty => t("Tệp trống.".into(), "The file is empty.".into()),
        Syntax::EndsOpen { opener, line } => {
            let close = closer_of(*opener);
            t(
                format!("Tệp kết thúc khi dấu {opener} mở ở dòng {line} chưa được đóng: thiếu dấu {close}, hoặc tệp bị cắt ngắn."),
                format!("The file ends before the {opener} opened on line {line} is closed: a {close} is missing, or the file was cut short."),
            )
        }
        Syntax::EndsInText => t(
            "Tệp kết thúc giữa một chuỗi: thiếu dấu \" đóng chuỗi.".into(),
            "The file ends inside a text: its closing \" is missing.".into(),
        ),
        Syntax::TrailingComma { closer } => t(
            format!("Dấu phẩy trước {closer}: xóa dấu phẩy này (sau mục cuối cùng không có dấu phẩy)."),
            format!("A comma before {closer}: remove it (no comma goes after the last entry)."),
        ),
        Syntax::ExtraComma => t("Một dấu phẩy thừa: xóa nó.".into(), "One comma too many: remove it.".into()),
        Syntax::MissingComma { in_object } => {
            let (v, e) = if *in_object { ("trường", "fields") } else { ("mục", "entries") };
            t(format!("Thiếu dấu phẩy ở đây, giữa hai {v}."), format!("A comma is missing here, between two {e}."))
        }
        Syntax::MissingColon => t("Thiếu dấu hai chấm : sau tên trường.".into(), "A colon : is missing after the field name.".into()),
        Syntax::MissingValue => t("Thiếu giá trị ở đây.".into(), "A value is missing here.".into()),
        Syntax::UnquotedKey(k) => t(
            format!("Tên trường phải nằm trong dấu ngoặc kép: \"{k}\"."),
            format!("Field names go in double quotes: \"{k}\"."),
        ),
        Syntax::SingleQuotes => t(
            "JSON dùng dấu ngoặc kép \" quanh chuỗi và tên trường, không dùng dấu nháy đơn '.".into(),
            "JSON puts texts and field names in double quotes \", not single quotes '.".into(),
        ),
        Syntax::Comment => t(
            "JSON không có chú thích: xóa phần bắt đầu bằng // hoặc /*.".into(),
            "JSON has no comments: remove the text starting with // or /*.".into(),
        ),
        Syntax::NotAValue(w) => {
            let lower = w.to_ascii_lowercase();
            let (v, e) = match lower.as_str() {
                "nan" | "infinity" | "inf" => ("viết một số, hoặc bỏ trường này", "write a number, or leave the field out"),
                "true" | "false" => ("viết true hoặc false bằng chữ thường", "write true or false in lowercase"),
                "none" | "null" | "nil" | "undefined" => ("viết null, hoặc bỏ trường này", "write null, or leave the field out"),
                _ => ("chuỗi phải nằm trong dấu ngoặc kép", "texts go in double quotes"),
            };
            t(format!("{w} không phải giá trị JSON: {v}."), format!("{w} is not a JSON value: {e}."))
        }
        Syntax::DecimalComma(n) => {
            let fixed = n.replace(',', ".");
            t(
                format!("Dấu phẩy thập phân trong {n}: viết số với dấu chấm: {fixed}."),
                format!("A decimal comma in {n}: write the number with a dot: {fixed}."),
            )
        }
        Syntax::BadNumber(n) => t(
            format!("{n} không phải số JSON đọc được: viết chữ số, dấu chấm cho phần thập phân, không có số 0 hay dấu + ở đầu, ví dụ 107.5."),
            format!("{n} is not a number JSON can read: write digits, a dot for decimals, no leading 0 or +, such as 107.5."),
        ),
        Syntax::LineBreakInText => t(
            "Chuỗi chưa được đóng khi hết dòng: thêm dấu \" ở cuối chuỗi (hoặc viết \\n để xuống dòng trong chuỗi).".into(),
            "A text runs past the end of its line: add its closing \" (or write \\n for a line break inside it).".into(),
        ),
        Syntax::ControlInText(c) => t(
            format!("Ký tự điều khiển U+{c:04X} trong chuỗi: xóa nó, hoặc viết dạng thoát như \\t."),
            format!("A control character U+{c:04X} inside a text: remove it, or write it as an escape such as \\t."),
        ),
        Syntax::BadEscape(e) => t(
            format!("{e} không phải ký tự thoát JSON: viết \\\\ cho dấu gạch chéo ngược."),
            format!("{e} is not an escape JSON knows: write \\\\ for a backslash."),
        ),
        Syntax::HalfCharacter(e) => t(
            format!("{e} chỉ là một nửa ký tự: viết cả hai nửa (ví dụ \\ud83d\\ude00) hoặc chính ký tự đó."),
            format!("{e} is half of a character: write both halves (such as \\ud83d\\ude00) or the character itself."),
        ),
        Syntax::AfterEnd => t(
            "Còn nội dung sau khi báo cáo đã đóng bằng }: xóa phần thừa (mỗi tệp chỉ chứa một báo cáo).".into(),
            "Something follows the report's closing }: remove it (a file holds one report).".into(),
        ),
        Syntax::TooDeep(n) => t(
            format!("Các dấu {{ và [ lồng nhau quá {n} tầng: một báo cáo không cần sâu như vậy."),
            format!("Brackets {{ and [ nested more than {n} deep: no report goes that deep."),
        ),
        Syntax::Unexpected(c) => t(format!("Ký tự \"{c}\" không đúng chỗ."), format!("The character \"{c}\" does not belong here.")),
    }
}
