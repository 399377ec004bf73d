//! The reader's messages: every label, button, heading, chart title and file name the widget
//! itself shows, in both languages. `vi` and `en` are exhaustive matches, so a message added in one
//! language only does not compile. All of it ships in the reader's download; words that only a
//! figure is made of are in `figure`, problems' messages in `problems`.

use crate::format::{SectionKind, Side};
use crate::lang::Locale;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Msg {
    ReportLabel,
    EventDate,
    Published,
    Place,
    Source,
    Author,
    OriginalArticle,
    /// A report fetched from another site than the page's: that site, for the reader to see.
    ReportFileFrom,
    Participants,
    Side(Side),
    ExpandAll,
    CollapseAll,
    Language,
    SectionKind(SectionKind),
    Indicators,
    /// Before the article's sentence a figure comes from.
    AsReported,
    Photo,
    /// Shown after a text that is only available in the other language.
    FallbackMarker(Locale),
    ChartPlanTitle,
    ChartCountsTitle,
    ColIndicator,
    ColValue,
    ColItem,
    ShowTable,
    /// Opens a compact embed to its full height.
    ShowWholeReport,
    ShowChart,
    DownloadChart,
    DownloadData,
    DownloadReport,
    FileShareOfPlan,
    FileCounts,
    FileReport,
    Loading,
    LoadFailedFrom,
    LoadFailedFile,
    BackToReport,
    Retry,
    OpenFile,
    CopyLink,
    CopySectionLink,
    LinkCopied,
    CopyThisLink,
    ErrorTitle,
    /// A reader's one line for a report that cannot be shown.
    CannotShow,
    /// Opens the problems, which are meant for whoever edits the report.
    EditorDetails,
    /// The details could not be loaded (offline, or a page without embed.js).
    DetailsUnavailable,
    /// Where a share stands against what it is measured against, before its name.
    StandingUnder,
    StandingOver,
    StandingAt,
    /// After a count of indicators, before what they are measured against.
    /// "1 indicator against …"; Vietnamese does not inflect, English does.
    IndicatorAgainst,
    IndicatorsAgainst,
    /// Title of a shares chart, before what they are measured against.
    SharesAgainst,
    And,
    ShareOf,
    Against,
    ColShareAchieved,
    ColStanding,
    FileShares,
    ChartProgressTitle,
    ColShareOfWhole,
    FileProgress,
    ChartChangesTitle,
    FileChanges,
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
            ReportFileFrom => "Tệp báo cáo từ",
            Participants => "Thành phần tham dự",
            Side(s) => match s {
                crate::format::Side::Delegation => "Đoàn công tác",
                crate::format::Side::Host => "Đơn vị làm việc",
                crate::format::Side::Other => "Thành phần khác",
            },
            ExpandAll => "Mở tất cả",
            CollapseAll => "Thu gọn tất cả",
            Language => "Ngôn ngữ",
            SectionKind(k) => {
                use crate::format::SectionKind::*;
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
            AsReported => "Bài báo viết",
            Photo => "Ảnh",
            FallbackMarker(l) => match l {
                Locale::Vi => "(nguyên bản tiếng Việt)",
                Locale::En => "(nguyên bản tiếng Anh)",
            },
            ChartPlanTitle => "Tỷ lệ thực hiện so với kế hoạch",
            ChartCountsTitle => "So sánh số lượng",
            ColIndicator => "Chỉ tiêu",
            ColValue => "Giá trị",
            ColItem => "Hạng mục",
            ShowTable => "Xem dạng bảng",
            ShowWholeReport => "Xem toàn bộ báo cáo",
            ShowChart => "Xem biểu đồ",
            DownloadChart => "Tải biểu đồ",
            DownloadData => "Tải dữ liệu (CSV)",
            DownloadReport => "Tải dữ liệu báo cáo (JSON)",
            FileShareOfPlan => "ty-le-ke-hoach",
            FileCounts => "so-sanh-so-luong",
            FileReport => "bao-cao",
            Loading => "Đang tải báo cáo…",
            LoadFailedFrom => "Không mở được báo cáo từ",
            LoadFailedFile => "Không mở được tệp",
            BackToReport => "Quay lại báo cáo đang xem",
            Retry => "Thử lại",
            OpenFile => "Mở tệp báo cáo…",
            CopyLink => "Sao chép liên kết",
            CopySectionLink => "Liên kết tới phần này",
            LinkCopied => "Đã sao chép liên kết",
            CopyThisLink => "Sao chép liên kết này:",
            ErrorTitle => "Không thể hiển thị báo cáo",
            CannotShow => "Không thể hiển thị báo cáo này.",
            EditorDetails => "Chi tiết cho biên tập viên",
            DetailsUnavailable => "Không tải được chi tiết. Mở tệp báo cáo trong trang biên tập để xem từng lỗi.",
            StandingUnder => "chưa đạt",
            StandingOver => "vượt",
            StandingAt => "đạt đúng",
            IndicatorAgainst | IndicatorsAgainst => "chỉ tiêu so với",
            SharesAgainst => "Tỷ lệ thực hiện so với",
            And => "và",
            ShareOf => "Tỷ lệ",
            Against => "So với",
            ColShareAchieved => "Tỷ lệ đạt",
            ColStanding => "Đánh giá",
            FileShares => "ty-le-thuc-hien",
            ChartProgressTitle => "Tiến độ thực hiện",
            ColShareOfWhole => "Tỷ lệ",
            FileProgress => "tien-do",
            ChartChangesTitle => "Mức tăng, giảm",
            FileChanges => "muc-tang-giam",
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
            ReportFileFrom => "Report file from",
            Participants => "Participants",
            Side(s) => match s {
                crate::format::Side::Delegation => "Visiting delegation",
                crate::format::Side::Host => "Host",
                crate::format::Side::Other => "Others",
            },
            ExpandAll => "Expand all",
            CollapseAll => "Collapse all",
            Language => "Language",
            SectionKind(k) => {
                use crate::format::SectionKind::*;
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
            AsReported => "As reported",
            Photo => "Photo",
            FallbackMarker(l) => match l {
                Locale::Vi => "(Vietnamese original)",
                Locale::En => "(English original)",
            },
            ChartPlanTitle => "Share of plan achieved",
            ChartCountsTitle => "Counts compared",
            ColIndicator => "Indicator",
            ColValue => "Value",
            ColItem => "Item",
            ShowTable => "Show as table",
            ShowWholeReport => "Show the whole report",
            ShowChart => "Show as chart",
            DownloadChart => "Download chart",
            DownloadData => "Download data (CSV)",
            DownloadReport => "Download report data (JSON)",
            FileShareOfPlan => "share-of-plan",
            FileCounts => "counts",
            FileReport => "report",
            Loading => "Loading the report…",
            LoadFailedFrom => "Could not open the report from",
            LoadFailedFile => "Could not open the file",
            BackToReport => "Back to the report you were reading",
            Retry => "Try again",
            OpenFile => "Open a report file…",
            CopyLink => "Copy link",
            CopySectionLink => "Link to this section",
            LinkCopied => "Link copied",
            CopyThisLink => "Copy this link:",
            ErrorTitle => "This report cannot be shown",
            CannotShow => "This report cannot be shown right now.",
            EditorDetails => "Details for the editor",
            DetailsUnavailable => "The details could not be loaded. Open the report file in the editor page to see each problem.",
            StandingUnder => "under",
            StandingOver => "over",
            StandingAt => "exactly on",
            IndicatorAgainst => "indicator against",
            IndicatorsAgainst => "indicators against",
            SharesAgainst => "Share achieved against",
            And => "and",
            ShareOf => "Share of",
            Against => "Against",
            ColShareAchieved => "Share achieved",
            ColStanding => "Assessment",
            FileShares => "share-achieved",
            ChartProgressTitle => "Progress",
            ColShareOfWhole => "Share",
            FileProgress => "progress",
            ChartChangesTitle => "Change",
            FileChanges => "changes",
        }
    }

    /// Every message, for completeness tests and for checking a page holds no other language's UI
    /// (tests/wording.rs checks that it names every variant).
    pub fn all() -> Vec<Msg> {
        use crate::format::Side as S;
        let mut all = vec![
            Msg::ReportLabel, Msg::EventDate, Msg::Published, Msg::Place, Msg::Source, Msg::Author,
            Msg::OriginalArticle, Msg::Participants, Msg::ReportFileFrom, Msg::ExpandAll, Msg::CollapseAll,
            Msg::Language, Msg::Indicators, Msg::AsReported, Msg::Photo,
            Msg::ChartPlanTitle, Msg::ChartCountsTitle, Msg::ColIndicator, Msg::ColValue, Msg::ColItem, Msg::ShowTable, Msg::ShowWholeReport, Msg::ShowChart, Msg::DownloadChart,
            Msg::DownloadData, Msg::DownloadReport, Msg::FileShareOfPlan, Msg::FileCounts,
            Msg::FileReport, Msg::Loading, Msg::LoadFailedFrom, Msg::LoadFailedFile, Msg::BackToReport,
            Msg::Retry, Msg::OpenFile, Msg::CopyLink, Msg::CopySectionLink,
            Msg::LinkCopied, Msg::CopyThisLink, Msg::ErrorTitle,
            Msg::CannotShow, Msg::EditorDetails, Msg::DetailsUnavailable,
            Msg::StandingUnder, Msg::StandingOver, Msg::StandingAt, Msg::IndicatorAgainst, Msg::IndicatorsAgainst, Msg::SharesAgainst, Msg::And, Msg::ShareOf, Msg::Against, Msg::ColShareAchieved, Msg::ColStanding, Msg::FileShares, Msg::ChartProgressTitle, Msg::ColShareOfWhole, Msg::FileProgress, Msg::ChartChangesTitle, Msg::FileChanges,
        ];
        all.extend([S::Delegation, S::Host, S::Other].map(Msg::Side));
        all.extend(SectionKind::ALL.map(Msg::SectionKind));
        all.extend(Locale::ALL.map(Msg::FallbackMarker));
        all
    }
}

/// A report text as a plain string in `l`, or the other language followed by its marker; for
/// places that cannot carry markup or a `lang` (chart labels, table cells, file contents).
pub fn text_in(t: &crate::text::Text, l: Locale) -> String {
    match t.resolve(l) {
        Some(r) if r.fallback => format!("{} {}", r.text, Msg::FallbackMarker(r.lang).text(l)),
        Some(r) => r.text.to_owned(),
        None => String::new(),
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
