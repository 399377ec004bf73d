use yew::prelude::*;

#[function_component]
pub fn Editor() -> Html {
    html! { <p>{"editor"}</p> }
}
