//! Expand all / collapse all, and the language switch.

use yew::prelude::*;

use super::download::save_text;
use crate::core::i18n::{language_name, Msg};
use crate::core::locale::Locale;
use crate::core::view_state::Action;

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
}

#[function_component]
pub fn Toolbar(props: &ToolbarProps) -> Html {
    let l = props.locale;
    let send = |a: Action| props.dispatch.reform(move |_: MouseEvent| a);
    let save_json = {
        let (source, name) = (props.source.clone(), format!("{}.json", props.file_name));
        Callback::from(move |_: MouseEvent| save_text(&name, "application/json", &source))
    };
    html! {
        <div class="sr-toolbar">
            <div class="sr-toolbar__group">
                <button type="button" class="sr-btn" disabled={props.all_open}
                        onclick={send(Action::ExpandAll)}>{ Msg::ExpandAll.text(l) }</button>
                <button type="button" class="sr-btn" disabled={props.all_closed}
                        onclick={send(Action::CollapseAll)}>{ Msg::CollapseAll.text(l) }</button>
                <button type="button" class="sr-btn" data-download="json"
                        onclick={save_json}>{ Msg::DownloadReport.text(l) }</button>
            </div>
            <div class="sr-toolbar__group sr-lang" role="group" aria-label={Msg::Language.text(l)}>
                { for Locale::ALL.iter().map(|&to| html! {
                    <button type="button" class="sr-btn sr-lang__btn" lang={to.tag()}
                            aria-pressed={(to == l).to_string()}
                            onclick={send(Action::SetLocale(to))}>{ language_name(to) }</button>
                }) }
            </div>
        </div>
    }
}
