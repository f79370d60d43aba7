//! What happens with the input: nothing leaves the device; nothing is stored
//! unless "Onthoud" is ticked; "Alles wissen" clears the inputs and what is
//! stored (for a shared laptop at an information day). The inputs never go
//! into the address bar; the text says what the browser itself may keep.

use crate::format::Lang;
use crate::i18n::{t, Msg};
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
            <h2 id="privacy-heading">{ t(lang, Msg::PrivacyHeading) }</h2>
            <p>{ t(lang, Msg::PrivacyText) }</p>
            <p id="privacy-browser">{ t(lang, Msg::PrivacyBrowserKeeps) }</p>
            <div class="field check">
                <input id="remember" type="checkbox" checked={props.remember} {onchange}
                    aria-describedby="remember-hint" />
                <label for="remember">{ t(lang, Msg::PrivacyRemember) }</label>
                <p class="hint" id="remember-hint">{ t(lang, Msg::PrivacyRememberHint) }</p>
            </div>
            <div class="buttons">
                <button id="clear-all" type="button" class="button secondary" {onclick}
                    aria-describedby="clear-hint">
                    { t(lang, Msg::PrivacyClear) }
                </button>
            </div>
            <p class="hint" id="clear-hint">{ t(lang, Msg::PrivacyClearHint) }</p>
            <p class="status" role="status">
                { if props.cleared { t(lang, Msg::PrivacyCleared) } else { String::new() } }
            </p>
        </section>
    }
}
