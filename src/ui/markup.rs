//! Read-only parts of the page (the drawings, the tables, the sentences) as
//! one HTML string each. Yew's `html!` compiles every element into code that
//! builds it; a string costs a few bytes per element instead, which keeps the
//! page within its size budget. Interactive controls stay in `html!`.
//!
//! Every text and attribute value goes through `escape`: the strings hold our
//! own texts and numbers, but nothing unescaped is ever written.

use yew::{AttrValue, Html};

/// An HTML (or SVG) fragment under construction.
#[derive(Default)]
pub struct Markup(String);

/// `&`, `<`, `>` and `"` as entities: safe in text and in quoted attributes.
fn escape_into(out: &mut String, s: &str) {
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

impl Markup {
    pub fn new() -> Self {
        Self::default()
    }

    fn start(&mut self, tag: &str, attrs: &[(&str, &str)]) {
        self.0.push('<');
        self.0.push_str(tag);
        for (name, value) in attrs {
            self.0.push(' ');
            self.0.push_str(name);
            self.0.push_str("=\"");
            escape_into(&mut self.0, value);
            self.0.push('"');
        }
    }

    /// `<tag attrs>`; close it with `close`.
    pub fn open(&mut self, tag: &str, attrs: &[(&str, &str)]) -> &mut Self {
        self.start(tag, attrs);
        self.0.push('>');
        self
    }

    /// `</tag>`.
    pub fn close(&mut self, tag: &str) -> &mut Self {
        self.0.push_str("</");
        self.0.push_str(tag);
        self.0.push('>');
        self
    }

    /// An element with only text in it.
    pub fn el(&mut self, tag: &str, attrs: &[(&str, &str)], text: &str) -> &mut Self {
        self.open(tag, attrs).text(text).close(tag)
    }

    /// An SVG element without content: `<line .../>`.
    pub fn leaf(&mut self, tag: &str, attrs: &[(&str, &str)]) -> &mut Self {
        self.start(tag, attrs);
        self.0.push_str("/>");
        self
    }

    /// Text, escaped.
    pub fn text(&mut self, s: &str) -> &mut Self {
        escape_into(&mut self.0, s);
        self
    }

    pub fn into_string(self) -> String {
        self.0
    }

    /// The fragment as a Yew node.
    pub fn html(self) -> Html {
        Html::from_html_unchecked(AttrValue::from(self.0))
    }
}

#[cfg(test)]
mod tests {
    use super::Markup;

    #[test]
    fn text_and_attributes_are_escaped() {
        let mut m = Markup::new();
        m.open("p", &[("title", "a \"b\" & <c>")])
            .text("1 < 2 & 3 > 2")
            .close("p")
            .leaf("line", &[("x1", "0")]);
        assert_eq!(
            m.into_string(),
            "<p title=\"a &quot;b&quot; &amp; &lt;c&gt;\">1 &lt; 2 &amp; 3 &gt; 2</p><line x1=\"0\"/>"
        );
    }
}
