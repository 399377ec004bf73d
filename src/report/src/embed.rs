//! The embed contract: every name that a news page, `static/embed.js`, the widget and the
//! published snippets must agree on, written once. The widget mounts by them, the pre-render and
//! the editor write them, and `tests/embed_contract.rs` checks that embed.js uses these names and
//! no other `data-` attribute.

/// The custom element a news page embeds (defined by embed.js).
pub const ELEMENT: &str = "session-report";
/// Its attributes: the report's address, the language to start in, the share-link key.
pub const SRC: &str = "src";
pub const LANG: &str = "lang";
pub const KEY: &str = "key";
/// On the element (or `data-editor` on a stand-alone page's root): editors see a broken report's
/// problems open.
pub const EDITOR: &str = "editor";
pub const DATA_EDITOR: &str = "data-editor";
/// Set by embed.js on `<html>` of a page at the top of its window served from this machine
/// (`index.html` under `bash .ci/serve`): widget.css then shows a stand-alone widget's editors'
/// tools (open a report file, its JSON), which readers' pages hide (docs/format-decisions.md).
pub const EDITOR_TOOLS: &str = "data-editor-tools";

/// Elements of a stand-alone page (index.html, frame.html) that receive a widget.
pub const ROOT: &str = "data-session-report";
/// A stand-alone root's own report address, language and share-link key (else `?src=`, `lang`).
pub const ROOT_SRC: &str = "data-src";
pub const ROOT_LANG: &str = "data-lang";
pub const ROOT_KEY: &str = "data-key";
/// Names the `<script type="application/json">` holding the root's report, by its id.
pub const INLINE: &str = "data-report";
/// Where the build pre-renders a report into a page: a root's report path for the pre-render, or
/// a marker on a `<session-report>` that its `src` should be pre-rendered.
pub const PRERENDER: &str = "data-prerender";

/// Set on every element a widget was mounted into, so the panic hook can find them all.
pub const MOUNTED: &str = "data-session-report-root";
/// Set once the live view has replaced what the page showed (pages and tests can wait for it).
pub const READY: &str = "data-sr-ready";
/// The element holding a widget's live view (and, pre-rendered, its static twin).
pub const VIEW: &str = "data-sr-view";
/// Inside a pre-rendered shadow root: the box holding the report's first render.
pub const PRERENDERED: &str = "data-prerendered";
/// An embed's box while it keeps one height until the reader opens it (no layout shift).
pub const COMPACT: &str = "data-compact";
/// Set by embed.js on a static view the reader tapped before the widget was live.
pub const TAPPED: &str = "data-sr-tapped";
/// The buttons embed.js answers before the widget is live, by their action.
pub const ACTION: &str = "data-action";
/// A section of the rendered report, by its id (read back by the takeover).
pub const SECTION: &str = "data-section";

/// The page's list of other origins it shows reports from: `<meta name=… content="…">`.
pub const ORIGINS_META: &str = "session-report-origins";
/// The event embed.js dispatches on `window` once the wasm has started.
pub const STARTED_EVENT: &str = "session-report:started";

/// Every `data-` attribute of the contract, for the check against embed.js.
pub const DATA_ATTRIBUTES: [&str; 16] = [
    DATA_EDITOR, EDITOR_TOOLS, ROOT, ROOT_SRC, ROOT_LANG, ROOT_KEY, INLINE, PRERENDER, MOUNTED, READY, VIEW, PRERENDERED,
    COMPACT, TAPPED, ACTION, SECTION,
];
