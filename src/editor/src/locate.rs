//! Where a problem sits in the JSON text. The parser knows the line of a syntax or structure
//! error; the validator's problems name a JSON path (`sections[2].indicators[0]`) instead. The
//! editor shows every problem at its line, so this finds the line of the value a path names, or,
//! for a field that is missing, of the nearest enclosing value that is there.

/// Every value of `json` with its path (as [`report::problem::Problem::path`] writes them) and
/// its 1-based line, in document order. Stops quietly at the first thing that is not JSON.
pub fn paths(json: &str) -> Vec<(String, usize)> {
    let mut scan = Scan { bytes: json.as_bytes(), at: 0, line: 1, out: Vec::new() };
    scan.value(String::new());
    scan.out
}

/// The line of the value at `path`, or of its nearest ancestor present in the text.
pub fn line_of(json: &str, path: &str) -> Option<usize> {
    let all = paths(json);
    let mut path = path;
    loop {
        if let Some((_, line)) = all.iter().find(|(p, _)| p == path) {
            return Some(*line);
        }
        if path.is_empty() {
            return None;
        }
        path = parent(path);
    }
}

/// Whether `path` is `prefix` or lies inside it (`indicators[1].value` in `indicators[1]`, not
/// `indicators[10]`): which problems belong to a form.
pub fn within(path: &str, prefix: &str) -> bool {
    path.strip_prefix(prefix).is_some_and(|rest| rest.is_empty() || rest.starts_with(['.', '[']))
}

/// `a.b[2]` → `a.b`, `a.b` → `a`, `a` → ``.
fn parent(path: &str) -> &str {
    let cut = path.rfind(['.', '[']).unwrap_or(0);
    &path[..cut]
}

struct Scan<'a> {
    bytes: &'a [u8],
    at: usize,
    line: usize,
    out: Vec<(String, usize)>,
}

impl Scan<'_> {
    fn space(&mut self) {
        while let Some(&b) = self.bytes.get(self.at) {
            match b {
                b'\n' => self.line += 1,
                b' ' | b'\t' | b'\r' => {}
                _ => return,
            }
            self.at += 1;
        }
    }

    /// One value at `path`; false when the text stops being JSON.
    fn value(&mut self, path: String) -> bool {
        self.space();
        self.out.push((path.clone(), self.line));
        match self.bytes.get(self.at) {
            Some(b'{') => {
                self.at += 1;
                loop {
                    self.space();
                    match self.bytes.get(self.at) {
                        Some(b'}') => {
                            self.at += 1;
                            return true;
                        }
                        Some(b',') => self.at += 1,
                        Some(b'"') => {
                            let Some(key) = self.string() else { return false };
                            self.space();
                            if self.bytes.get(self.at) != Some(&b':') {
                                return false;
                            }
                            self.at += 1;
                            let child = if path.is_empty() { key } else { format!("{path}.{key}") };
                            if !self.value(child) {
                                return false;
                            }
                        }
                        _ => return false,
                    }
                }
            }
            Some(b'[') => {
                self.at += 1;
                let mut index = 0;
                loop {
                    self.space();
                    match self.bytes.get(self.at) {
                        Some(b']') => {
                            self.at += 1;
                            return true;
                        }
                        Some(b',') => self.at += 1,
                        Some(_) => {
                            if !self.value(format!("{path}[{index}]")) {
                                return false;
                            }
                            index += 1;
                        }
                        None => return false,
                    }
                }
            }
            Some(b'"') => self.string().is_some(),
            Some(_) => {
                // A number, true, false or null: up to the next delimiter.
                let start = self.at;
                while self.bytes.get(self.at).is_some_and(|b| !b",]} \t\r\n".contains(b)) {
                    self.at += 1;
                }
                self.at > start
            }
            None => false,
        }
    }

    /// A string's contents (escapes kept as written: keys are plain ASCII names).
    fn string(&mut self) -> Option<String> {
        self.at += 1;
        let start = self.at;
        loop {
            match self.bytes.get(self.at)? {
                b'"' => break,
                b'\\' => self.at += 2,
                b'\n' => return None,
                _ => self.at += 1,
            }
        }
        let s = String::from_utf8_lossy(&self.bytes[start..self.at]).into_owned();
        self.at += 1;
        Some(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const JSON: &str = "{\n  \"meta\": {\n    \"title\": {\"vi\": \"A\"}\n  },\n  \"sections\": [\n    {\"id\": \"a\"},\n    {\n      \"id\": \"b\",\n      \"indicators\": [\"x\", \"y\"]\n    }\n  ]\n}";

    #[test]
    fn finds_the_line_of_a_path() {
        assert_eq!(line_of(JSON, "meta.title"), Some(3));
        assert_eq!(line_of(JSON, "sections[1].id"), Some(8));
        assert_eq!(line_of(JSON, "sections[1].indicators[1]"), Some(9));
        assert_eq!(line_of(JSON, ""), Some(1));
    }

    #[test]
    fn a_missing_field_is_shown_at_its_parent() {
        assert_eq!(line_of(JSON, "meta.title.en"), Some(3));
        assert_eq!(line_of(JSON, "sections[1].indicators[5]"), Some(9));
        assert_eq!(line_of(JSON, "indicators[0]"), Some(1));
    }

    #[test]
    fn within_a_path() {
        assert!(within("indicators[1].value", "indicators[1]"));
        assert!(within("indicators[1]", "indicators[1]"));
        assert!(!within("indicators[10]", "indicators[1]"));
    }

    #[test]
    fn broken_text_gives_what_came_before() {
        let broken = "{\n \"a\": [1,\n 2,\n";
        assert_eq!(line_of(broken, "a[1]"), Some(3));
        assert!(paths("").len() == 1);
    }
}
