//! Information-day mode: one person after another on a shared laptop.
//! "Volgende persoon" clears everything at once, as "Alles wissen" does.
//! After the chosen minutes without input the page asks "Bent u nog
//! bezig?"; without an answer it clears everything a minute later. Nothing
//! is stored in this mode (`use_remember` is told so by the page).

use super::browser;
use super::mode_switch::choice;
use super::room::{Room, IDLE_CHOICES};
use crate::format::Lang;
use crate::i18n::{t, Msg};
use yew::prelude::*;

/// How long the question waits for an answer.
const ANSWER_MS: u32 = 60_000;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    pub room: Room,
    pub on_room: Callback<Room>,
    /// Clears every input and the storage ("Alles wissen").
    pub on_clear: Callback<()>,
}

#[function_component(Infoday)]
pub fn infoday(props: &Props) -> Html {
    let lang = props.lang;
    let asking = use_state_eq(|| false);
    // Something to clear: true from the first input until the next clear.
    let armed = use_state_eq(|| true);
    // Counts every key, click and input event: each one restarts the wait.
    let activity = use_state_eq(|| 0u32);
    let count = use_mut_ref(|| 0u32);
    {
        let (activity, asking, armed) = (activity.setter(), asking.setter(), armed.setter());
        use_effect_with((), move |_| {
            let listeners = browser::on_activity(move || {
                let mut n = count.borrow_mut();
                *n = n.wrapping_add(1);
                activity.set(*n);
                asking.set(false);
                armed.set(true);
            });
            move || {
                let _listeners = listeners;
            }
        });
    }
    let clear = {
        let (asking, armed, on_clear) = (asking.setter(), armed.setter(), props.on_clear.clone());
        Callback::from(move |()| {
            asking.set(false);
            armed.set(false);
            on_clear.emit(());
        })
    };
    {
        let (asking_set, clear) = (asking.setter(), clear.clone());
        let minutes = props.room.idle_minutes;
        use_effect_with(
            (*activity, *asking, *armed, minutes),
            move |&(_, now_asking, armed, minutes)| {
                let timer = match (armed, now_asking) {
                    (false, _) => None,
                    (true, true) => browser::after(ANSWER_MS, move || clear.emit(())),
                    (true, false) => browser::after(u32::from(minutes) * 60_000, move || {
                        asking_set.set(true);
                    }),
                };
                move || {
                    let _timer = timer;
                }
            },
        );
    }
    let on_minutes = {
        let (room, on_room) = (props.room, props.on_room.clone());
        Callback::from(move |v: String| {
            if let Ok(idle_minutes) = v.parse() {
                on_room.emit(Room {
                    idle_minutes,
                    ..room
                });
            }
        })
    };
    let minutes = IDLE_CHOICES
        .iter()
        .map(|m| (m.to_string(), m.to_string()))
        .collect();
    let stay = asking.setter();
    html! {
        <section id="infoday" class="infoday" aria-labelledby="infoday-heading">
            <h2 id="infoday-heading">{ t(lang, Msg::ModeInfoday) }</h2>
            <p>{ t(lang, Msg::InfodayText) }</p>
            { choice("idle-minutes", t(lang, Msg::InfodayMinutes), minutes,
                &props.room.idle_minutes.to_string(), on_minutes) }
            <button id="next-person" type="button" class="button next-person"
                onclick={clear.reform(|_: MouseEvent| ())}>
                { t(lang, Msg::InfodayNext) }
            </button>
            if *asking {
                <div id="still-busy" class="still-busy" role="alert">
                    <p><strong>{ t(lang, Msg::InfodayAsk) }</strong>{ " " }{ t(lang, Msg::InfodayAskText) }</p>
                    <button id="stay" type="button" class="button"
                        onclick={Callback::from(move |_: MouseEvent| stay.set(false))}>
                        { t(lang, Msg::InfodayStay) }
                    </button>
                </div>
            }
        </section>
    }
}
