//! The choice of how the page is used ("Voor uzelf", "Gesprek",
//! "Informatiedag"), in the header; and the one small select the room's
//! panels share.

use super::room::{Mode, Room};
use crate::format::Lang;
use crate::i18n::{t, Msg};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// A labelled select; `on_change` gets the chosen value.
pub fn choice(
    id: &'static str,
    label: String,
    options: Vec<(String, String)>,
    current: &str,
    on_change: Callback<String>,
) -> Html {
    let onchange =
        on_change.reform(|e: Event| e.target_unchecked_into::<HtmlSelectElement>().value());
    html! {
        <div class="field choice">
            <label for={id}>{ label }</label>
            <select {id} autocomplete="off" {onchange}>
                { for options.into_iter().map(|(value, text)| {
                    let selected = value == current;
                    html! { <option {selected} {value}>{ text }</option> }
                }) }
            </select>
        </div>
    }
}

/// The mode select; `on_room` gets the room with the mode chosen.
pub fn mode_switch(lang: Lang, room: Room, on_room: &Callback<Room>) -> Html {
    let on_room = on_room.clone();
    let on_change = Callback::from(move |code: String| {
        if let Some(mode) = Mode::from_code(&code) {
            on_room.emit(Room { mode, ..room });
        }
    });
    let options = Mode::ALL
        .into_iter()
        .map(|m| {
            let label = match m {
                Mode::Own => Msg::ModeOwn,
                Mode::Meeting => Msg::ModeMeeting,
                Mode::Infoday => Msg::ModeInfoday,
            };
            (m.code().to_string(), t(lang, label))
        })
        .collect();
    choice(
        "mode",
        t(lang, Msg::ModeLabel),
        options,
        room.mode.code(),
        on_change,
    )
}
