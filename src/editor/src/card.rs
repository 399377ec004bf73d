//! What a closed indicator card says: the fields that are set, each as a short name and its value
//! as typed, so an editor reads the card without opening it (the rest is one click away). And where
//! the cursor goes after an item of a list is removed, so it never falls to the page's body.

use report::format::{Better, Indicator};
use report::locale::Locale;
use report::wording::Word;

use crate::edit::{show_number, text_in};
use crate::words::W;

/// (short name, value) of every field of `ind` that is set, in the form's order; the label is the
/// card's title and the id bookkeeping, so neither is listed. `section`: the heading it is shown under.
pub fn set_fields(ind: &Indicator, section: Option<&str>, ui: Locale) -> Vec<(&'static str, String)> {
    let vi = |t: &Option<report::text::Text>| t.as_ref().map(|t| text_in(t, Locale::Vi).trim().to_owned()).filter(|s| !s.is_empty());
    let number = |v: Option<f64>| v.map(|v| show_number(Some(v)));
    let count = |n: usize| (n > 0).then(|| n.to_string());
    let fields: [(W, Option<String>); 17] = [
        (W::Value, number(ind.value)),
        (W::ShortValueTo, number(ind.value_to)),
        (W::Qualifier, ind.qualifier.map(|q| Word::Qualifier(q).text(ui).to_owned())),
        (W::Unit, vi(&ind.unit)),
        (W::ShortCurrency, ind.currency.clone()),
        (W::ShortPer, vi(&ind.per)),
        (W::ShortPercent, ind.percent.then(|| "%".to_owned())),
        (W::ShortDecimals, ind.decimals.map(|d| d.to_string())),
        (W::ShortTotal, number(ind.total)),
        (W::Plan, number(ind.plan)),
        (W::ShareOfPlan, number(ind.share_of_plan)),
        (W::Better, ind.better.map(|b| if b == Better::Higher { W::Higher } else { W::Lower }.text(ui).to_owned())),
        (W::Period, vi(&ind.period)),
        (W::Note, vi(&ind.note)),
        (W::References, count(ind.references.len())),
        (W::Changes, count(ind.changes.len())),
        (W::Counts, count(ind.counts.len())),
    ];
    let target = ind.target.as_ref().map(|t| show_number(Some(t.value)));
    let section = section.map(str::trim).filter(|s| !s.is_empty()).map(str::to_owned);
    fields
        .into_iter()
        .chain([(W::ShortTarget, target), (W::InSection, section)])
        .filter_map(|(w, v)| Some((w.text(ui), v?)))
        .collect()
}

/// Where the cursor lands once item `removed` of a list is gone and `left` items remain: on the
/// item that took its place, else the one before it, else the list's Add button.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Landing {
    Item(usize),
    Add,
}

pub fn after_removal(removed: usize, left: usize) -> Landing {
    if removed < left {
        Landing::Item(removed)
    } else if left > 0 {
        Landing::Item(left - 1)
    } else {
        Landing::Add
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use report::format::{Qualifier, Reference, ReferenceKind};

    #[test]
    fn a_closed_card_lists_what_is_set_and_nothing_else() {
        let ind = Indicator { id: "x".into(), value: Some(5755.0), qualifier: Some(Qualifier::MoreThan), unit: Some(report::text::Text { vi: Some("ha".into()), en: None }), ..Indicator::default() };
        assert_eq!(set_fields(&ind, Some("Kinh tế"), Locale::En), vec![("Value", "5755".to_owned()), ("Qualifier", "more than".to_owned()), ("Unit", "ha".to_owned()), ("Shown in section", "Kinh tế".to_owned())]);
        let bare = Indicator { id: "x".into(), ..Indicator::default() };
        assert!(set_fields(&bare, None, Locale::Vi).is_empty(), "an empty indicator shows no fields");
        let listed = Indicator { references: vec![Reference { kind: ReferenceKind::Plan, by: None, value: None, share: None }], percent: true, ..bare };
        assert_eq!(set_fields(&listed, Some("  "), Locale::Vi), vec![("Tỷ lệ", "%".to_owned()), ("Đo so với", "1".to_owned())]);
    }

    #[test]
    fn after_a_removal_the_cursor_goes_to_the_next_item_then_the_one_before_then_add() {
        assert_eq!(after_removal(1, 3), Landing::Item(1), "the next item took its place");
        assert_eq!(after_removal(3, 3), Landing::Item(2), "the last one removed: the one before");
        assert_eq!(after_removal(0, 0), Landing::Add, "the list is empty: its Add button");
    }
}
