//! Step 3: each text in Vietnamese with its English beside it; the missing ones counted, listed
//! and, on request, shown alone.

use report::locale::Locale;
use report::format::Report;
use crate::english::{pairs, set_english, Pair};
use report::place::place_in_words as place;
use crate::words::{missing_english, W};
use crate::work::Edit;
use yew::prelude::*;

use super::fields::{change, Check};
use super::translation::Translation;

#[derive(Properties, PartialEq)]
pub struct EnglishProps {
    pub report: Option<Report>,
    pub ui: Locale,
    pub on_edit: Callback<Edit>,
}

#[function_component]
pub fn English(props: &EnglishProps) -> Html {
    let ui = props.ui;
    // The texts that lacked English when "only the missing" was chosen: a text being translated
    // stays on screen after its first letter.
    let only_missing = use_state(|| None::<Vec<String>>);
    let Some(report) = &props.report else {
        return html! { <p class="ed-note ed-note--problem" role="alert">{ W::Broken.text(ui) }</p> };
    };
    let all = pairs(report);
    let missing: Vec<&Pair> = all.iter().filter(|p| p.missing()).collect();
    let row = |k: usize, p: &Pair| {
        let path = p.path.clone();
        let id = format!("ed-en-{k}");
        html! {
            <li key={p.path.clone()} class={classes!("ed-pair", p.missing().then_some("ed-pair--missing"))}>
                <p class="ed-pair__path">{ place(&p.path, ui) }{ " " }<code>{ &p.path }</code></p>
                <div class="ed-pair__vi">
                    <span class="ed-field__label">{ W::Vietnamese.text(ui) }</span>
                    <p lang="vi">{ &p.vi }</p>
                </div>
                <div class="ed-pair__en">
                    <label class="ed-field__label" for={id.clone()}>{ W::English.text(ui) }</label>
                    <textarea id={id} lang="en" value={p.en.clone()} rows={if p.vi.len() > 120 { "4" } else { "2" }}
                              oninput={change(&props.on_edit, move |r, v: String| { set_english(r, &path, &v); })
                                  .reform(|e: InputEvent| e.target_unchecked_into::<web_sys::HtmlTextAreaElement>().value())} />
                </div>
            </li>
        }
    };
    let toggle = {
        let only_missing = only_missing.clone();
        let paths: Vec<String> = missing.iter().map(|p| p.path.clone()).collect();
        Callback::from(move |on: bool| only_missing.set(on.then(|| paths.clone())))
    };
    let shown = |p: &Pair| only_missing.as_ref().is_none_or(|paths| paths.contains(&p.path));
    html! {
        <div class="ed-english">
            <p class="ed-note">{ W::EnglishIntro.text(ui) }</p>
            if !missing.is_empty() {
                <Translation report={report.clone()} {ui} on_edit={props.on_edit.clone()} />
            }
            <p class="ed-count" role="status">
                if missing.is_empty() { { W::AllTranslated.text(ui) } } else { { missing_english(ui, missing.len(), all.len()) } }
            </p>
            if !missing.is_empty() {
                <details class="ed-missing">
                    <summary>{ W::Missing.text(ui) }{ format!(" {}", missing.len()) }</summary>
                    <ul>{ for missing.iter().map(|p| html! { <li>{ place(&p.path, ui) }{ ": " }<span lang="vi">{ clip(&p.vi) }</span></li> }) }</ul>
                </details>
            }
            <Check label={W::OnlyMissing.text(ui)} checked={only_missing.is_some()} on_change={toggle} />
            <ol class="ed-list">
                { for all.iter().enumerate().filter(|(_, p)| shown(p)).map(|(k, p)| row(k, p)) }
            </ol>
        </div>
    }
}

/// The start of a long text, for the list of missing ones.
fn clip(s: &str) -> String {
    if s.chars().count() <= 60 {
        s.to_owned()
    } else {
        s.chars().take(59).collect::<String>() + "…"
    }
}
