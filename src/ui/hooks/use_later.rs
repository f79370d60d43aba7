use crate::ui::browser;
use yew::prelude::*;

/// False on the page's first render, true from the next: the first screen
/// (the form, the answer, the chart) is drawn and painted alone, and the rest
/// of the page follows in a task of its own, so a slow phone shows the result
/// sooner and is never blocked long. Then the tests are told the page is
/// ready. (On the host, for the markup tests, everything renders at once.)
#[hook]
pub fn use_later() -> bool {
    let later = use_state(|| !cfg!(target_arch = "wasm32"));
    {
        let later = later.clone();
        use_effect_with(*later, move |done| {
            if *done {
                browser::mark_ready();
            } else {
                browser::after_paint(move || later.set(true));
            }
        });
    }
    *later
}
