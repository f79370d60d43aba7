//! The answer first: one sentence, the breakdown per month, what one extra
//! hour a week brings, and that it is an estimate. All numbers from `Outcome`.

use super::raw;
use crate::format::{self, Lang};
use crate::i18n::{self, t, tf, Msg};
use crate::rules::Outcome;
use rust_decimal::Decimal;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub outcome: Rc<Outcome>,
    pub lang: Lang,
    /// The input has a problem: this is the previous result.
    pub stale: bool,
    /// National rules only: there is no premie at all.
    pub no_premie: bool,
}

#[function_component(Answer)]
pub fn answer(props: &Props) -> Html {
    let o = &props.outcome;
    let lang = props.lang;
    let m = &o.now;
    let total = format::money_whole(m.total, lang);
    let sentence = if m.hours.is_zero() {
        tf(lang, Msg::AnswerSentenceZero, &[("total", total)])
    } else {
        tf(
            lang,
            Msg::AnswerSentence,
            &[("hours", format::hours(m.hours, lang)), ("total", total)],
        )
    };
    let bank = tf(
        lang,
        Msg::AnswerBank,
        &[(
            "bank",
            format::money_whole(o.year.bank_ordinary_month, lang),
        )],
    );
    let premie_note = if props.no_premie {
        t(lang, Msg::BreakdownPremieNational)
    } else if o.premie_under_27 {
        t(lang, Msg::BreakdownPremieUnder27)
    } else if o.premie_payment.1 > Decimal::ZERO {
        tf(
            lang,
            Msg::BreakdownPremiePayment,
            &[
                ("month", i18n::month_year(lang, o.premie_payment.0)),
                ("amount", format::money_whole(o.premie_payment.1, lang)),
            ],
        )
    } else {
        t(lang, Msg::BreakdownPremiePaymentNone)
    };
    let a = &m.allowances;
    let has_allowances = a.total() > Decimal::ZERO;
    let row = |id: &'static str, label: String, value: Decimal, class: &'static str| {
        html! {
            <div class={classes!("row", class)}>
                <dt>{ label }</dt>
                <dd id={id} data-value={raw(value)}>{ format::money(value, lang) }</dd>
            </div>
        }
    };

    html! {
        <section id="result" class={classes!("card", "result", props.stale.then_some("stale"))}
            aria-labelledby="result-heading">
            <h2 id="result-heading">{ t(lang, Msg::AnswerHeading) }</h2>
            if props.stale {
                <p class="stale-note">{ t(lang, Msg::AppStale) }</p>
            }
            <p id="answer" class="answer" aria-live="polite">
                { sentence }{ " " }<span id="bank-sentence">{ bank }</span>
            </p>
            if !m.in_bijstand {
                <p class="out-note">{ t(lang, Msg::AnswerOutOfBijstand) }</p>
            }
            { date_notices(o, lang) }
            <div class="result-grid">
            <div class="money">
            <h3>{ t(lang, Msg::BreakdownHeading) }</h3>
            <dl class="breakdown">
                { row("net-wage", t(lang, Msg::BreakdownNetWage), m.wage.net, "wage") }
                { row("top-up", t(lang, Msg::BreakdownTopUp), m.top_up, "top-up") }
                { row("premie", t(lang, Msg::BreakdownPremie), m.premie, "premie") }
                { row("total", t(lang, Msg::BreakdownTotal), m.total, "total") }
            </dl>
            if has_allowances {
                <dl id="allowances" class="breakdown allowances">
                    if !a.zorgtoeslag.is_zero() {
                        { row("zorgtoeslag", t(lang, Msg::BreakdownZorgtoeslag), a.zorgtoeslag, "allowance") }
                    }
                    if !a.huurtoeslag.is_zero() {
                        { row("huurtoeslag", t(lang, Msg::BreakdownHuurtoeslag), a.huurtoeslag, "allowance") }
                    }
                    if !a.kindgebonden_budget.is_zero() {
                        { row("kindgebonden-budget", t(lang, Msg::BreakdownKindgebondenBudget),
                            a.kindgebonden_budget, "allowance") }
                    }
                    { row("total-with-allowances", t(lang, Msg::BreakdownTotalWithAllowances),
                        m.total_with_allowances, "total") }
                </dl>
                <p class="note">{ t(lang, Msg::AllowancesNote) }</p>
                if o.allowances_set_aside > Decimal::ZERO {
                    <p id="allowances-set-aside" class="note" data-value={raw(o.allowances_set_aside)}>
                        { tf(lang, Msg::AllowancesSetAside,
                            &[("amount", format::money_whole(o.allowances_set_aside, lang))]) }
                    </p>
                }
            }
            if !m.in_bijstand && m.net_out != m.wage.net {
                <p class="note">{ tf(lang, Msg::BreakdownNetOut, &[("net", format::money(m.net_out, lang))]) }</p>
            }
            <p id="premie-payment" class="note premie-payment" data-value={raw(o.premie_payment.1)}
                data-month={format!("{:04}-{:02}", o.premie_payment.0.year, o.premie_payment.0.month)}>
                { premie_note }
            </p>
            { bank_year(o, lang) }
            </div>
            <div class="side">
            { extra_hour(o, lang) }
            <p class="estimate"><strong>{ t(lang, Msg::Estimate) }</strong></p>
            if !o.unconfirmed.is_empty() {
                <p class="flag"><a href="#unconfirmed">{ t(lang, Msg::UnconfirmedHeading) }</a></p>
            }
            </div>
            </div>
        </section>
    }
}

/// What arrives in the bank: an ordinary month, then the months with extra
/// money (from the outcome's steady year).
fn bank_year(o: &Outcome, lang: Lang) -> Html {
    use crate::rules::months::Extra;
    let y = &o.year;
    let extra = |e: &crate::rules::months::ExtraPayment| {
        let label = match e.what {
            Extra::HolidayPay => Msg::BankExtraHolidayPay,
            Extra::HolidayAllowance => Msg::BankExtraHolidayAllowance,
            Extra::Premie => Msg::BankExtraPremie,
        };
        html! {
            <div class="row" data-month={e.month.to_string()} data-what={e.what.key()}>
                <dt>{ tf(lang, label, &[("month", i18n::month_name(lang, e.month))]) }</dt>
                <dd data-value={raw(e.amount)}>{ format::money(e.amount, lang) }</dd>
            </div>
        }
    };
    html! {
        <div id="bank" class="bank">
            <h3>{ t(lang, Msg::BankHeading) }</h3>
            <dl class="breakdown">
                <div class="row total">
                    <dt>{ t(lang, Msg::BankOrdinary) }</dt>
                    <dd id="bank-ordinary" data-value={raw(y.bank_ordinary_month)}>
                        { format::money(y.bank_ordinary_month, lang) }
                    </dd>
                </div>
            </dl>
            if !y.extra_payments.is_empty() {
                <p>{ t(lang, Msg::BankExtraIntro) }</p>
                <dl id="extra-payments" class="breakdown">
                    { for y.extra_payments.iter().map(extra) }
                </dl>
            }
            <p class="note">{ t(lang, Msg::BankNote) }{ " " }{ t(lang, Msg::BankNoteMonths) }</p>
        </div>
    }
}

/// "What does 1 extra hour a week bring?" — plainly, also when it is nothing.
fn extra_hour(o: &Outcome, lang: Lang) -> Html {
    let gain = o.extra_hour_gain;
    let with = o.extra_hour_gain_with_allowances;
    let text = if gain > Decimal::ZERO {
        tf(
            lang,
            Msg::ExtraGain,
            &[("gain", format::money_whole(gain, lang))],
        )
    } else if gain.is_zero() {
        t(lang, Msg::ExtraPlateau)
    } else {
        tf(
            lang,
            Msg::ExtraLoss,
            &[("loss", format::money_whole(-gain, lang))],
        )
    };
    let keep = o
        .keep_cents_per_euro
        .filter(|c| *c > Decimal::ZERO && gain > Decimal::ZERO)
        .map(|c| {
            tf(
                lang,
                Msg::ExtraKeep,
                &[("cents", format::number(c, 0, lang))],
            )
        });
    // Inside the dip: say plainly what the hours cost, and where it ends.
    let dip = o
        .dip
        .filter(|d| o.now.hours >= d.from && d.to.is_none_or(|to| o.now.hours < to));
    let dip_text = dip.map(|d| {
        let mut args = vec![
            ("hours", format::hours(o.now.hours, lang)),
            ("amount", format::money_whole(d.amount, lang)),
            ("from", format::hours_readable(d.from, lang)),
        ];
        match d.to {
            Some(to) => {
                args.push(("to", format::hours_readable(to, lang)));
                tf(lang, Msg::ExtraDip, &args)
            }
            None => tf(lang, Msg::ExtraDipNoEnd, &args),
        }
    });
    html! {
        <div class="extra">
            <h3>{ t(lang, Msg::ExtraHeading) }</h3>
            <p id="extra-hour" data-value={raw(gain)}>{ text }</p>
            if let Some(k) = keep {
                <p class="note">{ k }</p>
            }
            if let Some(d) = dip_text {
                <p id="in-dip" class="note dip">{ d }</p>
            }
            if with != gain {
                <p id="extra-hour-with-allowances" class="note" data-value={raw(with)}>
                    { tf(lang, Msg::ExtraWithAllowances, &[("gain", format::money_whole(with, lang))]) }
                </p>
            }
        </div>
    }
}

/// What the answer must say about its date: amounts carried forward past our
/// last values, and the change of the earnings rules (from the outcome).
fn date_notices(o: &Outcome, lang: Lang) -> Html {
    if o.notices.is_empty() {
        return html! {};
    }
    let notice = |n: &crate::rules::Notice| {
        let parts = i18n::notice_parts(lang, n);
        // The change's details fold away: the answer stays in the first screen.
        match parts.as_slice() {
            [one] => html! { <p data-notice={n.id()}>{ one.clone() }</p> },
            [first, points @ .., last] => html! {
                <details data-notice={n.id()}>
                    <summary>{ first.clone() }</summary>
                    <ul>{ for points.iter().map(|p| html! { <li>{ p.clone() }</li> }) }</ul>
                    <p>{ last.clone() }</p>
                </details>
            },
            [] => html! {},
        }
    };
    html! {
        <aside id="date-notice" class="date-notice" aria-label={t(lang, Msg::NoticeHeading)}>
            { for o.notices.iter().map(notice) }
        </aside>
    }
}
