//! The load-failure messages: what went wrong fetching or reading a report, in either language,
//! as the reader's error panel says it (so all of it ships in the reader's download).

use crate::lang::Locale;
use crate::load::{LoadFailure, MAX_REPORT_BYTES, TIMEOUT_MS};

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
