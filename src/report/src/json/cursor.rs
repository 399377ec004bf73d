//! JSON text → tokens, with the first syntax error said in words an editor can act on ("a comma
//! before }", "a decimal comma in 107,5") at the byte where it is. Also skips a whole value
//! without building it, iteratively, so 100,000 nested brackets cost no stack.

use std::borrow::Cow;

use crate::problem::Syntax;

/// The first syntax error: what, and the byte offset where it is. Reading stops there.
#[derive(Debug, Clone, PartialEq)]
pub struct SyntaxError {
    pub syntax: Syntax,
    pub at: usize,
    /// The JSON path of the innermost value of the format being read there, when known.
    pub path: Option<String>,
}

/// What starts at the cursor, once whitespace is skipped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Token {
    Object,
    List,
    Str,
    Number,
    True,
    False,
    Null,
}

/// Deeper nesting is a syntax error (serde_json stopped at 128).
pub const MAX_DEPTH: usize = 10_000;

pub struct Cursor<'a> {
    text: &'a str,
    bytes: &'a [u8],
    pub pos: usize,
    /// Offsets of the `{` and `[` still open, innermost last: "the { opened on line 3".
    open: Vec<usize>,
}

impl<'a> Cursor<'a> {
    pub fn new(text: &'a str) -> Self {
        Self { text, bytes: text.as_bytes(), pos: 0, open: Vec::new() }
    }

    pub fn text(&self) -> &'a str {
        self.text
    }

    fn fail<T>(&self, syntax: Syntax, at: usize) -> Result<T, SyntaxError> {
        Err(SyntaxError { syntax, at, path: None })
    }

    pub fn skip_ws(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.bytes.get(self.pos) {
            self.pos += 1;
        }
    }

    /// The byte at the cursor after whitespace; `None` at the end of the text.
    pub fn peek_byte(&mut self) -> Option<u8> {
        self.skip_ws();
        self.bytes.get(self.pos).copied()
    }

    /// The file ended: inside an open container, or before anything at all.
    fn ended<T>(&self) -> Result<T, SyntaxError> {
        let syntax = match self.open.last() {
            Some(&at) => Syntax::EndsOpen { opener: self.bytes[at] as char, line: line_of(self.text, at) },
            None if self.text.trim_matches([' ', '\t', '\n', '\r']).is_empty() => Syntax::Empty,
            None => Syntax::MissingValue,
        };
        self.fail(syntax, self.bytes.len())
    }

    /// What value starts here; a syntax error when none does.
    pub fn peek(&mut self) -> Result<Token, SyntaxError> {
        let Some(b) = self.peek_byte() else { return self.ended() };
        let at = self.pos;
        Ok(match b {
            b'{' => Token::Object,
            b'[' => Token::List,
            b'"' => Token::Str,
            b'-' | b'0'..=b'9' => Token::Number,
            b'/' => return self.fail(Syntax::Comment, at),
            b'\'' => return self.fail(Syntax::SingleQuotes, at),
            b'+' | b'.' => return self.fail(Syntax::BadNumber(self.run(at, is_number_byte).into()), at),
            b'}' | b']' | b',' | b':' => return self.fail(Syntax::MissingValue, at),
            _ if b.is_ascii_alphabetic() => match self.run(at, is_word_byte) {
                "true" => Token::True,
                "false" => Token::False,
                "null" => Token::Null,
                word => return self.fail(Syntax::NotAValue(clip(word)), at),
            },
            _ => return self.fail(Syntax::Unexpected(self.char_at(at)), at),
        })
    }

    fn char_at(&self, at: usize) -> char {
        self.text.get(at..).and_then(|s| s.chars().next()).unwrap_or('?')
    }

    /// The longest run of bytes from `at` that `keep` accepts.
    fn run(&self, at: usize, keep: fn(u8) -> bool) -> &'a str {
        let len = self.bytes[at..].iter().take_while(|&&b| keep(b)).count();
        &self.text[at..at + len]
    }

    /// Consumes `true`, `false` or `null` (after [`Cursor::peek`] said which).
    pub fn word(&mut self) {
        let len = self.run(self.pos, is_word_byte).len();
        self.pos += len;
    }

    /// Consumes a number and returns it as written, checked against JSON's grammar.
    pub fn number(&mut self) -> Result<&'a str, SyntaxError> {
        let at = self.pos;
        let written = self.run(at, is_number_byte);
        if !is_json_number(written) {
            return self.fail(Syntax::BadNumber(clip(written)), at);
        }
        self.pos += written.len();
        Ok(written)
    }

    /// Consumes a string and returns its value, borrowed from the text unless it has escapes.
    pub fn string(&mut self) -> Result<Cow<'a, str>, SyntaxError> {
        let open = self.pos;
        self.pos += 1;
        let start = self.pos;
        let mut owned: Option<String> = None;
        loop {
            let run = self.bytes[self.pos..].iter().take_while(|&&b| b != b'"' && b != b'\\' && b >= 0x20).count();
            let end = self.pos + run;
            if let Some(s) = owned.as_mut() {
                s.push_str(&self.text[self.pos..end]);
            }
            self.pos = end;
            match self.bytes.get(end) {
                None => return self.fail(Syntax::EndsInText, open),
                Some(b'"') => {
                    self.pos += 1;
                    return Ok(match owned {
                        Some(s) => Cow::Owned(s),
                        None => Cow::Borrowed(&self.text[start..end]),
                    });
                }
                Some(b'\\') => {
                    let s = owned.get_or_insert_with(|| self.text[start..end].to_owned());
                    let c = self.escape()?;
                    s.push(c);
                }
                // A line break inside a text is nearly always a closing quote left out.
                Some(b'\n' | b'\r') => return self.fail(Syntax::LineBreakInText, end),
                Some(&b) => return self.fail(Syntax::ControlInText(b as u32), end),
            }
        }
    }

    /// Consumes one escape (at its backslash) and returns the character it stands for.
    fn escape(&mut self) -> Result<char, SyntaxError> {
        let at = self.pos;
        let c = match self.bytes.get(at + 1) {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => return self.unicode_escape(),
            None => return self.fail(Syntax::EndsInText, at),
            Some(_) => {
                let written: String = self.text[at..].chars().take(2).collect();
                return self.fail(Syntax::BadEscape(written), at);
            }
        };
        self.pos += 2;
        Ok(c)
    }

    /// `\uXXXX`, and a pair of them for a character beyond U+FFFF.
    fn unicode_escape(&mut self) -> Result<char, SyntaxError> {
        let at = self.pos;
        let hex = |pos: usize| -> Option<u32> {
            let digits = self.text.get(pos + 2..pos + 6)?;
            if self.bytes.get(pos + 1) != Some(&b'u') || !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
                return None;
            }
            u32::from_str_radix(digits, 16).ok()
        };
        let Some(first) = hex(at) else {
            let written: String = self.text[at..].chars().take(6).collect();
            return self.fail(Syntax::BadEscape(written), at);
        };
        let half = || Syntax::HalfCharacter(self.text[at..at + 6].to_owned());
        let c = match first {
            0xD800..=0xDBFF => match self.bytes.get(at + 6).and_then(|&b| (b == b'\\').then(|| hex(at + 6)).flatten()) {
                Some(low @ 0xDC00..=0xDFFF) => {
                    self.pos += 6;
                    char::from_u32(0x10000 + ((first - 0xD800) << 10) + (low - 0xDC00))
                }
                _ => None,
            },
            0xDC00..=0xDFFF => None,
            c => char::from_u32(c),
        };
        match c {
            Some(c) => {
                self.pos += 6;
                Ok(c)
            }
            None => self.fail(half(), at),
        }
    }

    /// Consumes `{` or `[` (after [`Cursor::peek`] said which). Nesting is limited: no report
    /// goes deeper than 8 levels, and 20 MB of `[` would otherwise keep 160 MB of offsets.
    pub fn open(&mut self) -> Result<(), SyntaxError> {
        if self.open.len() >= MAX_DEPTH {
            return self.fail(Syntax::TooDeep(MAX_DEPTH), self.pos);
        }
        self.open.push(self.pos);
        self.pos += 1;
        Ok(())
    }

    /// After `{` (`first`) or a member's value: the next member's key and its offset, with the
    /// comma before it and the colon after it consumed; `None` once `}` closes the object.
    pub fn next_key(&mut self, first: bool) -> Result<Option<(Cow<'a, str>, usize)>, SyntaxError> {
        let value_end = self.pos;
        match self.peek_byte() {
            Some(b'}') => return Ok(self.close()),
            Some(b',') if !first => {
                let comma = self.pos;
                self.pos += 1;
                match self.peek_byte() {
                    Some(b'}') => return self.fail(Syntax::TrailingComma { closer: '}' }, comma),
                    Some(b',') => return self.fail(Syntax::ExtraComma, self.pos),
                    // `"share": 107,5` reads as 107 and then a field named 5: a decimal comma.
                    Some(b'0'..=b'9') if comma == value_end && self.pos == comma + 1 && comma > 0 && self.bytes[comma - 1].is_ascii_digit() => {
                        let start = self.bytes[..comma].iter().rposition(|&b| !is_number_byte(b)).map_or(0, |i| i + 1);
                        let end = comma + 1 + self.run(comma + 1, |b| b.is_ascii_digit()).len();
                        return self.fail(Syntax::DecimalComma(self.text[start..end].to_owned()), start);
                    }
                    _ => {}
                }
            }
            Some(b'"') if !first => return self.fail(Syntax::MissingComma { in_object: true }, value_end),
            None => return self.ended(),
            Some(_) if !first => return self.fail(Syntax::Unexpected(self.char_at(self.pos)), self.pos),
            Some(_) => {}
        }
        let at = self.pos;
        let key = match self.bytes.get(at) {
            Some(b'"') => self.string()?,
            Some(b'\'') => return self.fail(Syntax::SingleQuotes, at),
            Some(b'/') => return self.fail(Syntax::Comment, at),
            Some(&b) if is_word_byte(b) => return self.fail(Syntax::UnquotedKey(clip(self.run(at, is_word_byte))), at),
            Some(b'}' | b',') => return self.fail(Syntax::MissingValue, at),
            None => return self.ended(),
            Some(_) => return self.fail(Syntax::Unexpected(self.char_at(at)), at),
        };
        let key_end = self.pos;
        match self.peek_byte() {
            Some(b':') => self.pos += 1,
            None => return self.ended(),
            Some(_) => return self.fail(Syntax::MissingColon, key_end),
        }
        Ok(Some((key, at)))
    }

    /// After `[` (`first`) or an element: whether another element follows (its comma consumed);
    /// `false` once `]` closes the list.
    pub fn next_item(&mut self, first: bool) -> Result<bool, SyntaxError> {
        let value_end = self.pos;
        match self.peek_byte() {
            Some(b']') => {
                self.close();
                Ok(false)
            }
            Some(b',') if !first => {
                let comma = self.pos;
                self.pos += 1;
                match self.peek_byte() {
                    Some(b']') => self.fail(Syntax::TrailingComma { closer: ']' }, comma),
                    Some(b',') => self.fail(Syntax::ExtraComma, self.pos),
                    _ => Ok(true),
                }
            }
            None => self.ended(),
            Some(_) if first => Ok(true),
            Some(b'"' | b'{' | b'[' | b'0'..=b'9' | b'-') => self.fail(Syntax::MissingComma { in_object: false }, value_end),
            Some(_) => self.fail(Syntax::Unexpected(self.char_at(self.pos)), self.pos),
        }
    }

    /// Consumes the closing bracket at the cursor.
    fn close(&mut self) -> Option<(Cow<'a, str>, usize)> {
        self.open.pop();
        self.pos += 1;
        None
    }

    /// Skips one value of any kind, checking its syntax, without building anything.
    pub fn skip_value(&mut self) -> Result<(), SyntaxError> {
        // One entry per open container: true for an object.
        let mut stack: Vec<bool> = Vec::new();
        loop {
            let token = self.peek()?;
            let mut first = false;
            match token {
                Token::Object | Token::List => {
                    self.open()?;
                    stack.push(token == Token::Object);
                    first = true;
                }
                Token::Str => {
                    self.string()?;
                }
                Token::Number => {
                    self.number()?;
                }
                Token::True | Token::False | Token::Null => self.word(),
            }
            // Up to the next value, closing every container that ends on the way.
            loop {
                let Some(&object) = stack.last() else { return Ok(()) };
                let more = if object { self.next_key(first)?.is_some() } else { self.next_item(first)? };
                if more {
                    break;
                }
                stack.pop();
                first = false;
            }
        }
    }

    /// After the report: only whitespace may follow.
    pub fn end(&mut self) -> Result<(), SyntaxError> {
        match self.peek_byte() {
            None => Ok(()),
            Some(_) => self.fail(Syntax::AfterEnd, self.pos),
        }
    }
}

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b == b'$'
}

fn is_number_byte(b: u8) -> bool {
    b.is_ascii_digit() || matches!(b, b'-' | b'+' | b'.' | b'e' | b'E')
}

/// JSON's number grammar: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
fn is_json_number(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = usize::from(b.first() == Some(&b'-'));
    let digits = |i: &mut usize| {
        let start = *i;
        while b.get(*i).is_some_and(u8::is_ascii_digit) {
            *i += 1;
        }
        *i - start
    };
    match b.get(i) {
        Some(b'0') => i += 1,
        Some(b'1'..=b'9') => {
            digits(&mut i);
        }
        _ => return false,
    }
    if b.get(i) == Some(&b'.') {
        i += 1;
        if digits(&mut i) == 0 {
            return false;
        }
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(b.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        if digits(&mut i) == 0 {
            return false;
        }
    }
    i == b.len()
}

/// The 1-based line of a byte offset.
pub fn line_of(text: &str, at: usize) -> usize {
    text.as_bytes()[..at.min(text.len())].iter().filter(|&&b| b == b'\n').count() + 1
}

/// Words quoted back in messages are kept short.
pub fn clip(s: &str) -> String {
    match s.char_indices().nth(40) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn syntax(text: &str) -> (Syntax, usize) {
        let mut c = Cursor::new(text);
        let e = c.skip_value().and_then(|_| c.end()).expect_err("a syntax error");
        (e.syntax, e.at)
    }

    #[test]
    fn numbers_follow_json_grammar() {
        for ok in ["0", "-0", "107.5", "1e400", "-2.5E+3", "86600000000"] {
            assert!(is_json_number(ok), "{ok}");
        }
        for bad in ["01", "1.", ".5", "+1", "-", "1e", "1.5.2", "--1"] {
            assert!(!is_json_number(bad), "{bad}");
        }
    }

    #[test]
    fn syntax_errors_are_named_where_they_are() {
        assert_eq!(syntax("{\"a\": 1,\n}"), (Syntax::TrailingComma { closer: '}' }, 7));
        assert_eq!(syntax("[1, 2,]"), (Syntax::TrailingComma { closer: ']' }, 5));
        assert_eq!(syntax("{\"a\": 1,, \"b\": 2}"), (Syntax::ExtraComma, 8));
        assert_eq!(syntax("{\"a\": 1 \"b\": 2}"), (Syntax::MissingComma { in_object: true }, 7));
        assert_eq!(syntax("{\"share\": 107,5}"), (Syntax::DecimalComma("107,5".into()), 10));
        assert_eq!(syntax("{\"a\": NaN}"), (Syntax::NotAValue("NaN".into()), 6));
        assert_eq!(syntax("{'a': 1}"), (Syntax::SingleQuotes, 1));
        assert_eq!(syntax("{a: 1}"), (Syntax::UnquotedKey("a".into()), 1));
        assert_eq!(syntax("{\"a\" 1}"), (Syntax::MissingColon, 4));
        assert_eq!(syntax("{\"a\": 1} {}"), (Syntax::AfterEnd, 9));
        assert_eq!(syntax("  "), (Syntax::Empty, 2));
        assert_eq!(syntax("{\n\"a\": [1"), (Syntax::EndsOpen { opener: '[', line: 2 }, 9));
        assert_eq!(syntax("{\"a\": \"x\n\"}"), (Syntax::LineBreakInText, 8));
        assert_eq!(syntax("\"\\x\""), (Syntax::BadEscape("\\x".into()), 1));
        assert_eq!(syntax("\"\\ud800\""), (Syntax::HalfCharacter("\\ud800".into()), 1));
        assert_eq!(syntax("{\"a\": 01}"), (Syntax::BadNumber("01".into()), 6));
        assert_eq!(syntax("// x\n{}"), (Syntax::Comment, 0));
    }

    #[test]
    fn strings_are_unescaped_and_deep_nesting_costs_no_stack() {
        let mut c = Cursor::new("\"a\\n\\u00e9\\ud83d\\ude00\\\"\"");
        assert_eq!(c.string().unwrap(), "a\né😀\"");
        let deep = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
        assert!(Cursor::new(&deep).skip_value().is_ok());
        let deeper = "[".repeat(MAX_DEPTH + 1);
        assert_eq!(Cursor::new(&deeper).skip_value().unwrap_err().syntax, Syntax::TooDeep(MAX_DEPTH));
    }
}
