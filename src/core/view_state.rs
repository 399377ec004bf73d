//! The reader's view of one report: language and which sections are open. Kept in one place and
//! changed only through [`Action`]s, so the view stays a function of (report, state).

use super::locale::Locale;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ViewState {
    pub locale: Locale,
    open: Vec<bool>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Toggle(usize),
    ExpandAll,
    CollapseAll,
    SetLocale(Locale),
}

impl ViewState {
    /// Every section starts open: the whole report is readable at once and to search; readers
    /// collapse what they have read.
    pub fn new(sections: usize, locale: Locale) -> Self {
        Self { locale, open: vec![true; sections] }
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
    }
}
