//! Read-only markup as one string, for the month-by-month view's table,
//! chart and explanation: `Html::from_html_unchecked` of text built here.
//!
//! Why: those parts have many elements and no listeners. Each `html!` site
//! compiles to its own construction code (about 150 bytes of gzipped wasm
//! per element), and the page must stay under 200 KB gzip; appending to a
//! string costs a few bytes per element. Every text and attribute value goes
//! through [`escape`], so nothing typed or translated can become markup.
//! The CSP still applies: no inline styles or scripts are ever written.
//!
//! Measured (release, `gzip -9`): the same table, chart and explanation
//! written with `html!` make the wasm 1,987 bytes larger, more than the
//! page's size budget allows; everything else on the page uses `html!`.

use yew::virtual_dom::AttrValue;
use yew::Html;

/// Appends `s` with `& < > "` escaped (safe in text and in quoted attributes).
pub fn escape(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
}

/// A piece of markup under construction.
#[derive(Debug, Default)]
pub struct Markup(String);

impl Markup {
    pub fn new() -> Markup {
        Markup(String::with_capacity(4096))
    }

    /// `<tag a="v" …>`; an attribute with an empty value is left out.
    pub fn open(&mut self, tag: &str, attrs: &[(&str, &str)]) -> &mut Markup {
        let out = &mut self.0;
        out.push('<');
        out.push_str(tag);
        for (key, value) in attrs {
            if value.is_empty() {
                continue;
            }
            out.push(' ');
            out.push_str(key);
            out.push_str("=\"");
            escape(out, value);
            out.push('"');
        }
        out.push('>');
        self
    }

    pub fn close(&mut self, tag: &str) -> &mut Markup {
        self.0.push_str("</");
        self.0.push_str(tag);
        self.0.push('>');
        self
    }

    pub fn text(&mut self, s: &str) -> &mut Markup {
        escape(&mut self.0, s);
        self
    }

    /// An element with only text inside.
    pub fn el(&mut self, tag: &str, attrs: &[(&str, &str)], text: &str) -> &mut Markup {
        self.open(tag, attrs).text(text).close(tag)
    }

    /// Markup written by the caller with `write!`: only for fixed markup
    /// and numbers, never for text (which must go through [`Markup::text`]).
    pub fn raw(&mut self) -> &mut String {
        &mut self.0
    }

    pub fn into_html(self) -> Html {
        Html::from_html_unchecked(AttrValue::from(self.0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_text_and_attributes_and_skips_empty_ones() {
        let mut m = Markup::new();
        m.el("td", &[("data-x", "a\"b<"), ("class", "")], "1 < 2 & 3 > 0");
        assert_eq!(
            m.0,
            "<td data-x=\"a&quot;b&lt;\">1 &lt; 2 &amp; 3 &gt; 0</td>"
        );
    }
}
