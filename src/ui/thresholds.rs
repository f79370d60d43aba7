//! The important points, in words and numbers: where the premie stops
//! growing, where bijstand stops (and what stops with it), and from how many
//! hours leaving pays off.

use super::raw;
use crate::format::{self, Lang};
use crate::i18n::{t, tf, Msg};
use crate::rules::Outcome;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub outcome: Rc<Outcome>,
    pub lang: Lang,
}

#[function_component(Thresholds)]
pub fn thresholds(props: &Props) -> Html {
    let o = &props.outcome;
    let lang = props.lang;
    let hours = |h| format::hours_readable(h, lang);
    let has_premie = o.premie_rate.is_some();

    let premie_text = match (o.premie_cap_hours, o.premie_cap) {
        (Some(h), Some(cap)) => tf(
            lang,
            Msg::ThresholdsPremieCap,
            &[("hours", hours(h)), ("cap", format::money(cap, lang))],
        ),
        _ if has_premie => t(lang, Msg::ThresholdsPremieCapNone),
        _ if o.premie_under_27 => t(lang, Msg::ThresholdsPremieUnder27),
        _ => t(lang, Msg::ThresholdsPremieNone),
    };
    let outflow = match o.outflow {
        Some(f) => html! {
            <>
            <p id="outflow-hours" data-value={raw(f.hours)}>
                { tf(lang, Msg::ThresholdsOutflow, &[
                    ("hours", hours(f.hours)),
                    ("gross", format::money(f.gross_base, lang)),
                ]) }
            </p>
            <p class="note">
                if has_premie {
                    { t(lang, Msg::ThresholdsOutflowStops) }{ " " }
                }
                { t(lang, Msg::ThresholdsOutflowOneMonth) }
                { " " }
                { t(lang, Msg::ThresholdsOutflowOther) }
            </p>
            </>
        },
        None => html! {
            <p id="outflow-hours" data-value="">{ t(lang, Msg::ThresholdsOutflowNone) }</p>
        },
    };
    let better = match (o.better_off_hours, o.best_inside) {
        (Some(h), Some(best)) => Some(html! {
            <p id="better-off-hours" data-value={raw(h)}>
                { tf(lang, Msg::ThresholdsBetterOff, &[
                    ("hours", hours(h)),
                    ("best", format::money(best, lang)),
                ]) }
            </p>
        }),
        _ if o.outflow.is_some() => Some(html! {
            <p id="better-off-hours" data-value="">{ t(lang, Msg::ThresholdsBetterOffNone) }</p>
        }),
        _ => None,
    };
    let better_with = match (
        o.better_off_hours_with_allowances,
        o.best_inside_with_allowances,
    ) {
        (Some(h), Some(best)) => Some(html! {
            <p id="better-off-hours-with-allowances" class="note" data-value={raw(h)}>
                { if Some(h) == o.better_off_hours {
                    tf(lang, Msg::ThresholdsBetterOffWithAllowancesSame, &[("hours", hours(h))])
                } else {
                    tf(lang, Msg::ThresholdsBetterOffWithAllowances, &[
                        ("hours", hours(h)),
                        ("best", format::money(best, lang)),
                    ])
                } }
            </p>
        }),
        _ => None,
    };
    let dip = o.dip.map(|d| {
        let mut args = vec![
            ("from", hours(d.from)),
            ("amount", format::money_whole(d.amount, lang)),
        ];
        let text = match d.to {
            Some(to) => {
                args.push(("to", hours(to)));
                tf(lang, Msg::ThresholdsDip, &args)
            }
            None => tf(lang, Msg::ThresholdsDipNoEnd, &args),
        };
        html! {
            <li class="point dip">
                <p id="dip" data-from={raw(d.from)} data-to={d.to.map(raw).unwrap_or_default()}
                    data-value={raw(d.amount)}>{ text }</p>
                <p class="note">{ t(lang, Msg::ThresholdsDipWhy) }</p>
            </li>
        }
    });

    html! {
        <section id="thresholds" class="card" aria-labelledby="thresholds-heading">
            <h2 id="thresholds-heading">{ t(lang, Msg::ThresholdsHeading) }</h2>
            <ul class="points">
                <li class="point premie-cap">
                    <p id="premie-cap-hours" data-value={o.premie_cap_hours.map(raw).unwrap_or_default()}>
                        { premie_text }
                    </p>
                </li>
                <li class="point outflow">{ outflow }</li>
                if let Some(dip) = dip {
                    { dip }
                }
                if let Some(better) = better {
                    <li class="point better-off">{ better }{ for better_with }</li>
                }
            </ul>
            { super::leaving::leaving(o, lang) }
            <p class="note report">{ t(lang, Msg::EstimateReport) }</p>
        </section>
    }
}
