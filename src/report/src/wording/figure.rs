//! The words a figure is made of, and the few ways they are put together, in both languages:
//! qualifiers ("hơn" / "more than"), what a share is measured against ("dự toán" / "budget
//! estimate"), the words of changes and targets, money's scale words and the connecting words a
//! language needs ("12 of 15", "99.7% of the plan set by…") where the other needs none. Numbers
//! themselves are formatted by `locale`; `figures` and the charts compose lines from these.

use crate::format::{Qualifier, ReferenceKind};
use crate::lang::Locale;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Word {
    /// Before a qualified number: "hơn 86,6 tỷ đồng" / "more than VND 86.6 billion".
    Qualifier(Qualifier),
    /// What a share is measured against, as it follows the share: "dự toán" / "budget estimate".
    Reference(ReferenceKind),
    /// The same, starting a line: "Dự toán" / "Budget estimate".
    ReferenceTitle(ReferenceKind),
    /// Before what a change is compared with: "so với" / "on".
    ComparedWith,
    PercentagePoints,
    /// Said after a change a reader should read as good or bad news (never colour alone).
    Better,
    Worse,
    /// After a figure that is an estimate.
    Estimated,
    /// Before a goal still ahead, starting a line or a column: "Mục tiêu" / "Target".
    TargetAhead,
    /// Before a goal still ahead, inside a sentence.
    TargetInline,
    /// Before a deadline: "đến" / "by".
    By,
    /// Money's scale words: "86,6 tỷ đồng" / "VND 86.6 billion".
    Billion,
    Million,
}

impl Word {
    pub fn text(self, locale: Locale) -> &'static str {
        match locale {
            Locale::Vi => self.vi(),
            Locale::En => self.en(),
        }
    }

    fn vi(self) -> &'static str {
        use Word::*;
        match self {
            Qualifier(q) => {
                use crate::format::Qualifier::*;
                match q {
                    MoreThan => "hơn",
                    Nearly => "gần",
                    AtLeast => "ít nhất",
                    About => "khoảng",
                    AtMost => "tối đa",
                    LessThan => "dưới",
                }
            }
            Reference(k) => match k {
                ReferenceKind::Plan => "kế hoạch",
                ReferenceKind::Estimate => "dự toán",
                ReferenceKind::Target => "chỉ tiêu",
                ReferenceKind::ResolutionTarget => "chỉ tiêu nghị quyết",
            },
            ReferenceTitle(k) => match k {
                ReferenceKind::Plan => "Kế hoạch",
                ReferenceKind::Estimate => "Dự toán",
                ReferenceKind::Target => "Chỉ tiêu",
                ReferenceKind::ResolutionTarget => "Chỉ tiêu nghị quyết",
            },
            ComparedWith => "so với",
            PercentagePoints => "điểm phần trăm",
            Better => "tốt lên",
            Worse => "xấu đi",
            Estimated => "ước tính",
            TargetAhead => "Mục tiêu",
            TargetInline => "mục tiêu",
            By => "đến",
            Billion => "tỷ",
            Million => "triệu",
        }
    }

    fn en(self) -> &'static str {
        use Word::*;
        match self {
            Qualifier(q) => {
                use crate::format::Qualifier::*;
                match q {
                    MoreThan => "more than",
                    Nearly => "nearly",
                    AtLeast => "at least",
                    About => "about",
                    AtMost => "at most",
                    LessThan => "less than",
                }
            }
            Reference(k) => match k {
                ReferenceKind::Plan => "plan",
                ReferenceKind::Estimate => "budget estimate",
                ReferenceKind::Target => "target",
                ReferenceKind::ResolutionTarget => "resolution target",
            },
            ReferenceTitle(k) => match k {
                ReferenceKind::Plan => "Plan",
                ReferenceKind::Estimate => "Budget estimate",
                ReferenceKind::Target => "Target",
                ReferenceKind::ResolutionTarget => "Resolution target",
            },
            ComparedWith => "on",
            PercentagePoints => "percentage points",
            Better => "better",
            Worse => "worse",
            Estimated => "estimate",
            TargetAhead => "Target",
            TargetInline => "target",
            By => "by",
            Billion => "billion",
            Million => "million",
        }
    }

    /// Every word, for completeness tests (tests/wording.rs checks that it names every variant).
    pub fn all() -> Vec<Word> {
        use crate::format::Qualifier as Q;
        use ReferenceKind as R;
        let kinds = [R::Plan, R::Estimate, R::Target, R::ResolutionTarget];
        let mut all = vec![
            Word::ComparedWith, Word::PercentagePoints, Word::Better, Word::Worse, Word::Estimated,
            Word::TargetAhead, Word::TargetInline, Word::By, Word::Billion, Word::Million,
        ];
        all.extend([Q::MoreThan, Q::Nearly, Q::AtLeast, Q::About, Q::AtMost, Q::LessThan].map(Word::Qualifier));
        all.extend(kinds.map(Word::Reference));
        all.extend(kinds.map(Word::ReferenceTitle));
        all
    }
}

/// A currency as a figure names it: "đồng" for VND in Vietnamese, else its ISO code.
#[inline]
pub fn currency_name(code: &str, l: Locale) -> &str {
    match l {
        Locale::Vi if code == "VND" => "đồng",
        _ => code,
    }
}

/// A part and its whole, both already formatted: "12/15 xã" / "12 of 15 communes".
#[inline]
pub fn part_of_whole(part: &str, whole: &str, l: Locale) -> String {
    match l {
        Locale::Vi => format!("{part}/{whole}"),
        Locale::En => format!("{part} of {whole}"),
    }
}

/// A reference by name with who set it, as a sentence mentions it: "dự toán tỉnh giao" / "the
/// budget estimate set by the province". English takes an article (when `article`) only once
/// someone set it, so a plain plan stays "plan" ("99.7% of plan").
#[inline]
pub fn reference_name(kind: ReferenceKind, by: Option<&str>, article: bool, l: Locale) -> String {
    let kind = Word::Reference(kind).text(l);
    match (by, l) {
        (Some(by), Locale::En) if article => format!("the {kind} {by}"),
        (Some(by), _) => format!("{kind} {by}"),
        (None, _) => kind.to_owned(),
    }
}

/// A share, already formatted, of a named reference: "99,7% kế hoạch" / "99.7% of plan",
/// "100% of the plan set by the province".
#[inline]
pub fn share_of(share: &str, reference: &str, l: Locale) -> String {
    match l {
        Locale::Vi => format!("{share} {reference}"),
        Locale::En => format!("{share} of {reference}"),
    }
}
