//! The format's choices as the editor's selects offer them: the JSON value and the words for it.
//! An empty value stands for "not given" where the field is optional.

use serde::Serialize;
use report::locale::Locale;
use report::wording::Word;
use report::format::{Better, ChangeMeasure, Qualifier, ReferenceKind};
use crate::words::W;
use yew::AttrValue;

pub type Options = Vec<(AttrValue, AttrValue)>;

/// A choice's JSON value (`more_than`), or "" for none.
pub fn value_of<T: Serialize>(choice: Option<T>) -> AttrValue {
    choice.and_then(|c| serde_json::to_value(c).ok()).and_then(|v| v.as_str().map(|s| AttrValue::from(s.to_owned()))).unwrap_or_default()
}

/// The choice a select's value names; `None` for "" or anything else.
pub fn choice_of<T: serde::de::DeserializeOwned>(value: &str) -> Option<T> {
    serde_json::from_value(serde_json::Value::String(value.to_owned())).ok()
}

fn with_none<T: Serialize + Copy>(none: &'static str, all: &[T], name: impl Fn(T) -> &'static str) -> Options {
    std::iter::once((AttrValue::Static(""), AttrValue::Static(none)))
        .chain(all.iter().map(|c| (value_of(Some(*c)), AttrValue::Static(name(*c)))))
        .collect()
}

pub fn qualifiers(ui: Locale) -> Options {
    use Qualifier::*;
    with_none(W::Exact.text(ui), &[MoreThan, AtLeast, About, AtMost, LessThan], |q| Word::Qualifier(q).text(ui))
}

pub fn betters(ui: Locale) -> Options {
    with_none(W::NotSaid.text(ui), &[Better::Higher, Better::Lower], |b| match b {
        Better::Higher => W::Higher.text(ui),
        Better::Lower => W::Lower.text(ui),
    })
}

/// The kinds in the words a figure uses for them ("dự toán" / "budget estimate").
pub fn reference_kinds(ui: Locale) -> Options {
    use ReferenceKind::*;
    [Plan, Estimate, Target, ResolutionTarget]
        .into_iter()
        .map(|k| (value_of(Some(k)), AttrValue::Static(Word::Reference(k).text(ui))))
        .collect()
}

pub fn measures(ui: Locale) -> Options {
    use ChangeMeasure::*;
    [(Percent, W::MeasurePercent), (Points, W::MeasurePoints), (Absolute, W::MeasureAbsolute)]
        .into_iter()
        .map(|(m, w)| (value_of(Some(m)), AttrValue::Static(w.text(ui))))
        .collect()
}
