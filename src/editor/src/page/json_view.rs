//! Step 4: the report's JSON, editable, with the widget's own problems each at its line: the
//! parser locates every problem (`report::parse`: syntax and structure errors where they are
//! read, the rest at the value their path names). Choosing a problem selects its line in the text.

use report::locale::Locale;
use report::problem::Problem;
use crate::words::{line, problem_count, W};
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct JsonProps {
    pub json: AttrValue,
    pub problems: std::rc::Rc<Vec<Problem>>,
    pub ui: Locale,
    pub on_change: Callback<String>,
}

/// Where a problem is: its line, which `report::parse::parse_report` gives every problem it
/// returns (`None` only for one made elsewhere: shown as about the whole file).
fn problem_line(p: &Problem) -> Option<usize> {
    p.at.map(|(line, _)| line)
}

#[function_component]
pub fn JsonView(props: &JsonProps) -> Html {
    let ui = props.ui;
    let area = use_node_ref();
    let oninput = props.on_change.reform(|e: InputEvent| e.target_unchecked_into::<HtmlTextAreaElement>().value());
    let select_line = |n: usize| {
        let (area, json) = (area.clone(), props.json.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(t) = area.cast::<HtmlTextAreaElement>() else { return };
            // Offsets in UTF-16 units, as the textarea counts them.
            let start: usize = json.split_inclusive('\n').take(n - 1).map(|l| l.encode_utf16().count()).sum();
            let len = json.lines().nth(n - 1).map_or(0, |l| l.encode_utf16().count());
            let _ = t.focus();
            let _ = t.set_selection_range(start as u32, (start + len) as u32);
            // Bring the line into view: the textarea scrolls to the selection on focus in Chromium,
            // not in every engine, so set it from the line height too.
            let line_height = 20.0;
            t.set_scroll_top(((n.saturating_sub(3)) as f64 * line_height) as i32);
        })
    };
    let mut located: Vec<(Option<usize>, &Problem)> = props.problems.iter().map(|p| (problem_line(p), p)).collect();
    located.sort_by_key(|(l, _)| *l);
    // Line numbers beside the text, a problem's line marked, scrolled with it.
    let gutter = use_node_ref();
    let onscroll = {
        let gutter = gutter.clone();
        Callback::from(move |e: Event| {
            if let Some(g) = gutter.cast::<web_sys::Element>() {
                g.set_scroll_top(e.target_unchecked_into::<HtmlTextAreaElement>().scroll_top());
            }
        })
    };
    let bad: std::collections::BTreeSet<usize> = located.iter().filter_map(|(l, _)| *l).collect();
    let lines = props.json.lines().count().max(1);
    html! {
        <div class="ed-json">
            <div class="ed-problems-panel" role="region" aria-label={W::Problems.text(ui)}>
                <h3>{ W::Problems.text(ui) }if !located.is_empty() { { ": " }{ problem_count(ui, located.len()) } }</h3>
                if located.is_empty() {
                    <p class="ed-ok">{ W::NoProblems.text(ui) }</p>
                } else {
                    <ol class="ed-problem-list">
                        { for located.iter().map(|(l, p)| html! {
                            <li>
                                if let Some(n) = l {
                                    <button type="button" class="ed-btn ed-btn--small ed-line" onclick={select_line(*n)}>{ line(ui, *n) }</button>
                                } else {
                                    <span class="ed-line">{ W::Whole.text(ui) }</span>
                                }
                                { " " }
                                if !p.path.is_empty() { <code>{ &p.path }</code>{ " " } }
                                <span>{ p.describe(ui) }</span>
                            </li>
                        }) }
                    </ol>
                }
            </div>
            <label class="ed-field">
                <span class="ed-field__label">{ W::JsonLabel.text(ui) }</span>
                <div class="ed-json__box">
                    <pre class="ed-json__lines" ref={gutter} aria-hidden="true">
                        { for (1..=lines).map(|n| if bad.contains(&n) { html! { <><mark>{ n }</mark>{ "\n" }</> } } else { html! { format!("{n}\n") } }) }
                    </pre>
                    <textarea ref={area} class="ed-json__text" spellcheck="false" value={props.json.clone()} {oninput} {onscroll} rows="24" />
                </div>
            </label>
        </div>
    }
}
