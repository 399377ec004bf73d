//! Where a report may come from. An author's `src` attribute is free: the author chose it. A
//! report named by the page *address* (`?src=`) is another matter: anyone can write a link to the
//! newspaper's page that names a report on their own server, and the page would show it under the
//! newspaper's name. So such a report is fetched only from the page's own origin, or from origins
//! the site lists in its own HTML:
//!
//! ```html
//! <meta name="session-report-origins" content="https://data.example.org https://cdn.example.org">
//! ```
//!
//! Origins are compared as the browser computes them (`scheme://host[:port]`, the default port
//! left out); this module holds the rules, the view resolves addresses with the browser's URL.

/// The origins a page allows: `content` split at spaces and commas; each entry must be an
/// `http(s)` origin (a trailing `/` is tolerated). Anything else (paths, `*`, other schemes) is
/// ignored: a typo must never widen the list.
pub fn allowed_origins(content: &str) -> Vec<String> {
    content
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter_map(|entry| {
            let entry = entry.strip_suffix('/').unwrap_or(entry).to_ascii_lowercase();
            let host = entry.strip_prefix("https://").or_else(|| entry.strip_prefix("http://"))?;
            let valid = !host.is_empty()
                && host.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']'));
            valid.then_some(entry)
        })
        .collect()
}

/// Whether a report at `origin` may be shown on a page at `page_origin` that allows `allowed`.
pub fn may_load(origin: &str, page_origin: &str, allowed: &[String]) -> bool {
    origin == page_origin || allowed.iter().any(|a| a == origin)
}

/// A report's origin worth telling the reader: `None` when it is the page's own.
pub fn foreign(origin: &str, page_origin: &str) -> Option<String> {
    (origin != page_origin && !origin.is_empty()).then(|| origin.to_owned())
}
