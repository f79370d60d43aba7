//! The top of the page: the title, the two views, the mode and the language switch.

use super::state::View;
use super::view_switch::view_switch;
use crate::format::Lang;
use crate::i18n::{t, Msg};
use yew::prelude::*;

/// The header; `on_view` gets the view chosen, `on_lang` the language switch;
/// `mode` is the mode select.
pub fn header(
    lang: Lang,
    view: View,
    on_view: &Callback<View>,
    on_lang: &Callback<()>,
    mode: Html,
) -> Html {
    let on_lang = on_lang.reform(|_: MouseEvent| ());
    html! {
        <header class="top">
            <div class="top-inner">
                <div>
                    <h1>{ t(lang, Msg::AppTitle) }</h1>
                    <p class="subtitle">{ t(lang, Msg::AppSubtitle) }</p>
                </div>
                <div class="top-actions">
                    { view_switch(lang, view, on_view) }
                    { mode }
                    <button id="lang-switch" type="button" class="button lang"
                        lang={t(lang, Msg::LangOtherCode)}
                        aria-label={t(lang, Msg::LangSwitchLabel)}
                        onclick={on_lang}>
                        { t(lang, Msg::LangSwitch) }
                    </button>
                </div>
            </div>
        </header>
    }
}
