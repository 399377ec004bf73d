//! The editor's details of a report that cannot be shown: every problem with its place, line and
//! column, and the fix, as HTML text. Written from the report's text, so that the reader's bundle
//! need not carry the messages (`report::wording::problems`) (about 10 KB of its download): the widget asks the details bundle
//! (`src/widget/src/bin/details.rs`, loaded by embed.js on demand) for this HTML when the details are opened;
//! the pre-render step and the editor call it directly.

use report::locale::Locale;
use report::parse::parse_report;
use report::problem::Problem;
use report::text::escape_html;
use report::wording::problems::ListWord;

/// At most this many problems are listed; a broken generator can produce thousands.
const SHOWN: usize = 50;

/// The list for a report's text; empty when the text is a valid report.
pub fn problem_details_html(json: &str, l: Locale) -> String {
    let problems = parse_report(json).err().unwrap_or_default();
    problems_html(&problems, l)
}

fn problems_html(problems: &[Problem], l: Locale) -> String {
    if problems.is_empty() {
        return String::new();
    }
    let mut out = format!("<p>{}</p><ol class=\"sr-error__list\">", ListWord::Intro.text(l));
    for p in problems.iter().take(SHOWN) {
        let at = p
            .at
            .map(|(line, col)| format!(" ({} {line}, {} {col})", ListWord::Line.text(l), ListWord::Column.text(l)))
            .unwrap_or_default();
        out.push_str(&format!(
            "<li class=\"sr-error__item\" data-path=\"{}\"><span class=\"sr-error__place\">{}</span>{}: <span class=\"sr-error__why\">{}</span></li>",
            escape_html(&p.path),
            escape_html(&p.place(l)),
            escape_html(&at),
            escape_html(&p.describe(l)),
        ));
    }
    out.push_str("</ol>");
    let hidden = problems.len().saturating_sub(SHOWN);
    if hidden > 0 {
        out.push_str(&format!("<p>… +{hidden}</p>"));
    }
    out
}
