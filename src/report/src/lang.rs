//! The two languages a report and the widget speak, by tag. Everything that formats or words
//! something for a reader takes one: numbers in `locale`, words in `wording`, texts in `text`.
//! It imports nothing, so every one of them can.

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Locale {
    #[default]
    Vi,
    En,
}

impl Locale {
    pub const ALL: [Locale; 2] = [Locale::Vi, Locale::En];

    /// BCP 47 tag for the `lang` attribute.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::Vi => "vi",
            Locale::En => "en",
        }
    }

    /// The language with its region, as Open Graph's `og:locale` wants it: "vi_VN" / "en_GB".
    pub fn og_tag(self) -> &'static str {
        match self {
            Locale::Vi => "vi_VN",
            Locale::En => "en_GB",
        }
    }

    pub fn other(self) -> Locale {
        match self {
            Locale::Vi => Locale::En,
            Locale::En => Locale::Vi,
        }
    }

    /// Accepts "vi", "en" and regional tags such as "en-GB" or "vi-VN", case-insensitively.
    pub fn from_tag(tag: &str) -> Option<Locale> {
        let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "vi" => Some(Locale::Vi),
            "en" => Some(Locale::En),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Locale::{self, *};

    #[test]
    fn tags() {
        assert_eq!(Locale::from_tag("en-GB"), Some(En));
        assert_eq!(Locale::from_tag("VI_vn"), Some(Vi));
        assert_eq!(Locale::from_tag("fr"), None);
        assert_eq!(Locale::from_tag(""), None);
        assert_eq!((Vi.og_tag(), En.og_tag()), ("vi_VN", "en_GB"));
    }
}
