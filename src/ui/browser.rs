//! The few browser calls the page needs, each failing quietly. On the host
//! (server-side rendering in tests) they do nothing.

#[cfg(target_arch = "wasm32")]
mod imp {
    use crate::rules::Date;
    use wasm_bindgen::JsValue;

    fn window() -> Option<web_sys::Window> {
        web_sys::window()
    }

    pub fn today() -> Date {
        let d = js_sys::Date::new_0();
        let (y, m, day) = (d.get_full_year(), d.get_month(), d.get_date());
        i32::try_from(y)
            .ok()
            .and_then(|y| Date::new(y, u8::try_from(m + 1).ok()?, u8::try_from(day).ok()?))
            .unwrap_or_else(|| {
                Date::from_days_since_epoch((js_sys::Date::now() / 86_400_000.0) as i64)
            })
    }

    pub fn fragment() -> String {
        window()
            .and_then(|w| w.location().hash().ok())
            .unwrap_or_default()
    }

    /// The page's address without a fragment: `https://host/path/`.
    fn base() -> String {
        let Some(w) = window() else {
            return String::new();
        };
        let l = w.location();
        format!(
            "{}{}{}",
            l.origin().unwrap_or_default(),
            l.pathname().unwrap_or_default(),
            l.search().unwrap_or_default()
        )
    }

    /// Takes the fragment (a link that has been read) out of the address bar,
    /// without a new history entry: the inputs live only in the page.
    pub fn clean_address() {
        let Some(w) = window() else { return };
        let location = w.location();
        if location.hash().unwrap_or_default().is_empty() {
            return;
        }
        let url = format!(
            "{}{}",
            location.pathname().unwrap_or_default(),
            location.search().unwrap_or_default()
        );
        if let Ok(history) = w.history() {
            let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
        }
    }

    /// The link to the page with this fragment (made only for "Kopieer link").
    pub fn link(fragment: &str) -> String {
        if fragment.is_empty() {
            base()
        } else {
            format!("{}#{fragment}", base())
        }
    }

    fn local() -> Option<web_sys::Storage> {
        window().and_then(|w| w.local_storage().ok().flatten())
    }

    /// The inputs remembered on this device ("Onthoud"), if any.
    pub fn stored_inputs() -> Option<String> {
        local().and_then(|s| s.get_item(super::STORE_KEY).ok().flatten())
    }

    pub fn store_inputs(fragment: &str) {
        if let Some(s) = local() {
            let _ = s.set_item(super::STORE_KEY, fragment);
        }
    }

    pub fn forget_inputs() {
        if let Some(s) = local() {
            if s.get_item(super::STORE_KEY).ok().flatten().is_some() {
                let _ = s.remove_item(super::STORE_KEY);
            }
        }
    }

    /// "Alles wissen": local and session storage of this site.
    pub fn clear_storage() {
        if let Some(s) = local() {
            let _ = s.clear();
        }
        if let Some(s) = window().and_then(|w| w.session_storage().ok().flatten()) {
            let _ = s.clear();
        }
    }

    pub fn set_lang(code: &str, title: &str) {
        if let Some(doc) = window().and_then(|w| w.document()) {
            if let Some(html) = doc.document_element() {
                let _ = html.set_attribute("lang", code);
            }
            doc.set_title(title);
        }
    }

    pub fn mark_ready() {
        if let Some(body) = window().and_then(|w| w.document()).and_then(|d| d.body()) {
            let _ = body.set_attribute("data-ready", "true");
        }
    }

    pub fn print() {
        if let Some(w) = window() {
            let _ = w.print();
        }
    }

    /// Copies text; the callback gets `true` once the clipboard has it.
    pub fn copy(text: String, done: impl FnOnce(bool) + 'static) {
        let Some(w) = window() else {
            done(false);
            return;
        };
        let clipboard = w.navigator().clipboard();
        if JsValue::from(clipboard.clone()).is_undefined() {
            done(false);
            return;
        }
        let promise = clipboard.write_text(&text);
        yew::platform::spawn_local(async move {
            let ok = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
            done(ok);
        });
    }

    /// Runs `f` before the next frame is drawn (at once without a window).
    pub fn next_frame(f: impl FnOnce() + 'static) {
        use wasm_bindgen::closure::Closure;
        use wasm_bindgen::JsCast;
        let Some(w) = window() else {
            f();
            return;
        };
        let js = Closure::once_into_js(f);
        let _ = w.request_animation_frame(js.unchecked_ref());
    }

    /// Runs `f` in a new task after the next frame has been painted.
    pub fn after_paint(f: impl FnOnce() + 'static) {
        use wasm_bindgen::closure::Closure;
        use wasm_bindgen::JsCast;
        next_frame(move || {
            let Some(w) = window() else {
                f();
                return;
            };
            let js = Closure::once_into_js(f);
            let _ = w.set_timeout_with_callback(js.unchecked_ref());
        });
    }

    /// Runs `f` once the page's first contentful paint is on record (or
    /// after `frames` frames without it), after one more frame: the largest
    /// paint of what is on screen is recorded a frame or so after it is
    /// drawn, and not at all if that element is gone by then.
    pub fn after_first_paint(frames: u8, f: impl FnOnce() + 'static) {
        let painted = window()
            .and_then(|w| w.performance())
            .is_some_and(|p| p.get_entries_by_name("first-contentful-paint").length() > 0);
        if painted || frames == 0 {
            after_paint(f);
        } else {
            next_frame(move || after_first_paint(frames - 1, f));
        }
    }

    /// Selects the text of an input (the copy fallback).
    pub fn select(id: &str) {
        use wasm_bindgen::JsCast;
        let input = window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(id))
            .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok());
        if let Some(input) = input {
            let _ = input.focus();
            input.select();
        }
    }

    /// A phone-sized window (the chart draws a smaller picture).
    pub fn is_narrow() -> bool {
        window()
            .and_then(|w| w.inner_width().ok())
            .and_then(|v| v.as_f64())
            .is_some_and(|px| px < super::NARROW_PX)
    }

    /// Calls `f` on every window resize; drop to stop.
    pub fn on_resize(f: impl Fn() + 'static) -> Option<gloo::events::EventListener> {
        let w = window()?;
        Some(gloo::events::EventListener::new(&w, "resize", move |_| f()))
    }

    /// Calls `f` once after `ms` milliseconds; drop to cancel.
    pub fn after(ms: u32, f: impl FnOnce() + 'static) -> Option<gloo::timers::callback::Timeout> {
        Some(gloo::timers::callback::Timeout::new(ms, f))
    }

    /// Calls `f` on every key, click, wheel and input event; drop to stop.
    pub fn on_activity(f: impl Fn() + 'static) -> Vec<gloo::events::EventListener> {
        let Some(w) = window() else {
            return Vec::new();
        };
        let f = std::rc::Rc::new(f);
        ["keydown", "click", "input", "wheel"]
            .into_iter()
            .map(|name| {
                let f = f.clone();
                gloo::events::EventListener::new(&w, name, move |_| f())
            })
            .collect()
    }

    /// Calls `f` with the new fragment on every `hashchange`; drop to stop.
    pub fn on_hash_change(f: impl Fn(String) + 'static) -> Option<gloo::events::EventListener> {
        let w = window()?;
        Some(gloo::events::EventListener::new(
            &w,
            "hashchange",
            move |_| f(fragment()),
        ))
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    use crate::rules::Date;

    pub fn today() -> Date {
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        Date::from_days_since_epoch((secs / 86_400) as i64)
    }
    pub fn fragment() -> String {
        String::new()
    }
    pub fn clean_address() {}
    pub fn link(fragment: &str) -> String {
        format!("#{fragment}")
    }
    pub fn stored_inputs() -> Option<String> {
        None
    }
    pub fn store_inputs(_: &str) {}
    pub fn forget_inputs() {}
    pub fn clear_storage() {}
    pub fn set_lang(_: &str, _: &str) {}
    pub fn mark_ready() {}
    pub fn print() {}
    pub fn copy(_: String, done: impl FnOnce(bool) + 'static) {
        done(false);
    }
    pub fn select(_: &str) {}
    pub fn next_frame(f: impl FnOnce() + 'static) {
        f();
    }
    pub fn after_paint(f: impl FnOnce() + 'static) {
        f();
    }
    pub fn after_first_paint(_: u8, f: impl FnOnce() + 'static) {
        f();
    }
    pub fn after(_: u32, _: impl FnOnce() + 'static) -> Option<()> {
        None
    }
    pub fn on_activity(_: impl Fn() + 'static) -> Option<()> {
        None
    }
    pub fn on_hash_change(_: impl Fn(String) + 'static) -> Option<()> {
        None
    }
    pub fn is_narrow() -> bool {
        false
    }
    pub fn on_resize(_: impl Fn() + 'static) -> Option<()> {
        None
    }
}

pub use imp::*;

/// Below this window width (CSS px) the chart uses its phone layout.
pub const NARROW_PX: f64 = 600.0;

/// The localStorage key for remembered inputs (only when the user asks).
pub const STORE_KEY: &str = "rekenhulp.inputs";
