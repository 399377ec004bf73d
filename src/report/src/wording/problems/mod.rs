//! The problem messages: what is wrong with a report and how to fix it, in either language
//! (`ProblemKind::describe`), and the words of the list that shows them. None of it is in the
//! reader's download: only the editor's details bundle (`src/widget/src/bin/details.rs`), the
//! pre-render step and the editor call it. Where a problem is, in words, is `problem::place`.

mod semantic;
mod structure;

use crate::lang::Locale;
use crate::problem::ProblemKind;

impl ProblemKind {
    /// What is wrong and how to fix it, in `locale`.
    pub fn describe(&self, locale: Locale) -> String {
        structure::describe(self, locale).unwrap_or_else(|| semantic::describe(self, locale))
    }
}

/// The list of problems' own words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListWord {
    /// Above the list.
    Intro,
    /// Where a problem is in the file: "dòng 3, cột 14" / "line 3, column 14".
    Line,
    Column,
}

impl ListWord {
    pub const ALL: [ListWord; 3] = [ListWord::Intro, ListWord::Line, ListWord::Column];

    pub fn text(self, locale: Locale) -> &'static str {
        match (locale, self) {
            (Locale::Vi, ListWord::Intro) => "Dữ liệu báo cáo có lỗi. Mỗi lỗi ghi rõ vị trí và lý do:",
            (Locale::Vi, ListWord::Line) => "dòng",
            (Locale::Vi, ListWord::Column) => "cột",
            (Locale::En, ListWord::Intro) => "The report data has errors. Each names where it is and why:",
            (Locale::En, ListWord::Line) => "line",
            (Locale::En, ListWord::Column) => "column",
        }
    }
}
