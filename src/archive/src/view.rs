//! The archive page's view: its heading and language link, the search box and the filters, the
//! count of what answers (announced), the results newest first and "show more". The first view
//! shows the newest reports from `index.tsv`; the first search, filter or "show more" fetches every
//! shard once (`browser.rs`), and from then on each answer is computed in the page.

use std::rc::Rc;

use report::archive::query::Query;
use report::archive::search::{answer, SearchIndex};
use report::archive::shards::{Index, FIRST_PAGE};
use report::archive::{Entry, SessionKind};
use report::lang::Locale;
use report::wording::language_name;
use report::wording::site::{self, SiteWord};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ArchiveProps {
    pub locale: Locale,
    /// From the page to the site's top: "" for the Vietnamese archive, "../" for the English one.
    pub top: AttrValue,
    pub index: Rc<Index>,
    /// The query the page opened with (its address, or what the pre-rendered form held).
    pub query: Query,
    /// The id of the element to focus once rendered: the one the reader was in before the wasm
    /// replaced the pre-rendered form.
    #[prop_or_default]
    pub focus: Option<AttrValue>,
    /// Whether "show more" was pressed on the pre-rendered page (the next page is shown at once).
    #[prop_or_default]
    pub more: bool,
}

/// Every entry, once the shards are fetched.
#[derive(Clone)]
pub enum Shards {
    NotAsked,
    Loading,
    Ready(Rc<SearchIndex>),
    Failed,
}

/// The folder of the archive in `locale`, from the site's top.
fn home(locale: Locale) -> &'static str {
    match locale {
        Locale::Vi => "",
        Locale::En => "en/",
    }
}

#[function_component]
pub fn Archive(props: &ArchiveProps) -> Html {
    let l = props.locale;
    let query = use_state(|| props.query.clone());
    let shards = use_state(|| Shards::NotAsked);
    let limit = use_state(|| if props.more { 2 * FIRST_PAGE } else { FIRST_PAGE });
    // The search box focused is a search coming: its data are fetched then, while the reader
    // types, rather than after the first word (2 s for 10,000 reports on a slow phone,
    // docs/benchmarks.md).
    let searching = use_state(|| props.focus.as_deref() == Some("archive-q"));
    let q = (*query).clone();
    let wants_all = !q.is_empty() || *limit > FIRST_PAGE || *searching;
    {
        let (shards, top, index) = (shards.clone(), props.top.clone(), props.index.clone());
        use_effect_with((q.clone(), wants_all), move |(q, wants_all)| {
            #[cfg(target_arch = "wasm32")]
            {
                crate::browser::keep_in_address(q);
                if *wants_all && matches!(*shards, Shards::NotAsked) {
                    shards.set(Shards::Loading);
                    let shards = shards.clone();
                    wasm_bindgen_futures::spawn_local(async move {
                        shards.set(match crate::browser::fetch_shards(&top, &index).await {
                            Ok(entries) => Shards::Ready(Rc::new(entries.into_iter().collect())),
                            Err(()) => Shards::Failed,
                        });
                    });
                }
            }
            #[cfg(not(target_arch = "wasm32"))]
            let _ = (q, wants_all, shards, top, index);
        });
    }

    {
        let focus = props.focus.clone();
        use_effect_with((), move |_| {
            #[cfg(target_arch = "wasm32")]
            if let Some(id) = focus {
                crate::browser::focus(&id);
            }
            #[cfg(not(target_arch = "wasm32"))]
            let _ = focus;
        });
    }

    // What answers: every entry once fetched; before, the newest ones (the whole answer when
    // nothing is asked, else those of them that answer while the rest loads).
    let index = &props.index;
    let first: SearchIndex;
    let (found, total, status): (Vec<&Entry>, usize, String) = match &*shards {
        Shards::Ready(all) => {
            let found: Vec<&Entry> = answer(all, &q).into_iter().map(|s| &s.entry).collect();
            let n = found.len();
            (found, n, site::count(n, l))
        }
        _ if q.is_empty() => (index.first.iter().collect(), index.total, site::count(index.total, l)),
        state => {
            first = index.first.iter().cloned().collect();
            let found: Vec<&Entry> = answer(&first, &q).into_iter().map(|s| &s.entry).collect();
            let n = found.len();
            let word = if matches!(state, Shards::Failed) { SiteWord::LoadFailed } else { SiteWord::Loading };
            (found, n, word.text(l).to_owned())
        }
    };
    let shown = found.len().min(*limit);
    let more = shown < total;
    let top = props.top.as_str();

    let set = {
        let (query, limit) = (query.clone(), limit.clone());
        move |change: Box<dyn Fn(&mut Query)>| {
            let mut next = (*query).clone();
            change(&mut next);
            query.set(next);
            limit.set(FIRST_PAGE);
        }
    };
    let on_text = {
        let set = set.clone();
        Callback::from(move |e: InputEvent| {
            let text = e.target_unchecked_into::<web_sys::HtmlInputElement>().value();
            set(Box::new(move |q| q.text = text.clone()));
        })
    };
    let select = |apply: fn(&mut Query, Option<String>)| {
        let set = set.clone();
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<web_sys::HtmlSelectElement>().value();
            let value = (!value.is_empty()).then_some(value);
            set(Box::new(move |q| apply(q, value.clone())));
        })
    };
    let on_province = select(|q, v| {
        q.province = v;
        q.district = None;
    });
    let on_district = select(|q, v| q.district = v);
    let on_year = select(|q, v| q.year = v.and_then(|y| y.parse().ok()));
    let on_kind = select(|q, v| q.kind = v.and_then(|k| SessionKind::from_code(&k)));
    let on_focus = {
        let searching = searching.clone();
        Callback::from(move |_: FocusEvent| searching.set(true))
    };
    let on_more = {
        let limit = limit.clone();
        Callback::from(move |_: MouseEvent| limit.set(*limit + FIRST_PAGE))
    };

    let facets = &index.facets;
    let option = |value: String, label: String, chosen: bool| html! { <option value={value} selected={chosen}>{label}</option> };
    let any = |chosen: bool| option(String::new(), SiteWord::Any.text(l).to_owned(), chosen);
    let provinces = facets.provinces.iter().map(|(p, n)| option(p.clone(), format!("{p} ({n})"), q.province.as_ref() == Some(p)));
    let districts = facets
        .districts
        .iter()
        .filter(|(p, _, _)| q.province.as_ref().is_none_or(|chosen| chosen == p))
        .map(|(_, d, n)| option(d.clone(), format!("{d} ({n})"), q.district.as_ref() == Some(d)));
    let years = facets.years.iter().map(|(y, n)| option(y.to_string(), format!("{y} ({n})"), q.year == Some(*y)));
    let kinds = facets.kinds.iter().map(|(k, n)| option(k.code().to_owned(), format!("{} ({n})", site::kind(*k, l)), q.kind == Some(*k)));
    let other = l.other();
    let prevent = Callback::from(|e: SubmitEvent| e.prevent_default());

    html! {
        <>
        <h1>{ SiteWord::AllReports.text(l) }</h1>
        <p class="page-links">
            <a href={format!("{top}{}{}", home(other), q.to_address())} lang={other.tag()} hreflang={other.tag()}>{ language_name(other) }</a>
            { " · " }
            // One indicator across the reports (the site's compare pages, `publish::compare`).
            <a href={format!("{top}compare/{}", home(l))}>{ SiteWord::Compared.text(l) }</a>
        </p>
        <p class="archive-noscript">{ SiteWord::NeedsScript.text(l) }</p>
        <form class="archive-controls" role="search" onsubmit={prevent}>
            <p class="archive-search">
                <label for="archive-q">{ SiteWord::Search.text(l) }</label>
                <input id="archive-q" type="search" name="q" value={q.text.clone()} oninput={on_text} onfocus={on_focus} autocomplete="off" />
            </p>
            <p class="archive-filters">
                <span><label for="archive-province">{ SiteWord::Province.text(l) }</label>
                <select id="archive-province" name="province" onchange={on_province}>{ any(q.province.is_none()) }{ for provinces }</select></span>
                <span><label for="archive-district">{ SiteWord::District.text(l) }</label>
                <select id="archive-district" name="district" onchange={on_district}>{ any(q.district.is_none()) }{ for districts }</select></span>
                <span><label for="archive-year">{ SiteWord::Year.text(l) }</label>
                <select id="archive-year" name="year" onchange={on_year}>{ any(q.year.is_none()) }{ for years }</select></span>
                <span><label for="archive-kind">{ SiteWord::Kind.text(l) }</label>
                <select id="archive-kind" name="kind" onchange={on_kind}>{ any(q.kind.is_none()) }{ for kinds }</select></span>
            </p>
        </form>
        <p class="archive-count" role="status" aria-live="polite">
            { status }
            if more { { " · " }{ site::showing(shown, total, l) } }
        </p>
        <ol class="archive-results">
            { for found.iter().take(shown).map(|e| result(e, l, top)) }
        </ol>
        if more {
            <p class="archive-more"><button type="button" onclick={on_more}>{ SiteWord::ShowMore.text(l) }</button></p>
        }
        </>
    }
}

/// One report in the results: its title linking to its page, its date, place and kind.
fn result(e: &Entry, l: Locale, top: &str) -> Html {
    let lang = e.title_is_other(l).then(|| l.other().tag());
    html! {
        <li key={e.id.clone()}>
            <a href={format!("{top}{}", e.href(l))} lang={lang}>{ e.title_in(l) }</a><br />
            <time datetime={e.date.to_string()}>{ report::locale::date(e.date, l) }</time>
            { " · " }{ e.place_in(l) }{ " · " }{ site::kind(e.kind, l) }
        </li>
    }
}
