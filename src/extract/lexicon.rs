//! The words the rules look for: verbs of saying, roles, organisations, time words.

use std::sync::OnceLock;

use super::tokens::WordMap;

/// Verbs of saying: the speaker is the subject before them, or follows them
/// after a quotation (", said Linda Marsh").
#[rustfmt::skip]
pub(crate) const VERBS: &[&str] = &[
    "said", "says", "say", "told", "tells", "tell", "announced", "announces", "claimed", "claims", "stated",
    "added", "noted", "explained", "explains", "argued", "argues", "insisted", "insists", "warned",
    "warns", "predicted", "predicts", "estimated", "reported", "wrote", "writes", "confirmed",
    "confirms", "denied", "denies", "disputed", "acknowledged", "admitted", "admits", "suggested",
    "suggest", "suggests", "maintained", "maintains", "stressed", "emphasized", "emphasised",
    "declared", "asserted", "contended", "alleged", "alleges", "responded", "replied", "informed",
    "observed", "found", "finds", "showed", "shows", "concluded", "expects", "expect", "believes",
    "believe", "forecast", "forecasts", "promised", "pledged", "vowed", "revealed", "disclosed",
    "testified", "tweeted", "posted", "commented", "remarked", "recalled", "conceded", "countered",
    "projected", "calculated", "quoted", "quotes", "saying", "allege", "argue", "contend", "insist", "warn",
    "predict", "maintain", "estimate", "claim", "indicated", "indicates", "showed", "estimates",
    "projects", "made", "accused", "accuses", "show", "recommends", "recommended", "ruled", "rules",
    "reports", "report", "cautioned", "cautions", "blamed", "blames", "reiterated", "agreed",
    "acknowledge", "acknowledges", "accepted", "pointed", "points",
];

/// Words skipped between a subject and its verb ("has previously said").
#[rustfmt::skip]
pub(crate) const BETWEEN: &[&str] = &[
    "has", "have", "had", "also", "previously", "later", "repeatedly", "publicly", "privately",
    "reportedly", "allegedly", "then", "again", "once", "recently", "earlier", "still", "further",
    "separately", "would", "will", "could", "may", "might", "not", "never", "was", "were", "is",
    "himself", "herself", "itself", "themselves",
    "are", "did", "does", "do", "had", "already", "initially", "first", "last", "flatly",
    "strongly", "angrily", "quickly", "simply", "explicitly", "openly", "officially", "just",
    "now", "neither", "yet", "since",
];

/// Cues after which the speaker is named: "according to Denisov".
#[rustfmt::skip]
pub(crate) const BEFORE_SPEAKER: &[&[&str]] = &[
    &["according", "to"], &["been", "claimed", "by"], &["been", "claimed", "on"],
    &["been", "claimed", "in"], &["been", "reported", "by"], &["been", "reported", "in"],
    &["been", "alleged", "by"], &["been", "suggested", "by"], &["been", "said", "by"],
    &["as", "cited", "by"], &["as", "quoted", "by"], &["as", "reported", "by"],
];

/// Cues naming an intermediary between the speaker and the article.
#[rustfmt::skip]
pub(crate) const VIA: &[&[&str]] = &[
    &["as", "cited", "by"], &["cited", "by"], &["as", "quoted", "by"], &["quoted", "by"],
    &["as", "reported", "by"], &["in", "comments", "shared", "with"], &["in", "comments", "to"],
    &["in", "an", "interview", "with"], &["in", "remarks", "to"], &["speaking", "to"], &["told"],
    &["speaking", "on"], &["in", "an", "interview", "on"],
];

/// Words that name a role or title.
#[rustfmt::skip]
pub(crate) const ROLES: &[&str] = &[
    "ambassador", "president", "minister", "spokeswoman", "spokesman", "spokesperson", "secretary",
    "director", "mayor", "councillor", "councilor", "councilman", "councilwoman", "chief",
    "executive", "officer", "professor", "prof.", "dr.", "sen.", "rep.", "gov.", "senator",
    "governor", "chair", "chairman", "chairwoman", "chairperson", "ceo", "cfo", "leader", "head",
    "commissioner", "manager", "adviser", "advisor", "analyst", "economist", "epidemiologist",
    "scientist", "researcher", "lawyer", "attorney", "judge", "justice", "general", "gen.",
    "colonel", "col.", "captain", "commander", "inspector", "superintendent", "sheriff", "detective", "official",
    "aide", "deputy", "representative", "congressman", "congresswoman", "lawmaker", "mp", "premier",
    "chancellor", "king", "queen", "prince", "pope", "bishop", "coach", "founder", "editor",
    "correspondent", "treasurer", "auditor", "assessor", "clerk", "trustee", "prosecutor",
    "physician", "doctor", "nurse", "teacher", "engineer", "mr.", "mrs.", "ms.", "ms", "miss", "dr", "prof", "sir", "dame", "lt.", "sgt.",
    "capt.", "vice", "majority", "minority", "press", "foreign", "prime", "finance", "health",
    "defence", "defense", "interior", "economy", "state", "chairs", "dean", "provost", "principal",
    "director-general", "secretary-general", "envoy", "consul", "diplomat", "spokesmen",
    "officials", "counsel", "counterpart", "member",
    // Titles as newspapers shorten them: "Cllr Fell", "Det Insp Rowe", "Supt Hale".
    "cllr", "coun", "pc", "pcso", "barrister", "solicitor", "supt", "insp", "det", "sgt", "dci", "capt", "cmdr", "lt", "col", "maj",
    "rev", "gov", "sen",
];

/// Words that make a name an organisation, a publication or a body of data.
#[rustfmt::skip]
pub(crate) const ORGS: &[&str] = &[
    "institute", "university", "ministry", "council", "office", "department", "commission",
    "organization", "organisation", "agency", "company", "corporation", "corp.", "inc.", "energy",
    "bank", "party", "democrats", "republicans", "government", "kremlin", "house", "senate", "congress", "parliament", "court",
    "police", "service", "media", "news", "times", "post", "reuters", "tass", "xinhua", "data",
    "figures", "survey", "poll", "polls", "group", "association", "union", "committee", "board",
    "authority", "administration", "center", "centre", "foundation", "fund", "hospital", "school",
    "college", "network", "press", "daily", "journal", "herald", "tribune", "gazette", "bureau",
    "protection", "customs", "federation", "army", "military", "navy", "forces", "coalition",
    "alliance", "trust", "county", "city", "state", "district", "province", "region", "republic",
    "laboratory", "lab", "clinic", "lancet", "nature", "report", "study", "statement", "ltd", "llc",
    "plc", "co.", "club", "embassy", "pentagon", "cabinet", "assembly", "mission", "airlines",
    "motors", "systems", "technologies", "health", "world", "international", "national", "federal",
    "global", "associated", "bloomberg", "guardian", "telegraph", "politico", "axios", "cnn", "bbc",
    "nbc", "cbs", "abc", "fox", "afp", "interfax", "ria", "sputnik", "kommersant", "izvestia",
    "vedomosti", "facebook", "twitter", "telegram", "x", "instagram", "tiktok", "youtube",
    "statistics", "labs", "foods", "holdings", "securities", "insurance", "airways", "unit",
    "diocese", "church", "society", "league", "charity", "watchdog", "regulator", "tribunal",
    "railways", "airport", "airports", "water", "homes", "brands", "partners", "industries",
    "chronicle", "ledger", "standard", "mail", "mirror", "express", "observer", "examiner",
    "courier", "inquirer", "enquirer", "academy", "museum", "prison", "prisons", "rail",
    "grid", "steel", "radio", "forum", "research", "watch", "capital", "advisors", "advisers",
    // Places of care named as bodies: "Thornfield Hospice", "Ellesmere Valley Hospitals".
    "hospice", "hospices", "hospitals",
    // A trade in the plural closing a firm's name: "Northsound Ferries", "Castle Hotels".
    "ferries", "buses", "coaches", "trains", "hotels", "stores", "dairies", "breweries",
    "bakeries", "pharmaceuticals", "logistics", "freight", "haulage", "utilities",
    "properties", "estates", "supplies", "services", "solutions", "communications",
    "marine", "shipping", "engineering", "construction", "aggregates", "fisheries",
    // Schools, colleges and care run as one body: "Castlegrove Academies".
    "academies", "schools", "colleges", "trusts", "pharmacies", "clinics",
    // A network operator: "Northgrid Distribution", "Eastern Power Networks".
    "distribution", "networks",
    // A trade's body and a trade closing a firm's name: "The Guild of
    // Orthopaedic Surgeons", "Tessaly Robotics".
    "guild", "robotics",
    // Unions joined as one: "The Confederation of Free Unions".
    "confederation", "unions",
];

/// Common nouns before a name that make it an organisation or a document:
/// "the journal Science", "the firm Redline Labs", "a group calling itself ShadowQueue".
#[rustfmt::skip]
pub(crate) const ORG_NOUNS: &[&str] = &[
    "journal", "study", "report", "review", "survey", "paper", "newspaper", "magazine", "data",
    "figures", "poll", "chain", "chains", "firm", "firms", "company", "companies", "group",
    "groups", "retailer", "insurer", "regulator", "broadcaster", "outlet", "agency", "charity",
    "watchdog", "website", "blog", "daily", "weekly", "tabloid", "newsletter", "station",
    "channel", "developer", "contractor", "builder", "operator", "lender", "union", "consultancy",
    "airline", "carrier", "manufacturer", "maker", "supplier", "body", "insurers", "broadcasters",
    "short-seller", "investor", "fund", "bank", "lobby", "campaign", "think-tank", "pollster",
    "site", "broadsheet", "programme",
];

/// Words that are never part of a name, even with a capital.
#[rustfmt::skip]
pub(crate) const FUNCTION: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my",
    "your", "some", "many", "several", "most", "few", "two", "three", "four", "five", "both", "all",
    "each", "every", "any", "no", "one", "it", "he", "she", "they", "we", "i", "you", "if", "in",
    "on", "at", "for", "as", "but", "and", "or", "so", "yet", "after", "before", "when", "while",
    "since", "asked", "meanwhile", "however", "also", "still", "officials", "researchers",
    "experts", "sources", "analysts", "critics", "residents", "scientists", "doctors", "regulators",
    "aides", "lawmakers", "activists", "witnesses", "observers", "diplomats", "investigators",
    "authorities", "economists", "police", "prosecutors", "polls",
    "reports", "data", "studies", "according", "there", "here", "why", "what", "who", "how", "not",
    "mr", "mrs",
];

/// Particles inside names ("Charles de Gaulle").
#[rustfmt::skip]
pub(crate) const PARTICLES: &[&str] = &[
    "de", "van", "von", "bin", "al", "da", "di", "du", "le", "la", "del", "der", "ibn",
];

/// Words that can begin a time expression (besides numbers).
#[rustfmt::skip]
pub(crate) const TRIGGERS: &[&str] = &[
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.",
    "sept.", "oct.", "nov.", "dec.", "today", "tonight", "yesterday", "tomorrow", "today's",
    "tonight's", "yesterday's", "tomorrow's", "next", "last", "this", "past", "previous", "coming",
    "following", "early", "late", "later", "earlier", "mid", "spring", "summer", "autumn", "fall",
    "winter", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "hundred", "a", "an",
    "few", "couple",
];

/// Words after "the" that make it the start of a time expression.
#[rustfmt::skip]
pub(crate) const AFTER_THE: &[&str] = &[
    "following", "next", "coming", "previous", "past", "last", "end", "spring", "summer", "autumn",
    "fall", "winter", "same", "year", "month", "week", "weekend", "first", "second", "third",
    "fourth", "final", "financial", "fiscal",
];

/// Past-tense words that make a time expression just after them look back.
#[rustfmt::skip]
pub(crate) const PAST: &[&str] = &[
    "said", "told", "met", "held", "got", "began", "took", "went", "spoke", "wrote", "saw", "left",
    "came", "made", "gave", "won", "lost", "fell", "rose", "was", "were", "had", "did", "ran",
    "sent", "paid", "became", "struck", "hit", "cut", "put", "set", "found", "shut",
    // Irregular pasts no present shares: "spent Saturday night in rest centres".
    "spent", "kept", "brought", "bought", "sold", "built", "thought", "heard", "knew", "stood",
    "slept", "drove", "flew", "grew", "drew", "threw", "broke", "chose", "caught",
    "taught", "lent", "withdrew", "forgot", "undertook", "fled", "stole",
];

/// The nouns of a charge in court: "admitted two counts of fraud",
/// "denies all the charges".
pub(crate) const CHARGES: &[&str] = &[
    "count", "counts", "charge", "charges", "offence", "offences",
];

/// Offences a defendant denies or is charged with: "denies manslaughter",
/// "pleaded not guilty to fraud".
#[rustfmt::skip]
pub(crate) const OFFENCES: &[&str] = &[
    "manslaughter", "murder", "fraud", "theft", "assault", "rape", "burglary", "robbery",
    "bribery", "corruption", "negligence", "misconduct", "conspiracy", "kidnapping", "arson",
    "embezzlement", "perjury", "blackmail", "harassment", "stalking", "money-laundering",
    "laundering", "trafficking", "smuggling", "extortion", "forgery", "wounding", "affray",
    "attempted", "offences", "offence", "offenses", "offense", "indictment",
];

/// The bare verb of an irregular verb's forms, so that a denial told in
/// one form meets a charge told in another: "has not been hidden" and
/// "accused the ministry of hiding"; "never took" and "had taken". Verbs
/// whose forms name something else too ("building", "left", "led") are
/// left out, and so are most of those `answers` already merges by sense
/// ("sold", "paid", "met", "written", "fell"); the forms of "rise" stay,
/// for the callers that read a participle by them, though `answers`
/// merges them with "increase" before it asks here.
pub(crate) fn irregular_base(w: &str) -> Option<&'static str> {
    // (looked up behind a filter: most words asked are no verb's form)
    static FORMS: OnceLock<WordMap<&'static str>> = OnceLock::new();
    FORMS.get_or_init(|| WordMap::new(irregular_forms())).get(w)
}

/// Each form of the irregular verbs of [`irregular_base`] with its bare
/// verb.
pub(crate) fn irregular_forms() -> impl Iterator<Item = (&'static str, &'static str)> {
    IRREGULAR
        .iter()
        .flat_map(|forms| forms.iter().map(|&form| (form, forms[0])))
}

/// The irregular verbs of [`irregular_base`], each its bare verb first,
/// then its other forms.
#[rustfmt::skip]
const IRREGULAR: &[&[&str]] = &[
    &["hide", "hides", "hid", "hidden", "hiding"],
    &["steal", "steals", "stole", "stolen", "stealing"],
    &["take", "takes", "took", "taken", "taking"],
    &["give", "gives", "gave", "given", "giving"],
    &["make", "makes", "made", "making"],
    &["know", "knows", "knew", "known", "knowing"],
    &["break", "breaks", "broke", "broken", "breaking"],
    &["hold", "holds", "held", "holding"],
    &["withhold", "withholds", "withheld", "withholding"],
    &["keep", "keeps", "kept", "keeping"],
    &["lose", "loses", "lost", "losing"],
    &["mislead", "misleads", "misled", "misleading"],
    &["seek", "seeks", "sought", "seeking"],
    &["bring", "brings", "brought", "bringing"],
    &["spend", "spends", "spent", "spending"],
    &["send", "sends", "sent", "sending"],
    &["tell", "tells", "told", "telling"],
    &["speak", "speaks", "spoke", "spoken", "speaking"],
    &["choose", "chooses", "chose", "chosen", "choosing"],
    &["drive", "drives", "drove", "driven", "driving"],
    &["rise", "rises", "rose", "risen", "rising"],
    &["grow", "grows", "grew", "grown", "growing"],
    &["throw", "throws", "threw", "thrown", "throwing"],
    &["begin", "begins", "began", "begun", "beginning"],
    &["forget", "forgets", "forgot", "forgotten", "forgetting"],
    &["undertake", "undertakes", "undertook", "undertaken", "undertaking"],
    &["oversee", "oversees", "oversaw", "overseen", "overseeing"],
    &["overspend", "overspends", "overspent", "overspending"],
];

/// Words for a study or those who made it, before a verb that draws a
/// link ("The paper links …", "The researchers attribute …").
pub(crate) fn is_study_word(w: &str) -> bool {
    matches!(
        w,
        "study"
            | "paper"
            | "research"
            | "researchers"
            | "scientists"
            | "authors"
            | "analysis"
            | "survey"
            | "review"
            | "data"
            | "evidence"
            | "report"
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn an_irregular_verb_s_forms_give_its_bare_verb() {
        for w in ["hid", "hidden", "hiding", "hides", "hide"] {
            assert_eq!(super::irregular_base(w), Some("hide"), "{w}");
        }
        assert_eq!(super::irregular_base("taken"), Some("take"));
        // (a regular verb, and a form that names a thing too, are not here)
        assert_eq!(super::irregular_base("closed"), None);
        assert_eq!(super::irregular_base("building"), None);
    }

    #[test]
    fn no_irregular_form_belongs_to_two_verbs() {
        let mut seen = std::collections::HashSet::new();
        for form in super::IRREGULAR.iter().flat_map(|forms| forms.iter()) {
            assert!(seen.insert(form), "{form}");
        }
    }
}
