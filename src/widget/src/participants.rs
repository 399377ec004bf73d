//! Who took part, grouped by side: the visiting delegation, the host, others.

use yew::prelude::*;

use super::text::tr;
use super::ReportRef;
use report::wording::Msg;
use report::locale::Locale;
use report::format::{Participant, Side};

#[derive(Properties, PartialEq)]
pub struct ParticipantsProps {
    pub report: ReportRef,
    pub locale: Locale,
}

#[function_component]
pub fn Participants(props: &ParticipantsProps) -> Html {
    let l = props.locale;
    let all = &props.report.participants;
    if all.is_empty() {
        return html! {};
    }
    html! {
        <section class="sr-participants" aria-label={Msg::Participants.text(l)}>
            <h3 class="sr-participants__title">{ Msg::Participants.text(l) }</h3>
            { for [Side::Delegation, Side::Host, Side::Other].into_iter().filter_map(|side| {
                let members: Vec<&Participant> = all.iter().filter(|p| p.side == side).collect();
                (!members.is_empty()).then(|| html! {
                    <div class="sr-side">
                        <h4 class="sr-side__title">{ Msg::Side(side).text(l) }</h4>
                        <ul class="sr-people">{ for members.into_iter().map(|p| person(p, l)) }</ul>
                    </div>
                })
            }) }
        </section>
    }
}

fn person(p: &Participant, l: Locale) -> Html {
    let name = match (&p.person, &p.group) {
        (Some(name), _) => html! { <span class="sr-person__name">{ name.clone() }</span> },
        (None, Some(group)) => html! { <span class="sr-person__group">{ tr(group, l) }</span> },
        (None, None) => html! {},
    };
    html! {
        <li class="sr-person">
            { name }
            if !p.roles.is_empty() {
                <ul class="sr-person__roles">
                    { for p.roles.iter().map(|r| html! { <li>{ tr(r, l) }</li> }) }
                </ul>
            }
        </li>
    }
}
