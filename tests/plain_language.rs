//! Plain language and sources a citizen can check (issue 13, points 4–6).
//!
//! - The Dutch catalogue (every Dutch page text, the Dutch half of every
//!   trace step and every parameter name) has no sentence longer than 20
//!   words.
//! - The rendered Dutch page, over scenarios that reach many steps (and the
//!   month view), shows no internal names, ids or file names, and no English
//!   left in a source line; the English page shows none of the Dutch words
//!   the sources used to carry.
//! - Every "Bron"/"Source" line in the explanation is a link to an https
//!   address.

#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used)]

mod common;
use common::render;

use rekenhulp_bijverdienen::format::Lang;
use rekenhulp_bijverdienen::i18n::{self, rule_texts, Msg};
use rekenhulp_bijverdienen::rules::trace::StepKey;

/// Most words a Dutch sentence may have (B1).
const MAX_WORDS: usize = 20;

/// Texts whose sentences may be longer, by key, with the reason. Keep this
/// short: every entry is a sentence someone with Dutch as a second language
/// may have to read twice.
const LONG_SENTENCE_EXCEPTIONS: &[(&str, &str)] = &[];

/// The sentences of a text: split on `.`, `?`, `!` and the catalogue's `|`.
fn sentences(text: &str) -> impl Iterator<Item = &str> {
    text.split(['.', '?', '!', '|'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

/// The words of a sentence: a `{placeholder}` is one word; a lone sign
/// (€, –, :) is not a word.
fn words(sentence: &str) -> usize {
    sentence
        .split_whitespace()
        .filter(|w| w.contains('{') || w.chars().any(char::is_alphanumeric))
        .count()
}

/// Every Dutch text of the catalogue, named for the failure message.
fn dutch_catalogue() -> Vec<(String, &'static str)> {
    let mut all: Vec<(String, &'static str)> = Msg::ALL
        .iter()
        .map(|m| (format!("{m:?}"), i18n::text(Lang::Nl, *m)))
        .collect();
    all.extend(
        StepKey::ALL
            .iter()
            .map(|k| (k.as_str().to_string(), rule_texts::step_texts(*k).0)),
    );
    all.extend(
        rule_texts::PARAMS
            .iter()
            .map(|(id, nl, _)| (format!("param {id}"), *nl)),
    );
    all
}

#[test]
fn sentence_counting_works_as_intended() {
    assert_eq!(
        words("Met {hours} werk per week heeft u ongeveer {total}"),
        9
    );
    assert_eq!(words("Tot € 200 per maand – niet meer"), 6);
    let s: Vec<&str> = sentences("Eén. Twee? Drie!|Vier").collect();
    assert_eq!(s, ["Eén", "Twee", "Drie", "Vier"]);
}

#[test]
fn no_dutch_sentence_is_longer_than_twenty_words() {
    let mut long = Vec::new();
    for (key, text) in dutch_catalogue() {
        for s in sentences(text) {
            let n = words(s);
            let excepted = LONG_SENTENCE_EXCEPTIONS.iter().any(|(k, _)| *k == key);
            if n > MAX_WORDS && !excepted {
                long.push(format!("{key} ({n} words): {s}"));
            }
        }
    }
    assert!(
        long.is_empty(),
        "sentences over {MAX_WORDS} words:\n{}",
        long.join("\n")
    );
}

/// The text a reader sees: the markup without its tags and attributes.
fn visible_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => {
                in_tag = true;
                out.push(' ');
            }
            '>' => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&amp;", "&")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Scenarios that reach many steps: households, vrijlatingen, housemates,
/// schemes, AOW age, the korting by the municipality, dates in 2024 and 2027,
/// a wage of one's own; plus the month view.
const SCENARIOS: &[&str] = &[
    "#date=2026-07-01&hours_per_week=14&household=single",
    "#date=2026-07-01&hours_per_week=0&household=single",
    "#date=2026-07-01&hours_per_week=16&household=single_parent&vrijlating_n=true&vrijlating_r=true&youngest_child_age=5",
    "#date=2026-07-01&hours_per_week=20&household=couple&housemates=2&children=true",
    "#date=2026-07-01&hours_per_week=12&household=couple&partner_age=18-20&housemates=1",
    "#date=2026-07-01&hours_per_week=12&scheme=experiment&vrijlating_n=true",
    "#date=2026-07-01&hours_per_week=12&scheme=national",
    "#date=2026-07-01&hours_per_week=10&age=aow",
    "#date=2026-07-01&hours_per_week=12&korting_by=municipality",
    "#date=2026-07-01&hours_per_week=40&hourly_wage=15.50",
    "#date=2026-07-01&hours_per_week=8&age=21-26&age_years=23&housemates=2",
    "#date=2026-07-01&hours_per_week=14&rent=700",
    "#date=2025-07-01&hours_per_week=10&household=single_parent&children_ages=4%209&rent=650",
    "#date=2026-07-01&hours_per_week=10&household=couple&partner_hours_per_week=12&children_ages=13%2016&rent=800",
    "#date=2024-07-01&hours_per_week=20&rent=950&gets_zorgtoeslag=no",
    "#date=2026-07-01&hours_per_week=8&age=18-20",
    "#date=2026-07-01&hours_per_week=12&premie_cap=250",
    "#date=2024-03-01&hours_per_week=12&vrijlating_n=true",
    "#date=2025-01-15&hours_per_week=12&household=single_parent&vrijlating_r=true",
    "#date=2027-03-01&hours_per_week=12&vrijlating_n=true",
    "#date=2027-03-01&hours_per_week=12&age=aow",
    "#date=2026-12-01&hours_per_week=14",
    "#date=2026-03-01&view=months&months_pattern=list&months_list=40%0A0%0A80%0A40%0A40%0A40",
    "#date=2026-09-01&view=months&months_pattern=flex&months_min=8&months_max=24&months_count=12&vrijlating_n=true",
];

/// Internal names, ids and file names, and English, that no page shows.
const NEVER_ON_ANY_PAGE: &[&str] = &[
    "model.md",
    "P-MUN",
    "P-NB26",
    "A-PREM",
    "A-EXP",
    "P-LAW",
    "text in force",
    "general scheme",
    ".rs",
    "BWBR",
    "tekst geldend",
];

/// English that the Dutch page used to show in its sources.
const ENGLISH_ON_DUTCH_PAGE: &[&str] = &[
    " the ",
    " and ",
    "estimate",
    "(advance)",
    "(repayment)",
    "amount not confirmed",
    "premium",
];

/// Dutch source words that the English page used to show.
const DUTCH_ON_ENGLISH_PAGE: &[&str] = &[
    "netto inkomen telt",
    "schijven",
    "stap ",
    "geen landelijke premie",
    "minimumloon per uur",
    "vakantiebijslag",
    " en lid",
    " en artikel",
    "artikel",
    "art. 19 en 31",
    "onder n",
    "onder r",
    "onder j",
    "Normenbrief 1 januari",
    "gemeentelijke websites",
    "Wet op de loonbelasting",
    "Wet inkomstenbelasting",
    "uw eigen invoer",
    "aankondigingen",
    "niet bevestigd",
    "tussenbedragen",
];

fn check_page(frag: &str, lang: Lang) -> Vec<String> {
    let mut problems = Vec::new();
    let frag = if lang == Lang::En {
        format!("{frag}&lang=en")
    } else {
        frag.to_string()
    };
    let html = render(frag.clone());
    let text = visible_text(&html);
    let mut found: Vec<&str> = NEVER_ON_ANY_PAGE
        .iter()
        .copied()
        .filter(|w| text.contains(w))
        .collect();
    let other = match lang {
        Lang::Nl => ENGLISH_ON_DUTCH_PAGE,
        Lang::En => DUTCH_ON_ENGLISH_PAGE,
    };
    found.extend(other.iter().copied().filter(|w| text.contains(w)));
    for w in &found {
        let at = text.find(w).unwrap_or(0);
        let from = text[..at]
            .char_indices()
            .rev()
            .nth(80)
            .map_or(0, |(i, _)| i);
        let to = text[at..]
            .char_indices()
            .nth(80)
            .map_or(text.len(), |(i, _)| at + i);
        problems.push(format!("{frag}: {w:?} in …{}…", &text[from..to]));
    }

    // Every source line is a link to an https address.
    let label = match lang {
        Lang::Nl => "Bron: ",
        Lang::En => "Source: ",
    };
    let lines: Vec<&str> = html
        .split("<p class=\"source\">")
        .skip(1)
        .map(|rest| rest.split("</p>").next().unwrap_or(""))
        .collect();
    let steps = html.matches("<p class=\"step\">").count();
    if lines.len() != steps {
        problems.push(format!(
            "{frag}: {steps} steps, {} source lines",
            lines.len()
        ));
    }
    for line in &lines {
        let shown = visible_text(line);
        if !line.starts_with(label)
            || !line.contains("<a href=\"https://")
            || shown.trim().len() < label.len() + 5
        {
            problems.push(format!("{frag}: a source without an address: {line:?}"));
        }
    }
    problems
}

#[test]
fn the_dutch_page_shows_no_internal_names_and_no_english() {
    let problems: Vec<String> = SCENARIOS
        .iter()
        .flat_map(|f| check_page(f, Lang::Nl))
        .collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_english_page_shows_no_dutch_source_words() {
    let problems: Vec<String> = SCENARIOS
        .iter()
        .flat_map(|f| check_page(f, Lang::En))
        .collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_main_page_has_sources_for_every_step() {
    // The scenarios above reach the explanation (a month-view link has none).
    let html = render(SCENARIOS[0].to_string());
    assert!(html.matches("<p class=\"source\">").count() >= 10);
}

/// A wage the user typed is their own input, not the Wet minimumloon (C18).
#[test]
fn a_typed_wage_is_the_users_own_input() {
    let nl = visible_text(&render(
        "#date=2026-07-01&hours_per_week=12&hourly_wage=15.50",
    ));
    assert!(nl.contains("Bron: Uw eigen invoer"), "{nl}");
    let en = visible_text(&render(
        "#date=2026-07-01&hours_per_week=12&hourly_wage=15.50&lang=en",
    ));
    assert!(en.contains("Source: Your own input"), "{en}");
}

/// Words the page must not use for the things it names (one word per concept).
#[test]
fn one_word_per_concept_in_the_catalogue() {
    let nl = dutch_catalogue();
    for (key, text) in nl.iter() {
        for banned in [
            "hoogstens",
            "maximaal",
            "op zijn hoogst",
            "benadering",
            "Sociaal Loket",
            "mag leeg",
            "Leeg laten",
            "Uw regeling",
            "niet uw fout",
        ] {
            assert!(!text.contains(banned), "{key}: {banned:?} in {text:?}");
        }
    }
    for m in Msg::ALL.iter() {
        let en = i18n::text(Lang::En, *m);
        for banned in ["premium", "Premium", "may be empty", "Sociaal Loket"] {
            assert!(!en.contains(banned), "{m:?}: {banned:?} in {en:?}");
        }
    }
    for k in StepKey::ALL {
        let en = rule_texts::step_texts(*k).1;
        assert!(!en.contains("premium"), "{k}: {en:?}");
    }
    for (id, _, en) in rule_texts::PARAMS {
        assert!(!en.contains("premium"), "{id}: {en:?}");
    }
}

/// Every step the engine can record (the average month and the month
/// planner) names its source in both languages with an https address, and
/// the English name carries none of the Dutch source words.
#[test]
fn every_source_the_engine_records_has_an_address_in_both_languages() {
    use rekenhulp_bijverdienen::input::{self, Field};
    use rekenhulp_bijverdienen::rules::months::{self, patterns, Plan, YearMonth};
    use rekenhulp_bijverdienen::rules::trace::Step;
    use rekenhulp_bijverdienen::rules::{calculate, Scenario};
    use rust_decimal::Decimal;

    let settings: &[&[(Field, &str)]] = &[
        &[],
        &[(Field::Household, "couple"), (Field::Housemates, "2")],
        &[
            (Field::Household, "couple"),
            (Field::PartnerAge, "18-20"),
            (Field::Children, "true"),
        ],
        &[
            (Field::Household, "single_parent"),
            (Field::VrijlatingN, "true"),
            (Field::VrijlatingR, "true"),
        ],
        &[(Field::Age, "aow")],
        &[(Field::Age, "18-20")],
        &[(Field::KortingBy, "municipality")],
        &[(Field::Scheme, "experiment"), (Field::VrijlatingN, "true")],
        &[(Field::Scheme, "national")],
        &[(Field::HourlyWage, "15.50"), (Field::PremieCap, "250")],
    ];
    let mut checked = 0;
    let mut problems = Vec::new();
    let mut check = |step: &Step| {
        checked += 1;
        let s = step.source;
        if !s.url.starts_with("https://") || s.nl.trim().is_empty() || s.en.trim().is_empty() {
            problems.push(format!("{}: {s:?}", step.key));
        }
        for w in DUTCH_ON_ENGLISH_PAGE {
            if s.en.contains(w) {
                problems.push(format!("{}: {w:?} in {:?}", step.key, s.en));
            }
        }
        for w in NEVER_ON_ANY_PAGE {
            if s.nl.contains(w) || s.en.contains(w) {
                problems.push(format!("{}: {w:?} in {s:?}", step.key));
            }
        }
    };
    for extra in settings {
        for hours in ["0", "12", "30"] {
            for date in ["2024-03-01", "2025-01-15", "2026-07-01", "2027-03-01"] {
                let mut s = Scenario::default();
                let ok = input::set_field(&mut s, Field::Date, date).is_ok()
                    && input::set_field(&mut s, Field::HoursPerWeek, hours).is_ok()
                    && extra
                        .iter()
                        .all(|(k, v)| input::set_field(&mut s, *k, v).is_ok());
                assert!(ok, "{extra:?}");
                let Ok(o) = calculate(&s) else { continue };
                o.trace.iter().for_each(&mut check);
                let start = YearMonth::of(s.date);
                let plan = Plan::new(patterns::flex(start, 6, Decimal::ZERO, Decimal::from(30)));
                if let Ok(m) = months::calculate(&s, &plan) {
                    m.rows.iter().flat_map(|r| &r.steps).for_each(&mut check);
                }
            }
        }
    }
    assert!(checked > 1000, "only {checked} steps");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The glossary explains the words the page and the letters use, each once.
#[test]
fn the_glossary_has_the_official_words() {
    let nl = render("#date=2026-07-01&hours_per_week=12");
    for id in [
        "norm",
        "bijstand",
        "aanvulling",
        "verrekening",
        "vrijlating",
        "kostendeler",
        "voorschot",
        "terugvordering",
        "vakantiegeld",
        "consulent",
        "bijverdienpremie",
    ] {
        assert!(
            nl.contains(&format!("id=\"term-{id}\"")),
            "no glossary entry {id}"
        );
    }
    let text = visible_text(&nl);
    for words in [
        "Bijstand (ook: uitkering)",
        "twee betekenissen",
        "vakantietoeslag",
        "Klantmanager en inkomensconsulent",
        "Buurtteam Amsterdam",
        "Het Juridisch Loket",
        "Regels en datum",
    ] {
        assert!(text.contains(words), "{words}");
    }
    let months = visible_text(&render("#date=2026-07-01&view=months"));
    assert!(months.contains("Maand voor maand"));
    let en = visible_text(&render("#date=2026-07-01&lang=en"));
    for words in [
        "Rules and date",
        "Month by month",
        "earnings bonus (bijverdienpremie)",
    ] {
        assert!(en.contains(words), "{words}");
    }
}
