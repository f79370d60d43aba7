//! English: plain words, short sentences, "you". Dutch official terms are kept
//! (in italics on the page where it helps) because people see them on letters.

use super::Catalogue;

pub static MESSAGES: Catalogue = &[
    // The page
    ("app.title", "Does working more pay?"),
    ("app.doc_title", "Does working more pay? Earnings calculator"),
    (
        "app.subtitle",
        "A calculator for earning money on bijstand (social assistance) in Amsterdam. Everything you enter stays on your device.",
    ),
    ("app.skip", "Skip to the result"),
    ("app.no_result", "Fill in your details. Your result will show here."),
    (
        "app.stale",
        "Something in the input is not right. You still see the result of your previous input.",
    ),
    ("lang.switch", "Nederlands"),
    ("lang.switch_label", "Naar het Nederlands"),
    ("lang.other_code", "nl"),
    // Inputs
    ("inputs.heading", "Your situation"),
    ("inputs.scheme_heading", "Your rules"),
    ("inputs.more", "More settings"),
    ("field.hours", "Hours of work per week"),
    (
        "field.hours_hint",
        "For example 12 or 12.5. You can also use the slider or the chart.",
    ),
    ("field.hours_range", "Hours per week, with the slider"),
    ("field.wage", "Gross hourly wage"),
    ("field.wage_placeholder", "minimum wage {min}"),
    (
        "field.wage_hint_min",
        "Leave empty for the minimum wage for your age: {min} an hour.",
    ),
    ("field.wage_hint", "Leave empty for the minimum wage for your age."),
    ("field.household", "Your household"),
    ("household.single", "Single"),
    ("household.single_parent", "Single parent"),
    ("household.couple", "Married or living together"),
    ("field.housemates", "Housemates aged 27 or older"),
    (
        "field.housemates_hint",
        "People who live with you, not your partner. Not sure? Ask your klantmanager (case worker).",
    ),
    ("field.age", "Your age"),
    ("age.18-20", "18, 19 or 20"),
    ("age.21-aow", "21 up to state pension (AOW) age"),
    ("age.aow", "State pension (AOW) age or older"),
    ("field.date", "Date of the calculation"),
    (
        "field.date_hint",
        "We use the amounts that apply on this date.",
    ),
    (
        "field.korting_by",
        "Who applies the wage tax credit (loonheffingskorting)?",
    ),
    ("korting.employer", "My employer"),
    ("korting.municipality", "The municipality, on my bijstand"),
    (
        "field.korting_hint",
        "Usually the employer. Check your payslip or ask.",
    ),
    ("field.scheme", "Rules for the earnings premium"),
    ("scheme.amsterdam", "Amsterdam: bijverdienpremie"),
    (
        "scheme.experiment",
        "Experiment 2018–2021: 50%, at most €200 (what if)",
    ),
    ("scheme.national", "National rules only: no premium"),
    ("field.vrijlating_n", "I get the 25% exemption (vrijlating)"),
    (
        "field.vrijlating_n_hint",
        "Your letter from the municipality says so. From age 27, for at most 6 months.",
    ),
    (
        "field.vrijlating_r",
        "I get the single-parent exemption (12.5%)",
    ),
    (
        "field.vrijlating_r_hint",
        "For a single parent with a child under 12. It comes after the 6 months of the 25%.",
    ),
    ("field.premie_cap", "Highest premium per month, if you know it"),
    (
        "field.premie_cap_hint",
        "Leave empty and we use {cap}. That amount is not confirmed.",
    ),
    ("field.premie_cap_hint_plain", "Leave empty and we use our own amount."),
    ("field.age_years", "Your age in years (may be empty)"),
    (
        "field.age_years_hint",
        "For the youth minimum wage and the age-27 limit.",
    ),
    ("field.partner_age", "Your partner's age"),
    ("partner.same", "Same group as me"),
    ("field.children", "Children live with us"),
    ("field.youngest_child_age", "Age of the youngest child (may be empty)"),
    // Input errors (InputError::key)
    ("input.empty", "Please enter a number here."),
    (
        "input.not_a_number",
        "This is not a number. Write for example 12 or 12.5.",
    ),
    ("input.negative", "A number below zero is not possible here."),
    ("input.too_large", "This number is too large."),
    ("input.too_many_decimals", "Please use fewer digits after the decimal point."),
    ("input.bad_date", "This is not a date. Please pick a date."),
    ("input.unknown_choice", "Please pick one of the choices."),
    ("input.unknown_key", "We do not know this field."),
    ("input.not_yes_no", "Please choose yes or no."),
    // Rule errors (RuleError::key)
    (
        "error.date_too_early",
        "We have no amounts for dates before {first}. Please pick a later date.",
    ),
    (
        "error.date_too_late",
        "We do not have amounts for dates after {last} yet. Please pick an earlier date.",
    ),
    ("error.hours_range", "Please enter between 0 and 168 hours."),
    ("error.wage_range", "Please enter an hourly wage between €0 and €1,000."),
    ("error.housemates_range", "Please enter a number from 0 to 20."),
    (
        "error.age_mismatch",
        "This age does not fit the age group you chose.",
    ),
    ("error.child_age_range", "Please enter an age from 0 to 17."),
    ("error.premie_cap_range", "Please enter an amount between €0 and €2,000."),
    (
        "error.missing_parameter",
        "We are missing an amount for this date. Please pick another date.",
    ),
    // Month planner errors (MonthsError::key)
    (
        "error.months_none",
        "Please enter at least one month.",
    ),
    (
        "error.months_too_many",
        "You can enter at most {max} months.",
    ),
    (
        "error.months_not_consecutive",
        "{month} does not follow the month before it. Please enter the months in order, without gaps.",
    ),
    (
        "error.months_too_early",
        "Please start in {first} or later. We have no amounts for earlier months.",
    ),
    (
        "error.months_too_late",
        "Please start in {last} or earlier. We do not have amounts for later months yet.",
    ),
    (
        "error.months_hours_range",
        "{month}: please enter between 0 and 168 hours a week.",
    ),
    (
        "error.months_wage_range",
        "{month}: please enter a gross wage between €0 and €100,000 a month.",
    ),
    (
        "error.months_lag_range",
        "Please enter a number of months from 0 to {max}.",
    ),
    (
        "error.months_pay_lag_four_weekly",
        "Are you paid every four weeks? Then enter the first payday, not a number of months.",
    ),
    (
        "error.months_first_payday",
        "The first payday is only for pay every four weeks. Please pick a day from 1 to 28 of the first month.",
    ),
    // The answer
    ("answer.heading", "Your result"),
    (
        "answer.sentence",
        "With {hours} of work a week you have about {total} a month.",
    ),
    (
        "answer.sentence_zero",
        "Without paid work you have about {total} a month.",
    ),
    (
        "answer.out_of_bijstand",
        "With this many hours you no longer need bijstand. Your wage is enough.",
    ),
    ("breakdown.heading", "How that adds up, per month"),
    ("breakdown.net_wage", "Your wage (net)"),
    ("breakdown.top_up", "Top-up from the municipality (bijstand)"),
    ("breakdown.premie", "Earnings premium you build up"),
    ("breakdown.total", "Total per month"),
    (
        "breakdown.premie_payment",
        "The premium is paid twice a year, in June and November. In {month} you get about {amount}.",
    ),
    (
        "breakdown.premie_payment_none",
        "You are not building up a premium now. It is paid in June and November.",
    ),
    (
        "breakdown.premie_national",
        "With national rules only there is no earnings premium.",
    ),
    (
        "breakdown.net_out",
        "Outside bijstand your employer applies the wage tax credit. Your net wage is then {net}.",
    ),
    ("extra.heading", "What does 1 extra hour a week bring?"),
    (
        "extra.gain",
        "With 1 extra hour a week you have about {gain} more a month.",
    ),
    (
        "extra.keep",
        "Of every extra euro you earn gross, you keep about {cents} cents.",
    ),
    (
        "extra.plateau",
        "With 1 extra hour a week your total stays the same for now. The municipality takes the extra wage off your top-up. Work still gives you more: experience, contacts and a step towards more hours.",
    ),
    (
        "extra.loss",
        "With 1 extra hour a week you have about {loss} less a month. That is because your bijstand stops, and the premium with it. Below you can see from how many hours working more does pay.",
    ),
    ("estimate", "This is an estimate. The municipality decides."),
    (
        "estimate.report",
        "Report changes in your income to the municipality and hand in your payslips. Questions? Ask your klantmanager (case worker) or inkomensconsulent, or visit the Sociaal Loket.",
    ),
    // Thresholds
    ("thresholds.heading", "Important points"),
    (
        "thresholds.premie_cap",
        "From {hours} a week the premium stops growing. You then get the maximum: {cap} a month.",
    ),
    (
        "thresholds.premie_cap_none",
        "The premium grows with your wage until your bijstand stops.",
    ),
    (
        "thresholds.premie_none",
        "With national rules only there is no earnings premium.",
    ),
    (
        "thresholds.outflow",
        "From {hours} a week ({gross} gross a month) you no longer need a top-up. Your bijstand then stops.",
    ),
    (
        "thresholds.outflow_stops",
        "The top-up from the municipality and the earnings premium stop too.",
    ),
    (
        "thresholds.outflow_stops_no_premie",
        "The top-up from the municipality stops too.",
    ),
    (
        "thresholds.outflow_other",
        "Allowances (toeslagen) and the Stadspas may change as well. We do not include them yet.",
    ),
    (
        "thresholds.outflow_none",
        "At this hourly wage you keep a top-up, even with many hours.",
    ),
    (
        "thresholds.better_off",
        "From {hours} a week you have more outside bijstand than the most you have on bijstand ({best} a month).",
    ),
    (
        "thresholds.better_off_none",
        "At this hourly wage you do not have more outside bijstand than on bijstand.",
    ),
    // Chart
    ("chart.heading", "Your income per month with 0 to 40 hours of work a week"),
    ("chart.help", "Tap or drag in the chart to choose the hours."),
    ("chart.legend_wage", "Wage (net)"),
    ("chart.legend_top_up", "Top-up"),
    ("chart.legend_premie", "Premium"),
    ("chart.axis_hours", "hours per week"),
    ("chart.axis_money", "per month"),
    ("chart.marker_hours", "You"),
    ("chart.marker_outflow", "Bijstand stops"),
    ("chart.marker_premie_cap", "Premium at maximum"),
    ("chart.marker_better_off", "Better off outside"),
    (
        "chart.summary",
        "Without work you have {at0} a month, with 20 hours a week {at20} and with 40 hours {at40}.",
    ),
    ("chart.summary_outflow", "From {hours} a week your bijstand stops."),
    ("chart.table", "The numbers as a table"),
    ("chart.table_caption", "Income per month for whole hours per week"),
    ("table.hours", "Hours per week"),
    ("table.net", "Wage (net)"),
    ("table.top_up", "Top-up"),
    ("table.premie", "Premium"),
    ("table.total", "Total"),
    // Explanation
    ("explain.heading", "How do we work this out?"),
    (
        "explain.intro",
        "Here is every step, with your own numbers and the rule it is based on.",
    ),
    ("explain.source", "Source"),
    (
        "explain.date",
        "We use the rules and amounts that apply on {date}.",
    ),
    ("unconfirmed.heading", "Please note: amounts not confirmed"),
    (
        "unconfirmed.intro",
        "We could not check these amounts in an official source. The real amount may differ.",
    ),
    ("unconfirmed.item", "{name}: {value} (from {from})"),
    (
        "unconfirmed.none",
        "All amounts in this calculation come from a confirmed source.",
    ),
    ("limits.heading", "What do we not include?"),
    (
        "limits.months",
        "We use an average month. Real months differ: some have 4 weeks, some 5. Holiday pay from work usually comes in May, the bijstand holiday allowance in June. The premium comes in June and November.",
    ),
    (
        "limits.timing",
        "The municipality often offsets your wage a month later, when your payslip is in. So an amount may be corrected later.",
    ),
    (
        "limits.premie_base",
        "We base the premium on your net wage. The Amsterdam premium maximum after 2023 is not confirmed. Whether the premium applies under age 27 is not confirmed either.",
    ),
    (
        "limits.vrijlating",
        "The exemption only lasts a while: the 25% for at most 6 months, the single-parent one for at most 30 months. We count as if you have it this month.",
    ),
    (
        "limits.other_income",
        "We do not include savings and assets, alimony, other benefits, a partner's own business or child benefit.",
    ),
    (
        "limits.toeslagen",
        "Allowances (zorgtoeslag, huurtoeslag, kindgebonden budget) and the value of the Stadspas are not included yet. They may change when you earn more.",
    ),
    (
        "limits.tax",
        "We work out tax over a whole year. A real payslip uses the tax tables. That can differ by a few euros a month.",
    ),
    ("limits.couple", "For a couple we count the work of one person."),
    (
        "limits.leaving",
        "Outside bijstand we assume your employer applies the wage tax credit.",
    ),
    ("limits.aow", "For people of state pension age the tax is an approximation."),
    ("ask.heading", "Where can you ask?"),
    (
        "ask.text",
        "Your klantmanager or inkomensconsulent can look at your exact situation. You can also visit the Sociaal Loket. Always report changes in your income.",
    ),
    // Glossary
    ("glossary.heading", "Words you may see"),
    (
        "glossary.intro",
        "These Dutch words appear in letters from the municipality.",
    ),
    ("glossary.norm.term", "Norm (bijstandsnorm)"),
    (
        "glossary.norm.text",
        "The amount per month you are entitled to if you have no other income. It depends on your age and who you live with.",
    ),
    ("glossary.aanvulling.term", "Aanvulling"),
    (
        "glossary.aanvulling.text",
        "Top-up: the bijstand you get while you work. The municipality tops up your wage to the norm.",
    ),
    ("glossary.verrekening.term", "Verrekening"),
    (
        "glossary.verrekening.text",
        "Offsetting: the municipality takes your wage off your bijstand. If you earn more, you get less top-up.",
    ),
    ("glossary.vrijlating.term", "Vrijlating"),
    (
        "glossary.vrijlating.text",
        "Exemption: a part of your wage that the municipality does not offset. You keep that part. It only lasts a while.",
    ),
    ("glossary.kostendeler.term", "Kostendeler"),
    (
        "glossary.kostendeler.text",
        "Cost sharer: someone aged 27 or older who lives with you and is not your partner. You can share costs, so your norm is lower.",
    ),
    ("glossary.uitstroom.term", "Uitstroom"),
    (
        "glossary.uitstroom.text",
        "Leaving bijstand, because your income is high enough.",
    ),
    ("glossary.specificatie.term", "Specificatie"),
    (
        "glossary.specificatie.text",
        "The statement with your payment. It shows how the municipality worked out your bijstand: your norm, your wage and what was offset.",
    ),
    ("glossary.bijverdienpremie.term", "Bijverdienpremie"),
    (
        "glossary.bijverdienpremie.text",
        "Earnings premium: extra money from the municipality of Amsterdam when you work and have bijstand. You build it up every month. It is paid twice a year: in June and in November.",
    ),
    ("glossary.loonheffingskorting.term", "Loonheffingskorting"),
    (
        "glossary.loonheffingskorting.text",
        "Wage tax credit: a discount on the tax on your wage. Only one employer or benefit may apply it. Otherwise you pay tax back later.",
    ),
    // Share and print
    ("share.heading", "Save or share"),
    ("share.copy", "Copy link"),
    ("share.copied", "The link has been copied."),
    (
        "share.fallback",
        "Copying did not work. Select the link below and copy it yourself.",
    ),
    ("share.link_label", "Link to this calculation"),
    (
        "share.privacy",
        "The link holds what you entered. Nothing is sent: not to us and not to the municipality.",
    ),
    ("share.print", "Print"),
    ("privacy.heading", "Your privacy"),
    ("privacy.text", "Everything you enter stays on your device. The calculator sends nothing to us or to the municipality. We store nothing, unless you tick ‘Remember’ below."),
    ("privacy.remember", "Remember my input on this device"),
    ("privacy.remember_hint", "Handy on your own phone. Do not use it on a computer you share with others."),
    ("privacy.clear", "Clear everything"),
    ("privacy.clear_hint", "Clears your input, the link and anything remembered. Do this when you are done on a shared computer."),
    ("privacy.cleared", "Everything has been cleared."),
    ("print.inputs", "Your input"),
    ("print.yes", "yes"),
    ("print.no", "no"),
    ("print.made", "Made with the Rekenhulp bijverdienen (earnings calculator)."),
    // Parameters (for the list of unconfirmed values)
    ("param.norm.single_21", "Norm for a single person, 21 and older"),
    ("param.norm.couple_21", "Norm for a couple, 21 and older"),
    ("param.norm.single_aow", "Norm for a single person, state pension age"),
    ("param.norm.couple_aow", "Norm for a couple, state pension age"),
    ("param.norm.youth_single", "Youth norm, single"),
    ("param.norm.youth_couple", "Youth norm, couple"),
    ("param.norm.youth_couple_children", "Youth norm, couple with children"),
    ("param.norm.mixed_couple", "Norm for a couple, one partner under 21"),
    (
        "param.norm.mixed_couple_children",
        "Norm for a couple with children, one partner under 21",
    ),
    (
        "param.norm.mixed_kostendeler_children_part",
        "Younger partner's part with cost sharers, with children",
    ),
    ("param.vrijlating.n_cap", "Maximum of the 25% exemption per month"),
    (
        "param.vrijlating.r_cap",
        "Maximum of the single-parent exemption per month",
    ),
    ("param.premie.amsterdam_rate", "Share of the wage for the premium"),
    ("param.premie.amsterdam_cap", "Maximum Amsterdam earnings premium per month"),
    ("param.premie.experiment_rate", "Share of the wage, experiment"),
    ("param.premie.experiment_cap", "Maximum premium, experiment"),
    (
        "param.premie.under_27",
        "Premium under age 27 too (we assume so), maximum",
    ),
    ("param.tax.regular", "Tax rate, first bracket"),
    ("param.tax.aow", "Tax and credits at state pension age, first bracket rate"),
    ("param.wml.hourly_21", "Minimum wage per hour, 21 and older"),
    (
        "param.bijstand.holiday_allowance_rate",
        "Share of bijstand kept aside for the holiday allowance",
    ),
    (
        "param.bijstand.holiday_allowance_payout",
        "Month the bijstand holiday allowance is paid",
    ),
    (
        "param.months.rules_after_last_date",
        "Months after our latest amounts (we use the latest amounts)",
    ),
    (
        "param.premie.payout_months",
        "Months in which the premium is paid",
    ),
    (
        "param.wage.holiday_pay_payout",
        "Month your holiday pay from work is paid",
    ),
    // Dates
    ("date.long", "{day} {month} {year}"),
    ("month.1", "January"),
    ("month.2", "February"),
    ("month.3", "March"),
    ("month.4", "April"),
    ("month.5", "May"),
    ("month.6", "June"),
    ("month.7", "July"),
    ("month.8", "August"),
    ("month.9", "September"),
    ("month.10", "October"),
    ("month.11", "November"),
    ("month.12", "December"),
    // Trace steps (Step::key); placeholders are the step's values
    (
        "trace.norm",
        "Your bijstand norm is {norm} a month. That is what you get if you have no other income.",
    ),
    (
        "trace.norm_kostendeler",
        "You live with others aged 27 or older ({a} people). The cost-sharer norm (kostendelersnorm) applies: {norm} a month.",
    ),
    (
        "trace.norm_kostendeler_couple",
        "You live with your partner and housemates aged 27 or older ({a} people). Your joint cost-sharer norm is {norm} a month.",
    ),
    (
        "trace.norm_kostendeler_mixed",
        "You live with your partner and housemates ({a} people). Your partner is under 21. Your joint norm is {norm} a month.",
    ),
    (
        "trace.hourly_wage_minimum",
        "We use the minimum wage: {wage} gross an hour.",
    ),
    ("trace.hourly_wage", "Your hourly wage is {wage} gross."),
    (
        "trace.gross_wage",
        "A year has 52 weeks. So on average you work {hours} × 52 / 12 a month. Your gross wage per month is then {gross_base}.",
    ),
    (
        "trace.holiday_pay",
        "Add {rate} holiday pay: {holiday_pay}. Together that is {gross} gross a month.",
    ),
    (
        "trace.annual",
        "Tax is over a whole year. Your wage per year is {annual}.",
    ),
    (
        "trace.bracket_tax",
        "Tax on this yearly wage, before tax credits: {bracket_tax}.",
    ),
    (
        "trace.kortingen",
        "Your employer applies the wage tax credit: the general tax credit ({ahk}) and the employed person's tax credit ({ak}). Together {kortingen} a year.",
    ),
    (
        "trace.kortingen_aow",
        "Your employer applies the wage tax credit: general tax credit ({ahk}), employed person's tax credit ({ak}) and elderly person's tax credit ({ouderenkorting}). Together {kortingen} a year.",
    ),
    (
        "trace.kortingen_municipality",
        "The municipality already applies the wage tax credit on your bijstand. So your employer deducts no credit.",
    ),
    ("trace.tax", "You then pay {tax} tax a year."),
    (
        "trace.net_wage",
        "Your net wage is {net} a month. This wage counts for bijstand.",
    ),
    (
        "trace.vrijlating_n",
        "You get the exemption: {rate} of your net wage, at most {cap}. So {vrijlating} of your wage does not count.",
    ),
    (
        "trace.vrijlating_r",
        "You get the single-parent exemption: {rate} of your net wage, at most {cap}. So {vrijlating} of your wage does not count.",
    ),
    (
        "trace.vrijlating_none",
        "You have no exemption. All of your net wage counts.",
    ),
    (
        "trace.vrijlating_under_27",
        "The exemption only applies from age 27. All of your net wage counts.",
    ),
    (
        "trace.vrijlating_no_young_child",
        "The single-parent exemption only applies with a child under 12. All of your net wage counts.",
    ),
    (
        "trace.top_up",
        "The municipality tops up your income to the norm. This is called offsetting (verrekening). Your top-up is {top_up} a month.",
    ),
    (
        "trace.top_up_none",
        "Your wage is enough: it is at least as high as your norm. You do not need a top-up.",
    ),
    (
        "trace.premie_national",
        "With national rules only there is no earnings premium.",
    ),
    (
        "trace.premie_no_work",
        "You have no wage now, so you build up no premium.",
    ),
    (
        "trace.premie_out",
        "You no longer have bijstand, so you get no premium.",
    ),
    (
        "trace.premie",
        "The premium is {rate} of your net wage, at most {cap} a month, minus the exemption. That is {premie} a month. You get {months} months at once: {payment}.",
    ),
    (
        "trace.premie_user_cap",
        "The premium is {rate} of your net wage, at most {cap} a month (the maximum you entered), minus the exemption. That is {premie} a month. You get {months} months at once: {payment}.",
    ),
    (
        "trace.total",
        "Together: wage, top-up and premium. That is {total} a month.",
    ),
    (
        "trace.total_out",
        "Without bijstand your income is your net wage: {total} a month.",
    ),
    (
        "trace.outflow",
        "From {hours} a week ({gross} gross a month) your wage is above the norm. Then bijstand stops.",
    ),
    (
        "trace.outflow_none",
        "At this hourly wage your wage does not rise above the norm.",
    ),
    (
        "trace.premie_cap_point",
        "From {hours} a week the premium is at its highest: {cap} a month.",
    ),
    (
        "trace.better_off",
        "From {hours} a week you have more outside bijstand than {best_inside}, the most you have on bijstand.",
    ),
    (
        "trace.extra_hour",
        "1 extra hour a week changes your total by {gain} a month.",
    ),
    // Month planner steps
    (
        "trace.months.due",
        "For this month you are entitled to {due} in bijstand. That is the norm ({norm}) minus your income ({income}), plus the exemption ({vrijlating}). The municipality keeps a part ({reserved}) aside for the holiday allowance in June.",
    ),
    (
        "trace.months.advance",
        "The municipality first pays an advance of {advance}. It works this out with an estimate of your income: {estimate}.",
    ),
    (
        "trace.months.correction",
        "Later the municipality sees your payslip. The difference between what you were entitled to ({due}) and what you got ({advance}) is {correction}. If that is more than zero, you still get it. If it is less than zero, the municipality takes it off later.",
    ),
];
