//! "Wat verandert er als de bijstand stopt?": the outcome's list of changes
//! at the outflow point, each with its amount.

use super::raw;
use crate::format::{self, Lang};
use crate::i18n::{t, tf, Msg};
use crate::rules::leaving::{Allowance, Change};
use crate::rules::Outcome;
use yew::prelude::*;

/// The name of an allowance.
pub fn allowance_msg(a: Allowance) -> Msg {
    match a {
        Allowance::Zorgtoeslag => Msg::FieldGetsZorgtoeslag,
        Allowance::Huurtoeslag => Msg::FieldGetsHuurtoeslag,
        Allowance::KindgebondenBudget => Msg::FieldGetsKindgebondenBudget,
    }
}

fn item(c: &Change, lang: Lang) -> Html {
    let money = |d| format::money(d, lang);
    let (text, value, confirmed) = match *c {
        Change::BijstandStops { per_month } => (
            tf(lang, Msg::LeavingBijstand, &[("amount", money(per_month))]),
            per_month,
            true,
        ),
        Change::PremieStops { per_year } => (
            tf(lang, Msg::LeavingPremie, &[("amount", money(per_year))]),
            per_year,
            true,
        ),
        Change::Allowance {
            which,
            before,
            after,
        } => (
            tf(
                lang,
                Msg::LeavingAllowance,
                &[
                    ("name", t(lang, allowance_msg(which))),
                    ("before", money(before)),
                    ("after", money(after)),
                ],
            ),
            after - before,
            true,
        ),
        Change::Stadspas {
            limit,
            kept,
            confirmed,
        } => (
            tf(
                lang,
                if kept {
                    Msg::LeavingStadspasKept
                } else {
                    Msg::LeavingStadspasLost
                },
                &[("limit", money(limit))],
            ),
            limit,
            confirmed,
        ),
        Change::Uitstroompremie {
            min,
            max,
            confirmed,
        } => (
            tf(
                lang,
                Msg::LeavingUitstroompremie,
                &[
                    ("min", format::money_whole(min, lang)),
                    ("max", format::money_whole(max, lang)),
                ],
            ),
            max,
            confirmed,
        ),
    };
    html! {
        <li data-what={c.key()} data-value={raw(value)}>
            { text }
            if !confirmed {
                { " " }<span class="flag-text">{ t(lang, Msg::LeavingNotConfirmed) }</span>
            }
        </li>
    }
}

/// The list, or nothing without an outflow point.
pub fn leaving(o: &Outcome, lang: Lang) -> Html {
    if o.changes_at_outflow.is_empty() {
        return html! {};
    }
    html! {
        <div id="leaving" class="leaving">
            <h3>{ t(lang, Msg::LeavingHeading) }</h3>
            <ul>{ for o.changes_at_outflow.iter().map(|c| item(c, lang)) }</ul>
            <p class="note">{ t(lang, Msg::LeavingEstimate) }</p>
        </div>
    }
}
