//! "In the room": how the page is used. On one's own (the default), in a
//! meeting (large type, one screen, a second scenario beside the first) or
//! at an information day (a shared laptop that clears itself). Pure: the
//! choices, their link keys (`mode`, `idle_minutes`, `compare`,
//! `compare_hours`) and the second scenario of the comparison.

use crate::rules::{Scenario, Scheme};
use rust_decimal::Decimal;

/// How the page is used.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mode {
    #[default]
    Own,
    /// A klantmanager explaining on a laptop or projector.
    Meeting,
    /// A volunteer helping one person after another on a shared laptop.
    Infoday,
}

impl Mode {
    pub const ALL: [Mode; 3] = [Mode::Own, Mode::Meeting, Mode::Infoday];

    /// The value in links (`mode=meeting`).
    pub fn code(self) -> &'static str {
        match self {
            Mode::Own => "own",
            Mode::Meeting => "meeting",
            Mode::Infoday => "infoday",
        }
    }

    pub fn from_code(code: &str) -> Option<Mode> {
        Mode::ALL.into_iter().find(|m| m.code() == code)
    }
}

/// What the second scenario of a meeting changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CompareWhat {
    /// Other hours (12 vs 20).
    #[default]
    Hours,
    /// The partner works other hours (with and without the partner working).
    Partner,
    /// The other scheme: the Amsterdam premie vs national rules only.
    Scheme,
}

impl CompareWhat {
    pub const ALL: [CompareWhat; 3] = [
        CompareWhat::Hours,
        CompareWhat::Partner,
        CompareWhat::Scheme,
    ];

    pub fn code(self) -> &'static str {
        match self {
            CompareWhat::Hours => "hours",
            CompareWhat::Partner => "partner",
            CompareWhat::Scheme => "scheme",
        }
    }

    pub fn from_code(code: &str) -> Option<CompareWhat> {
        CompareWhat::ALL.into_iter().find(|w| w.code() == code)
    }

    /// The hours of the second scenario until some are chosen.
    fn default_hours(self) -> u8 {
        match self {
            CompareWhat::Partner => 0,
            _ => 20,
        }
    }
}

/// The minutes without input an information day may choose.
pub const IDLE_CHOICES: [u8; 5] = [2, 5, 10, 15, 30];
const IDLE_DEFAULT: u8 = 5;
/// The hours the comparison offers: 0, 2, … 40.
pub const COMPARE_HOURS_STEP: u8 = 2;
const COMPARE_HOURS_MAX: u8 = 40;

/// The mode and its settings (in memory and in the link, like the inputs).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Room {
    pub mode: Mode,
    pub idle_minutes: u8,
    pub compare: CompareWhat,
    /// The second scenario's hours; `None` until chosen.
    pub compare_hours: Option<u8>,
}

impl Default for Room {
    fn default() -> Room {
        Room {
            mode: Mode::Own,
            idle_minutes: IDLE_DEFAULT,
            compare: CompareWhat::Hours,
            compare_hours: None,
        }
    }
}

/// True for the link keys of this module.
pub fn is_key(k: &str) -> bool {
    matches!(k, "mode" | "idle_minutes" | "compare" | "compare_hours")
}

fn compare_hours_ok(h: u8) -> bool {
    h <= COMPARE_HOURS_MAX && h.is_multiple_of(COMPARE_HOURS_STEP)
}

impl Room {
    /// The hours of the second scenario.
    pub fn hours(&self) -> u8 {
        self.compare_hours
            .unwrap_or_else(|| self.compare.default_hours())
    }

    /// After "Alles wissen" or "Volgende persoon": the mode and the minutes
    /// stay (they belong to the laptop, not to the person).
    pub fn after_reset(self) -> Room {
        Room {
            mode: self.mode,
            idle_minutes: self.idle_minutes,
            ..Room::default()
        }
    }

    /// Reads the link's keys of this module; a link without `mode` keeps the
    /// mode on screen. Returns true if a value could not be used (the page
    /// then says that part of the link could not be read).
    pub fn read(&mut self, pairs: &[(String, String)]) -> bool {
        let mut unread = false;
        // The comparison belongs to the person; mode and minutes to the laptop.
        let mut next = Room {
            mode: self.mode,
            idle_minutes: self.idle_minutes,
            ..Room::default()
        };
        if pairs.iter().any(|(k, _)| k == "mode") {
            next.idle_minutes = IDLE_DEFAULT;
        }
        for (k, v) in pairs {
            let v = v.trim();
            let ok = match k.as_str() {
                "mode" => Mode::from_code(v).map(|m| next.mode = m).is_some(),
                "idle_minutes" => v
                    .parse::<u8>()
                    .ok()
                    .filter(|m| IDLE_CHOICES.contains(m))
                    .map(|m| next.idle_minutes = m)
                    .is_some(),
                "compare" => CompareWhat::from_code(v)
                    .map(|w| next.compare = w)
                    .is_some(),
                "compare_hours" => v
                    .parse::<u8>()
                    .ok()
                    .filter(|h| compare_hours_ok(*h))
                    .map(|h| next.compare_hours = Some(h))
                    .is_some(),
                _ => true,
            };
            unread |= !ok;
        }
        *self = next;
        unread
    }

    /// The link's pairs: only what differs from the default.
    pub fn pairs(&self) -> Vec<(&'static str, String)> {
        let mut out = Vec::new();
        if self.mode != Mode::Own {
            out.push(("mode", self.mode.code().to_string()));
        }
        if self.mode == Mode::Infoday && self.idle_minutes != IDLE_DEFAULT {
            out.push(("idle_minutes", self.idle_minutes.to_string()));
        }
        if self.mode == Mode::Meeting {
            if self.compare != CompareWhat::default() {
                out.push(("compare", self.compare.code().to_string()));
            }
            if let Some(h) = self.compare_hours {
                out.push(("compare_hours", h.to_string()));
            }
        }
        out
    }
}

/// The second scenario: the first with one change.
pub fn second_scenario(a: &Scenario, room: &Room) -> Scenario {
    let mut b = a.clone();
    let hours = Decimal::from(room.hours());
    match room.compare {
        CompareWhat::Hours => b.hours_per_week = hours,
        CompareWhat::Partner => b.partner_hours_per_week = hours,
        CompareWhat::Scheme => {
            b.scheme = if a.scheme == Scheme::National {
                Scheme::Amsterdam
            } else {
                Scheme::National
            }
        }
    }
    b
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(link: &str) -> Vec<(String, String)> {
        super::super::fragment::parse(link)
    }

    #[test]
    fn reads_and_writes_its_keys() {
        let mut r = Room::default();
        assert!(!r.read(&pairs("mode=meeting&compare=partner&compare_hours=16")));
        assert_eq!(r.mode, Mode::Meeting);
        assert_eq!(r.compare, CompareWhat::Partner);
        assert_eq!(r.hours(), 16);
        assert_eq!(
            r.pairs(),
            [
                ("mode", "meeting".to_string()),
                ("compare", "partner".into()),
                ("compare_hours", "16".into())
            ]
        );
        assert!(!r.read(&pairs("mode=infoday&idle_minutes=10")));
        assert_eq!((r.mode, r.idle_minutes), (Mode::Infoday, 10));
        assert_eq!(r.pairs().len(), 2);
        assert_eq!(Room::default().pairs(), []);
    }

    #[test]
    fn unknown_values_are_reported_and_left_at_their_default() {
        for bad in [
            "mode=party",
            "mode=meeting&idle_minutes=7",
            "compare=weather",
            "compare_hours=13",
            "compare_hours=-2",
            "compare_hours=400",
        ] {
            let mut r = Room::default();
            assert!(r.read(&pairs(bad)), "{bad}");
            assert_eq!(r.idle_minutes, IDLE_DEFAULT, "{bad}");
        }
        let mut r = Room::default();
        r.read(&pairs("mode=party"));
        assert_eq!(r.mode, Mode::Own);
    }

    #[test]
    fn a_link_without_a_mode_keeps_the_mode_and_a_reset_keeps_the_laptops_settings() {
        let mut r = Room::default();
        r.read(&pairs("mode=infoday&idle_minutes=2"));
        r.read(&pairs("hours_per_week=12"));
        assert_eq!(r.mode, Mode::Infoday);
        let r = Room {
            mode: Mode::Meeting,
            compare: CompareWhat::Scheme,
            ..r
        }
        .after_reset();
        assert_eq!((r.mode, r.idle_minutes), (Mode::Meeting, 2));
        assert_eq!(r.compare, CompareWhat::Hours);
    }

    #[test]
    fn the_second_scenario_changes_one_thing() {
        let a = Scenario {
            hours_per_week: Decimal::from(12),
            ..Scenario::default()
        };
        let mut r = Room::default();
        assert_eq!(second_scenario(&a, &r).hours_per_week, Decimal::from(20));
        r.compare = CompareWhat::Partner;
        let b = second_scenario(&a, &r);
        assert_eq!(
            (b.hours_per_week, b.partner_hours_per_week),
            (a.hours_per_week, Decimal::ZERO)
        );
        r.compare = CompareWhat::Scheme;
        assert_eq!(second_scenario(&a, &r).scheme, Scheme::National);
        let national = Scenario {
            scheme: Scheme::National,
            ..a
        };
        assert_eq!(second_scenario(&national, &r).scheme, Scheme::Amsterdam);
    }
}
