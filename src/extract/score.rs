//! Check-worthiness: how much a sentence looks like a claim someone could check.

use std::sync::OnceLock;

use super::tokens::{
    is_negation, is_question_number, label_colon, word_set, Phrases, Token, WordSet,
};

/// What a hedge adds: the outlet itself could not vouch for the claim, so
/// it is worth checking.
pub(crate) const HEDGE_WEIGHT: f64 = 0.25;

/// What the score is made of, for one sentence.
#[derive(Debug, Clone, Default)]
pub(crate) struct Signals {
    pub(crate) attributed: bool,
    pub(crate) dates: bool,
    pub(crate) future: bool,
    pub(crate) hedged: bool,
    pub(crate) headline: bool,
    /// An accusation, or a story its subject denies: a charge to check.
    pub(crate) accused: bool,
}

const NUMBER_WORDS: &[&str] = &[
    "percent",
    "per",
    "million",
    "billion",
    "trillion",
    "thousand",
    "hundred",
    "dozen",
    "half",
    "twice",
    "double",
    "doubled",
    "triple",
    "tripled",
    "quarter",
    "third",
    "two-thirds",
    "one-third",
    "two",
    "both",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundreds",
    "thousands",
    "millions",
    "billions",
];

const COMPARISONS: &[&str] = &[
    "more",
    "less",
    "fewer",
    "than",
    "most",
    "least",
    "largest",
    "smallest",
    "highest",
    "lowest",
    "biggest",
    "first",
    "only",
    "record",
    "increase",
    "increased",
    "decrease",
    "decreased",
    "rose",
    "risen",
    "rise",
    "rising",
    "fell",
    "fallen",
    "fall",
    "falling",
    "cut",
    "cuts",
    "doubled",
    "tripled",
    "compared",
    "twice",
    "below",
    "above",
    "exceeded",
    "surged",
    "dropped",
    "drop",
    "grew",
    "growth",
    "declined",
    "decline",
    "worst",
    "best",
    "cheapest",
    "slowest",
    "fastest",
    "earlier",
    "later",
    "since",
    "raising",
    "raised",
    "raise",
    "up",
    "down",
    "nearly",
    "almost",
    "over",
    "under",
];

/// Cause and effect: "causes", "linked to", "prevented".
const CAUSAL: &[&[&str]] = &[
    &["causes"],
    &["caused"],
    &["cause"],
    &["linked", "to"],
    &["was", "associated", "with"],
    &["were", "associated", "with"],
    &["is", "associated", "with"],
    &["are", "associated", "with"],
    &["attributed", "to"],
    &["blamed", "on"],
    &["leads", "to"],
    &["led", "to"],
    &["prevents"],
    &["prevented"],
    &["cures"],
    &["cured"],
    &["because", "of"],
    &["due", "to"],
    &["responsible", "for"],
    &["the", "risk", "of"],
    &["effective"],
];

/// What became of a suspect or a defendant: "was released on bail", "has
/// been released without charge", "was cleared of money laundering at the
/// same trial", "pleaded not guilty". A record a court or the police keep.
const OUTCOME: &[&[&str]] = &[
    &["released", "on", "bail"],
    &["released", "without", "charge"],
    &["released", "under", "investigation"],
    &["bailed", "until"],
    &["cleared", "of"],
    &["acquitted", "of"],
    &["convicted", "of"],
    &["charged", "with"],
    &["found", "guilty"],
    &["found", "not", "guilty"],
    &["pleaded", "guilty"],
    &["pleaded", "not", "guilty"],
    &["remanded", "in", "custody"],
    &["arrested", "on", "suspicion"],
];

/// An inquiry under way: "officers were investigating whether the fire had
/// been started deliberately", "The agency is investigating" (one opened
/// is `inquiry_opened`'s).
const INQUIRY: &[&[&str]] = &[&["investigating"]];

/// An inquiry opened, or an emergency declared, with a word or two to
/// say what kind: "opened an investigation", "Police and the
/// Construction Safety Authority have opened a joint investigation",
/// "launched an independent inquiry", "Rothwick Police have declared a
/// major incident", "declared a state of emergency". An official act a
/// record shows; not "declared a success", nor "opened a new shop".
fn inquiry_opened(words: &[&str]) -> bool {
    words.iter().enumerate().any(|(i, w)| {
        let nouns: &[&str] = match *w {
            "opened" | "launched" => &["investigation", "inquiry"],
            "declared" => &["incident", "emergency"],
            _ => return false,
        };
        // (the noun within three words of its article)
        matches!(words.get(i + 1), Some(&("a" | "an")))
            && words[i + 2..].iter().take(3).any(|n| nouns.contains(n))
    })
}

/// A place told as closed, or an area cleared: "Garnet Street and Canal
/// Road are closed", "many roads are impassable", "the A817 remains shut",
/// "Police have closed the road to the base station", "officers have
/// cordoned off the area". A state a road authority or the police could
/// confirm, told with its verb ("is", "remains", "has been") or with what
/// was closed after it; not advice to keep one's own doors shut ("keep
/// windows and doors closed"), nor "their local nursery has closed".
fn closure_told(words: &[&str]) -> bool {
    words.iter().enumerate().skip(1).any(|(i, w)| {
        let before = words[i - 1];
        let state = matches!(
            *w,
            "closed" | "shut" | "impassable" | "blocked" | "cordoned" | "evacuated"
        ) && matches!(
            before,
            "is" | "are" | "was" | "were" | "been" | "remain" | "remains" | "remained"
        );
        // (a deed done to a place, with what it was done to after it)
        let deed = matches!(*w, "closed" | "cordoned" | "evacuated" | "sealed")
            && matches!(before, "has" | "have" | "had")
            && matches!(
                words.get(i + 1),
                Some(&("the" | "off" | "a" | "part" | "both"))
            );
        state || deed
    })
}

/// How a study was made, or the limits of it: "adjusted for age, sex and
/// smoking", "were not checked against employers' records", "was not
/// randomised". A method a paper could confirm.
const METHOD: &[&[&str]] = &[
    &["adjusted", "for"],
    &["adjusting", "for"],
    &["controlled", "for"],
    &["controlling", "for"],
    &["not", "checked", "against"],
    &["not", "verified"],
    &["not", "independently", "verified"],
    &["self-reported"],
    &["not", "randomised"],
    &["not", "randomized"],
    &["not", "blinded"],
    &["not", "peer-reviewed"],
    &["not", "been", "peer-reviewed"],
    &["not", "yet", "been", "peer-reviewed"],
    // The design of a study: "the study was observational", "a
    // cross-sectional survey".
    &["observational"],
    &["cross-sectional"],
];

/// A test's result: "a breath test carried out at the scene was negative",
/// "the samples tested positive for E. coli", "he failed a roadside drug
/// test".
fn test_result(words: &[&str]) -> bool {
    let test = words.iter().any(|w| {
        matches!(
            *w,
            "test" | "tests" | "tested" | "sample" | "samples" | "screening" | "swab" | "swabs"
        )
    });
    test && words.iter().any(|w| {
        matches!(
            *w,
            "negative" | "positive" | "failed" | "passed" | "inconclusive" | "clear"
        )
    })
}

/// A link a study draws between two things, the second after "to" within
/// six words: "The paper links the steepest falls to fields sprayed …",
/// "researchers have tied the outbreak to a single farm", "The researchers
/// attribute the recovery largely to cleaner water". Not a link to a
/// page or a road ("a link to the report", "The road links the town to
/// the motorway"): one who studies is among the four words before.
fn links_to(words: &[&str]) -> bool {
    words.iter().enumerate().any(|(i, w)| {
        matches!(
            *w,
            "links" | "link" | "linked" | "tied" | "attribute" | "attributes"
        ) && words[i.saturating_sub(4)..i]
            .iter()
            .any(|b| super::lexicon::is_study_word(b))
            && words[i + 1..].iter().take(7).skip(1).any(|&t| t == "to")
    })
}

/// Who was hurt, or that nobody was: "The driver was not hurt", "Nobody
/// was injured", "Two men were seriously hurt", "she had been killed
/// instantly". A casualty count is a record an emergency service keeps.
/// "Hurt" only at the clause's end or before where or when, not "Her
/// feelings were hurt by the remarks" nor "Profits were hurt as shoppers
/// stayed away".
fn harm_told(tokens: &[Token], words: &[&str]) -> bool {
    let clause_ends_after_hurt = || {
        tokens.windows(2).any(|p| {
            p[0].lower == "hurt"
                && (!p[1].is_word()
                    || matches!(p[1].low(), "in" | "when" | "after" | "during" | "at"))
        }) || tokens.last().is_some_and(|t| t.lower == "hurt")
    };
    words.windows(2).enumerate().any(|(i, p)| {
        let harmed = match p[1] {
            "injured" | "killed" => true,
            "hurt" => clause_ends_after_hurt(),
            _ => false,
        };
        harmed
            && (matches!(p[0], "was" | "were" | "been")
                || matches!(p[0], "not" | "seriously" | "badly" | "slightly" | "fatally")
                    && p[1] != "killed"
                    && i > 0
                    && matches!(words[i - 1], "was" | "were" | "been"))
    })
}

/// A deed said never to have been done, in the perfect: "I have never
/// discussed a contract with him", "He has never made a donation to my
/// party", "the pontoon had never been built". A record could show it
/// was.
fn never_done(words: &[&str]) -> bool {
    // (a deed, not a state of mind: "I have never wanted to be a minister")
    let done = |w: &str| {
        w.len() > 3 && w.ends_with("ed") && !super::hedges::MINDED.contains(&w)
            || matches!(
                w,
                "made" | "paid" | "built" | "told" | "sold" | "held" | "found" | "given" | "taken"
            )
    };
    words.windows(3).enumerate().any(|(i, p)| {
        matches!(p[0], "has" | "have" | "had" | "i've" | "we've" | "he's" | "she's" | "it's")
            && p[1] == "never"
            // ("has never been built", not "has never been happier")
            && (done(p[2]) || p[2] == "been" && words.get(i + 3).is_some_and(|w| done(w)))
    })
}

/// What a party declines or refuses to do when it refuses to tell:
/// "declined to give a figure", "refused to say".
const TELL: &[&str] = &[
    "give", "say", "comment", "disclose", "reveal", "confirm", "specify", "provide", "discuss",
    "name", "answer", "publish", "release",
];

/// A refusal and nothing else: "Asked how many of the 12 new teams were
/// fully staffed, the department declined to give a figure.", "The
/// company refused to say how many staff were affected." Not when a fact
/// follows ("declined to comment but said its figures were accurate").
fn refusal_only(words: &[&str]) -> bool {
    let Some(at) = words.windows(3).position(|p| {
        (matches!(p[0], "declined" | "refused" | "declines" | "refuses") && p[1] == "to"
            || matches!(p[0], "would" | "will" | "could") && p[1] == "not")
            && TELL.contains(&p[2])
    }) else {
        return false;
    };
    let rest = &words[at + 3..];
    rest.len() <= 12
        && !rest.iter().any(|w| {
            matches!(
                *w,
                "but" | "said" | "says" | "adding" | "added" | "although" | "though" | "while"
            )
        })
}

/// An analyst's verdict with no figure in it: "\"The closure is a sticking
/// plaster,\" said Yusuf Daneel, a beverages analyst at the broker", "Rebecca
/// Marlowe, an analyst at Stanmore Securities, said a bid could not be
/// ruled out", "… he wrote in a note to clients". A reading of the news,
/// not a fact; not what a company told analysts ("told analysts on a
/// call that …").
fn analyst_verdict(words: &[&str]) -> bool {
    let analyst = words.iter().enumerate().any(|(i, w)| {
        matches!(*w, "analyst" | "analysts" | "strategist" | "economist")
            && !(i > 0 && matches!(words[i - 1], "told" | "with" | "to" | "for"))
            && (i > 0 && matches!(words[i - 1], "a" | "an" | "the")
                || words[..i]
                    .iter()
                    .rev()
                    .take(3)
                    .any(|x| matches!(*x, "a" | "an"))
                || words.get(i + 1) == Some(&"at"))
    });
    analyst || words.windows(3).any(|p| p == ["note", "to", "clients"])
}

/// Told to a court: "…, prosecutors have told a jury", "the court heard",
/// "an inquest was told". What a court hears is an allegation or evidence,
/// worth checking; not who it heard from ("the jury heard from Stephen
/// Ruddle, a lorry driver").
fn told_a_court(words: &[&str]) -> bool {
    const COURTS: &[&str] = &[
        "court",
        "jury",
        "inquest",
        "tribunal",
        "jurors",
        "magistrates",
    ];
    words.iter().enumerate().any(|(i, w)| {
        let next = words.get(i + 1).copied().unwrap_or("");
        let after = words.get(i + 2).copied().unwrap_or("");
        match *w {
            // "told a jury", "told the court"
            "told" => matches!(next, "a" | "an" | "the") && COURTS.contains(&after),
            // "the court heard", "an inquest was told"
            _ if COURTS.contains(w) => {
                (next == "heard" && after != "from")
                    || (matches!(next, "was" | "were") && after == "told")
            }
            _ => false,
        }
    })
}

/// A sentence that only says who a court heard from: "On Friday the jury
/// heard from Stephen Ruddle, a lorry driver who was behind the van", "The
/// inquest also heard from a pathologist". What they said comes after.
fn heard_from(words: &[&str]) -> bool {
    words.windows(2).any(|p| p == ["heard", "from"]) && !words.contains(&"that")
}

/// A statement announced, not what it says: "Holbrook Chemical Storage,
/// which operates the warehouse, has issued its first statement.", "The
/// shadow chancellor has just responded in the Commons.", "The club
/// released a statement on Tuesday evening." Nothing told after it.
fn announces_statement(words: &[&str]) -> bool {
    const TOLD: &[&str] = &[
        "that",
        "saying",
        "said",
        "says",
        "say",
        "stating",
        "which",
        "calling",
        "denying",
        "insisting",
        "accusing",
        "warning",
    ];
    words.iter().enumerate().any(|(j, w)| {
        let issued = matches!(*w, "issued" | "released" | "published" | "put");
        let answered = matches!(*w, "responded" | "reacted" | "spoken" | "commented");
        if !issued && !answered {
            return false;
        }
        let rest = &words[j + 1..];
        if rest.len() > 8 || rest.iter().any(|x| TOLD.contains(x)) {
            return false;
        }
        if issued {
            // "has issued its first statement", "put out a statement"
            rest.iter().take(5).any(|x| {
                matches!(
                    *x,
                    "statement" | "statements" | "response" | "update" | "comment"
                )
            })
        } else {
            // "has (just) responded in the Commons": the verb in a perfect.
            j > 0 && matches!(words[j - 1], "has" | "have" | "just")
        }
    })
}

/// The public: those advice is given to.
const PUBLIC: &[&str] = &[
    "people",
    "residents",
    "public",
    "drivers",
    "motorists",
    "parents",
    "everyone",
    "householders",
    "customers",
    "passengers",
    "swimmers",
    "walkers",
    "visitors",
    "commuters",
    "travellers",
    "families",
    "locals",
];

/// Advice given to the public by someone, with no figure: "First Minister
/// Alasdair Brodie urged people in the west to stay at home", "Police
/// advised drivers to avoid the area", "The council asked residents to
/// keep their bins indoors", "The UK Health Security Agency has advised
/// people within three miles of the plant to keep windows and doors
/// closed" (a place or a distance between the public and what they are
/// to do; "to" then a verb, not "to the council").
fn urges_the_public(words: &[&str]) -> bool {
    words.iter().enumerate().any(|(i, w)| {
        matches!(
            *w,
            "urged" | "advised" | "urges" | "advises" | "urging" | "advising" | "asked"
        ) && words[i + 1..].iter().take(3).any(|x| PUBLIC.contains(x))
            && words[i + 1..].windows(2).take(11).any(|p| {
                p[0] == "to"
                    && !matches!(
                        p[1],
                        "the" | "a" | "an" | "their" | "his" | "her" | "its" | "our" | "this"
                    )
                    && !p[1].bytes().any(|b| b.is_ascii_digit())
            })
    })
}

/// Advice on whom to call, with the number: "If you depend on medical
/// equipment at home, call its priority services line on 0800 316 4455.",
/// "Vulnerable residents can call the council's emergency line on 01632 960
/// 400.", "Anyone with information should ring 101.". A verb of calling
/// that opens the sentence or a clause, or follows a modal ("can",
/// "should") or a plea ("urged to"), then within ten tokens a telephone
/// number (digits only, from a 0 or a service number such as 101 or 999).
/// The number is no figure to check. Not people described by their call
/// ("Residents who call 0300 123 4567 have waited three hours") nor a
/// count of calls ("Calls to 999 rose by 8%").
fn tells_whom_to_call(tokens: &[Token]) -> bool {
    // (the cheap test first: a sentence with no digit has no number)
    if !tokens
        .iter()
        .any(|t| t.text.starts_with(|c: char| c.is_ascii_digit()))
    {
        return false;
    }
    tokens.iter().enumerate().any(|(i, t)| {
        matches!(
            t.low(),
            "call" | "ring" | "phone" | "contact" | "dial" | "text"
        ) && (i == 0
            || match tokens[i - 1].low() {
                "," | ":" | "please" | "can" | "should" | "could" | "may" | "must" => true,
                "to" => {
                    i >= 2
                        && matches!(
                            tokens[i - 2].low(),
                            "urged" | "asked" | "advised" | "encouraged" | "reminded"
                        )
                }
                _ => false,
            })
            && tokens[i + 1..].iter().take(10).any(|n| {
                n.text.len() >= 3
                    && n.text.bytes().all(|b| b.is_ascii_digit())
                    && (n.text.starts_with('0')
                        || matches!(n.text, "101" | "105" | "111" | "112" | "999" | "911"))
            })
    })
}

/// Advice given to the public, told as news: "People living within half a
/// mile of the site have been told to keep doors and windows shut",
/// "Swimmers have been advised to avoid the river". Not when it counts
/// those told ("Around 38,000 homes have been told to boil their water").
fn advice_given(tokens: &[Token], words: &[&str]) -> bool {
    let Some(at) = words.windows(4).position(|p| {
        matches!(p[0], "have" | "has")
            && p[1] == "been"
            && matches!(p[2], "told" | "advised" | "urged" | "asked")
            && p[3] == "to"
    }) else {
        return false;
    };
    // The words before it, as tokens: the subject holds no count.
    let mut seen = 0;
    let counted = tokens
        .iter()
        .filter(|t| t.is_word())
        .take_while(|_| {
            seen += 1;
            seen <= at
        })
        .any(|t| {
            t.has_digit() || matches!(t.low(), "thousands" | "hundreds" | "millions" | "dozens")
        });
    !counted
}

const OPINION: &[&[&str]] = &[
    &["i", "think"],
    &["i", "believe"],
    &["i", "love"],
    &["i", "hope"],
    &["i", "want"],
    &["we", "hope"],
    &["i", "feel"],
    &["in", "my", "opinion"],
    &["should"],
    &["ought"],
    &["beautiful"],
    &["wonderful"],
    &["terrible"],
    &["amazing"],
    &["awful"],
    &["shameful"],
    &["disgraceful"],
    // What people are owed: "They deserved better than this."
    &["deserve", "better"],
    &["deserves", "better"],
    &["deserved", "better"],
    // A teller's trust in its own telling: "The Echo said it stood by its
    // reporting."
    &["stood", "by", "its"],
    &["stands", "by", "its"],
    &["stand", "by", "our"],
    &["stood", "by", "their"],
];

const BOILERPLATE: &[&[&str]] = &[
    &["thank", "you"],
    &["thanks", "for"],
    &["welcome", "to"],
    &["good", "morning"],
    &["good", "evening"],
    &["subscribe"],
    &["click", "here"],
    &["sign", "up"],
    &["read", "more"],
    &["you", "are", "currently", "viewing"],
    &["all", "rights", "reserved"],
    &["follow", "us"],
    &["advertisement"],
    &["cookies"],
    &["newsletter"],
    &["share", "this"],
    &["related", "articles"],
    // A transcript's own preface: "The following is an edited transcript of …".
    &["the", "following", "is", "a"],
    &["the", "following", "is", "an"],
    // An interviewer bringing in the guest: "Its chief executive, Ugochukwu
    // Rintoul, joins me now.", "The vice-chancellor, Professor Rannulf
    // Pybus, is with me."
    &["joins", "me"],
    &["joins", "us"],
    &["is", "with", "me"],
    &["are", "with", "me"],
    // A live blog's own earlier entry, corrected: "An earlier entry in this
    // blog said that three lynx had escaped." (the correction after it is
    // the claim)
    &["earlier", "entry", "in", "this"],
    &["earlier", "entry", "on", "this"],
    // ("In an entry at 09:41 we quoted a local councillor …", "This entry
    // is the subject of a correction: see 15:20.")
    &["in", "an", "entry", "at"],
    &["in", "our", "entry", "at"],
    &["subject", "of", "a", "correction"],
];

/// A reading of the facts addressed to "you", or a verdict on people
/// ("tells you that management does not have a grip", "shows you how little
/// they care", "says a lot about the board", "speaks volumes"): a judgement,
/// whatever figures it leans on.
const JUDGEMENT: &[&[&str]] = &[
    &["tells", "you"],
    &["shows", "you"],
    &["says", "a", "lot", "about"],
    &["says", "everything", "about"],
    &["speaks", "volumes"],
    &["have", "a", "grip"],
    &["has", "a", "grip"],
    &["lost", "their", "grip"],
    &["lost", "its", "grip"],
    &["asleep", "at", "the", "wheel"],
    &["out", "of", "touch"],
];

/// An interviewer moving the talk on ("Let's turn to the Northway line.",
/// "Let me ask you about fares.", "Moving on to housing.", "Turning now to
/// the budget."): no claim, whatever it names.
const MOVES: &[&[&str]] = &[
    &["let's", "turn"],
    &["let's", "move"],
    &["let's", "start"],
    &["let's", "begin"],
    &["let's", "talk"],
    &["let's", "go"],
    &["let's", "look"],
    &["let's", "come"],
    &["let's", "get"],
    &["let's", "pick"],
    &["let", "'s", "turn"],
    &["let", "'s", "move"],
    &["let", "'s", "start"],
    &["let", "'s", "talk"],
    &["let", "'s", "look"],
    &["let", "us", "turn"],
    &["let", "me", "ask"],
    &["let", "me", "turn"],
    &["let", "me", "move"],
    &["let", "me", "bring"],
    &["turning", "now", "to"],
    &["turning", "to"],
    &["moving", "on", "to"],
    &["moving", "on"],
    &["final", "question"],
    &["one", "last", "question"],
    // Putting a point, or pressing on the answer: "Let me put this to you,
    // then.", "But you're not denying it.", "You haven't answered the
    // question."
    &["let", "me", "put"],
    &["put", "it", "to", "you"],
    &["put", "this", "to", "you"],
    &["you're", "not", "denying"],
    &["you", "are", "not", "denying"],
    &["you're", "not", "disputing"],
    &["you", "are", "not", "disputing"],
    &["you're", "not", "answering"],
    &["you", "haven't", "answered"],
    &["you", "didn't", "answer"],
    &["you", "did", "not", "answer"],
    &["not", "what", "i", "asked"],
    // The programme's own furniture: who is on air, where, and when.
    // "You're listening to The Breakfast Hour on Radio Skelthorpe.",
    // "Joining me now is the council's leader, Amira Holt.", "It's ten to
    // eight." (ten words at most)
    &["you're", "listening", "to"],
    &["you", "are", "listening", "to"],
    &["with", "me", "now"],
    &["with", "me", "is"],
    &["joining", "me", "now"],
    &["joining", "us", "now"],
    &["it's", "five", "to"],
    &["it's", "five", "past"],
    &["it's", "ten", "to"],
    &["it's", "ten", "past"],
    &["it's", "twenty", "to"],
    &["it's", "twenty", "past"],
    &["it's", "quarter", "to"],
    &["it's", "quarter", "past"],
    &["it's", "half", "past"],
];

const NOT_A_CLAIM: &[&[&str]] = &[
    // Courtroom colour: "sat in the dock wearing a grey suit", "spoke only
    // to confirm his name", "showed no emotion as the verdict was read".
    &["sat", "in", "the", "dock"],
    &["stood", "in", "the", "dock"],
    &["wept", "in", "the", "dock"],
    &["spoke", "only", "to", "confirm"],
    &["showed", "no", "emotion"],
    &["not", "known"],
    &["not", "clear"],
    &["not", "yet", "known"],
    &["not", "yet", "clear"],
    &["unclear", "whether"],
    &["not", "said", "whether"],
    &["not", "say", "whether"],
    &["remains", "to", "be", "seen"],
    &["were", "divided"],
    &["are", "divided"],
    &["urged", "caution"],
    // A possibility left open, not asserted: "We can't rule out that
    // teenagers who already sleep badly simply reach for their phones
    // more", "a bid could not be ruled out".
    &["can't", "rule", "out"],
    &["cannot", "rule", "out"],
    &["couldn't", "rule", "out"],
    &["not", "rule", "out"],
    &["not", "be", "ruled", "out"],
    &["not", "been", "ruled", "out"],
    &["not", "ruled", "out"],
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cue {
    Causal,
    Method,
    Outcome,
    Inquiry,
    Opinion,
    Boilerplate,
    NotAClaim,
    Judgement,
    Move,
    /// A word some rule of `score` needs before it can hold: its bits say
    /// which rules (`NEEDS`).
    Needs(u32),
}

/// The rules of `score` that hold only when the sentence has one of their
/// words, and those words: one probe of each word in the pass over `cues`
/// tells which of the rules can hold, and the others are not run.
mod needs {
    pub(super) const TEST: u32 = 1;
    pub(super) const REFUSAL: u32 = 1 << 1;
    pub(super) const ANALYST: u32 = 1 << 2;
    pub(super) const COURT: u32 = 1 << 3;
    pub(super) const HEARD: u32 = 1 << 4;
    pub(super) const STATEMENT: u32 = 1 << 5;
    pub(super) const URGES: u32 = 1 << 6;
    /// "i", "we" and their contractions: a feeling, a pledge, a witness.
    pub(super) const FIRST: u32 = 1 << 7;
    /// (also any word of more than five letters ending in "-est")
    pub(super) const SUPERLATIVE: u32 = 1 << 8;
    pub(super) const RECORD: u32 = 1 << 9;
    pub(super) const UNIVERSAL: u32 = 1 << 10;
    pub(super) const BEEN: u32 = 1 << 11;
    pub(super) const OPENED: u32 = 1 << 12;
    pub(super) const CLOSED: u32 = 1 << 13;
}

/// The words each rule of `needs` needs (one of them, at least).
#[rustfmt::skip]
const NEEDED: &[(&[&str], u32)] = &[
    (&["test", "tests", "tested", "sample", "samples", "screening", "swab", "swabs"], needs::TEST),
    (&["declined", "refused", "declines", "refuses", "would", "will", "could"], needs::REFUSAL),
    (&["analyst", "analysts", "strategist", "economist", "note"], needs::ANALYST),
    (&["told", "court", "jury", "inquest", "tribunal", "jurors", "magistrates"], needs::COURT),
    (&["heard"], needs::HEARD),
    (&["issued", "released", "published", "put", "responded", "reacted", "spoken", "commented"],
        needs::STATEMENT),
    (&["urged", "advised", "urges", "advises", "urging", "advising", "asked"], needs::URGES),
    (&["i", "we", "i'm", "we're", "we'll", "i'll"], needs::FIRST),
    (&["most", "least", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
        "ninth", "tenth"], needs::SUPERLATIVE),
    (&["by", "acknowledge", "acknowledges", "acknowledged", "admit", "admits", "admitted",
        "concede", "concedes", "conceded", "declared", "registered", "disclosed"], needs::RECORD),
    (&["every", "any", "anyone", "anything", "no", "nobody", "none"], needs::UNIVERSAL),
    (&["been"], needs::BEEN),
    (&["opened", "launched", "declared"], needs::OPENED),
    (&["closed", "shut", "impassable", "blocked", "cordoned", "evacuated", "sealed"],
        needs::CLOSED),
];

fn cues() -> &'static Phrases<Cue> {
    static CELL: OnceLock<Phrases<Cue>> = OnceLock::new();
    CELL.get_or_init(|| {
        Phrases::new(
            CAUSAL
                .iter()
                .map(|p| (*p, Cue::Causal))
                .chain(METHOD.iter().map(|p| (*p, Cue::Method)))
                .chain(OUTCOME.iter().map(|p| (*p, Cue::Outcome)))
                .chain(INQUIRY.iter().map(|p| (*p, Cue::Inquiry)))
                .chain(OPINION.iter().map(|p| (*p, Cue::Opinion)))
                .chain(BOILERPLATE.iter().map(|p| (*p, Cue::Boilerplate)))
                .chain(NOT_A_CLAIM.iter().map(|p| (*p, Cue::NotAClaim)))
                .chain(JUDGEMENT.iter().map(|p| (*p, Cue::Judgement)))
                .chain(MOVES.iter().map(|p| (*p, Cue::Move)))
                .chain(NEEDED.iter().flat_map(|&(ws, bits)| {
                    ws.iter()
                        .map(move |w| (std::slice::from_ref(w), Cue::Needs(bits)))
                })),
        )
    })
}

static NUMBERS: OnceLock<WordSet> = OnceLock::new();
static COMPARING: OnceLock<WordSet> = OnceLock::new();

/// Ordinals that rank: "the fifth consecutive fall".
const ORDINALS: &[&str] = &[
    "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
];

/// A ranking a record could confirm: "the world's most widely used
/// herbicide", "one of the most infectious diseases", "the fifth
/// consecutive annual fall", "the largest", "Britain's oldest".
fn superlative(words: &[&str]) -> bool {
    words.iter().enumerate().any(|(i, w)| {
        let ranks = matches!(*w, "most" | "least")
            || ORDINALS.contains(w)
            || (w.len() > 5
                && w.ends_with("est")
                && !matches!(
                    *w,
                    "interest"
                        | "request"
                        | "protest"
                        | "forest"
                        | "honest"
                        | "modest"
                        | "earnest"
                        | "suggest"
                        | "digest"
                        | "arrest"
                        | "harvest"
                        | "contest"
                        | "invest"
                        | "manifest"
                        | "conquest"
                        | "behest"
                ));
        ranks
            && i > 0
            && (words[i - 1] == "the"
                || words[i - 1].ends_with("'s")
                || (i > 1 && words[i - 2] == "the" && !words[i - 1].ends_with("est")))
    })
}

/// How a speaker feels, said of themselves: "I'm angry, but mostly I'm
/// sad", "We are devastated", "I feel so let down", "I was terrified".
#[rustfmt::skip]
const FEELINGS: &[&str] = &[
    "angry", "sad", "upset", "devastated", "heartbroken", "furious", "disappointed", "delighted",
    "thrilled", "proud", "shocked", "gutted", "scared", "frightened", "terrified", "worried",
    "grateful", "relieved", "saddened", "appalled", "horrified", "overjoyed", "happy", "sorry",
    "livid", "distraught", "ashamed", "embarrassed", "excited", "anxious", "numb", "broken",
    "surprised", "stunned", "amazed", "alarmed", "encouraged", "impressed", "concerned", "moved",
    "touched",
];

/// A speaker's feelings or an apology in the first person, with nothing to
/// count: "I'm angry, but mostly I'm sad", "We are so sorry", "We let you
/// down", "I apologise unreservedly". No claim anyone could check.
fn feeling_or_apology(words: &[&str]) -> bool {
    const ADVERBS: &[&str] = &[
        "so",
        "very",
        "really",
        "just",
        "mostly",
        "absolutely",
        "deeply",
        "truly",
        "utterly",
        "incredibly",
        "completely",
        "still",
        "all",
        "feeling",
        "quite",
        "bitterly",
    ];
    let first = |w: &str| matches!(w, "i" | "we");
    words.iter().enumerate().any(|(i, w)| {
        // The word after the copula or "feel": "I'm", "we're", "I am", "we feel".
        let after = match *w {
            "i'm" | "we're" => i + 1,
            "am" | "are" | "feel" | "felt" | "was" | "were" if i > 0 && first(words[i - 1]) => {
                i + 1
            }
            // "We let you down", "I let them down".
            "let" if i > 0 && first(words[i - 1]) => {
                return words[i + 1..words.len().min(i + 4)].contains(&"down");
            }
            "apologise" | "apologize" | "apologised" | "apologized"
                if i > 0 && first(words[i - 1]) =>
            {
                return true;
            }
            _ => return false,
        };
        // Not a feeling about a fact it goes on to state: "we are proud
        // that crime has fallen", "I'm delighted to say the line is open".
        let from = after.min(words.len());
        let to = words.len().min(after + 3);
        words[from..to]
            .iter()
            .position(|x| !ADVERBS.contains(x))
            .is_some_and(|k| {
                FEELINGS.contains(&words[from + k])
                    && !matches!(words.get(from + k + 1), Some(&("that" | "to")))
            })
    })
}

/// Company kept, not a deed: "was joined on stage by", "flanked by".
#[rustfmt::skip]
const COMPANY: &[&str] = &[
    "joined", "accompanied", "flanked", "surrounded", "greeted", "cheered", "applauded",
    "welcomed", "introduced", "interrupted", "heckled", "watched",
];

/// Participles a passive with its agent uses that do not end in "-ed".
const PARTICIPLES: &[&str] = &[
    "paid", "written", "run", "done", "taken", "made", "given", "held", "led", "seen", "built",
    "found", "won", "caught", "set", "sold", "bought", "brought", "chosen", "known", "told",
    "shown", "driven", "kept", "sent", "hit", "struck", "met", "backed", "drawn", "thrown",
];

/// Shapes of a sentence that a record could settle, with no figure or cue
/// in it: who did or paid for something, in a passive with its agent ("The
/// study was funded by the Kells Trust", "The flat was occupied at the
/// time by a couple", "The survey was carried out by our own staff", "The
/// scaffold was inspected and signed off by an independent firm"); an
/// admission of a fact ("The authors acknowledge that the sample was
/// small", "The council conceded that no letters were sent"); and a
/// witness's own account of what they saw or heard ("I looked out and saw
/// a man running", "We heard two bangs").
fn record_shape(words: &[&str]) -> Option<&'static str> {
    let n = words.len();
    for (j, w) in words.iter().enumerate() {
        match *w {
            "by" if j + 1 < n => {
                // Not a date or an amount: "by 2030", "by the end of May", "by 12%".
                let next = words[j + 1];
                if next.bytes().any(|b| b.is_ascii_digit())
                    || matches!(
                        next,
                        "far" | "then" | "now" | "way" | "contrast" | "comparison"
                    )
                    || (next == "the" && matches!(words.get(j + 2), Some(&("end" | "time"))))
                    || word_set(&NUMBERS, NUMBER_WORDS).contains(next)
                {
                    continue;
                }
                // Not a feeling nor company kept: "surprised by how", "was
                // joined at the lectern by the mayor".
                if matches!(next, "how" | "what" | "why" | "whether") {
                    continue;
                }
                let from = j.saturating_sub(7);
                let passive = (from..j).any(|a| {
                    matches!(words[a], "was" | "were" | "is" | "are" | "been" | "be")
                        && words[a + 1..j].iter().any(|p| {
                            ((p.len() > 4 && p.ends_with("ed")) || PARTICIPLES.contains(p))
                                && !FEELINGS.contains(p)
                                && !COMPANY.contains(p)
                        })
                        && words[a + 1..j]
                            .iter()
                            .all(|p| !matches!(*p, "that" | "which" | "who"))
                });
                if passive {
                    return Some("agent");
                }
            }
            // A thing on a register: "it was properly declared", "the
            // gift had been registered" (not "was declared a success").
            "declared" | "registered" | "disclosed"
                if j >= 1
                    && (matches!(words[j - 1], "was" | "were" | "is" | "are" | "been")
                        || j >= 2
                            && words[j - 1].ends_with("ly")
                            && matches!(words[j - 2], "was" | "were" | "is" | "are" | "been"))
                    && words
                        .get(j + 1)
                        .is_none_or(|n| !matches!(*n, "a" | "an" | "the" | "that")) =>
            {
                return Some("on record");
            }
            "acknowledge" | "acknowledges" | "acknowledged" | "admit" | "admits" | "admitted"
            | "concede" | "concedes" | "conceded"
                if words.get(j + 1) == Some(&"that") =>
            {
                return Some("admission");
            }
            // A charge admitted in court, counted: "He has admitted one
            // charge of failing to keep accurate herd records", "admits two
            // counts of fraud", "admitted a charge under health and safety
            // law" (not "admitted the charges were serious").
            "admit" | "admits" | "admitted"
                if words.get(j + 1).is_some_and(|c| {
                    matches!(*c, "a" | "one")
                        || word_set(&NUMBERS, NUMBER_WORDS).contains(c)
                        || c.bytes().all(|b| b.is_ascii_digit())
                }) && matches!(
                    words.get(j + 2),
                    Some(&("charge" | "charges" | "count" | "counts"))
                ) =>
            {
                return Some("admission");
            }
            "i" | "we"
                if words[j + 1..n.min(j + 9)].iter().any(|x| {
                    matches!(
                        *x,
                        "saw" | "heard" | "watched" | "noticed" | "smelled" | "smelt"
                    )
                }) =>
            {
                return Some("witness");
            }
            _ => {}
        }
    }
    None
}

/// A thing called by a name, with nothing to count or rank: "This is a
/// betrayal of the people who built this company", "That is not a repair",
/// "It was an act of vandalism". A characterisation, not a fact; "That is
/// the highest level since 1962" and "It is the fifth annual fall" rank,
/// and "That is a 40% rise" counts.
fn characterises(words: &[&str]) -> bool {
    characterised(words).is_some()
}

/// Names a verdict, not a thing: "It is a disgrace", "That was an
/// absolute scandal", "This is a complete shambles".
#[rustfmt::skip]
const VERDICTS: &[&str] = &[
    "disgrace", "scandal", "outrage", "travesty", "shambles", "farce", "joke", "betrayal",
    "insult", "fiasco", "nonsense", "mess", "shame", "tragedy", "catastrophe", "disaster",
    "con", "sham", "slap", "kick",
];

/// The words after "this is a" / "it was an" when the sentence calls a
/// thing by a name (`characterises`).
fn characterised<'a>(words: &'a [&'a str]) -> Option<&'a [&'a str]> {
    let start = words
        .iter()
        .position(|x| !x.contains(':'))
        .unwrap_or(words.len());
    let mut w = words[start..].iter().copied().enumerate();
    let opens = matches!(w.next(), Some((_, "this" | "that" | "it")));
    let verb = matches!(w.next(), Some((_, "is" | "was" | "isn't" | "wasn't")));
    let article = w.find(|(_, x)| !matches!(*x, "not" | "simply" | "just" | "really" | "clearly"));
    match article {
        Some((k, "a" | "an")) if opens && verb => Some(&words[start + k + 1..]),
        _ => None,
    }
}

/// A thing called by a verdict in the next three words: "It is a disgrace,
/// and it is one we inherited", "That is an absolute scandal".
fn calls_a_verdict(words: &[&str]) -> bool {
    characterised(words).is_some_and(|rest| rest.iter().take(3).any(|x| VERDICTS.contains(x)))
}

/// The score of a sentence (0–1) and the reasons, in a few words.
pub(crate) fn score(tokens: &[Token], s: &Signals) -> (f64, Vec<&'static str>) {
    // (room for every token made at once, and for the few reasons most
    // sentences have: neither grown a push at a time)
    let mut words: Vec<&str> = Vec::with_capacity(tokens.len());
    words.extend(tokens.iter().filter(|t| t.is_word()).map(|t| t.low()));
    let mut score: f64 = 0.25;
    let mut why = Vec::with_capacity(8);
    // (asked of several rules below: worked out once)
    let digits = tokens.iter().any(Token::has_digit);
    // A time a live blog cites to point at another entry ("… hit back at
    // the minister's account (see 12:55)") is no figure of the claim.
    let pointer = pointer_span(tokens);
    if tokens.iter().enumerate().any(|(i, t)| {
        t.is_word()
                && t.has_digit()
                && !is_year(t.text)
                && !pointer.contains(&i)
                // (a committee's question number: "Q2 Chair: So you …")
                && !(i == 0 && is_question_number(t.text))
    }) || words.iter().enumerate().any(|(i, w)| {
        // "four-year-old", "three-bedroom": a count inside a compound.
        let head = w.split('-').next().unwrap_or(w);
        word_set(&NUMBERS, NUMBER_WORDS).contains(head) && counts(&words, i, head)
    }) || tokens.iter().any(|t| t.text == "%")
    {
        score += 0.3;
        why.push("numbers");
    }
    // A transcript's speaker label ("NADIA FERRIER: One last thing.") names
    // who speaks, not what is said; so does a name the speaker addresses
    // at the end ("You must have some idea, Commissioner."): neither
    // counts as a name.
    let label = tokens
        .iter()
        .take(5)
        .position(|t| t.text == ":")
        .filter(|&c| tokens[..c].iter().all(|t| t.is_word() && t.is_cap()))
        // (a questioner's outlet in brackets: "ANA LOBO (Valmont Herald):")
        .or_else(|| label_colon(tokens).map(|(_, c)| c))
        // (or the speaker's part in lower case: "ANGUS FERREIRA-DOYLE (chair):")
        .or_else(|| super::read::role_label(tokens).map(|(_, c)| c))
        .map_or(0, |c| c + 1);
    // A capital at the start of a sentence says nothing, unless the next word
    // has one too ("Donald Trump is …").
    let opens_with_name = {
        let mut w = tokens[label..].iter().filter(|t| t.is_word());
        matches!((w.next(), w.next()), (Some(a), Some(b)) if a.is_cap() && b.is_cap() && !matches!(a.low(), "the" | "a" | "an" | "in" | "on" | "at" | "if" | "when" | "after" | "as" | "but" | "and" | "this" | "that"))
    };
    let addressed = if label > 0 || words.iter().any(|w| matches!(*w, "you" | "your")) {
        vocative(tokens)
    } else {
        0
    };
    let names = tokens[label..tokens.len() - addressed]
        .iter()
        .enumerate()
        .filter(|(i, t)| {
            t.is_word()
                && t.is_cap()
                && (!(t.first || label > 0 && *i == 0)
                    || opens_with_name
                    // a capital inside the word: "Brandt-Ocal", "McKinsey"
                    || t.text.chars().skip(1).any(char::is_uppercase))
                && t.lower != "i"
        })
        .count();
    if names >= 3 {
        score += 0.15;
        why.push("names");
    } else if names >= 1 {
        score += 0.1;
        why.push("a name");
    }
    if s.dates {
        score += 0.15;
        why.push("dates");
    }
    let mut found: Vec<Cue> = Vec::new();
    let mut needed = 0;
    for (i, w) in words.iter().enumerate() {
        for (_, cue) in cues().at(&words, i) {
            if let Cue::Needs(bits) = cue {
                needed |= bits;
            } else if !found.contains(&cue) {
                found.push(cue);
            }
        }
        if w.len() > 5 && w.ends_with("est") {
            needed |= needs::SUPERLATIVE;
        }
    }
    let may = |bits: u32| needed & bits != 0;
    let has = |c: Cue| found.contains(&c);
    // ("declined to give a figure" is a refusal, not a fall; "since then"
    // compares with nothing named: "And things have moved on since then.")
    if words.iter().enumerate().any(|(i, w)| {
        word_set(&COMPARING, COMPARISONS).contains(w)
            && !(matches!(*w, "declined" | "decline")
                && words.get(i + 1) == Some(&"to")
                && words.get(i + 2).is_some_and(|v| TELL.contains(v)))
            && !(*w == "since" && words.get(i + 1) == Some(&"then"))
    }) || words.windows(2).any(|p| {
        // ("In permanent grassland the numbers hardly changed", "remained
        // unchanged": a change measured as next to none; not "an unchanged
        // side")
        matches!(p[0], "hardly" | "barely" | "scarcely") && p[1] == "changed"
            || matches!(
                p[0],
                "remain" | "remains" | "remained" | "was" | "were" | "is" | "are"
            ) && p[1] == "unchanged"
    }) {
        score += 0.15;
        why.push("comparison");
    }
    if may(needs::SUPERLATIVE) && superlative(&words) {
        score += 0.1;
        why.push("superlative");
    }
    if may(needs::UNIVERSAL) && universal(&words) {
        score += 0.15;
        why.push("every one");
    }
    if has(Cue::Causal) || links_to(&words) {
        score += 0.15;
        why.push("cause");
    }
    if harm_told(tokens, &words) {
        score += 0.15;
        why.push("harm");
    }
    if never_done(&words) {
        score += 0.15;
        why.push("deed denied");
    }
    if has(Cue::Method) {
        score += 0.15;
        why.push("method");
    }
    if has(Cue::Outcome) {
        score += 0.2;
        why.push("legal outcome");
    }
    if has(Cue::Inquiry) || may(needs::OPENED) && inquiry_opened(&words) {
        score += 0.15;
        why.push("inquiry");
    }
    if may(needs::CLOSED) && closure_told(&words) {
        score += 0.15;
        why.push("closure");
    }
    if may(needs::TEST) && test_result(&words) {
        score += 0.15;
        why.push("test result");
    }
    if may(needs::COURT) && told_a_court(&words) {
        score += 0.15;
        why.push("told a court");
    }
    if s.future {
        score += 0.1;
        why.push("future");
    }
    if s.attributed {
        score += 0.15;
        why.push("attributed");
    }
    if s.accused {
        score += 0.15;
        why.push("accusation");
    }
    if let Some(why_checkable) = may(needs::RECORD | needs::FIRST)
        .then(|| record_shape(&words))
        .flatten()
    {
        // An admission is a fact its own party vouches for: worth checking
        // as much as a hedge.
        score += if why_checkable == "admission" {
            0.25
        } else {
            0.15
        };
        why.push(why_checkable);
    }
    if s.hedged {
        // The outlet itself could not vouch for it: worth checking.
        score += HEDGE_WEIGHT;
        why.push("hedged");
    }
    if has(Cue::Opinion) {
        score -= 0.3;
        why.push("opinion");
    }
    if !s.dates && may(needs::FIRST) && pledge(tokens, &words) {
        score -= 0.2;
        why.push("pledge");
    }
    if has(Cue::Boilerplate) {
        score -= 0.6;
        why.push("boilerplate");
    }
    if has(Cue::Judgement) {
        score -= 0.45;
        why.push("judgement");
    }
    // Only a move that opens the sentence: "Turning to the budget, she said
    // taxes would rise 2%" still holds a claim after the comma.
    // ("Let me put this to you, then.": a word or two after the comma.)
    let after_comma = tokens
        .iter()
        .rposition(|t| t.text == ",")
        .map(|c| tokens[c..].iter().filter(|t| t.is_word()).count());
    if has(Cue::Move) && words.len() <= 10 && after_comma.is_none_or(|n| n <= 2) {
        score -= 0.6;
        why.push("moving on");
    }
    // What would have been, in the speaker's own contraction ("If they
    // had asked, I'd have told them …", "Ten minutes earlier and there'd
    // have been 20 people in that queue"): a hypothetical, not a fact.
    // (a curly apostrophe is lowered to a straight one)
    if words
        .windows(2)
        .any(|p| p[1] == "have" && p[0].ends_with("'d"))
    {
        score -= 0.45;
        why.push("hypothetical");
    }
    if figure_alone(&tokens[label..]) {
        score -= 0.6;
        why.push("a figure alone");
    }
    // Only when nothing was counted, compared, ranked or dated above.
    let weighed = why.iter().any(|w| {
        matches!(
            *w,
            "numbers" | "comparison" | "superlative" | "cause" | "dates" | "future" | "hedged"
        )
    });
    // (after a transcript's speaker label: "PRYCE: It is a disgrace")
    let label_words = tokens[..label].iter().filter(|t| t.is_word()).count();
    let body = &words[label_words.min(words.len())..];
    if !weighed && characterises(body) {
        score -= 0.15;
        why.push("characterisation");
        // A verdict is no more than an opinion.
        if calls_a_verdict(body) {
            score -= 0.2;
            why.push("verdict");
        }
    }
    if !digits && may(needs::FIRST) && feeling_or_apology(&words) {
        score -= 0.3;
        why.push("feeling");
    }
    if has(Cue::NotAClaim) {
        score -= 0.35;
        why.push("no assertion");
    }
    if may(needs::REFUSAL) && refusal_only(&words) {
        score -= 0.35;
        why.push("refusal");
    }
    if !digits && may(needs::ANALYST) && analyst_verdict(&words) {
        score -= 0.3;
        why.push("analyst's verdict");
    }
    if may(needs::HEARD) && heard_from(&words) {
        score -= 0.6;
        why.push("who was heard");
    }
    if !digits && may(needs::STATEMENT) && announces_statement(&words) {
        score -= 0.35;
        why.push("statement announced");
    }
    // (not when the sentence goes on to tell what someone did: "We are
    // urging all residents to boycott Harlow Water, which dumped sewage
    // into the river every day last summer")
    if !digits
        && may(needs::URGES)
        && urges_the_public(&words)
        && !super::extras::tells_a_deed(tokens)
    {
        score -= 0.3;
        why.push("advice");
    }
    if tells_whom_to_call(tokens) {
        score -= 0.35;
        why.push("advice");
    }
    if !s.attributed && may(needs::BEEN) && advice_given(tokens, &words) {
        score -= 0.3;
        why.push("advice");
    }
    // "Your department did ask the authority to find savings of £18
    // million, didn't it?": a statement asked back with a tag asserts
    // what it states, as the statement would; not a verdict on what was
    // put before ("That's a record, isn't it?").
    let asserts = super::answers::states_with_tag(tokens);
    if !asserts && tokens.iter().any(|t| t.text == "?" && !t.quoted) {
        score -= 0.3;
        why.push("question");
        // A sentence that is a question as a whole ("Will you still be in
        // post at Christmas?") asserts nothing, whatever it names.
        if tokens.last().is_some_and(|t| t.text == "?") {
            score -= 0.15;
        }
    } else if tokens.first().is_some_and(|t| t.is_quote_mark())
        && tokens
            .iter()
            .rev()
            .find(|t| !t.is_quote_mark())
            .is_some_and(|t| t.text == "?")
    {
        // A quotation that is a question as a whole, the sentence opening
        // and closing with it ("Would any of you let your child walk it in
        // the dark?"): it asks; it asserts nothing.
        score -= 0.45;
        why.push("question");
    }
    // A short sentence with a date is a schedule: "It resumes on Monday."
    // (its words after a speaker label: "NADIA FERRIER: One last thing.")
    if body.len() < 5 && !s.dates {
        score -= 0.2;
        why.push("short");
    }
    if s.headline {
        // A headline, or the standfirst under it, restates the article's
        // lead in fewer words ("Minister says 25% levy will start on July
        // 1; finance ministry warns of hit to growth").
        score -= 0.8;
        why.push("headline");
    }
    super::extras::adjust(tokens, &words, &mut score, &mut why);
    ((score.clamp(0.0, 1.0) * 100.0).round() / 100.0, why)
}

/// A figure said alone, as an interviewer puts it back to a guest: "Two
/// hundred and eighty jobs.", "£1.4 million.", "Forty per cent.": the
/// sentence a count (figures, number words, "and") and at most two words
/// after it in lower case, the last a plural noun; the claim is where the
/// figure was first told. Not "Two remain in hospital.", nor "Two died.",
/// nor "280 Chalcott jobs."
fn figure_alone(tokens: &[Token]) -> bool {
    let counted = |t: &Token| {
        t.has_digit()
            || matches!(t.low(), "and" | "cent")
            || t.low().split('-').all(|p| NUMBER_WORDS.contains(&p))
    };
    let mut words = tokens.iter().filter(|t| t.is_word());
    // (the cheap test first: most sentences open with no count)
    if !words.next().is_some_and(counted) {
        return false;
    }
    let mut rest = words.skip_while(|t| counted(t));
    let (first, second) = (rest.next(), rest.next());
    rest.next().is_none()
        && second
            .or(first)
            .is_none_or(|t| super::speaker::plural_in_s(t.low()))
        && first.into_iter().chain(second).all(|t| !t.is_cap())
}

/// Whether "two" or "both" at `i` counts something a record holds ("Greece
/// has sent two helicopters", "Both were taken to hospital"), not the
/// parties of a story pointed at again ("The two leaders met", "Both sides
/// said", "We both want the same thing"). Every other number word counts.
fn counts(words: &[&str], i: usize, head: &str) -> bool {
    if !matches!(head, "two" | "both") {
        return true;
    }
    let before = i.checked_sub(1).map(|b| words[b]);
    let pointed = matches!(
        before,
        Some("the" | "these" | "those" | "our" | "their" | "its" | "his" | "her" | "your" | "my")
    );
    let pronoun = matches!(before, Some("we" | "they" | "you" | "us" | "them"));
    let parties = matches!(
        words.get(i + 1),
        Some(
            &("sides"
                | "parties"
                | "camps"
                | "leaders"
                | "ways"
                | "hands"
                | "things"
                | "men"
                | "women"
                | "countries"
                | "governments"
                | "teams"
                | "clubs"
                | "companies"
                | "firms"
                | "candidates"
                | "families")
        )
    );
    // ("the two royal visits" counts; "the two leaders" points back.)
    !(pronoun || parties && (pointed || head == "both"))
}

/// A speaker's own undertaking or stand, with nothing in it a record
/// could hold: "we" or "I" before "will", "'ll", "won't" or "shall", no
/// figure anywhere in the sentence and no name in the speaker's words
/// ("We will review that every morning.", "We will not open a railway that
/// is not safe.", "If there is an investigation, we will co-operate
/// fully."). A pledge that names what it binds ("We will not be cutting
/// the Northway line."), when ("We will name the sites in June"), or a
/// deed a record will show ("We will scrap tuition fees") is a claim to
/// check later.
fn pledge(tokens: &[Token], words: &[&str]) -> bool {
    let pledged = words.windows(2).any(|p| {
        matches!(p[0], "we" | "i") && matches!(p[1], "will" | "'ll" | "won't" | "wo" | "shall")
            || matches!(p[0], "we'll" | "i'll")
    });
    if !pledged || tokens.iter().any(Token::has_digit) {
        return false;
    }
    // The speaker's words: the quoted ones when there are any (the
    // attribution names the speaker, not what is pledged).
    let quoted = tokens.iter().any(|t| t.quoted && t.is_word());
    // A capital after the first word in lower case is a name; before it,
    // the capitals open the sentence or a label ("WE WILL …").
    let Some(lead) = tokens.iter().position(|b| b.is_word() && !b.is_cap()) else {
        return true;
    };
    let names = tokens.iter().enumerate().any(|(i, t)| {
        i > lead
            && t.is_word()
            && t.is_cap()
            && (t.quoted || !quoted)
            && !t.first
            && t.low() != "i"
            && !(tokens[i - 1].is_quote_mark() || tokens[i - 1].text == ":")
    });
    !names && !binds_a_deed(words)
}

/// A pledge whose verb is a deed a record will show done or not ("We
/// will scrap tuition fees", "we will close the hospital", "We won't be
/// cutting jobs"): the verb after the modal, past "not" and "be".
fn binds_a_deed(words: &[&str]) -> bool {
    words.iter().enumerate().any(|(i, w)| {
        let modal = matches!(
            *w,
            "will" | "'ll" | "won't" | "wo" | "shall" | "we'll" | "i'll"
        );
        modal
            && words[i + 1..]
                .iter()
                .find(|v| !matches!(**v, "not" | "n't" | "be" | "never" | "also" | "now"))
                .is_some_and(|v| {
                    let stem = v.strip_suffix("ing").unwrap_or(v);
                    word_set(&DEEDS, DEED_VERBS).contains(v)
                        || word_set(&DEEDS, DEED_VERBS).contains(stem)
                })
    })
}

/// Verbs of a deed a record shows done or not, for `binds_a_deed` (also
/// their "-ing" stems: "clos", "cutt").
const DEED_VERBS: &[&str] = &[
    "close",
    "clos",
    "scrap",
    "scrapp",
    "build",
    "cut",
    "cutt",
    "hire",
    "publish",
    "raise",
    "rais",
    "reduce",
    "reduc",
    "abolish",
    "ban",
    "bann",
    "introduce",
    "introduc",
    "sell",
    "freeze",
    "freez",
    "fund",
    "halve",
    "halv",
    "double",
    "doubl",
    "sack",
    "shut",
    "shutt",
    "demolish",
    "axe",
    "ax",
    "repeal",
    "end",
    "lift",
    "stop",
    "stopp",
    "recruit",
    "appoint",
    "refund",
    "compensate",
    "compensat",
];
static DEEDS: OnceLock<WordSet> = OnceLock::new();

/// A claim about every one of a kind, or none: "The text goes to every
/// phone connected to the local masts", "That is happening in every
/// region", "Nobody knocked on a door", "There has been no delay, none at
/// all", "had not lost power at any point", "had no role in designing
/// the study". A record could show the one exception. Not a habit or a manner
/// of speaking: "every morning", "every year", "every option"; nor a
/// feeling: "Nobody wants to do this".
fn universal(words: &[&str]) -> bool {
    words.iter().enumerate().any(|(i, w)| match *w {
        "every" => words.get(i + 1).is_some_and(|n| {
            n.len() > 1
                && !matches!(
                    *n,
                    "morning"
                        | "afternoon"
                        | "evening"
                        | "night"
                        | "day"
                        | "week"
                        | "weekend"
                        | "month"
                        | "year"
                        | "time"
                        | "hour"
                        | "minute"
                        | "so"
                        | "now"
                        | "other"
                        | "single"
                        | "step"
                        | "bit"
                        | "reason"
                        | "chance"
                        | "right"
                        | "confidence"
                        | "option"
                        | "effort"
                        | "avenue"
                        | "possibility"
                        | "opportunity"
                        | "summer"
                        | "winter"
                        | "spring"
                        | "autumn"
                        | "season"
                        | "fortnight"
                        | "quarter"
                        | "term"
                        | "few"
                        | "couple"
                        | "last"
                )
                && !n.ends_with("day")
                // ("every two weeks": a habit counted, not every one.)
                && !n.as_bytes()[0].is_ascii_digit()
                && !word_set(&NUMBERS, NUMBER_WORDS).contains(n)
        }),
        // A deed denied of every occasion or party: "had not lost power at
        // any point", "had never met anyone from the company"; a part
        // denied: "the funder had no role in designing the study". Not a
        // view or a choice left open: "I don't think any of us saw this
        // coming", "We haven't ruled anything out".
        "any" | "anyone" | "anything" => {
            let before = &words[i.saturating_sub(4)..i];
            before.iter().any(|b| is_negation(b))
                && !before.iter().any(|b| {
                    matches!(
                        *b,
                        "think" | "believe" | "expect" | "imagine" | "ruled" | "rule" | "ruling"
                    )
                })
                && !matches!(words.get(i + 1), Some(&"out"))
        }
        "no" => matches!(words.get(i + 1), Some(&("role" | "part" | "one"))),
        // ("Nobody wants to do this", "Nobody is above the law", "None of
        // this is easy": a feeling or a saying, not a record.)
        "nobody" | "none" => !words.get(i + 1).is_some_and(|n| {
            *n == "of"
                && words.get(i + 2).is_some_and(|p| {
                    matches!(
                        *p,
                        "this" | "that" | "it" | "us" | "you" | "them" | "these" | "those"
                    )
                })
                || matches!(
                    *n,
                    "knows"
                        | "is"
                        | "wants"
                        | "wanted"
                        | "likes"
                        | "enjoys"
                        | "comes"
                        | "goes"
                        | "thinks"
                        | "believes"
                        | "cares"
                        | "doubts"
                        | "disputes"
                        | "expects"
                        | "should"
                        | "would"
                )
        }),
        _ => false,
    })
}

/// The tokens of a pointer to another entry, "(see 12:55)", "(see
/// below)": from the bracket to its close; empty when there is none.
fn pointer_span(tokens: &[Token]) -> std::ops::Range<usize> {
    let Some(open) = tokens
        .windows(2)
        .position(|p| p[0].text == "(" && p[1].low() == "see")
    else {
        return 0..0;
    };
    let close = tokens[open..]
        .iter()
        .position(|t| t.text == ")")
        .map_or(tokens.len(), |c| open + c);
    open..close
}

/// The tokens of a name the sentence ends by addressing: ", Commissioner.",
/// ", Nadia?", ", Mr Tolland." (one or two capitalised words after the
/// last comma, then the end); none when the sentence ends otherwise.
fn vocative(tokens: &[Token]) -> usize {
    let n = tokens.len();
    let end = usize::from(
        tokens
            .last()
            .is_some_and(|t| matches!(t.text, "." | "?" | "!")),
    );
    let caps = tokens[..n - end]
        .iter()
        .rev()
        .take_while(|t| t.is_word() && t.is_cap())
        .count();
    let comma = n - end - caps;
    if (1..=2).contains(&caps) && comma > 0 && tokens[comma - 1].text == "," {
        caps + end
    } else {
        0
    }
}

fn is_year(text: &str) -> bool {
    text.len() == 4 && text.starts_with(['1', '2']) && text.bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn of(text: &str, s: Signals) -> f64 {
        let mut html = 0;
        score(&tokenize(text, 0, text.len(), &[], &mut html), &s).0
    }

    fn reasons(text: &str, s: Signals) -> Vec<&'static str> {
        let mut html = 0;
        score(&tokenize(text, 0, text.len(), &[], &mut html), &s).1
    }

    #[test]
    fn each_rule_run_only_when_its_words_are_there_still_holds() {
        let attributed = Signals {
            attributed: true,
            ..Signals::default()
        };
        for (text, s, why) in [
            (
                "The world's most widely used herbicide.",
                Signals::default(),
                "superlative",
            ),
            (
                "It was Britain's oldest pier.",
                Signals::default(),
                "superlative",
            ),
            (
                "Nobody knocked on a door in the street.",
                Signals::default(),
                "every one",
            ),
            (
                "The samples tested positive for E. coli.",
                Signals::default(),
                "test result",
            ),
            (
                "The jury heard that he had been warned.",
                Signals::default(),
                "told a court",
            ),
            (
                "The study was funded by the Kells Trust.",
                Signals::default(),
                "agent",
            ),
            (
                "The council conceded that no letters were sent.",
                Signals::default(),
                "admission",
            ),
            (
                "I looked out and saw a man running away.",
                Signals::default(),
                "witness",
            ),
            (
                "We will review that every morning.",
                Signals::default(),
                "pledge",
            ),
            ("We are so sorry.", Signals::default(), "feeling"),
            (
                "The company refused to say how many staff were affected.",
                Signals::default(),
                "refusal",
            ),
            (
                "Rebecca Marlowe, an analyst at Stanmore Securities, said a bid could follow.",
                attributed,
                "analyst's verdict",
            ),
            (
                "On Friday the jury heard from Stephen Ruddle, a lorry driver.",
                Signals::default(),
                "who was heard",
            ),
            (
                "The club released a statement on Tuesday evening.",
                Signals::default(),
                "statement announced",
            ),
            (
                "Police advised drivers to avoid the area.",
                Signals::default(),
                "advice",
            ),
            (
                "Swimmers have been advised to avoid the river.",
                Signals::default(),
                "advice",
            ),
        ] {
            let got = reasons(text, s);
            assert!(got.contains(&why), "{text}: {got:?}");
        }
        // (none of their words: none of the rules)
        let plain = reasons(
            "The bridge reopened after repairs costing millions.",
            Signals::default(),
        );
        for why in [
            "superlative",
            "every one",
            "test result",
            "agent",
            "pledge",
            "refusal",
        ] {
            assert!(!plain.contains(&why), "{plain:?}");
        }
    }

    #[test]
    fn facts_score_above_opinions_and_greetings() {
        let fact = of(
            "The budget adds 14 firefighters and cuts $2.3 million from roads.",
            Signals::default(),
        );
        let opinion = of(
            "I think this town is beautiful and we should be proud.",
            Signals::default(),
        );
        let greeting = of("Thank you for reading.", Signals::default());
        assert!(fact >= 0.5, "{fact}");
        assert!(opinion < 0.3, "{opinion}");
        assert!(greeting < 0.1, "{greeting}");
    }

    #[test]
    fn feelings_apologies_and_courtroom_colour_are_no_claims() {
        let said = Signals {
            attributed: true,
            ..Signals::default()
        };
        for text in [
            "\"I'm furious, but more than anything I'm exhausted,\" the shop owner said.",
            "\"We are absolutely devastated,\" his sister told the Courier.",
            "\"We let our passengers down, and I apologise,\" Ms Okafor said.",
            "\"I apologise to every family who was affected,\" the chief executive said.",
            "Hallam, of Tanner Row, Ellesby, sat in the dock wearing a grey jumper.",
            "He spoke only to confirm his name and address.",
            // (a teller's trust in its own telling)
            "The Echo said it stood by its reporting.",
            "The Sunday Tidings said it stood by its story.",
        ] {
            assert!(of(text, said.clone()) < 0.5, "{text}");
        }
        // A feeling about a fact is still the fact; figures are still figures.
        for text in [
            "\"We are proud that Ellesby now has the lowest crime rate in the county,\" the mayor said.",
            "\"I'm sorry, but 40 people lost their jobs at Ellesby Mills,\" Ms Okafor said.",
        ] {
            assert!(of(text, said.clone()) >= 0.5, "{text}");
        }
    }

    #[test]
    fn what_people_deserve_is_an_opinion() {
        let said = Signals {
            attributed: true,
            ..Signals::default()
        };
        // (seen: a union's and a charity's reactions, in several stories)
        for text in [
            "\"They deserved better than this,\" he said.",
            "\"People here deserve better than finding out about their future in a corridor,\" he said.",
            "\"Women deserve better than recycled announcements,\" she said.",
            // (the same in other words)
            "\"Every patient deserves better than a trolley in a corridor,\" she said.",
        ] {
            assert!(of(text, said.clone()) < 0.5, "{text}");
        }
        // (but a figure beside it is still a figure, and "better" alone
        // is no verdict)
        for text in [
            "\"They deserved better than a 3% pay rise in 2025,\" he said.",
            "\"Results were better than expected in 2025,\" he said.",
        ] {
            assert!(of(text, said.clone()) >= 0.5, "{text}");
        }
    }

    #[test]
    fn a_thing_said_to_be_on_a_register_is_worth_checking() {
        // (seen: "DELPHINE ARKWRIGHT: He did, and it was properly declared.")
        let said = Signals {
            attributed: true,
            ..Signals::default()
        };
        for text in [
            "DELPHINE ARKWRIGHT: He did, and it was properly declared.",
            // The same shape in other words.
            "The payment was fully disclosed in the accounts, he said.",
            "The donation had been registered within a month, she said.",
        ] {
            assert!(of(text, said.clone()) >= 0.5, "{text}");
        }
        // Not a thing called something, nor a declaration that is words said.
        for text in [
            "The evening was declared a success, she said.",
            "He declared that he was staying, she said.",
        ] {
            assert!(of(text, said.clone()) < 0.5, "{text}");
        }
    }

    #[test]
    fn who_paid_or_did_it_an_admission_and_a_witness_are_worth_checking() {
        let plain = Signals::default();
        let said = Signals {
            attributed: true,
            ..Signals::default()
        };
        for text in [
            "The research was paid for by the Ellesby Heritage Trust.",
            // A count inside a compound is a figure.
            "The house next door was owned by a retired teacher and her four-year-old grandson.",
        ] {
            assert!(of(text, plain.clone()) >= 0.5, "{text}");
        }
        for text in [
            "The authors concede that the sample was small and drawn from one city.",
            "The researchers acknowledge that the trial was not blinded.",
            "The second survey was carried out by the council's own inspectors, she said.",
            "\"I ran to the door and saw smoke pouring from the garage roof,\" she said.",
        ] {
            assert!(of(text, said.clone()) >= 0.5, "{text}");
        }
        // A charge admitted in court, counted.
        for text in [
            "He has admitted one charge of failing to keep accurate herd records.",
            // (in other words)
            "She admits two counts of fraud.",
            "The firm admitted a charge under health and safety law.",
            "Okafor admitted 14 counts of theft.",
            "The brothers admit three charges of arson.",
        ] {
            assert!(of(text, plain.clone()) >= 0.5, "{text}");
            assert!(
                reasons(text, plain.clone()).contains(&"admission"),
                "{text}"
            );
        }
        // Not a charge admitted that is no count of one, nor one denied.
        for text in [
            "He admitted the charges were serious.",
            "He has denied one charge of failing to keep accurate herd records.",
            "He admitted one mistake in the accounts.",
        ] {
            assert!(
                !reasons(text, plain.clone()).contains(&"admission"),
                "{text}"
            );
        }
        let dated = Signals {
            dates: true,
            future: true,
            ..Signals::default()
        };
        assert!(of("The hearing resumes on Monday.", dated) >= 0.5);
        // Dates and amounts after "by" are no agents.
        for text in [
            "The gates were locked by the end of the day, he said.",
            "The crowd had been dispersed by then, she said.",
            "\"We were surprised by how quickly it spread,\" she said.",
            "He was joined on the platform by the deputy mayor, she said.",
        ] {
            assert!(of(text, said.clone()) < 0.5, "{text}");
        }
    }

    #[test]
    fn a_thing_called_by_a_name_is_no_claim() {
        let said = Signals {
            attributed: true,
            ..Signals::default()
        };
        for text in [
            "\"This is an insult to every nurse in Ellesby,\" said the union's branch secretary, Paul Greer.",
            "\"That is not a plan,\" Ms Okafor said.",
            "\"It was an act of cowardice that shamed the whole town,\" he said.",
            // Seen: a verdict, with a clause after it.
            "PRYCE: It is a disgrace, and it is one we inherited.",
            // The same shape in other words.
            "\"That is an absolute scandal, and the council knows it,\" she said.",
            "\"This was a complete shambles from start to finish,\" Mr Lowe said.",
        ] {
            assert!(of(text, said.clone()) < 0.5, "{text}");
        }
        // A verdict that counts stays a claim.
        assert!(
            of(
                "\"It is a scandal that 4,000 children waited more than a year,\" she said.",
                said.clone()
            ) >= 0.5
        );
        for text in [
            "\"That is the highest level we have seen since 1987,\" she said.",
            "\"It is a 40% rise in a single year,\" she said.",
        ] {
            assert!(of(text, said.clone()) >= 0.5, "{text}");
        }
    }

    #[test]
    fn judgements_and_an_interviewers_moves_are_no_claims() {
        let said = Signals {
            attributed: true,
            ..Signals::default()
        };
        for text in [
            "Three profit warnings in a year tells you the board has lost its grip on costs.",
            "A third delay in 18 months shows you that nobody is in charge.",
            "Paying £2m to the departing chief executive says a lot about the board.",
        ] {
            assert!(of(text, said.clone()) < 0.5, "{text}");
        }
        for text in [
            "Let's turn to the Kells Road bypass in Westmere.",
            "Let me ask you about the £40m overspend.",
            "Moving on to the £2bn Kells Road scheme.",
            "Turning now to the Northfield General Hospital in Westmere.",
            // (the programme's own furniture, seen)
            "You're listening to The Breakfast Hour on Radio Skelthorpe.",
            "It's ten to eight.",
            "Joining me now is the council's leader, Amira Holt.",
            "With me is the company's managing director, Lancelyn Strickhouse.",
        ] {
            assert!(of(text, said.clone()) < 0.5, "{text}");
        }
        // (a time that is no clock's: a claim)
        assert!(
            of(
                "It's ten times the figure the council gave in 2024.",
                said.clone()
            ) >= 0.5
        );
        let asked = Signals {
            attributed: true,
            dates: true,
            future: true,
            ..Signals::default()
        };
        assert!(
            of(
                "Will the Kells Road bypass be open by Christmas?",
                asked.clone()
            ) < 0.5
        );
        let standfirst = Signals {
            headline: true,
            ..asked
        };
        assert!(
            of(
                "Minister says 25% levy will start on July 1; Treasury warns of 0.4% hit to growth",
                standfirst
            ) < 0.5
        );
        // A claim after the move, or told to someone, stays a claim.
        for text in [
            "Turning to the budget, she said council tax would rise by 4.9% in April.",
            "The report tells ministers that 40,000 homes were built last year, up from 31,000.",
        ] {
            assert!(of(text, said.clone()) >= 0.5, "{text}");
        }
    }

    #[test]
    fn a_method_a_test_result_and_what_a_court_was_told_are_worth_checking() {
        let said = Signals {
            attributed: true,
            ..Signals::default()
        };
        for text in [
            "She said the difference held after the team adjusted for age, sex, smoking and other exercise.",
            "Participants also reported their own sick days, which were not checked against employers' records.",
            "He said the researchers had controlled for income and diet, and the link remained.",
            "She said a breath test carried out at the scene was negative.",
            "He said samples taken from the tank had tested positive for legionella.",
            "A delivery driver was watching football highlights on his phone seconds before he hit and killed a cyclist on a country lane, prosecutors have told a jury.",
            "A carer stole from the woman she looked after for months, the court heard.",
            // The design of a study.
            "They also cautioned that the study was observational.",
            "The authors noted that the survey was cross-sectional.",
        ] {
            assert!(of(text, said.clone()) >= 0.5, "{text}");
        }
    }

    #[test]
    fn who_a_court_heard_from_a_statement_announced_and_advice_are_no_claims() {
        let plain = Signals::default();
        let dated = Signals {
            dates: true,
            ..Signals::default()
        };
        for text in [
            "On Friday the jury heard from Stephen Ruddle, a lorry driver who had been travelling about 100 yards behind the van.",
            "The inquest also heard from the pathologist, Dr Anna Leigh.",
        ] {
            assert!(of(text, dated.clone()) < 0.5, "{text}");
        }
        for text in [
            "Holbrook Chemical Storage, which operates the warehouse, has issued its first statement.",
            "The shadow chancellor, Marcus Oduya, has just responded in the Commons.",
            "The Kells Harbour Trust has put out a short statement.",
            "People living within half a mile of the site have been told to keep doors and windows shut.",
            "Residents in Eastholme have been advised to stay indoors.",
            // A distance between the public and the advice.
            "The UK Health Security Agency has advised people within three miles of the plant to keep windows and doors closed.",
        ] {
            assert!(of(text, plain.clone()) < 0.5, "{text}");
        }
        let said = Signals {
            attributed: true,
            ..Signals::default()
        };
        for text in [
            "Speaking after an emergency cabinet meeting, First Minister Alasdair Brodie urged people in the west to stay at home.",
            "Police advised drivers to avoid the Kells Road area.",
            "The council asked residents to keep their bins indoors, Ms Hart said.",
            // A place between the public and the advice.
            "The Met Office urged drivers in the north of the county to avoid all but essential journeys.",
        ] {
            assert!(of(text, said.clone()) < 0.5, "{text}");
        }
        // Asking the public about something is no advice.
        assert!(
            of(
                "The council asked residents in three wards about plans to the south of the town for 400 homes.",
                said.clone()
            ) >= 0.5
        );
        assert!(
            of(
                "Police urged drivers to avoid the A38, where 14 vehicles were involved in a crash.",
                said
            ) >= 0.5
        );
        // What a court heard, a statement's content and advice to a
        // counted public stay claims.
        for text in [
            "The jury heard from a pathologist that the injuries were consistent with a fall of 14 metres.",
            "The company issued a statement saying 40 staff had been moved to other sites.",
            "Around 38,000 homes in Pendlecombe have been told to boil their tap water after low chlorine levels were found.",
        ] {
            assert!(of(text, dated.clone()) >= 0.5, "{text}");
        }
    }

    #[test]
    fn an_amount_in_pounds_or_euros_is_a_figure_as_one_in_dollars_is() {
        let said = Signals {
            attributed: true,
            ..Signals::default()
        };
        for text in [
            // Seen.
            "The figure was £31,000, and it paid for the new website and the victims' helpline.",
            "Opposition members of the police and crime panel say you spent £85,000 of public money rebranding your office.",
            // The same shape in other currencies.
            "The council paid €40,000 for the report.",
            "The council paid $40,000 for the report.",
        ] {
            assert!(of(text, said.clone()) >= 0.5, "{text}");
        }
        let mut html = 0;
        let text = "It cost £31,000.";
        let t = tokenize(text, 0, text.len(), &[], &mut html);
        assert!(t.iter().any(|t| t.text == "£31,000" && t.is_word()));
    }

    #[test]
    fn whom_to_call_and_the_number_are_no_claim() {
        let said = Signals {
            attributed: true,
            ..Signals::default()
        };
        for text in [
            // Seen.
            "If you depend on medical equipment at home, call its priority services line on 0800 316 4455.",
            "Vulnerable residents can call the council's emergency line on 01632 960 400.",
            // The same shapes in other words.
            "Anyone with information should ring 101, quoting incident 412.",
            "Parents are urged to call the school office on 0161 496 0000.",
            "For help with bills, contact the Marchland helpline on 0300 555 0199.",
        ] {
            assert!(of(text, Signals::default()) < 0.5, "{text}");
            assert!(of(text, said.clone()) < 0.5, "{text}");
        }
        // People described by their calls, and counts of calls.
        for text in [
            "Residents who call 0300 123 4567 have waited an average of three hours since January.",
            "Calls to 999 in Marchland rose by 8% last year.",
            "She tried to call 999 three times before the line went dead.",
        ] {
            assert!(of(text, Signals::default()) >= 0.5, "{text}");
        }
    }

    #[test]
    fn a_speaker_label_and_a_name_addressed_are_no_names_of_the_claim() {
        let said = Signals {
            attributed: true,
            ..Signals::default()
        };
        for text in [
            // Seen.
            "NADIA FERRIER: You must have some idea, Commissioner.",
            "NADIA FERRIER: One last thing.",
            // The same shapes in other words.
            "RHONA KEILL: You must know the answer to that, Minister.",
            "PRESENTER: A final point.",
            "JOHN HUMPHRYS: You can surely tell us, Mr Pryce?",
            // A change since a time not named compares nothing.
            "GRAHAM TOLLAND: And things have moved on since then.",
            "MARK LEE: A lot has changed since then.",
        ] {
            assert!(of(text, said.clone()) < 0.5, "{text}");
        }
        // A name in what is said still counts, and facts after a label stay
        // claims.
        for text in [
            "NADIA FERRIER: Residents in Harrowfield have waited three years for their new custody suite.",
            "GRAHAM TOLLAND: The new custody suite in Harrowfield opens on November 2.",
            "MARK LEE: Fares have risen by a fifth since then.",
            "VOSS: Brandt-Ocal is paying for the replacement trains.",
            "MARK LEE: McKinsey was paid for the review.",
            "Knife crime rose sharply across Marchland, the Home Office said, citing Police Scotland.",
        ] {
            assert!(of(text, said.clone()) >= 0.5, "{text}");
        }
    }

    #[test]
    fn an_interviewer_bringing_in_the_guest_is_no_claim() {
        let said = Signals {
            attributed: true,
            ..Signals::default()
        };
        for text in [
            "Its chief executive, Ugochukwu Rintoul, joins me now.",
            "TILLOTSON: The vice-chancellor, Professor Rannulf Pybus, is with me.",
            "The health minister, Orla Dunne, joins us from Belfast.",
            "Two of the festival's organisers, Cara Lynd and Ed Mott, are with me.",
        ] {
            assert!(of(text, said.clone()) < 0.5, "{text}");
        }
        // Not one who joined a body.
        assert!(
            of(
                "Dr Ama Owusu, who led the 2024 review of 31 trusts, joins the board in March.",
                said
            ) >= 0.5
        );
    }

    #[test]
    fn a_live_blogs_own_earlier_entry_corrected_is_no_claim() {
        let said = Signals {
            attributed: true,
            ..Signals::default()
        };
        for text in [
            "An earlier entry in this blog said that three lynx had escaped.",
            "An earlier entry on this page, at 12:10, reported a claim that one crew member was missing.",
            // (seen: a refinery fire, and a cave rescue)
            "In an entry at 09:41 we quoted a local councillor about a fine imposed after a gas leak in 2023.",
            "In an entry at 11:02 this morning we said five cavers were trapped.",
            "This entry is the subject of a correction: see 15:20.",
            "In our entry at 14:05 we reported that 300 homes had lost power.",
            "This post was the subject of a correction at 16:40.",
        ] {
            assert!(of(text, said.clone()) < 0.5, "{text}");
        }
        // The correction itself, and another's entry, stay claims.
        for text in [
            "The park now says two animals got out, and that a third lynx stayed in its enclosure throughout.",
            "An earlier entry in the register showed that 12 lynx had been bought in 2019.",
            "In an entry dated 2019, the register showed that 12 lynx had been bought.",
            "The firm said the site had been the subject of a complaint in May.",
        ] {
            assert!(of(text, said.clone()) >= 0.5, "{text}");
        }
    }

    #[test]
    fn what_would_have_been_in_a_contraction_is_no_claim() {
        let said = Signals {
            attributed: true,
            ..Signals::default()
        };
        for text in [
            "\"If they had asked, I'd have told them a mural can be taken off a wall and moved.",
            "Ten minutes earlier and there'd have been 20 people in that queue,\" he said.",
            "If the gate had been shut, we\u{2019}d have lost 40 sheep.",
        ] {
            assert!(of(text, said.clone()) < 0.5, "{text}");
        }
        // Not what was had or told ("she'd had", "he'd been told").
        for text in [
            "She said she'd had 40 complaints since March.",
            "He said he'd been told 40 jobs would go in March.",
        ] {
            assert!(of(text, said.clone()) >= 0.5, "{text}");
        }
    }

    #[test]
    fn a_figure_put_back_alone_is_no_claim() {
        let said = Signals {
            attributed: true,
            ..Signals::default()
        };
        for text in [
            "TILLOTSON: Two hundred and eighty jobs.",
            "Two hundred and eighty jobs.",
            "\u{a3}1.4 million.",
            "MARA FELL: 94 applications.",
            "Forty per cent.",
        ] {
            assert!(of(text, said.clone()) < 0.5, "{text}");
        }
        // A figure with its verb, or with more words than what it counts,
        // stays a claim.
        for text in [
            "Two remain in hospital.",
            "TILLOTSON: Two hundred and eighty jobs went in March.",
            "280 jobs across faculties.",
            "Two died.",
            "280 Chalcott jobs.",
        ] {
            assert!(of(text, said.clone()) >= 0.5, "{text}");
        }
    }

    #[test]
    fn an_interviewer_putting_a_point_or_pressing_is_no_claim() {
        let said = Signals {
            attributed: true,
            ..Signals::default()
        };
        for text in [
            "RHONA KEILL: Let me put this to you, then.",
            "RHONA KEILL: But you're not denying it.",
            "You haven't answered the question, Minister.",
            "But you are not disputing the figure.",
        ] {
            assert!(of(text, said.clone()) < 0.5, "{text}");
        }
        // A point put with its facts stays a claim.
        assert!(
            of(
                "Let me put this to you: the prison population hit 91,400 on Friday.",
                said
            ) >= 0.5
        );
    }

    #[test]
    fn a_legal_outcome_and_an_inquiry_are_worth_checking() {
        let plain = Signals::default();
        let said = Signals {
            attributed: true,
            ..Signals::default()
        };
        for text in [
            "Marchetti's partner at the time, Ian Cole, who owned AMX Maintenance, was cleared of money laundering at the same trial.",
            "The driver was charged with causing death by careless driving.",
        ] {
            assert!(of(text, plain.clone()) >= 0.5, "{text}");
        }
        for text in [
            "A fourth man arrested during the raids was released on bail, police said.",
            "A police source told this blog that officers were investigating whether the fire had been started deliberately.",
            "The regulator said it had opened an investigation into the company.",
        ] {
            assert!(of(text, said.clone()) >= 0.5, "{text}");
        }
    }

    #[test]
    fn a_refusal_an_analysts_verdict_and_what_is_not_yet_known_are_no_claims() {
        let said = Signals {
            attributed: true,
            ..Signals::default()
        };
        let dated = Signals {
            attributed: true,
            dates: true,
            ..Signals::default()
        };
        for text in [
            "Asked how many of the 12 new teams were fully staffed, the department declined to give a figure.",
            "The company refused to say how many of its 40 depots were affected.",
            "The ministry would not say when the review began.",
        ] {
            assert!(of(text, said.clone()) < 0.5, "{text}");
        }
        for text in [
            "\"The numbers are worse than anyone expected, and the closure is a sticking plaster,\" said Yusuf Daneel, a beverages analyst at the broker.",
            "\"They are buying volume, and volume is not profit,\" said Camilla Ness, an analyst at Fjord Securities, who rates the stock a sell.",
            "Rebecca Marlowe, an analyst at Stanmore Securities, said a bid could not be ruled out despite the denial.",
            "\"If Penhallow's walks, the depot closures will look like the easy part,\" he wrote in a note to clients.",
            "Police would only say that the cause of the fire was \"not yet known\".",
            // A possibility left open.
            "\"We can't rule out that teenagers who already sleep badly simply reach for their phones more,\" Brennan said.",
            "\"We cannot rule out that the pumps failed earlier,\" the inspector said.",
            "Detectives said they had not ruled out that the fire was started deliberately.",
        ] {
            assert!(of(text, said.clone()) < 0.5, "{text}");
        }
        // A fact after the refusal, figures from an analyst, and what a
        // company told analysts stay claims.
        for text in [
            "Tarrant declined to comment on Wednesday but said its figures for 2025 were accurate.",
            "Sales fell 12% in the quarter, said Ann Lowe, an analyst at Kells Capital.",
            "The chief executive told analysts on a call that the margin would recover in the second half of the year.",
        ] {
            assert!(of(text, dated.clone()) >= 0.5, "{text}");
        }
    }

    #[test]
    fn a_pointer_to_another_entry_is_no_figure_and_a_quoted_question_asserts_nothing() {
        let plain = Signals::default();
        let said = Signals {
            attributed: true,
            ..Signals::default()
        };
        // A time that points at another entry adds nothing; the same time
        // told as when something happened still counts.
        for text in [
            "The Rail and Transit Workers' Union has hit back at the transport secretary's account of the pay talks (see 12:55).",
            "The council has responded to the campaigners' petition (see 14.45 below).",
        ] {
            assert!(of(text, plain.clone()) < 0.5, "{text}");
        }
        assert!(
            of(
                "The Rail and Transit Workers' Union said 12,000 members walked out.",
                plain.clone()
            ) >= 0.5
        );
        // A quotation that is a question as a whole.
        for text in [
            "\"Would any of you let your child walk it in the dark?\"",
            "\"How many more families will have to wait before someone in this council listens to us?\"",
        ] {
            assert!(of(text, said.clone()) < 0.5, "{text}");
        }
        // A quoted claim that goes on after a question is still a claim.
        assert!(
            of(
                "\"Why? Because 40 buses were cut from the routes in March,\" she said.",
                said.clone()
            ) >= 0.5
        );
    }

    #[test]
    fn two_and_both_are_counts_like_three() {
        let said = Signals {
            attributed: true,
            ..Signals::default()
        };
        for text in [
            "Greece has sent two helicopters.",
            "Two schools have closed their kitchens.",
            "Both were taken to Carrow General Hospital with minor injuries.",
            "A lot of that overtime was the two royal visits.",
        ] {
            assert!(of(text, said.clone()) >= 0.5, "{text}");
        }
        // The parties of a story pointed at again are no count.
        for text in [
            "Both sides said the talks had been constructive.",
            "\"We both want the same thing.\"",
            "The two leaders shook hands after the talks.",
        ] {
            assert!(of(text, said.clone()) < 0.5, "{text}");
        }
    }

    #[test]
    fn a_claim_about_every_one_of_a_kind_or_none_is_worth_checking() {
        let said = Signals {
            attributed: true,
            ..Signals::default()
        };
        for text in [
            "The text goes to every phone connected to the local masts.",
            "That is happening in every region.",
            "Nobody knocked on a door and nobody sent a letter.",
            "Every page of that tender is in the council archive.",
            "Intensive care had not lost power at any point.",
            "He said he had never met anyone from the company.",
            "The funder had no role in designing the study.",
        ] {
            assert!(of(text, said.clone()) >= 0.5, "{text}");
        }
        // A habit, a manner of speaking, a feeling.
        for text in [
            "We will review that every morning.",
            "Ministers look at every option.",
            "\"Nobody wants to do this.\"",
            "Nobody comes into politics to close libraries.",
            "The festival is held every summer.",
            "\"None of this is easy.\"",
            "\"We haven't ruled anything out.\"",
        ] {
            assert!(of(text, said.clone()) < 0.5, "{text}");
        }
    }

    #[test]
    fn a_saying_or_a_view_is_no_claim_about_every_one() {
        for words in [
            &["nobody", "is", "above", "the", "law"][..],
            &["nobody", "knows", "how", "long", "it", "will", "last"],
            &[
                "i", "do", "n't", "think", "any", "of", "us", "saw", "this", "coming",
            ],
            &["we", "have", "n't", "ruled", "anything", "out"],
            &["none", "of", "this", "is", "easy"],
            &["it", "is", "held", "every", "summer"],
        ] {
            assert!(!universal(words), "{words:?}");
        }
        assert!(universal(&[
            "none", "of", "the", "40", "patients", "was", "harmed"
        ]));
        assert!(universal(&[
            "it", "had", "no", "role", "in", "the", "study"
        ]));
    }

    #[test]
    fn a_pledge_with_nothing_a_record_could_hold_is_no_claim() {
        let said = Signals {
            attributed: true,
            future: true,
            ..Signals::default()
        };
        for text in [
            "CHIEF CARVALHAL: We will review that every morning.",
            "We will not open a railway that is not safe.",
            "If there is an investigation, we will co-operate fully.",
            "\"We will look at the data, and only the data,\" he said.",
        ] {
            assert!(of(text, said.clone()) < 0.5, "{text}");
        }
        for text in [
            "We will not be cutting the Northway line to save money.",
            "We will close 12 wards over the winter.",
            "The council will close the Northway depot.",
            // A deed a record will show done or not.
            "\"We will scrap tuition fees,\" the minister said.",
            "\"We will close the hospital,\" the minister said.",
        ] {
            assert!(of(text, said.clone()) >= 0.5, "{text}");
        }
        // Capitals before the first lower-case word open the sentence or
        // a label; they name nothing (and are read once, not per word).
        let shout = format!("WE WILL {} review it.", "X ".repeat(400));
        assert!(of(&shout, said.clone()) < 0.5);
    }

    #[test]
    fn links_harm_deeds_denied_and_changes_measured_are_claims() {
        let said = Signals {
            attributed: true,
            ..Signals::default()
        };
        for (text, s, why) in [
            (
                "The paper links the steepest falls to fields sprayed several times a year.",
                said.clone(),
                "cause",
            ),
            (
                "Researchers have tied the outbreak to a single farm near the river.",
                Signals::default(),
                "cause",
            ),
            (
                "The rise was associated with higher doses of the drug.",
                Signals::default(),
                "cause",
            ),
            (
                "The researchers attribute the recovery largely to cleaner water.",
                Signals::default(),
                "cause",
            ),
            (
                "The driver was not hurt, police said.",
                said.clone(),
                "harm",
            ),
            (
                "Two passengers were injured in the crash.",
                Signals::default(),
                "harm",
            ),
            (
                "\"I have never discussed a contract with him,\" she said.",
                said.clone(),
                "deed denied",
            ),
            (
                "He has never made a donation to my party.",
                said.clone(),
                "deed denied",
            ),
            (
                "The pontoon had never been built, the court heard.",
                said.clone(),
                "deed denied",
            ),
            (
                "In permanent grassland the numbers hardly changed, he said.",
                said.clone(),
                "comparison",
            ),
            (
                "The rate of infection remained unchanged in the north, he said.",
                said.clone(),
                "comparison",
            ),
        ] {
            assert!(reasons(text, s.clone()).contains(&why), "{text}: {why}");
        }
        // The same words that draw no link, hurt no one, deny no deed done
        // or measure no change.
        for (text, why) in [
            ("There is a link to the full report below.", "cause"),
            ("The road links the town to the motorway.", "cause"),
            ("The road links to the motorway at junction 4.", "cause"),
            (
                "The charity, associated with the church, runs a food bank.",
                "cause",
            ),
            ("Her feelings were hurt by the remarks.", "harm"),
            ("Profits were hurt as shoppers stayed away.", "harm"),
            ("I have never wanted to be a minister.", "deed denied"),
            ("He has never been happier.", "deed denied"),
            ("The numbers changed little in the end.", "comparison"),
            (
                "Harton named an unchanged side for the final.",
                "comparison",
            ),
        ] {
            assert!(!reasons(text, said.clone()).contains(&why), "{text}: {why}");
        }
    }

    #[test]
    fn an_inquiry_opened_or_an_emergency_declared_is_a_claim() {
        // (the live-blog entries, with nothing else to weigh)
        for text in [
            "Police and the Construction Safety Authority have opened a joint investigation.",
            "Rothwick Police have declared a major incident.",
            // in other words
            "The Marine Accident Board has launched an independent inquiry into the sinking.",
            "Mayor Delphine Aubry declared a state of emergency on Friday night.",
            "Wexmoor County Council has declared an emergency.",
        ] {
            assert!(
                reasons(text, Signals::default()).contains(&"inquiry"),
                "{text}"
            );
            assert!(of(text, Signals::default()) >= 0.5, "{text}");
        }
        // The same verbs that open or declare no inquiry.
        for text in [
            "The company has opened a new shop in the high street.",
            "The mayor declared the festival a success.",
            "They launched an appeal for volunteers.",
            "The minister declared an interest in the firm.",
            "Police declared the incident over shortly after six.",
        ] {
            assert!(
                !reasons(text, Signals::default()).contains(&"inquiry"),
                "{text}"
            );
        }
    }

    #[test]
    fn a_place_told_as_closed_is_a_claim() {
        // (the live-blog entries, with nothing else to weigh)
        for text in [
            "Garnet Street, Canal Road and part of the inner ring road are closed.",
            "Snow fell for most of the night and many roads are impassable.",
            // in other words
            "The coast road remains shut between the two villages.",
            "Officers have cordoned off the area around the harbour.",
            "The footpath was blocked by fallen trees on Sunday morning.",
        ] {
            assert!(
                reasons(text, Signals::default()).contains(&"closure"),
                "{text}"
            );
        }
        assert!(
            of(
                "Ropewalk Street and the Chandler Bridge are closed, and buses are being diverted.",
                Signals::default()
            ) >= 0.5
        );
        // A door to keep shut, a shop that closed with nothing after it,
        // a plan to close one.
        for text in [
            "Residents have been told to keep doors and windows closed.",
            "People nearby should keep their windows shut tonight.",
            "Their local nursery has closed.",
            "Nobody wants to shut toilets.",
        ] {
            assert!(
                !reasons(text, Signals::default()).contains(&"closure"),
                "{text}"
            );
        }
    }
}
