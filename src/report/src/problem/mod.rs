//! What can be wrong with a report and where: the place as an editor finds it (line and column;
//! "section 2 (economy)"). What each problem says, in either language and with its fix, is
//! `wording::problems` (`ProblemKind::describe`).


use crate::lang::Locale;

/// One thing wrong with a report.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    /// JSON path in the form `meta.title.vi`, `sections[2].indicators[0]` (counted from 0, as
    /// data: tests and tools use it; people are shown [`Problem::place`]); empty for the whole file.
    pub path: String,
    /// 1-based line and column (in characters) in the JSON text.
    pub at: Option<(usize, usize)>,
    pub kind: ProblemKind,
    /// The id of the section or indicator the problem is in, or the participant's name, when
    /// the file gives one: it names the place for people.
    pub within: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ProblemKind {
    /// Not JSON: reading stops at the first such error, so it comes alone.
    Syntax(Syntax),
    /// A value of another kind than the format's ("107,5%" where a number goes).
    WrongType { expected: Expect, found: Found },
    /// A text that is not a real date in the form YYYY-MM-DD, as written.
    NotADate(String),
    /// A name that is not among the allowed ones.
    NotAChoice { written: String, allowed: &'static [&'static str] },
    UnknownField { name: String, allowed: &'static [&'static str] },
    MissingField { name: &'static str, expected: Expect },
    DuplicateField(String),
    /// A number beyond what a double holds (1e400), as written.
    NumberTooLarge(String),
    /// Valid JSON, but not an object (an array, a string…).
    NotAnObject,
    MissingFormat,
    UnsupportedFormat(String),
    /// A text with neither Vietnamese nor English.
    EmptyText,
    BlankName,
    /// A text with this many characters, over the limit.
    TextTooLong(usize),
    PersonAndGroup,
    NeitherPersonNorGroup,
    NoSections,
    BadId,
    DuplicateId(String),
    UnknownIndicator(String),
    UnknownSection(String),
    NotFinite,
    Negative,
    NotPositive,
    ShareDisagrees { stated: f64, computed: f64 },
    UnitAndCurrency,
    BadCurrency,
    NoValueOrCounts,
    QualifierWithoutValue,
    BadUrl,
    PublishedBeforeEvent,
    /// `percent` together with `unit` or `currency`.
    PercentWithUnit,
    TooManyDecimals,
    /// A field that only means something next to `value` (`total`, `decimals`), without one.
    NeedsValue(&'static str),
    /// A part larger than its whole: 16 of 15 communes.
    PartExceedsWhole,
    /// A range whose upper end (`value_to`) is not above its lower end (`value`).
    RangeNotRising,
    /// `per` (money per person, per year) on a figure that is not money.
    PerWithoutCurrency,
    /// A reference with neither the referenced figure nor a share.
    EmptyReference,
    /// An indicator no section lists: readers would never see it.
    IndicatorNotShown(String),
}

/// A syntax error, by what the editor has to do about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Syntax {
    /// Nothing but spaces.
    Empty,
    /// The file ends inside the `{` or `[` opened on `line`.
    EndsOpen { opener: char, line: usize },
    /// The file ends inside a text.
    EndsInText,
    /// A comma right before `}` or `]`.
    TrailingComma { closer: char },
    /// Two commas in a row.
    ExtraComma,
    MissingComma { in_object: bool },
    MissingColon,
    MissingValue,
    UnquotedKey(String),
    SingleQuotes,
    Comment,
    /// A bare word that is not `true`, `false` or `null` (NaN, Infinity, undefined, True…).
    NotAValue(String),
    /// `107,5` where a number goes.
    DecimalComma(String),
    BadNumber(String),
    /// A line break inside a text: almost always its closing quote left out.
    LineBreakInText,
    /// Another control character inside a text, by code point.
    ControlInText(u32),
    BadEscape(String),
    /// One half of a surrogate pair, as written.
    HalfCharacter(String),
    /// More after the report's closing `}`.
    AfterEnd,
    /// Brackets nested deeper than this.
    TooDeep(usize),
    Unexpected(char),
}

/// What the format expects in a place, as messages say it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expect {
    Number,
    /// A whole number (`decimals`).
    Count,
    /// `true` or `false`.
    Flag,
    /// A string: an id, a name, an address.
    Str,
    /// A text in both languages: `{"vi": …, "en": …}`.
    Text,
    Date,
    Choice(&'static [&'static str]),
    List,
    Object,
}

/// What was there instead, with the value as written when it is short to quote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found {
    Null,
    Flag(bool),
    Number(String),
    Str(String),
    List,
    Object,
}

impl Problem {
    pub fn at(path: impl Into<String>, kind: ProblemKind) -> Self {
        Self { path: path.into(), at: None, kind, within: None }
    }

    /// What is wrong and how to fix it, in `locale`.
    pub fn describe(&self, locale: Locale) -> String {
        self.kind.describe(locale)
    }

    /// Where it is, for people: "section 2 (economy) › paragraph", counted from 1.
    pub fn place(&self, locale: Locale) -> String {
        crate::place::place(&self.path, self.within.as_deref(), locale)
    }

    /// Found by reading the file's structure (syntax, types, fields) rather than by the checks on
    /// a report that has the right shape.
    pub fn is_structural(&self) -> bool {
        self.kind.is_structural()
    }
}

impl ProblemKind {
    pub fn is_structural(&self) -> bool {
        use ProblemKind::*;
        matches!(
            self,
            Syntax(_) | WrongType { .. } | NotADate(_) | NotAChoice { .. } | UnknownField { .. } | MissingField { .. }
                | DuplicateField(_) | NumberTooLarge(_) | NotAnObject | MissingFormat | UnsupportedFormat(_)
        )
    }
}
