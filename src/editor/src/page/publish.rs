//! Step 5: the three things an editor publishes: the report file, the embed snippet for the
//! article, and one self-contained HTML page.

use report::locale::Locale;
use publish::snippet::{embed_snippet, standalone, Widget};
use crate::words::{failed, W};
use widget::download::save_text;
use widget::ReportRef;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::fields::{Choice, TextField};
use super::render::{fetch_bytes, fetch_text, first_render};

#[derive(Properties, PartialEq)]
pub struct PublishProps {
    pub json: AttrValue,
    /// The report when it is valid: snippets and pages are only made of a valid report.
    pub report: Option<ReportRef>,
    /// The report's file name without extension (`editor::edit::file_stem`).
    pub stem: AttrValue,
    pub ui: Locale,
    /// Called once something has been published.
    pub on_published: Callback<()>,
    /// How many things are still to check that would reach readers (placeholders, flags): each
    /// way of publishing asks first while there are any.
    #[prop_or_default]
    pub unchecked: usize,
}

/// Whether to go on publishing: at once when nothing is unchecked, else when the editor says so.
fn may_publish(unchecked: usize, ui: Locale) -> bool {
    unchecked == 0 || gloo::utils::window().confirm_with_message(&crate::words::publish_anyway(ui, unchecked)).unwrap_or(false)
}

/// The editor page's own directory: the widget's files are beside it.
fn page_directory() -> String {
    let href = gloo::utils::window().location().href().unwrap_or_default();
    let href = href.split(['?', '#']).next().unwrap_or_default();
    href[..href.rfind('/').map_or(0, |i| i + 1)].to_owned()
}

#[function_component]
pub fn Publish(props: &PublishProps) -> Html {
    let ui = props.ui;
    let src = use_state(|| None::<String>);
    let src_value = src.as_ref().cloned().unwrap_or_else(|| format!("reports/{}.json", props.stem));
    let base = use_state(page_directory);
    let lang = use_state(|| Locale::Vi);
    let snippet = use_state(|| None::<Result<String, String>>);
    let copy = use_state(|| None::<bool>);
    let page = use_state(|| None::<Result<(), String>>);
    let making = use_state(|| false);

    // The snippet follows the report, its address, the files' address and the language.
    {
        let snippet = snippet.clone();
        let deps = (props.report.clone(), props.json.clone(), src_value.clone(), (*base).clone(), *lang);
        use_effect_with(deps, move |(report, json, src, base, lang)| {
            snippet.set(None);
            if report.is_some() {
                let (json, src, base, lang) = (json.clone(), src.clone(), base.clone(), *lang);
                wasm_bindgen_futures::spawn_local(async move {
                    let made = first_render(json, lang).await.map(|view| embed_snippet(&view, &src, lang, &base));
                    snippet.set(Some(made));
                });
            }
        });
    }

    let download_json = {
        let (json, stem, done, unchecked) = (props.json.clone(), props.stem.clone(), props.on_published.clone(), props.unchecked);
        Callback::from(move |_: MouseEvent| {
            if !may_publish(unchecked, ui) {
                return;
            }
            save_text(&format!("{stem}.json"), "application/json", &json);
            done.emit(());
        })
    };
    let copy_snippet = {
        let (snippet, copy, done, unchecked) = (snippet.clone(), copy.clone(), props.on_published.clone(), props.unchecked);
        Callback::from(move |_: MouseEvent| {
            let Some(Ok(text)) = (*snippet).clone() else { return };
            if !may_publish(unchecked, ui) {
                return;
            }
            let (copy, done) = (copy.clone(), done.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let clipboard = gloo::utils::window().navigator().clipboard();
                let copied = wasm_bindgen_futures::JsFuture::from(clipboard.write_text(&text)).await.is_ok();
                copy.set(Some(copied));
                if copied {
                    done.emit(());
                }
            });
        })
    };
    let download_page = {
        let (report, json, stem, lang) = (props.report.clone(), props.json.clone(), props.stem.clone(), *lang);
        let (page, making, done, unchecked) = (page.clone(), making.clone(), props.on_published.clone(), props.unchecked);
        Callback::from(move |_: MouseEvent| {
            let Some(report) = report.clone() else { return };
            if !may_publish(unchecked, ui) {
                return;
            }
            let (json, stem, page, making, done) = (json.clone(), stem.clone(), page.clone(), making.clone(), done.clone());
            making.set(true);
            wasm_bindgen_futures::spawn_local(async move {
                let made = async {
                    let glue = fetch_text("session-report.js").await?;
                    let wasm = fetch_bytes("session-report_bg.wasm").await?;
                    let css = fetch_text("widget.css").await?;
                    // The chart bundle, so the page's charts follow a language switch; a page
                    // without it still works, its charts as pre-rendered.
                    let charts = match (fetch_text("charts.js").await, fetch_bytes("charts_bg.wasm").await) {
                        (Ok(glue), Ok(wasm)) => Some((glue, wasm)),
                        _ => None,
                    };
                    let title = report.meta.title.resolve(lang).map(|t| t.text.to_owned()).unwrap_or_default();
                    let view = first_render(json.clone(), lang).await?;
                    Ok::<_, String>(standalone(&json, &view, &title, lang, &Widget { glue: &glue, wasm: &wasm, css: &css, charts: charts.as_ref().map(|(g, w)| (g.as_str(), w.as_slice())) }))
                }
                .await;
                making.set(false);
                match made {
                    Ok(html) => {
                        save_text(&format!("{stem}.html"), "text/html", &html);
                        page.set(Some(Ok(())));
                        done.emit(());
                    }
                    Err(e) => page.set(Some(Err(e))),
                }
            });
        })
    };

    let on_src = {
        let src = src.clone();
        Callback::from(move |v: String| src.set(Some(v)))
    };
    let on_base = {
        let base = base.clone();
        Callback::from(move |v: String| base.set(v))
    };
    let on_lang = {
        let lang = lang.clone();
        Callback::from(move |v: String| lang.set(Locale::from_tag(&v).unwrap_or(Locale::Vi)))
    };
    let langs = vec![(AttrValue::Static("vi"), AttrValue::Static("Tiếng Việt")), (AttrValue::Static("en"), AttrValue::Static("English"))];
    let valid = props.report.is_some();
    html! {
        <div class="ed-publish">
            if !valid { <p class="ed-note ed-note--problem" role="alert">{ W::NotYetValid.text(ui) }</p> }
            if props.unchecked > 0 { <p class="ed-note ed-note--problem" role="status">{ crate::words::unchecked_note(ui, props.unchecked) }</p> }
            <section class="ed-card" aria-labelledby="ed-pub-json">
                <h3 id="ed-pub-json">{ W::ReportFile.text(ui) }</h3>
                <p class="ed-note">{ W::ReportFileHelp.text(ui) }</p>
                <button type="button" class="ed-btn" data-action="download-json" onclick={download_json}>{ W::DownloadJson.text(ui) }</button>
            </section>
            <section class="ed-card" aria-labelledby="ed-pub-snippet">
                <h3 id="ed-pub-snippet">{ W::Snippet.text(ui) }</h3>
                <p class="ed-note">{ W::SnippetHelp.text(ui) }</p>
                <TextField label={W::SnippetSrc.text(ui)} value={src_value} on_change={on_src} />
                <TextField label={W::SnippetBase.text(ui)} kind="url" value={(*base).clone()} on_change={on_base} />
                <Choice label={W::StartIn.text(ui)} value={lang.tag()} options={langs} on_change={on_lang} />
                if valid {
                    <label class="ed-field">
                        <span class="ed-field__label">{ W::Snippet.text(ui) }</span>
                        <textarea class="ed-snippet" readonly=true rows="6" spellcheck="false"
                                  value={match &*snippet { Some(Ok(s)) => s.clone(), _ => String::new() }}
                                  onfocus={Callback::from(|e: FocusEvent| e.target_unchecked_into::<HtmlInputElement>().select())} />
                    </label>
                    if let Some(Err(e)) = &*snippet { <p class="ed-note ed-note--problem" role="alert">{ failed(ui, e) }</p> }
                    <button type="button" class="ed-btn" data-action="copy-snippet" onclick={copy_snippet} disabled={!matches!(&*snippet, Some(Ok(_)))}>{ W::CopySnippet.text(ui) }</button>
                    <p class="ed-status" role="status">{ match *copy { Some(true) => W::Copied.text(ui), Some(false) => W::CopyRefused.text(ui), None => "" } }</p>
                }
            </section>
            <section class="ed-card" aria-labelledby="ed-pub-page">
                <h3 id="ed-pub-page">{ W::Standalone.text(ui) }</h3>
                <p class="ed-note">{ W::StandaloneHelp.text(ui) }</p>
                <button type="button" class="ed-btn" data-action="download-standalone" onclick={download_page} disabled={!valid || *making}>{ W::DownloadStandalone.text(ui) }</button>
                <p class="ed-status" role="status">{
                    match (&*page, *making) {
                        (_, true) => W::Making.text(ui).to_owned(),
                        (Some(Ok(())), _) => W::Made.text(ui).to_owned(),
                        (Some(Err(e)), _) => failed(ui, e),
                        (None, _) => String::new(),
                    }
                }</p>
            </section>
        </div>
    }
}
