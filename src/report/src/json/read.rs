//! Tokens → the format's types, the way serde's derive would, except that a value of the wrong
//! shape does not stop the reading: it is recorded as a problem where it is, skipped, and a
//! stand-in takes its place, so one reading finds every structural problem of the file. (The
//! report is never shown then: the stand-ins only keep the rest of the reading going.)

use std::collections::HashMap;

use super::cursor::{clip, Cursor, SyntaxError, Token};
use crate::date::Date;
use crate::path::{Path, Step};
use crate::problem::{Expect, Found, Problem, ProblemKind};

/// A problem and the byte offset it is at (turned into line and column at the end).
#[derive(Debug, Clone, PartialEq)]
pub struct Located {
    pub problem: Problem,
    pub at: usize,
}

/// A syntax error ends the reading; every other problem is collected.
pub type Stop = SyntaxError;

/// A type the reader can build from JSON.
pub trait FromJson: Sized {
    /// What the format expects here, for messages ("a number", "a date YYYY-MM-DD").
    const EXPECT: Expect;
    /// Reads the value at the cursor. A value of the wrong shape becomes a problem and a stand-in.
    fn read(r: &mut Reader<'_>) -> Result<Self, Stop>;
    /// Takes the place of a missing or unreadable value. Chosen so that the semantic checks
    /// find nothing new to say about it (a NaN number is "not finite" at the same place, which
    /// is then dropped as a consequence of the structural problem).
    fn stand_in() -> Self;
}

/// At most this many problems are kept: a generator gone wrong can make millions, and each
/// costs memory; the panel lists 50 anyway.
pub const MAX_PROBLEMS: usize = 1000;

pub struct Reader<'a> {
    pub cur: Cursor<'a>,
    /// The steps to the value being read, kept as steps: the path's text is only written for a
    /// problem.
    path: Vec<Step<'static>>,
    pub problems: Vec<Located>,
    /// In a second reading, for the semantic checks' problems: the paths whose offsets are
    /// wanted, and the offsets found.
    pub wanted: Option<HashMap<String, usize>>,
}

impl<'a> Reader<'a> {
    pub fn new(text: &'a str) -> Self {
        Self { cur: Cursor::new(text), path: Vec::new(), problems: Vec::new(), wanted: None }
    }

    /// The JSON path of the value being read, as in `sections[2].title`.
    pub fn path(&self) -> String {
        self.path.iter().copied().collect::<Path>().into_string()
    }

    /// Records a problem at `at`, with the current path (and `below`, a key under it).
    pub fn problem(&mut self, kind: ProblemKind, at: usize, below: Option<&str>) {
        if self.problems.len() >= MAX_PROBLEMS {
            return;
        }
        let mut path: Path = self.path.iter().copied().collect();
        if let Some(key) = below {
            path.push(Step::Field(key));
        }
        self.problems.push(Located { problem: Problem::at(path.into_string(), kind), at });
    }

    /// Reads a `T` one step down the path.
    fn under<T: FromJson>(&mut self, step: Step<'static>) -> Result<T, Stop> {
        self.path.push(step);
        self.note_wanted();
        let value = T::read(self).map_err(|e| self.name_place(e));
        self.path.pop();
        value
    }

    /// Records that the value here is not what the format expects, and skips it.
    pub fn wrong(&mut self, expected: Expect) -> Result<(), Stop> {
        let at = self.cur.pos;
        let found = match self.cur.peek()? {
            Token::Object => Found::Object,
            Token::List => Found::List,
            Token::Str => Found::Str(clip(&self.cur.string()?)),
            Token::Number => Found::Number(clip(self.cur.number()?)),
            Token::True => Found::Flag(true),
            Token::False => Found::Flag(false),
            Token::Null => Found::Null,
        };
        if matches!(found, Found::Object | Found::List) {
            self.cur.skip_value()?;
        } else if matches!(found, Found::Flag(_) | Found::Null) {
            self.cur.word();
        }
        self.problem(ProblemKind::WrongType { expected, found }, at, None);
        Ok(())
    }

    /// Reads an object whose known fields are `names`: `field(r, i)` reads the value of
    /// `names[i]`, for each one present. Other fields, and a field written twice, are problems
    /// (and skipped). Returns the object's offset, or `None` when the value here is not an object.
    /// (`field` is a trait object so that one copy of this loop serves every type.)
    pub fn object(
        &mut self,
        expected: Expect,
        names: &'static [&'static str],
        field: &mut dyn FnMut(&mut Self, usize) -> Result<(), Stop>,
    ) -> Result<Option<usize>, Stop> {
        if self.cur.peek()? != Token::Object {
            self.wrong(expected)?;
            return Ok(None);
        }
        let at = self.cur.pos;
        self.cur.open()?;
        let mut seen = 0u64;
        let mut first = true;
        while let Some((key, key_at)) = self.cur.next_key(first)? {
            first = false;
            match names.iter().position(|n| *n == key) {
                Some(i) if seen & (1 << i) == 0 => {
                    seen |= 1 << i;
                    let name = names[i];
                    self.path.push(Step::Field(name));
                    self.note_wanted();
                    let read = field(self, i).map_err(|e| self.name_place(e));
                    self.path.pop();
                    read?;
                }
                Some(_) => {
                    self.problem(ProblemKind::DuplicateField(clip(&key)), key_at, Some(&clip(&key)));
                    self.cur.skip_value()?;
                }
                None => {
                    let name = clip(&key);
                    self.problem(ProblemKind::UnknownField { name: name.clone(), allowed: names }, key_at, Some(&name));
                    self.cur.skip_value()?;
                }
            }
        }
        Ok(Some(at))
    }

    /// A syntax error gets the path of the innermost value being read where it is.
    fn name_place(&self, mut e: SyntaxError) -> SyntaxError {
        if e.path.is_none() {
            e.path = Some(self.path());
        }
        e
    }

    /// In a second reading, notes where the value at the current path starts.
    fn note_wanted(&mut self) {
        if self.wanted.is_some() {
            self.cur.skip_ws();
            let (path, at) = (self.path(), self.cur.pos);
            if let Some(slot) = self.wanted.as_mut().and_then(|w| w.get_mut(&path)) {
                *slot = at;
            }
        }
    }

    /// A required field that `seen` lacks, in the object at `at`.
    pub fn missing(&mut self, name: &'static str, expected: Expect, at: usize) {
        self.problem(ProblemKind::MissingField { name, expected }, at, Some(name));
    }

    /// Reads a string; anything else is a problem (and an empty string stands in).
    pub fn string(&mut self, expected: Expect) -> Result<Option<String>, Stop> {
        if self.cur.peek()? == Token::Str {
            Ok(Some(self.cur.string()?.into_owned()))
        } else {
            self.wrong(expected).map(|_| None)
        }
    }

    /// Reads a number as written; anything else is a problem.
    pub fn number(&mut self, expected: Expect) -> Result<Option<&'a str>, Stop> {
        if self.cur.peek()? == Token::Number {
            Ok(Some(self.cur.number()?))
        } else {
            self.wrong(expected).map(|_| None)
        }
    }

    /// Reads one of `choices` by name; any other string, or any other value, is a problem.
    pub fn choice<T: Copy>(&mut self, choices: &'static [(&'static str, T)], names: &'static [&'static str]) -> Result<Option<T>, Stop> {
        let at = self.cur.pos;
        let Some(written) = self.string(Expect::Choice(names))? else { return Ok(None) };
        match choices.iter().find(|(name, _)| *name == written) {
            Some((_, value)) => Ok(Some(*value)),
            None => {
                self.problem(ProblemKind::NotAChoice { written: clip(&written), allowed: names }, at, None);
                Ok(None)
            }
        }
    }
}

/// Reads a field's value into its slot. Out of line, like [`take`]: one copy per type rather
/// than one per field of the format (it halved the reader's size in the download).
#[inline(never)]
pub fn fill<T: FromJson>(r: &mut Reader<'_>, slot: &mut Option<T>) -> Result<(), Stop> {
    *slot = Some(T::read(r)?);
    Ok(())
}

/// A field's value, or its stand-in when it was not there.
#[inline(never)]
pub fn take<T: FromJson>(slot: Option<T>) -> T {
    slot.unwrap_or_else(T::stand_in)
}

/// The stand-in's type, for a required field's message ("add it: a date YYYY-MM-DD").
pub fn expect_of<T: FromJson>(_: &Option<T>) -> Expect {
    T::EXPECT
}

impl FromJson for String {
    const EXPECT: Expect = Expect::Str;
    #[inline(never)]
    fn read(r: &mut Reader<'_>) -> Result<Self, Stop> {
        Ok(r.string(Self::EXPECT)?.unwrap_or_default())
    }
    fn stand_in() -> Self {
        String::new()
    }
}

impl FromJson for f64 {
    const EXPECT: Expect = Expect::Number;
    #[inline(never)]
    fn read(r: &mut Reader<'_>) -> Result<Self, Stop> {
        let at = r.cur.pos;
        let Some(written) = r.number(Self::EXPECT)? else { return Ok(f64::NAN) };
        let n = super::number::to_f64(written);
        if !n.is_finite() {
            r.problem(ProblemKind::NumberTooLarge(clip(written)), at, None);
            return Ok(f64::NAN);
        }
        Ok(n)
    }
    fn stand_in() -> Self {
        f64::NAN
    }
}

impl FromJson for u8 {
    const EXPECT: Expect = Expect::Count;
    fn read(r: &mut Reader<'_>) -> Result<Self, Stop> {
        let at = r.cur.pos;
        let Some(written) = r.number(Self::EXPECT)? else { return Ok(0) };
        match written.parse() {
            Ok(n) => Ok(n),
            Err(_) => {
                let found = Found::Number(clip(written));
                r.problem(ProblemKind::WrongType { expected: Self::EXPECT, found }, at, None);
                Ok(0)
            }
        }
    }
    fn stand_in() -> Self {
        0
    }
}

impl FromJson for bool {
    const EXPECT: Expect = Expect::Flag;
    fn read(r: &mut Reader<'_>) -> Result<Self, Stop> {
        match r.cur.peek()? {
            t @ (Token::True | Token::False) => {
                r.cur.word();
                Ok(t == Token::True)
            }
            _ => r.wrong(Self::EXPECT).map(|_| false),
        }
    }
    fn stand_in() -> Self {
        false
    }
}

impl FromJson for Date {
    const EXPECT: Expect = Expect::Date;
    fn read(r: &mut Reader<'_>) -> Result<Self, Stop> {
        let at = r.cur.pos;
        let Some(written) = r.string(Self::EXPECT)? else { return Ok(Self::stand_in()) };
        match written.parse() {
            Ok(date) => Ok(date),
            Err(_) => {
                r.problem(ProblemKind::NotADate(clip(&written)), at, None);
                Ok(Self::stand_in())
            }
        }
    }
    fn stand_in() -> Self {
        Date { year: 1, month: 1, day: 1 }
    }
}

// The readers below are kept out of line (`inline(never)`): inlined at each of the format's
// fields, they made the reader twice its size in the download.

/// `null` is "not given", as serde reads it.
impl<T: FromJson> FromJson for Option<T> {
    const EXPECT: Expect = T::EXPECT;
    #[inline(never)]
    fn read(r: &mut Reader<'_>) -> Result<Self, Stop> {
        if r.cur.peek()? == Token::Null {
            r.cur.word();
            return Ok(None);
        }
        T::read(r).map(Some)
    }
    fn stand_in() -> Self {
        None
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    const EXPECT: Expect = Expect::List;
    #[inline(never)]
    fn read(r: &mut Reader<'_>) -> Result<Self, Stop> {
        if r.cur.peek()? != Token::List {
            r.wrong(Self::EXPECT)?;
            return Ok(Vec::new());
        }
        r.cur.open()?;
        let mut items = Vec::new();
        while r.cur.next_item(items.is_empty())? {
            let item = r.under(Step::Index(items.len()))?;
            items.push(item);
        }
        Ok(items)
    }
    fn stand_in() -> Self {
        Vec::new()
    }
}
