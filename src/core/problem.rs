//! What can be wrong with a report, where, and how to say it in either language.

use super::locale::{number, percent, Locale};
use super::validate::MAX_TEXT_CHARS;

/// One thing wrong with a report, located by its JSON path (`sections[2].title`) and, when the
/// parser knows it, by line and column in the source text.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    /// JSON path in the form `meta.title.vi`, `sections[2].indicators[0]`; empty for the whole file.
    pub path: String,
    /// 1-based line and column in the JSON text.
    pub at: Option<(usize, usize)>,
    pub kind: ProblemKind,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ProblemKind {
    /// Not JSON at all; the parser's own words.
    Syntax(String),
    /// JSON, but not of the report's shape (wrong type, missing or unknown field); serde's words.
    Shape(String),
    /// Valid JSON, but not an object (an array, a string…).
    NotAnObject,
    MissingFormat,
    UnsupportedFormat(String),
    /// A text with neither Vietnamese nor English.
    EmptyText,
    BlankName,
    /// A text with this many characters, over the limit.
    TextTooLong(usize),
    PersonAndGroup,
    NeitherPersonNorGroup,
    NoSections,
    BadId,
    DuplicateId(String),
    UnknownIndicator(String),
    UnknownSection(String),
    NotFinite,
    Negative,
    NotPositive,
    ShareDisagrees { stated: f64, computed: f64 },
    UnitAndCurrency,
    BadCurrency,
    NoValueOrCounts,
    QualifierWithoutValue,
    BadUrl,
    PublishedBeforeEvent,
    /// `percent` together with `unit` or `currency`.
    PercentWithUnit,
    TooManyDecimals,
    /// A field that only means something next to `value` (`total`, `decimals`), without one.
    NeedsValue(&'static str),
    /// A part larger than its whole: 16 of 15 communes.
    PartExceedsWhole,
    /// A reference with neither the referenced figure nor a share.
    EmptyReference,
    /// An indicator no section lists: readers would never see it.
    IndicatorNotShown(String),
}

impl Problem {
    pub fn at(path: impl Into<String>, kind: ProblemKind) -> Self {
        Self { path: path.into(), at: None, kind }
    }

    pub fn describe(&self, locale: Locale) -> String {
        self.kind.describe(locale)
    }
}

impl ProblemKind {
    pub fn describe(&self, locale: Locale) -> String {
        use ProblemKind::*;
        let vi = locale == Locale::Vi;
        let pick = |v: &str, e: &str| if vi { v.to_owned() } else { e.to_owned() };
        match self {
            Syntax(m) => {
                if vi { format!("Không phải JSON hợp lệ: {}", parser_message_vi(m)) } else { format!("Not valid JSON: {m}") }
            }
            Shape(m) => {
                if vi { format!("Sai cấu trúc: {}", parser_message_vi(m)) } else { format!("Wrong structure: {m}") }
            }
            NotAnObject => pick(
                "Báo cáo phải là một đối tượng JSON, bắt đầu bằng {.",
                "A report must be a JSON object, starting with {.",
            ),
            MissingFormat => pick(
                "Thiếu trường \"format\" (phiên bản định dạng, hiện là 1).",
                "The \"format\" field (format version, currently 1) is missing.",
            ),
            UnsupportedFormat(v) => if vi {
                format!("Định dạng phiên bản {v} không được hỗ trợ; tiện ích này đọc phiên bản 1.")
            } else {
                format!("Format version {v} is not supported; this widget reads version 1.")
            },
            EmptyText => pick(
                "Cần ít nhất một bản tiếng Việt (\"vi\") hoặc tiếng Anh (\"en\") không rỗng.",
                "Needs a non-empty Vietnamese (\"vi\") or English (\"en\") text, or both.",
            ),
            BlankName => pick("Tên người không được để trống.", "A person's name must not be blank."),
            TextTooLong(n) => {
                let (n, max) = (number(*n as f64, 0, locale), number(MAX_TEXT_CHARS as f64, 0, locale));
                if vi {
                    format!("Văn bản quá dài ({n} ký tự); mỗi đoạn tối đa {max} ký tự.")
                } else {
                    format!("The text is too long ({n} characters); each text may have at most {max}.")
                }
            }
            PersonAndGroup => pick(
                "Chỉ ghi một trong hai: \"person\" (một người) hoặc \"group\" (một nhóm).",
                "Give either \"person\" or \"group\", not both.",
            ),
            NeitherPersonNorGroup => pick(
                "Cần \"person\" (tên người) hoặc \"group\" (tên nhóm).",
                "Needs a \"person\" (a name) or a \"group\".",
            ),
            NoSections => pick("Báo cáo cần ít nhất một phần.", "A report needs at least one section."),
            BadId => pick(
                "Mã chỉ gồm chữ thường a–z, số và dấu gạch ngang, bắt đầu bằng chữ hoặc số, tối đa 64 ký tự.",
                "An id is lowercase a–z, digits and hyphens, starting with a letter or digit, at most 64 characters.",
            ),
            DuplicateId(id) => if vi {
                format!("Mã \"{id}\" đã được dùng ở trên; mỗi mã phải là duy nhất.")
            } else {
                format!("The id \"{id}\" is already used above; ids must be unique.")
            },
            UnknownIndicator(id) => if vi {
                format!("Không có số liệu nào mang mã \"{id}\".")
            } else {
                format!("No indicator has the id \"{id}\".")
            },
            UnknownSection(id) => if vi {
                format!("Không có phần nào mang mã \"{id}\".")
            } else {
                format!("No section has the id \"{id}\".")
            },
            NotFinite => pick("Số phải là một giá trị hữu hạn.", "The number must be finite."),
            Negative => pick("Số này không được âm.", "This number cannot be negative."),
            NotPositive => pick("Số này phải lớn hơn 0.", "This number must be greater than 0."),
            ShareDisagrees { stated, computed } => {
                let (stated, computed) = (percent(*stated, locale), percent(*computed, locale));
                if vi {
                    format!("Tỷ lệ kế hoạch ghi {stated} nhưng giá trị/kế hoạch cho {computed}.")
                } else {
                    format!("The share of plan says {stated} but value/plan gives {computed}.")
                }
            }
            UnitAndCurrency => pick(
                "Chỉ ghi một trong hai: \"unit\" hoặc \"currency\".",
                "Give either \"unit\" or \"currency\", not both.",
            ),
            BadCurrency => pick(
                "Mã tiền tệ gồm 3 chữ in hoa theo ISO 4217, ví dụ \"VND\".",
                "A currency is a 3-letter ISO 4217 code in capitals, such as \"VND\".",
            ),
            NoValueOrCounts => pick(
                "Số liệu cần \"value\" hoặc ít nhất một mục trong \"counts\".",
                "An indicator needs a \"value\" or at least one entry in \"counts\".",
            ),
            QualifierWithoutValue => pick(
                "\"qualifier\" chỉ dùng khi có \"value\".",
                "\"qualifier\" needs a \"value\" to qualify.",
            ),
            BadUrl => pick(
                "Địa chỉ phải bắt đầu bằng http:// hoặc https:// (hoặc là đường dẫn tương đối với ảnh).",
                "The address must start with http:// or https:// (or be a relative path, for photos).",
            ),
            PublishedBeforeEvent => pick(
                "Ngày đăng sớm hơn ngày làm việc.",
                "The publication date is before the session date.",
            ),
            PercentWithUnit => pick(
                "\"percent\": true đã nói đơn vị là %; bỏ \"unit\" hoặc \"currency\".",
                "\"percent\": true already makes the unit %; remove \"unit\" or \"currency\".",
            ),
            TooManyDecimals => pick(
                "Tối đa 6 chữ số thập phân.",
                "At most 6 digits after the decimal point.",
            ),
            NeedsValue(field) => if vi {
                format!("\"{field}\" chỉ dùng khi có \"value\".")
            } else {
                format!("\"{field}\" needs a \"value\".")
            },
            PartExceedsWhole => pick(
                "\"value\" lớn hơn \"total\": một phần không thể lớn hơn tổng.",
                "\"value\" is larger than \"total\": a part cannot exceed its whole.",
            ),
            EmptyReference => pick(
                "Cần \"share\" (tỷ lệ đạt, %) hoặc \"value\" (con số được so sánh), hoặc cả hai.",
                "Needs a \"share\" (the percentage reached) or a \"value\" (the figure compared with), or both.",
            ),
            IndicatorNotShown(id) => if vi {
                format!("Không phần nào liệt kê số liệu \"{id}\", nên người đọc sẽ không thấy nó: thêm mã này vào \"indicators\" của một phần, hoặc xóa số liệu.")
            } else {
                format!("No section lists the indicator \"{id}\", so readers would never see it: add its id to a section's \"indicators\", or remove it.")
            },
        }
    }
}

/// serde_json's and serde's messages (and the date parser's) in Vietnamese. Phrases are replaced in
/// order, longest first where one contains another; names in backticks and values stay as given.
const PARSER_PHRASES: &[(&str, &str)] = &[
    ("EOF while parsing a list", "tệp kết thúc khi mảng chưa đóng"),
    ("EOF while parsing an object", "tệp kết thúc khi đối tượng chưa đóng"),
    ("EOF while parsing a string", "tệp kết thúc khi chuỗi chưa đóng"),
    ("EOF while parsing a value", "tệp kết thúc khi còn thiếu giá trị"),
    ("control character (\\u0000-\\u001F) found while parsing a string", "chuỗi chứa ký tự điều khiển"),
    ("expected value", "cần một giá trị"),
    ("expected ident", "cần true, false hoặc null"),
    ("trailing characters", "còn ký tự thừa sau phần kết thúc"),
    ("trailing comma", "dấu phẩy thừa ở cuối"),
    ("key must be a string", "khóa phải là chuỗi"),
    ("number out of range", "số vượt quá giới hạn"),
    ("invalid number", "số không hợp lệ"),
    ("invalid escape", "ký tự thoát không hợp lệ"),
    ("invalid unicode code point", "mã Unicode không hợp lệ"),
    ("lone leading surrogate in hex escape", "mã Unicode thiếu nửa sau"),
    ("unexpected end of hex escape", "mã Unicode bị cắt ngang"),
    ("recursion limit exceeded", "lồng nhau quá sâu"),
    ("invalid type: ", "sai kiểu: "),
    ("invalid value: ", "giá trị không hợp lệ: "),
    ("invalid length ", "độ dài không hợp lệ "),
    ("unknown field ", "trường không có trong định dạng: "),
    ("unknown variant ", "giá trị không được nhận: "),
    ("missing field ", "thiếu trường "),
    ("duplicate field ", "trường bị lặp: "),
    (", expected one of ", "; chỉ nhận: "),
    (", expected ", "; cần "),
    ("expected ", "cần "),
    ("there are no fields", "không có trường nào"),
    (" or ", " hoặc "),
    ("floating point", "số thực"),
    ("integer", "số nguyên"),
    ("string", "chuỗi"),
    ("sequence", "mảng"),
    ("a map", "một đối tượng"),
    ("map", "đối tượng"),
    ("boolean", "giá trị đúng/sai"),
    ("struct ", "đối tượng "),
    ("is not a date in the form YYYY-MM-DD", "không phải ngày dạng YYYY-MM-DD"),
    (" has no day ", " không có ngày "),
    ("month ", "tháng "),
    (" does not exist", " không tồn tại"),
    ("year ", "năm "),
    (" is outside ", " nằm ngoài "),
];

fn parser_message_vi(msg: &str) -> String {
    PARSER_PHRASES.iter().fold(msg.to_owned(), |m, (en, vi)| m.replace(en, vi))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parser_messages_read_in_vietnamese() {
        let cases = [
            ("missing field `title`", "thiếu trường `title`"),
            ("unknown field `titel`, expected one of `id`, `kind`", "trường không có trong định dạng: `titel`; chỉ nhận: `id`, `kind`"),
            ("invalid type: string \"5.755\", expected f64", "sai kiểu: chuỗi \"5.755\"; cần f64"),
            ("expected `,` or `}`", "cần `,` hoặc `}`"),
            ("EOF while parsing an object", "tệp kết thúc khi đối tượng chưa đóng"),
            ("2020-02 has no day 30", "2020-02 không có ngày 30"),
        ];
        for (en, vi) in cases {
            assert_eq!(parser_message_vi(en), vi);
        }
    }
}
