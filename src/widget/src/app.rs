//! The root component. It holds all state (the report being shown, a failed attempt to load
//! another, and the view state) and turns report sources into one of: the report, the report with
//! a failure notice above it, or, when there is no report at all, the failure on its own. A failed
//! load never replaces the report the reader has open.

use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::File;
use yew::prelude::*;

use super::error_panel::{ErrorPanel, Failure, FailureNotice, Origin};
use super::fetch::{fetch_text, read_file};
use super::report_view::ReportView;
use super::share_url;
use super::toolbar::CopyStatus;
use super::ReportRef;
use report::wording::Msg;
use report::load::LoadFailure;
use report::locale::Locale;
use report::parse::read_sound_report;
use report::share_link::{decode, restore, LinkState};
use report::view_state::{Action, ViewState};

#[derive(Clone, Debug, PartialEq)]
pub enum Source {
    /// The report's JSON text itself.
    Inline(AttrValue),
    /// An address to fetch it from (same origin, or a server that allows CORS).
    Url(AttrValue),
}

/// What the reader did to the pre-rendered report before the widget was live (`view::takeover`).
pub type Takeover = Callback<(), LinkState>;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub source: Source,
    /// The language to start in when no share link says otherwise.
    #[prop_or_default]
    pub locale: Locale,
    /// `locale` when the page chose it (its address or the element), so that everyone opening the
    /// page gets it; `None` when it came from the reader's browser (links then name it).
    #[prop_or_default]
    pub page_locale: Option<Locale>,
    /// Set when the page's address named the report (`?src=`): the origins, besides the page's own,
    /// that may serve it (core/report_origin.rs).
    #[prop_or_default]
    pub page_named: Option<Rc<Vec<String>>>,
    /// Reads what the reader tapped on the pre-rendered report, when the live view takes over.
    #[prop_or_default]
    pub takeover: Option<Takeover>,
    /// Set for an embed that starts in a box of fixed height (embed.js, for elements without a
    /// pre-rendered report): the report arriving must not push the rest of the article down. The
    /// reader opens it to its full height; called then, to lift the limit.
    #[prop_or_default]
    pub on_expand: Option<Callback<()>>,
    /// Names this widget's state in share links; `None` keeps the state out of the address.
    #[prop_or_default]
    pub link_key: Option<AttrValue>,
    /// The editor is the audience (the page's element says `editor`): a report's problems are
    /// shown open rather than behind "Details for the editor".
    #[prop_or_default]
    pub editor: bool,
    /// Called once there is something to show instead of what the page had in the widget's place
    /// (a report, or why there is none): `mount` then swaps the view in.
    #[prop_or_default]
    pub on_ready: Callback<()>,
}

impl AppProps {
    /// How every widget starts, whatever starts it: `source` in `locale` (`page_locale` when the
    /// page chose it), its state named `link_key` in share links, for readers. The live mount adds
    /// what only a live page has (the origins its address allows, the taps made before it was
    /// live, a compact box, an editor's page); the first render as HTML uses [`Self::published`].
    pub fn first(source: Source, locale: Locale, page_locale: Option<Locale>, link_key: Option<AttrValue>) -> Self {
        AppProps {
            source,
            locale,
            page_locale,
            page_named: None,
            takeover: None,
            on_expand: None,
            link_key,
            editor: false,
            on_ready: Callback::noop(),
        }
    }

    /// The first render of a published report, as the pre-render (`ssr`) writes it into pages and
    /// the editor into the self-contained page: the report's text inline, in the language the page
    /// names, with the share-link key the page's widget will have.
    pub fn published(json: &str, locale: Locale, key: &str) -> Self {
        Self::first(Source::Inline(json.to_owned().into()), locale, Some(locale), Some(key.to_owned().into()))
    }
}

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

fn parsed(json: String, foreign: Option<String>) -> Result<Shown, LoadFailure> {
    match read_sound_report(&json) {
        Some(r) => {
            static LOADS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
            let generation = LOADS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            Ok(Shown { report: ReportRef(Rc::new(r)), json: json.into(), foreign: foreign.map(Into::into), generation })
        }
        None => Err(LoadFailure::Report(json.into())),
    }
}

/// The view state as Yew's reducer holds it (the state and its actions are the report crate's).
#[derive(Clone, PartialEq)]
struct Live(ViewState);

impl std::ops::Deref for Live {
    type Target = ViewState;
    fn deref(&self) -> &ViewState {
        &self.0
    }
}

impl Reducible for Live {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(Live(self.0.apply(action)))
    }
}

#[function_component]
pub fn App(props: &AppProps) -> Html {
    // An inline report is parsed during the first render, so it appears without a loading step.
    let first = use_memo((), |_| match &props.source {
        Source::Inline(json) => Some(parsed(json.to_string(), None)),
        Source::Url(_) => None,
    });
    let shown = use_state(|| first.as_ref().as_ref().and_then(|r| r.as_ref().ok().cloned()));
    let failure = use_state(|| {
        first.as_ref().as_ref().and_then(|r| r.as_ref().err().cloned()).map(|failure| Failure { origin: Origin::Inline, failure })
    });
    let loading = use_state(|| matches!(props.source, Source::Url(_)));
    let link_state = use_memo(props.link_key.clone(), |key| {
        key.as_ref().and_then(|k| share_url::read(k)).map(|s| decode(&s)).unwrap_or_default()
    });
    // The first report shown gets the link's view, with what the reader tapped before the widget
    // was live on top. Read when it is shown, right before the live view replaces the static one.
    let first_link = {
        let (link_state, takeover) = (link_state.clone(), props.takeover.clone());
        move || (*link_state).clone().with_taps(takeover.as_ref().map(|t| t.emit(())).unwrap_or_default())
    };
    let state = use_reducer(|| {
        Live(match &*shown {
            Some(s) => restore(&first_link(), &s.report, props.locale),
            None => ViewState::new(0, link_state.locale.unwrap_or(props.locale)),
        })
    });

    // Shows a newly loaded report, or records why it could not be shown.
    let settle = {
        let (shown, failure, loading, state) = (shown.clone(), failure.clone(), loading.clone(), state.clone());
        let (fallback, first_link) = (props.locale, first_link.clone());
        Callback::from(move |(origin, result): (Origin, Result<Shown, LoadFailure>)| {
            loading.set(false);
            match result {
                Ok(s) => {
                    // The first report a link was made for gets the link's view; later ones start fresh.
                    let next = if shown.is_none() {
                        restore(&first_link(), &s.report, fallback)
                    } else {
                        ViewState::new(s.report.sections.len(), state.locale)
                    };
                    state.dispatch(Action::Restore(Box::new(next)));
                    shown.set(Some(s));
                    failure.set(None);
                }
                Err(f) => failure.set(Some(Failure { origin, failure: f })),
            }
        })
    };
    let load_url = {
        let (settle, loading, page_named) = (settle.clone(), loading.clone(), props.page_named.clone());
        Callback::from(move |url: AttrValue| {
            let fetched = {
                let (url, page_named) = (url.clone(), page_named.clone());
                async move { fetch_text(&url, page_named.as_deref().map(Vec::as_slice)).await.map(|f| (f.text, f.foreign)) }
            };
            spawn_load(&loading, &settle, Origin::Url(url), fetched);
        })
    };
    let open_file = {
        let (settle, loading) = (settle.clone(), loading.clone());
        Callback::from(move |file: File| {
            let name = file.name();
            spawn_load(&loading, &settle, Origin::File(name), async move { read_file(&file).await.map(|t| (t, None)) });
        })
    };
    {
        let load_url = load_url.clone();
        use_effect_with(props.source.clone(), move |source| {
            if let Source::Url(url) = source {
                load_url.emit(url.clone());
            }
        });
    }
    // A new `lang` from the embedding page switches the language (not on the first render, where
    // a share link's language may rightly differ).
    {
        let (dispatcher, first) = (state.dispatcher(), use_mut_ref(|| true));
        use_effect_with(props.locale, move |locale| {
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
                dispatcher.dispatch(Action::SetLocale(*locale));
            }
        });
    }
    {
        // Again when a report follows a failure: `mount` may have kept a pre-rendered report on
        // screen rather than show that failure.
        let on_ready = props.on_ready.clone();
        use_effect_with((shown.is_some(), failure.is_some()), move |&(shown, failed)| {
            if shown || failed {
                on_ready.emit(());
            }
        });
    }
    // Keep the share link in the address up to date with the view.
    {
        let key = props.link_key.clone();
        let page_locale = props.page_locale;
        use_effect_with((state.0.clone(), (*shown).clone()), move |(state, shown)| {
            if let (Some(key), Some(shown)) = (key, shown) {
                // After this frame: the address is not on screen, and history.replaceState costs
                // up to a few milliseconds that a toggle should not wait for.
                let (state, report) = (state.clone(), shown.report.clone());
                let write = Closure::once_into_js(move || share_url::write(&key, &state, &report, page_locale));
                let _ = gloo::utils::window().set_timeout_with_callback(write.unchecked_ref());
            }
        });
    }

    // A compact embed opens on request, on focus inside it (a keyboard reader tabbing in), or at
    // once for a link that asks for a particular view.
    let compact = use_state(|| props.on_expand.is_some() && *link_state == LinkState::default());
    let expand = {
        let (compact, on_expand) = (compact.clone(), props.on_expand.clone());
        Callback::from(move |()| {
            if let Some(f) = on_expand.as_ref().filter(|_| *compact) {
                compact.set(false);
                f.emit(());
            }
        })
    };
    {
        let (on_expand, compact) = (props.on_expand.clone(), *compact);
        use_effect_with((), move |_| {
            if let Some(f) = on_expand.filter(|_| !compact) {
                f.emit(());
            }
        });
    }
    let app_ref = use_node_ref();
    // The button goes away: keyboard focus moves to the report it opened.
    let expand_click = {
        let (expand, app_ref) = (expand.clone(), app_ref.clone());
        Callback::from(move |_: MouseEvent| {
            expand.emit(());
            let article = app_ref.cast::<web_sys::Element>().and_then(|a| a.query_selector("article").ok().flatten());
            if let Some(article) = article.and_then(|a| a.dyn_into::<web_sys::HtmlElement>().ok()) {
                let _ = article.set_attribute("tabindex", "-1");
                let _ = article.focus();
            }
        })
    };
    let l = state.locale;
    let dismiss = {
        let failure = failure.clone();
        Callback::from(move |_: MouseEvent| failure.set(None))
    };
    let retry = match &*failure {
        // Trying again cannot help a refused origin.
        Some(Failure { failure: LoadFailure::Refused(_), .. }) => None,
        Some(Failure { origin: Origin::Url(url), .. }) => {
            let (url, load_url) = (url.clone(), load_url.clone());
            Some(Callback::from(move |_: MouseEvent| load_url.emit(url.clone())))
        }
        _ => None,
    };
    // Stable callbacks: sections compare props to skip re-rendering, and a new callback on every
    // render would make every section render on every toggle.
    let dispatch = {
        let dispatcher = state.dispatcher();
        use_memo((), move |_| Callback::from(move |a: Action| dispatcher.dispatch(a)))
    };
    let latest = use_mut_ref(|| None::<(ViewState, ReportRef)>);
    *latest.borrow_mut() = shown.as_ref().map(|s| (state.0.clone(), s.report.clone()));
    let copy_status = use_state(CopyStatus::default);
    let copy_link = {
        let (latest, status) = (latest.clone(), copy_status.clone());
        use_memo((props.link_key.clone(), props.page_locale), move |(key, page_locale)| {
            let (key, page_locale) = (key.clone()?, *page_locale);
            Some(Callback::from(move |focus: Option<String>| {
                let Some((mut state, report)) = latest.borrow().clone() else { return };
                if focus.is_some() {
                    state.focus = focus;
                }
                let Some(path) = share_url::url_with(&key, &state, &report, page_locale) else { return };
                let url = gloo::utils::window().location().origin().map(|o| o + &path).unwrap_or(path);
                let status = status.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    let clipboard = gloo::utils::window().navigator().clipboard();
                    let copied = wasm_bindgen_futures::JsFuture::from(clipboard.write_text(&url)).await.is_ok();
                    status.set(if copied { CopyStatus::Copied } else { CopyStatus::Manual(url) });
                });
            }))
        })
    };
    let notice = failure.as_ref().map(|f| match (&f.origin, &f.failure) {
        // The built-in or embedded report itself is broken: the located problems are the message.
        (Origin::Inline, LoadFailure::Report(json)) => {
            html! { <ErrorPanel json={json.clone()} locale={l} editor={props.editor} /> }
        }
        // Whoever opened a file is checking it: they are its editor.
        (origin, _) => html! {
            <FailureNotice failure={f.clone()} locale={l} editor={props.editor || matches!(origin, Origin::File(_))}
                           on_dismiss={shown.is_some().then(|| dismiss.clone())} on_retry={retry.clone()} />
        },
    });

    html! {
        <>
        <div class="sr-app" lang={l.tag()} ondragover={Callback::from(|e: DragEvent| e.prevent_default())}
             ondrop={on_drop(open_file.clone())} onfocusin={expand.reform(|_: FocusEvent| ())} ref={app_ref}>
            if *loading {
                <p class="sr-widget sr-loading" role="status">{ Msg::Loading.text(l) }</p>
            }
            { notice.unwrap_or_default() }
            if let Some(s) = &*shown {
                <ReportView key={s.generation} report={s.report.clone()} source={s.json.clone()} foreign={s.foreign.clone()} state={state.0.clone()}
                            dispatch={(*dispatch).clone()} on_open_file={open_file}
                            on_copy_link={(*copy_link).clone()} copy_status={(*copy_status).clone()}
                            link_key={props.link_key.clone()} />
            }
        </div>
        if *compact {
            <div class="sr-widget sr-more">
                <button type="button" class="sr-btn sr-more__btn" onclick={expand_click}>{ Msg::ShowWholeReport.text(l) }</button>
            </div>
        }
        </>
    }
}

/// Reads a report in the background, then shows it or the reason it cannot be shown.
fn spawn_load(
    loading: &UseStateHandle<bool>,
    settle: &Callback<(Origin, Result<Shown, LoadFailure>)>,
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
fn on_drop(open_file: Callback<File>) -> Callback<DragEvent> {
    Callback::from(move |e: DragEvent| {
        e.prevent_default();
        if let Some(file) = e.data_transfer().and_then(|d| d.files()).and_then(|f| f.get(0)) {
            open_file.emit(file);
        }
    })
}
