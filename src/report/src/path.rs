//! The path of a place in a report, the one grammar for it: fields by name joined by dots, list
//! elements by their index (from 0) in brackets, as `sections[2].title`,
//! `indicators[0].changes[1].against`, `meta.source.outlet`; the empty path is the whole file.
//! Problems carry paths in this form (tests and tools read them); the JSON reader, the checks and
//! the walk over a report's texts build them here, and whatever reads one back (the place in words,
//! which problems belong to a form) parses it here.

use std::fmt::{self, Write};

/// One step down: a field of an object, or an element of a list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Step<'a> {
    Field(&'a str),
    Index(usize),
}

/// A path being built, as its text. Push a step, look, go back: one buffer serves a whole walk, and
/// a path is only copied out when it is kept.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Path(String);

/// Where a path was before a [`Path::push`], to go back to.
#[derive(Debug, Clone, Copy)]
pub struct Mark(usize);

impl Path {
    pub fn new() -> Self {
        Self::default()
    }

    /// One step down; returns the mark to come back to.
    pub fn push(&mut self, step: Step<'_>) -> Mark {
        let mark = Mark(self.0.len());
        match step {
            Step::Field(name) => {
                if !self.0.is_empty() {
                    self.0.push('.');
                }
                self.0.push_str(name);
            }
            Step::Index(i) => {
                let _ = write!(self.0, "[{i}]");
            }
        }
        mark
    }

    /// Back to where the path was at `mark`.
    pub fn back_to(&mut self, mark: Mark) {
        self.0.truncate(mark.0);
    }

    /// This path and a field under it: `Path::new().field("meta").field("title")`.
    pub fn field(mut self, name: &str) -> Self {
        self.push(Step::Field(name));
        self
    }

    /// This path and the element `i` of the list it names.
    pub fn index(mut self, i: usize) -> Self {
        self.push(Step::Index(i));
        self
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_string(self) -> String {
        self.0
    }

    pub fn steps(&self) -> Steps<'_> {
        steps(&self.0)
    }
}

impl<'a> FromIterator<Step<'a>> for Path {
    fn from_iter<I: IntoIterator<Item = Step<'a>>>(steps: I) -> Self {
        let mut path = Path::new();
        for step in steps {
            path.push(step);
        }
        path
    }
}

impl fmt::Display for Path {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<Path> for String {
    fn from(path: Path) -> String {
        path.0
    }
}

/// The steps of a path's text: `sections[2].title` → `sections`, 2, `title`.
pub fn steps(path: &str) -> Steps<'_> {
    Steps { rest: path, started: false }
}

/// The steps of a path's text, in order (see [`steps`]).
#[derive(Debug, Clone)]
pub struct Steps<'a> {
    rest: &'a str,
    started: bool,
}

impl<'a> Iterator for Steps<'a> {
    type Item = Step<'a>;

    fn next(&mut self) -> Option<Step<'a>> {
        if self.rest.is_empty() {
            return None;
        }
        let first = !self.started;
        self.started = true;
        if let Some((n, after)) = self.rest.strip_prefix('[').and_then(|r| r.split_once(']')) {
            if let Ok(i) = n.parse() {
                self.rest = after;
                return Some(Step::Index(i));
            }
        }
        let text = if first { self.rest } else { self.rest.strip_prefix('.').unwrap_or(self.rest) };
        // A name runs to the next `.` or `[`; one that starts with either (not written by this
        // grammar) keeps that character, so every step moves on.
        let end = text.char_indices().skip(1).find(|&(_, c)| c == '.' || c == '[').map_or(text.len(), |(i, _)| i);
        let (name, rest) = text.split_at(end);
        self.rest = rest;
        Some(Step::Field(name))
    }
}

/// Whether `path` is `prefix` or lies inside it (`indicators[1].value` in `indicators[1]`, not
/// `indicators[10]`).
pub fn within(path: &str, prefix: &str) -> bool {
    prefix.is_empty() || path.strip_prefix(prefix).is_some_and(|rest| rest.is_empty() || rest.starts_with(['.', '[']))
}

/// The path one step up: `a.b[2]` → `a.b`, `a.b` → `a`, `a` → the whole file (``).
pub fn parent(path: &str) -> &str {
    &path[..path.rfind(['.', '[']).unwrap_or(0)]
}

/// `path` and every path above it, up to the whole file: `a.b[2].c`, `a.b[2]`, `a.b`, `a`, ``.
pub fn prefixes(path: &str) -> impl Iterator<Item = &str> {
    std::iter::successors(Some(path), |p| (!p.is_empty()).then(|| parent(p)))
}

/// The last field named on the way to `path` (`sections` for `sections[2]`), if any.
pub fn last_field(path: &str) -> Option<&str> {
    steps(path).filter_map(|s| if let Step::Field(name) = s { Some(name) } else { None }).last()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_and_back() {
        for text in ["sections[2].title", "indicators[0].changes[1].against", "meta.source.outlet", "", "a", "[0].b"] {
            assert_eq!(steps(text).collect::<Path>().as_str(), text);
        }
        assert_eq!(
            steps("indicators[0].counts[1].value").collect::<Vec<_>>(),
            [Step::Field("indicators"), Step::Index(0), Step::Field("counts"), Step::Index(1), Step::Field("value")]
        );
        assert_eq!(Path::new().field("sections").index(2).field("title").to_string(), "sections[2].title");
    }

    #[test]
    fn odd_text_still_moves_on() {
        assert_eq!(steps("a[x].b").collect::<Vec<_>>(), [Step::Field("a"), Step::Field("[x]"), Step::Field("b")]);
        assert_eq!(steps("a..b").collect::<Vec<_>>(), [Step::Field("a"), Step::Field(".b")]);
    }

    #[test]
    fn a_walk_goes_back() {
        let mut p = Path::new().field("indicators");
        let mark = p.push(Step::Index(12));
        p.push(Step::Field("label"));
        assert_eq!(p.as_str(), "indicators[12].label");
        p.back_to(mark);
        assert_eq!(p.as_str(), "indicators");
    }

    #[test]
    fn within_and_above() {
        assert!(within("indicators[1].value", "indicators[1]"));
        assert!(within("indicators[1]", "indicators[1]"));
        assert!(within("indicators[1][0]", "indicators[1]"));
        assert!(!within("indicators[10]", "indicators[1]"));
        assert!(within("meta", ""));
        assert_eq!(parent("a.b[2]"), "a.b");
        assert_eq!(parent("a"), "");
        assert_eq!(prefixes("a.b[2].c").collect::<Vec<_>>(), ["a.b[2].c", "a.b[2]", "a.b", "a", ""]);
        assert_eq!(prefixes("").collect::<Vec<_>>(), [""]);
        assert_eq!(last_field("sections[2].indicators[1]"), Some("indicators"));
        assert_eq!(last_field("meta.photos[0].section"), Some("section"));
    }
}
