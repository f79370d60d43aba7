//! The frame written into index.html at build time (`examples/prerender.rs`):
//! the page's own header and form, exactly as the app draws them first, and
//! nothing that depends on a date (no amounts), so it is never wrong while
//! the app loads.

#![allow(clippy::expect_used)]

mod common;

#[test]
fn the_frame_is_the_header_and_the_form_without_amounts() {
    let frame = common::render_shell();
    let page = common::render("");
    assert!(frame.contains("<header class=\"top\">"), "{frame}");
    assert!(frame.contains("id=\"situation\""));
    assert!(frame.contains("id=\"hours\""));
    // No result, no amounts (the minimum wage hint waits for the app).
    for absent in ["id=\"result\"", "id=\"chart\"", "€", "mini-total"] {
        assert!(!frame.contains(absent), "{absent} in the frame");
    }
    // The header and the start of the form are the page's own markup, so
    // nothing moves when the app takes over.
    let start = frame.find("<section id=\"situation\"").expect("the form");
    assert_eq!(&frame[..start], &page[..start]);
}
