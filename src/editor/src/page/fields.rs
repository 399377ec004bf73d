//! The form fields every editing view is made of: a label around its control, a change callback
//! with the new value. Texts and choices are controlled (the report holds what the field shows);
//! a number keeps what is being typed ("99," on its way to "99,7") and reports only figures.

use std::rc::Rc;

use report::locale::Locale;
use report::format::Report;
use crate::work::Edit;
use crate::edit::{number, read_date, show_date, show_number};
use report::date::Date;
use crate::words::W;
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TextProps {
    pub label: AttrValue,
    pub value: AttrValue,
    pub on_change: Callback<String>,
    /// A textarea, for paragraphs and lists.
    #[prop_or_default]
    pub multiline: bool,
    /// The language of the text typed (`lang` on the control), when it is report text.
    #[prop_or_default]
    pub lang: Option<AttrValue>,
    /// `date`, `url`…; plain text by default.
    #[prop_or(AttrValue::Static("text"))]
    pub kind: AttrValue,
    #[prop_or_default]
    pub id: Option<AttrValue>,
}

#[function_component]
pub fn TextField(props: &TextProps) -> Html {
    let control = if props.multiline {
        let on_change = props.on_change.clone();
        let oninput = Callback::from(move |e: InputEvent| on_change.emit(e.target_unchecked_into::<HtmlTextAreaElement>().value()));
        // Tall enough for what it holds: wrapped lines of about 70 characters, each line apart.
        let rows = props.value.lines().map(|l| l.chars().count() / 70 + 1).sum::<usize>().clamp(2, 12).to_string();
        html! { <textarea id={props.id.clone()} lang={props.lang.clone()} value={props.value.clone()} {oninput} {rows} /> }
    } else {
        let on_change = props.on_change.clone();
        let oninput = Callback::from(move |e: InputEvent| on_change.emit(e.target_unchecked_into::<HtmlInputElement>().value()));
        html! { <input id={props.id.clone()} type={props.kind.clone()} lang={props.lang.clone()} value={props.value.clone()} {oninput} /> }
    };
    html! { <label class="ed-field"><span class="ed-field__label">{ &props.label }</span>{ control }</label> }
}

#[derive(Properties, PartialEq)]
pub struct NumberProps {
    pub label: AttrValue,
    pub value: Option<f64>,
    pub on_change: Callback<Option<f64>>,
    pub ui: Locale,
}

#[function_component]
pub fn NumberField(props: &NumberProps) -> Html {
    // What is typed, as typed; it follows the report when the report changes from elsewhere.
    let typed = use_state(|| show_number(props.value));
    let bad = number(&typed).is_err();
    let shown = if bad || number(&typed).ok().flatten() == props.value { (*typed).clone() } else { show_number(props.value) };
    let oninput = {
        let (typed, on_change) = (typed.clone(), props.on_change.clone());
        Callback::from(move |e: InputEvent| {
            let text = e.target_unchecked_into::<HtmlInputElement>().value();
            if let Ok(v) = number(&text) {
                on_change.emit(v);
            }
            typed.set(text);
        })
    };
    html! {
        <label class={classes!("ed-field", "ed-field--number", bad.then_some("ed-field--bad"))}>
            <span class="ed-field__label">{ &props.label }</span>
            <input type="text" inputmode="decimal" value={shown} {oninput} aria-invalid={bad.then_some("true")} />
            if bad { <span class="ed-field__error" role="alert">{ W::NotANumber.text(props.ui) }</span> }
        </label>
    }
}

#[derive(Properties, PartialEq)]
pub struct DateProps {
    pub label: AttrValue,
    pub value: Option<Date>,
    /// A date read from what is typed; `None` when the field is emptied.
    pub on_change: Callback<Option<Date>>,
    pub ui: Locale,
    #[prop_or_default]
    pub id: Option<AttrValue>,
}

/// A date as one text field (one Tab stop) that reads the forms the genre writes
/// (`crate::edit::read_date`) and shows "28/11/2020"; like a number, it keeps what is being typed.
#[function_component]
pub fn DateField(props: &DateProps) -> Html {
    let typed = use_state(|| show_date(props.value));
    let read = read_date(&typed);
    let bad = read.is_none() && !typed.trim().is_empty();
    let shown = if bad || read == props.value { (*typed).clone() } else { show_date(props.value) };
    let oninput = {
        let (typed, on_change) = (typed.clone(), props.on_change.clone());
        Callback::from(move |e: InputEvent| {
            let text = e.target_unchecked_into::<HtmlInputElement>().value();
            match read_date(&text) {
                Some(d) => on_change.emit(Some(d)),
                None if text.trim().is_empty() => on_change.emit(None),
                None => {}
            }
            typed.set(text);
        })
    };
    html! {
        <label class={classes!("ed-field", "ed-field--date", bad.then_some("ed-field--bad"))}>
            <span class="ed-field__label">{ &props.label }</span>
            <input id={props.id.clone()} type="text" value={shown} {oninput} placeholder="28/11/2020" aria-invalid={bad.then_some("true")} />
            if bad { <span class="ed-field__error" role="alert">{ W::NotADate.text(props.ui) }</span> }
        </label>
    }
}

#[derive(Properties, PartialEq)]
pub struct ChoiceProps {
    pub label: AttrValue,
    /// The value chosen; one of `options`' first elements.
    pub value: AttrValue,
    /// (value, what the editor reads).
    pub options: Vec<(AttrValue, AttrValue)>,
    pub on_change: Callback<String>,
}

#[function_component]
pub fn Choice(props: &ChoiceProps) -> Html {
    let on_change = props.on_change.clone();
    let onchange = Callback::from(move |e: Event| on_change.emit(e.target_unchecked_into::<HtmlSelectElement>().value()));
    html! {
        <label class="ed-field">
            <span class="ed-field__label">{ &props.label }</span>
            <select {onchange}>
                { for props.options.iter().map(|(v, text)| html! {
                    <option value={v.clone()} selected={*v == props.value}>{ text }</option>
                }) }
            </select>
        </label>
    }
}

#[derive(Properties, PartialEq)]
pub struct CheckProps {
    pub label: AttrValue,
    pub checked: bool,
    pub on_change: Callback<bool>,
}

#[function_component]
pub fn Check(props: &CheckProps) -> Html {
    let on_change = props.on_change.clone();
    let onchange = Callback::from(move |e: Event| on_change.emit(e.target_unchecked_into::<HtmlInputElement>().checked()));
    html! {
        <label class="ed-field ed-field--check">
            <input type="checkbox" checked={props.checked} {onchange} />
            <span class="ed-field__label">{ &props.label }</span>
        </label>
    }
}

/// A small button that removes or adds something; its label says what.
#[derive(Properties, PartialEq)]
pub struct ActionProps {
    pub label: AttrValue,
    pub on_click: Callback<()>,
    /// Names the thing it acts on for screen readers ("Remove: Thu ngân sách").
    #[prop_or_default]
    pub describes: Option<AttrValue>,
    #[prop_or_default]
    pub danger: bool,
    /// For an Add button: where the cursor lands when its list is emptied.
    #[prop_or_default]
    pub id: Option<AttrValue>,
}

#[function_component]
pub fn Action(props: &ActionProps) -> Html {
    let on_click = props.on_click.clone();
    let aria = props.describes.as_ref().map(|d| AttrValue::from(format!("{}: {d}", props.label)));
    html! {
        <button type="button" id={props.id.clone()} class={classes!("ed-btn", "ed-btn--small", props.danger.then_some("ed-btn--danger"))}
                aria-label={aria} onclick={Callback::from(move |_| on_click.emit(()))}>{ &props.label }</button>
    }
}

/// A field's change callback that edits the report: `f` gets the report and the field's new value.
pub fn change<T: Clone + 'static>(on_edit: &Callback<Edit>, f: impl Fn(&mut Report, T) + 'static) -> Callback<T> {
    let f = Rc::new(f);
    on_edit.reform(move |v: T| {
        let f = f.clone();
        Edit::typed(move |r: &mut Report| f(r, v.clone()))
    })
}

/// A button's callback that edits the report: an Undo step of its own.
pub fn act(on_edit: &Callback<Edit>, f: impl Fn(&mut Report) + 'static) -> Callback<()> {
    let f = Rc::new(f);
    on_edit.reform(move |()| {
        let f = f.clone();
        Edit::action(move |r: &mut Report| f(r))
    })
}
