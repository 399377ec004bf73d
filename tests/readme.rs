//! The README and docs/ stay true to the code:
//! - the README's table of fields ("The report format") lists exactly the fields of the published
//!   JSON Schema (`static/report.schema.json`, itself kept equal to the Rust types by
//!   `tests/format.rs`), with the schema's required fields, types and allowed values, and an example
//!   of each field's type that the widget's own types accept;
//! - the two commands open the README;
//! - every relative link of the README and docs/ leads to a file (and heading) that exists, and every
//!   docs/ page is linked from the README;
//! - the scripts, test targets, binaries, prerender flags and repository paths they name exist.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::fields::{report_fields, schema, text_fields, Field, Rule};

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use serde_json::Value;
use report::date::Date;
use report::schema as published;
use report::text::Text;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn read(path: impl AsRef<Path>) -> String {
    let path = root().join(path);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// README.md and every page of docs/, as (path relative to the repository, text).
fn pages() -> Vec<(PathBuf, String)> {
    let mut pages = vec![(PathBuf::from("README.md"), read("README.md"))];
    let mut docs: Vec<PathBuf> = std::fs::read_dir(root().join("docs"))
        .expect("docs/")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "md"))
        .map(|p| p.strip_prefix(root()).unwrap().to_owned())
        .collect();
    docs.sort();
    pages.extend(docs.into_iter().map(|p| {
        let text = read(&p);
        (p, text)
    }));
    pages
}

// --- the field table ------------------------------------------------------------------------------

/// The lines of the README's "## The report format" section.
fn format_section(readme: &str) -> Vec<&str> {
    let lines: Vec<&str> = readme.lines().collect();
    let start = lines.iter().position(|l| l.starts_with("## The report format")).expect("a '## The report format' section");
    let end = lines[start + 1..].iter().position(|l| l.starts_with("## ")).map_or(lines.len(), |i| start + 1 + i);
    lines[start..end].to_vec()
}

/// A Markdown table row's cells, trimmed (`\|` does not split).
fn cells(row: &str) -> Vec<String> {
    let inner = row.trim().trim_start_matches('|').trim_end_matches('|');
    let mut out = vec![String::new()];
    let mut prev = ' ';
    for c in inner.chars() {
        if c == '|' && prev != '\\' {
            out.push(String::new());
        } else {
            out.last_mut().unwrap().push(c);
        }
        prev = c;
    }
    out.into_iter().map(|c| c.trim().to_owned()).collect()
}

/// The code spans of a cell, in order.
fn code_spans(cell: &str) -> Vec<&str> {
    cell.split('`').skip(1).step_by(2).collect()
}

/// One row of a field table.
#[derive(Debug)]
struct Row {
    path: String,
    required: String,
    ty: String,
    meaning: String,
    example: String,
}

const COLUMNS: [&str; 4] = ["required", "type", "meaning", "example"];

/// The rows of the tables in the format section whose first header cell is `first` ("field" or
/// "text field").
fn table_rows(readme: &str, first: &str) -> Vec<Row> {
    let section = format_section(readme);
    let mut rows = Vec::new();
    let mut i = 0;
    let mut tables = 0;
    while i < section.len() {
        if !section[i].starts_with('|') {
            i += 1;
            continue;
        }
        let header = cells(section[i]);
        let mut j = i + 1;
        while j < section.len() && section[j].starts_with('|') {
            j += 1;
        }
        if header[0] == first {
            tables += 1;
            assert_eq!(header[1..], COLUMNS, "the columns of the `{first}` table");
            for line in &section[i + 2..j] {
                let c = cells(line);
                assert_eq!(c.len(), 5, "five cells in {line:?}");
                let spans = code_spans(&c[0]);
                assert!(
                    spans.len() == 1 && c[0] == format!("`{}`", spans[0]),
                    "the first cell is the field's path in backticks: {line:?}"
                );
                rows.push(Row {
                    path: spans[0].to_owned(),
                    required: c[1].clone(),
                    ty: c[2].clone(),
                    meaning: c[3].clone(),
                    example: c[4].clone(),
                });
            }
        }
        i = j;
    }
    assert_eq!(tables, 1, "one table headed `{first}` in the README's format section");
    rows
}

/// The table and the schema list the same fields, each once, with the same required fields, types
/// and allowed values.
fn check_table(rows: &[Row], fields: &[Field], table: &str) {
    let mut seen = BTreeSet::new();
    for row in rows {
        assert!(seen.insert(row.path.as_str()), "{table}: `{}` is listed twice", row.path);
    }
    let in_schema: BTreeSet<&str> = fields.iter().map(|f| f.path.as_str()).collect();
    let missing: Vec<_> = in_schema.difference(&seen).collect();
    let unknown: Vec<_> = seen.difference(&in_schema).collect();
    assert!(missing.is_empty(), "{table}: schema fields missing from the README: {missing:?}");
    assert!(unknown.is_empty(), "{table}: README rows that are no field of the schema: {unknown:?}");

    for field in fields {
        let row = rows.iter().find(|r| r.path == field.path).unwrap();
        let required = row.required.to_lowercase();
        let says_required = if required.starts_with("yes") {
            true
        } else if required.starts_with("no") {
            false
        } else {
            panic!("{table}: `{}`: the required column starts with yes or no, not {:?}", row.path, row.required)
        };
        assert_eq!(says_required, field.required, "{table}: `{}` required", field.path);
        assert_eq!(row.ty, field.ty, "{table}: `{}` type", field.path);
        for choice in &field.choices {
            assert!(
                row.meaning.contains(&format!("`{choice}`")),
                "{table}: `{}` does not list the allowed value `{choice}`",
                field.path
            );
        }
        check_rules(row, field, table);
        check_example(row, field, table);
    }
}

/// The words the README's row (its required and meaning cells) uses for each rule the schema has
/// on the field: each inner list is one phrase said in any of those ways.
fn words(rule: &Rule, field: &Field) -> Vec<Vec<String>> {
    let one = |s: &str| vec![vec![s.to_owned()]];
    let quoted = |fields: &[String]| fields.iter().map(|f| vec![format!("`{f}`")]).collect::<Vec<_>>();
    let maximum = field.rules.iter().find_map(|r| if let Rule::Maximum(m) = r { Some(*m) } else { None });
    let minimum = field.rules.iter().find_map(|r| if let Rule::Minimum(n, false) = r { Some(*n) } else { None });
    match rule {
        Rule::Minimum(n, false) | Rule::Maximum(n) if maximum.is_some() || minimum.is_none() => {
            let (n, m) = (minimum.unwrap_or_else(|| panic!("`{}`: a maximum without a minimum", field.path)), maximum.unwrap_or(*n));
            one(&format!("{n} to {m}"))
        }
        Rule::Minimum(n, false) if *n == 0.0 => one("not negative"),
        Rule::Minimum(n, true) if *n == 0.0 => one("more than 0"),
        Rule::MaxLength(n) => {
            let (thousands, rest) = (n / 1000, n % 1000);
            one(&format!("at most {thousands},{rest:03} characters"))
        }
        Rule::MinItems(1) => one("at least one"),
        Rule::Const(v) => one(&format!("always `{v}`")),
        Rule::Pattern(p) if *p == published::not_blank_pattern() => one("not blank"),
        Rule::Pattern(p) if p == published::ID_PATTERN => vec![
            ["`a–z`, digits and `-`", "same rules as section ids", "`sections[].id`", "`indicators[].id`"].map(String::from).to_vec(),
        ],
        Rule::Pattern(p) if p == published::CURRENCY_PATTERN => one("three capital letters"),
        Rule::Pattern(p) if *p == published::web_url_pattern() => one("`http(s)`"),
        Rule::Pattern(p) if *p == published::photo_src_pattern() => vec![vec!["`http(s)`".into()], vec!["relative".into()]],
        Rule::Needs(f) => one(&format!("only with a `{f}`")),
        Rule::NotWith(fs) => [vec![vec!["not".to_owned()]], quoted(fs)].concat(),
        Rule::ExactlyOne(fs) => [vec![vec!["exactly one of".to_owned()]], quoted(fs)].concat(),
        Rule::AtLeastOne(fs) => quoted(fs),
        other => panic!("`{}`: the README has no words for the schema's rule {other:?}; add them here", field.path),
    }
}

/// Every rule the schema has on a field is said in its row.
fn check_rules(row: &Row, field: &Field, table: &str) {
    let said = format!("{} {}", row.required, row.meaning).to_lowercase();
    for rule in &field.rules {
        for ways in words(rule, field) {
            assert!(
                ways.iter().any(|w| said.contains(&w.to_lowercase())),
                "{table}: `{}` does not say the schema's rule {rule:?} (as {})",
                field.path,
                ways.join(" or ")
            );
        }
    }
}

/// The example (the example cell's first code span) is JSON of the field's type, read by the
/// widget's own types where the field has one (texts, dates).
fn check_example(row: &Row, field: &Field, table: &str) {
    let spans = code_spans(&row.example);
    let Some(example) = spans.first() else {
        assert!(
            field.ty == "object" || field.ty == "list of objects",
            "{table}: `{}` needs an example in backticks",
            field.path
        );
        return;
    };
    let value: Value = serde_json::from_str(example)
        .unwrap_or_else(|e| panic!("{table}: `{}`: the example {example} is not JSON: {e}", field.path));
    check_value(&value, &field.ty, &field.choices).unwrap_or_else(|why| {
        panic!("{table}: `{}`: the example {example} is not a {}: {why}", field.path, field.ty)
    });
}

fn check_value(value: &Value, ty: &str, choices: &[String]) -> Result<(), String> {
    if let Some(item) = ty.strip_prefix("list of ") {
        let items = value.as_array().ok_or("not a list")?;
        if items.is_empty() {
            return Err("an empty list shows nothing".into());
        }
        let item = item.strip_suffix('s').ok_or("plural")?;
        return items.iter().try_for_each(|v| check_value(v, item, choices));
    }
    match ty {
        "text" => {
            let text: Text = serde_json::from_value(value.clone()).map_err(|e| e.to_string())?;
            if text.is_blank() {
                return Err("blank".into());
            }
        }
        "date" => {
            serde_json::from_value::<Date>(value.clone()).map_err(|e| e.to_string())?;
        }
        "string" if !value.is_string() => return Err("not a string".into()),
        "number" if !value.is_number() => return Err("not a number".into()),
        "integer" if !(value.is_u64() || value.is_i64()) => return Err("not an integer".into()),
        "object" if !value.is_object() => return Err("not an object".into()),
        "choice" if !value.as_str().is_some_and(|v| choices.iter().any(|c| c == v)) => {
            return Err(format!("not one of {choices:?}"))
        }
        _ => {}
    }
    Ok(())
}

#[test]
fn the_field_table_lists_every_field_of_the_schema_and_nothing_else() {
    let readme = read("README.md");
    let schema = schema();
    check_table(&table_rows(&readme, "field"), &report_fields(&schema), "field table");
}

#[test]
fn the_text_table_lists_the_fields_of_a_text() {
    let readme = read("README.md");
    let schema = schema();
    check_table(&table_rows(&readme, "text field"), &text_fields(&schema), "text field table");
}

#[test]
fn the_table_parser_sees_what_it_should() {
    // The checks above are only as good as the parsing: a known row, read back.
    let readme = read("README.md");
    let rows = table_rows(&readme, "field");
    let title = rows.iter().find(|r| r.path == "meta.title").expect("meta.title");
    assert!(title.required.starts_with("yes") && title.ty == "text" && !title.meaning.is_empty());
    assert_eq!(cells("| `a` | b \\| c | d |"), ["`a`", "b \\| c", "d"]);
    // And a drifted table would fail: a field the schema does not have, a wrong type.
    let schema = schema();
    let fields = report_fields(&schema);
    let mut drifted: Vec<Row> = rows;
    drifted.push(Row {
        path: "meta.subtitle".into(),
        required: "no".into(),
        ty: "text".into(),
        meaning: String::new(),
        example: String::new(),
    });
    assert!(std::panic::catch_unwind(|| check_table(&drifted, &fields, "drifted")).is_err());
    // A row that no longer says a rule of the schema.
    drifted.pop();
    let plan = drifted.iter_mut().find(|r| r.path == "indicators[].plan").unwrap();
    assert!(plan.meaning.contains("more than 0"));
    plan.meaning = plan.meaning.replace("more than 0", "positive");
    assert!(std::panic::catch_unwind(|| check_table(&drifted, &fields, "drifted")).is_err());
    // The rules were read off the schema at all.
    let rules: usize = fields.iter().map(|f| f.rules.len()).sum();
    assert!(rules > 25, "only {rules} rules found in the schema");
}

#[test]
fn the_readme_lists_the_rules_only_the_widget_checks() {
    let readme = read("README.md");
    let section = format_section(&readme).join("\n");
    for rule in published::RULES_ACROSS_FIELDS {
        assert!(section.contains(&format!("- {rule}")), "the README's format section does not list \"{rule}\"");
    }
}

// --- the top of the README ------------------------------------------------------------------------

#[test]
fn the_two_commands_open_the_readme() {
    let readme = read("README.md");
    let mut lines = readme.lines().filter(|l| !l.trim().is_empty());
    assert!(lines.next().unwrap().starts_with("# "), "a title first");
    let block: Vec<&str> = lines.by_ref().take(4).collect();
    assert_eq!(block[0], "```sh");
    assert!(block[1].starts_with("bash .ci/serve "), "{block:?}");
    assert!(block[2].starts_with("bash .ci/test "), "{block:?}");
    assert_eq!(block[3], "```");
}

// --- links ----------------------------------------------------------------------------------------

/// A page split into its prose (outside fenced blocks, inline code removed), its inline code spans
/// (line breaks inside a span read as spaces) and the lines of its fenced blocks.
struct Split {
    prose: String,
    spans: Vec<String>,
    fenced: Vec<String>,
}

fn split(text: &str) -> Split {
    let mut outside = String::new();
    let mut fenced = Vec::new();
    let mut in_fence = false;
    for line in text.lines() {
        if line.trim_start().starts_with("```") {
            in_fence = !in_fence;
            continue;
        }
        if in_fence {
            fenced.push(line.to_owned());
        } else {
            outside.push_str(line);
            outside.push('\n');
        }
    }
    let pieces: Vec<&str> = outside.split('`').collect();
    Split {
        prose: pieces.iter().step_by(2).copied().collect::<Vec<_>>().join(""),
        spans: pieces.iter().skip(1).step_by(2).map(|s| s.replace('\n', " ")).collect(),
        fenced,
    }
}

/// Link targets: `[text](target)`.
fn links(text: &str) -> Vec<String> {
    let prose = split(text).prose;
    let mut out = Vec::new();
    let mut rest = prose.as_str();
    while let Some(i) = rest.find("](") {
        let after = &rest[i + 2..];
        let end = after.find(')').expect("closed link");
        out.push(after[..end].to_owned());
        rest = &after[end..];
    }
    out
}

/// GitHub's anchors for the headings of a Markdown page.
fn anchors(text: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut fenced = false;
    for line in text.lines() {
        if line.trim_start().starts_with("```") {
            fenced = !fenced;
        }
        if fenced || !line.starts_with('#') {
            continue;
        }
        let heading = line.trim_start_matches('#').trim();
        let slug: String = heading
            .to_lowercase()
            .chars()
            .filter(|c| c.is_alphanumeric() || *c == ' ' || *c == '-' || *c == '_')
            .map(|c| if c == ' ' { '-' } else { c })
            .collect();
        out.insert(slug);
    }
    out
}

#[test]
fn every_relative_link_leads_somewhere() {
    let mut checked = 0;
    for (page, text) in pages() {
        let dir = page.parent().unwrap_or(Path::new(""));
        for link in links(&text) {
            if link.starts_with("https://") || link.starts_with("http://") {
                continue;
            }
            assert!(!link.contains("://") && !link.starts_with('/'), "{}: links are relative: {link}", page.display());
            let (file, anchor) = match link.split_once('#') {
                Some((f, a)) => (f, Some(a)),
                None => (link.as_str(), None),
            };
            let target = if file.is_empty() { page.clone() } else { dir.join(file) };
            let full = root().join(&target);
            assert!(full.exists(), "{}: link to {link}: {} does not exist", page.display(), target.display());
            if let Some(anchor) = anchor {
                let anchors = anchors(&read(&target));
                assert!(
                    anchors.contains(anchor),
                    "{}: link to {link}: no such heading in {} ({anchors:?})",
                    page.display(),
                    target.display()
                );
            }
            checked += 1;
        }
    }
    assert!(checked > 10, "only {checked} links found");
}

#[test]
fn every_docs_page_is_linked_from_the_readme() {
    let readme = read("README.md");
    let linked: BTreeSet<String> =
        links(&readme).into_iter().map(|l| l.split('#').next().unwrap().to_owned()).collect();
    for (page, _) in pages().into_iter().skip(1) {
        let page = page.to_str().unwrap().to_owned();
        assert!(linked.contains(&page), "README.md does not link {page}");
    }
}

// --- commands and paths ---------------------------------------------------------------------------

/// The word after each occurrence of `prefix` (at a word start), stripped of punctuation around it.
fn words_after<'a>(text: &'a str, prefix: &str) -> Vec<&'a str> {
    text.match_indices(prefix)
        .filter(|(i, _)| *i == 0 || !text.as_bytes()[i - 1].is_ascii_alphanumeric())
        .filter_map(|(i, _)| text[i + prefix.len()..].split_whitespace().next())
        .map(|w| w.trim_matches(|c: char| "`*()[],;:".contains(c)))
        .collect()
}

#[test]
fn the_scripts_tests_binaries_and_flags_named_exist() {
    let prerender = read("src/publish/src/main.rs");
    // Every crate's manifest: a binary may be any crate's.
    let cargo: String = ["Cargo.toml", "src/report/Cargo.toml", "src/draft/Cargo.toml", "src/widget/Cargo.toml", "src/publish/Cargo.toml", "src/editor/Cargo.toml", "src/archive/Cargo.toml"]
        .into_iter()
        .map(read)
        .collect();
    let mut checked = 0;
    for (page, text) in pages() {
        let page = page.display();
        let parts = split(&text);
        // Commands are written as code: inline or in a fenced block.
        for code in parts.spans.iter().chain(&parts.fenced) {
            let code = code.split(" # ").next().unwrap();
            for script in words_after(code, "bash ").into_iter().chain(words_after(code, "node ")) {
                if script.contains('/') && !script.contains(['*', '$']) {
                    assert!(root().join(script).is_file(), "{page}: `{script}` does not exist");
                    checked += 1;
                }
            }
            for test in words_after(code, "--test ") {
                if !test.is_empty() && test.chars().all(|c| c.is_ascii_lowercase() || c == '_') {
                    assert!(root().join(format!("tests/{test}.rs")).is_file(), "{page}: no test target `{test}`");
                    checked += 1;
                }
            }
            for bin in words_after(code, "--bin ") {
                assert!(cargo.contains(&format!("name = \"{bin}\"")), "{page}: no binary `{bin}`");
                checked += 1;
            }
            // Every flag given to the prerender program is one it reads.
            if let Some((_, args)) = code.split_once("--bin prerender --") {
                for flag in args.split_whitespace().filter(|w| w.starts_with("--")) {
                    assert!(prerender.contains(&format!("\"{flag}\"")), "{page}: prerender has no {flag}");
                    checked += 1;
                }
            }
        }
    }
    assert!(checked > 20, "only {checked} commands found");
}

#[test]
fn the_repository_paths_named_exist() {
    let mut checked = 0;
    for (page, text) in pages() {
        for span in split(&text).spans {
            let path = span.trim_end_matches('/');
            let roots = ["src/", "tests/", ".ci/", "static/", "docs/"];
            // Generated or run-time paths (screenshots, logs, installed packages) are not in the
            // repository.
            if !roots.iter().any(|r| span.starts_with(r))
                || span.contains(['*', ' ', '$', '<'])
                || span.contains("artifacts")
                || span.contains("node_modules")
            {
                continue;
            }
            let in_src = false;
            let full = if in_src { root().join("src").join(path) } else { root().join(path) };
            assert!(full.exists(), "{}: `{span}` does not exist", page.display());
            checked += 1;
        }
    }
    assert!(checked > 30, "only {checked} paths found");
}
