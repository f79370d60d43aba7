//! Writes the first screen's frame (the header and the form, in Dutch, no
//! amounts) as HTML to stdout. `scripts/post_build.mjs` puts it into
//! index.html, inert, so a slow phone shows the page's frame before the app
//! has loaded; the app removes it when it starts and draws the same frame.
//! (An example, not a binary: it uses Yew's server renderer, a development
//! dependency.)

fn main() -> std::io::Result<()> {
    let runtime = tokio::runtime::Builder::new_current_thread().build()?;
    let html = runtime.block_on(
        yew::ServerRenderer::<rekenhulp_bijverdienen::ui::App>::with_props(|| {
            rekenhulp_bijverdienen::ui::AppProps {
                fragment: Some("".into()),
                shell: true,
            }
        })
        .hydratable(false)
        .render(),
    );
    print!("{html}");
    Ok(())
}
