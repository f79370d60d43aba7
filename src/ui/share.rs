//! "Kopieer link" and "Afdrukken": the link carries every input in its
//! fragment, so nothing is sent anywhere. The link is made only when asked
//! for: it goes to the clipboard and into the field here, never into the
//! address bar (so not into the browser's history).

use super::browser;
use crate::format::Lang;
use crate::i18n::{t, Msg};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    /// The fragment of the current scenario (changes clear the message).
    pub fragment: AttrValue,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Copied {
    Not,
    Yes,
    Failed,
}

#[function_component(Share)]
pub fn share(props: &Props) -> Html {
    let lang = props.lang;
    let copied = use_state(|| Copied::Not);
    let link = use_state(String::new);
    {
        let copied = copied.clone();
        use_effect_with(props.fragment.clone(), move |_| {
            copied.set(Copied::Not);
        });
    }
    use_effect_with(*copied, |c| {
        if *c == Copied::Failed {
            browser::select("share-url");
        }
    });
    let onclick = {
        let copied = copied.clone();
        let link = link.clone();
        let fragment = props.fragment.clone();
        Callback::from(move |_: MouseEvent| {
            let href = browser::link(&fragment);
            link.set(href.clone());
            let copied = copied.clone();
            browser::copy(href, move |ok| {
                if ok {
                    copied.set(Copied::Yes);
                } else {
                    copied.set(Copied::Failed);
                }
            });
        })
    };
    let onprint = Callback::from(|_: MouseEvent| browser::print());
    html! {
        <section id="share" class="card share" aria-labelledby="share-heading">
            <h2 id="share-heading">{ t(lang, Msg::ShareHeading) }</h2>
            <p>{ t(lang, Msg::SharePrivacy) }</p>
            <div class="buttons">
                <button id="copy-link" type="button" class="button" {onclick}>{ t(lang, Msg::ShareCopy) }</button>
                <button id="print" type="button" class="button secondary" onclick={onprint}>{ t(lang, Msg::SharePrint) }</button>
            </div>
            <p id="copy-status" class="status" role="status">
                { match *copied {
                    Copied::Yes => t(lang, Msg::ShareCopied),
                    Copied::Failed => t(lang, Msg::ShareFallback),
                    Copied::Not => String::new(),
                } }
            </p>
            if *copied != Copied::Not {
                <div class="field">
                    <label for="share-url">{ t(lang, Msg::ShareLinkLabel) }</label>
                    <input id="share-url" type="text" readonly=true autocomplete="off" value={(*link).clone()} />
                </div>
            }
        </section>
    }
}
