//! The work in the browser's storage (localStorage), written as it is typed, so a reload or a
//! crash loses nothing. Storage can be refused (private modes, full quota): then the editor says
//! so rather than pretend.

use crate::work::Work;

const KEY: &str = "session-report-editor/work";
/// The step on screen, so a reload comes back to it rather than to the first or the second.
const STEP: &str = "session-report-editor/step";

fn storage() -> Option<web_sys::Storage> {
    gloo::utils::window().local_storage().ok().flatten()
}

/// The work kept last time, if any.
pub fn load() -> Option<Work> {
    serde_json::from_str(&storage()?.get_item(KEY).ok()??).ok()
}

/// Keeps `work`; false when the browser refused.
pub fn save(work: &Work) -> bool {
    let Some(s) = storage() else { return false };
    serde_json::to_string(work).is_ok_and(|json| s.set_item(KEY, &json).is_ok())
}

/// The step kept last time, by its id.
pub fn load_step() -> Option<String> {
    storage()?.get_item(STEP).ok()?
}

pub fn save_step(id: &str) {
    if let Some(s) = storage() {
        let _ = s.set_item(STEP, id);
    }
}

/// Keeps `article` as the work's article (typed in editor.html's static frame before the wasm ran):
/// the live editor then shows it in its place.
pub fn keep_article(article: &str) {
    if article.trim().is_empty() {
        return;
    }
    let mut work = load().unwrap_or_default();
    if work.article != article {
        work.article = article.to_owned();
        save(&work);
    }
}
