//! Loading a report from somewhere other than the page: what can go wrong, said in either language.
//! Fetching and file reading live in the view; this is what they report.

use super::locale::Locale;

/// Reports larger than this are refused before parsing: no real report comes near it, and a
/// reader's phone should not be made to parse hundreds of megabytes.
pub const MAX_REPORT_BYTES: usize = 20 * 1024 * 1024;
/// A report that has not arrived after this long is given up on.
pub const TIMEOUT_MS: i32 = 15_000;

#[derive(Debug, Clone, PartialEq)]
pub enum LoadFailure {
    /// The server answered with this HTTP status.
    Http(u16),
    /// No answer at all: offline, wrong host, or refused by CORS.
    Network,
    Timeout,
    TooLarge(usize),
    /// A local file could not be read.
    Unreadable,
    /// It arrived but is not a valid report: its text, from which the editor's details are
    /// written (`view::problem_list`, in a bundle of their own).
    Report(std::rc::Rc<str>),
    /// Not an address the widget fetches from (only http(s) and paths relative to the page).
    BadAddress,
    /// Named by the page address, at an origin the page does not allow (core/report_origin.rs):
    /// nothing was fetched from it, or what it redirected to was not read.
    Refused(String),
}

/// Whether `src` may be fetched: `javascript:`, `data:` and the like never are.
pub fn is_fetchable(src: &str) -> bool {
    super::validate::is_web_url(src) || super::validate::is_relative_path(src)
}

impl LoadFailure {
    pub fn describe(&self, locale: Locale) -> String {
        let vi = locale == Locale::Vi;
        match self {
            LoadFailure::Http(404) if vi => "Không tìm thấy tệp báo cáo (lỗi 404).".into(),
            LoadFailure::Http(404) => "The report file was not found (error 404).".into(),
            LoadFailure::Http(code) if vi => format!("Máy chủ trả lời lỗi {code}."),
            LoadFailure::Http(code) => format!("The server answered with error {code}."),
            LoadFailure::Network if vi => {
                "Không kết nối được tới máy chủ (mất mạng, sai địa chỉ hoặc máy chủ không cho phép).".into()
            }
            LoadFailure::Network => {
                "The server could not be reached (offline, wrong address, or the server does not allow it).".into()
            }
            LoadFailure::Timeout if vi => {
                format!("Máy chủ không trả lời sau {} giây.", TIMEOUT_MS / 1000)
            }
            LoadFailure::Timeout => format!("The server did not answer within {} seconds.", TIMEOUT_MS / 1000),
            LoadFailure::TooLarge(n) if vi => {
                format!("Tệp quá lớn ({} MB); giới hạn là {} MB.", n / 1_048_576, MAX_REPORT_BYTES / 1_048_576)
            }
            LoadFailure::TooLarge(n) => {
                format!("The file is too large ({} MB); the limit is {} MB.", n / 1_048_576, MAX_REPORT_BYTES / 1_048_576)
            }
            LoadFailure::Unreadable if vi => "Không đọc được tệp.".into(),
            LoadFailure::Unreadable => "The file could not be read.".into(),
            LoadFailure::BadAddress if vi => "Địa chỉ phải bắt đầu bằng http:// hoặc https://, hoặc là đường dẫn tương đối.".into(),
            LoadFailure::BadAddress => "The address must start with http:// or https://, or be a relative path.".into(),
            LoadFailure::Refused(origin) if vi => format!(
                "Trang này không hiển thị báo cáo từ {origin}, chỉ từ các nguồn trang cho phép."
            ),
            LoadFailure::Refused(origin) => {
                format!("This page does not show reports from {origin}, only from sources the site allows.")
            }
            LoadFailure::Report(..) if vi => "Tệp không phải là một báo cáo hợp lệ:".into(),
            LoadFailure::Report(..) => "The file is not a valid report:".into(),
        }
    }
}
