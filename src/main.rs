//! The web app entry (wasm). On the host this binary does nothing.

#[cfg(target_arch = "wasm32")]
fn main() {
    yew::Renderer::<rekenhulp_bijverdienen::ui::App>::new().render();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {}
