//! Expand / collapse all, the language switch, opening a report file, copying a share link and
//! downloading the report's data.

use wasm_bindgen::JsCast;
use web_sys::{File, HtmlInputElement};
use yew::prelude::*;

use super::download::save_text;
use report::wording::{language_name, Msg};
use report::locale::Locale;
use report::view_state::Action;

/// The outcome of the last "copy link", shown beside the button.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum CopyStatus {
    #[default]
    Idle,
    Copied,
    /// The clipboard was refused: the link is shown, selected, for the reader to copy.
    Manual(String),
}

#[derive(Properties, PartialEq)]
pub struct ToolbarProps {
    pub locale: Locale,
    pub all_open: bool,
    pub all_closed: bool,
    pub dispatch: Callback<Action>,
    /// The report's JSON as loaded, offered unchanged as a download.
    pub source: AttrValue,
    /// File name for that download, without extension.
    pub file_name: AttrValue,
    pub on_open_file: Callback<File>,
    pub on_copy_link: Option<Callback<Option<String>>>,
    pub copy_status: CopyStatus,
}

#[function_component]
pub fn Toolbar(props: &ToolbarProps) -> Html {
    let l = props.locale;
    let send = |a: Action| props.dispatch.reform(move |_: MouseEvent| a.clone());
    let save_json = {
        let (source, name) = (props.source.clone(), format!("{}.json", props.file_name));
        Callback::from(move |_: MouseEvent| save_text(&name, "application/json", &source))
    };
    let pick = {
        let open = props.on_open_file.clone();
        Callback::from(move |e: Event| {
            let Some(input) = e.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok()) else { return };
            if let Some(file) = input.files().and_then(|f| f.get(0)) {
                open.emit(file);
            }
            // The same file can be picked again after a fix.
            input.set_value("");
        })
    };
    html! {
        <div class="sr-toolbar">
            <div class="sr-toolbar__group">
                <button type="button" class="sr-btn" data-action="expand-all" disabled={props.all_open}
                        onclick={send(Action::ExpandAll)}>{ Msg::ExpandAll.text(l) }</button>
                <button type="button" class="sr-btn" data-action="collapse-all" disabled={props.all_closed}
                        onclick={send(Action::CollapseAll)}>{ Msg::CollapseAll.text(l) }</button>
            </div>
            <div class="sr-toolbar__group sr-lang" role="group" aria-label={Msg::Language.text(l)}>
                { for Locale::ALL.iter().map(|&to| html! {
                    <button type="button" class="sr-btn sr-lang__btn" lang={to.tag()}
                            aria-pressed={(to == l).to_string()}
                            onclick={send(Action::SetLocale(to))}>{ language_name(to) }</button>
                }) }
            </div>
            <div class="sr-toolbar__group sr-toolbar__more">
                if let Some(copy) = &props.on_copy_link {
                    <button type="button" class="sr-btn" data-action="copy-link"
                            onclick={copy.reform(|_: MouseEvent| None)}>{ Msg::CopyLink.text(l) }</button>
                }
                <label class="sr-btn sr-file">
                    <input type="file" class="sr-visually-hidden" accept=".json,application/json" onchange={pick} />
                    { Msg::OpenFile.text(l) }
                </label>
                <button type="button" class="sr-btn" data-download="json"
                        onclick={save_json}>{ Msg::DownloadReport.text(l) }</button>
            </div>
            <div class="sr-toolbar__status" role="status" aria-live="polite">
                { match &props.copy_status {
                    CopyStatus::Idle => html! {},
                    CopyStatus::Copied => html! { { Msg::LinkCopied.text(l) } },
                    CopyStatus::Manual(url) => html! {
                        <label class="sr-manual-link">{ Msg::CopyThisLink.text(l) }
                            <input type="text" readonly=true value={url.clone()} class="sr-manual-link__input"
                                   onfocus={Callback::from(|e: FocusEvent| {
                                       if let Some(i) = e.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok()) { i.select(); }
                                   })} />
                        </label>
                    },
                } }
            </div>
        </div>
    }
}
