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
    draft_with(article, &draft::english::Glossary::builtin())
}

/// [`draft`], with English suggested from `glossary` (the built-in one and the newsroom's).
pub fn draft_with(article: &str, glossary: &draft::english::Glossary) -> Result<Drafted, String> {
    let made = draft::draft_with(article, glossary).map_err(|why| why.message().to_owned())?;
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

    #[test]
    fn the_shipped_newsroom_glossary_reads_and_a_bad_line_is_named() {
        let (_, n) = super::newsroom_glossary(include_str!("../../../static/glossary.tsv")).unwrap();
        assert_eq!(n, 0, "the shipped file holds examples in comments only");
        let (g, n) = super::newsroom_glossary("office\tChánh Thanh tra\tChief Inspector\n").unwrap();
        assert_eq!(n, 1);
        assert_eq!(draft::english::compose::role(&g, "Chánh Thanh tra").as_deref(), Some("Chief Inspector"));
        let problems = super::newsroom_glossary("unit hộ households\n").unwrap_err();
        assert!(problems[0].starts_with("glossary.tsv, line 1:"), "{problems:?}");
    }
}

/// The newsroom's glossary file (`glossary.tsv` beside editor.html) read after the built-in one:
/// the glossary, and how many of its lines were read; or each line it could not read.
pub fn newsroom_glossary(tsv: &str) -> Result<(draft::english::Glossary, usize), Vec<String>> {
    let mut g = draft::english::Glossary::builtin();
    let n = g.extend(tsv).map_err(|problems| problems.iter().map(|p| format!("glossary.tsv, {p}")).collect::<Vec<_>>())?;
    Ok((g, n))
}
