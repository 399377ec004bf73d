//! Where the cursor goes after an action: into the first field of what "Add…" created, and, after
//! "Remove", onto what took the item's place (`crate::card::after_removal`), never the page's body.
//! A removal is said in the review's live region with a button that undoes it (`Removals`): no
//! confirm dialog, since Undo takes it back.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

use crate::card::{after_removal, Landing};
use crate::words::W;

/// The fields an editor types into.
const FIELD: &str = "input, textarea, select";
/// Anything a Tab stops on, the closed card's summary first.
const CONTROL: &str = "summary, button:not([disabled]), input, textarea, select, a[href]";

/// Runs `f` once the page has been drawn again: Yew draws in a microtask, a timeout comes after.
fn after_drawing(f: impl FnOnce() + 'static) {
    let f = Closure::once_into_js(f);
    let _ = gloo::utils::window().set_timeout_with_callback_and_timeout_and_arguments_0(f.unchecked_ref(), 0);
}

/// The element `id` itself when it is one of `selector`, or focusable by script (`tabindex`),
/// else the first of `selector` inside it.
fn target(id: &str, selector: &str) -> Option<Element> {
    let el = gloo::utils::document().get_element_by_id(id)?;
    if el.matches(selector).unwrap_or(false) || el.has_attribute("tabindex") {
        return Some(el);
    }
    el.query_selector(selector).ok().flatten()
}

/// Puts the cursor on `el`, first opening every closed card (`<details>`) it is in; a card's own
/// `<summary>` is outside what it hides, so focusing it leaves that card as it is.
fn focus_on(el: Element) {
    let parent = el.parent_element();
    let mut up = if el.tag_name() == "SUMMARY" { parent.and_then(|d| d.parent_element()) } else { parent };
    while let Some(e) = up {
        if e.tag_name() == "DETAILS" && !e.has_attribute("open") {
            let _ = e.set_attribute("open", "");
        }
        up = e.parent_element();
    }
    if let Ok(h) = el.dyn_into::<HtmlElement>() {
        let _ = h.focus();
    }
}

/// Now: the cursor into the first field of `id` (opening its card). "To check" uses it.
pub fn field_now(id: &str) {
    if let Some(el) = target(id, FIELD) {
        focus_on(el);
    }
}

/// Once drawn: the cursor into the first field of `id`, what "Add…" just made.
pub fn field_soon(id: String) {
    after_drawing(move || field_now(&id));
}

/// Once drawn: the cursor on the first control of `id` (a closed card's summary).
pub fn control_soon(id: String) {
    after_drawing(move || {
        if let Some(el) = target(&id, CONTROL) {
            focus_on(el);
        }
    });
}

/// The ids a list's items and its Add button carry, for where the cursor lands.
#[derive(Clone, PartialEq)]
pub struct List {
    /// Item `k` is `{item}{k}`.
    pub item: AttrValue,
    /// The Add button's id (or, for a list without one, a focusable note's).
    pub add: AttrValue,
}

impl List {
    pub fn item_id(&self, k: usize) -> String {
        format!("{}{k}", self.item)
    }

    /// Where the cursor goes once item `removed` is gone, `left` remaining.
    pub fn landing(&self, removed: usize, left: usize) -> String {
        match after_removal(removed, left) {
            Landing::Item(k) => self.item_id(k),
            Landing::Add => self.add.to_string(),
        }
    }
}

/// A removal as the live region says it: what was removed and where its item was, for Undo.
#[derive(Clone, PartialEq)]
pub struct Removal {
    pub what: W,
    /// The id the item had: after Undo, the cursor goes back to it.
    pub was: String,
}

/// Tells the review a removal was made (a context: the cards are deep in it).
#[derive(Clone, PartialEq)]
pub struct Removals(pub Callback<Removal>);

/// After a button removed item `k` of `list` (which had `count`): says so, and moves the cursor.
pub fn removed(removals: &Option<Removals>, list: &List, what: W, k: usize, count: usize) {
    control_soon(list.landing(k, count.saturating_sub(1)));
    if let Some(Removals(say)) = removals {
        say.emit(Removal { what, was: list.item_id(k) });
    }
}
