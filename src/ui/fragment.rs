//! The URL fragment (`#date=2026-01-01&household=single&…`): percent-encoding
//! of key/value pairs. Pure; the fragment never leaves the browser.

/// Percent-encodes everything except unreserved characters (RFC 3986).
pub fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn hex(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// Decodes `%XX` and `+`; malformed escapes are kept as they are.
pub fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'%' {
            let pair = bytes
                .get(i + 1)
                .copied()
                .and_then(hex)
                .zip(bytes.get(i + 2).copied().and_then(hex));
            if let Some((hi, lo)) = pair {
                out.push(hi * 16 + lo);
                i += 3;
                continue;
            }
        }
        out.push(if b == b'+' { b' ' } else { b });
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// `key=value` pairs of a fragment (with or without the leading `#`).
/// Empty parts are skipped; a part without `=` has an empty value.
pub fn parse(fragment: &str) -> Vec<(String, String)> {
    fragment
        .trim_start_matches('#')
        .split('&')
        .filter(|p| !p.is_empty())
        .take(64)
        .map(|p| match p.split_once('=') {
            Some((k, v)) => (decode(k), decode(v)),
            None => (decode(p), String::new()),
        })
        .collect()
}

/// Joins pairs into a fragment without the `#`.
pub fn build(pairs: &[(&str, String)]) -> String {
    pairs
        .iter()
        .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
        .collect::<Vec<_>>()
        .join("&")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_odd_text() {
        for text in ["12,5", "€ 14,71", "a&b=c", "100%", "ü", ""] {
            assert_eq!(decode(&encode(text)), text);
        }
    }

    #[test]
    fn parses_pairs_and_survives_garbage() {
        let pairs = parse("#hours_per_week=12%2C5&&x&wage=%zz%4&date=2026-01-01");
        assert_eq!(
            pairs,
            vec![
                ("hours_per_week".into(), "12,5".into()),
                ("x".into(), String::new()),
                ("wage".into(), "%zz%4".into()),
                ("date".into(), "2026-01-01".into()),
            ]
        );
        assert_eq!(decode("%FF%FE"), "\u{fffd}\u{fffd}");
    }
}
