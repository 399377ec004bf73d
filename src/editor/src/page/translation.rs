//! Step 3's "Paste a translation you already have": the translation lined up with the report's
//! prose (`crate::align`), each pair side by side to accept, correct or leave; nothing is written
//! into the report until accepted.

use report::format::Report;
use report::locale::Locale;
use report::place::place_in_words as place;
use yew::prelude::*;

use crate::align::{align, Proposal};
use crate::english::set_english;
use crate::words::{lined_up, W};
use crate::work::Edit;

use super::fields::act;

#[derive(Properties, PartialEq)]
pub struct TranslationProps {
    pub report: Report,
    pub ui: Locale,
    pub on_edit: Callback<Edit>,
}

#[function_component]
pub fn Translation(props: &TranslationProps) -> Html {
    let ui = props.ui;
    let pasted = use_state(String::new);
    // The pairs on screen, with the English as the editor has corrected it; `None` before "Line up".
    let proposals = use_state(|| None::<Vec<Proposal>>);
    let on_paste = {
        let pasted = pasted.clone();
        Callback::from(move |e: InputEvent| pasted.set(e.target_unchecked_into::<web_sys::HtmlTextAreaElement>().value()))
    };
    let line_up = {
        let (pasted, proposals, report) = (pasted.clone(), proposals.clone(), props.report.clone());
        Callback::from(move |_: MouseEvent| proposals.set(Some(align(&report, &pasted))))
    };
    // Accepting writes the pairs' English and takes them off the list.
    let accept = |chosen: Vec<Proposal>| {
        let proposals = proposals.clone();
        let paths: Vec<String> = chosen.iter().map(|p| p.path.clone()).collect();
        let write = act(&props.on_edit, move |r| {
            for p in &chosen {
                set_english(r, &p.path, &p.en);
            }
        });
        Callback::from(move |_: MouseEvent| {
            write.emit(());
            if let Some(list) = proposals.as_ref() {
                proposals.set(Some(list.iter().filter(|p| !paths.contains(&p.path)).cloned().collect()));
            }
        })
    };
    let list = proposals.as_ref().map(|list| {
        if list.is_empty() {
            return html! { <p class="ed-note" role="status">{ W::NoneLinedUp.text(ui) }</p> };
        }
        let rows = list.iter().enumerate().map(|(k, p)| {
            let id = format!("ed-tr-{k}");
            let edit = {
                let (proposals, path) = (proposals.clone(), p.path.clone());
                Callback::from(move |e: InputEvent| {
                    let value = e.target_unchecked_into::<web_sys::HtmlTextAreaElement>().value();
                    if let Some(list) = proposals.as_ref() {
                        let mut list = list.clone();
                        list.iter_mut().filter(|q| q.path == path).for_each(|q| q.en = value.clone());
                        proposals.set(Some(list));
                    }
                })
            };
            let evidence = match (p.numbers, p.names) {
                (0, 0) => W::ByOrder.text(ui).to_owned(),
                (n, 0) => format!("{} ({n})", W::ByNumbers.text(ui)),
                (0, m) => format!("{} ({m})", W::ByNames.text(ui)),
                (n, m) => format!("{} ({n}), {} ({m})", W::ByNumbers.text(ui), W::ByNames.text(ui)),
            };
            html! {
                <li key={p.path.clone()} class={classes!("ed-pair", (!p.supported()).then_some("ed-pair--missing"))}>
                    <p class="ed-pair__path">{ place(&p.path, ui) }{ " " }<code>{ &p.path }</code>{ " · " }<span>{ evidence }</span></p>
                    <div class="ed-pair__vi">
                        <span class="ed-field__label">{ W::Vietnamese.text(ui) }</span>
                        <p lang="vi">{ &p.vi }</p>
                    </div>
                    <div class="ed-pair__en">
                        <label class="ed-field__label" for={id.clone()}>{ W::Proposed.text(ui) }</label>
                        <textarea id={id} lang="en" value={p.en.clone()} rows={if p.en.len() > 120 { "4" } else { "2" }} oninput={edit} />
                        <button type="button" class="ed-btn ed-btn--small" onclick={accept(vec![p.clone()])}>
                            { W::Accept.text(ui) }
                        </button>
                    </div>
                </li>
            }
        });
        html! {
            <>
                <p class="ed-translation__count" role="status">{ lined_up(ui, list.len()) }</p>
                <button type="button" class="ed-btn" onclick={accept(list.clone())}>{ W::AcceptAll.text(ui) }</button>
                <ol class="ed-list">{ for rows }</ol>
            </>
        }
    });
    html! {
        <details class="ed-card ed-translation">
            <summary>{ W::PasteTranslation.text(ui) }</summary>
            <p class="ed-note">{ W::PasteTranslationIntro.text(ui) }</p>
            <label class="ed-field__label" for="ed-translation-text">{ W::TranslationLabel.text(ui) }</label>
            <textarea id="ed-translation-text" lang="en" rows="8" value={(*pasted).clone()} oninput={on_paste} />
            <p><button type="button" class="ed-btn" onclick={line_up}>{ W::LineUp.text(ui) }</button></p>
            { list.unwrap_or_default() }
        </details>
    }
}
