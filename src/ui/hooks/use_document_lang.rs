use crate::format::Lang;
use crate::i18n::{t, Msg};
use crate::ui::browser;
use yew::prelude::*;

/// The language on `<html>` and in the document's title.
#[hook]
pub fn use_document_lang(lang: Lang) {
    use_effect_with(lang, |lang| {
        browser::set_lang(lang.code(), &t(*lang, Msg::AppDocTitle));
    });
}
