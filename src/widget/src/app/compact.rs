//! A compact embed: one that starts in a box of fixed height (embed.js, for an element without a
//! pre-rendered report) so that the report arriving does not push the article down. It opens to
//! its full height on the "show the whole report" button, on focus inside it (a keyboard reader
//! tabbing in), or at once for a share link that asks for a particular view.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use report::locale::Locale;
use report::wording::Msg;

pub struct Compact {
    /// Still in its box.
    pub folded: bool,
    /// Opens it (nothing when it is open or was never compact).
    pub expand: Callback<()>,
}

/// `on_expand` is the page's, called once the widget opens; `linked` says a share link asked for a
/// particular view.
#[hook]
pub fn use_compact(on_expand: Option<Callback<()>>, linked: bool) -> Compact {
    let folded = use_state(|| on_expand.is_some() && !linked);
    let expand = {
        let (folded, on_expand) = (folded.clone(), on_expand.clone());
        Callback::from(move |()| {
            if let Some(f) = on_expand.as_ref().filter(|_| *folded) {
                folded.set(false);
                f.emit(());
            }
        })
    };
    {
        let folded = *folded;
        use_effect_with((), move |_| {
            if let Some(f) = on_expand.filter(|_| !folded) {
                f.emit(());
            }
        });
    }
    Compact { folded: *folded, expand }
}

/// The button under a folded widget. It goes away once pressed, so keyboard focus moves to the
/// report it opened (the `article` inside `app`).
pub fn show_whole(expand: &Callback<()>, app: &NodeRef, l: Locale) -> Html {
    let onclick = {
        let (expand, app) = (expand.clone(), app.clone());
        Callback::from(move |_: MouseEvent| {
            expand.emit(());
            let article = app.cast::<web_sys::Element>().and_then(|a| a.query_selector("article").ok().flatten());
            if let Some(article) = article.and_then(|a| a.dyn_into::<web_sys::HtmlElement>().ok()) {
                let _ = article.set_attribute("tabindex", "-1");
                let _ = article.focus();
            }
        })
    };
    html! {
        <div class="sr-widget sr-more">
            <button type="button" class="sr-btn sr-more__btn" {onclick}>{ Msg::ShowWholeReport.text(l) }</button>
        </div>
    }
}
