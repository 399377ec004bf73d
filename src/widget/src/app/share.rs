//! The share link of what the reader sees: kept in the page address as the view changes, and
//! copied on request (the toolbar's "copy link", a section's own link).

use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::share_url;
use crate::toolbar::CopyStatus;
use crate::ReportRef;
use report::locale::Locale;
use report::view_state::ViewState;

/// The view as a link names it: the view state over the report it is of.
pub type Linked = Option<(ViewState, ReportRef)>;

/// What the toolbar needs: the copy action (`None` when the widget keeps its state out of the
/// address) with an optional section to focus, and how the last copy went.
pub struct ShareLink {
    pub copy: Option<Callback<Option<String>>>,
    pub status: CopyStatus,
}

/// Writes `view` into the address under `key` whenever it changes, and offers to copy it.
#[hook]
pub fn use_share_link(key: Option<AttrValue>, page_locale: Option<Locale>, view: Linked) -> ShareLink {
    {
        let key = key.clone();
        use_effect_with(view.clone(), move |view| {
            if let (Some(key), Some((state, report))) = (key, view.clone()) {
                // After this frame: the address is not on screen, and history.replaceState costs
                // up to a few milliseconds that a toggle should not wait for.
                let write = Closure::once_into_js(move || share_url::write(&key, &state, &report, page_locale));
                let _ = gloo::utils::window().set_timeout_with_callback(write.unchecked_ref());
            }
        });
    }
    // The copy action stays the same callback across renders (the toolbar compares its props)
    // and reads the view of the moment from here.
    let latest = use_mut_ref(|| None);
    *latest.borrow_mut() = view;
    let status = use_state(CopyStatus::default);
    let copy = {
        let status = status.clone();
        use_memo((key, page_locale), move |(key, page_locale)| {
            let (key, page_locale) = (key.clone()?, *page_locale);
            Some(Callback::from(move |focus: Option<String>| copy(&latest, &key, page_locale, focus, status.clone())))
        })
    };
    ShareLink { copy: (*copy).clone(), status: (*status).clone() }
}

/// Copies the link to the view in `latest` (focused on a section when `focus` names one); where
/// the clipboard is refused, the status carries the link for the reader to copy by hand.
fn copy(latest: &Rc<std::cell::RefCell<Linked>>, key: &str, page_locale: Option<Locale>, focus: Option<String>, status: UseStateHandle<CopyStatus>) {
    let Some((mut state, report)) = latest.borrow().clone() else { return };
    if focus.is_some() {
        state.focus = focus;
    }
    let Some(path) = share_url::url_with(key, &state, &report, page_locale) else { return };
    let url = gloo::utils::window().location().origin().map(|o| o + &path).unwrap_or(path);
    wasm_bindgen_futures::spawn_local(async move {
        let clipboard = gloo::utils::window().navigator().clipboard();
        let copied = wasm_bindgen_futures::JsFuture::from(clipboard.write_text(&url)).await.is_ok();
        status.set(if copied { CopyStatus::Copied } else { CopyStatus::Manual(url) });
    });
}
