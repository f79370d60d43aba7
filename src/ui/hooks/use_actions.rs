use crate::ui::browser;
use crate::ui::room::Room;
use crate::ui::state::{Action, Key, State, View};
use rust_decimal::Decimal;
use std::cell::Cell;
use std::rc::Rc;
use yew::prelude::*;

/// The callbacks the components report changes with, each one action for
/// the reducer.
#[derive(Clone, PartialEq)]
pub struct Actions {
    /// A field's text changed.
    pub on_change: Callback<(Key, String)>,
    /// Hours chosen with the slider or the chart.
    pub on_hours: Callback<Decimal>,
    pub on_view: Callback<View>,
    /// The other language.
    pub on_lang: Callback<()>,
    /// A link pasted or edited in the address bar.
    pub on_link: Callback<String>,
    /// Every input back to its default.
    pub on_reset: Callback<()>,
    /// The mode or its settings.
    pub on_room: Callback<Room>,
}

/// The callbacks for `dispatcher`, made once: the same on every render, so
/// the components given them need not re-render.
#[hook]
pub fn use_actions(dispatcher: UseReducerDispatcher<State>) -> Rc<Actions> {
    use_memo((), move |_| {
        let d = &dispatcher;
        Actions {
            on_change: to(d, |(key, text): (Key, String)| key.set(text)),
            on_hours: per_frame(d),
            on_view: to(d, Action::SetView),
            on_lang: to(d, |()| Action::ToggleLang),
            on_link: to(d, Action::LoadFragment),
            on_reset: to(d, |()| Action::Reset),
            on_room: to(d, Action::SetRoom),
        }
    })
}

/// Hours from the slider or a drag of the chart: a pointer can report many
/// positions per frame, so only the last one before each frame is
/// calculated and drawn (one calculation and one render per frame).
fn per_frame(d: &UseReducerDispatcher<State>) -> Callback<Decimal> {
    let d = d.clone();
    let pending: Rc<Cell<Option<Decimal>>> = Rc::default();
    Callback::from(move |hours| {
        if pending.replace(Some(hours)).is_some() {
            return; // a frame is already asked for; it takes these hours
        }
        let (d, pending) = (d.clone(), pending.clone());
        browser::next_frame(move || {
            if let Some(h) = pending.take() {
                d.dispatch(Action::SetHours(h));
            }
        });
    })
}

/// A callback that dispatches `action(value)`.
fn to<T: 'static>(d: &UseReducerDispatcher<State>, action: fn(T) -> Action) -> Callback<T> {
    let d = d.clone();
    Callback::from(move |value| d.dispatch(action(value)))
}
