use crate::ui::browser;
use yew::prelude::*;

/// Every input in the address bar, without adding history entries.
#[hook]
pub fn use_address(fragment: AttrValue) {
    use_effect_with(fragment, |f| browser::replace_fragment(f));
}
