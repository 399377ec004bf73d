//! The reader's view of one report: language, which sections are open, which charts are shown as
//! tables, and the section or indicator a link pointed at. Kept in one place and changed only
//! through [`Action`]s, so the view stays a function of (report, state) and the state can be put
//! in a share link (`share_link.rs`).

use std::collections::BTreeSet;

use super::locale::Locale;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ViewState {
    pub locale: Locale,
    pub(crate) open: Vec<bool>,
    /// Charts shown as a table, as (section index, chart index within the section).
    pub(crate) tables: BTreeSet<(usize, usize)>,
    /// A section or indicator id from a share link, to open and scroll to.
    pub focus: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    Toggle(usize),
    ExpandAll,
    CollapseAll,
    SetLocale(Locale),
    ToggleTable(usize, usize),
    /// A new report with this many sections replaces the old one; the language stays.
    Reset(usize),
    /// Replace the whole state (a share link, once the report is known).
    Restore(Box<ViewState>),
}

/// Reports with up to this many sections start with every section open: the whole report is
/// readable at once, and readers collapse what they have read. Longer ones start as a list of
/// headings to open: laid out in full, 1,000 sections are a wall of text that takes a phone
/// seconds to render (docs/benchmarks.md).
pub const OPEN_UP_TO: usize = 20;

impl ViewState {
    pub fn new(sections: usize, locale: Locale) -> Self {
        Self { locale, open: vec![sections <= OPEN_UP_TO; sections], tables: BTreeSet::new(), focus: None }
    }

    /// Whether the sections are open as [`ViewState::new`] opens them.
    pub fn default_open(&self) -> bool {
        let open = self.open.len() <= OPEN_UP_TO;
        self.open.iter().all(|&o| o == open)
    }

    pub fn is_open(&self, section: usize) -> bool {
        self.open.get(section).copied().unwrap_or(false)
    }

    pub fn all_open(&self) -> bool {
        self.open.iter().all(|&o| o)
    }

    pub fn all_closed(&self) -> bool {
        self.open.iter().all(|&o| !o)
    }

    pub fn shows_table(&self, section: usize, chart: usize) -> bool {
        self.tables.contains(&(section, chart))
    }

    /// The charts of one section shown as tables.
    pub fn tables_in(&self, section: usize) -> Vec<usize> {
        self.tables.range((section, 0)..(section + 1, 0)).map(|&(_, c)| c).collect()
    }

    pub fn apply(&self, action: Action) -> Self {
        let mut next = self.clone();
        match action {
            // An index from a stale event is ignored rather than trusted.
            Action::Toggle(i) => {
                if let Some(o) = next.open.get_mut(i) {
                    *o = !*o;
                }
            }
            Action::ExpandAll => next.open.fill(true),
            Action::CollapseAll => next.open.fill(false),
            Action::SetLocale(l) => next.locale = l,
            Action::ToggleTable(s, c) => {
                if s < next.open.len() && !next.tables.remove(&(s, c)) {
                    next.tables.insert((s, c));
                }
            }
            Action::Reset(n) => next = ViewState::new(n, self.locale),
            Action::Restore(state) => next = *state,
        }
        next
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn toggling_and_bulk_actions() {
        let s = ViewState::new(3, Locale::Vi);
        assert!(s.all_open());
        let s = s.apply(Action::Toggle(1));
        assert!(s.is_open(0) && !s.is_open(1) && s.is_open(2));
        assert_eq!(s.apply(Action::Toggle(99)), s);
        let s = s.apply(Action::CollapseAll);
        assert!(s.all_closed());
        let s = s.apply(Action::ExpandAll).apply(Action::SetLocale(Locale::En));
        assert!(s.all_open());
        assert_eq!(s.locale, Locale::En);
        let s = s.apply(Action::ToggleTable(2, 0));
        assert!(s.shows_table(2, 0));
        assert!(!s.apply(Action::ToggleTable(2, 0)).shows_table(2, 0));
        assert_eq!(s.apply(Action::ToggleTable(7, 0)), s, "no such section");
        let s = s.apply(Action::Reset(5));
        assert_eq!((s.open.len(), s.locale, s.tables.len()), (5, Locale::En, 0));
    }

    #[test]
    fn long_reports_start_as_a_list_of_headings() {
        assert!(ViewState::new(OPEN_UP_TO, Locale::Vi).all_open());
        let long = ViewState::new(OPEN_UP_TO + 1, Locale::Vi);
        assert!(long.all_closed() && long.default_open());
        assert!(!long.apply(Action::Toggle(0)).default_open());
    }
}
