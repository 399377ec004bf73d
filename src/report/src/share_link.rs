//! The view state as a short, URL-safe string, so a copied address reopens the same view:
//! `l.en~o.economy,discussion~f.sown-area~t.economy:0` — language, open sections (absent: as a
//! new view opens them, see `view_state::OPEN_UP_TO`), the section or indicator to focus, charts shown as tables. Each widget keeps its string
//! under its own query parameter (`sr-<key>`), leaving the page's other parameters and its hash
//! (which host pages use for their own routing) alone.
//!
//! Decoding never fails: anything unknown, malformed, stale (ids the report does not have) or
//! oversized is ignored, and what remains is applied.

use super::locale::Locale;
use super::format::Report;
use super::validate::is_valid_id;
use super::view_state::ViewState;

/// A state string longer than this is not from us; it is ignored whole.
pub const MAX_LEN: usize = 4096;
/// At most this many ids are read from one list.
const MAX_IDS: usize = 512;

/// The query parameter holding one widget's state.
pub fn param_name(key: &str) -> String {
    format!("sr-{key}")
}

/// A widget key from an element id or attribute: kept to the id alphabet so it cannot inject into
/// the URL; `None` when nothing usable is left.
pub fn clean_key(raw: &str) -> Option<String> {
    let key: String = raw
        .chars()
        .map(|c| c.to_ascii_lowercase())
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .take(32)
        .collect();
    (!key.is_empty()).then_some(key)
}

/// What a link said, before it is checked against a report.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LinkState {
    pub locale: Option<Locale>,
    pub open: Option<Vec<String>>,
    pub focus: Option<String>,
    pub tables: Vec<(String, usize)>,
}

pub fn decode(s: &str) -> LinkState {
    let mut link = LinkState::default();
    if s.len() > MAX_LEN {
        return link;
    }
    for field in s.split('~') {
        let Some((name, value)) = field.split_once('.') else { continue };
        match name {
            "l" => link.locale = Locale::from_tag(value).or(link.locale),
            "o" => link.open = Some(ids(value).map(str::to_owned).collect()),
            "f" if is_valid_id(value) => link.focus = Some(value.to_owned()),
            "t" => {
                link.tables = value
                    .split(',')
                    .take(MAX_IDS)
                    .filter_map(|t| {
                        let (id, n) = t.split_once(':')?;
                        let n: usize = n.parse().ok().filter(|&n| n < 64)?;
                        is_valid_id(id).then(|| (id.to_owned(), n))
                    })
                    .collect()
            }
            _ => {}
        }
    }
    link
}

impl LinkState {
    /// This link's state with what the reader did before the widget was live on top: taps on the
    /// pre-rendered report (its open sections, its language) win over the link's, and a link's
    /// focus no longer applies once the reader has chosen what to open.
    pub fn with_taps(mut self, taps: LinkState) -> LinkState {
        if taps.open.is_some() {
            self.open = taps.open;
            self.focus = None;
        }
        self.locale = taps.locale.or(self.locale);
        self
    }
}

fn ids(list: &str) -> impl Iterator<Item = &str> {
    list.split(',').take(MAX_IDS).filter(|id| is_valid_id(id))
}

/// The view a link asks for, on this report. `locale` is the widget's language without the link.
pub fn restore(link: &LinkState, report: &Report, locale: Locale) -> ViewState {
    let index = |id: &str| report.sections.iter().position(|s| s.id == id);
    let mut state = ViewState::new(report.sections.len(), link.locale.unwrap_or(locale));
    if let Some(open) = &link.open {
        state.open.fill(false);
        for i in open.iter().filter_map(|id| index(id)) {
            state.open[i] = true;
        }
    }
    for (id, chart) in &link.tables {
        if let Some(i) = index(id) {
            state.tables.insert((i, *chart));
        }
    }
    if let Some(focus) = &link.focus {
        // A section, or the section showing that indicator: it must be open to be seen.
        let section = index(focus).or_else(|| report.sections.iter().position(|s| s.indicators.contains(focus)));
        if let Some(i) = section {
            state.open[i] = true;
            state.focus = Some(focus.clone());
        }
    }
    state
}

/// The link string for a view; empty when the view is the default one (nothing worth a parameter).
/// `page_locale` is the language everyone opening the page gets without a link saying so (set by
/// the page's address or the widget's element); `None` when the reader's browser chose it, and then
/// the link always names the language on screen, so a colleague whose browser differs sees the
/// same view.
pub fn encode(state: &ViewState, report: &Report, page_locale: Option<Locale>) -> String {
    let mut fields = Vec::new();
    if Some(state.locale) != page_locale {
        fields.push(format!("l.{}", state.locale.tag()));
    }
    if !state.default_open() {
        let open: Vec<&str> = report
            .sections
            .iter()
            .enumerate()
            .filter(|(i, _)| state.is_open(*i))
            .map(|(_, s)| s.id.as_str())
            .collect();
        fields.push(format!("o.{}", open.join(",")));
    }
    if let Some(f) = &state.focus {
        fields.push(format!("f.{f}"));
    }
    if !state.tables.is_empty() {
        let tables: Vec<String> = state
            .tables
            .iter()
            .filter_map(|&(s, c)| report.sections.get(s).map(|sec| format!("{}:{c}", sec.id)))
            .collect();
        fields.push(format!("t.{}", tables.join(",")));
    }
    fields.join("~")
}

/// `search` (a page's `?query`, possibly empty) with one parameter set to `value`, or removed when
/// `value` is empty. Every other parameter is kept byte for byte, in order: re-encoding them (as
/// URLSearchParams would) could change what the host page reads. `value` comes from [`encode`], whose
/// alphabet (a–z, 0–9, `-.,~:`) needs no escaping in a query.
pub fn with_param(search: &str, name: &str, value: &str) -> String {
    let mut parts: Vec<&str> = search
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty() && p.split('=').next() != Some(name))
        .collect();
    let pair = format!("{name}={value}");
    if !value.is_empty() {
        parts.push(&pair);
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!("?{}", parts.join("&"))
    }
}
