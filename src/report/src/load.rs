//! Loading a report from somewhere other than the page: what can go wrong. Fetching and file
//! reading live in the view; this is what they report. How each failure is said, in either
//! language, is `wording::load` (`LoadFailure::describe`).

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
