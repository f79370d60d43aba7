use web_sys::Element;
use yew::prelude::*;

/// Whether a `<details>` is open, and the `ontoggle` that keeps it so: the
/// page draws a closed section's content only once it is opened, and keeps
/// an opened one open when it renders again.
#[hook]
pub fn use_open(initially: impl FnOnce() -> bool) -> (bool, Callback<Event>) {
    let open = use_state(initially);
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |e: Event| {
            let details: Element = e.target_unchecked_into();
            open.set(details.has_attribute("open"));
        })
    };
    (*open, ontoggle)
}
