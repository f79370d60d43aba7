use crate::ui::browser;
use yew::prelude::*;

/// True while the window is phone-sized (the charts draw a smaller picture);
/// follows every resize.
#[hook]
pub fn use_narrow() -> bool {
    let narrow = use_state_eq(browser::is_narrow);
    {
        let narrow = narrow.clone();
        use_effect_with((), move |_| {
            let listener = browser::on_resize(move || narrow.set(browser::is_narrow()));
            move || {
                let _listener = listener;
            }
        });
    }
    *narrow
}
