use crate::ui::browser;
use yew::prelude::*;

/// "Onthoud" and "Alles wissen": whether the inputs are kept on this device,
/// whether everything was just cleared, and the callbacks for both.
#[derive(Clone, PartialEq)]
pub struct Remember {
    /// The inputs are stored while this is ticked.
    pub on: bool,
    /// Everything was cleared (until "Onthoud" is ticked again).
    pub cleared: bool,
    /// Ticks or unticks "Onthoud".
    pub on_remember: Callback<bool>,
    /// Clears this site's storage, unticks "Onthoud", then calls the
    /// `on_clear` given to the hook.
    pub on_clear: Callback<()>,
}

/// Keeps `fragment` in local storage while "Onthoud" is ticked (it starts
/// ticked when inputs were remembered before) and forgets it otherwise.
/// "Alles wissen" also calls `on_clear` (the first one given is kept).
/// While `allowed` is false (an information day) nothing is stored and
/// "Onthoud" is unticked.
#[hook]
pub fn use_remember(fragment: AttrValue, on_clear: Callback<()>, allowed: bool) -> Remember {
    let on = use_state(|| browser::stored_inputs().is_some());
    let cleared = use_state(|| false);
    {
        let on = on.clone();
        use_effect_with(allowed, move |allowed| {
            if !allowed {
                on.set(false);
            }
        });
    }
    use_effect_with((fragment, *on && allowed), |(f, keep)| {
        if *keep {
            browser::store_inputs(f);
        } else {
            browser::forget_inputs();
        }
    });
    let callbacks = {
        let (on, cleared) = (on.clone(), cleared.clone());
        use_memo((), move |_| {
            let on_remember = {
                let (on, cleared) = (on.clone(), cleared.clone());
                Callback::from(move |value: bool| {
                    cleared.set(false);
                    on.set(value);
                })
            };
            let on_clear = Callback::from(move |()| {
                browser::clear_storage();
                browser::clean_address();
                on.set(false);
                on_clear.emit(());
                cleared.set(true);
            });
            (on_remember, on_clear)
        })
    };
    Remember {
        on: *on,
        cleared: *cleared,
        on_remember: callbacks.0.clone(),
        on_clear: callbacks.1.clone(),
    }
}
