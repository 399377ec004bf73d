//! The work in the browser's storage (localStorage), written as it is typed, so a reload or a
//! crash loses nothing. Storage can be refused (private modes, full quota): then the editor says
//! so rather than pretend.

use crate::work::Work;

const KEY: &str = "session-report-editor/work";

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
