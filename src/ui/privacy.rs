//! What happens with the input: nothing leaves the device; nothing is stored
//! unless "Onthoud" is ticked; "Alles wissen" clears everything (for a
//! shared laptop at an information day).

use crate::format::Lang;
use crate::i18n::t;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    pub remember: bool,
    pub on_remember: Callback<bool>,
    pub on_clear: Callback<()>,
    /// Shows "Alles is gewist." after a clear.
    pub cleared: bool,
}

#[function_component(Privacy)]
pub fn privacy(props: &Props) -> Html {
    let lang = props.lang;
    let onchange = {
        let cb = props.on_remember.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            cb.emit(input.checked());
        })
    };
    let onclick = {
        let cb = props.on_clear.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    html! {
        <section id="privacy" class="card privacy" aria-labelledby="privacy-heading">
            <h2 id="privacy-heading">{ t(lang, "privacy.heading") }</h2>
            <p>{ t(lang, "privacy.text") }</p>
            <div class="field check">
                <input id="remember" type="checkbox" checked={props.remember} {onchange}
                    aria-describedby="remember-hint" />
                <label for="remember">{ t(lang, "privacy.remember") }</label>
                <p class="hint" id="remember-hint">{ t(lang, "privacy.remember_hint") }</p>
            </div>
            <div class="buttons">
                <button id="clear-all" type="button" class="button secondary" {onclick}
                    aria-describedby="clear-hint">
                    { t(lang, "privacy.clear") }
                </button>
            </div>
            <p class="hint" id="clear-hint">{ t(lang, "privacy.clear_hint") }</p>
            <p class="status" role="status">
                { if props.cleared { t(lang, "privacy.cleared") } else { String::new() } }
            </p>
        </section>
    }
}
