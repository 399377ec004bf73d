//! Step 2: everything the draft holds, for review in form fields: the session, the participants,
//! the sections and every indicator with the sentence it came from.

use report::locale::Locale;
use report::problem::Problem;
use report::format::Report;
use crate::edit::add_indicator;
use report::path::{within, Path};
use crate::words::W;
use crate::work::Edit;
use yew::prelude::*;

use super::about::About;
use super::fields::{act, Action};
use super::focus::{control_soon, field_soon, Removal, Removals};
use super::indicator::{indicator_list, props_of, IndicatorForm};
use super::people::People;
use super::photos::Photos;
use super::sections::Sections;

#[derive(Properties, PartialEq)]
pub struct ReviewProps {
    /// The report's shape; `None` when its JSON has none (the forms cannot show it).
    pub report: Option<Report>,
    pub problems: std::rc::Rc<Vec<Problem>>,
    /// The places the draft flagged, not yet marked checked, and the placeholders left.
    pub flagged: std::rc::Rc<Vec<String>>,
    pub ui: Locale,
    pub on_edit: Callback<Edit>,
    /// Back to the report before the last change: "Undo the removal".
    pub on_undo: Callback<()>,
}

#[function_component]
pub fn Review(props: &ReviewProps) -> Html {
    let ui = props.ui;
    let Some(report) = &props.report else {
        return html! { <p class="ed-note ed-note--problem" role="alert">{ W::Broken.text(ui) }</p> };
    };
    // The last removal, said in the live region below until the next change (its Undo is the last step).
    let said = use_state_eq(|| None::<Removal>);
    let removals = {
        let said = said.clone();
        (*use_memo((), move |_| Removals(Callback::from(move |r: Removal| said.set(Some(r)))))).clone()
    };
    let on_edit = {
        let said = said.clone();
        use_memo(props.on_edit.clone(), move |on_edit| {
            let on_edit = on_edit.clone();
            Callback::from(move |edit: Edit| {
                said.set(None);
                on_edit.emit(edit);
            })
        })
    };
    let e: &Callback<Edit> = &on_edit;
    let indicators = (0..report.indicators.len()).map(|i| {
        let at = Path::new().field("indicators").index(i);
        let problems = props.problems.iter().filter(|p| within(&p.path, at.as_str())).map(|p| p.describe(ui)).collect();
        let flagged = props.flagged.iter().any(|p| within(p, at.as_str()));
        html! { <li key={i}><IndicatorForm ..props_of(report, i, problems, flagged, ui, e.clone()) /></li> }
    });
    let add_indicator = {
        let (edit, new) = (act(e, |r| { add_indicator(r, 0); }), indicator_list().item_id(report.indicators.len()));
        Callback::from(move |()| {
            edit.emit(());
            field_soon(new.clone());
        })
    };
    let undo = {
        let (said, on_undo) = (said.clone(), props.on_undo.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(r) = &*said {
                control_soon(r.was.clone());
            }
            said.set(None);
            on_undo.emit(());
        })
    };
    html! {
        <ContextProvider<Removals> context={removals}>
        <div class="ed-review">
            <About meta={report.meta.clone()} {ui} on_edit={e.clone()} />
            <People people={report.participants.clone()} {ui} on_edit={e.clone()} />
            <fieldset class="ed-card">
                <legend>{ W::Indicators.text(ui) }{ format!(" ({})", report.indicators.len()) }</legend>
                <ol class="ed-list">{ for indicators }</ol>
                <div class="ed-actions">
                    <Action id="ed-add-indicator" label={W::AddIndicator.text(ui)} on_click={add_indicator} />
                </div>
            </fieldset>
            <Sections sections={report.sections.clone()} indicators={report.indicators.len()} {ui} on_edit={e.clone()} />
            <Photos photos={report.meta.photos.clone()} sections={report.sections.iter().map(|s| (s.id.clone(), crate::edit::text_in(&s.title, Locale::Vi).to_owned())).collect::<Vec<_>>()}
                    {ui} on_edit={e.clone()} />
            // Polite: said once the cursor has landed, never in the way of what is being typed.
            <div class="ed-said" role="status">
                if let Some(r) = &*said {
                    <p>{ r.what.text(ui) }{ " " }
                        <button type="button" class="ed-btn ed-btn--small" onclick={undo}>{ W::UndoRemoval.text(ui) }</button></p>
                }
            </div>
        </div>
        </ContextProvider<Removals>>
    }
}
