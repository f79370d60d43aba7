use crate::ui::{browser, state};
use yew::prelude::*;

/// Calls `on_change` with the fragment of every link pasted or edited in the
/// address bar, then takes the link out of the address again (in-page
/// anchors such as `#result` stay).
/// The first callback is kept (pass a stable one, such as a reducer's
/// dispatcher).
#[hook]
pub fn use_hash_change(on_change: Callback<String>) {
    use_effect_with((), move |_| {
        let listener = browser::on_hash_change(move |f| {
            let link = state::is_link(&f);
            on_change.emit(f);
            if link {
                browser::clean_address();
            }
        });
        move || {
            let _listener = listener;
        }
    });
}
