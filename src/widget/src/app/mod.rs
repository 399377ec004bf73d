//! The root component. It holds all state (the report being shown, a failed attempt to load
//! another, and the view state) and turns report sources into one of: the report, the report with
//! a failure notice above it, or, when there is no report at all, the failure on its own. A failed
//! load never replaces the report the reader has open.

mod compact;
mod load;
mod share;

use std::rc::Rc;

use web_sys::File;
use yew::prelude::*;

use self::compact::{show_whole, use_compact};
use self::load::{on_drop, parsed, spawn_load, Settled};
use self::share::use_share_link;
use crate::error_panel::{ErrorPanel, Failure, FailureNotice, Origin};
use crate::fetch::{fetch_text, read_file};
use crate::report_view::ReportView;
use crate::share_url;
use report::load::LoadFailure;
use report::locale::Locale;
use report::share_link::{decode, restore, LinkState};
use report::view_state::{Action, ViewState};
use report::wording::Msg;

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
        Callback::from(move |(origin, result): Settled| {
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
    let share = use_share_link(props.link_key.clone(), props.page_locale, shown.as_ref().map(|s| (state.0.clone(), s.report.clone())));
    let compact = use_compact(props.on_expand.clone(), *link_state != LinkState::default());
    let app_ref = use_node_ref();
    let l = state.locale;
    // Stable callbacks: sections compare props to skip re-rendering, and a new callback on every
    // render would make every section render on every toggle.
    let dispatch = {
        let dispatcher = state.dispatcher();
        use_memo((), move |_| Callback::from(move |a: Action| dispatcher.dispatch(a)))
    };
    let notice = failure.as_ref().map(|f| match (&f.origin, &f.failure) {
        // The built-in or embedded report itself is broken: the located problems are the message.
        (Origin::Inline, LoadFailure::Report(json)) => {
            html! { <ErrorPanel json={json.clone()} locale={l} editor={props.editor} /> }
        }
        (origin, failed) => {
            let dismiss = shown.is_some().then(|| {
                let failure = failure.clone();
                Callback::from(move |_: MouseEvent| failure.set(None))
            });
            // Trying again cannot help a refused origin.
            let retry = match (origin, failed) {
                (Origin::Url(url), f) if !matches!(f, LoadFailure::Refused(_)) => {
                    let (url, load_url) = (url.clone(), load_url.clone());
                    Some(Callback::from(move |_: MouseEvent| load_url.emit(url.clone())))
                }
                _ => None,
            };
            // Whoever opened a file is checking it: they are its editor.
            html! {
                <FailureNotice failure={f.clone()} locale={l} editor={props.editor || matches!(origin, Origin::File(_))}
                               on_dismiss={dismiss} on_retry={retry} />
            }
        }
    });

    html! {
        <>
        <div class="sr-app" lang={l.tag()} ondragover={Callback::from(|e: DragEvent| e.prevent_default())}
             ondrop={on_drop(open_file.clone())} onfocusin={compact.expand.reform(|_: FocusEvent| ())} ref={app_ref.clone()}>
            if *loading {
                <p class="sr-widget sr-loading" role="status">{ Msg::Loading.text(l) }</p>
            }
            { notice.unwrap_or_default() }
            if let Some(s) = &*shown {
                <ReportView key={s.generation} report={s.report.clone()} source={s.json.clone()} foreign={s.foreign.clone()} state={state.0.clone()}
                            dispatch={(*dispatch).clone()} on_open_file={open_file}
                            on_copy_link={share.copy} copy_status={share.status}
                            link_key={props.link_key.clone()} />
            }
        </div>
        if compact.folded {
            { show_whole(&compact.expand, &app_ref, l) }
        }
        </>
    }
}
