//! The archive's first render as HTML (native builds only), for the publishing command: the same
//! component the wasm renders, with the newest reports and no query, so the page lists them
//! before the wasm arrives and with JavaScript off.

use std::rc::Rc;

use report::archive::query::Query;
use report::archive::shards::Index;
use report::locale::Locale;
use yew::LocalServerRenderer;

use crate::view::{Archive, ArchiveProps};

pub fn render(index: Rc<Index>, locale: Locale, top: &str) -> String {
    let props = ArchiveProps { locale, top: top.to_owned().into(), index, query: Query::default(), focus: None, more: false };
    let runtime = tokio::runtime::Builder::new_current_thread().build().expect("a single-threaded runtime");
    runtime.block_on(async {
        tokio::task::LocalSet::new().run_until(LocalServerRenderer::<Archive>::with_props(props).hydratable(false).render()).await
    })
}
