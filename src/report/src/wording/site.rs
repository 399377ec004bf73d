//! The words of a newsroom's report site (`prerender --site`) around its reports: the list's
//! heading, the links between pages and the compare pages. Linked by the publishing command only.

use crate::lang::Locale;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SiteWord {
    /// The list of every report, and the link back to it.
    AllReports,
    /// The compare pages' index, and the link to it: one indicator across the reports.
    Compared,
    /// The compare index's column of how many reports have an indicator.
    ReportCount,
    /// A compare table's columns.
    Report,
    Date,
    Place,
    Figure,
    Against,
    /// Under a compare chart that shows only the newest reports.
    ChartNewest,
}

impl SiteWord {
    pub fn text(self, locale: Locale) -> &'static str {
        match (self, locale) {
            (SiteWord::AllReports, Locale::Vi) => "Các buổi làm việc",
            (SiteWord::AllReports, Locale::En) => "Work sessions",
            (SiteWord::Compared, Locale::Vi) => "So sánh chỉ tiêu giữa các buổi làm việc",
            (SiteWord::Compared, Locale::En) => "Indicators compared across work sessions",
            (SiteWord::ReportCount, Locale::Vi) => "Số báo cáo",
            (SiteWord::ReportCount, Locale::En) => "Reports",
            (SiteWord::Report, Locale::Vi) => "Báo cáo",
            (SiteWord::Report, Locale::En) => "Report",
            (SiteWord::Date, Locale::Vi) => "Ngày",
            (SiteWord::Date, Locale::En) => "Date",
            (SiteWord::Place, Locale::Vi) => "Địa điểm",
            (SiteWord::Place, Locale::En) => "Place",
            (SiteWord::Figure, Locale::Vi) => "Số liệu",
            (SiteWord::Figure, Locale::En) => "Figure",
            (SiteWord::Against, Locale::Vi) => "So với",
            (SiteWord::Against, Locale::En) => "Against",
            (SiteWord::ChartNewest, Locale::Vi) => "Biểu đồ vẽ các báo cáo gần nhất; bảng dưới đây có tất cả.",
            (SiteWord::ChartNewest, Locale::En) => "The chart shows the newest reports; the table below has them all.",
        }
    }
}
