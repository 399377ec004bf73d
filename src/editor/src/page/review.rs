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
use super::indicator::{props_of, IndicatorForm};
use super::people::People;
use super::photos::Photos;
use super::sections::Sections;

#[derive(Properties, PartialEq)]
pub struct ReviewProps {
    /// The report's shape; `None` when its JSON has none (the forms cannot show it).
    pub report: Option<Report>,
    pub problems: std::rc::Rc<Vec<Problem>>,
    pub ui: Locale,
    pub on_edit: Callback<Edit>,
}

#[function_component]
pub fn Review(props: &ReviewProps) -> Html {
    let ui = props.ui;
    let Some(report) = &props.report else {
        return html! { <p class="ed-note ed-note--problem" role="alert">{ W::Broken.text(ui) }</p> };
    };
    let e = &props.on_edit;
    let indicators = (0..report.indicators.len()).map(|i| {
        let at = Path::new().field("indicators").index(i);
        let problems = props.problems.iter().filter(|p| within(&p.path, at.as_str())).map(|p| p.describe(ui)).collect();
        html! { <li key={i}><IndicatorForm ..props_of(report, i, problems, ui, e.clone()) /></li> }
    });
    html! {
        <div class="ed-review">
            <About meta={report.meta.clone()} {ui} on_edit={e.clone()} />
            <People people={report.participants.clone()} {ui} on_edit={e.clone()} />
            <fieldset class="ed-card">
                <legend>{ W::Indicators.text(ui) }{ format!(" ({})", report.indicators.len()) }</legend>
                <ol class="ed-list">{ for indicators }</ol>
                <div class="ed-actions">
                    <Action label={W::AddIndicator.text(ui)} on_click={act(e, |r| { add_indicator(r, 0); })} />
                </div>
            </fieldset>
            <Sections sections={report.sections.clone()} {ui} on_edit={e.clone()} />
            <Photos photos={report.meta.photos.clone()} sections={report.sections.iter().map(|s| (s.id.clone(), crate::edit::text_in(&s.title, Locale::Vi).to_owned())).collect::<Vec<_>>()}
                    {ui} on_edit={e.clone()} />
        </div>
    }
}
