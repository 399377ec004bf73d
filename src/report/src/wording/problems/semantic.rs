//! The messages for problems found on a report of the right shape (validate.rs), and for
//! the format version.

use crate::format::MAX_TEXT_CHARS;
use crate::lang::Locale;
use crate::locale::{number, percent};
use crate::problem::ProblemKind;

pub fn describe(kind: &ProblemKind, locale: Locale) -> String {
    use ProblemKind::*;
    let vi = locale == Locale::Vi;
    let pick = |v: &str, e: &str| if vi { v.to_owned() } else { e.to_owned() };
    match kind {
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
        RangeNotRising => pick(
            "Khoảng số phải tăng dần: \"value_to\" (đầu trên) lớn hơn \"value\" (đầu dưới), như 10–12.",
            "A range rises: \"value_to\" (its upper end) is larger than \"value\" (its lower end), as in 10–12.",
        ),
        PerWithoutCurrency => pick(
            "\"per\" chỉ dùng với \"currency\"; đơn vị khác ghi luôn vào \"unit\", như \"tạ/ha\".",
            "\"per\" goes with a \"currency\" only; any other unit says it in \"unit\", as in \"tonnes/ha\".",
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
        // Said by structure.rs.
        _ => String::new(),
    }
}
