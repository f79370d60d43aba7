use crate::ui::{browser, state};
use yew::prelude::*;

/// The inputs stay out of the address bar (and so out of the browser's
/// history): a link the page opened with is read, then taken out of the
/// address, once. Links pasted later are cleaned by `use_hash_change`.
#[hook]
pub fn use_address() {
    use_effect_with((), |_| {
        if state::is_link(&browser::fragment()) {
            browser::clean_address();
        }
    });
}
