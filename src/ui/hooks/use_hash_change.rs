use crate::ui::browser;
use yew::prelude::*;

/// Calls `on_change` with the fragment of every link pasted or edited in the
/// address bar; then tells the tests the page is ready. The first callback
/// is kept (pass a stable one, such as a reducer's dispatcher).
#[hook]
pub fn use_hash_change(on_change: Callback<String>) {
    use_effect_with((), move |_| {
        let listener = browser::on_hash_change(move |f| on_change.emit(f));
        browser::mark_ready();
        move || {
            let _listener = listener;
        }
    });
}
