//! The editor's root: the work (kept in the browser's storage as it changes), the interface
//! language, the step on screen, and what every step derives from the report's JSON: its shape for
//! the forms, the widget's problems, and the valid report for the preview and for publishing.

use std::rc::Rc;

use report::locale::{initial_locale, Locale};
use report::parse::parse_report;
use report::problem::Problem;
use report::format::Report;
use crate::edit::file_stem;
use crate::words::{drafted, problem_count, steps_word, W};
use crate::work::{pretty, shape, Change, Work};
use widget::fetch::read_file;
use widget::ReportRef;
use web_sys::File;
use yew::prelude::*;

use super::article::Article;
use super::english::English;
use super::json_view::JsonView;
use super::preview::Preview;
use super::publish::Publish;
use super::review::Review;
use super::storage;
use super::to_check::{GoTo, ToCheck};

/// The work as Yew holds it: each change applied to the latest work, never to a stale copy.
#[derive(PartialEq)]
struct Held(Work);

impl Reducible for Held {
    type Action = Change;
    fn reduce(self: Rc<Self>, change: Change) -> Rc<Self> {
        Rc::new(Held(self.0.apply_at(change, Some(js_sys::Date::now()))))
    }
}

/// What the steps read from the report's JSON.
#[derive(PartialEq)]
struct Checked {
    shape: Option<Report>,
    problems: Rc<Vec<Problem>>,
    valid: Option<ReportRef>,
}

fn check(json: &str) -> Checked {
    if json.trim().is_empty() {
        return Checked { shape: None, problems: Rc::default(), valid: None };
    }
    let (valid, problems) = match parse_report(json) {
        Ok(r) => (Some(ReportRef(Rc::new(r))), Vec::new()),
        Err(p) => (None, p),
    };
    Checked { shape: shape(json), problems: Rc::new(problems), valid }
}

#[derive(Clone, Copy, PartialEq)]
enum Step {
    Article,
    Review,
    English,
    Json,
    Publish,
}

impl Step {
    const ALL: [Step; 5] = [Step::Article, Step::Review, Step::English, Step::Json, Step::Publish];
    fn name(self) -> W {
        match self {
            Step::Article => W::TabArticle,
            Step::Review => W::TabReview,
            Step::English => W::TabEnglish,
            Step::Json => W::TabJson,
            Step::Publish => W::TabPublish,
        }
    }
    fn from_id(id: &str) -> Option<Step> {
        Step::ALL.into_iter().find(|s| s.id() == id)
    }

    fn id(self) -> &'static str {
        match self {
            Step::Article => "article",
            Step::Review => "review",
            Step::English => "english",
            Step::Json => "json",
            Step::Publish => "publish",
        }
    }
}

fn browser_locale() -> Locale {
    let languages: Vec<String> = gloo::utils::window().navigator().languages().iter().filter_map(|v| v.as_string()).collect();
    initial_locale(None, None, &languages)
}

/// Asks before `replacing` loses unpublished work.
fn may_replace(work: &Work, replacing: &str, ui: Locale) -> bool {
    !work.unpublished() || work.json == replacing || gloo::utils::window().confirm_with_message(W::ConfirmReplace.text(ui)).unwrap_or(false)
}

#[function_component]
pub fn Editor() -> Html {
    let work = use_reducer(|| Held(storage::load().unwrap_or_default()));
    let ui = use_state(browser_locale);
    // A reload comes back to the step the editor was on; with no report yet, to the article.
    let step = use_state(|| match storage::load_step().as_deref().and_then(Step::from_id) {
        _ if work.0.json.is_empty() => Step::Article,
        Some(s) => s,
        None => Step::Review,
    });
    {
        use_effect_with(*step, |s| storage::save_step(s.id()));
    }
    let message = use_state(|| None::<(bool, AttrValue)>);
    // The last article pasted gave no draft: what is on screen is the previous report's, and says so.
    let draft_failed = use_state(|| false);
    let stored = use_state(|| true);
    {
        let stored = stored.clone();
        use_effect_with(work.0.clone(), move |w| stored.set(storage::save(w)));
    }
    let checked = use_memo(work.0.json.clone(), |json| check(json));
    // The preview keeps the last valid report while the JSON has problems.
    let last_valid = use_mut_ref(|| None::<ReportRef>);
    if let Some(r) = &checked.valid {
        *last_valid.borrow_mut() = Some(r.clone());
    } else if work.0.json.trim().is_empty() {
        *last_valid.borrow_mut() = None;
    }
    let preview = last_valid.borrow().clone();
    let l = *ui;

    // Stable: children compare props, and a new callback each render would redraw every form.
    let change = {
        let dispatcher = work.dispatcher();
        (*use_memo((), move |_| Callback::from(move |c: Change| dispatcher.dispatch(c)))).clone()
    };
    let on_edit = change.reform(Change::Edit);
    // The newsroom's glossary beside the page (glossary.tsv), read once; the built-in one without it.
    let glossary = use_state(|| Rc::new(draft::english::Glossary::builtin()));
    {
        let (glossary, message) = (glossary.clone(), message.clone());
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                let Ok(tsv) = super::render::fetch_text("glossary.tsv").await else { return };
                match crate::draft::newsroom_glossary(&tsv) {
                    Ok((g, _)) => glossary.set(Rc::new(g)),
                    Err(problems) => message.set(Some((false, problems.join(" · ").into()))),
                }
            });
        });
    }
    let on_draft = {
        let (work, message, draft_failed, glossary) = (work.clone(), message.clone(), draft_failed.clone(), glossary.clone());
        Callback::from(move |text: String| match crate::draft::draft_with(&text, &glossary) {
            Ok(made) => {
                let (report, to_check, checks) = (made.report, made.to_check, made.checks);
                let json = pretty(&report);
                if may_replace(&work.0, &json, l) {
                    let mut summary = drafted(l, report.participants.len(), report.sections.len(), report.indicators.len());
                    work.dispatch(Change::Report(json, to_check, checks));
                    draft_failed.set(false);
                    // No date in the article: the one given in step 1 is the session's, if any.
                    if made.date_missing {
                        if work.0.date.trim().is_empty() {
                            summary = format!("{summary} {}", W::DateMissing.text(l));
                        } else {
                            work.dispatch(Change::Date(work.0.date.clone()));
                        }
                    }
                    message.set(Some((true, summary.into())));
                }
            }
            Err(why) => {
                draft_failed.set(true);
                message.set(Some((false, format!("{} {why}", W::DraftFailed.text(l)).into())));
            }
        })
    };
    let on_report = {
        let (work, step, draft_failed) = (work.clone(), step.clone(), draft_failed.clone());
        Callback::from(move |json: String| {
            if may_replace(&work.0, &json, l) {
                draft_failed.set(false);
                work.dispatch(Change::Report(json, Vec::new(), Vec::new()));
                step.set(Step::Review);
            }
        })
    };
    let on_failure = {
        let message = message.clone();
        Callback::from(move |why: String| message.set(Some((false, why.into()))))
    };
    let open_file = {
        let (on_report, on_failure) = (on_report.clone(), on_failure.clone());
        Callback::from(move |file: File| {
            let (on_report, on_failure) = (on_report.clone(), on_failure.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match read_file(&file).await {
                    Ok(text) => on_report.emit(text),
                    Err(f) => on_failure.emit(format!("{}: {}", file.name(), f.describe(l))),
                }
            });
        })
    };

    // What is still to check, above every step; its items go to their fields.
    let open = checked.shape.as_ref().map(|r| crate::check::open(r, &work.0.checks)).unwrap_or_default();
    let go_to = use_state(|| None::<String>);
    {
        // Once the review step shows the field, the cursor goes into it.
        let go_to = go_to.clone();
        use_effect_with(((*go_to).clone(), *step), move |(target, step)| {
            if let (Some(id), Step::Review) = (target, step) {
                super::to_check::focus(id);
                go_to.set(None);
            }
        });
    }
    let on_go = {
        let (step, go_to) = (step.clone(), go_to.clone());
        Callback::from(move |to: GoTo| match to {
            GoTo::Field(id) => {
                step.set(Step::Review);
                go_to.set(Some(id));
            }
            GoTo::English => step.set(Step::English),
        })
    };
    // The places still to look at, for the review's cards to start open on them.
    let flagged: Rc<Vec<String>> = Rc::new(
        open.iter()
            .filter_map(|o| match o {
                crate::check::Open::Flag(i) => work.0.checks.get(*i).map(|c| c.path.clone()),
                crate::check::Open::Placeholder { path, .. } => Some(path.clone()),
                _ => None,
            })
            .collect(),
    );
    let to_check = (!work.0.json.trim().is_empty() && checked.shape.is_some()).then(|| html! {
        <ToCheck open={open.clone()} checks={work.0.checks.clone()} ui={l} unfolded={*step == Step::Review} {on_go}
                 on_checked={change.reform(|which: Vec<usize>| Change::Checked(which, true))} />
    });
    let body = match *step {
        Step::Article => html! {
            <Article article={work.0.article.clone()} ui={l} on_article={change.reform(Change::Article)}
                     on_draft={on_draft} on_report={on_report} {on_failure} message={(*message).clone()}
                     notes={if *draft_failed { Vec::new() } else { work.0.notes.clone() }}
                     date={work.0.date.clone()} on_date={change.reform(Change::Date)} />
        },
        Step::Review => html! {
            <Review report={checked.shape.clone()} problems={checked.problems.clone()} flagged={flagged} ui={l} {on_edit}
                    on_undo={change.reform(|()| Change::Undo)} />
        },
        Step::English => html! { <English report={checked.shape.clone()} ui={l} {on_edit} /> },
        Step::Json => html! {
            <JsonView json={work.0.json.clone()} problems={checked.problems.clone()} ui={l} on_change={change.reform(Change::Json)} />
        },
        Step::Publish => html! {
            <Publish json={work.0.json.clone()} report={checked.valid.clone()} stem={checked.shape.as_ref().map(file_stem).unwrap_or_else(|| "bao-cao".into())}
                     ui={l} on_published={change.reform(|()| Change::Published)} unchecked={open.iter().filter(|o| o.blocks()).count()} />
        },
    };
    let tabs = Step::ALL.iter().map(|&s| {
        let on = *step == s;
        let step = step.clone();
        let problems = (s == Step::Json && !checked.problems.is_empty()).then(|| format!(" ({})", checked.problems.len()));
        html! {
            <button type="button" class={classes!("ed-step", on.then_some("ed-step--on"))} aria-pressed={on.to_string()}
                    data-step={s.id()} onclick={Callback::from(move |_| step.set(s))}>
                { s.name().text(l) }{ problems }
            </button>
        }
    });
    let lang_button = |to: Locale, name: &'static str| {
        let ui = ui.clone();
        html! {
            <button type="button" class="ed-btn ed-btn--small" lang={to.tag()} aria-pressed={(l == to).to_string()}
                    onclick={Callback::from(move |_| ui.set(to))}>{ name }</button>
        }
    };
    let stale = checked.valid.is_none() && preview.is_some();
    html! {
        <div class="ed" lang={l.tag()}>
            <header class="ed-head">
                // The page's introduction is editor.html's own, above: static, it is the first
                // large text painted, and the live editor's drawing never replaces it.
                <div>
                    <h1>{ W::AppTitle.text(l) }</h1>
                </div>
                <div class="ed-head__tools">
                    <div role="group" aria-label={W::UiLanguage.text(l)} class="ed-lang">
                        { lang_button(Locale::Vi, "Tiếng Việt") }{ lang_button(Locale::En, "English") }
                    </div>
                    <div role="group" aria-label={W::History.text(l)} class="ed-history">
                        <button type="button" class="ed-btn ed-btn--small" disabled={work.0.undo.is_empty()}
                                onclick={change.reform(|_: MouseEvent| Change::Undo)}>{ steps_word(l, W::Undo, work.0.undo.len()) }</button>
                        <button type="button" class="ed-btn ed-btn--small" disabled={work.0.redo.is_empty()}
                                onclick={change.reform(|_: MouseEvent| Change::Redo)}>{ steps_word(l, W::Redo, work.0.redo.len()) }</button>
                    </div>
                    <p class="ed-saved" role="status">{ if *stored { W::Saved.text(l) } else { W::NotStored.text(l) } }</p>
                </div>
            </header>
            <nav class="ed-steps" aria-label={W::Steps.text(l)}>{ for tabs }</nav>
            <div class="ed-main">
                <main class="ed-work" data-step={step.id()}>
                    <h2>{ step.name().text(l) }</h2>
                    if !checked.problems.is_empty() && matches!(*step, Step::Review | Step::English) {
                        <p class="ed-note ed-note--problem">
                            { W::HasProblems.text(l) }{ " " }{ problem_count(l, checked.problems.len()) }{ " " }
                            <button type="button" class="ed-btn ed-btn--small" onclick={{ let step = step.clone(); Callback::from(move |_| step.set(Step::Json)) }}>
                                { W::SeeProblems.text(l) }
                            </button>
                        </p>
                    }
                    if *step != Step::Article { { to_check.unwrap_or_default() } }
                    { body }
                </main>
                <aside class="ed-preview" aria-labelledby="ed-preview-title">
                    <h2 id="ed-preview-title">{ W::Preview.text(l) }</h2>
                    if *draft_failed && preview.is_some() {
                        <p class="ed-note ed-note--problem" role="status" data-previous="">{ W::PreviewPrevious.text(l) }</p>
                    } else if stale {
                        <p class="ed-note ed-note--problem" role="status">{ W::PreviewStale.text(l) }</p>
                    }
                    if let Some(report) = preview {
                        <Preview {report} json={work.0.json.clone()} locale={l} on_open_file={open_file} />
                    } else if !checked.problems.is_empty() {
                        // Never valid yet: nothing to preview; its problems are in the JSON step.
                        <p class="ed-note ed-note--problem" role="status">
                            { W::NoValidYet.text(l) }{ " " }{ problem_count(l, checked.problems.len()) }{ " " }
                            <button type="button" class="ed-btn ed-btn--small" onclick={{ let step = step.clone(); Callback::from(move |_| step.set(Step::Json)) }}>
                                { W::SeeProblems.text(l) }
                            </button>
                        </p>
                    } else {
                        <p class="ed-note">{ W::NoReport.text(l) }</p>
                    }
                </aside>
            </div>
        </div>
    }
}
