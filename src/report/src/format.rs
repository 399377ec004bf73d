//! The report format, version 1. These types are the single source of truth: the JSON Schema in
//! `static/report.schema.json` is generated from them and a test fails when it drifts.
//!
//! Decisions (documented in docs/format-decisions.md and tested):
//! - `format` must be 1; any other value is refused with a message naming the version.
//! - Unknown fields are errors, not ignored: a misspelt optional field ("captoin") would otherwise
//!   vanish silently from a published report. `$schema` is allowed at the top for editors.

use serde::{Deserialize, Serialize};

use super::date::Date;
use super::text::Text;

pub const FORMAT_VERSION: u32 = 1;

/// One text longer than this is refused: no report needs it, and browsers take minutes to lay out
/// megabytes of unbroken text, freezing the reader's tab. (The seed's longest text is under 1,000.)
pub const MAX_TEXT_CHARS: usize = 100_000;

#[cfg(not(target_arch = "wasm32"))]
use schemars::JsonSchema;

/// A report of an official working session: who came, what was reported, the indicators, what was
/// discussed, concluded and directed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Report {
    /// Optional pointer to this schema, for editors that validate as you type.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// Format version; this widget reads version 1.
    pub format: u32,
    pub meta: Meta,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub participants: Vec<Participant>,
    /// In reading order.
    pub sections: Vec<Section>,
    /// Figures referred to by sections, by id.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub indicators: Vec<Indicator>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Meta {
    pub title: Text,
    /// The standfirst: the article's opening summary of the session.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lede: Option<Text>,
    /// The day the session took place.
    pub event_date: Date,
    /// The day the article was published, when it differs or is known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<Date>,
    pub place: Text,
    pub source: Source,
    /// Byline; a name, so not translated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub photos: Vec<Photo>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// The outlet that published the article.
    pub outlet: Text,
    /// Link to the original article: an absolute http(s) URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// A photo of the session. The image itself is optional: captions alone are still facts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Photo {
    pub caption: Text,
    /// Image address: an absolute http(s) URL or a path relative to the page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub src: Option<String>,
    /// Id of the section the photo is shown after; without it, it follows the header.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub section: Option<String>,
}

/// A person with their roles, or a group named without persons. Exactly one of `person`, `group`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Participant {
    /// A person's full name, with its diacritics; names are not translated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person: Option<String>,
    /// A body or group named without persons ("leaders of the relevant departments").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<Text>,
    /// Offices held, most senior first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<Text>,
    pub side: Side,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Side {
    /// The visiting delegation.
    Delegation,
    /// The body being visited.
    Host,
    Other,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Section {
    /// Stable id used in links: lowercase ASCII letters, digits and hyphens, at most 64.
    pub id: String,
    pub kind: SectionKind,
    pub title: Text,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub paragraphs: Vec<Text>,
    /// Bullet items, shown after the paragraphs.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<Text>,
    /// Ids of indicators shown in this section, in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub indicators: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum SectionKind {
    PartyBuilding,
    ResolutionImplementation,
    Economy,
    CultureSociety,
    Discussion,
    ProposedTasks,
    Conclusion,
    Directives,
    Other,
}

impl SectionKind {
    pub const ALL: [SectionKind; 9] = [
        Self::PartyBuilding,
        Self::ResolutionImplementation,
        Self::Economy,
        Self::CultureSociety,
        Self::Discussion,
        Self::ProposedTasks,
        Self::Conclusion,
        Self::Directives,
        Self::Other,
    ];
}

/// A reported figure. Either a single `value` (with unit or currency, optional plan) or a set of
/// related `counts` (7 party organisations and 20 party members inspected), or both.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    /// Stable id, referred to by sections: same rules as section ids.
    pub id: String,
    pub label: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<f64>,
    /// The upper end when the article gives a range ("10–12 %", "3.000–3.500 hộ"): `value` is then
    /// the lower end, in the same unit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value_to: Option<f64>,
    /// How `value` relates to the true figure ("more than" 86.6 billion).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qualifier: Option<Qualifier>,
    /// Unit of `value` in words ("ha", "communes"); not together with `currency`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<Text>,
    /// ISO 4217 code when `value` is money, in whole currency units ("VND").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// What a sum of money is counted per, written after a slash in both languages: "người/năm" in
    /// "62 triệu đồng/người/năm", "person/year" in "VND 62 million/person/year". Only with
    /// `currency`: any other unit says it in `unit` ("tạ/ha").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub per: Option<Text>,
    /// The planned figure, in the same unit as `value`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plan: Option<f64>,
    /// `value` as a percentage of plan, as reported (99.7 means 99.7 %).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub share_of_plan: Option<f64>,
    /// The period the figure covers ("to the end of October 2020").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<Text>,
    /// A short explanation (what an abbreviation stands for, what was counted).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub counts: Vec<Count>,
    /// Digits after the decimal point as the article reported `value` (for money, in the scale
    /// word the press uses: "2.318,7 tỷ đồng" has 1). Without it every digit of `value` is shown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decimals: Option<u8>,
    /// `value` is itself a percentage or rate (a poverty rate of 5.12 %); not with `unit` or `currency`.
    #[serde(default, skip_serializing_if = "is_false")]
    pub percent: bool,
    /// The whole that `value` is a part of, in the same unit: 12 of 15 communes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total: Option<f64>,
    /// Whether a higher or a lower figure is good news (a poverty rate: lower).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub better: Option<Better>,
    /// What the figure is measured against besides `plan`: a budget estimate, a target, each with
    /// who set it; one figure may be measured against several.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub references: Vec<Reference>,
    /// Changes against earlier figures (the same period last year, 2019, the start of the year).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub changes: Vec<Change>,
    /// A goal still ahead ("more than 90 % by the end of the year").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<Target>,
    /// The figure is an estimate ("ước đạt", "ước tính"), not a final count.
    #[serde(default, skip_serializing_if = "is_false")]
    pub estimated: bool,
    /// The article's sentence the figure comes from, verbatim, so a reader or an editor can check it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
}

fn is_false(b: &bool) -> bool {
    !*b
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Better {
    Higher,
    Lower,
}

/// A figure the indicator's value is measured against, and the share it reached.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Reference {
    pub kind: ReferenceKind,
    /// Who set it, as the article says: "tỉnh giao" / "set by the province".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<Text>,
    /// The referenced figure, in the same unit as `value`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<f64>,
    /// `value` as a percentage of it, as reported (104.2 means 104.2 %).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub share: Option<f64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ReferenceKind {
    /// kế hoạch
    Plan,
    /// dự toán: a budget estimate
    Estimate,
    /// chỉ tiêu
    Target,
    /// chỉ tiêu nghị quyết: a target set by a party resolution
    ResolutionTarget,
}

/// A change against an earlier figure: positive a rise, negative a fall.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Change {
    pub value: f64,
    pub measure: ChangeMeasure,
    /// What it is compared with: "cùng kỳ" / "the same period last year".
    pub against: Text,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ChangeMeasure {
    /// Relative, in percent of the earlier figure.
    Percent,
    /// In percentage points, for a figure that is itself a percentage.
    Points,
    /// In the indicator's own unit.
    Absolute,
}

/// A goal still ahead, in the same unit as `value`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Target {
    pub value: f64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qualifier: Option<Qualifier>,
    /// By when: "hết năm 2024" / "the end of 2024".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline: Option<Text>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    MoreThan,
    /// "gần": nearly, just under.
    Nearly,
    AtLeast,
    About,
    AtMost,
    LessThan,
}

/// One of an indicator's related counts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Count {
    pub label: Text,
    pub value: f64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<Text>,
}

impl Report {
    pub fn indicator(&self, id: &str) -> Option<&Indicator> {
        self.indicators.iter().find(|i| i.id == id)
    }
}

impl Indicator {
    /// Every reference with its share: `plan` and `share_of_plan` first (as a plan without a
    /// setter), then `references`. A share is as reported, else computed from the two values.
    pub fn shares(&self) -> Vec<(Reference, Option<f64>)> {
        let legacy = (self.plan.is_some() || self.share_of_plan.is_some()).then_some(Reference {
            kind: ReferenceKind::Plan,
            by: None,
            value: self.plan,
            share: self.share_of_plan,
        });
        legacy
            .into_iter()
            .chain(self.references.iter().cloned())
            .map(|r| {
                let share = r.share.or(match (self.value, r.value) {
                    (Some(v), Some(p)) if p > 0.0 => Some(v / p * 100.0),
                    _ => None,
                });
                (r, share.filter(|s| s.is_finite()))
            })
            .collect()
    }

    /// The share of plan in %, as reported, or else computed from value and plan.
    pub fn share(&self) -> Option<f64> {
        self.share_of_plan
            .or(match (self.value, self.plan) {
                (Some(v), Some(p)) if p > 0.0 => Some(v / p * 100.0),
                _ => None,
            })
            .filter(|s| s.is_finite())
    }
}
