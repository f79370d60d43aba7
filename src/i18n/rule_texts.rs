//! The texts of what the rules name: trace steps (`StepKey`, a catalogue in
//! its order: a step without a text does not compile) and parameter ids
//! (`UnconfirmedUse::id`, like `norm.single_21`, which come from the
//! parameter files; `tests/i18n.rs` checks every series in the rules' index
//! has a name here). Dutch and English side by side.

use super::catalogue::{catalogue, packed, Packed};
use super::Lang;
use crate::rules::trace::StepKey;

/// The sentence of a trace step in Dutch and English: one arm per step, so a
/// step without a text does not compile. Placeholders are the step's values,
/// and `{amount}` its result.
pub fn step_texts(key: StepKey) -> (&'static str, &'static str) {
    catalogue!(StepKey, key, {
        StepKey::Annual => (
            "De belasting gaat over een heel jaar. Uw loon per jaar is {annual}.",
            "Tax is over a whole year. Your wage per year is {annual}.",
        ),
        StepKey::BetterOff => (
            "Vanaf {hours} per week heeft u buiten de bijstand meer dan {best_inside}. Dat is het meeste dat u in de bijstand heeft. Toeslagen en de Stadspas rekenen wij niet mee.",
            "From {hours} a week you have more outside bijstand than {best_inside}. That is the most you have on bijstand. We do not include allowances (toeslagen) and the Stadspas.",
        ),
        StepKey::BracketTax => (
            "Belasting over dit jaarloon, nog zonder de kortingen: {bracket_tax}. Dit betaalt u niet echt: de kortingen gaan er nog af.",
            "Tax on this yearly wage, before the tax credits: {bracket_tax}. You do not really pay this: the credits still come off.",
        ),
        StepKey::ExtraHour => (
            "1 uur extra per week verandert uw totaal met {gain} per maand.",
            "1 extra hour a week changes your total by {gain} a month.",
        ),
        StepKey::GrossWage => (
            "Een jaar heeft 52 weken. Gemiddeld per maand werkt u dus {hours} × 52 / 12. Uw brutoloon per maand is dan {gross_base}.",
            "A year has 52 weeks. So on average you work {hours} × 52 / 12 a month. Your gross wage per month is then {gross_base}.",
        ),
        StepKey::HolidayPay => (
            "Daarbij komt {rate} vakantiegeld van uw werk: {holiday_pay}. Samen is dat {gross} bruto per maand.",
            "Add {rate} holiday pay from your work: {holiday_pay}. Together that is {gross} gross a month.",
        ),
        StepKey::Huurtoeslag => (
            "Huurtoeslag. Van uw huur ({rekenhuur}) betaalt u zelf altijd {basishuur}. Over de rest tot {max_huur} krijgt u {subsidy}. Door uw inkomen gaat er {afbouw} af. U krijgt {huurtoeslag} per maand.",
            "Rent allowance (huurtoeslag). Of your rent ({rekenhuur}) you always pay {basishuur} yourself. On the rest up to {max_huur} you get {subsidy}. Your income takes {afbouw} off. You get {huurtoeslag} a month.",
        ),
        StepKey::HuurtoeslagNoRent => (
            "U vulde geen huur in. Daarom rekenen wij geen huurtoeslag.",
            "You did not enter a rent. So we do not count rent allowance (huurtoeslag).",
        ),
        StepKey::HuurtoeslagNormhuur => (
            "Huurtoeslag. Van uw huur ({rekenhuur}) betaalt u zelf {basishuur}. Dat deel is groter als uw inkomen ({toetsingsinkomen}) hoger is. U krijgt {huurtoeslag} per maand.",
            "Rent allowance (huurtoeslag). Of your rent ({rekenhuur}) you pay {basishuur} yourself. That part is larger when your income ({toetsingsinkomen}) is higher. You get {huurtoeslag} a month.",
        ),
        StepKey::HuurtoeslagRentTooHigh => (
            "Uw huur ({rekenhuur}) is hoger dan {max_huur}. Tot en met 2025 is er dan geen huurtoeslag.",
            "Your rent ({rekenhuur}) is above {max_huur}. Up to the end of 2025 there is then no rent allowance (huurtoeslag).",
        ),
        StepKey::HourlyWage => (
            "U vulde zelf dit uurloon in: {wage} bruto.",
            "You entered this hourly wage yourself: {wage} gross.",
        ),
        StepKey::HourlyWageMinimum => (
            "Wij rekenen met het minimumloon: {wage} bruto per uur.",
            "We use the minimum wage: {wage} gross an hour.",
        ),
        StepKey::KindgebondenBudget => (
            "Kindgebonden budget. Aantal kinderen: {children}. Samen is dat {base} per jaar. Door uw inkomen gaat er {reduction} af. U krijgt {kindgebonden_budget} per maand.",
            "Child budget (kindgebonden budget). Number of children: {children}. Together that is {base} a year. Your income takes {reduction} off. You get {kindgebonden_budget} a month.",
        ),
        StepKey::KindgebondenBudgetNone => (
            "Er zijn geen kinderen jonger dan 18. Dan is er geen kindgebonden budget.",
            "There are no children under 18. Then there is no child budget (kindgebonden budget).",
        ),
        StepKey::Kortingen => (
            "Uw werkgever past de loonheffingskorting toe: de algemene heffingskorting ({ahk}) en de arbeidskorting ({ak}). Samen {kortingen} per jaar.",
            "Your employer applies the wage tax credit: the general tax credit ({ahk}) and the employed person's tax credit ({ak}). Together {kortingen} a year.",
        ),
        StepKey::KortingenAow => (
            "Uw werkgever past de loonheffingskorting toe: algemene heffingskorting ({ahk}), arbeidskorting ({ak}) en ouderenkorting ({ouderenkorting}). Samen {kortingen} per jaar.",
            "Your employer applies the wage tax credit: general tax credit ({ahk}), employed person's tax credit ({ak}) and elderly person's tax credit ({ouderenkorting}). Together {kortingen} a year.",
        ),
        StepKey::KortingenMunicipality => (
            "De gemeente past de loonheffingskorting al toe op uw bijstand. Uw werkgever trekt daarom geen korting af.",
            "The municipality already applies the wage tax credit on your bijstand. So your employer deducts no credit.",
        ),
        StepKey::MonthsAdvance => (
            "De gemeente betaalt eerst een voorschot: {advance}. Dat is geld vooruit, op een schatting van uw inkomen ({estimate}).",
            "The municipality first pays an advance (voorschot): {advance}. That is money in advance, on an estimate of your income ({estimate}).",
        ),
        StepKey::MonthsCorrection => (
            "Later ziet de gemeente uw loonstrook. Het verschil tussen uw bijstand ({due}) en het voorschot ({advance}) is {correction}. Is dat meer dan nul, dan krijgt u het nog. Is het minder dan nul, dan kan de gemeente het terugvragen. Meestal haalt zij het van een volgende betaling af.",
            "Later the municipality sees your payslip. The difference between your bijstand ({due}) and the advance ({advance}) is {correction}. If that is more than zero, you still get it. If it is less than zero, the municipality can ask for it back. It usually takes it off a later payment.",
        ),
        StepKey::MonthsDue => (
            "Voor deze maand is uw bijstand {due}. Dat is de norm ({norm}) min uw inkomen ({income}), plus de vrijlating ({vrijlating}). Een deel ({reserved}) houdt de gemeente apart voor het vakantiegeld van de bijstand in juni.",
            "For this month your bijstand is {due}. That is the norm ({norm}) minus your income ({income}), plus the exemption ({vrijlating}). The municipality keeps a part ({reserved}) aside for the holiday allowance of the bijstand in June.",
        ),
        StepKey::NetWage => (
            "Uw nettoloon is {net} per maand. Dit loon telt mee voor de bijstand.",
            "Your net wage is {net} a month. This wage counts for bijstand.",
        ),
        StepKey::Norm => (
            "Uw bijstandsnorm is {norm} per maand. Dat is het bedrag als u geen ander inkomen heeft. Het vakantiegeld van de bijstand zit erin.",
            "Your bijstand norm is {norm} a month. That is the amount if you have no other income. The holiday allowance of the bijstand is included.",
        ),
        StepKey::NormKostendeler => (
            "U woont met anderen van 27 jaar of ouder ({a} personen, met uzelf). Dan geldt de kostendelersnorm: {norm} per maand.",
            "You live with others aged 27 or older ({a} people, with yourself). The cost-sharer norm (kostendelersnorm) applies: {norm} a month.",
        ),
        StepKey::NormKostendelerCouple => (
            "U woont met uw partner en huisgenoten van 27 jaar of ouder ({a} personen). Uw kostendelersnorm samen is {norm} per maand.",
            "You live with your partner and housemates aged 27 or older ({a} people). Your joint cost-sharer norm is {norm} a month.",
        ),
        StepKey::NormKostendelerMixed => (
            "U woont met uw partner en huisgenoten ({a} personen). Uw partner is jonger dan 21. Uw norm samen is {norm} per maand.",
            "You live with your partner and housemates ({a} people). Your partner is under 21. Your joint norm is {norm} a month.",
        ),
        StepKey::PartnerWage => (
            "Uw partner werkt {hours} per week voor {wage} bruto per uur. Met vakantiegeld is dat {gross} bruto per maand, en {net} netto. Dit loon telt mee voor de bijstand.",
            "Your partner works {hours} a week at {wage} gross an hour. With holiday pay that is {gross} gross a month, and {net} net. This wage counts for bijstand.",
        ),
        StepKey::Outflow => (
            "Vanaf {hours} per week ({gross} bruto per maand, met vakantiegeld) is uw loon hoger dan de norm. Dan heeft u geen bijstand meer nodig.",
            "From {hours} a week ({gross} gross a month, with holiday pay) your wage is above the norm. Then you no longer need bijstand.",
        ),
        StepKey::OutflowNone => (
            "Met dit uurloon komt uw loon niet boven de norm.",
            "At this hourly wage your wage does not rise above the norm.",
        ),
        StepKey::Premie => (
            "De bijverdienpremie is {rate} van uw nettoloon, niet meer dan {cap} per maand. Wij trekken de vrijlating er nog af. Zo ging het in het experiment; nu is dat onze aanname. De premie is dan {premie} per maand. U krijgt {months} maanden tegelijk: {payment}. Dit is een schatting. De gemeente beslist.",
            "The earnings bonus (bijverdienpremie) is {rate} of your net wage, no more than {cap} a month. We also take the exemption off it. That is how it worked in the experiment; today it is our assumption. The bonus is then {premie} a month. You get {months} months at once: {payment}. This is an estimate. The municipality decides.",
        ),
        StepKey::PremieCapPoint => (
            "Vanaf {hours} per week groeit de bijverdienpremie niet meer. U krijgt dan het maximum: {cap} per maand.",
            "From {hours} a week the earnings bonus stops growing. You then get the maximum: {cap} a month.",
        ),
        StepKey::PremieNational => (
            "Met alleen de landelijke regels is er geen bijverdienpremie.",
            "With national rules only there is no earnings bonus (bijverdienpremie).",
        ),
        StepKey::PremieNoWork => (
            "U heeft nu geen loon. Daarom bouwt u geen bijverdienpremie op.",
            "You have no wage now, so you build up no earnings bonus (bijverdienpremie).",
        ),
        StepKey::PremieOut => (
            "U heeft geen bijstand meer. Daarom krijgt u geen bijverdienpremie.",
            "You no longer have bijstand, so you get no earnings bonus (bijverdienpremie).",
        ),
        StepKey::PremieUnder27 => (
            "U bent jonger dan 27. Dan geldt de regel voor de premie niet (artikel 31 lid 5). Een premie telt dan als inkomen. Daarom rekenen wij zonder premie.",
            "You are under 27. The rule for the bonus then does not apply (article 31(5)). A bonus would count as income. So we count no bonus.",
        ),
        StepKey::PremieUserCap => (
            "De bijverdienpremie is {rate} van uw nettoloon, niet meer dan {cap} per maand: het maximum dat u invulde. Wij trekken de vrijlating er nog af. Zo ging het in het experiment; nu is dat onze aanname. De premie is dan {premie} per maand. U krijgt {months} maanden tegelijk: {payment}. Dit is een schatting. De gemeente beslist.",
            "The earnings bonus (bijverdienpremie) is {rate} of your net wage, no more than {cap} a month: the maximum you entered. We also take the exemption off it. That is how it worked in the experiment; today it is our assumption. The bonus is then {premie} a month. You get {months} months at once: {payment}. This is an estimate. The municipality decides.",
        ),
        StepKey::Tax => (
            "Na de kortingen betaalt u {tax} belasting per jaar.",
            "After the credits you pay {tax} tax a year.",
        ),
        StepKey::Toetsingsinkomen => (
            "Voor de toeslagen telt uw inkomen per jaar: het toetsingsinkomen. Dat is het brutoloon ({wages}) plus de bijstand, bruto ({bijstand_gross}). Samen is dat {income}. De bijverdienpremie telt niet mee.",
            "For the allowances your yearly income counts: the assessment income (toetsingsinkomen). That is the gross wage ({wages}) plus the bijstand, gross ({bijstand_gross}). Together that is {income}. The earnings bonus does not count.",
        ),
        StepKey::TopUp => (
            "De gemeente haalt uw inkomen van de norm af. Wat overblijft, krijgt u als bijstand: {top_up} per maand.",
            "The municipality takes your income off the norm. What is left, you get as bijstand: {top_up} a month.",
        ),
        StepKey::TopUpNone => (
            "Uw loon is genoeg: het is minstens zo hoog als uw norm. U heeft geen bijstand nodig.",
            "Your wage is enough: it is at least as high as your norm. You do not need bijstand.",
        ),
        StepKey::Total => (
            "Samen: loon, bijstand en bijverdienpremie. Dat is gemiddeld {total} per maand.",
            "Together: wage, bijstand and earnings bonus. That is {total} a month on average.",
        ),
        StepKey::TotalOut => (
            "Zonder bijstand is uw inkomen uw nettoloon: {total} per maand.",
            "Without bijstand your income is your net wage: {total} a month.",
        ),
        StepKey::VrijlatingN => (
            "U krijgt de vrijlating: {rate} van uw nettoloon, niet meer dan {cap}. Daardoor telt {vrijlating} van uw loon niet mee.",
            "You get the exemption (vrijlating): {rate} of your net wage, no more than {cap}. So {vrijlating} of your wage does not count.",
        ),
        StepKey::Vrijlating34a => (
            "Vanaf 2027 geldt de nieuwe wet (artikel 34a). De gemeente telt {rate} van uw nettoloon niet mee, niet meer dan {months} maanden. Er is geen maximumbedrag. Daardoor telt {vrijlating} van uw loon niet mee. De tekst staat in de wet. Dat hij op 1 januari 2027 ingaat, weten wij uit brieven van de minister.",
            "From 2027 the new law applies (article 34a). The municipality does not count {rate} of your net wage, for no more than {months} months. There is no maximum amount. So {vrijlating} of your wage does not count. The text is in the law. That it starts on 1 January 2027 we know from the minister's letters.",
        ),
        StepKey::Vrijlating34aAow => (
            "Vanaf 2027 geldt de nieuwe wet (artikel 34a). Met de AOW-leeftijd telt {rate} van uw nettoloon niet mee, tot {cap} per maand. Daardoor telt {vrijlating} van uw loon niet mee. De tekst staat in de wet. Dat hij op 1 januari 2027 ingaat, weten wij uit brieven van de minister.",
            "From 2027 the new law applies (article 34a). At state pension age {rate} of your net wage does not count, up to {cap} a month. So {vrijlating} of your wage does not count. The text is in the law. That it starts on 1 January 2027 we know from the minister's letters.",
        ),
        StepKey::VrijlatingNoYoungChild => (
            "De vrijlating voor alleenstaande ouders geldt alleen met een kind jonger dan 12. Uw hele nettoloon telt mee.",
            "The single-parent exemption only applies with a child under 12. All of your net wage counts.",
        ),
        StepKey::VrijlatingNone => (
            "U heeft geen vrijlating. Uw hele nettoloon telt mee.",
            "You have no exemption. All of your net wage counts.",
        ),
        StepKey::VrijlatingR => (
            "U krijgt de vrijlating voor alleenstaande ouders: {rate} van uw nettoloon, niet meer dan {cap}. Daardoor telt {vrijlating} van uw loon niet mee.",
            "You get the single-parent exemption: {rate} of your net wage, no more than {cap}. So {vrijlating} of your wage does not count.",
        ),
        StepKey::VrijlatingUnder27 => (
            "De vrijlating geldt pas vanaf 27 jaar. Uw hele nettoloon telt mee.",
            "The exemption only applies from age 27. All of your net wage counts.",
        ),
        StepKey::Zorgtoeslag => (
            "Zorgtoeslag. Uw inkomen per jaar (toetsingsinkomen) is {toetsingsinkomen}. Daarbij hoort een eigen deel van {normpremie} per jaar. De standaardpremie is {standaardpremie}. Wat overblijft, krijgt u: {zorgtoeslag} per maand.",
            "Healthcare allowance (zorgtoeslag). Your income per year (toetsingsinkomen) is {toetsingsinkomen}. Your own share for that is {normpremie} a year. The standard contribution is {standaardpremie}. You get what is left: {zorgtoeslag} a month.",
        ),
    })
}

/// The parameter names: `PARAMS` as a table (for the tests) and packed
/// (what the page reads, `param`), from one list.
macro_rules! params {
    ($(($id:literal, $nl:literal, $en:literal $(,)?),)*) => {
        /// (parameter id, Dutch, English): the names in the list of unconfirmed values.
        pub const PARAMS: &[(&str, &str, &str)] = &[$(($id, $nl, $en),)*];
        const IDS: Packed = packed!($($id,)*);
        const NL: Packed = packed!($($nl,)*);
        const EN: Packed = packed!($($en,)*);
    };
}

params! {
    (
        "norm.single_21",
        "Norm alleenstaande, 21 jaar en ouder",
        "Norm for a single person, 21 and older",
    ),
    (
        "norm.couple_21",
        "Norm getrouwd of samenwonend, 21 jaar en ouder",
        "Norm for a married or cohabiting couple, 21 and older",
    ),
    (
        "norm.single_aow",
        "Norm alleenstaande, AOW-leeftijd",
        "Norm for a single person, state pension age",
    ),
    (
        "norm.couple_aow",
        "Norm getrouwd of samenwonend, AOW-leeftijd",
        "Norm for a married or cohabiting couple, state pension age",
    ),
    (
        "norm.youth_single",
        "Jongerennorm alleenstaande",
        "Youth norm, single",
    ),
    (
        "norm.youth_couple",
        "Jongerennorm getrouwd of samenwonend",
        "Youth norm, married or living together",
    ),
    (
        "norm.youth_couple_children",
        "Jongerennorm getrouwd of samenwonend, met kinderen",
        "Youth norm, married or living together, with children",
    ),
    (
        "norm.mixed_couple",
        "Norm getrouwd of samenwonend, één partner jonger dan 21",
        "Norm for a married or cohabiting couple, one partner under 21",
    ),
    (
        "norm.mixed_couple_children",
        "Norm getrouwd of samenwonend met kinderen, één partner jonger dan 21",
        "Norm for a married or cohabiting couple with children, one partner under 21",
    ),
    (
        "norm.mixed_kostendeler_children_part",
        "Deel van de jongere partner bij kostendelers, met kinderen",
        "Younger partner's part with cost sharers, with children",
    ),
    (
        "vrijlating.n_cap",
        "Maximum vrijlating van 25% per maand",
        "Maximum of the 25% exemption per month",
    ),
    (
        "vrijlating.r_cap",
        "Maximum vrijlating alleenstaande ouder per maand",
        "Maximum of the single-parent exemption per month",
    ),
    (
        "vrijlating.art34a_rate",
        "Vrijlating vanaf 2027 (artikel 34a, onder de AOW-leeftijd)",
        "Exemption from 2027 (article 34a, below state pension age)",
    ),
    (
        "vrijlating.art34a_aow_rate",
        "Vrijlating vanaf 2027 met de AOW-leeftijd (artikel 34a)",
        "Exemption from 2027 at state pension age (article 34a)",
    ),
    (
        "bufferbudget.max_per_year",
        "Bufferbudget vanaf 2027, per kalenderjaar (artikel 34b)",
        "Buffer budget from 2027, per calendar year (article 34b)",
    ),
    (
        "vrijlating.art34a_aow_cap",
        "Maximum vrijlating vanaf 2027 met de AOW-leeftijd, per maand",
        "Maximum exemption from 2027 at state pension age, per month",
    ),
    (
        "premie.amsterdam_rate",
        "Deel van het loon voor de bijverdienpremie",
        "Share of the wage for the earnings bonus (bijverdienpremie)",
    ),
    (
        "premie.amsterdam_cap",
        "Maximum bijverdienpremie Amsterdam per maand, laatst bevestigd tot eind 2023",
        "Maximum Amsterdam earnings bonus (bijverdienpremie) per month, last confirmed up to the end of 2023",
    ),
    (
        "premie.experiment_rate",
        "Deel van het loon voor de bijverdienpremie, experiment",
        "Share of the wage for the earnings bonus, experiment",
    ),
    (
        "premie.experiment_cap",
        "Maximum bijverdienpremie, experiment",
        "Maximum earnings bonus, experiment",
    ),
    (
        "premie.j_year_max",
        "Wettelijk maximum van een premie per kalenderjaar (artikel 31 lid 2 onder j)",
        "Legal maximum of a bonus per calendar year (article 31(2)(j))",
    ),
    (
        "premie.cap_lowered_to_j",
        "Uw maximum is hoger dan 1/12 van het wettelijke maximum per jaar (artikel 31 lid 2 onder j). Wij rekenen per maand met",
        "Your maximum is above 1/12 of the legal yearly maximum (article 31(2)(j)). Per month we use",
    ),
    (
        "premie.under_27",
        "Bijverdienpremie onder 27 jaar: u koos ‘toch rekenen’, maximum",
        "Earnings bonus under 27: you chose to include it, maximum",
    ),
    (
        "stadspas.income_share",
        "Stadspas: netto-inkomen tot 130% van de bijstandsnorm (onze lezing)",
        "Stadspas: net income up to 130% of the bijstand norm (our reading)",
    ),
    (
        "uitstroompremie.min",
        "Uitstroompremie Amsterdam, laagste bedrag",
        "Amsterdam bonus for leaving bijstand, lowest amount",
    ),
    (
        "uitstroompremie.max",
        "Uitstroompremie Amsterdam, hoogste bedrag",
        "Amsterdam bonus for leaving bijstand, highest amount",
    ),
    (
        "premie.per_household",
        "Bijverdienpremie voor het gezin samen, met één maximum (onze aanname)",
        "Earnings bonus for the household together, with one maximum (our assumption)",
    ),
    (
        "premie.j_min_age",
        "Bijverdienpremie vanaf 2027 ook onder 27 jaar (nieuwe wet), vanaf leeftijd",
        "Earnings bonus from 2027 also under 27 (new law), from age",
    ),
    (
        "tax.regular",
        "Belastingtarief eerste schijf",
        "Tax rate, first bracket",
    ),
    (
        "tax.aow",
        "Belasting en kortingen bij AOW-leeftijd, tarief eerste schijf",
        "Tax and credits at state pension age, first bracket rate",
    ),
    (
        "wml.hourly_21",
        "Minimumloon per uur, 21 jaar en ouder",
        "Minimum wage per hour, 21 and older",
    ),
    (
        "bijstand.holiday_allowance_rate",
        "Deel van de bijstand dat apart blijft voor het vakantiegeld van de bijstand",
        "Share of bijstand kept aside for the holiday allowance of the bijstand",
    ),
    (
        "bijstand.holiday_allowance_payout",
        "Maand waarin het vakantiegeld van de bijstand komt",
        "Month the bijstand holiday allowance is paid",
    ),
    (
        "months.rules_after_last_date",
        "Maanden na onze laatste bedragen (wij gebruiken de laatste bedragen)",
        "Months after our latest amounts (we use the latest amounts)",
    ),
    (
        "premie.payout_months",
        "Maanden waarin de bijverdienpremie wordt betaald",
        "Months in which the earnings bonus is paid",
    ),
    (
        "wage.holiday_pay_payout",
        "Maand waarin het vakantiegeld van uw werk komt",
        "Month your holiday pay from work is paid",
    ),
    (
        "zorgtoeslag.standaardpremie",
        "Standaardpremie van de zorgtoeslag, per jaar",
        "Standard contribution of the healthcare allowance, per year",
    ),
    (
        "zorgtoeslag.drempel_share_single",
        "Zorgtoeslag: deel van het drempelinkomen, zonder partner",
        "Healthcare allowance: share of the threshold income, without a partner",
    ),
    (
        "zorgtoeslag.drempel_share_partner",
        "Zorgtoeslag: deel van het drempelinkomen, met partner",
        "Healthcare allowance: share of the threshold income, with a partner",
    ),
    (
        "zorgtoeslag.income_share",
        "Zorgtoeslag: deel van het inkomen boven het drempelinkomen",
        "Healthcare allowance: share of the income above the threshold income",
    ),
    (
        "toeslagen.drempelinkomen",
        "Drempelinkomen voor de toeslagen, per jaar",
        "Threshold income for the allowances, per year",
    ),
    (
        "toeslagen.minimum_per_year",
        "Kleinste toeslag die wordt betaald, per jaar",
        "Smallest allowance that is paid, per year",
    ),
    (
        "kgb.per_child",
        "Kindgebonden budget per kind, per jaar",
        "Child budget per child, per year",
    ),
    (
        "kgb.age_12_15",
        "Kindgebonden budget: extra voor een kind van 12 tot en met 15",
        "Child budget: extra for a child aged 12 to 15",
    ),
    (
        "kgb.age_16_17",
        "Kindgebonden budget: extra voor een kind van 16 of 17",
        "Child budget: extra for a child aged 16 or 17",
    ),
    (
        "kgb.alo_kop",
        "Kindgebonden budget: extra voor een ouder zonder partner",
        "Child budget: extra for a parent without a partner",
    ),
    (
        "kgb.afbouw",
        "Kindgebonden budget: deel van het inkomen boven de grens dat eraf gaat",
        "Child budget: share of the income above the limit that comes off",
    ),
    (
        "kgb.partner_opslag",
        "Kindgebonden budget: hogere inkomensgrens met een partner",
        "Child budget: higher income limit with a partner",
    ),
    (
        "huurtoeslag.max_huur",
        "Huurtoeslag: hoogste huur die meetelt",
        "Rent allowance: highest rent that counts",
    ),
    (
        "huurtoeslag.max_huur_young",
        "Huurtoeslag: hoogste huur die meetelt, voor jongeren",
        "Rent allowance: highest rent that counts, for young people",
    ),
    (
        "huurtoeslag.young_age",
        "Huurtoeslag: leeftijd vanaf wanneer de hogere huurgrens geldt",
        "Rent allowance: age from which the higher rent limit applies",
    ),
    (
        "huurtoeslag.kwaliteitskortingsgrens",
        "Huurtoeslag: eerste huurgrens (kwaliteitskortingsgrens)",
        "Rent allowance: first rent limit (kwaliteitskortingsgrens)",
    ),
    (
        "huurtoeslag.aftoppingsgrens_small",
        "Huurtoeslag: tweede huurgrens (aftoppingsgrens), 1 of 2 personen",
        "Rent allowance: second rent limit (aftoppingsgrens), 1 or 2 people",
    ),
    (
        "huurtoeslag.aftoppingsgrens_large",
        "Huurtoeslag: tweede huurgrens (aftoppingsgrens), 3 of meer personen",
        "Rent allowance: second rent limit (aftoppingsgrens), 3 or more people",
    ),
    (
        "huurtoeslag.normhuur_min",
        "Huurtoeslag: normhuur bij een laag inkomen",
        "Rent allowance: standard rent (normhuur) at a low income",
    ),
    (
        "huurtoeslag.normhuur_min_korting_single",
        "Huurtoeslag: verlaging van de normhuur, 1 persoon",
        "Rent allowance: lowering of the standard rent, 1 person",
    ),
    (
        "huurtoeslag.normhuur_min_korting_multi",
        "Huurtoeslag: verlaging van de normhuur, meer personen",
        "Rent allowance: lowering of the standard rent, more people",
    ),
    (
        "huurtoeslag.basishuur_opslag",
        "Huurtoeslag: bedrag bovenop de normhuur (basishuur)",
        "Rent allowance: amount on top of the standard rent (basishuur)",
    ),
    (
        "huurtoeslag.share_middle",
        "Huurtoeslag: deel van de huur tussen de twee huurgrenzen dat u krijgt",
        "Rent allowance: share of the rent between the two rent limits that you get",
    ),
    (
        "huurtoeslag.share_top_single",
        "Huurtoeslag: deel van de huur boven de tweede huurgrens, 1 persoon of AOW",
        "Rent allowance: share of the rent above the second rent limit, 1 person or state pension age",
    ),
    (
        "huurtoeslag.share_top_multi",
        "Huurtoeslag: deel van de huur boven de tweede huurgrens, meer personen",
        "Rent allowance: share of the rent above the second rent limit, more people",
    ),
    (
        "huurtoeslag.ijkpunt_single",
        "Huurtoeslag: inkomen waarboven de toeslag daalt, 1 persoon",
        "Rent allowance: income above which the allowance falls, 1 person",
    ),
    (
        "huurtoeslag.ijkpunt_multi",
        "Huurtoeslag: inkomen waarboven de toeslag daalt, meer personen",
        "Rent allowance: income above which the allowance falls, more people",
    ),
    (
        "huurtoeslag.ref_ijkpunt_single",
        "Huurtoeslag tot 2026: tweede inkomenspunt voor de normhuur, 1 persoon",
        "Rent allowance until 2026: second income point for the standard rent, 1 person",
    ),
    (
        "huurtoeslag.ref_ijkpunt_multi",
        "Huurtoeslag tot 2026: tweede inkomenspunt voor de normhuur, meer personen",
        "Rent allowance until 2026: second income point for the standard rent, more people",
    ),
    (
        "huurtoeslag.normhuur_ref",
        "Huurtoeslag tot 2026: normhuur bij het tweede inkomenspunt",
        "Rent allowance until 2026: standard rent at the second income point",
    ),
    (
        "huurtoeslag.normhuur_ref_korting_single",
        "Huurtoeslag tot 2026: verlaging van die normhuur, 1 persoon",
        "Rent allowance until 2026: lowering of that standard rent, 1 person",
    ),
    (
        "huurtoeslag.normhuur_ref_korting_multi",
        "Huurtoeslag tot 2026: verlaging van die normhuur, meer personen",
        "Rent allowance until 2026: lowering of that standard rent, more people",
    ),
    (
        "huurtoeslag.afbouw_single",
        "Huurtoeslag vanaf 2026: deel van het inkomen boven de grens dat eraf gaat, 1 persoon",
        "Rent allowance from 2026: share of the income above the limit that comes off, 1 person",
    ),
    (
        "huurtoeslag.afbouw_multi",
        "Huurtoeslag vanaf 2026: deel van het inkomen boven de grens dat eraf gaat, meer personen",
        "Rent allowance from 2026: share of the income above the limit that comes off, more people",
    ),
}

/// The sentence template of a trace step.
pub fn step(lang: Lang, key: StepKey) -> &'static str {
    let (nl, en) = step_texts(key);
    match lang {
        Lang::Nl => nl,
        Lang::En => en,
    }
}

/// The name of a parameter series, if we have one.
pub fn param(lang: Lang, id: &str) -> Option<&'static str> {
    let i = IDS.position(id)?;
    Some(match lang {
        Lang::Nl => NL.get(i),
        Lang::En => EN.get(i),
    })
}
