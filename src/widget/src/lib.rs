//! The reader's widget: thin Yew function components that lay out what the report crate computed,
//! plus mounting, the first render and the panic hook. Decisions about data live in the `report` crate.

pub mod app;
#[cfg(feature = "charts")]
pub mod chart;
pub mod download;
pub mod error_panel;
pub mod fetch;
pub mod figure;
pub mod header;
pub mod mount;
pub mod panic;
pub mod participants;
pub mod problem_list;
pub mod report_view;
pub mod section;
pub mod share_url;
#[cfg(not(target_arch = "wasm32"))]
pub mod ssr;
pub mod takeover;
pub mod text;
pub mod toolbar;

use std::rc::Rc;

use report::format::Report;

/// A shared report whose equality is identity: props compare in O(1) instead of walking the report
/// on every render.
#[derive(Clone, Debug)]
pub struct ReportRef(pub Rc<Report>);

impl PartialEq for ReportRef {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// A report's text whose equality is identity: a long report's text is megabytes, and props that
/// carry it (every section's, for its charts) are compared on every render.
#[derive(Clone, Debug)]
pub struct ReportText(pub yew::AttrValue);

impl PartialEq for ReportText {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0.as_str(), other.0.as_str())
    }
}

impl std::ops::Deref for ReportRef {
    type Target = Report;
    fn deref(&self) -> &Report {
        &self.0
    }
}
