//! Nederlands, taalniveau B1: korte zinnen, gewone woorden, "u".

use super::Catalogue;

pub static MESSAGES: Catalogue = &[
    // The page
    ("app.title", "Loont meer werken?"),
    ("app.doc_title", "Loont meer werken? Rekenhulp bijverdienen"),
    (
        "app.subtitle",
        "Rekenhulp voor bijverdienen in de bijstand in Amsterdam. Alles wat u invult, blijft op uw apparaat.",
    ),
    ("app.skip", "Naar de uitkomst"),
    ("app.no_result", "Vul uw gegevens in. Dan ziet u hier de uitkomst."),
    (
        "app.stale",
        "Er klopt iets niet in de invoer. U ziet nog de uitkomst van uw vorige invoer.",
    ),
    ("lang.switch", "English"),
    ("lang.switch_label", "Switch to English"),
    ("lang.other_code", "en"),
    // Inputs
    ("inputs.heading", "Uw situatie"),
    ("inputs.scheme_heading", "Uw regeling"),
    ("inputs.more", "Meer instellingen"),
    ("field.hours", "Uren werk per week"),
    (
        "field.hours_hint",
        "Bijvoorbeeld 12 of 12,5. U kunt ook de schuif of de grafiek gebruiken.",
    ),
    ("field.hours_range", "Uren per week, met de schuif"),
    ("field.wage", "Bruto uurloon"),
    ("field.wage_placeholder", "minimumloon {min}"),
    (
        "field.wage_hint_min",
        "Leeg laten is het minimumloon voor uw leeftijd: {min} per uur.",
    ),
    (
        "field.wage_hint",
        "Leeg laten is het minimumloon voor uw leeftijd.",
    ),
    ("field.household", "Uw huishouden"),
    ("household.single", "Alleenstaand"),
    ("household.single_parent", "Alleenstaande ouder"),
    ("household.couple", "Getrouwd of samenwonend"),
    ("field.housemates", "Huisgenoten van 27 jaar of ouder"),
    (
        "field.housemates_hint",
        "Mensen die bij u wonen, maar niet uw partner. Twijfelt u? Vraag het uw klantmanager.",
    ),
    ("field.age", "Uw leeftijd"),
    ("age.18-20", "18, 19 of 20 jaar"),
    ("age.21-aow", "21 jaar tot de AOW-leeftijd"),
    ("age.aow", "AOW-leeftijd of ouder"),
    ("field.date", "Datum van de berekening"),
    (
        "field.date_hint",
        "Wij gebruiken de bedragen die op deze datum gelden.",
    ),
    ("field.korting_by", "Wie past de loonheffingskorting toe?"),
    ("korting.employer", "Mijn werkgever"),
    ("korting.municipality", "De gemeente, bij de bijstand"),
    (
        "field.korting_hint",
        "Meestal is dat de werkgever. Kijk op uw loonstrook of vraag het na.",
    ),
    ("field.scheme", "Regels voor de premie"),
    ("scheme.amsterdam", "Amsterdam: bijverdienpremie"),
    (
        "scheme.experiment",
        "Experiment 2018–2021: 50%, hoogstens € 200 (wat als)",
    ),
    ("scheme.national", "Alleen de landelijke regels: geen premie"),
    ("field.vrijlating_n", "Ik krijg de vrijlating van 25%"),
    (
        "field.vrijlating_n_hint",
        "Dit staat in uw brief van de gemeente. Het geldt vanaf 27 jaar, hoogstens 6 maanden.",
    ),
    (
        "field.vrijlating_r",
        "Ik krijg de vrijlating voor alleenstaande ouders (12,5%)",
    ),
    (
        "field.vrijlating_r_hint",
        "Voor een alleenstaande ouder met een kind jonger dan 12. Het komt na de 6 maanden van de 25%.",
    ),
    ("field.premie_cap", "Hoogste premie per maand, als u die weet"),
    (
        "field.premie_cap_hint",
        "Leeg laten: wij rekenen met {cap}. Dat bedrag is niet bevestigd.",
    ),
    ("field.premie_cap_hint_plain", "Leeg laten: wij rekenen met ons eigen bedrag."),
    ("field.age_years", "Uw leeftijd in jaren (mag leeg)"),
    (
        "field.age_years_hint",
        "Voor het minimumloon van jongeren en de grens van 27 jaar.",
    ),
    ("field.partner_age", "Leeftijd van uw partner"),
    ("partner.same", "Zelfde groep als ik"),
    ("field.children", "Er wonen kinderen bij ons"),
    ("field.youngest_child_age", "Leeftijd van het jongste kind (mag leeg)"),
    // Input errors (InputError::key)
    ("input.empty", "Vul hier een getal in."),
    (
        "input.not_a_number",
        "Dit is geen getal. Schrijf bijvoorbeeld 12 of 12,5.",
    ),
    ("input.negative", "Een getal onder nul kan hier niet."),
    ("input.too_large", "Dit getal is te groot."),
    ("input.too_many_decimals", "Gebruik minder cijfers na de komma."),
    ("input.bad_date", "Dit is geen datum. Kies een datum."),
    ("input.unknown_choice", "Kies een van de mogelijkheden."),
    ("input.unknown_key", "Dit veld kennen wij niet."),
    ("input.not_yes_no", "Kies ja of nee."),
    // Rule errors (RuleError::key)
    (
        "error.date_too_early",
        "Voor datums vóór {first} hebben wij geen bedragen. Kies een latere datum.",
    ),
    ("error.hours_range", "Vul een aantal uren in van 0 tot 168."),
    ("error.wage_range", "Vul een uurloon in van € 0 tot € 1.000."),
    ("error.housemates_range", "Vul een aantal in van 0 tot 20."),
    (
        "error.age_mismatch",
        "Deze leeftijd past niet bij de gekozen leeftijdsgroep.",
    ),
    ("error.child_age_range", "Vul een leeftijd in van 0 tot en met 17."),
    ("error.premie_cap_range", "Vul een bedrag in van € 0 tot € 2.000."),
    (
        "error.missing_parameter",
        "Voor deze datum missen wij een bedrag. Kies een andere datum.",
    ),
    // Month planner errors (MonthsError::key)
    (
        "error.months_none",
        "Vul minstens één maand in.",
    ),
    (
        "error.months_too_many",
        "U kunt hoogstens {max} maanden invullen.",
    ),
    (
        "error.months_not_consecutive",
        "{month} sluit niet aan op de maand ervoor. Vul de maanden op volgorde in, zonder gaten.",
    ),
    (
        "error.months_too_early",
        "Begin in {first} of later. Voor eerdere maanden hebben wij geen bedragen.",
    ),
    (
        "error.months_hours_range",
        "{month}: vul een aantal uren in van 0 tot 168 per week.",
    ),
    (
        "error.months_wage_range",
        "{month}: vul een brutoloon in van € 0 tot € 100.000 per maand.",
    ),
    (
        "error.months_lag_range",
        "Vul een aantal maanden in van 0 tot en met {max}.",
    ),
    (
        "error.months_pay_lag_four_weekly",
        "Krijgt u elke vier weken loon? Vul dan de eerste betaaldag in, niet het aantal maanden.",
    ),
    (
        "error.months_first_payday",
        "De eerste betaaldag is alleen voor loon per vier weken. Kies een dag van 1 tot en met 28 van de eerste maand.",
    ),
    // The answer
    ("answer.heading", "Uw uitkomst"),
    (
        "answer.sentence",
        "Met {hours} werk per week heeft u ongeveer {total} per maand.",
    ),
    (
        "answer.sentence_zero",
        "Zonder betaald werk heeft u ongeveer {total} per maand.",
    ),
    (
        "answer.out_of_bijstand",
        "Met zoveel uren heeft u geen bijstand meer nodig. Uw loon is dan genoeg.",
    ),
    ("breakdown.heading", "Zo is dat opgebouwd, per maand"),
    ("breakdown.net_wage", "Uw loon (netto)"),
    ("breakdown.top_up", "Aanvulling van de gemeente (bijstand)"),
    ("breakdown.premie", "Bijverdienpremie die u opbouwt"),
    ("breakdown.total", "Totaal per maand"),
    (
        "breakdown.premie_payment",
        "De premie krijgt u twee keer per jaar, in juni en november. In {month} krijgt u ongeveer {amount}.",
    ),
    (
        "breakdown.premie_payment_none",
        "U bouwt nu geen premie op. De premie wordt betaald in juni en november.",
    ),
    (
        "breakdown.premie_national",
        "Met alleen de landelijke regels is er geen bijverdienpremie.",
    ),
    (
        "breakdown.net_out",
        "Buiten de bijstand past uw werkgever de loonheffingskorting toe. Uw nettoloon is dan {net}.",
    ),
    ("extra.heading", "Wat levert 1 uur extra per week op?"),
    (
        "extra.gain",
        "Met 1 uur extra per week heeft u ongeveer {gain} per maand meer.",
    ),
    (
        "extra.keep",
        "Van elke euro die u bruto extra verdient, houdt u ongeveer {cents} cent.",
    ),
    (
        "extra.plateau",
        "Met 1 uur extra per week blijft uw totaal nu gelijk. De gemeente trekt het extra loon af van de aanvulling. Werk geeft u wel meer: ervaring, contacten en een stap naar meer uren.",
    ),
    (
        "extra.loss",
        "Met 1 uur extra per week heeft u ongeveer {loss} per maand minder. Dan stopt namelijk uw bijstand, en daarmee de premie. Hieronder ziet u vanaf hoeveel uur meer werken wel loont.",
    ),
    ("estimate", "Dit is een schatting. De gemeente beslist."),
    (
        "estimate.report",
        "Geef veranderingen in uw inkomen door aan de gemeente en lever uw loonstroken in. Heeft u vragen? Vraag het uw klantmanager of inkomensconsulent, of ga naar het Sociaal Loket.",
    ),
    // Thresholds
    ("thresholds.heading", "Belangrijke grenzen"),
    (
        "thresholds.premie_cap",
        "Vanaf {hours} per week groeit de premie niet meer. U krijgt dan het maximum: {cap} per maand.",
    ),
    (
        "thresholds.premie_cap_none",
        "De premie groeit mee met uw loon, tot uw bijstand stopt.",
    ),
    (
        "thresholds.premie_none",
        "Met alleen de landelijke regels is er geen bijverdienpremie.",
    ),
    (
        "thresholds.outflow",
        "Vanaf {hours} per week ({gross} bruto per maand) heeft u geen aanvulling meer nodig. Dan stopt uw bijstand.",
    ),
    (
        "thresholds.outflow_stops",
        "Dan stoppen ook de aanvulling van de gemeente en de bijverdienpremie.",
    ),
    (
        "thresholds.outflow_stops_no_premie",
        "Dan stopt ook de aanvulling van de gemeente.",
    ),
    (
        "thresholds.outflow_other",
        "Ook toeslagen en de Stadspas kunnen dan veranderen. Die rekenen wij nog niet mee.",
    ),
    (
        "thresholds.outflow_none",
        "Met dit uurloon houdt u een aanvulling, ook als u veel uren werkt.",
    ),
    (
        "thresholds.better_off",
        "Vanaf {hours} per week heeft u buiten de bijstand meer dan het meeste dat u in de bijstand heeft ({best} per maand).",
    ),
    (
        "thresholds.better_off_none",
        "Met dit uurloon heeft u buiten de bijstand niet meer dan in de bijstand.",
    ),
    // Chart
    ("chart.heading", "Uw inkomen per maand bij 0 tot 40 uur werk per week"),
    (
        "chart.help",
        "Tik of sleep in de grafiek om het aantal uren te kiezen.",
    ),
    ("chart.legend_wage", "Loon (netto)"),
    ("chart.legend_top_up", "Aanvulling"),
    ("chart.legend_premie", "Premie"),
    ("chart.axis_hours", "uur per week"),
    ("chart.axis_money", "per maand"),
    ("chart.marker_hours", "U"),
    ("chart.marker_outflow", "Bijstand stopt"),
    ("chart.marker_premie_cap", "Premie maximaal"),
    ("chart.marker_better_off", "Loont buiten bijstand"),
    (
        "chart.summary",
        "Zonder werk heeft u {at0} per maand, met 20 uur per week {at20} en met 40 uur {at40}.",
    ),
    ("chart.summary_outflow", "Vanaf {hours} per week stopt de bijstand."),
    ("chart.table", "De cijfers als tabel"),
    ("chart.table_caption", "Inkomen per maand bij hele uren per week"),
    ("table.hours", "Uur per week"),
    ("table.net", "Loon (netto)"),
    ("table.top_up", "Aanvulling"),
    ("table.premie", "Premie"),
    ("table.total", "Totaal"),
    // Explanation
    ("explain.heading", "Hoe rekenen we dit uit?"),
    (
        "explain.intro",
        "Hier staat elke stap, met uw eigen getallen en de regel waar het op staat.",
    ),
    ("explain.source", "Bron"),
    (
        "explain.date",
        "Deze berekening is voor {date}. Wij gebruiken de regels en bedragen die gelden vanaf {from}.",
    ),
    ("notice.heading", "Let op: nieuwe regels en bedragen"),
    (
        "notice.carried_forward",
        "De bedragen voor {year} zijn nog niet verwerkt. Wij rekenen met de bedragen van {from}.",
    ),
    (
        "notice.change",
        "Vanaf {date} veranderen de regels voor werken naast de bijstand. Wat verandert er?",
    ),
    (
        "notice.change_points",
        "Uw loon telt mee in de maand waarin u het krijgt.|De gemeente verrekent uw loon vanzelf, met de gegevens van uw werkgever.|Wisselt uw inkomen sterk? Dan kan de gemeente u helpen met een bufferbudget, tot € 1.000 per jaar.|Mensen onder 27 jaar mogen meer van hun loon houden.",
    ),
    (
        "notice.change_calculator",
        "Deze rekenhulp rekent nog met de regels van nu. De nieuwe regels rekenen wij nog niet mee. Dit is dus een schatting. Vraag uw klantmanager wat er voor u verandert.",
    ),
    ("unconfirmed.heading", "Let op: niet bevestigde bedragen"),
    (
        "unconfirmed.intro",
        "Deze bedragen konden wij niet controleren in een officiële bron. Het echte bedrag kan anders zijn.",
    ),
    ("unconfirmed.item", "{name}: {value} (vanaf {from})"),
    (
        "unconfirmed.none",
        "Alle bedragen in deze berekening komen uit een bevestigde bron.",
    ),
    ("limits.heading", "Wat rekenen we niet mee?"),
    (
        "limits.months",
        "Wij rekenen met een gemiddelde maand. Echte maanden verschillen: soms 4, soms 5 weken. Het vakantiegeld van uw werk krijgt u meestal in mei, het vakantiegeld van de bijstand in juni. De premie komt in juni en november.",
    ),
    (
        "limits.timing",
        "De gemeente verrekent uw loon vaak een maand later, als uw loonstrook binnen is. Daardoor kan een bedrag later worden gecorrigeerd.",
    ),
    (
        "limits.premie_base",
        "Wij rekenen de premie over uw nettoloon. Het maximum van de Amsterdamse premie na 2023 is niet bevestigd. Of de premie ook geldt onder 27 jaar, is ook niet bevestigd.",
    ),
    (
        "limits.vrijlating",
        "De vrijlating duurt maar een tijd: de 25% hoogstens 6 maanden, die voor alleenstaande ouders hoogstens 30 maanden. Wij rekenen alsof u hem deze maand heeft.",
    ),
    (
        "limits.other_income",
        "Wij rekenen niet met vermogen, alimentatie, andere uitkeringen, eigen bedrijf van een partner of kinderbijslag.",
    ),
    (
        "limits.toeslagen",
        "Toeslagen (zorgtoeslag, huurtoeslag, kindgebonden budget) en de waarde van de Stadspas rekenen wij nog niet mee. Die kunnen veranderen als u meer gaat verdienen.",
    ),
    (
        "limits.tax",
        "Wij rekenen de belasting uit over een heel jaar. Op een echte loonstrook gebruikt de werkgever tabellen. Dat kan een paar euro per maand schelen.",
    ),
    (
        "limits.couple",
        "Bij een stel rekenen wij met het werk van één persoon.",
    ),
    (
        "limits.leaving",
        "Buiten de bijstand nemen wij aan dat uw werkgever de loonheffingskorting toepast.",
    ),
    (
        "limits.aow",
        "Voor mensen met AOW-leeftijd is de belasting een benadering.",
    ),
    ("ask.heading", "Waar kunt u terecht?"),
    (
        "ask.text",
        "Uw klantmanager of inkomensconsulent kan uw situatie precies bekijken. U kunt ook naar het Sociaal Loket. Geef veranderingen in uw inkomen altijd door.",
    ),
    // Glossary
    ("glossary.heading", "Woordenlijst"),
    (
        "glossary.intro",
        "Deze woorden ziet u in brieven van de gemeente.",
    ),
    ("glossary.norm.term", "Norm (bijstandsnorm)"),
    (
        "glossary.norm.text",
        "Het bedrag per maand waar u recht op heeft als u geen ander inkomen heeft. De hoogte hangt af van uw leeftijd en met wie u woont.",
    ),
    ("glossary.aanvulling.term", "Aanvulling"),
    (
        "glossary.aanvulling.text",
        "De bijstand die u krijgt als u werkt. De gemeente vult uw loon aan tot de norm.",
    ),
    ("glossary.verrekening.term", "Verrekening"),
    (
        "glossary.verrekening.text",
        "De gemeente trekt uw loon af van de bijstand. Dat heet verrekenen. Verdient u meer, dan krijgt u minder aanvulling.",
    ),
    ("glossary.vrijlating.term", "Vrijlating"),
    (
        "glossary.vrijlating.text",
        "Een deel van uw loon dat de gemeente niet verrekent. U houdt dat deel dus zelf. Dit geldt maar een tijd.",
    ),
    ("glossary.kostendeler.term", "Kostendeler"),
    (
        "glossary.kostendeler.text",
        "Iemand van 27 jaar of ouder die bij u woont en niet uw partner is. U kunt dan kosten delen. Daarom is uw norm lager.",
    ),
    ("glossary.uitstroom.term", "Uitstroom"),
    (
        "glossary.uitstroom.text",
        "U stopt met de bijstand, omdat uw inkomen hoog genoeg is.",
    ),
    ("glossary.specificatie.term", "Specificatie"),
    (
        "glossary.specificatie.text",
        "Het overzicht bij uw betaling. Daarop staat hoe de gemeente uw bijstand heeft uitgerekend: uw norm, uw loon en wat is verrekend.",
    ),
    ("glossary.bijverdienpremie.term", "Bijverdienpremie"),
    (
        "glossary.bijverdienpremie.text",
        "Extra geld van de gemeente Amsterdam als u werkt en bijstand heeft. U bouwt het elke maand op. U krijgt het twee keer per jaar: in juni en in november.",
    ),
    ("glossary.loonheffingskorting.term", "Loonheffingskorting"),
    (
        "glossary.loonheffingskorting.text",
        "Korting op de belasting over uw loon. Maar één werkgever of uitkering mag die korting toepassen. Anders betaalt u achteraf belasting terug.",
    ),
    // Share and print
    ("share.heading", "Bewaren of delen"),
    ("share.copy", "Kopieer link"),
    ("share.copied", "De link is gekopieerd."),
    (
        "share.fallback",
        "Kopiëren lukte niet. Selecteer de link hieronder en kopieer hem zelf.",
    ),
    ("share.link_label", "Link naar deze berekening"),
    (
        "share.privacy",
        "De link bevat wat u hebt ingevuld. Er wordt niets verstuurd, niet naar ons en niet naar de gemeente.",
    ),
    ("share.print", "Afdrukken"),
    ("privacy.heading", "Uw privacy"),
    ("privacy.text", "Alles wat u invult, blijft op uw apparaat. De rekenhulp stuurt niets naar ons of naar de gemeente. Wij bewaren niets, behalve als u hieronder ‘Onthoud’ aanvinkt."),
    ("privacy.remember", "Onthoud mijn invoer op dit apparaat"),
    ("privacy.remember_hint", "Handig op uw eigen telefoon. Doe het niet op een computer die u met anderen deelt."),
    ("privacy.clear", "Alles wissen"),
    ("privacy.clear_hint", "Wist uw invoer, de link en wat is onthouden. Doe dit als u klaar bent op een gedeelde computer."),
    ("privacy.cleared", "Alles is gewist."),
    ("print.inputs", "Uw invoer"),
    ("print.yes", "ja"),
    ("print.no", "nee"),
    ("print.made", "Gemaakt met de Rekenhulp bijverdienen."),
    // Parameters (for the list of unconfirmed values)
    ("param.norm.single_21", "Norm alleenstaande, 21 jaar en ouder"),
    ("param.norm.couple_21", "Norm gehuwden, 21 jaar en ouder"),
    ("param.norm.single_aow", "Norm alleenstaande, AOW-leeftijd"),
    ("param.norm.couple_aow", "Norm gehuwden, AOW-leeftijd"),
    ("param.norm.youth_single", "Jongerennorm alleenstaande"),
    ("param.norm.youth_couple", "Jongerennorm gehuwden"),
    (
        "param.norm.youth_couple_children",
        "Jongerennorm gehuwden met kinderen",
    ),
    ("param.norm.mixed_couple", "Norm gehuwden, één partner jonger dan 21"),
    (
        "param.norm.mixed_couple_children",
        "Norm gehuwden met kinderen, één partner jonger dan 21",
    ),
    (
        "param.norm.mixed_kostendeler_children_part",
        "Deel van de jongere partner bij kostendelers, met kinderen",
    ),
    ("param.vrijlating.n_cap", "Maximum vrijlating van 25% per maand"),
    (
        "param.vrijlating.r_cap",
        "Maximum vrijlating alleenstaande ouder per maand",
    ),
    ("param.premie.amsterdam_rate", "Deel van het loon voor de premie"),
    ("param.premie.amsterdam_cap", "Maximum bijverdienpremie Amsterdam per maand"),
    ("param.premie.experiment_rate", "Deel van het loon, experiment"),
    ("param.premie.experiment_cap", "Maximum premie, experiment"),
    (
        "param.premie.under_27",
        "Premie ook onder 27 jaar (wij nemen aan van wel), maximum",
    ),
    ("param.tax.regular", "Belastingtarief eerste schijf"),
    ("param.tax.aow", "Belasting en kortingen bij AOW-leeftijd, tarief eerste schijf"),
    ("param.wml.hourly_21", "Minimumloon per uur, 21 jaar en ouder"),
    (
        "param.bijstand.holiday_allowance_rate",
        "Deel van de bijstand dat apart blijft voor het vakantiegeld",
    ),
    (
        "param.bijstand.holiday_allowance_payout",
        "Maand waarin het vakantiegeld van de bijstand komt",
    ),
    (
        "param.months.rules_after_last_date",
        "Maanden na onze laatste bedragen (wij gebruiken de laatste bedragen)",
    ),
    (
        "param.premie.payout_months",
        "Maanden waarin de premie wordt betaald",
    ),
    (
        "param.wage.holiday_pay_payout",
        "Maand waarin het vakantiegeld van uw werk komt",
    ),
    // Dates
    ("date.long", "{day} {month} {year}"),
    ("month.1", "januari"),
    ("month.2", "februari"),
    ("month.3", "maart"),
    ("month.4", "april"),
    ("month.5", "mei"),
    ("month.6", "juni"),
    ("month.7", "juli"),
    ("month.8", "augustus"),
    ("month.9", "september"),
    ("month.10", "oktober"),
    ("month.11", "november"),
    ("month.12", "december"),
    // Trace steps (Step::key); placeholders are the step's values
    (
        "trace.norm",
        "Uw bijstandsnorm is {norm} per maand. Dat is wat u krijgt als u geen ander inkomen heeft.",
    ),
    (
        "trace.norm_kostendeler",
        "U woont met anderen van 27 jaar of ouder ({a} personen). Dan geldt de kostendelersnorm: {norm} per maand.",
    ),
    (
        "trace.norm_kostendeler_couple",
        "U woont met uw partner en huisgenoten van 27 jaar of ouder ({a} personen). Uw kostendelersnorm samen is {norm} per maand.",
    ),
    (
        "trace.norm_kostendeler_mixed",
        "U woont met uw partner en huisgenoten ({a} personen). Uw partner is jonger dan 21. Uw norm samen is {norm} per maand.",
    ),
    (
        "trace.hourly_wage_minimum",
        "Wij rekenen met het minimumloon: {wage} bruto per uur.",
    ),
    ("trace.hourly_wage", "Uw uurloon is {wage} bruto."),
    (
        "trace.gross_wage",
        "Een jaar heeft 52 weken. Gemiddeld per maand werkt u dus {hours} × 52 / 12. Uw brutoloon per maand is dan {gross_base}.",
    ),
    (
        "trace.holiday_pay",
        "Daarbij komt {rate} vakantiegeld: {holiday_pay}. Samen is dat {gross} bruto per maand.",
    ),
    (
        "trace.annual",
        "De belasting gaat over een heel jaar. Uw loon per jaar is {annual}.",
    ),
    (
        "trace.bracket_tax",
        "Belasting over dit jaarloon, vóór de kortingen: {bracket_tax}.",
    ),
    (
        "trace.kortingen",
        "Uw werkgever past de loonheffingskorting toe: de algemene heffingskorting ({ahk}) en de arbeidskorting ({ak}). Samen {kortingen} per jaar.",
    ),
    (
        "trace.kortingen_aow",
        "Uw werkgever past de loonheffingskorting toe: algemene heffingskorting ({ahk}), arbeidskorting ({ak}) en ouderenkorting ({ouderenkorting}). Samen {kortingen} per jaar.",
    ),
    (
        "trace.kortingen_municipality",
        "De gemeente past de loonheffingskorting al toe op uw bijstand. Uw werkgever trekt daarom geen korting af.",
    ),
    ("trace.tax", "U betaalt dan {tax} belasting per jaar."),
    (
        "trace.net_wage",
        "Uw nettoloon is {net} per maand. Dit loon telt mee voor de bijstand.",
    ),
    (
        "trace.vrijlating_n",
        "U krijgt de vrijlating: {rate} van uw nettoloon, hoogstens {cap}. Daardoor telt {vrijlating} van uw loon niet mee.",
    ),
    (
        "trace.vrijlating_r",
        "U krijgt de vrijlating voor alleenstaande ouders: {rate} van uw nettoloon, hoogstens {cap}. Daardoor telt {vrijlating} van uw loon niet mee.",
    ),
    (
        "trace.vrijlating_none",
        "U heeft geen vrijlating. Uw hele nettoloon telt mee.",
    ),
    (
        "trace.vrijlating_under_27",
        "De vrijlating geldt pas vanaf 27 jaar. Uw hele nettoloon telt mee.",
    ),
    (
        "trace.vrijlating_no_young_child",
        "De vrijlating voor alleenstaande ouders geldt alleen met een kind jonger dan 12. Uw hele nettoloon telt mee.",
    ),
    (
        "trace.top_up",
        "De gemeente vult uw inkomen aan tot de norm. Dat heet verrekenen. Uw aanvulling is {top_up} per maand.",
    ),
    (
        "trace.top_up_none",
        "Uw loon is genoeg: het is minstens zo hoog als uw norm. U heeft geen aanvulling nodig.",
    ),
    (
        "trace.premie_national",
        "Met alleen de landelijke regels is er geen bijverdienpremie.",
    ),
    (
        "trace.premie_no_work",
        "U heeft nu geen loon. Daarom bouwt u geen premie op.",
    ),
    (
        "trace.premie_out",
        "U heeft geen bijstand meer. Daarom krijgt u geen premie.",
    ),
    (
        "trace.premie",
        "De premie is {rate} van uw nettoloon, hoogstens {cap} per maand, min de vrijlating. Dat is {premie} per maand. U krijgt {months} maanden tegelijk: {payment}.",
    ),
    (
        "trace.premie_user_cap",
        "De premie is {rate} van uw nettoloon, hoogstens {cap} per maand (het maximum dat u invulde), min de vrijlating. Dat is {premie} per maand. U krijgt {months} maanden tegelijk: {payment}.",
    ),
    (
        "trace.total",
        "Samen: loon, aanvulling en premie. Dat is {total} per maand.",
    ),
    (
        "trace.total_out",
        "Zonder bijstand is uw inkomen uw nettoloon: {total} per maand.",
    ),
    (
        "trace.outflow",
        "Vanaf {hours} per week ({gross} bruto per maand) is uw loon hoger dan de norm. Dan stopt de bijstand.",
    ),
    (
        "trace.outflow_none",
        "Met dit uurloon komt uw loon niet boven de norm.",
    ),
    (
        "trace.premie_cap_point",
        "Vanaf {hours} per week is de premie op zijn hoogst: {cap} per maand.",
    ),
    (
        "trace.better_off",
        "Vanaf {hours} per week heeft u buiten de bijstand meer dan {best_inside}, het meeste dat u in de bijstand heeft.",
    ),
    (
        "trace.extra_hour",
        "1 uur extra per week verandert uw totaal met {gain} per maand.",
    ),
    // Month planner steps
    (
        "trace.months.due",
        "Over deze maand heeft u recht op {due} bijstand. Dat is de norm ({norm}) min uw inkomen ({income}), plus de vrijlating ({vrijlating}). Een deel ({reserved}) houdt de gemeente apart voor het vakantiegeld in juni.",
    ),
    (
        "trace.months.advance",
        "De gemeente betaalt eerst een voorschot van {advance}. Zij rekent dat uit met een schatting van uw inkomen: {estimate}.",
    ),
    (
        "trace.months.correction",
        "Later ziet de gemeente uw loonstrook. Het verschil tussen waar u recht op had ({due}) en wat u kreeg ({advance}) is {correction}. Is dat meer dan nul, dan krijgt u het nog. Is het minder dan nul, dan houdt de gemeente het later in.",
    ),
    // The month-by-month view
    ("view.label", "Weergave"),
    ("view.main", "Gemiddelde maand"),
    ("view.months", "Per maand"),
    ("months.intro", "Wat u per maand krijgt, en wanneer. Met de gegevens van ‘Gemiddelde maand’. Daar wijzigt u ze."),
    ("months.inputs_heading", "Uw werk per maand"),
    ("months.start", "De maanden beginnen in {month}: de maand van de datum van de berekening."),
    ("months.field.months_pattern", "Hoe werkt u de komende maanden?"),
    ("months.pattern.steady", "Elke maand evenveel uren"),
    ("months.pattern.flex", "Wisselende uren"),
    ("months.pattern.zero_hour", "Nulurencontract"),
    ("months.pattern.list", "Zelf per maand invullen"),
    ("months.field.months_count", "Voor hoeveel maanden?"),
    ("months.hint.count_list", "Bij een eigen lijst is elk getal één maand."),
    ("months.field.months_min", "Uren per week"),
    ("months.field.min_flex", "Minstens, uren per week"),
    ("months.hint.min", "Leeg laten: {hours} per week, zoals bij ‘Uw situatie’."),
    ("months.field.months_max", "Hoogstens, uren per week"),
    ("months.field.max_steady", "Soms meer? Hoogstens, uren per week (mag leeg)"),
    ("months.hint.max", "Wij rekenen met het midden. Met het hoogste aantal rekenen wij wat u dan opzij zet."),
    ("months.hint.max_steady", "Dan rekenen wij ook wat u opzij zet als u zoveel werkt."),
    ("months.field.months_list", "Uren per maand: één getal voor elke maand"),
    ("months.hint.list", "Eén getal per maand vanaf {first}, met een spatie, ; of nieuwe regel ertussen. Bijvoorbeeld: 40 0 80."),
    ("months.field.months_unit", "Deze getallen zijn"),
    ("months.unit.month", "uren in die maand"),
    ("months.unit.week", "uren per week in die maand"),
    ("months.field.months_before", "Uren per week in de maanden hiervoor (mag leeg)"),
    ("months.hint.before", "Leeg: zoals de eerste maand. Net begonnen met werken? Vul 0 in."),
    ("months.timing_heading", "Wanneer komt het geld?"),
    ("months.field.estimate", "Waarmee schat de gemeente uw loon?"),
    ("months.estimate.last_month", "Uw laatste loonstrook"),
    ("months.estimate.average_3", "Het gemiddelde van uw laatste drie loonstroken"),
    ("months.hint.estimate", "Weet u niet hoe het bij u gaat? Vraag het uw klantmanager."),
    ("months.field.payslip_lag_months", "Wanneer heeft de gemeente uw loonstrook?"),
    ("months.hint.payslip_lag", "Gerekend vanaf de maand van het loon."),
    ("months.field.processing_months", "Wanneer komt de correctie?"),
    ("months.hint.processing", "Gerekend vanaf de maand van de loonstrook."),
    ("months.lag_0", "In dezelfde maand"),
    ("months.lag_1", "1 maand later"),
    ("months.field.pay", "Hoe vaak krijgt u loon?"),
    ("months.pay.monthly", "Elke maand"),
    ("months.pay.four_weekly", "Elke vier weken (13 keer per jaar)"),
    ("months.hint.pay", "Per vier weken: één maand per jaar heeft twee betaaldagen."),
    ("months.field.pay_lag_months", "Wanneer krijgt u het loon voor een maand werk?"),
    ("months.lag_0_pay", "Aan het eind van die maand"),
    ("months.error_max_needed", "Vul ook in hoeveel uren per week u hoogstens werkt."),
    ("months.error_list_empty", "Vul één getal per maand in. Bijvoorbeeld: 40 0 80."),
    ("months.error_list_item", "Getal {n} in de lijst: {problem}"),
    ("months.error_list_range_month", "Getal {n} in de lijst: vul 0 tot 744 uur per maand in."),
    ("months.error_list_range_week", "Getal {n} in de lijst: vul 0 tot 168 uur per week in."),
    ("months.result_heading", "Wat u per maand krijgt"),
    ("months.set_aside_total", "Zet in totaal {amount} opzij. Dat vraagt de gemeente later terug. De tabel toont per maand hoeveel."),
    ("months.set_aside_none", "Volgens deze berekening hoeft u niets opzij te zetten."),
    ("months.set_aside_worst", "Werkt u elke maand het hoogste aantal uren? Zet dan {amount} opzij."),
    ("months.table_hint", "In euro’s. Min (−): de gemeente houdt dit in. Op een telefoon schuift u de tabel opzij."),
    ("months.table_caption", "Uw maanden (in euro’s)"),
    ("months.total", "Totaal"),
    ("months.payday", "betaaldag {day}"),
    ("months.corrections_heading", "De correcties in woorden"),
    ("months.corrections_none", "Volgens deze berekening zijn er geen correcties."),
    ("months.correction_back", "In {month} krijgt u {amount} te veel voorschot. Dat is niet uw fout. De gemeente houdt het in {when} in. Zet het in {month} opzij."),
    ("months.correction_extra", "In {month} krijgt u {amount} te weinig voorschot. Dat krijgt u in {when} alsnog."),
    ("months.chart_heading", "Geld op uw rekening per maand"),
    ("months.legend_bank", "Op uw rekening"),
    ("months.legend_set_aside", "Daarvan opzij zetten"),
    ("months.chart_summary", "Het meeste geld komt in {high_month} ({high}), het minste in {low_month} ({low})."),
    ("months.explain_heading", "Hoe rekenen we dit uit?"),
    ("months.explain_intro", "Dit zijn onze aannames. De belangrijkste kiest u hierboven. Niet bevestigde bedragen staan bij ‘Gemiddelde maand’."),
    ("months.count_6", "6 maanden"),
    ("months.count_12", "12 maanden"),
    ("months.lag_2", "2 maanden later"),
    ("months.lag_3", "3 maanden later"),
    ("months.lag_4", "4 maanden later"),
    ("months.lag_5", "5 maanden later"),
    ("months.lag_6", "6 maanden later"),
    ("months.columns", "Maand|Uren|Verdiend (bruto)|Loon betaald (bruto)|Loon betaald (netto)|Vakantiegeld werk (netto)|Voorschot bijstand|Recht op bijstand|Correctie|Correctie komt in|Correcties deze maand|Premie opgebouwd|Premie betaald|Vakantiegeld bijstand|Op uw rekening|Zet dit opzij|Opzij als u het meeste werkt"),
    ("months.assumptions", "De gemeente betaalt de bijstand vooruit. Zij weet dan nog niet wat u verdient. Daarom schat zij uw loon: met uw laatste loonstrook of het gemiddelde van de laatste drie.|Uw loon telt mee in de maand waarin u het krijgt, niet in de maand waarin u werkt.|Is uw loonstrook binnen, dan rekent de gemeente het precies uit. Kreeg u te weinig, dan krijgt u de rest. Kreeg u te veel, dan houdt zij het later in. Wij rekenen alsof dat in één keer gaat. Vaak kunt u in delen terugbetalen: vraag het uw klantmanager.|Vakantiegeld van uw werk komt meestal in mei. Het telt mee in de maanden waarin u het opbouwt. De gemeente houdt elke maand 5% van de bijstand apart en betaalt dat in juni.|De premie komt in juni (voor november tot en met april) en in november (voor mei tot en met oktober). Die verdeling is onze aanname.|Loon per vier weken: elke betaaldag betaalt de 28 dagen ervoor. De eerste is op de 28e van de eerste maand.|Het nettoloon is een benadering. Op een echte loonstrook kan het een paar euro anders zijn.|Voor de maanden hiervoor rekenen wij met de uren die u hierboven invult, of anders met de eerste maand.|Heeft u de vrijlating van 25%? Die rekenen wij de eerste 6 maanden.|Na 2026 gebruiken wij de laatste bedragen die wij hebben. In 2027 veranderen de regels. Zie die maanden als een ruwe schatting."),
    ("month.short", "jan|feb|mrt|apr|mei|jun|jul|aug|sep|okt|nov|dec"),
];
