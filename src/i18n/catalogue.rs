//! How texts are stored: one string with all of them and where each ends. A
//! `match` or a table returning `&str` compiled to an address and a length
//! per text, 8 bytes that gzip barely shrinks; an end costs 2 (for the page's
//! texts, the steps and the parameter names: 2.2 KB gzip less in all).

/// Texts one after the other in `all`; text `i` ends at `ends[i + 1]`.
pub struct Packed {
    pub all: &'static str,
    pub ends: &'static [u16],
}

impl Packed {
    /// Text `i` ("" past the end, which the macros below never ask for).
    pub fn get(&self, i: usize) -> &'static str {
        match (self.ends.get(i), self.ends.get(i + 1)) {
            (Some(&start), Some(&end)) => self
                .all
                .get(usize::from(start)..usize::from(end))
                .unwrap_or(""),
            _ => "",
        }
    }

    /// The number of the first text equal to `text`.
    pub fn position(&self, text: &str) -> Option<usize> {
        (0..self.ends.len().saturating_sub(1)).find(|&i| self.get(i) == text)
    }
}

/// Where each text ends, from their lengths (the first entry is 0). Stops the
/// build if they are over 64 KB together.
pub const fn ends<const M: usize>(lens: &[usize]) -> [u16; M] {
    assert!(lens.len() + 1 == M);
    let mut ends = [0u16; M];
    let mut sum = 0;
    let mut i = 0;
    while i < lens.len() {
        sum += lens[i];
        assert!(
            sum <= u16::MAX as usize,
            "texts over 64 KB: make the ends u32"
        );
        ends[i + 1] = sum as u16;
        i += 1;
    }
    ends
}

/// `packed!("a", "b")`: the texts as a [`Packed`], built when compiling.
macro_rules! packed {
    ($($text:literal),* $(,)?) => {{
        const LENS: &[usize] = &[$($text.len(),)*];
        const ENDS: [u16; LENS.len() + 1] = $crate::i18n::catalogue::ends(LENS);
        $crate::i18n::catalogue::Packed { all: concat!($($text,)*), ends: &ENDS }
    }};
}

/// Stops the build unless `order` is every variant (`count` of them), each
/// at its own number: the arms of a catalogue in declaration order.
pub const fn check_order(order: &[usize], count: usize) {
    assert!(order.len() == count, "a text is missing");
    let mut i = 0;
    while i < order.len() {
        assert!(order[i] == i, "the texts are not in the order of the enum");
        i += 1;
    }
}

/// `catalogue!(Msg, m, { Msg::A => "…", Msg::B => "…", })` is the text of
/// `m`; with pairs (`StepKey::A => ("…", "…"),`) the pair of texts. The arms
/// must name every variant once, in the order of its declaration: checked
/// when compiling, so a missing or misplaced text does not build.
macro_rules! catalogue {
    ($enum:ident, $m:expr, { $($ty:ident :: $name:ident => $text:literal,)* }) => {{
        const _: () = $crate::i18n::catalogue::check_order(
            &[$($ty::$name as usize,)*],
            $enum::ALL.len(),
        );
        const TEXTS: $crate::i18n::catalogue::Packed = packed!($($text,)*);
        TEXTS.get($m as usize)
    }};
    ($enum:ident, $m:expr, { $($ty:ident :: $name:ident => ($a:literal, $b:literal $(,)?),)* }) => {{
        const _: () = $crate::i18n::catalogue::check_order(
            &[$($ty::$name as usize,)*],
            $enum::ALL.len(),
        );
        const A: $crate::i18n::catalogue::Packed = packed!($($a,)*);
        const B: $crate::i18n::catalogue::Packed = packed!($($b,)*);
        let i = $m as usize;
        (A.get(i), B.get(i))
    }};
}

pub(super) use {catalogue, packed};
