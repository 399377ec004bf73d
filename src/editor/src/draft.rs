//! The editor's one way into the draft extractor (issue 12, `crate::draft`): an article's text in,
//! a draft report and what to check in it out, or why the text cannot give one.

use report::format::Report;

use crate::check::{from_flags, Check};

/// A draft report, and what the extractor asks an editor to check (each note in both languages).
#[derive(Debug, Clone, PartialEq)]
pub struct Drafted {
    pub report: Report,
    pub to_check: Vec<String>,
    /// The places the drafter is unsure of, to check first, each with its reason.
    pub checks: Vec<Check>,
    /// The article gives no date at all: the session's date is a placeholder to replace.
    pub date_missing: bool,
}

/// The draft report of `article`, or a message (in Vietnamese and English) saying why there is none.
pub fn draft(article: &str) -> Result<Drafted, String> {
    let made = draft::draft(article).map_err(|why| why.message().to_owned())?;
    Ok(Drafted { checks: from_flags(&made.flags), report: made.report, to_check: made.review, date_missing: made.date_missing })
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_seed_article_gives_a_valid_draft_and_an_empty_text_a_message() {
        let made = super::draft(include_str!("../../../tests/fixtures/seed-article.txt")).unwrap();
        assert!(report::parse::parse_report(&crate::work::pretty(&made.report)).is_ok());
        assert!(made.report.indicators.iter().all(|i| i.quote.is_some()), "every figure has its sentence");
        assert!(super::draft("  \n").unwrap_err().contains("empty"));
    }
}
