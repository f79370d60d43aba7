//! Meeting mode's comparison: the situation on screen beside the same
//! situation with one change (other hours, the partner's hours, the other
//! scheme), each with its parts and total, and the difference in words.
//! The second outcome is `rules::calculate` of `room::second_scenario` (from the
//! page's prepared scenario when only the hours differ).

use super::mode_switch::choice;
use super::raw;
use super::room::{second_scenario, CompareWhat, Room, COMPARE_HOURS_STEP};
use crate::format::{self, Lang};
use crate::i18n::{t, tf, Msg};
use crate::rules::{self, Household, Outcome, Prepared, Scenario, Scheme};
use rust_decimal::Decimal;
use yew::prelude::*;

/// A row of the table: its key, its label and its amount in an outcome.
type Row = (&'static str, Msg, fn(&Outcome) -> Decimal);

/// A column's heading: what differs, in words.
fn head(lang: Lang, what: CompareWhat, s: &Scenario) -> String {
    let hours = |h| vec![("hours", format::hours(h, lang))];
    match what {
        CompareWhat::Hours => tf(lang, Msg::CompareHoursHead, &hours(s.hours_per_week)),
        CompareWhat::Partner => tf(
            lang,
            Msg::ComparePartnerHead,
            &hours(s.partner_hours_per_week),
        ),
        CompareWhat::Scheme => t(
            lang,
            match s.scheme {
                Scheme::Amsterdam => Msg::SchemeAmsterdam,
                Scheme::Experiment => Msg::SchemeExperiment,
                Scheme::National => Msg::SchemeNational,
            },
        ),
    }
}

/// A difference with its sign, as negatives are written: `€ +120,00`.
fn signed(d: Decimal, lang: Lang) -> String {
    let mut text = format::money(d, lang);
    if d > Decimal::ZERO {
        if let Some(i) = text.find(|c: char| c.is_ascii_digit()) {
            text.insert(i, '+');
        }
    }
    text
}

/// The comparison for the situation on screen (`scenario`, `a`); a plain
/// function, not a component: one calculation per render costs less than a
/// component's code (the page's size budget).
pub fn compare(
    lang: Lang,
    scenario: &Scenario,
    a: &Outcome,
    prepared: Option<&Prepared>,
    given: Room,
    on_room: &Callback<Room>,
) -> Html {
    let couple = scenario.household == Household::Couple;
    // The partner's hours only mean something for a couple.
    let room = match given.compare {
        CompareWhat::Partner if !couple => Room {
            compare: CompareWhat::Hours,
            compare_hours: None,
            ..given
        },
        _ => given,
    };
    let b_scenario = second_scenario(scenario, &room);
    // Other hours of the same situation: the page's prepared part gives them
    // in one month's work instead of a whole new calculation per render.
    let b = match prepared {
        Some(p) if p.fits(&b_scenario) => p.outcome(b_scenario.hours_per_week),
        _ => rules::calculate(&b_scenario),
    }
    .ok();

    let on_what = {
        let (on_room, base) = (on_room.clone(), given);
        Callback::from(move |code: String| {
            if let Some(compare) = CompareWhat::from_code(&code) {
                on_room.emit(Room {
                    compare,
                    compare_hours: None,
                    ..base
                });
            }
        })
    };
    let on_hours = {
        let (on_room, base) = (on_room.clone(), room);
        Callback::from(move |v: String| {
            if let Ok(h) = v.parse() {
                on_room.emit(Room {
                    compare_hours: Some(h),
                    ..base
                });
            }
        })
    };
    let whats = CompareWhat::ALL
        .into_iter()
        .filter(|w| couple || *w != CompareWhat::Partner)
        .map(|w| {
            let label = match w {
                CompareWhat::Hours => Msg::CompareHours,
                CompareWhat::Partner => Msg::ComparePartner,
                CompareWhat::Scheme => Msg::CompareScheme,
            };
            (w.code().to_string(), t(lang, label))
        })
        .collect();
    let hours = (0..=40)
        .step_by(usize::from(COMPARE_HOURS_STEP))
        .map(|h: u8| (h.to_string(), format::hours(Decimal::from(h), lang)))
        .collect();

    let table = b.as_ref().map(|b| {
        let (head_a, head_b) = (
            head(lang, room.compare, scenario),
            head(lang, room.compare, &b_scenario),
        );
        let mut rows: Vec<Row> = vec![
            ("net_wage", Msg::BreakdownNetWage, |o| o.now.wage.net),
            ("partner_net_wage", Msg::ComparePartnerNet, |o| o.now.partner_net),
            ("top_up", Msg::BreakdownTopUp, |o| o.now.top_up),
            ("premie", Msg::BreakdownPremie, |o| o.now.premie),
            ("total", Msg::BreakdownTotal, |o| o.now.total),
            ("total_with_allowances", Msg::BreakdownTotalWithAllowances, |o| {
                o.now.total_with_allowances
            }),
        ];
        // Rows that are nothing in both, and allowances that add nothing, go.
        rows.retain(|(key, _, f)| match *key {
            "partner_net_wage" => !(f(a).is_zero() && f(b).is_zero()),
            "total_with_allowances" => f(a) != a.now.total || f(b) != b.now.total,
            _ => true,
        });
        let diff = b.now.total - a.now.total;
        let args = |amount| {
            vec![
                ("a", head_a.clone()),
                ("b", head_b.clone()),
                ("amount", format::money_whole(amount, lang)),
            ]
        };
        let words = if diff > Decimal::ZERO {
            tf(lang, Msg::CompareMore, &args(diff))
        } else if diff < Decimal::ZERO {
            tf(lang, Msg::CompareLess, &args(-diff))
        } else {
            tf(lang, Msg::CompareSame, &args(diff))
        };
        let row = |(key, label, f): &Row| {
            let (va, vb) = (f(a), f(b));
            html! {
                <tr data-key={*key} class={(*key == "total").then_some("total")}>
                    <th scope="row">{ t(lang, *label) }</th>
                    <td data-value={raw(va)}>{ format::money(va, lang) }</td>
                    <td data-value={raw(vb)}>{ format::money(vb, lang) }</td>
                    <td data-value={raw(vb - va)}>{ signed(vb - va, lang) }</td>
                </tr>
            }
        };
        html! {
            <>
            <p id="compare-words" class="answer" data-value={raw(diff)}>{ words }</p>
            <div class="table-wrap" tabindex="0" role="region" aria-labelledby="compare-a compare-b">
                <table id="compare-table" aria-labelledby="compare-heading">
                    <thead><tr>
                        <td></td>
                        <th scope="col" id="compare-a">{ head_a }</th>
                        <th scope="col" id="compare-b">{ head_b }</th>
                        <th scope="col">{ t(lang, Msg::CompareDiff) }</th>
                    </tr></thead>
                    <tbody>{ for rows.iter().map(row) }</tbody>
                </table>
            </div>
            </>
        }
    });

    html! {
        <section id="compare" class="card compare" aria-labelledby="compare-heading">
            <h2 id="compare-heading">{ t(lang, Msg::CompareHeading) }</h2>
            <div class="compare-choices">
                { choice("compare-what", t(lang, Msg::CompareWhat), whats, room.compare.code(), on_what) }
                if room.compare != CompareWhat::Scheme {
                    { choice("compare-hours", t(lang, Msg::CompareHoursField), hours,
                        &room.hours().to_string(), on_hours) }
                }
            </div>
            { for table }
        </section>
    }
}
