//! The two views on the same inputs: one average month ("Per maand
//! gemiddeld") and month by month ("Per maand"). Two toggle buttons; the
//! choice goes in the link (`view=months`).

use super::state::View;
use crate::format::Lang;
use crate::i18n::{t, Msg};
use yew::prelude::*;

/// The two buttons; `on_view` gets the chosen view.
pub fn view_switch(lang: Lang, current: View, on_view: &Callback<View>) -> Html {
    let button = |id: &'static str, view: View, label: Msg| {
        let on_view = on_view.clone();
        let pressed = current == view;
        html! {
            <button {id} type="button" class={classes!("view-button", pressed.then_some("current"))}
                aria-pressed={if pressed { "true" } else { "false" }}
                onclick={Callback::from(move |_: MouseEvent| on_view.emit(view))}>
                { t(lang, label) }
            </button>
        }
    };
    html! {
        <nav class="views" aria-label={t(lang, Msg::ViewLabel)}>
            { button("view-main", View::Main, Msg::ViewMain) }
            { button("view-months", View::Months, Msg::ViewMonths) }
        </nav>
    }
}
