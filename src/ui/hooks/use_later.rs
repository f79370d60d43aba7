use crate::ui::browser;
use yew::prelude::*;

/// The page is drawn in steps, each after the previous one has been painted,
/// so a slow phone is never blocked long and shows something at once: 0, the
/// frame (the header and the form, as index.html already shows it); 1, the
/// answer; 2, the chart and the thresholds; 3, the settings; 4 (`ALL`), the
/// rest of the page.
/// At `ALL` the tests are told the page is ready. (On the host, for the
/// markup tests, everything renders at once.)
#[hook]
pub fn use_later() -> u8 {
    let stage = use_state(|| if cfg!(target_arch = "wasm32") { 0 } else { ALL });
    {
        let stage = stage.clone();
        use_effect_with(*stage, move |now| {
            let now = *now;
            if now >= ALL {
                browser::mark_ready();
            } else {
                browser::after_paint(move || stage.set(now + 1));
            }
        });
    }
    *stage
}

/// The last step: the whole page.
pub const ALL: u8 = 4;
