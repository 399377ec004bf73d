//! Reading a report from where it comes (the page's inline text, an address, a file dropped or
//! opened) into a report on screen or the reason it cannot be one.

use std::rc::Rc;

use web_sys::File;
use yew::prelude::*;

use crate::error_panel::Origin;
use crate::ReportRef;
use report::load::LoadFailure;
use report::parse::read_sound_report;

/// A report on screen, with the text it came from (offered as the JSON download).
#[derive(Clone, PartialEq)]
pub struct Shown {
    pub report: ReportRef,
    pub json: AttrValue,
    /// The other site the report was fetched from, shown with it; `None` for the page's own.
    pub foreign: Option<AttrValue>,
    /// Counts loads: a new report gets a new view rather than a diff against the old one.
    pub generation: usize,
}

/// What a load ends in, and where it came from (for the notice when it failed).
pub type Settled = (Origin, Result<Shown, LoadFailure>);

pub fn parsed(json: String, foreign: Option<String>) -> Result<Shown, LoadFailure> {
    match read_sound_report(&json) {
        Some(r) => {
            static LOADS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
            let generation = LOADS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            Ok(Shown { report: ReportRef(Rc::new(r)), json: json.into(), foreign: foreign.map(Into::into), generation })
        }
        None => Err(LoadFailure::Report(json.into())),
    }
}

/// Reads a report in the background, then hands `settle` the report or why it cannot be shown.
pub fn spawn_load(
    loading: &UseStateHandle<bool>,
    settle: &Callback<Settled>,
    origin: Origin,
    text: impl std::future::Future<Output = Result<(String, Option<String>), LoadFailure>> + 'static,
) {
    loading.set(true);
    let settle = settle.clone();
    wasm_bindgen_futures::spawn_local(async move {
        settle.emit((origin, text.await.and_then(|(json, foreign)| parsed(json, foreign))))
    });
}

/// A report file dropped anywhere on the widget is opened.
pub fn on_drop(open_file: Callback<File>) -> Callback<DragEvent> {
    Callback::from(move |e: DragEvent| {
        e.prevent_default();
        if let Some(file) = e.data_transfer().and_then(|d| d.files()).and_then(|f| f.get(0)) {
            open_file.emit(file);
        }
    })
}
