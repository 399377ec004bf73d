//! Step 1: the article. Pasted (the draft is made at once) or opened from a .txt file; or a report
//! file opened instead, to go on with earlier work.

use report::locale::Locale;
use crate::words::W;
use widget::fetch::read_file;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ArticleProps {
    pub article: AttrValue,
    pub ui: Locale,
    /// The article as typed.
    pub on_article: Callback<String>,
    /// Make a draft of this text.
    pub on_draft: Callback<String>,
    /// A report file's text, to edit.
    pub on_report: Callback<String>,
    /// A file that could not be read, and why.
    pub on_failure: Callback<String>,
    /// What the last attempt gave (true), or why it gave nothing (false).
    pub message: Option<(bool, AttrValue)>,
    /// What the extractor asks an editor to check in its draft.
    pub notes: Vec<String>,
    /// The session's date as given here, for an article that says none.
    pub date: AttrValue,
    pub on_date: Callback<String>,
}

/// A file input whose chosen file's text goes to `then` (or a message to `fail`).
fn on_file(then: Callback<String>, fail: Callback<String>, ui: Locale) -> Callback<Event> {
    Callback::from(move |e: Event| {
        let input = e.target_unchecked_into::<HtmlInputElement>();
        let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
        // The same file chosen again must be read again.
        input.set_value("");
        let (then, fail) = (then.clone(), fail.clone());
        wasm_bindgen_futures::spawn_local(async move {
            match read_file(&file).await {
                Ok(text) => then.emit(text),
                Err(f) => fail.emit(format!("{}: {}", file.name(), f.describe(ui))),
            }
        });
    })
}

#[function_component]
pub fn Article(props: &ArticleProps) -> Html {
    let ui = props.ui;
    let oninput = {
        let (on_article, on_draft) = (props.on_article.clone(), props.on_draft.clone());
        Callback::from(move |e: InputEvent| {
            let text = e.target_unchecked_into::<HtmlTextAreaElement>().value();
            on_article.emit(text.clone());
            // A paste is a whole article: its draft comes at once.
            if e.input_type() == "insertFromPaste" {
                on_draft.emit(text);
            }
        })
    };
    let make = {
        let (article, on_draft) = (props.article.clone(), props.on_draft.clone());
        Callback::from(move |_: MouseEvent| on_draft.emit(article.to_string()))
    };
    let text_file = {
        let (on_article, on_draft) = (props.on_article.clone(), props.on_draft.clone());
        Callback::from(move |text: String| {
            on_article.emit(text.clone());
            on_draft.emit(text);
        })
    };
    let failed = props.on_failure.clone();
    html! {
        <div class="ed-article">
            <label class="ed-field">
                <span class="ed-field__label">{ W::ArticleLabel.text(ui) }</span>
                <textarea class="ed-article__text" lang="vi" rows="14" value={props.article.clone()} {oninput} />
            </label>
            <label class="ed-field ed-article__date">
                <span class="ed-field__label">{ W::SessionDate.text(ui) }</span>
                <input type="text" id="ed-article-date" placeholder="28/11/2020" value={props.date.clone()}
                       oninput={props.on_date.reform(|e: InputEvent| e.target_unchecked_into::<HtmlInputElement>().value())} />
            </label>
            <div class="ed-actions">
                <button type="button" class="ed-btn ed-btn--primary" data-action="make-draft" onclick={make}>{ W::MakeDraft.text(ui) }</button>
                <label class="ed-btn ed-file">
                    { W::OpenText.text(ui) }
                    <input type="file" accept=".txt,text/plain" onchange={on_file(text_file, failed.clone(), ui)} />
                </label>
                <label class="ed-btn ed-file">
                    { W::OpenReport.text(ui) }
                    <input type="file" accept=".json,application/json" onchange={on_file(props.on_report.clone(), failed, ui)} />
                </label>
            </div>
            if let Some((ok, message)) = &props.message {
                <p class={classes!("ed-note", (!ok).then_some("ed-note--problem"))} role={if *ok { "status" } else { "alert" }}>{ message }</p>
            }
            if !props.notes.is_empty() {
                <div class="ed-problems">
                    <p>{ W::ToCheck.text(ui) }</p>
                    <ul>{ for props.notes.iter().map(|n| html! { <li>{ n }</li> }) }</ul>
                </div>
            }
        </div>
    }
}
