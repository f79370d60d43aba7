//! One input of the form with its label, hint and problem, and their ARIA
//! links. A field gets its text and its message and reports a change as
//! `(Key, text)`; it knows nothing of the reducer. The month planner's fields
//! share one error element, `#months-error`.

use super::state::{id_of, Key};
use crate::format::{self, Lang};
use crate::i18n::{t, Msg};
use crate::input;
use rust_decimal::Decimal;
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

/// What kind of control a field is.
#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    /// A text field for numbers (Dutch or English notation).
    Text {
        inputmode: &'static str,
        placeholder: Option<AttrValue>,
    },
    /// `type=date` (gives `YYYY-MM-DD`), from the earliest date one can choose.
    Date { min: Option<AttrValue> },
    /// A select with (code, text) options.
    Select(Vec<(&'static str, String)>),
    /// A yes/no checkbox stored as "true"/"false".
    Check,
    /// A textarea (the planner's pasted list), reported on every input.
    List,
}

/// What a field shows, and where it reports a change.
#[derive(Debug, Clone, PartialEq)]
pub struct Props {
    pub field: Key,
    pub label: AttrValue,
    pub hint: Option<AttrValue>,
    /// The problem message, if the field has one.
    pub error: Option<AttrValue>,
    /// The text as typed (or the code chosen, or "true"/"false").
    pub text: AttrValue,
    pub kind: Kind,
    pub on_change: Callback<(Key, String)>,
}

/// The ids and ARIA attributes a field's parts share.
struct Aria {
    id: &'static str,
    hint: Option<AttrValue>,
    error: Option<AttrValue>,
}

impl Aria {
    fn hint_id(&self) -> String {
        format!("{}-hint", self.id)
    }

    fn error_id(&self) -> String {
        if self.id.starts_with("months-") {
            "months-error".to_string()
        } else {
            format!("{}-error", self.id)
        }
    }

    fn described_by(&self) -> Option<AttrValue> {
        let mut ids = Vec::new();
        if self.error.is_some() {
            ids.push(self.error_id());
        }
        if self.hint.is_some() {
            ids.push(self.hint_id());
        }
        (!ids.is_empty()).then(|| AttrValue::from(ids.join(" ")))
    }

    fn invalid(&self) -> Option<AttrValue> {
        self.error.as_ref().map(|_| AttrValue::from("true"))
    }

    /// The error, then the hint, under the control.
    fn notes(&self) -> Html {
        html! {
            <>
            if let Some(e) = &self.error {
                <p class="error" id={self.error_id()} role="alert">{ e.clone() }</p>
            }
            if let Some(h) = &self.hint {
                <p class="hint" id={self.hint_id()}>{ h.clone() }</p>
            }
            </>
        }
    }
}

/// A change of the text, reported with the field's key.
fn report<E: AsRef<Event>>(
    field: Key,
    on_change: &Callback<(Key, String)>,
    value: fn(&Event) -> String,
    unchanged: Option<AttrValue>,
) -> Callback<E> {
    let on_change = on_change.clone();
    Callback::from(move |e: E| {
        let text = value(e.as_ref());
        if unchanged.as_deref() != Some(text.as_str()) {
            on_change.emit((field, text));
        }
    })
}

fn input_value(e: &Event) -> String {
    e.target_unchecked_into::<HtmlInputElement>().value()
}

fn select_value(e: &Event) -> String {
    e.target_unchecked_into::<HtmlSelectElement>().value()
}

fn checked_value(e: &Event) -> String {
    e.target_unchecked_into::<HtmlInputElement>()
        .checked()
        .to_string()
}

fn area_value(e: &Event) -> String {
    e.target_unchecked_into::<HtmlTextAreaElement>().value()
}

/// One field: label, control, error and hint. (Not a component of its own:
/// that cost 1.3 KB gzip, and a change of hours skips the other fields
/// anyway, see `inputs::OtherFields`.)
pub fn form_field(props: &Props) -> Html {
    let id = id_of(props.field);
    let a = Aria {
        id,
        hint: props.hint.clone(),
        error: props.error.clone(),
    };
    let label = html! { <label for={id}>{ props.label.clone() }</label> };
    let key = props.field;
    let on = &props.on_change;
    let text = props.text.clone();
    match &props.kind {
        Kind::Text { .. } | Kind::Date { .. } => {
            let (kind, inputmode, placeholder, min) = match &props.kind {
                Kind::Date { min } => ("date", None, None, min.clone()),
                Kind::Text {
                    inputmode,
                    placeholder,
                } => ("text", Some(*inputmode), placeholder.clone(), None),
                _ => ("text", None, None, None),
            };
            let spellcheck = inputmode.map(|_| "false");
            html! {
                <div class="field">
                    { label }
                    <input {id} name={id} type={kind} {inputmode} autocomplete="off"
                        {spellcheck} {min}
                        value={text.clone()}
                        {placeholder}
                        aria-invalid={a.invalid()}
                        aria-describedby={a.described_by()}
                        oninput={report::<InputEvent>(key, on, input_value, None)}
                        onchange={report::<Event>(key, on, input_value, Some(text))} />
                    { a.notes() }
                </div>
            }
        }
        Kind::Select(options) => html! {
            <div class="field">
                { label }
                <select {id} name={id} autocomplete="off" onchange={report::<Event>(key, on, select_value, None)}
                    aria-invalid={a.invalid()}
                    aria-describedby={a.described_by()}>
                    { for options.iter().map(|(code, label)| html! {
                        <option value={*code} selected={*code == text.as_str()}>{ label.clone() }</option>
                    }) }
                </select>
                { a.notes() }
            </div>
        },
        Kind::Check => html! {
            <div class="field check">
                <input {id} name={id} type="checkbox" autocomplete="off"
                    checked={input::parse_bool(&text).unwrap_or(false)}
                    onchange={report::<Event>(key, on, checked_value, None)}
                    aria-invalid={a.invalid()}
                    aria-describedby={a.described_by()} />
                { label }
                { a.notes() }
            </div>
        },
        Kind::List => html! {
            <div class="field">
                { label }
                <textarea {id} name={id} rows="6" spellcheck="false"
                    autocomplete="off" inputmode="decimal" maxlength="2000"
                    value={text}
                    aria-invalid={a.invalid()} aria-describedby={a.described_by()}
                    oninput={report::<InputEvent>(key, on, area_value, None)} />
                { a.notes() }
            </div>
        },
    }
}

/// The hours as typed, their problem and the slider's hours (0–40).
pub struct Hours {
    pub text: AttrValue,
    pub error: Option<AttrValue>,
    pub slider: Decimal,
}

/// The hours: a text field and a slider that move together. A typed change
/// goes to `on_change`, the slider's hours to `on_hours`.
pub fn hours_field(
    lang: Lang,
    props: Hours,
    on_change: &Callback<(Key, String)>,
    on_hours: &Callback<Decimal>,
) -> Html {
    let key = Key::Scenario(input::Field::HoursPerWeek);
    let a = Aria {
        id: "hours",
        hint: Some(t(lang, Msg::FieldHoursHint).into()),
        error: props.error.clone(),
    };
    let on = on_change;
    let on_slide = {
        let on_hours = on_hours.clone();
        Callback::from(move |e: InputEvent| {
            if let Ok(h) = input::parse_decimal(&input_value(e.as_ref())) {
                on_hours.emit(h);
            }
        })
    };
    html! {
        <div class="field hours">
            <label for="hours">{ t(lang, Msg::FieldHours) }</label>
            <input id="hours" name="hours" type="text" inputmode="decimal" autocomplete="off"
                class="hours-text"
                value={props.text.clone()}
                aria-invalid={a.invalid()}
                aria-describedby={a.described_by()}
                oninput={report::<InputEvent>(key, on, input_value, None)}
                onchange={report::<Event>(key, on, input_value, Some(props.text.clone()))} />
            <input id="hours-range" type="range" min="0" max="40" step="0.25" autocomplete="off"
                value={slider_text(props.slider)}
                aria-label={t(lang, Msg::FieldHoursRange)}
                aria-valuetext={format::hours(props.slider, lang)}
                oninput={on_slide} />
            { a.notes() }
        </div>
    }
}

/// Hours as the slider's value: `12.25`.
pub fn slider_text(hours: Decimal) -> String {
    crate::format::typed(hours.round_dp(2))
}
