//! The words of a newsroom's report site (`prerender --site`) around its reports: the list's
//! heading and the links between pages. Linked by the publishing command only.

use crate::lang::Locale;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SiteWord {
    /// The list of every report, and the link back to it.
    AllReports,
}

impl SiteWord {
    pub fn text(self, locale: Locale) -> &'static str {
        match (self, locale) {
            (SiteWord::AllReports, Locale::Vi) => "Các buổi làm việc",
            (SiteWord::AllReports, Locale::En) => "Work sessions",
        }
    }
}
