//! The words of a newsroom's report site (`prerender --site`) around its reports: the archive's
//! heading, its search and filters, the links between pages and the compare pages. Linked by the
//! publishing command and the archive's wasm.

use crate::archive::SessionKind;
use crate::lang::Locale;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SiteWord {
    /// The archive of every report, and the link back to it.
    AllReports,
    /// The search box's label.
    Search,
    /// The filters' labels.
    Province,
    District,
    Year,
    Kind,
    /// A filter's first choice: no filter.
    Any,
    /// The button that shows the next page of results.
    ShowMore,
    /// While the search data are fetched.
    Loading,
    /// When they could not be.
    LoadFailed,
    /// Said to readers without JavaScript, above the newest reports.
    NeedsScript,
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
        use SiteWord::*;
        match (self, locale) {
            (AllReports, Locale::Vi) => "Các buổi làm việc",
            (AllReports, Locale::En) => "Work sessions",
            (Search, Locale::Vi) => "Tìm theo tiêu đề, địa điểm, người tham dự",
            (Search, Locale::En) => "Search titles, places and people",
            (Province, Locale::Vi) => "Tỉnh, thành phố",
            (Province, Locale::En) => "Province",
            (District, Locale::Vi) => "Huyện, quận, thị xã",
            (District, Locale::En) => "District",
            (Year, Locale::Vi) => "Năm",
            (Year, Locale::En) => "Year",
            (Kind, Locale::Vi) => "Loại buổi làm việc",
            (Kind, Locale::En) => "Kind of session",
            (Any, Locale::Vi) => "Tất cả",
            (Any, Locale::En) => "All",
            (ShowMore, Locale::Vi) => "Xem thêm",
            (ShowMore, Locale::En) => "Show more",
            (Loading, Locale::Vi) => "Đang tải dữ liệu tìm kiếm…",
            (Loading, Locale::En) => "Loading the search data…",
            (LoadFailed, Locale::Vi) => "Không tải được dữ liệu tìm kiếm. Hãy tải lại trang.",
            (LoadFailed, Locale::En) => "The search data could not be loaded. Reload the page to try again.",
            (NeedsScript, Locale::Vi) => "Các buổi làm việc mới nhất. Cần bật JavaScript để tìm kiếm và lọc.",
            (NeedsScript, Locale::En) => "The newest work sessions. Search and filters need JavaScript.",
            (Compared, Locale::Vi) => "So sánh chỉ tiêu giữa các buổi làm việc",
            (Compared, Locale::En) => "Indicators compared across work sessions",
            (ReportCount, Locale::Vi) => "Số báo cáo",
            (ReportCount, Locale::En) => "Reports",
            (Report, Locale::Vi) => "Báo cáo",
            (Report, Locale::En) => "Report",
            (Date, Locale::Vi) => "Ngày",
            (Date, Locale::En) => "Date",
            (Place, Locale::Vi) => "Địa điểm",
            (Place, Locale::En) => "Place",
            (Figure, Locale::Vi) => "Số liệu",
            (Figure, Locale::En) => "Figure",
            (Against, Locale::Vi) => "So với",
            (Against, Locale::En) => "Against",
            (ChartNewest, Locale::Vi) => "Biểu đồ vẽ các báo cáo gần nhất; bảng dưới đây có tất cả.",
            (ChartNewest, Locale::En) => "The chart shows the newest reports; the table below has them all.",
        }
    }
}

/// A count with its thousands grouped as `locale::number` does ("1.234" / "1,234"), without its
/// float formatting, which the archive's wasm would otherwise carry for whole numbers alone.
fn whole(n: usize, locale: Locale) -> String {
    let digits = n.to_string();
    let sep = if locale == Locale::Vi { '.' } else { ',' };
    let mut out = String::new();
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(d);
    }
    out
}

/// "3 buổi làm việc" / "3 work sessions", "1 work session": how many reports answer, announced.
pub fn count(n: usize, locale: Locale) -> String {
    match locale {
        Locale::Vi => format!("{} buổi làm việc", whole(n, locale)),
        Locale::En if n == 1 => "1 work session".to_owned(),
        Locale::En => format!("{} work sessions", whole(n, locale)),
    }
}

/// "Hiển thị 30 / 120" / "Showing 30 of 120": when a page shows fewer than answer.
pub fn showing(shown: usize, of: usize, locale: Locale) -> String {
    let n = |v: usize| whole(v, locale);
    match locale {
        Locale::Vi => format!("Hiển thị {} / {}", n(shown), n(of)),
        Locale::En => format!("Showing {} of {}", n(shown), n(of)),
    }
}

/// A kind of session, as the filter and the results name it.
pub fn kind(k: SessionKind, locale: Locale) -> &'static str {
    match (k, locale) {
        (SessionKind::WorkingSession, Locale::Vi) => "Làm việc",
        (SessionKind::WorkingSession, Locale::En) => "Working session",
        (SessionKind::Inspection, Locale::Vi) => "Kiểm tra",
        (SessionKind::Inspection, Locale::En) => "Inspection",
        (SessionKind::Supervision, Locale::Vi) => "Giám sát",
        (SessionKind::Supervision, Locale::En) => "Supervision",
        (SessionKind::Conference, Locale::Vi) => "Hội nghị",
        (SessionKind::Conference, Locale::En) => "Conference",
        (SessionKind::Other, Locale::Vi) => "Khác",
        (SessionKind::Other, Locale::En) => "Other",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_say_the_right_plural() {
        assert_eq!(count(1, Locale::En), "1 work session");
        assert_eq!(count(0, Locale::En), "0 work sessions");
        assert_eq!(count(10_000, Locale::En), "10,000 work sessions");
        assert_eq!(count(1234, Locale::Vi), "1.234 buổi làm việc");
        assert_eq!(showing(30, 1234, Locale::Vi), "Hiển thị 30 / 1.234");
        for n in [0, 7, 999, 1000, 65_536, 1_234_567] {
            for l in Locale::ALL {
                assert_eq!(whole(n, l), crate::locale::number(n as f64, 0, l), "{n}");
            }
        }
    }
}
