//! Bilingual text: every human-readable string in a report carries Vietnamese and/or English.

use serde::{Deserialize, Serialize};

use super::lang::Locale;

/// A human-readable text in Vietnamese and English; at least one must be present (see validation).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Text {
    /// Vietnamese, as written in the source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vi: Option<String>,
    /// English.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub en: Option<String>,
}

/// The text chosen for a locale, and whether it had to fall back to the other language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Resolved<'a> {
    pub text: &'a str,
    /// The language `text` is actually in (differs from the one asked for on fallback).
    pub lang: Locale,
    pub fallback: bool,
}

impl Text {
    pub fn new(vi: &str, en: &str) -> Self {
        Self { vi: Some(vi.to_owned()), en: Some(en.to_owned()) }
    }

    /// The text in `locale`, or in `locale`'s counterpart when that is missing or blank.
    /// `None` only for a text with neither language, which validation rejects.
    pub fn resolve(&self, locale: Locale) -> Option<Resolved<'_>> {
        let pick = |l: Locale| {
            let s = match l {
                Locale::Vi => self.vi.as_deref(),
                Locale::En => self.en.as_deref(),
            };
            s.filter(|s| !s.trim().is_empty())
        };
        if let Some(text) = pick(locale) {
            return Some(Resolved { text, lang: locale, fallback: false });
        }
        let other = locale.other();
        pick(other).map(|text| Resolved { text, lang: other, fallback: true })
    }

    /// True when neither language has any visible character.
    pub fn is_blank(&self) -> bool {
        self.resolve(Locale::Vi).is_none()
    }
}

/// Text for an HTML attribute or element, escaped: for HTML written as a string (the pre-render
/// step's pages, the editor's details of a report's problems).
pub fn escape_html(s: &str) -> String {
    s.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;").replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn falls_back_to_the_other_language_and_says_so() {
        let only_vi = Text { vi: Some("Kinh tế".into()), en: Some("  ".into()) };
        let r = only_vi.resolve(Locale::En).unwrap();
        assert_eq!((r.text, r.lang, r.fallback), ("Kinh tế", Locale::Vi, true));
        let r = only_vi.resolve(Locale::Vi).unwrap();
        assert!(!r.fallback);
        assert!(Text::default().is_blank());
    }
}
