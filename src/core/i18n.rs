//! Every string the widget itself shows, in both languages. `vi` and `en` are exhaustive matches,
//! so a message added in one language only does not compile.

use super::locale::Locale;
use super::report::{SectionKind, Side};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Msg {
    ReportLabel,
    EventDate,
    Published,
    Place,
    Source,
    Author,
    OriginalArticle,
    Participants,
    Side(Side),
    Sections,
    ExpandAll,
    CollapseAll,
    Language,
    SectionKind(SectionKind),
    Indicators,
    OfPlan,
    Plan,
    Photo,
    /// Shown after a text that is only available in the other language.
    FallbackMarker(Locale),
    ErrorTitle,
    ErrorIntro,
    ErrorWhere,
    ErrorLine,
    ErrorColumn,
    ErrorRoot,
}

impl Msg {
    pub fn text(self, locale: Locale) -> &'static str {
        match locale {
            Locale::Vi => self.vi(),
            Locale::En => self.en(),
        }
    }

    fn vi(self) -> &'static str {
        use Msg::*;
        match self {
            ReportLabel => "Báo cáo buổi làm việc",
            EventDate => "Ngày làm việc",
            Published => "Ngày đăng",
            Place => "Địa điểm",
            Source => "Nguồn",
            Author => "Tác giả",
            OriginalArticle => "Bài gốc",
            Participants => "Thành phần tham dự",
            Side(s) => match s {
                crate::core::report::Side::Delegation => "Đoàn công tác",
                crate::core::report::Side::Host => "Đơn vị làm việc",
                crate::core::report::Side::Other => "Thành phần khác",
            },
            Sections => "Nội dung",
            ExpandAll => "Mở tất cả",
            CollapseAll => "Thu gọn tất cả",
            Language => "Ngôn ngữ",
            SectionKind(k) => {
                use crate::core::report::SectionKind::*;
                match k {
                    PartyBuilding => "Xây dựng Đảng",
                    ResolutionImplementation => "Triển khai nghị quyết",
                    Economy => "Kinh tế",
                    CultureSociety => "Văn hóa – xã hội",
                    Discussion => "Thảo luận",
                    ProposedTasks => "Đề nghị",
                    Conclusion => "Kết luận",
                    Directives => "Chỉ đạo",
                    Other => "Khác",
                }
            }
            Indicators => "Số liệu",
            OfPlan => "kế hoạch",
            Plan => "Kế hoạch",
            Photo => "Ảnh",
            FallbackMarker(l) => match l {
                Locale::Vi => "(nguyên bản tiếng Việt)",
                Locale::En => "(nguyên bản tiếng Anh)",
            },
            ErrorTitle => "Không thể hiển thị báo cáo",
            ErrorIntro => "Dữ liệu báo cáo có lỗi. Mỗi lỗi ghi rõ vị trí và lý do:",
            ErrorWhere => "Vị trí",
            ErrorLine => "dòng",
            ErrorColumn => "cột",
            ErrorRoot => "(toàn bộ tệp)",
        }
    }

    fn en(self) -> &'static str {
        use Msg::*;
        match self {
            ReportLabel => "Work-session report",
            EventDate => "Session date",
            Published => "Published",
            Place => "Place",
            Source => "Source",
            Author => "Author",
            OriginalArticle => "Original article",
            Participants => "Participants",
            Side(s) => match s {
                crate::core::report::Side::Delegation => "Visiting delegation",
                crate::core::report::Side::Host => "Host",
                crate::core::report::Side::Other => "Others",
            },
            Sections => "Contents",
            ExpandAll => "Expand all",
            CollapseAll => "Collapse all",
            Language => "Language",
            SectionKind(k) => {
                use crate::core::report::SectionKind::*;
                match k {
                    PartyBuilding => "Party building",
                    ResolutionImplementation => "Resolution implementation",
                    Economy => "Economy",
                    CultureSociety => "Culture and society",
                    Discussion => "Discussion",
                    ProposedTasks => "Proposed tasks",
                    Conclusion => "Conclusion",
                    Directives => "Directives",
                    Other => "Other",
                }
            }
            Indicators => "Figures",
            OfPlan => "of plan",
            Plan => "Plan",
            Photo => "Photo",
            FallbackMarker(l) => match l {
                Locale::Vi => "(Vietnamese original)",
                Locale::En => "(English original)",
            },
            ErrorTitle => "This report cannot be shown",
            ErrorIntro => "The report data has errors. Each names where it is and why:",
            ErrorWhere => "Where",
            ErrorLine => "line",
            ErrorColumn => "column",
            ErrorRoot => "(the whole file)",
        }
    }

    /// Every message, for completeness tests and for checking a page holds no other language's UI.
    pub fn all() -> Vec<Msg> {
        use crate::core::report::Side as S;
        let mut all = vec![
            Msg::ReportLabel, Msg::EventDate, Msg::Published, Msg::Place, Msg::Source, Msg::Author,
            Msg::OriginalArticle, Msg::Participants, Msg::Sections, Msg::ExpandAll, Msg::CollapseAll,
            Msg::Language, Msg::Indicators, Msg::OfPlan, Msg::Plan, Msg::Photo, Msg::ErrorTitle,
            Msg::ErrorIntro, Msg::ErrorWhere, Msg::ErrorLine, Msg::ErrorColumn, Msg::ErrorRoot,
        ];
        all.extend([S::Delegation, S::Host, S::Other].map(Msg::Side));
        all.extend(SectionKind::ALL.map(Msg::SectionKind));
        all.extend(Locale::ALL.map(Msg::FallbackMarker));
        all
    }
}

/// The name of a language in that language, for the switch.
pub fn language_name(locale: Locale) -> &'static str {
    match locale {
        Locale::Vi => "Tiếng Việt",
        Locale::En => "English",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_exists_in_both_languages_and_differs() {
        for m in Msg::all() {
            let (vi, en) = (m.vi(), m.en());
            assert!(!vi.trim().is_empty() && !en.trim().is_empty(), "{m:?} is blank");
            assert_ne!(vi, en, "{m:?} is not translated");
        }
    }
}
