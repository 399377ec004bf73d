//! What a reader asks of the archive: words to search for and the filters, kept in the page's
//! address (`?q=van+lang&province=Lạng+Sơn&year=2020`) so a link reopens the same view. The
//! entries that answer it are `search.rs`'s.

use super::SessionKind;

/// The search words and filters; empty fields ask nothing.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    pub text: String,
    pub province: Option<String>,
    pub district: Option<String>,
    pub year: Option<i32>,
    pub kind: Option<SessionKind>,
}

impl Query {
    /// No words and no filter: the archive's first view.
    pub fn is_empty(&self) -> bool {
        self.text.trim().is_empty() && self.province.is_none() && self.district.is_none() && self.year.is_none() && self.kind.is_none()
    }

    /// The address's query pairs, in a fixed order, empty fields left out (the view's URL encodes them).
    pub fn to_pairs(&self) -> Vec<(&'static str, String)> {
        let mut pairs = Vec::new();
        if !self.text.trim().is_empty() {
            pairs.push(("q", self.text.clone()));
        }
        if let Some(p) = &self.province {
            pairs.push(("province", p.clone()));
        }
        if let Some(d) = &self.district {
            pairs.push(("district", d.clone()));
        }
        if let Some(y) = self.year {
            pairs.push(("year", y.to_string()));
        }
        if let Some(k) = self.kind {
            pairs.push(("kind", k.code().to_owned()));
        }
        pairs
    }

    /// From the address's (decoded) query pairs; unknown names and unreadable values are ignored.
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Query {
        let mut q = Query::default();
        let some = |v: &str| (!v.trim().is_empty()).then(|| v.trim().to_owned());
        for (name, value) in pairs {
            match name {
                "q" => q.text = value.to_owned(),
                "province" => q.province = some(value),
                "district" => q.district = some(value),
                "year" => q.year = value.trim().parse().ok(),
                "kind" => q.kind = SessionKind::from_code(value.trim()),
                _ => {}
            }
        }
        q
    }

    /// The page address's query part, form-encoded (UTF-8, `+` for a space): "?q=van+lang&year=2020",
    /// or "" for the first view.
    pub fn to_address(&self) -> String {
        let pairs: Vec<String> = self.to_pairs().iter().map(|(k, v)| format!("{k}={}", encode(v))).collect();
        if pairs.is_empty() { String::new() } else { format!("?{}", pairs.join("&")) }
    }

    /// From an address's query part (with or without its "?"), as [`Query::to_address`] writes it
    /// or a browser does.
    pub fn from_address(search: &str) -> Query {
        let decoded: Vec<(String, String)> = search
            .trim_start_matches('?')
            .split('&')
            .filter(|p| !p.is_empty())
            .map(|p| {
                let (k, v) = p.split_once('=').unwrap_or((p, ""));
                (decode(k), decode(v))
            })
            .collect();
        Query::from_pairs(decoded.iter().map(|(k, v)| (k.as_str(), v.as_str())))
    }
}

/// `application/x-www-form-urlencoded`: letters, digits and `-._~` as they are, a space as `+`,
/// every other byte of the UTF-8 as `%XX`.
fn encode(text: &str) -> String {
    let mut out = String::new();
    for b in text.bytes() {
        match b {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => out.push(b as char),
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// The reverse of [`encode`]; a `%` not followed by two hex digits is kept as it is.
fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |at: usize| bytes.get(at).and_then(|&c| (c as char).to_digit(16));
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if hex(i + 1).is_some() && hex(i + 2).is_some() => {
                out.push((hex(i + 1).unwrap() * 16 + hex(i + 2).unwrap()) as u8);
                i += 2;
            }
            c => out.push(c),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_address_keeps_the_query() {
        let q = Query { text: "van lang".into(), province: Some("Lạng Sơn".into()), district: None, year: Some(2020), kind: Some(SessionKind::Inspection) };
        let pairs = q.to_pairs();
        assert_eq!(pairs.iter().map(|(k, _)| *k).collect::<Vec<_>>(), ["q", "province", "year", "kind"]);
        assert_eq!(Query::from_pairs(pairs.iter().map(|(k, v)| (*k, v.as_str()))), q);
        assert_eq!(Query::from_pairs([("year", "soon"), ("kind", "party"), ("x", "1")]), Query::default());
        assert!(Query::default().is_empty() && !q.is_empty());
        assert_eq!(q.to_address(), "?q=van+lang&province=L%E1%BA%A1ng+S%C6%A1n&year=2020&kind=inspection");
        assert_eq!(Query::from_address(&q.to_address()), q);
        // As a browser writes it: %20 for a space, lowercase hex; a stray % survives.
        assert_eq!(Query::from_address("q=v%C4%83n%20l%c3%a3ng%").text, "văn lãng%");
        assert_eq!(Query::default().to_address(), "");
    }
}
