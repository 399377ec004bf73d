//! A figure as the article reports it, before it becomes an indicator: its value and what the
//! article says about it. The reading is in figures.rs, the words it reads in wording.rs.

use report::format::Qualifier;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RefKind {
    Plan,
    Estimate,
    Target,
    ResolutionTarget,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Measure {
    Percent,
    Points,
    Absolute,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Reference {
    pub kind: RefKind,
    pub by: Option<String>,
    pub share: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    /// Negative for a fall.
    pub value: f64,
    pub measure: Measure,
    pub against: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Target {
    pub value: f64,
    pub qualifier: Option<Qualifier>,
    pub deadline: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Count {
    pub label: String,
    pub value: f64,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Figure {
    pub label: String,
    pub value: Option<f64>,
    /// The upper end of a range ("28.000 - 34.000 tỷ đồng"), in `value`'s scale.
    pub value_to: Option<f64>,
    pub decimals: u8,
    pub qualifier: Option<Qualifier>,
    pub unit: Option<String>,
    pub currency: Option<&'static str>,
    /// What money is counted per ("người/năm").
    pub per: Option<String>,
    pub percent: bool,
    pub total: Option<f64>,
    pub references: Vec<Reference>,
    pub changes: Vec<Change>,
    pub target: Option<Target>,
    pub lower_better: bool,
    /// "ước đạt": an estimate.
    pub estimate: bool,
    pub counts: Vec<Count>,
    /// The sentence the figure came from, as written.
    pub quote: String,
    /// The period the figure covers, as the paragraph opens it ("Tính đến hết tháng 10/2020").
    pub period: Option<String>,
    /// Why an editor should check it ("range", "label from the figure before it").
    pub doubts: Vec<super::review::Reason>,
}

/// A number not turned into a figure, and why: the editor decides.
#[derive(Debug, Clone, PartialEq)]
pub struct Left {
    pub written: String,
    pub reason: &'static str,
    pub quote: String,
}

/// Where a sentence is: directions and proposals speak of goals still ahead.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Voice {
    Report,
    Directions,
}
