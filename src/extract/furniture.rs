//! Page furniture: the lines a web page prints around an article — bylines,
//! datelines, "Updated …" lines, photo credits, "Read more", sharing and
//! sign-up prompts, editors' notes. They are never claims; a dateline (else
//! an "Updated" line) gives the publication date when the source has none.

use std::sync::OnceLock;

use aho_corasick::automaton::Automaton;
use aho_corasick::dfa::DFA;
use aho_corasick::{AhoCorasick, Anchored};

use super::calendar;

/// What a line of furniture is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Furniture {
    /// The line that prints when the article was published.
    Dateline,
    /// When it was last changed.
    Updated,
    Other,
}

/// Lines that begin so are furniture, whatever follows (compared in lower case).
const PREFIXES: &[&str] = &[
    "share this",
    "share on",
    "share via",
    "advertisement",
    "sign up",
    "subscribe",
    "read more",
    "read next",
    "related stories",
    "more on this story",
    "photo:",
    "photo credit",
    "photograph:",
    "photos:",
    "image:",
    "image source",
    "picture:",
    "credit:",
    "caption:",
    "editor's note",
    "editor\u{2019}s note",
    "this article was amended",
    "this article has been amended",
    "this article was updated",
    "this article has been updated",
    "this story has been updated",
    "correction:",
    "you are currently viewing",
    "copyright",
    "\u{a9}",
    "all rights reserved",
    "follow us",
    "listen to this article",
    "anyone with information",
    "skip to",
    "most read",
    "click here",
    "topics:",
    "watch:",
    // Listening and watching again: "Listen again on Sounds", "Watch the
    // full interview on our YouTube channel", "Listen: the full interview".
    "listen:",
    "listen again",
    "listen live",
    "listen to the full",
    "listen to the whole",
    "listen to the interview",
    "listen to the programme",
    "listen to the episode",
    "watch again",
    "watch live",
    "watch the full",
    "watch the whole",
    "watch the interview",
    "watch the programme",
    "watch the video",
    "watch the episode",
    "catch up on",
    "image caption",
    "media caption",
    "gift this article",
    "reuse this content",
    "explore more on",
    "more from",
    "most viewed",
    "most popular",
    "comments are closed",
    "copy link",
    "our standards",
    "got a story",
    "do you have a story",
    "have you been affected",
    "thank you for reading",
    "newsletter:",
    "show key events",
    "key events",
    "jump to",
    "load more",
    "pinned post",
    "read the full",
    "read our full",
    // A programme's page: "Next week: the Shadow Chancellor", "Coming up: …";
    // a correction's note.
    "next week:",
    "next time:",
    "coming up:",
    "clarification:",
    // A live blog's promise: "We will bring you updates throughout the day."
    "we will bring you",
    "we'll bring you",
    "we\u{2019}ll bring you",
    "we will be bringing you",
    "we'll be bringing you",
    "we\u{2019}ll be bringing you",
    "we will keep this page updated",
    "we will keep you updated",
    "we'll keep you updated",
    "we\u{2019}ll keep you updated",
    "stay with us",
    "this page will be updated",
    // Corrections and the article's own history.
    "this article was corrected",
    "this article has been corrected",
    "this story was corrected",
    "this story has been corrected",
    "this story was amended",
    "this story has been amended",
    "a previous version of this",
    "an earlier version of this",
    "this article is more than",
    "this article was first published",
    "this article was originally published",
    "this story was originally published",
    "this story was first published",
    "a version of this article",
    "a version of this story",
    "audio:",
    "video:",
    "listen to this",
    "read our",
    "you may also like",
    "you might also like",
    "more stories",
    "join the conversation",
    "have your say",
    "support our journalism",
    "report an error",
    "become a member",
    "last reviewed",
    // A committee's transcript: "Oral evidence taken before the Environment
    // Committee on 12 May 2026".
    "oral evidence taken",
];

/// Whether a lowered line opens with one of [`PREFIXES`] as a phrase. Only
/// the prefixes that share the line's first byte can open it, so each line
/// is compared with those alone, not with the whole list.
fn opens_with_prefix(lower: &str) -> bool {
    static BY_FIRST: OnceLock<Vec<Vec<&'static str>>> = OnceLock::new();
    let by_first = BY_FIRST.get_or_init(|| {
        let mut by_first = vec![Vec::new(); 256];
        for p in PREFIXES {
            if let Some(&b) = p.as_bytes().first() {
                by_first[usize::from(b)].push(*p);
            }
        }
        by_first
    });
    lower.as_bytes().first().is_some_and(|&b| {
        by_first[usize::from(b)]
            .iter()
            .any(|p| starts_with_phrase(lower, p))
    })
}

/// A live blog's correction of its own post: "An earlier version of our
/// 11.40 post gave the wrong number …", "A previous version of our live
/// coverage misspelt …" (a word for the outlet's own piece within three
/// words of "our"; not "An earlier version of our software stored …").
fn own_post_corrected(lower: &str) -> bool {
    let Some(rest) = lower
        .strip_prefix("an earlier version of our ")
        .or_else(|| lower.strip_prefix("a previous version of our "))
    else {
        return false;
    };
    rest.split_whitespace().take(3).any(|w| {
        matches!(
            w.trim_end_matches([',', '.']),
            "post" | "entry" | "article" | "story" | "blog" | "coverage" | "report" | "live"
        )
    })
}

/// Lines that are only these words are furniture.
const WHOLE: &[&str] = &[
    "share",
    "comments",
    "advertisement",
    "live",
    "menu",
    "close",
    // The end of a press release or a transcript.
    "ends",
    "end",
    "recommended",
    "trending",
    "sponsored",
    "paid content",
];

const UPDATED: &[&str] = &[
    "updated",
    "last updated",
    "last modified",
    "modified",
    "latest update",
    "latest",
];
/// A live blog prints when it began: "Started 12 November 2026, 06:45 GMT";
/// a programme when it went out: "Broadcast: Sunday 13 September 2026,
/// 09:00–10:00".
const PUBLISHED: &[&str] = &[
    "published",
    "first published",
    "posted",
    "posted on",
    "first posted",
    "started",
    "started on",
    "broadcast",
    "first broadcast",
    "aired",
    "first aired",
];

const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon",
    "tue",
    "wed",
    "thu",
    "fri",
    "sat",
    "sun",
];

const ZONES: &[&str] = &[
    "gmt", "bst", "utc", "cet", "cest", "est", "edt", "et", "pt", "pst", "pdt", "am", "pm", "a.m",
    "p.m", "at", "on", "local", "time", "hrs",
];

/// Phrases only a note on a transcript's accuracy uses (`is_accuracy_note`).
const ONLY_NOTES: &[&str] = &[
    "vouch for",
    "risk of mishearing",
    "typed from a recording",
    "not copied from an original script",
    "rush transcript",
    "in its final form",
    "authoritative record",
    "automatically generated transcript",
    "machine-generated transcript",
    "accuracy and availability may vary",
    // A committee's transcript: "Uncorrected transcript. This is not
    // yet an approved formal record of these proceedings. Neither
    // Members nor witnesses have had the opportunity to correct the
    // record."
    "uncorrected transcript",
    "uncorrected evidence",
    "approved formal record",
    "opportunity to correct the record",
];

/// Errors and revision, said of a transcript or a text (`is_accuracy_note`).
const HEDGED: &[&str] = &[
    "may contain errors",
    "may contain mistakes",
    "may contain inaccuracies",
    "may be updated or revised",
    "automatically generated",
    "machine-generated",
    "not been checked against",
];

/// Who pays for the reporting (`is_funding_note`).
const FUNDED: &[&str] = &[
    "is funded by",
    "are funded by",
    "was funded by",
    "is supported by",
    "was supported by",
    "is paid for by",
    "is sponsored by",
    "made possible by",
    "produced with",
    "in partnership with",
    "with support from",
    "with the support of",
    "with funding from",
    "a grant from",
    "editorially independent",
    "-funded",
    "reporting from",
    "reporting by",
    "is part of our",
    "is part of a series",
    // ("This article was written by a Local Democracy Reporter as part of
    // a scheme that places journalists in local newsrooms …")
    "as part of a scheme",
    "as part of the scheme",
];

/// Verbs of hosting a programme (`is_programme_standfirst`).
const HOSTS: &[&str] = &[
    " speaks to ",
    " speaks with ",
    " talks to ",
    " talks with ",
    " is joined by ",
    " interviews ",
    " sits down with ",
    " hears from ",
    " chats to ",
    " chats with ",
];

/// How a transcript was edited (`is_programme_note`).
const EDITED: &[&str] = &[
    "edited",
    "condensed",
    "shortened",
    "abridged",
    "may contain errors",
    "for clarity",
    "for length",
    "produced by",
];

/// A reporter's role printed under the byline (`is_role_line`).
const ROLE_WORDS: &[&str] = &[
    "correspondent",
    "reporter",
    "editor",
    "writer",
    "columnist",
    "producer",
    "journalist",
    "contributor",
    "staff",
];

/// A reporter's role in a note on the reporter (`is_reporter_note`).
const REPORTER_ROLES: &[&str] = &[
    "reporter",
    "correspondent",
    "journalist",
    "editor",
    "writer",
    "columnist",
    "producer",
    "photographer",
];

/// The verb of a note of who was interviewed (`is_interview_note`).
const INTERVIEWED: &[&str] = &[
    " was interviewed ",
    " were interviewed ",
    " was talking to ",
    " was speaking to ",
    " was in conversation with ",
];

/// The labels of a reference (`is_reference_line`).
const CITED: &[&str] = &[
    "reference:",
    "references:",
    "full reference:",
    "journal reference:",
    "citation:",
    "cite as:",
];

/// Words of contacting in advice to the reader (`is_advice_line`).
const CONTACT: &[&str] = &[
    "call",
    "contact",
    "ring",
    "phone",
    "dial",
    "visit",
    "email",
    "text",
    "helpline",
    "freephone",
];

/// What a programme's note says was edited (`is_programme_note`).
const TALK: &[&str] = &["transcript", "interview", "conversation", "answers", "q&a"];

/// What a line test needs the line to hold before it can accept it: a word
/// or a phrase, or one of several, that the test looks for itself. One
/// pass over the line finds them all ([`LineView`]), and a test whose
/// words the line lacks is not run.
#[derive(Debug, Clone, Copy)]
enum Key {
    /// A credit of a photo without a colon, a slash or a bracket.
    CreditPhrase,
    /// A word of a repeating schedule ([`EVERY`]).
    Every,
    Available,
    /// A participle of broadcasting ([`WENT_OUT`]).
    WentOut,
    Transcript,
    /// What a programme's note says was edited ([`TALK`]).
    Talk,
    /// How it was edited ([`EDITED`]).
    Edited,
    /// A prompt's imperative or its newsletter.
    Prompt,
    /// A sharing button that a row of them needs.
    Button,
    /// A reporter's role under the byline ([`ROLE_WORDS`]).
    RoleWord,
    Continues,
    /// A note on a transcript's accuracy ([`ONLY_NOTES`], [`HEDGED`]).
    Accuracy,
    /// Who pays for the reporting ([`FUNDED`]).
    Funded,
    /// A web address.
    Web,
    /// Rights, a regulator or a licence.
    Rights,
    /// A reporter's role in a note on the reporter ([`REPORTER_ROLES`]).
    ReporterRole,
    /// A verb of hosting a programme ([`HOSTS`]).
    Hosts,
    /// A DOI, as a reference prints it.
    Doi,
    /// A volume or pages, as a reference prints them.
    VolumePages,
    /// The label of a reference ([`CITED`]).
    Cited,
    /// A word of contacting ([`CONTACT`]).
    Contact,
    /// The verb of a note of who was interviewed ([`INTERVIEWED`]).
    Interviewed,
}

/// The words and phrases of each [`Key`], in lower case.
const KEYWORDS: &[(Key, &[&str])] = &[
    (Key::CreditPhrase, &["file photo", "getty images"]),
    (Key::Every, EVERY),
    (Key::Available, &["available"]),
    (Key::WentOut, WENT_OUT),
    (Key::Transcript, &["transcript"]),
    (Key::Talk, TALK),
    (Key::Edited, EDITED),
    // (the imperatives `is_prompt` opens with, "sign-up" in "sign", and
    // the newsletter or sign-up it offers)
    (
        Key::Prompt,
        &[
            "get",
            "sign",
            "subscribe",
            "download",
            "join",
            "receive",
            "follow",
            "email",
            "contact",
            "send",
            "tell",
            "register",
            "like",
            "newsletter",
        ],
    ),
    (
        Key::Button,
        &[
            "share", "tweet", "email", "facebook", "whatsapp", "copy", "save", "print",
        ],
    ),
    (Key::RoleWord, ROLE_WORDS),
    (Key::Continues, &["continues"]),
    (Key::Accuracy, ONLY_NOTES),
    (Key::Accuracy, HEDGED),
    (Key::Funded, FUNDED),
    (Key::Web, &["www.", "http", ".org", ".com", ".uk"]),
    (
        Key::Rights,
        &[
            "all rights reserved",
            "(c) ",
            "press standards organisation",
            "editors' code of practice",
            "editorial",
            "licence",
            "license",
            "parliamentary copyright",
            "crown copyright",
        ],
    ),
    (Key::ReporterRole, REPORTER_ROLES),
    (Key::Hosts, HOSTS),
    (Key::Doi, &["doi:", "doi.org/", "doi "]),
    (Key::VolumePages, &["vol", "pp"]),
    (Key::Cited, CITED),
    (Key::Contact, CONTACT),
    (Key::Interviewed, INTERVIEWED),
];

/// The marks of a line that tests need: a figure, a colon, a slash, an
/// opening bracket, a bar, an at sign, a plus sign (a bit each, by byte).
const DIGIT: u8 = 1;
const COLON: u8 = 1 << 1;
const SLASH: u8 = 1 << 2;
const BRACKET: u8 = 1 << 3;
const BAR: u8 = 1 << 4;
const AT_SIGN: u8 = 1 << 5;
const PLUS: u8 = 1 << 6;

/// Each byte's mark, for a pass over the line with one look-up a byte.
const MARKS: [u8; 256] = {
    let mut marks = [0u8; 256];
    let mut b = b'0';
    while b <= b'9' {
        marks[b as usize] = DIGIT;
        b += 1;
    }
    marks[b':' as usize] = COLON;
    marks[b'/' as usize] = SLASH;
    marks[b'(' as usize] = BRACKET;
    marks[b'|' as usize] = BAR;
    marks[b'@' as usize] = AT_SIGN;
    marks[b'+' as usize] = PLUS;
    marks
};

/// A lowered line as the line tests see it before they read it: the
/// marks it holds and the [`KEYWORDS`] it holds, found in one pass each.
/// Every gate below is a condition its test cannot accept a line without,
/// so that a line a gate turns away is one the test would have turned
/// away; a piece of the line (one of its sentences) holds no more than
/// the line, so the line's view gates the tests of its pieces too.
#[derive(Debug, Clone, Copy)]
struct LineView {
    marks: u8,
    keys: u32,
    /// Whether ". " parts two sentences of the line.
    sentences: bool,
    /// Whether the line ends in a figure, its full stops aside.
    ends_in_figure: bool,
}

impl LineView {
    fn of(lower: &str) -> LineView {
        let marks = lower
            .bytes()
            .fold(0, |marks, b| marks | MARKS[usize::from(b)]);
        // (one automaton for every keyword, each pattern with the keys it
        // stands for)
        static KEYWORDS_DFA: OnceLock<Option<(DFA, Vec<u32>)>> = OnceLock::new();
        let found = KEYWORDS_DFA.get_or_init(|| {
            let mut patterns: Vec<&str> = Vec::new();
            let mut keys: Vec<u32> = Vec::new();
            for (key, words) in KEYWORDS {
                for w in *words {
                    match patterns.iter().position(|p| p == w) {
                        Some(i) => keys[i] |= 1 << *key as u32,
                        None => {
                            patterns.push(w);
                            keys.push(1 << *key as u32);
                        }
                    }
                }
            }
            DFA::builder()
                .prefilter(false)
                .build(&patterns)
                .ok()
                .map(|dfa| (dfa, keys))
        });
        // (walked a byte at a time, every pattern of each match state
        // noted: every match, overlapping, as "get" opens "getty images")
        let start = found
            .as_ref()
            .and_then(|(dfa, _)| dfa.start_state(Anchored::No).ok());
        let keys = match (found, start) {
            (Some((dfa, pattern_keys)), Some(mut sid)) => {
                let mut keys = 0;
                for &b in lower.as_bytes() {
                    sid = dfa.next_state(Anchored::No, sid, b);
                    if dfa.is_special(sid) && dfa.is_match(sid) {
                        for i in 0..dfa.match_len(sid) {
                            keys |= pattern_keys[dfa.match_pattern(sid, i).as_usize()];
                        }
                    }
                }
                keys
            }
            // (every test is run)
            _ => u32::MAX,
        };
        LineView {
            marks,
            keys,
            sentences: lower.contains(". "),
            ends_in_figure: lower
                .trim_end_matches('.')
                .ends_with(|c: char| c.is_ascii_digit()),
        }
    }

    fn holds(&self, key: Key) -> bool {
        self.keys & (1 << key as u32) != 0
    }

    fn marked(&self, mark: u8) -> bool {
        self.marks & mark != 0
    }

    fn may_be_caption(&self) -> bool {
        self.marked(COLON | SLASH | BRACKET) || self.holds(Key::CreditPhrase)
    }

    fn may_be_schedule(&self) -> bool {
        self.marked(DIGIT) && self.holds(Key::Every)
    }

    fn may_be_availability(&self) -> bool {
        self.holds(Key::Available)
    }

    fn may_be_broadcast_dateline(&self) -> bool {
        self.holds(Key::WentOut)
    }

    fn may_be_programme_note(&self) -> bool {
        self.holds(Key::WentOut)
            || self.holds(Key::Transcript)
            || (self.holds(Key::Talk) && self.holds(Key::Edited))
    }

    fn may_be_prompt(&self) -> bool {
        self.holds(Key::Prompt)
    }

    fn may_be_sharing(&self) -> bool {
        self.holds(Key::Button)
    }

    /// (a caption's credit after its sentence holds a slash; a caption
    /// of one sentence ends in the year of its date)
    fn may_be_caption_dateline(&self) -> bool {
        if self.sentences {
            self.marked(SLASH)
        } else {
            self.ends_in_figure
        }
    }

    fn may_be_role_line(&self) -> bool {
        self.holds(Key::RoleWord)
    }

    fn may_be_section_line(&self) -> bool {
        self.marked(BAR)
    }

    fn may_be_closing_line(&self) -> bool {
        self.holds(Key::Continues)
    }

    fn may_be_accuracy_note(&self) -> bool {
        self.holds(Key::Accuracy)
    }

    fn may_be_funding_note(&self) -> bool {
        !self.marked(DIGIT) && self.holds(Key::Funded)
    }

    /// (a telephone number, a web or an email address: "+44" opens a
    /// number as a figure does)
    fn may_be_advice_line(&self) -> bool {
        (self.marked(DIGIT | PLUS | AT_SIGN) || self.holds(Key::Web)) && self.holds(Key::Contact)
    }

    fn may_be_rights_line(&self) -> bool {
        self.holds(Key::Rights)
    }

    fn may_be_reporter_note(&self) -> bool {
        !self.marked(DIGIT) && self.holds(Key::ReporterRole)
    }

    fn may_be_programme_standfirst(&self) -> bool {
        self.holds(Key::Hosts)
    }

    /// (a reference without a DOI has a volume or pages with their
    /// figure, or its label and its year)
    fn may_be_reference_line(&self) -> bool {
        self.holds(Key::Doi)
            || self.marked(DIGIT) && (self.holds(Key::VolumePages) || self.holds(Key::Cited))
    }

    fn may_be_interview_note(&self) -> bool {
        self.holds(Key::Interviewed)
    }

    fn may_be_sentences(&self) -> bool {
        self.sentences
    }
}

/// Whether a line (one line of the page, trimmed) is furniture, and which.
pub(crate) fn classify(line: &str) -> Option<Furniture> {
    let line = line.trim();
    // Furniture is short: a long line is read as text.
    if line.is_empty() || line.len() > 300 {
        return None;
    }
    // (lowered on the stack when it is ASCII, as most lines are: no string
    // made for each line)
    let mut buf = [0u8; 300];
    let owned;
    let lower: &str = if line.is_ascii() {
        let buf = &mut buf[..line.len()];
        buf.copy_from_slice(line.as_bytes());
        buf.make_ascii_lowercase();
        std::str::from_utf8(buf).unwrap_or_default()
    } else {
        owned = line.to_lowercase();
        &owned
    };
    // (one pass over the line for what the tests below need in it)
    let view = LineView::of(lower);
    // (a date line holds a figure, as does a key event's time)
    if view.marked(DIGIT) {
        if let Some(kind) = dated(line) {
            return Some(kind);
        }
        if is_key_event(line) {
            return Some(Furniture::Other);
        }
    }
    if is_release_note(lower) {
        return Some(Furniture::Other);
    }
    if view.may_be_broadcast_dateline() && is_broadcast_dateline(lower) {
        return Some(Furniture::Dateline);
    }
    if opens_with_prefix(lower) || own_post_corrected(lower) {
        return Some(Furniture::Other);
    }
    // "Share", "Comments (214)", "Related coverage"
    // (the first four letter-only words are enough to tell)
    // (gathered on the stack, and each whole line compared word by word,
    // not joined into a new string)
    let mut bare = [""; 4];
    let mut n = 0;
    for w in lower
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .take(4)
    {
        bare[n] = w;
        n += 1;
    }
    let bare = &bare[..n];
    if bare.len() <= 3 && WHOLE.iter().any(|w| w.split(' ').eq(bare.iter().copied()))
        || (bare.first() == Some(&"related") && (bare.len() <= 2 || lower.starts_with("related:")))
    {
        return Some(Furniture::Other);
    }
    if is_byline(line) {
        // "By Maria Lindqvist, 12 March 2024.": the byline dates the page.
        let dated = line
            .split(',')
            .skip(1)
            .any(|p| date_only(p.trim_end_matches('.')) == Some(true));
        return Some(if dated {
            Furniture::Dateline
        } else {
            Furniture::Other
        });
    }
    if view.may_be_caption() && is_caption(lower)
        || view.may_be_schedule() && is_schedule(lower)
        || view.may_be_availability() && is_availability(lower)
        || view.may_be_programme_note() && is_programme_note(lower)
        || is_staff_credit(line)
        || view.may_be_prompt() && is_prompt(lower)
        || is_age(lower)
        || view.may_be_sharing() && is_sharing(lower)
        || view.may_be_caption_dateline() && is_caption_dateline(line)
        || view.may_be_role_line() && is_role_line(line)
        || view.may_be_section_line() && is_section_line(line)
        || is_bracketed_credit(lower)
        || view.may_be_closing_line() && is_closing_line(lower)
        || is_support_line(lower)
        || view.may_be_accuracy_note() && is_accuracy_note(lower)
        || is_station_line(line)
        || view.may_be_funding_note() && is_funding_note(lower)
        || view.may_be_advice_line() && is_advice_line(lower)
        || view.may_be_rights_line() && is_rights_line(lower)
        || view.may_be_reporter_note() && is_reporter_note(lower)
        || view.may_be_programme_standfirst() && is_programme_standfirst(lower)
        || view.may_be_reference_line() && is_reference_line(lower)
        || view.may_be_interview_note() && is_interview_note(line)
    {
        return Some(Furniture::Other);
    }
    // "Broadcast on Sunday at 09:00. This is a transcript of the interview
    // and may contain errors.": each sentence of the line is furniture.
    if view.may_be_sentences() {
        let pieces = lower.split(". ").map(str::trim).filter(|p| !p.is_empty());
        // (each piece tested before the pieces are counted: the first
        // piece of most lines is no note, and the count is not needed)
        let all = pieces.clone().enumerate().all(|(k, p)| {
            let p = p.trim_end_matches('.');
            // (who was interviewed, read in the line's own case: "The
            // minister was interviewed by Ann Kerr on Drivetime. The
            // transcript has been edited.")
            (k == 0
                && view.may_be_interview_note()
                && line.split_once(". ").is_some_and(|(first, _)| is_interview_note(first)))
                    || view.may_be_schedule() && is_schedule(p)
                    || view.may_be_availability() && is_availability(p)
                    || view.may_be_programme_note() && is_programme_note(p)
                    || view.may_be_prompt() && is_prompt(p)
                    || view.may_be_accuracy_note() && is_accuracy_note(p)
                    // "Daniel Oduya is a Local Democracy Reporter covering
                    // Millbrook District Council. The Local Democracy
                    // Reporting Service is funded by …"
                    || view.may_be_reporter_note() && is_reporter_note(p)
                    || view.may_be_funding_note() && is_funding_note(p)
        }) && pieces.count() > 1;
        if all {
            return Some(Furniture::Other);
        }
    }
    None
}

/// Headings over a page's list of links to other stories (compared in
/// lower case, at the start of a short line).
const LIST_HEADS: &[&str] = &[
    "read more",
    "read next",
    "read also",
    "also read",
    "see also",
    "related",
    "more on this story",
    "more on this",
    "more stories",
    "more news",
    "more from",
    "more like this",
    "most read",
    "most viewed",
    "most popular",
    "most shared",
    "most watched",
    "you may also like",
    "you might also like",
    "you may have missed",
    "top stories",
    "latest stories",
    "latest news",
    "recommended",
    "trending",
    "popular now",
    "don't miss",
    "don\u{2019}t miss",
    "in other news",
    "editor's picks",
    "editors' picks",
    "further reading",
    "what to read next",
];

/// Whether a line heads a list of links to other stories: "Read more:",
/// "Most read", "More on this story", "Related stories", "You may also
/// like". A short line that opens with such a heading and ends without a
/// stop (or with a colon).
pub(crate) fn opens_list(line: &str) -> bool {
    let line = line.trim();
    // (the length first: most lines are longer than a heading)
    if line.is_empty() || line.len() > 40 || line.ends_with(['.', '?', '!']) {
        return false;
    }
    let b = line.as_bytes();
    LIST_HEADS.iter().any(|h| {
        b.len() >= h.len()
            && b[..h.len()].eq_ignore_ascii_case(h.as_bytes())
            && b.get(h.len())
                .is_none_or(|c| !c.is_ascii_alphanumeric() && *c != b'\'')
    })
}

/// Whether a line under such a heading is the title of another story: a
/// short line opening with a capital, a figure or a bullet ("2. Road
/// closures planned for bridge works next week", "Savers warned as
/// easy-access rates fall again", "How many bank branches have closed near
/// you?"), with no final full stop or exclamation mark and no quotation
/// marks, so not a sentence of the article nor anyone's words.
pub(crate) fn is_listed_title(line: &str) -> bool {
    let line = line.trim();
    if line.is_empty() || line.len() > 160 || line.ends_with(['.', ':', ';', ',', '!']) {
        return false;
    }
    if !line.chars().next().is_some_and(|c| {
        c.is_uppercase() || c.is_ascii_digit() || "-*\u{2022}\u{2013}\u{b7}".contains(c)
    }) {
        return false;
    }
    !line.contains(['"', '\u{201c}', '\u{201d}']) && line.split_whitespace().count() <= 18
}

/// A live blog's list of key events, one entry a line: its time, then
/// its title with no stop after it ("11:20 Operators: one in five trains
/// running", "9.15am Union boss on the picket line"). An entry printed
/// with its text on the time's line ("14:05 The union said it would
/// write to the operators.") ends with a stop and is read as text.
fn is_key_event(line: &str) -> bool {
    // (the first byte first: most lines open with a letter)
    if !line.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return false;
    }
    let Some((time, title)) = line.split_once(' ') else {
        return false;
    };
    if !is_clock(time) || !title.starts_with(|c: char| c.is_uppercase()) {
        return false;
    }
    let end = title.trim_end_matches(['\'', '"', '\u{2019}', '\u{201d}', ')']);
    !end.ends_with(['.', '!', '?', ',', ';', ':'])
        && (2..=16).contains(&title.split_whitespace().count())
}

/// The notes that close a press release or an issued transcript, alone on
/// their line or together in brackets: "[Ends. Check against delivery.
/// Issued by the Ministry of Civil Protection press office, 22 August
/// 2026, 13:40.]", "[Ends]", "[Notes to editors]", "-ENDS-", "Embargoed
/// until 00:01 Tuesday". Every piece of the line must be such a note:
/// "Issued by the court in March, the order bans …" is text.
fn is_release_note(lower: &str) -> bool {
    // (every such line opens with one of these: most lines are told at once)
    if !lower.starts_with(['[', '(', '-', 'e', 'i', 'n', 'c', 'f']) {
        return false;
    }
    let inner = lower
        .strip_prefix('[')
        .and_then(|l| l.strip_suffix(']'))
        .or_else(|| lower.strip_prefix('(').and_then(|l| l.strip_suffix(')')))
        .unwrap_or(lower)
        .trim();
    if inner.is_empty() || inner.len() > 200 {
        return false;
    }
    inner.split(". ").all(|piece| {
        let piece = piece.trim().trim_end_matches('.').trim_matches('-').trim();
        matches!(
            piece,
            "ends" | "end" | "check against delivery" | "notes to editors" | "note to editors"
                | "notes for editors" | "editor's notes" | "editors' notes" | "for immediate release"
        ) || ["embargoed until", "embargoed to", "embargo:"]
            .iter()
            .any(|p| piece.starts_with(p) && piece.bytes().any(|b| b.is_ascii_digit()))
            // "Issued by the … press office, 22 August 2026, 13:40": who
            // issued it and when, no clause of its own.
            || piece.strip_prefix("issued by ").is_some_and(|rest| {
                rest.split_whitespace().count() <= 16
                    && rest.bytes().any(|b| b.is_ascii_digit())
                    && rest.split(',').skip(1).all(|p| date_only(p.trim()).is_some())
                    && rest.contains(',')
            })
    })
}

/// Credits that end a photo caption: "Sandra Pell arriving at court on
/// Wednesday. Picture: Northants News Service", "… in Goole. Photograph:
/// Harriet Lane/Alamy", "… March 3, 2026. Castline/Peter Dubec/File Photo".
const CREDITS: &[&str] = &[
    "picture:",
    "pictures:",
    "photograph:",
    "photo:",
    "photos:",
    "image:",
    "credit:",
    "file photo",
    "getty images",
    "/alamy",
    "/ap photo",
    "/reuters",
    "/afp",
    "/pa wire",
    "(photo",
    "(picture",
    "(image",
];

/// A photo caption: a line holding a photo credit after its first words
/// (a line that opens with one is caught by `PREFIXES`), its credit in the
/// last few words of the line.
fn is_caption(lower: &str) -> bool {
    // A credit more than eight words from the end never counts, and a later
    // one counts whenever an earlier one would: only the line's last nine
    // words are searched, not the whole paragraph once per credit.
    let from = last_words(lower, 9);
    let tail = &lower[from..];
    // Every credit holds a colon, a slash or a bracket, or is one of two
    // phrases: a tail with none of them holds no credit.
    if !tail.bytes().any(|b| matches!(b, b':' | b'/' | b'('))
        && !tail.contains("file photo")
        && !tail.contains("getty images")
    {
        return false;
    }
    CREDITS.iter().any(|c| {
        tail.rfind(c).map(|r| from + r).is_some_and(|at| {
            at > 0 && lower[at..].split_whitespace().count() <= 8 && !lower[at..].contains(". ")
        })
    })
}

/// Where the last `n` whitespace-separated words of `s` start (0 when it has fewer).
fn last_words(s: &str, n: usize) -> usize {
    let mut words = 0;
    let mut in_word = false;
    for (i, ch) in s.char_indices().rev() {
        if ch.is_whitespace() {
            if in_word {
                words += 1;
                if words == n {
                    return i + ch.len_utf8();
                }
            }
            in_word = false;
        } else {
            in_word = true;
        }
    }
    0
}

/// Words of a programme on air or online.
const ON_AIR: &[&str] = &[
    "broadcast",
    "broadcasts",
    "airs",
    "fm",
    "radio",
    "channel",
    "podcast",
    "programme",
    "program",
    "show",
    "bulletin",
    "listen",
    "watch",
    "iplayer",
    "streamed",
    "streams",
];

/// Words of a schedule that repeats.
const EVERY: &[&str] = &[
    "every",
    "each",
    "weekday",
    "weekdays",
    "weeknights",
    "daily",
    "nightly",
    "mondays",
    "tuesdays",
    "wednesdays",
    "thursdays",
    "fridays",
    "saturdays",
    "sundays",
];

/// A programme's schedule line, printed after a transcript or a show's
/// page: "Morning Edition is broadcast weekdays from 6am.", "The Morning
/// Briefing is on West Coast FM every weekday from 7am.", "Listen live on
/// Sundays at 9pm". A short line with a time of day, a word of repetition
/// and a word of broadcasting.
fn is_schedule(lower: &str) -> bool {
    // Short, and with a time in it.
    if lower.len() > 200 || !lower.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    // (a time needs a colon or one of these: tested before the words are
    // split)
    if !lower.contains(':') && !["am", "pm", "a.m", "p.m"].iter().any(|s| lower.contains(s)) {
        return false;
    }
    // (gathered on the stack: a line of more than twenty words is told at
    // its twenty-first)
    let mut buf = [""; 21];
    let mut n = 0;
    for w in lower
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '(' | ')'))
        .map(|w| w.trim_end_matches(['.', '!']))
        .filter(|w| !w.is_empty())
    {
        if n == buf.len() {
            return false;
        }
        buf[n] = w;
        n += 1;
    }
    let words = &buf[..n];
    // (the rarest of the words it needs first: most lines have none)
    if !words.iter().any(|w| EVERY.contains(w)) {
        return false;
    }
    let clock = words.iter().enumerate().any(|(i, w)| {
        let hour = |h: &str| {
            !h.is_empty() && h.len() <= 2 && h.bytes().all(|b| b.is_ascii_digit()) || is_clock(h)
        };
        // "6am", "7.30pm", "18:00", "7 a.m."
        ["am", "pm", "a.m", "p.m"]
            .iter()
            .any(|s| w.strip_suffix(s).is_some_and(hour))
            || (hour(w)
                && words
                    .get(i + 1)
                    .is_some_and(|n| matches!(*n, "am" | "pm" | "a.m" | "p.m")))
            || (w.contains(':') && is_clock(w))
    });
    // Figures make it a claim about the programme: every number is a time.
    let only_times = words.iter().enumerate().all(|(i, w)| {
        !w.bytes().any(|b| b.is_ascii_digit())
            || ["am", "pm", "a.m", "p.m"].iter().any(|s| w.ends_with(s))
            || w.contains(':')
            || words
                .get(i + 1)
                .is_some_and(|n| matches!(*n, "am" | "pm" | "a.m" | "p.m"))
    });
    clock
        && only_times
        && (words.iter().any(|w| ON_AIR.contains(w))
            || words.windows(2).any(|p| {
                p == ["on", "air"]
                    // The programme is on a channel: "Sunday with Ann Kerr
                    // is on NSB One every Sunday at 9am", "goes out on …".
                    || (matches!(p[0], "is" | "are" | "airs" | "out" | "returns") && p[1] == "on")
            }))
}

/// Where a programme can be heard or watched again, named after the
/// programme or its episodes: "The full interview is available on NSB
/// Replay.", "Episodes are available on all major podcast apps", "The
/// series is available to stream on Channel 4's website and on Sounds". No
/// figures and no telling: "The report is available on the council's
/// website" is no programme.
fn is_availability(lower: &str) -> bool {
    // The one word every such line holds is searched first: most lines
    // stop there.
    if lower.len() > 160 || !lower.contains("available") {
        return false;
    }
    let lower = lower.trim().trim_end_matches('.');
    if lower.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let n = plain_words(lower).take(21).count();
    if n == 0 || n > 20 {
        return false;
    }
    const SHOWS: &[&str] = &[
        "interview",
        "episode",
        "episodes",
        "series",
        "programme",
        "programmes",
        "program",
        "show",
        "podcast",
        "podcasts",
        "documentary",
        "broadcast",
    ];
    const PLATFORMS: &[&str] = &[
        "replay", "demand", "podcast", "podcasts", "apps", "app", "iplayer", "sounds", "spotify",
        "youtube", "stream", "download", "listen", "watch",
    ];
    // (a platform or "on" from the word "available" on: none when no
    // word is "available")
    plain_words(lower).take(5).any(|w| SHOWS.contains(&w))
        && !lower.contains("said")
        && plain_words(lower)
            .skip_while(|w| *w != "available")
            .any(|w| PLATFORMS.contains(&w) || w == "on")
}

/// The words of a lower-cased line, split at spaces and light punctuation.
fn plain_words(lower: &str) -> impl Iterator<Item = &str> + Clone {
    lower
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '(' | ')' | ':' | '|'))
        .map(|w| w.trim_matches(['.', '!', '?', '"', '\u{201c}', '\u{201d}']))
        .filter(|w| !w.is_empty())
}

/// Whether a line reports what someone said ("said", "says", "told"):
/// then it is text, not a note of the page.
fn reports(lower: &str) -> bool {
    plain_words(lower).any(|w| matches!(w, "said" | "says" | "told"))
}

/// Whether a line is as long as a note of the page can be: one to forty
/// words.
fn note_length(lower: &str) -> bool {
    (1..=40).contains(&plain_words(lower).take(41).count())
}

/// A participle of broadcasting that opens a programme's note.
const WENT_OUT: &[&str] = &[
    "broadcast",
    "first broadcast",
    "aired",
    "first aired",
    "recorded",
    "filmed",
    "streamed",
];

/// A programme's note that prints the day it went out, which dates the
/// page: "Broadcast on TNS One, Sunday 12 July 2026", "First aired on Radio
/// West, 3 May 2026, 08:10", "Recorded live at the Harbour Theatre on 4 June
/// 2026". After the channel, only a date (a day, a month and a year) and a
/// time: "Broadcast on Sunday, the interview drew 2.1 million viewers" is
/// news.
fn is_broadcast_dateline(lower: &str) -> bool {
    if lower.len() > 120 || !WENT_OUT.iter().any(|p| starts_with_phrase(lower, p)) {
        return false;
    }
    let lower = lower.trim().trim_end_matches('.');
    let mut parts = lower.split(',');
    let head = parts.next().unwrap_or_default();
    let rest: Vec<&str> = parts.collect();
    if rest.is_empty() {
        // "Broadcast on TNS One on Sunday 12 July 2026"
        return is_programme_note(lower) && printed_day(lower).is_some();
    }
    plain_words(head).count() <= 8
        && rest.iter().any(|p| date_only(p) == Some(true))
        && rest.iter().all(|p| date_only(p).is_some())
        && printed_day(lower).is_some()
}

/// Notes a programme's page prints about the programme, not about the
/// world: when it went out ("Broadcast on Sunday with Naomi Frost at
/// 09:00.", "First aired on Radio West on 3 May.", "Recorded live at the
/// party conference.") and how its transcript was made ("This is a
/// transcript of the interview and may contain errors.", "This transcript
/// has been edited for length and clarity.", "Some answers have been
/// shortened.", "This interview has been condensed.").
fn is_programme_note(lower: &str) -> bool {
    let lower = lower.trim().trim_end_matches('.');
    if lower.len() > 200 {
        return false;
    }
    const OPENS: &[&str] = &[
        "this ",
        "the ",
        "transcript",
        "a transcript",
        "some ",
        "answers ",
    ];
    const TRANSCRIPT_IS: &[&str] = &[
        "this is a",
        "this is an",
        "this is the",
        "here is",
        "here's",
        "here\u{2019}s",
        "below is",
        "what follows is",
        "the following is",
    ];
    let opens = OPENS.iter().any(|p| lower.starts_with(p));
    // (every note opens with one of these: tested before words are counted)
    if !opens
        && !WENT_OUT.iter().any(|p| lower.starts_with(p))
        && !TRANSCRIPT_IS.iter().any(|p| lower.starts_with(p))
    {
        return false;
    }
    let n = plain_words(lower).take(21).count();
    if n == 0 || n > 20 {
        return false;
    }
    // A participle of broadcasting with no clause after it.
    if !lower.contains(',')
        && WENT_OUT.iter().any(|p| {
            lower.strip_prefix(p).is_some_and(|rest| {
                ["on ", "at ", "live", "in ", "from ", "with "]
                    .iter()
                    .any(|q| rest.trim_start().starts_with(q))
                    && rest.starts_with(' ')
            })
        })
    {
        return true;
    }
    // "This is a transcript of …", "Here is a transcript of the
    // interview, lightly edited", "What follows is an edited transcript".
    let transcript_is = TRANSCRIPT_IS.iter().any(|p| lower.starts_with(p))
        && plain_words(lower).take(5).any(|w| w == "transcript");
    transcript_is
        || (opens
            && !lower.contains("said")
            && plain_words(lower).any(|w| TALK.contains(&w))
            && EDITED.iter().any(|e| lower.contains(e)))
}

/// How a transcript was made and how far to trust it, as a programme's page
/// prints it: "This transcript was typed from a recording and not copied
/// from an original script.", "Because of the risk of mishearing, Radio
/// Meridian cannot vouch for its complete accuracy.", "THIS IS A RUSH
/// TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM.", "This text was
/// automatically generated and may contain errors." Phrases only such a
/// note uses, or one of errors and revision said of the transcript or
/// text itself; never a line that reports ("the auditor said the figures
/// may contain errors").
fn is_accuracy_note(lower: &str) -> bool {
    if lower.len() > 260 {
        return false;
    }
    const TEXT: &[&str] = &[
        "transcript",
        "transcripts",
        "text",
        "copy",
        "recording",
        "captions",
        "subtitles",
    ];
    // (the phrases of both lists first, in one pass: most lines hold none)
    static PHRASES_AC: OnceLock<Option<AhoCorasick>> = OnceLock::new();
    let (mut only, mut hedged) = (false, false);
    match PHRASES_AC.get_or_init(|| AhoCorasick::new(ONLY_NOTES.iter().chain(HEDGED)).ok()) {
        // (whether any phrase is there at all, by the searcher's fast
        // scan, before the slower scan for every match: most lines hold
        // none)
        Some(ac) if !ac.is_match(lower) => return false,
        Some(ac) => {
            // (every match, overlapping: "automatically generated" inside
            // "automatically generated transcript")
            for m in ac.find_overlapping_iter(lower) {
                if m.pattern().as_usize() < ONLY_NOTES.len() {
                    only = true;
                    break;
                }
                hedged = true;
            }
        }
        None => {
            only = ONLY_NOTES.iter().any(|n| lower.contains(n));
            hedged = HEDGED.iter().any(|n| lower.contains(n));
        }
    }
    (only || (hedged && plain_words(lower).take(6).any(|w| TEXT.contains(&w))))
        && note_length(lower)
        && !reports(lower)
}

/// Whether `hay` holds any of `needles`, found in one pass by an automaton
/// built once for the list.
fn holds_any(cell: &'static OnceLock<Option<AhoCorasick>>, needles: &[&str], hay: &str) -> bool {
    match cell.get_or_init(|| AhoCorasick::new(needles).ok()) {
        Some(ac) => ac.is_match(hay),
        None => needles.iter().any(|n| hay.contains(n)),
    }
}

/// A station or channel named alone on its line, as a programme's page
/// prints it under the programme's name: "Radio Meridian", "Meridian FM",
/// "BBC Radio 4", "Channel 5". At most four capitalised words (or
/// figures), one of them a word of broadcasting.
fn is_station_line(line: &str) -> bool {
    if line.len() > 40 {
        return false;
    }
    let mut n = 0;
    let mut on_air = false;
    for w in line.split_whitespace() {
        n += 1;
        if n > 4 || !w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) {
            return false;
        }
        on_air |= ["radio", "fm", "tv", "television", "channel"]
            .iter()
            .any(|s| w.eq_ignore_ascii_case(s));
    }
    on_air
}

/// The labels of a staff credit, compared in lower case at its start.
const STAFF_LABELS: &[&str] = &[
    "reporting by",
    "additional reporting by",
    "additional reporting from",
    "with reporting by",
    "with additional reporting by",
    "live reporting by",
    "live coverage by",
    "writing by",
    "written by",
    "editing by",
    "edited by",
    "compiled by",
    "produced by",
    "graphics by",
    "photographs by",
];

/// The first words of [`STAFF_LABELS`], each once.
const STAFF_FIRST_WORDS: &[&str] = &[
    "reporting",
    "additional",
    "with",
    "live",
    "writing",
    "written",
    "editing",
    "edited",
    "compiled",
    "produced",
    "graphics",
    "photographs",
];

/// Who reported and edited a story, as a wire or a live blog prints it:
/// "Reporting by Tomas Lenk and Hanna Veit; Editing by Joel Amsel",
/// "(Additional reporting by Sara Lind in Geneva)", "Live coverage by Nell
/// Whitcombe", "By Northline staff". Names and joining words only: "Reporting
/// by the Ledger found that …" is a sentence.
fn is_staff_credit(line: &str) -> bool {
    let line = line
        .trim()
        .trim_start_matches('(')
        .trim_end_matches([')', '.']);
    // Every label opens with one of these letters: the rest is not lowered.
    if !line.starts_with([
        'R', 'A', 'W', 'L', 'E', 'C', 'P', 'G', 'B', 'r', 'a', 'w', 'l', 'e', 'c', 'p', 'g', 'b',
    ]) {
        return false;
    }
    if let Some(rest) = line
        .strip_prefix("By ")
        .or_else(|| line.strip_prefix("by "))
    {
        // "By Northline staff", "By our reporters"
        let words: Vec<&str> = rest.split_whitespace().collect();
        return words.len() <= 4
            && matches!(
                words.last().map(|w| w.to_lowercase()).as_deref(),
                Some("staff" | "reporters" | "correspondents" | "correspondent")
            );
    }
    // Every label's first word is in ASCII letters, whose lower case only
    // those letters give (and "k", which none holds): the line's first
    // word is compared with them before the line is lowered.
    let opening = line.split(' ').next().unwrap_or_default();
    if opening.len() > 11
        || !STAFF_FIRST_WORDS
            .iter()
            .any(|w| w.eq_ignore_ascii_case(opening))
    {
        return false;
    }
    let lower = line.to_lowercase();
    if !STAFF_LABELS.iter().any(|l| starts_with_phrase(&lower, l)) {
        return false;
    }
    const JOINING: &[&str] = &[
        "and",
        "in",
        "by",
        "from",
        "with",
        "the",
        "at",
        "of",
        "our",
        "staff",
        "editing",
        "writing",
        "reporting",
        "additional",
        "further",
        "compiled",
        "edited",
        "written",
        "live",
        "coverage",
        "&",
        "de",
        "van",
        "von",
        "al",
        "bin",
    ];
    let words: Vec<&str> = line
        .split(|c: char| c.is_whitespace() || matches!(c, ';' | ','))
        .filter(|w| !w.is_empty())
        .collect();
    words.len() <= 40
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                || JOINING.contains(&w.to_lowercase().as_str())
        })
}

/// A call to the reader: newsletters, apps, alerts, following the outlet
/// and writing to it ("Markets newsletter: get the day's biggest moves in
/// your inbox", "Get the latest news straight to your inbox. Sign up here",
/// "Get storm alerts for your area: download our app", "Follow our courts
/// coverage", "Follow the Echo on Facebook", "Got a story? Email
/// news@…"). Short, and either addressed to the reader by an imperative
/// or naming the newsletter or sign-up.
fn is_prompt(lower: &str) -> bool {
    if lower.len() > 220 {
        return false;
    }
    const IMPERATIVE: &[&str] = &[
        "get",
        "sign",
        "subscribe",
        "download",
        "join",
        "receive",
        "follow",
        "email",
        "contact",
        "send",
        "tell",
        "register",
        "sign-up",
        "like",
    ];
    const READER: &[&str] = &[
        "inbox",
        "newsletter",
        "newsletters",
        "app",
        "alerts",
        "notifications",
        "facebook",
        "instagram",
        "twitter",
        "x",
        "whatsapp",
        "tiktok",
        "youtube",
        "linkedin",
        "threads",
        "bluesky",
        "coverage",
        "updates",
        "us",
        "here",
        "now",
        "free",
        "stories",
    ];
    let first = plain_words(lower).next().unwrap_or_default();
    // (how a prompt opens or what it offers first: most lines stop there)
    let commands = IMPERATIVE.contains(&first) && !lower.starts_with("follow-");
    let offers = (lower.contains("newsletter")
        && (lower.contains("inbox") || lower.contains("sign up")))
        || [
            "sign up here",
            "sign up now",
            "subscribe here",
            "subscribe now",
            "sign up for free",
        ]
        .iter()
        .any(|e| lower.trim_end_matches(['.', '!']).ends_with(e));
    if !commands && !offers {
        return false;
    }
    let n = plain_words(lower).take(26).count();
    if n == 0 || n > 25 {
        return false;
    }
    offers
        || plain_words(lower).any(|w| READER.contains(&w) || w.contains('@'))
        || lower.contains("for more")
}

/// How long ago a page or an entry was posted, as printed instead of a
/// date: "Published 3 hours ago", "Updated 2 hours ago", "5 min ago",
/// "2h ago", "Updated just now".
fn is_age(lower: &str) -> bool {
    if lower.len() > 48 {
        return false;
    }
    let mut words: Vec<&str> = plain_words(lower).collect();
    if words.len() > 6 {
        return false;
    }
    for label in [
        "first",
        "last",
        "published",
        "updated",
        "posted",
        "modified",
        "on",
    ] {
        if words.first() == Some(&label) {
            words.remove(0);
        }
    }
    match words.as_slice() {
        ["just", "now"] => true,
        [n, "ago"] => {
            // "2h", "15m", "3d"
            let digits = n.trim_end_matches(|c: char| c.is_ascii_alphabetic());
            !digits.is_empty()
                && digits.len() < n.len()
                && digits.bytes().all(|b| b.is_ascii_digit())
        }
        [n, unit, "ago"] => {
            (n.bytes().all(|b| b.is_ascii_digit()) || matches!(*n, "a" | "an" | "one"))
                && matches!(
                    unit.trim_end_matches('s'),
                    "second"
                        | "sec"
                        | "minute"
                        | "min"
                        | "hour"
                        | "hr"
                        | "day"
                        | "week"
                        | "h"
                        | "m"
                )
        }
        _ => false,
    }
}

/// A row of sharing buttons: "Share · Tweet · Email", "Facebook X WhatsApp
/// Email", "Copy link", "Save".
fn is_sharing(lower: &str) -> bool {
    const BUTTONS: &[&str] = &[
        "share",
        "tweet",
        "email",
        "facebook",
        "x",
        "whatsapp",
        "linkedin",
        "copy",
        "link",
        "print",
        "save",
        "comments",
        "comment",
        "pinterest",
        "reddit",
        "messenger",
        "bluesky",
        "threads",
        "telegram",
        "this",
        "article",
        "page",
        "story",
        "on",
        "by",
        "gift",
        "\u{b7}",
        "\u{2022}",
        "-",
        "/",
    ];
    let mut n = 0;
    for w in plain_words(lower) {
        n += 1;
        if n > 8 || !BUTTONS.contains(&w) {
            return false;
        }
    }
    n > 0
        && plain_words(lower).any(|w| {
            matches!(
                w,
                "share" | "tweet" | "email" | "facebook" | "whatsapp" | "copy" | "save" | "print"
            )
        })
}

/// A wire photo's caption: what a picture shows, in the present tense,
/// ending in where and when it was taken, with or without the agency's
/// credit after it: "Velorian Prime Minister Anika Sorell speaks at a news
/// conference in Port Alaric, Veloria, June 12, 2026.", "Firefighters work
/// near Athens, Greece, 23 July 2026. Agency/Jan Novak". The date follows a
/// place and a comma, with no "on" before it, as running text never writes
/// it.
fn is_caption_dateline(line: &str) -> bool {
    let mut body = line.trim();
    // (the last ". ", sought byte by byte from the end)
    if let Some(at) = body.as_bytes().windows(2).rposition(|w| w == b". ") {
        // A credit after the caption: "AGENCY/Name Surname".
        let credit = body[at + 2..].trim();
        if credit.contains('/')
            && credit.split_whitespace().count() <= 6
            && credit
                .split('/')
                .all(|p| p.trim().chars().next().is_some_and(char::is_uppercase))
        {
            if body[..at].contains(". ") {
                return false;
            }
            // A slash credit after one sentence makes the line a caption.
            return true;
        }
        return false;
    }
    body = body.trim_end_matches('.');
    // It ends in a year.
    let tail = body.as_bytes();
    if tail.len() < 5 || !tail[tail.len() - 4..].iter().all(u8::is_ascii_digit) {
        return false;
    }
    let words: Vec<&str> = body.split_whitespace().collect();
    if words.len() < 6 || words.len() > 60 {
        return false;
    }
    let n = words.len();
    let digits = |w: &str, len: std::ops::RangeInclusive<usize>| {
        len.contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit())
    };
    let year = words[n - 1];
    if !digits(year, 4..=4) {
        return false;
    }
    let (a, b) = (words[n - 3], words[n - 2].trim_end_matches(','));
    let a_bare = a.trim_end_matches(',');
    // "June 12, 2026" or "12 June 2026", after "Place,"
    let dated = (calendar::is_month_word(&a_bare.to_lowercase())
        && digits(b, 1..=2)
        && words[n - 2].ends_with(','))
        || (digits(a_bare, 1..=2) && calendar::is_month_word(&b.to_lowercase()));
    if !dated {
        return false;
    }
    let place = words[n - 4];
    let lower_place = place.trim_end_matches(',').to_lowercase();
    place.ends_with(',')
        && place.chars().next().is_some_and(char::is_uppercase)
        && !WEEKDAYS.contains(&lower_place.as_str())
        && !calendar::is_month_word(&lower_place)
        && !words.iter().any(|w| {
            matches!(
                w.to_lowercase().trim_end_matches(','),
                "said" | "says" | "told"
            )
        })
}

/// A reporter's role printed under or beside the byline: "Kavita Rowe,
/// Retail Correspondent", "Business reporter", "Science editor".
fn is_role_line(line: &str) -> bool {
    if line.len() > 90 || line.ends_with('.') {
        return false;
    }
    let words: Vec<&str> = line
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    let Some((last, rest)) = words.split_last() else {
        return false;
    };
    words.len() <= 6
        && !rest.is_empty()
        && ROLE_WORDS.contains(&last.to_lowercase().as_str())
        && rest
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase) || *w == "and")
}

/// A section path at the top of a page: "News | Brackenfield | Politics",
/// "World | Europe": short capitalised parts between bars, no figures.
fn is_section_line(line: &str) -> bool {
    line.contains(" | ")
        && !line.bytes().any(|b| b.is_ascii_digit())
        && line.split(" | ").all(|part| {
            let part = part.trim();
            let n = part.split_whitespace().count();
            (1..=5).contains(&n)
                && part.chars().next().is_some_and(char::is_uppercase)
                && !part.ends_with(['.', '!', '?'])
        })
}

/// A caption whose credit is bracketed after its sentence: "The hub at
/// Thornfield. (Supplied)", "Kimchi was among the foods counted. (Stockhaven
/// Images)", "Crowds on the quay. (Handout photo)".
fn is_bracketed_credit(lower: &str) -> bool {
    let Some(open) = lower.strip_suffix(')').and_then(|l| l.rfind(". (")) else {
        return false;
    };
    let credit = &lower[open + 3..lower.len() - 1];
    credit.split_whitespace().count() <= 4
        && [
            "supplied", "handout", "images", "image", "photo", "pictures", "picture", "file", "/",
            "getty", "courtesy",
        ]
        .iter()
        .any(|w| credit.contains(w))
}

/// Where a reader troubled by the story can find help, as printed under
/// it: "If you have been affected by any of the issues in this story, help
/// and support is available via the News Action Line.", "If you or someone
/// you know is struggling, contact Samaritans on 116 123", "Help and
/// support is available from …". The reader addressed and a word of help:
/// "If you have been affected by the closure, the council said, you can
/// claim £200" tells something.
fn is_support_line(lower: &str) -> bool {
    const OPENS: &[&str] = &[
        "if you have been affected",
        "if you've been affected",
        "if you\u{2019}ve been affected",
        "if you are affected",
        "if you're affected",
        "if you\u{2019}re affected",
        "if you or someone you know",
        "if you are struggling",
        "if you're struggling",
        "if you\u{2019}re struggling",
        "if you need help",
        "if you need support",
        "help and support is available",
        "help and support are available",
        "support is available",
        "for help and support",
    ];
    const HELP: &[&str] = &[
        "help",
        "support",
        "helpline",
        "samaritans",
        "advice",
        "contact",
        "call",
        "available",
    ];
    lower.len() <= 240
        && OPENS.iter().any(|p| lower.starts_with(p))
        && plain_words(lower).any(|w| HELP.contains(&w))
        && !reports(lower)
}

/// Who pays for the reporting, as printed under a story: "The Local
/// Democracy Reporting Service is funded by the BBC and covers councils
/// across England.", "This article was produced with support from the
/// Kestrel Trust.", "Reporting for this series was supported by a grant
/// from …", "Our health coverage is paid for by readers". The reporting
/// itself is the subject (a word of reporting in the first eight words)
/// and a word of funding follows; a study's funding ("The report was
/// funded by the council") or a line that reports is no note.
fn is_funding_note(lower: &str) -> bool {
    if lower.len() > 260 {
        return false;
    }
    const REPORTING: &[&str] = &[
        "reporting",
        "journalism",
        "coverage",
        "article",
        "story",
        "series",
        "newsletter",
        "podcast",
        "piece",
        "content",
        "newsroom",
    ];
    static FUNDED_AC: OnceLock<Option<AhoCorasick>> = OnceLock::new();
    // (the first eight words first: most lines stop there)
    // (a line with a figure in it tells a fact: "Coverage of the
    // state-funded scheme rose to 80% last year.")
    // (the figure first, in one pass over the bytes)
    !lower.bytes().any(|b| b.is_ascii_digit())
        && plain_words(lower).take(8).any(|w| REPORTING.contains(&w))
        && holds_any(&FUNDED_AC, FUNDED, lower)
        && note_length(lower)
        && !reports(lower)
}

/// A note on the reporter printed under a story: "Daniel Oduya is a Local
/// Democracy Reporter covering Millbrook District Council.", "Sam Lee is a
/// freelance journalist based in Leeds.", "Priya Raman is the Courier's
/// political editor.". A name (one to four words, not an article, a pronoun
/// or a title), "is", a determiner or a possessive, and a reporter's role
/// within six words; no figure, nothing reported, no relative clause and no
/// "former" ("Ana Ruiz is a journalist who was detained in Minsk" is news).
fn is_reporter_note(lower: &str) -> bool {
    if lower.len() > 160 || lower.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let mut words = plain_words(lower);
    let Some(first) = words.next() else {
        return false;
    };
    if matches!(
        first,
        "the"
            | "a"
            | "an"
            | "he"
            | "she"
            | "it"
            | "they"
            | "this"
            | "that"
            | "there"
            | "what"
            | "our"
            | "his"
            | "her"
            | "their"
            | "mr"
            | "mrs"
            | "ms"
            | "miss"
            | "dr"
            | "cllr"
            | "sir"
    ) {
        return false;
    }
    // "is" as the second to fifth word
    if words.by_ref().take(4).all(|w| w != "is") {
        return false;
    }
    let mut rest = words.clone();
    let det = rest.next().is_some_and(|w| {
        matches!(w, "a" | "an" | "the" | "our") || w.ends_with("'s") || w.ends_with("\u{2019}s")
    });
    det && rest.take(5).any(|w| REPORTER_ROLES.contains(&w))
        && !words.any(|w| {
            matches!(
                w,
                "who" | "whose" | "which" | "that" | "former" | "said" | "says" | "told" | "was"
            )
        })
}

/// A programme's standfirst, saying who talks to whom and about what:
/// "Presenter Nadia Ferrier speaks to Graham Tolland, the Police and Crime
/// Commissioner for Marchland, about officer numbers …", "Rhona Keill
/// talks to the justice secretary about prison places", "This week Tom
/// Hale is joined by the chief constable to discuss knife crime". A verb of
/// hosting in the present within the first seven words, then "about" or
/// "to discuss"; nothing reported, at most forty words, and not "about"
/// before a figure ("She speaks to about 200 callers a week" is news).
fn is_programme_standfirst(lower: &str) -> bool {
    if lower.len() > 300 {
        return false;
    }
    // (the verb starts within the first seven words)
    // (each phrase holds one of these as a word: most heads hold none;
    // the first seven words are those of the head, which is found only
    // after one of them is)
    if !lower.split(' ').take(7).any(|w| {
        matches!(
            w,
            "speaks" | "talks" | "joined" | "interviews" | "sits" | "hears" | "chats"
        )
    }) {
        return false;
    }
    let head_end = lower
        .match_indices(' ')
        .nth(6)
        .map_or(lower.len(), |(i, _)| i + 1);
    let head = &lower[..head_end];
    let Some(at) = HOSTS.iter().filter_map(|h| head.find(h)).min() else {
        return false;
    };
    // (a programme's host or its episode before the verb, or nothing
    // after it that dates an event: "Chancellor Rachel Reeves speaks to
    // business leaders about tax rises at a summit in London on Monday" is
    // news)
    let hosted = lower[..at].split(' ').any(|w| {
        matches!(
            w,
            "presenter"
                | "presenters"
                | "host"
                | "hosts"
                | "interviewer"
                | "week"
                | "today"
                | "tonight"
                | "episode"
                | "programme"
                | "podcast"
        )
    });
    if !hosted
        && plain_words(&lower[at..]).any(|w| {
            calendar::is_month_word(w)
                || calendar::weekday_of(w).is_some()
                || matches!(
                    w,
                    "week"
                        | "weekend"
                        | "yesterday"
                        | "tomorrow"
                        | "summit"
                        | "conference"
                        | "meeting"
                )
        })
    {
        return false;
    }
    // ("talks" as a noun: "Lyric is in talks to sell …")
    let before = lower[..at].rsplit(' ').next().unwrap_or("");
    if matches!(
        before,
        "in" | "of" | "for" | "the" | "their" | "its" | "his" | "her" | "after" | "peace" | "trade"
    ) {
        return false;
    }
    let rest = &lower[at..];
    [" about ", " to discuss "].iter().any(|a| {
        rest.find(a).is_some_and(|k| {
            !rest[k + a.len()..].starts_with(|c: char| {
                c.is_ascii_digit() || matches!(c, '$' | '\u{a3}' | '\u{20ac}')
            })
        })
    }) && note_length(lower)
        && !reports(lower)
        && !lower.contains("reported")
}

/// Who was interviewed by whom on which programme, as a transcript's page
/// notes it above the transcript: "The schools minister, Delphine
/// Arkwright, was interviewed by Barnaby Okonjo on Morning Edition shortly
/// after 8.10am.", "Tom Hale was talking to Nadia Ferrier on Drivetime.",
/// "The chief constable was interviewed on The Sunday Show." The
/// interview; a programme named in capitals after "on" or "for"; an
/// interviewer named in capitals or a word of broadcasting; at most a time
/// of day; no other date or figure and nothing reported. "The suspect was
/// interviewed by detectives on Tuesday", "He was interviewed by police on
/// suspicion of fraud" are news; so is a programme followed by more than a
/// time ("… on Newsnight after she admitted misleading parliament").
fn is_interview_note(s: &str) -> bool {
    // Words that may follow the programme's name: a time, the interviewer.
    const TAIL: &[&str] = &[
        "shortly",
        "just",
        "soon",
        "after",
        "before",
        "at",
        "on",
        "in",
        "this",
        "last",
        "morning",
        "afternoon",
        "evening",
        "night",
        "the",
        "around",
        "about",
        "by",
        "to",
        "with",
        "live",
        "earlier",
        "news",
    ];
    let s = s.trim().trim_end_matches('.');
    // (the verb first, as it is printed: most lines hold none)
    if s.len() > 200 || !s.contains(" was ") && !s.contains(" were ") {
        return false;
    }
    let Some((at, verb)) = INTERVIEWED.iter().find_map(|v| s.find(v).map(|i| (i, *v))) else {
        return false;
    };
    if !s.starts_with(|c: char| c.is_uppercase()) || s[..at].split_whitespace().count() > 12 {
        return false;
    }
    let capital = |w: &str| w.starts_with(|c: char| c.is_uppercase());
    let (mut n, mut programme, mut named, mut on_air) = (0, false, false, false);
    let mut tail = false;
    let mut prev = verb.trim_end().rsplit(' ').next().unwrap_or_default();
    let mut before = "";
    for w in s[at + verb.len()..].split_whitespace() {
        n += 1;
        if n > 20 {
            return false;
        }
        let bare = w.trim_matches(|c: char| !c.is_alphanumeric());
        let low = bare.to_ascii_lowercase();
        // (a day inside a programme's name: "on The Sunday Show")
        let in_name = capital(bare) && capital(prev) && n > 1;
        if (calendar::is_month_word(&low) || calendar::weekday_of(&low).is_some()) && !in_name
            || matches!(
                low.as_str(),
                "yesterday"
                    | "today"
                    | "tomorrow"
                    | "week"
                    | "weekend"
                    | "month"
                    | "year"
                    | "said"
                    | "says"
                    | "told"
                    | "when"
                    | "where"
                    | "because"
                    | "suspicion"
                    | "caution"
                    | "arrest"
            )
            || (bare.bytes().any(|b| b.is_ascii_digit())
                && !(is_clock(&low) || low.ends_with("am") || low.ends_with("pm")))
        {
            return false;
        }
        on_air |= ON_AIR.contains(&low.as_str());
        // "on Morning Edition", "for The Sunday Show"; not "on Ofsted's behalf"
        let after_on = matches!(prev, "on" | "for")
            || (matches!(prev, "the" | "The") && matches!(before, "on" | "for"));
        // After the programme's name, only a time or who asked.
        tail |= programme && !capital(bare);
        if tail
            && !(TAIL.contains(&low.as_str())
                || ON_AIR.contains(&low.as_str())
                || is_clock(&low)
                || (capital(bare)
                    && (capital(prev) || matches!(prev, "on" | "at" | "by" | "to" | "with"))))
        {
            return false;
        }
        programme |= after_on && capital(bare) && !w.contains(['\'', '\u{2019}']);
        named |= matches!(prev, "by" | "to" | "with") && capital(bare);
        before = prev;
        prev = w;
    }
    programme && (named || on_air)
}

/// The reference of a paper, as a science story prints it under the text:
/// "Reference: Mbatha-Rowe K. et al. (2026) Marine Ecology Letters,
/// doi:10.0000/mel.2026.0413", "Okafor J., Lind S. (2025). Journal of
/// Coastal Studies, vol. 41, pp. 112-130", "https://doi.org/10.1038/x1".
/// A DOI, or a volume or pages with their figure, and either a label of a
/// reference or the paper's year with no verb of a sentence; a DOI alone
/// on its line too. A journal named in prose ("The study, published in the
/// journal Marine Ecology Letters, is the largest of its kind", "The paper,
/// doi:10.1/x, was retracted in 2025") is text.
fn is_reference_line(lower: &str) -> bool {
    // (every mark of a reference holds one of these: most lines hold none)
    if lower.len() > 300
        || !(lower.contains("doi")
            || lower.contains("vol")
            || lower.contains("pp")
            || lower.starts_with("ref")
            || lower.starts_with("cit"))
    {
        return false;
    }
    // Labels of a reference ("Reference: …", "Citation: …"), and of what a
    // reference may follow ("Paper: …", "Source: …").
    const LABELS: &[&str] = &["paper:", "study:", "source:"];
    const PROSE: &[&str] = &[
        "is",
        "are",
        "was",
        "were",
        "has",
        "have",
        "had",
        "will",
        "would",
        "said",
        "says",
        "told",
        "found",
        "finds",
        "shows",
        "showed",
        "suggests",
        "suggested",
    ];
    let doi = lower.contains("doi:") || lower.contains("doi.org/") || lower.starts_with("doi ");
    let cited = CITED.iter().any(|l| lower.starts_with(l));
    // (without a DOI or a label, only a volume or pages with their figure
    // can make it a reference: a line where no "vol" or "pp" has a figure
    // after it is told before its words are read)
    if !doi && !cited && !figure_after(lower, "vol") && !figure_after(lower, "pp") {
        return false;
    }
    let (mut n, mut volume, mut year, mut prose) = (0, false, false, false);
    let mut prev = "";
    for w in plain_words(lower) {
        n += 1;
        if n > 50 {
            return false;
        }
        volume |= matches!(prev, "vol" | "pp") && w.starts_with(|c: char| c.is_ascii_digit());
        year |= w.len() == 4
            && (w.starts_with("19") || w.starts_with("20"))
            && w.bytes().all(|b| b.is_ascii_digit());
        prose |= PROSE.contains(&w);
        prev = w;
    }
    let labelled = cited || LABELS.iter().any(|l| lower.starts_with(l));
    // ("Citation: Hale R. (2026) Sleep Review": a reference by its label
    // and its year, with no DOI)
    (doi || volume) && (labelled || (year && !prose) || (doi && n <= 2)) || cited && year
}

/// Whether `word` is somewhere in `lower` with a figure after it, only
/// what [`plain_words`] splits at or trims between them ("vol. 41", "pp
/// 112-130"): true whenever a plain word `word` has one after it.
fn figure_after(lower: &str, word: &str) -> bool {
    lower.match_indices(word).any(|(at, _)| {
        lower[at + word.len()..]
            .chars()
            .find(|&c| {
                !(c.is_whitespace()
                    || matches!(
                        c,
                        ',' | ';'
                            | '('
                            | ')'
                            | ':'
                            | '|'
                            | '.'
                            | '!'
                            | '?'
                            | '"'
                            | '\u{201c}'
                            | '\u{201d}'
                    ))
            })
            .is_some_and(|c| c.is_ascii_digit())
    })
}

/// The publisher's rights and regulator, as printed at a page's foot:
/// "Northline Media Ltd 2026. All rights reserved.", "(c) 2026 Castline", "The Northby Echo is
/// a member of the Independent Press Standards Organisation."
fn is_rights_line(lower: &str) -> bool {
    lower.len() <= 200
        && (lower
            .trim_end_matches(['.', ' '])
            .ends_with("all rights reserved")
            // "(c) 2026 Castline News Agency", not a list's third item
            || lower
                .strip_prefix("(c) ")
                .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
            || (lower.contains("press standards organisation")
                || lower.contains("editors' code of practice")
                || is_licence_note(lower))
                && !reports(lower)
            || applies_standards(lower))
}

/// A line that says which of the publisher's own rules the page keeps:
/// "ACP editorial standards apply to this report.", "Our editorial
/// guidelines apply to this article." A word of the publisher's rules
/// ("editorial standards", "guidelines", "policies", "principles") and
/// "apply to this" or "applies to this" a report, article or story; a
/// line of the news ("The BBC's editorial guidelines were breached, the
/// regulator said") says no such thing.
fn applies_standards(lower: &str) -> bool {
    let rules = [
        "editorial standards",
        "editorial guidelines",
        "editorial policies",
        "editorial policy",
        "editorial principles",
    ]
    .iter()
    .any(|r| lower.contains(r));
    let applies = ["apply to this ", "applies to this "]
        .iter()
        .find_map(|a| lower.find(a).map(|at| &lower[at + a.len()..]))
        .is_some_and(|rest| {
            let rest = rest.trim_end_matches(['.', ' ']);
            matches!(
                rest,
                "report" | "article" | "story" | "page" | "content" | "dispatch"
            )
        });
    lower.len() <= 120 && rules && applies
}

/// A line that says under which licence the page is published: "This
/// transcript is published under the Open Parliament Licence.",
/// "Reproduced under the Open Government Licence v3.0", "Parliamentary
/// copyright 2026". A word of licence with a participle of publishing
/// before it, or a copyright of the state; never a licence in the news
/// ("The council granted the pub a licence under new rules").
fn is_licence_note(lower: &str) -> bool {
    const UNDER: &[&str] = &[
        "published under",
        "reproduced under",
        "released under",
        "available under",
        "licensed under",
        "used under",
        "shared under",
    ];
    // (the cheap test first: most lines name no licence)
    if lower.contains("licence") || lower.contains("license") {
        // (the licence after the participle: "published under the … Licence")
        return UNDER.iter().any(|u| {
            lower.find(u).is_some_and(|i| {
                let after = &lower[i + u.len()..];
                after.contains("licence") || after.contains("license")
            })
        });
    }
    lower.starts_with("parliamentary copyright") || lower.starts_with("crown copyright")
}

/// Advice to the reader with a number or an address to contact, as a live
/// blog or a story prints it: "If you need advice, call the West Pennine
/// Council emergency line on 0300 123 6699 or the police non-emergency
/// number, 101.", "For more information, visit www.…", "Anyone affected can
/// call the helpline on 0800 …". Addressed to the reader, with a word of
/// contacting and a telephone number, a web or an email address; never a
/// line that reports ("Police said anyone with information should call
/// 101").
fn is_advice_line(lower: &str) -> bool {
    const OPENS: &[&str] = &[
        "if you",
        "if your",
        "if anyone",
        "to report",
        "to find out",
        "to check",
        "for advice",
        "for help",
        "for more",
        "for further",
        "for the latest",
        "for information",
        "for details",
        "anyone who",
        "anyone with",
        "anyone affected",
        "anyone concerned",
        "anyone worried",
        "people who",
        "residents who",
        "customers who",
        "those who",
        "call ",
        "contact ",
        "ring ",
        "phone ",
        "visit ",
    ];
    // "Samaritans can be contacted free on 116 123": a helpline named
    // before the number.
    if lower.len() > 260
        || !OPENS.iter().any(|p| lower.starts_with(p))
            && !lower.contains("can be contacted")
            && !lower.contains("can be reached")
    {
        return false;
    }
    // "Residents who call 0300 123 4567 have waited three hours": people
    // described by what they do, not told what to do, unless a modal or
    // a plea says so ("Anyone who needs help should call …").
    if lower.split_whitespace().nth(1) == Some("who")
        && !plain_words(lower).any(|w| {
            matches!(
                w,
                "should"
                    | "can"
                    | "could"
                    | "must"
                    | "may"
                    | "advised"
                    | "urged"
                    | "asked"
                    | "please"
            )
        })
    {
        return false;
    }
    let mut contact = false;
    let mut number = false;
    let mut prev = "";
    // (the word before `prev`: "call NHS 111" names the service between)
    let mut before = "";
    for w in plain_words(lower) {
        if matches!(w, "said" | "says" | "told") {
            return false;
        }
        contact |= CONTACT.contains(&w);
        // A telephone number: a group of figures after a word of calling
        // ("on 0300 123 6699", "number 101", "call 999", or with the
        // service named between, "call NHS 111"), or one that opens with 0
        // or +; a web or an email address.
        let figures = w.len() >= 3 && w.bytes().all(|b| b.is_ascii_digit() || b == b'+');
        number |= figures
            && (w.starts_with(['0', '+'])
                || matches!(
                    prev,
                    "on" | "call" | "dial" | "ring" | "number" | "freephone"
                )
                || matches!(before, "call" | "dial" | "ring"))
            || w.starts_with("www.")
            || w.starts_with("http")
            || w.contains('@')
            || [".gov.uk", ".org", ".co.uk", ".com", ".nhs.uk"]
                .iter()
                .any(|d| w.ends_with(d));
        before = prev;
        prev = w;
    }
    contact && number
}

/// A stock closing line of a court or council report: "The trial
/// continues.", "The hearing continues.", "The inquest was adjourned."
fn is_closing_line(lower: &str) -> bool {
    // (the third word is in the line: most lines are told by one search)
    if !lower.contains("continues") {
        return false;
    }
    // (three words and no fourth: the words are not all gathered)
    let mut words = plain_words(lower);
    matches!(
        (words.next(), words.next(), words.next(), words.next()),
        (
            Some("the"),
            Some("trial" | "hearing" | "case" | "inquest" | "inquiry" | "meeting"),
            Some("continues"),
            None
        )
    )
}

/// A line that prints a date, with at most short labels beside it:
/// "Wednesday 11 March 2026, 18:40 GMT", "Live updates | 25 November 2026",
/// "Published: 07:00 BST, 7 July 2026 | Updated: 11:42 BST, 7 July 2026",
/// "Posted 8 October 2026, 16:30 | Government briefings"; a time alone
/// ("16:05 GMT") is furniture too.
fn dated(line: &str) -> Option<Furniture> {
    // Every date or time `date_only` accepts holds a digit: a line
    // without one (most lines of text) is no date line.
    if !line.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    // A line of one part that opens with no label is a date line only when
    // `date_only` reads it whole, and that stops at the first word that is
    // no part of a date: the first word of most lines of text.
    // (a byte of none of the three marks, '|' or the last byte of the
    // other two, tells most lines at once: sought many bytes at a time)
    if !(memchr::memchr3(b'|', 0xB7, 0xA2, line.as_bytes()).is_some()
        && line.contains(['|', '\u{b7}', '\u{2022}']))
    {
        // (its first 24 characters, lowered on the stack when they are
        // ASCII, as they are in most lines)
        let cut = line.char_indices().nth(24).map_or(line.len(), |(i, _)| i);
        let head = &line[..cut];
        let mut buf = [0u8; 24];
        let owned;
        let opening: &str = if head.is_ascii() {
            let buf = &mut buf[..head.len()];
            buf.copy_from_slice(head.as_bytes());
            buf.make_ascii_lowercase();
            std::str::from_utf8(buf).unwrap_or_default()
        } else {
            owned = head.to_lowercase();
            &owned
        };
        let labelled = UPDATED
            .iter()
            .chain(PUBLISHED)
            .any(|p| opening.trim_start().starts_with(p));
        let first = date_words(opening).next();
        if !labelled && first.is_some_and(|w| date_word(w, false).is_none()) {
            return None;
        }
    }
    // "Published 6 August 2026, updated 7 August 2026": a comma before a
    // label starts a part of its own too.
    let parts: Vec<String> = line
        .split(['|', '\u{b7}', '\u{2022}'])
        .flat_map(|part| {
            let part = part.to_lowercase();
            // Only a line that opens with a label or a date is split so
            // ("Tuesday 24 March 2026 07:52 GMT, updated 12:31 GMT").
            if !UPDATED
                .iter()
                .chain(PUBLISHED)
                .any(|p| starts_with_phrase(part.trim_start(), p))
                && date_words(&part)
                    .next()
                    .is_none_or(|w| date_word(w, false).is_none())
            {
                return vec![part];
            }
            let mut out = Vec::new();
            let mut rest = part.as_str();
            while let Some(at) = rest.match_indices(',').map(|(i, _)| i).find(|&i| {
                let next = rest[i + 1..].trim_start();
                UPDATED
                    .iter()
                    .chain(PUBLISHED)
                    .any(|p| starts_with_phrase(next, p))
            }) {
                out.push(rest[..at].to_string());
                rest = &rest[at + 1..];
            }
            out.push(rest.to_string());
            out
        })
        .collect();
    let (mut published, mut updated, mut time) = (false, false, false);
    for part in &parts {
        let part = part.trim();
        // "February 2, 2026 2:41 PM GMT+1 Updated 3 hours ago": how long
        // ago it changed says nothing of the day; "Updated 3 hours ago"
        // as a part of its own neither.
        if is_age(part) && parts.len() > 1 {
            continue;
        }
        let part = without_age(part);
        let mut kind = None;
        let mut rest = part;
        for (list, k) in [
            (UPDATED, Furniture::Updated),
            (PUBLISHED, Furniture::Dateline),
        ] {
            if let Some(p) = list.iter().find(|p| starts_with_phrase(part, p)) {
                kind = Some(k);
                rest = part[p.len()..].trim_start_matches([':', ' ']);
                rest = rest
                    .strip_prefix("on ")
                    .or_else(|| rest.strip_prefix("at "))
                    .unwrap_or(rest);
            }
        }
        match date_only(rest) {
            Some(true) if kind == Some(Furniture::Updated) => updated = true,
            Some(true) => published = true,
            Some(false) => time = true,
            // A short label beside the date: "Health desk", "Live updates".
            None if kind.is_none() && parts.len() > 1 && part.split_whitespace().count() <= 4 => {}
            None => return None,
        }
    }
    if published {
        Some(Furniture::Dateline)
    } else if updated {
        Some(Furniture::Updated)
    } else if time && parts.len() == 1 {
        Some(Furniture::Other)
    } else {
        None
    }
}

/// A part with how long ago the page changed after its date ("February 2,
/// 2026 2:41 PM GMT+1 updated 3 hours ago"), without that age.
fn without_age(part: &str) -> &str {
    // (a part that holds no label anywhere has none after a space)
    if !UPDATED.iter().chain(PUBLISHED).any(|p| part.contains(p)) {
        return part;
    }
    part.match_indices(' ')
        .map(|(i, _)| i)
        .find(|&i| {
            let tail = part[i + 1..].trim_start();
            UPDATED
                .iter()
                .chain(PUBLISHED)
                .any(|p| starts_with_phrase(tail, p))
                && is_age(tail)
        })
        .map_or(part, |i| part[..i].trim_end())
}

/// A day printed with slashes: "17/03/2026", "3/7/2026"; day first, as
/// British pages print it, unless the second number cannot be a month
/// ("03/17/2026").
fn slashed_date(w: &str) -> Option<chrono::NaiveDate> {
    let mut parts = w.trim_end_matches(['.', ',']).split('/');
    let (a, b, y) = (parts.next()?, parts.next()?, parts.next()?);
    let digits = |x: &str, n: std::ops::RangeInclusive<usize>| {
        n.contains(&x.len()) && x.bytes().all(|b| b.is_ascii_digit())
    };
    if parts.next().is_some() || !digits(a, 1..=2) || !digits(b, 1..=2) || !digits(y, 4..=4) {
        return None;
    }
    let (a, b, y): (u32, u32, i32) = (a.parse().ok()?, b.parse().ok()?, y.parse().ok()?);
    let (d, m) = if b > 12 { (b, a) } else { (a, b) };
    chrono::NaiveDate::from_ymd_opt(y, m, d)
}

/// A time zone with its offset: "GMT+1", "UTC-05:00".
fn is_zone_offset(w: &str) -> bool {
    w.split_once(['+', '-']).is_some_and(|(zone, off)| {
        matches!(zone, "gmt" | "utc")
            && !off.is_empty()
            && off.len() <= 5
            && off.bytes().all(|b| b.is_ascii_digit() || b == b':')
    })
}

/// `lower` begins with `phrase` followed by the end, a space or punctuation.
fn starts_with_phrase(lower: &str, phrase: &str) -> bool {
    lower.strip_prefix(phrase).is_some_and(|rest| {
        phrase.ends_with(':')
            || rest
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric() && c != '\'')
    })
}

/// "By Elin Marsh, Local Democracy Reporter", "By Maria Lindqvist, 12 March
/// 2024.", "By Reuters": "By", then a name (not "By March, the council …").
fn is_byline(line: &str) -> bool {
    let Some(rest) = line
        .strip_prefix("By ")
        .or_else(|| line.strip_prefix("BY "))
    else {
        return false;
    };
    let words: Vec<&str> = rest.split_whitespace().collect();
    if words.len() > 14 {
        return false;
    }
    let name: Vec<&str> = words
        .iter()
        .take_while(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                || matches!(**w, "and" | "de" | "van" | "von" | "al" | "bin")
        })
        .copied()
        .collect();
    let ends = name.last().is_some_and(|w| w.ends_with([',', '.']));
    match name.len() {
        0 => false,
        // "By Reuters", "By AP"
        1 => words.len() == 1,
        // "By March, the council …" is a date, not a name.
        _ => {
            let first = name[0].trim_end_matches([',', '.']).to_lowercase();
            !(calendar::is_month_word(&first) || WEEKDAYS.contains(&first.as_str()))
                && (name.len() == words.len() || ends || words.len() <= 8)
        }
    }
}

/// The day a line of furniture prints, read more loosely than in running
/// text, where "Jul" or "Wed" without a point could be a word: "Wed 15 Jul
/// 2026 12.48 BST", "July 14, 2026 11:32 AM GMT".
pub(crate) fn printed_day(line: &str) -> Option<chrono::NaiveDate> {
    if let Some(d) = line
        .split(|c: char| c.is_whitespace() || c == ',')
        .find_map(|w| dotted_date(w).or_else(|| slashed_date(w)))
    {
        return Some(d);
    }
    let words: Vec<String> = line
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '|' | '/'))
        .map(|w| {
            w.trim_matches(|c: char| matches!(c, '.' | '(' | ')'))
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect();
    let month = words.iter().position(|w| calendar::is_month_word(w))?;
    let m = calendar::month_number(&words[month])?;
    let day = |w: &String| -> Option<u32> {
        let d = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        (!d.is_empty() && d.len() <= 2 && d.bytes().all(|b| b.is_ascii_digit()))
            .then(|| d.parse().ok())
            .flatten()
            .filter(|d| (1..=31).contains(d))
    };
    let d = month
        .checked_sub(1)
        .and_then(|k| day(&words[k]))
        .or_else(|| words.get(month + 1).and_then(day))?;
    let y: i32 = words
        .iter()
        .find(|w| w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))?
        .parse()
        .ok()?;
    chrono::NaiveDate::from_ymd_opt(y, m, d)
}

/// A date printed day first with dots: "15.09.2026", "5.9.2026".
fn dotted_date(w: &str) -> Option<chrono::NaiveDate> {
    let mut parts = w.trim_end_matches('.').split('.');
    let (d, m, y) = (parts.next()?, parts.next()?, parts.next()?);
    let digits = |x: &str, n: std::ops::RangeInclusive<usize>| {
        n.contains(&x.len()) && x.bytes().all(|b| b.is_ascii_digit())
    };
    if parts.next().is_some() || !digits(d, 1..=2) || !digits(m, 1..=2) || !digits(y, 4..=4) {
        return None;
    }
    chrono::NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
}

/// A time of day: "18:40", "7:15am", "12.48" (hours and two-digit minutes).
fn is_clock(w: &str) -> bool {
    let w = w
        .strip_suffix("am")
        .or_else(|| w.strip_suffix("pm"))
        .unwrap_or(w);
    let Some((h, m)) = w.split_once([':', '.']) else {
        return false;
    };
    let digits = |x: &str| !x.is_empty() && x.bytes().all(|b| b.is_ascii_digit());
    digits(h) && h.len() <= 2 && (w.contains(':') || m.len() == 2) && m.split(':').all(digits)
}

/// The words of a date line as `date_only` reads them: a range of times
/// splits at its dash ("09:00\u{2013}10:00").
fn date_words(lower: &str) -> impl Iterator<Item = &str> {
    lower
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '/' | '\u{2013}' | '\u{2014}'))
        .map(|w| w.trim_matches(|c: char| matches!(c, '.' | '(' | ')' | '-')))
        .filter(|w| !w.is_empty())
}

/// What one word of a date line is.
#[derive(Debug, Clone, Copy)]
enum DateWord {
    Month,
    /// A weekday or a time zone.
    Name,
    /// "18:40", or a range of times with a hyphen: "9:00-10:00".
    Clock,
    /// "11", "2026", "11th".
    Number,
    /// A whole day in figures: 15.09.2026, 2026-03-11.
    Day,
}

/// What a lower-case word of a date line is, or None for a word that is no
/// part of a date; `after_time` when the word before it was a time.
fn date_word(w: &str, after_time: bool) -> Option<DateWord> {
    // A time zone after a time, for the zones not listed: "06:30 EEST",
    // "21:15 AEST", "08:00 SAST" (standard or summer time: a T last).
    let zone_after_time = after_time
        && (3..=5).contains(&w.len())
        && w.ends_with('t')
        && w.bytes().all(|b| b.is_ascii_alphabetic());
    if calendar::is_month_word(w) {
        Some(DateWord::Month)
    } else if WEEKDAYS.contains(&w) || ZONES.contains(&w) || zone_after_time || is_zone_offset(w) {
        Some(DateWord::Name)
    } else if is_clock(w)
        || w.split_once('-')
            .is_some_and(|(a, b)| is_clock(a) && is_clock(b))
    {
        Some(DateWord::Clock)
    } else if w.chars().all(|c| c.is_ascii_digit())
        || w.strip_suffix(|c: char| c.is_ascii_alphabetic())
            .and_then(|x| x.strip_suffix(|c: char| c.is_ascii_alphabetic()))
            .is_some_and(|x| !x.is_empty() && x.chars().all(|c| c.is_ascii_digit()))
    {
        Some(DateWord::Number)
    } else if dotted_date(w).is_some() || (w.len() == 10 && w.as_bytes().get(4) == Some(&b'-')) {
        // (2026-03-11: the '-' split kept it whole)
        Some(DateWord::Day)
    } else {
        None
    }
}

/// Whether `part` holds only a date and a time: `Some(true)` when it names
/// a day (a month and a number or a year), `Some(false)` for a time alone
/// ("16:05 GMT"), `None` when other words are in it.
fn date_only(part: &str) -> Option<bool> {
    let lower = part.to_lowercase();
    let mut month = false;
    let mut number = false;
    let mut time = false;
    let mut any = false;
    let mut after_time = false;
    // "17/03/2026 19:20": the slashes split the day into numbers below.
    if lower
        .split(|c: char| c.is_whitespace() || c == ',')
        .any(|w| slashed_date(w).is_some())
    {
        month = true;
    }
    for w in date_words(&lower) {
        any = true;
        let was_time = std::mem::take(&mut after_time);
        match date_word(w, was_time)? {
            DateWord::Month => month = true,
            DateWord::Name => {}
            DateWord::Clock => {
                time = true;
                after_time = true;
            }
            DateWord::Number => number = true,
            DateWord::Day => {
                month = true;
                number = true;
            }
        }
    }
    if !any {
        return None;
    }
    if month && number {
        Some(true)
    } else if time && !month {
        Some(false)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A line a test accepts is never turned away by the test's gate: over
    /// every line of the labelled articles and of these tests, whole and
    /// cut into its sentences as `classify` cuts it.
    #[test]
    fn a_line_view_lets_through_every_line_its_tests_accept() {
        /// A test's name, the test and its gate.
        type Gated = (&'static str, fn(&str) -> bool, fn(&LineView) -> bool);
        let on_lower: &[Gated] = &[
            ("caption", is_caption, LineView::may_be_caption),
            ("schedule", is_schedule, LineView::may_be_schedule),
            (
                "availability",
                is_availability,
                LineView::may_be_availability,
            ),
            (
                "broadcast dateline",
                is_broadcast_dateline,
                LineView::may_be_broadcast_dateline,
            ),
            (
                "programme note",
                is_programme_note,
                LineView::may_be_programme_note,
            ),
            ("prompt", is_prompt, LineView::may_be_prompt),
            ("sharing", is_sharing, LineView::may_be_sharing),
            (
                "closing line",
                is_closing_line,
                LineView::may_be_closing_line,
            ),
            (
                "accuracy note",
                is_accuracy_note,
                LineView::may_be_accuracy_note,
            ),
            (
                "funding note",
                is_funding_note,
                LineView::may_be_funding_note,
            ),
            ("advice line", is_advice_line, LineView::may_be_advice_line),
            ("rights line", is_rights_line, LineView::may_be_rights_line),
            (
                "reporter note",
                is_reporter_note,
                LineView::may_be_reporter_note,
            ),
            (
                "programme standfirst",
                is_programme_standfirst,
                LineView::may_be_programme_standfirst,
            ),
            (
                "reference line",
                is_reference_line,
                LineView::may_be_reference_line,
            ),
            (
                "sentences",
                |l| l.contains(". "),
                LineView::may_be_sentences,
            ),
        ];
        let on_line: &[Gated] = &[
            (
                "caption dateline",
                is_caption_dateline,
                LineView::may_be_caption_dateline,
            ),
            ("role line", is_role_line, LineView::may_be_role_line),
            (
                "section line",
                is_section_line,
                LineView::may_be_section_line,
            ),
            (
                "interview note",
                is_interview_note,
                LineView::may_be_interview_note,
            ),
            ("date line", |l| dated(l).is_some(), |v| v.marked(DIGIT)),
            ("key event", is_key_event, |v| v.marked(DIGIT)),
        ];
        let mut texts: Vec<String> = crate::extract::labelled_texts();
        texts.push(include_str!("furniture.rs").replace('"', "\n"));
        let mut lines = 0;
        let mut accepted = 0;
        for line in texts.iter().flat_map(|t| t.lines()) {
            let line = line.trim();
            if line.is_empty() || line.len() > 300 {
                continue;
            }
            lines += 1;
            let lower = line.to_lowercase();
            let view = LineView::of(&lower);
            let pieces = std::iter::once(lower.as_str())
                .chain(lower.split(". ").map(|p| p.trim().trim_end_matches('.')));
            for piece in pieces {
                for (name, test, gate) in on_lower {
                    if test(piece) {
                        accepted += 1;
                        assert!(gate(&view), "{name}: {piece}");
                    }
                }
            }
            let first = line.split_once(". ").map(|(first, _)| first);
            for part in std::iter::once(line).chain(first) {
                for (name, test, gate) in on_line {
                    if test(part) {
                        accepted += 1;
                        assert!(gate(&view), "{name}: {part}");
                    }
                }
            }
        }
        assert!(
            lines > 10_000 && accepted > 300,
            "{lines} lines, {accepted} accepted"
        );
    }

    #[test]
    fn the_prefixes_sought_by_first_byte_are_those_of_the_whole_list() {
        let mut lines: Vec<String> = Vec::new();
        for p in PREFIXES {
            lines.push((*p).to_string());
            lines.push(format!("{p} the council"));
            lines.push(format!("{p}s"));
            lines.push(format!("{p}'s"));
            lines.push(format!("  {p}"));
            lines.push(p.chars().skip(1).collect());
        }
        for l in [
            "",
            "the council said",
            "sharers said",
            "watching the video",
            "\u{a9} 2026 the herald",
            "\u{e9}t\u{e9}",
        ] {
            lines.push(l.to_string());
        }
        for l in &lines {
            assert_eq!(
                opens_with_prefix(l),
                PREFIXES.iter().any(|p| starts_with_phrase(l, p)),
                "{l}"
            );
        }
        assert!(opens_with_prefix("share this article"));
        assert!(opens_with_prefix("photo: reuters"));
        assert!(!opens_with_prefix("shareholders voted"));
        assert!(!opens_with_prefix("a photo: reuters"));
    }

    #[test]
    fn a_line_of_only_page_words_is_furniture_a_sentence_holding_them_not() {
        for l in [
            "Share",
            "Paid content",
            "Comments (214)",
            "Related",
            "Related coverage",
        ] {
            assert_eq!(classify(l), Some(Furniture::Other), "{l}");
        }
        for l in [
            "Paid content was banned, the regulator said.",
            "Share prices fell by 4% on Monday.",
            "Related parties held 12% of the shares.",
            "The live broadcast ends at 10pm.",
        ] {
            assert_eq!(classify(l), None, "{l}");
        }
    }

    #[test]
    fn a_date_line_opening_in_capitals_or_another_script_is_read_as_before() {
        assert_eq!(classify("Updated 7 August 2026"), Some(Furniture::Updated));
        assert_eq!(
            classify("PUBLISHED 6 AUGUST 2026"),
            Some(Furniture::Dateline)
        );
        assert_eq!(classify("12 March 2024"), Some(Furniture::Dateline));
        assert_eq!(
            classify("\u{c9}t\u{e9} 2026: the council met 4 times"),
            None
        );
        assert_eq!(classify("The council met on 12 March 2024 to vote."), None);
    }

    #[test]
    fn an_exclamation_under_a_heading_of_links_is_no_title() {
        // (seen: a crosshead "Recommended …" opening a list of links, the
        // short line after it, ending in "!", dropped as a link's title)
        let day = chrono::NaiveDate::from_ymd_opt(2026, 5, 4);
        let text = "The council said the service would be cut in June.\n\nRecommended changes\nFares will double by 2027!\nCampaigners said 4,000 people had signed a petition.";
        let x = crate::extract::extract(text, day);
        let c = crate::extract::candidate_with(&x, "double by 2027");
        assert_eq!(c.quote, "Fares will double by 2027!");
        // The same shape in other words.
        assert!(!is_listed_title("Our pool has lost £2m since 2024!"));
        assert!(!is_listed_title("Save Eastgate pool!"));
        // Titles of links, a question among them, still are.
        for line in [
            "Savers warned as easy-access rates fall again",
            "How many bank branches have closed near you?",
            "2. Road closures planned for bridge works next week",
        ] {
            assert!(is_listed_title(line), "{line}");
        }
    }

    /// `is_caption` as it was written first: every credit sought in the
    /// whole line.
    fn is_caption_whole(lower: &str) -> bool {
        CREDITS.iter().any(|c| {
            lower.rfind(c).is_some_and(|at| {
                at > 0 && lower[at..].split_whitespace().count() <= 8 && !lower[at..].contains(". ")
            })
        })
    }

    #[test]
    fn a_date_line_is_read_whatever_its_first_word_and_a_line_of_text_is_not() {
        for line in [
            "2026-03-11 18:40",
            "15.09.2026, 08:00",
            "11th March 2026",
            "18:40 GMT, 3 May 2026",
            "Last updated 25 November 2026, 16:05 GMT",
            "9:00-10:00, Sunday 13 September 2026",
            "Sunday 13 September 2026 | Politics",
            // (a first word longer than the opening the fast test reads)
            "123456789012345678901234567890 March 2026",
        ] {
            assert!(dated(line).is_some(), "{line}");
        }
        for line in [
            "The council said 4,000 homes were affected on 3 May 2026.",
            "Residents 3 May 2026",
            "(Updated) 3 May 2026",
        ] {
            assert_eq!(dated(line), None, "{line}");
        }
    }

    #[test]
    fn a_caption_is_found_in_the_last_words_as_in_the_whole_line() {
        let pieces = [
            "picture:",
            "getty images",
            "/reuters",
            "(photo",
            "credit:",
            "the",
            "mayor",
            ".",
            ". ",
            " ",
            "\u{a0}",
            "  ",
            "smith",
            "x/alamy",
            "file photo",
            "é",
            "\n",
        ];
        // Every line of up to six pieces drawn from a fixed sequence.
        let mut seed = 7u64;
        let mut checked = 0;
        for _ in 0..20_000 {
            let mut line = String::new();
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let len = 1 + (seed >> 33) as usize % 14;
            for _ in 0..len {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                line.push_str(pieces[(seed >> 33) as usize % pieces.len()]);
            }
            assert_eq!(is_caption(&line), is_caption_whole(&line), "{line:?}");
            checked += usize::from(is_caption(&line));
        }
        assert!(checked > 100, "too few captions among the lines: {checked}");
    }

    #[test]
    fn furniture_lines_are_recognised() {
        for line in [
            "By Elin Marsh, Local Democracy Reporter",
            "By Maria Lindqvist, 12 March 2024.",
            "By Reuters",
            "Share this article",
            "Share",
            "Photo: The old ferry terminal on Harbourside quay (Tom Ferris/Harbourside Gazette)",
            "Read more: Harbourside ferry terminal \u{2013} what we know so far",
            "Advertisement",
            "Sign up to the Harbourside Gazette daily newsletter",
            "Editor's note: An earlier version of this article misstated the number of colonies.",
            "This article was amended on 19 June 2026.",
            "You are currently viewing Putin and Xi Will Reportedly Meet",
            "16:05 GMT",
            "Morning Edition is broadcast weekdays from 6am.",
            "The Morning Briefing is on West Coast FM every weekday from 7am.",
            "Listen to Newsround live on Sundays at 9pm",
        ] {
            assert!(classify(line).is_some(), "{line}");
        }
        assert_eq!(
            classify("Wednesday 11 March 2026, 18:40 GMT"),
            Some(Furniture::Dateline)
        );
        // A zone in capitals after the time, whichever it is.
        assert_eq!(
            classify("3 May 2026, 21:15 AEST"),
            Some(Furniture::Dateline)
        );
        assert_eq!(classify("3 May 2026, 21:15 and"), None);
        assert_eq!(
            classify("Live updates | Wednesday 25 November 2026"),
            Some(Furniture::Dateline)
        );
        assert_eq!(
            classify("Updated 13 March 2024, 09:12"),
            Some(Furniture::Updated)
        );
        assert_eq!(
            classify("Last updated 25 November 2026, 16:05 GMT"),
            Some(Furniture::Updated)
        );
        assert_eq!(
            classify("Published 3 February 2026"),
            Some(Furniture::Dateline)
        );
        // Times written with a point, or with "am" joined to them.
        assert_eq!(
            classify("Wed 15 Jul 2026 12.48 BST"),
            Some(Furniture::Dateline)
        );
        assert_eq!(
            classify("Tuesday, 9 June 2026, 7:15am"),
            Some(Furniture::Dateline)
        );
        assert_eq!(
            classify("Last modified on Wed 15 Jul 2026 17.02 BST"),
            Some(Furniture::Updated)
        );
    }

    #[test]
    fn a_live_blog_start_and_an_update_in_one_line_date_the_page() {
        assert_eq!(
            classify("Started 12 November 2026, 06:45 GMT"),
            Some(Furniture::Dateline)
        );
        assert_eq!(
            classify("Published 6 August 2026, updated 7 August 2026"),
            Some(Furniture::Dateline)
        );
        assert_eq!(
            classify("Updated 7 August 2026, 09:10"),
            Some(Furniture::Updated)
        );
        // A date first, then the time it was updated after a comma.
        assert_eq!(
            classify("Tuesday 24 March 2026 07:52 GMT, updated 12:31 GMT"),
            Some(Furniture::Dateline)
        );
        assert_eq!(
            classify("24 March 2026, updated 25 March 2026"),
            Some(Furniture::Dateline)
        );
        assert_eq!(
            classify("Friday 30 January 2026, first posted 07:40 GMT"),
            Some(Furniture::Dateline)
        );
        assert_eq!(
            classify("March 2026, updated figures show a rise of 4%."),
            None
        );
        // A sentence that starts so is read as text.
        assert_eq!(classify("Started in 2019, the scheme has cost £4m."), None);
        assert_eq!(
            classify("Published figures show a rise, updated every month."),
            None
        );
    }

    #[test]
    fn a_date_with_a_zone_offset_and_an_age_after_it_dates_the_page() {
        for line in [
            "February 2, 2026 2:41 PM GMT+1 Updated 3 hours ago",
            "March 14, 2026 9:05 AM UTC-05:00 Updated 20 min ago",
            "4 May 2026 18:10 GMT+2 | Updated 2 hours ago",
            "17/03/2026 19:20",
            "Published 03/17/2026 7:20 PM",
        ] {
            assert_eq!(classify(line), Some(Furniture::Dateline), "{line}");
        }
        assert_eq!(
            printed_day("February 2, 2026 2:41 PM GMT+1 Updated 3 hours ago"),
            chrono::NaiveDate::from_ymd_opt(2026, 2, 2)
        );
        assert_eq!(
            printed_day("17/03/2026 19:20"),
            chrono::NaiveDate::from_ymd_opt(2026, 3, 17)
        );
        assert_eq!(
            printed_day("03/17/2026"),
            chrono::NaiveDate::from_ymd_opt(2026, 3, 17)
        );
        // A sentence with a date and an update is text.
        assert_eq!(
            classify("The figures for 17/03/2026 were updated 3 hours ago."),
            None
        );
    }

    #[test]
    fn a_programme_note_with_the_day_it_went_out_dates_the_page() {
        for line in [
            "Broadcast on TNS One, Sunday 12 July 2026",
            "First aired on Radio West, 3 May 2026, 08:10",
            "Broadcast on Kells One on Sunday 12 July 2026",
        ] {
            assert_eq!(classify(line), Some(Furniture::Dateline), "{line}");
        }
        assert_eq!(
            printed_day("Broadcast on TNS One, Sunday 12 July 2026"),
            chrono::NaiveDate::from_ymd_opt(2026, 7, 12)
        );
        for line in [
            "Broadcast on Sunday, the interview drew 2.1 million viewers.",
            "Broadcast on 12 July 2026, the interview drew 2.1 million viewers.",
        ] {
            assert_ne!(classify(line), Some(Furniture::Dateline), "{line}");
        }
    }

    #[test]
    fn where_a_troubled_reader_finds_help_is_furniture() {
        for line in [
            "If you have been affected by any of the issues in this story, help and support is available via the Corrandale News Action Line.",
            "If you've been affected by the issues raised in this article, support is available from the Samaritans on 116 123.",
            "If you or someone you know is struggling, contact the Kells Helpline free on 0800 123 456.",
            "Help and support is available from the charity Mind.",
        ] {
            assert_eq!(classify(line), Some(Furniture::Other), "{line}");
        }
        for line in [
            "If you have been affected by the closure, the council said, you can claim £200.",
            "If you are affected by the strike, you will be refunded, the operator said.",
            "Support is available to 4,000 families, the minister told MPs.",
        ] {
            assert_eq!(classify(line), None, "{line}");
        }
    }

    #[test]
    fn the_day_a_dateline_prints() {
        let d = chrono::NaiveDate::from_ymd_opt;
        assert_eq!(printed_day("Wed 15 Jul 2026 12.48 BST"), d(2026, 7, 15));
        assert_eq!(
            printed_day("Last modified on Wed 15 Jul 2026 17.02 BST"),
            d(2026, 7, 15)
        );
        assert_eq!(printed_day("April 14, 2026 11:32 AM GMT"), d(2026, 4, 14));
        assert_eq!(printed_day("Tuesday, 9 June 2026, 7:15am"), d(2026, 6, 9));
        assert_eq!(printed_day("Share this article"), None);
        // Day first with dots, beside a time.
        assert_eq!(printed_day("03.11.2026, 08:05"), d(2026, 11, 3));
        assert_eq!(classify("03.11.2026, 08:05"), Some(Furniture::Dateline));
        assert_eq!(printed_day("31.02.2026"), None);
    }

    #[test]
    fn photo_captions_end_in_a_credit() {
        for line in [
            "Sandra Pell arriving at Northampton Crown Court on Wednesday. Picture: Northants News Service",
            "Lindqvist Foods' factory in Goole, East Yorkshire. Photograph: Harriet Lane/Alamy",
            "Slovak Finance Minister Tomas Hrebik arrives for a cabinet meeting in Bratislava, March 3, 2026. Castline/Peter Dubec/File Photo",
            "Firefighters at the scene on Sunday (Photo: Jan Novak)",
        ] {
            assert_eq!(classify(line), Some(Furniture::Other), "{line}");
        }
        for line in [
            "The photo: the council said it showed the old depot, and that it was taken in 2019 before the fire.",
            "Police released a picture: it shows a man in a grey coat near the station.",
        ] {
            assert_eq!(classify(line), None, "{line}");
        }
    }

    #[test]
    fn sentences_are_not_furniture() {
        for line in [
            "By March, the council will have spent $4 million.",
            "By the end of the year, 40 stations will close.",
            "The council met on 11 March 2026 to approve the budget.",
            "Shares in the company fell 4 percent.",
            "Updated figures show a rise of 4 percent.",
            "Council Approves Budget With 4.9% Tax Rise",
            "Photographers were kept away from the site.",
            // A schedule that is not a programme's, or a programme's claim.
            "Trains will run every 15 minutes from 6am on weekdays.",
            "The library is open weekdays from 9am.",
            "The programme was watched by 4.1 million people every week in 2025, up from 3.2 million at 9pm.",
        ] {
            assert_eq!(classify(line), None, "{line}");
        }
    }

    #[test]
    fn a_programme_schedule_and_transcript_notes_are_furniture() {
        for line in [
            "The Week in Westminster is on air every Saturday at 11am.",
            "Newsnight Extra is on air weeknights at 10.30pm",
            "Broadcast on The Andrew Hale Show at 08:10.",
            "First aired on Radio Kells on Tuesday at 7pm.",
            "Recorded live at the Harbour Theatre on Friday.",
            "This is a transcript of the programme and may contain errors.",
            "This is an edited transcript.",
            "This conversation has been condensed and edited for clarity.",
            "Some answers have been shortened for length.",
            "Aired on Saturday at 18:30. This transcript has been edited for clarity.",
            "Listen again on Kells Sounds",
            "Watch the full interview on our YouTube channel",
            "Listen: The whole debate (40 min)",
            "Catch up on the Kells Player",
        ] {
            assert_eq!(classify(line), Some(Furniture::Other), "{line}");
        }
        for line in [
            // A broadcast told as news, and figures about a programme.
            "Broadcast on Sunday, the interview drew 2.1 million viewers.",
            "The programme is on air every Sunday at 9am and was watched by 2 million people.",
            "This transcript shows the minister was told in June.",
            "The interview was edited to remove a slur, the broadcaster said.",
            "Watchdogs said the channel had broken the code.",
        ] {
            assert_eq!(classify(line), None, "{line}");
        }
    }

    #[test]
    fn a_papers_reference_line_is_furniture_and_a_journal_in_prose_is_not() {
        for line in [
            // Seen.
            "Reference: Mbatha-Rowe K. et al. (2026) Marine Ecology Letters, doi:10.0000/mel.2026.0413",
            // The same shape in other words.
            "Okafor J., Lind S. (2025). Journal of Coastal Studies, vol. 41, pp. 112-130.",
            "Citation: Hale, R. and Moss, T. Sleep and screens in adolescence. Paediatric Sleep Review 12 (2026).",
            "Paper: Varga et al., Marine Systems Review, doi:10.1234/msr.2026.77",
            "https://doi.org/10.1038/s41586-026-01234-5",
            "DOI: 10.5555/jcs.2025.041",
        ] {
            assert_eq!(classify(line), Some(Furniture::Other), "{line}");
        }
        for line in [
            // A journal named in prose.
            "The study, published in the journal Marine Ecology Letters, is the largest of its kind so far.",
            "The research, published on Wednesday in the Journal of Urban Health Studies, compared 19 towns.",
            "The paper, doi:10.1234/abc, was retracted in 2025 after errors were found.",
            "Volunteers from 2019 to 2025 planted 40 hectares, the trust said.",
            "The journal said volume 12 would appear in 2027.",
            "Sales volumes fell 4% in 2025, pp. analysts said.",
        ] {
            assert_eq!(classify(line), None, "{line}");
        }
    }

    #[test]
    fn a_transcripts_note_of_who_was_interviewed_is_furniture() {
        for line in [
            // Seen.
            "The schools minister, Delphine Arkwright, was interviewed by Barnaby Okonjo on Morning Edition shortly after 8.10am. The transcript has been edited only to remove repetition.",
            // The same shape in other words.
            "The schools minister, Delphine Arkwright, was interviewed by Barnaby Okonjo on Morning Edition shortly after 8.10am.",
            "Tom Hale was talking to Nadia Ferrier on Drivetime.",
            "The chief constable was interviewed on The Sunday Show.",
            "The health secretary was speaking to Rhona Keill on Breakfast at 7.40am. This transcript has been edited for clarity.",
            "The minister was interviewed on Drivetime by Nadia Ferrier.",
            "The mayor was interviewed on the Drivetime programme this evening.",
        ] {
            assert_eq!(classify(line), Some(Furniture::Other), "{line}");
        }
        for line in [
            // Interviews in the news.
            "The suspect was interviewed by detectives on Tuesday and released on bail.",
            "He was interviewed by police on suspicion of fraud.",
            "She was interviewed by Barnaby Okonjo on Morning Edition, where she said the schools were safe.",
            "The head teacher was interviewed by inspectors on Ofsted's behalf.",
            "The minister was interviewed by Ann Kerr on Newsnight in March.",
            "A man was interviewed by police on Anglesey.",
            "Twelve pupils were interviewed by the inspectors on 3 May.",
            // A programme, then more than a time.
            "The minister was speaking to Nadia Ferrier on Newsnight after she admitted misleading parliament over the Harlow contract.",
            "Council leader Tom Hale was interviewed by Nadia Ferrier on Drivetime shortly before he resigned over the Harlow contract.",
            "The mayor was talking to Ann Kerr on Breakfast as the floods rose.",
            "The minister was interviewed on Newsnight while the vote was under way.",
        ] {
            assert_eq!(classify(line), None, "{line}");
        }
    }

    #[test]
    fn a_committee_transcripts_notes_and_licence_are_furniture() {
        for line in [
            // Seen.
            "Uncorrected transcript. This is not yet an approved formal record of these proceedings. Neither Members nor witnesses have had the opportunity to correct the record.",
            "Neither Members nor witnesses have had the opportunity to correct the record.",
            "This transcript is published under the Open Parliament Licence.",
            // The same shape in other words.
            "Uncorrected evidence: this is not an approved formal record.",
            "This text is reproduced under the Open Government Licence v3.0.",
            "Content available under a Creative Commons licence",
            "Parliamentary copyright 2026",
            "Oral evidence taken before the Transport Committee on 3 March 2026",
        ] {
            assert_eq!(classify(line), Some(Furniture::Other), "{line}");
        }
        for line in [
            // A licence or a record in the news.
            "The council granted the pub a licence under new rules.",
            "The minister said the record had been published under pressure from MPs.",
            "The licence was published under a court order.",
            "Members said witnesses had been given no opportunity to correct the record.",
        ] {
            assert_eq!(classify(line), None, "{line}");
        }
    }

    #[test]
    fn a_programmes_notes_station_and_broadcast_line_are_furniture() {
        // Seen: a radio transcript's page.
        assert_eq!(
            classify("Broadcast: Sunday 13 September 2026, 09:00\u{2013}10:00"),
            Some(Furniture::Dateline)
        );
        assert_eq!(
            printed_day("Broadcast: Sunday 13 September 2026, 09:00\u{2013}10:00"),
            chrono::NaiveDate::from_ymd_opt(2026, 9, 13)
        );
        // The same shape in other words.
        for line in [
            "Aired: Monday 4 May 2026, 18:30-19:00",
            "First broadcast 4 May 2026, 7pm",
            "Broadcast on 12 July 2026",
        ] {
            assert_eq!(classify(line), Some(Furniture::Dateline), "{line}");
        }
        for line in [
            "Radio Meridian",
            "Meridian FM",
            "BBC Radio 4",
            "Channel 5",
            "ENDS",
            "Next week: the Shadow Chancellor",
            "This transcript was typed from a recording and not copied from an original script. Because of the risk of mishearing, Radio Meridian cannot vouch for its complete accuracy.",
            "Because of the risk of mishearing, the BBC cannot vouch for its complete accuracy.",
            "THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.",
            "This text was automatically generated and may contain errors.",
            // (a phrase of one list inside a phrase of the other)
            "Below: an automatically generated transcript of the briefing.",
            "Sunday with Ann Kerr is on NSB One every Sunday at 9am.",
            "Here is a transcript of the interview, lightly edited for clarity.",
            "We will bring you updates throughout the day.",
            "An earlier version of this story gave the wrong date for the vote.",
            // (seen: a live blog's correction of its own post)
            "An earlier version of our 11.40 post gave the wrong number of people evacuated from their homes. This has now been corrected.",
            "A previous version of our live coverage misspelt the minister's name.",
        ] {
            assert_eq!(classify(line), Some(Furniture::Other), "{line}");
        }
        // Lines that report: never furniture.
        for line in [
            "Broadcast on Sunday, the interview drew 2.1 million viewers.",
            "Radio Meridian lost 40,000 listeners last year.",
            "The auditor said the council's figures may contain errors.",
            // (an earlier version of anything but the outlet's own)
            "An earlier version of the plan was rejected by the council in 2019.",
            "An earlier version of our software stored 2 million passwords in plain text, the bank admitted on Tuesday.",
            "The regulator's data may contain errors in about 3% of cases.",
            "Channel 5 apologised.",
            "Broadcasters aired 12 hours of coverage on 4 May 2026.",
            "Prices were automatically generated by the council's system in 2025.",
            "The team talks to 40 schools every Sunday at 9am.",
        ] {
            assert_eq!(classify(line), None, "{line}");
        }
    }

    #[test]
    fn who_funds_the_reporting_and_advice_with_a_number_are_furniture() {
        for line in [
            // Seen.
            "The Local Democracy Reporting Service is funded by the BBC and covers councils across England.",
            "If you need advice, call the West Pennine Council emergency line on 0300 123 6699 or the police non-emergency number, 101.",
            // The same shapes in other words.
            "This article was produced with support from the Kestrel Trust.",
            "Reporting for this series was supported by a grant from the Ellis Foundation.",
            "Our global health coverage is funded by readers and is editorially independent.",
            "If you smell smoke, call 999.",
            // (seen: the service named between the call and its number)
            "If you are worried about your mental health, speak to your GP or call NHS 111.",
            "If your child has a fever, ring NHS 111 for advice.",
            "For more information, visit www.northby.gov.uk/incinerator.",
            "Anyone affected can call the Cadwell helpline on 0800 555 0199.",
            "To report a power cut, call 105.",
            "The Local Democracy Reporting Service is a BBC-funded scheme to cover local councils.",
            "This article includes reporting from the Press Association.",
            "This article is part of our series on the cost of living.",
            "Samaritans can be contacted free on 116 123 or by email at jo@samaritans.org.",
            "With additional reporting by PA Media",
            "(c) 2026 Castline News Agency",
            "Northline Media Ltd 2026. All rights reserved.",
            "The Northby Echo is a member of the Independent Press Standards Organisation.",
            "This article was written by a Local Democracy Reporter as part of a scheme that places journalists in local newsrooms to cover councils and public bodies.",
            "ACP editorial standards apply to this report.",
            "Our editorial guidelines apply to this article",
            "This story has been corrected to show the vote was on Tuesday.",
            "A previous version of this article misstated the budget.",
            // A reporter's note, alone or with who funds the reporting.
            "Daniel Oduya is a Local Democracy Reporter covering Millbrook District Council. The Local Democracy Reporting Service is funded by the Public Broadcasting Trust and local news organisations.",
            "Sam Lee is a freelance journalist based in Leeds.",
            "Priya Raman is the Courier's political editor. Follow her on X.",
            "Tom Achebe is our health correspondent.",
            // A programme's standfirst.
            "Presenter Nadia Ferrier speaks to Graham Tolland, the Police and Crime Commissioner for Marchland, about officer numbers, 999 call times and spending in his office.",
            "Rhona Keill talks to the justice secretary about prison places.",
            "This week Tom Hale is joined by the chief constable to discuss knife crime.",
        ] {
            assert_eq!(classify(line), Some(Furniture::Other), "{line}");
        }
        for line in [
            // A study's funding, a line that reports, advice with no number.
            "The report was funded by the council and published in March.",
            "The new hospital wing was funded by a grant from the Ellis Foundation.",
            "Police said anyone with information should call 101.",
            "If you look at the figures, 0300 calls rose by 40% in a year.",
            "If you want a permit, apply to the council before May.",
            "If you call the council, expect to wait for 120 minutes.",
            "Anyone who called the council on 12 March was told to wait.",
            "The government-funded study found 40% of pupils were behind.",
            "The story of the mill was told on film as part of a scheme run by the museum, its director said.",
            "The Independent Press Standards Organisation said the story breached the code.",
            "The regulator said the broadcaster's editorial standards apply to this report and were breached.",
            "Editorial guidelines were breached in a report on the strike, the regulator found.",
            "The council can be contacted by post, a spokesman said, and on 0300 555 0100.",
            // Facts with a figure, and people described by what they do.
            "Coverage of the state-funded scheme rose to 80% last year.",
            "Reporting from the border, our correspondent counted 4,000 people.",
            "Residents who call 0300 123 4567 have waited an average of three hours since January.",
            "Customers who phone 0800 555 0199 are being charged 40p a minute, the regulator found.",
            // A reporter in the news, and a role that is no reporter's.
            "Ana Ruiz is a journalist who was detained in Minsk in March.",
            "Mr Hale is a former editor of the Courier.",
            "The council is the largest employer in the town.",
            "Marta Bell is a nurse at the Royal Infirmary. The ward is funded by the trust.",
            "Kim Park is the editor of the report, the council said.",
            "The helpline speaks to about 200 callers a week.",
            "Chancellor Rachel Reeves speaks to business leaders about tax rises at a summit in London on Monday.",
            "The Bank of England governor talks to MPs about the 40% rise in energy bills on Tuesday.",
            "Lyric is reportedly in talks to sell its 4,000 phone masts to an infrastructure fund for about £1.1 billion, the Sunday Herald reported at the weekend.",
            "The firm is in talks to buy a rival about which little is known.",
            "Ms Hale talks to the minister about funding every month, the council said.",
            "The union, which represents 40,000 staff across the region and speaks to ministers about pay, will ballot members.",
        ] {
            assert_eq!(classify(line), None, "{line}");
        }
    }

    #[test]
    fn a_programme_on_a_channel_and_where_to_hear_it_again_are_furniture() {
        for line in [
            "Weekend Briefing with Tom Ashe is on Kells One every Saturday at 8am, and on Kells Player.",
            "The Farming Hour is on Radio Vale each Sunday at 6.30am.",
            "Morning Call goes out on Kells Live weekdays from 7am.",
            "Inside Politics returns on Kells Two every Thursday at 10.40pm.",
            "The full interview is available on Kells Player.",
            "Episodes are available on all major podcast apps.",
            "The series is available to stream on demand and on Kells Sounds.",
            "Weekend Briefing with Tom Ashe is on Kells One every Saturday at 8am. The full interview is available on Kells Player.",
        ] {
            assert_eq!(classify(line), Some(Furniture::Other), "{line}");
        }
        for line in [
            "The report is available on the council's website.",
            "The minister is on holiday every August.",
            "The vaccine is on sale at 400 pharmacies every day from 9am.",
            "The interview is available, the broadcaster said, but 40 minutes were cut.",
            "Free school meals are available on every school day.",
        ] {
            assert_eq!(classify(line), None, "{line}");
        }
    }

    /// Statements fact-checkers chose to check are never furniture.
    #[test]
    fn checked_statements_are_not_furniture() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/liar");
        let mut caught = Vec::new();
        for f in ["train.tsv", "valid.tsv", "test.tsv"] {
            let Ok(text) = std::fs::read_to_string(root.join(f)) else {
                assert!(std::env::var_os("CI").is_none(), "{f} is absent");
                eprintln!("skipped: {} is absent", root.join(f).display());
                return;
            };
            for line in text.lines() {
                if let Some(st) = line.split('\t').nth(2) {
                    if classify(st).is_some() {
                        caught.push(st.to_string());
                    }
                }
            }
        }
        assert!(caught.is_empty(), "{caught:#?}");
    }

    #[test]
    fn credits_prompts_ages_and_buttons_are_furniture() {
        for line in [
            "Reporting by Lena Berg in Oslo; Editing by Kim Park",
            "(Additional reporting by Joe Mura in Rome)",
            "Additional reporting by Ana Ruiz",
            "Live coverage by Tom Sykes and Ada Lowe",
            "By Wirepress staff",
            "Kim Park, Political Correspondent",
            "Health reporter",
            "Sport | Football | Premier League",
            "Farming newsletter: the week's prices in your inbox every Monday",
            "Get the latest Kells news sent to your inbox. Sign up here",
            "Get flood warnings for your street: download our app",
            "Follow the Kells Courier on Instagram",
            "Follow our election coverage",
            "Have you been affected by the closures? Email news@kellscourier.example",
            "Published 5 hours ago",
            "Updated 40 minutes ago",
            "12m ago",
            "Latest update: 09:15 GMT",
            "10.42am",
            "9.41am BST",
            "16:05",
            "Share \u{b7} Tweet \u{b7} Email",
            "Facebook  X  WhatsApp  Email",
            "Copy link",
            "Key events",
            "Show key events only",
            "Comments are closed on this article.",
            "Reuse this content",
            "The hearing continues.",
            "Dockworkers at the port on Monday. (Handout photo)",
        ] {
            assert_eq!(classify(line), Some(Furniture::Other), "{line}");
        }
        for line in [
            "Reporting by the Kells Courier found that the mayor had been told in May.",
            "Follow-up tests found no trace of the chemical.",
            "Get-rich-quick schemes cost savers £40m last year, the regulator said.",
            "The union said 3,000 members had signed up to the strike fund.",
            "Five hours ago the council said the bridge was safe.",
            "The trial continues a pattern of prosecutions brought since 2024.",
            "Kim Park, a political reporter, said the vote was lost.",
            "Subscribers to the newsletter fell by a third in 2025.",
        ] {
            assert_eq!(classify(line), None, "{line}");
        }
    }

    #[test]
    fn a_wire_photo_caption_ends_in_a_place_and_a_date() {
        for line in [
            "Harbour workers unload grain at the port of Kells, Westland, May 3, 2026.",
            "Finance Minister Ada Lowe arrives for a cabinet meeting in Norden, 14 April 2026.",
            "Protesters hold placards outside parliament in Kells, Westland, March 9, 2026. Wirepress/Tom Sykes",
            "A man walks past a closed bank branch in Norden. Wirepress/Ada Lowe",
        ] {
            assert_eq!(classify(line), Some(Furniture::Other), "{line}");
        }
        for line in [
            "The treaty was signed in Norden, Westland, on May 3, 2026.",
            "The plant closed on Friday, May 3, 2026.",
            "The minister said the port of Kells, Westland, reopened March 9, 2026.",
            "Profits fell in the year to March 2026.",
        ] {
            assert_eq!(classify(line), None, "{line}");
        }
    }

    #[test]
    fn a_key_events_line_of_a_time_and_a_title_is_furniture_and_an_entry_with_a_stop_is_not() {
        for line in [
            "11:20 Operators: one in five trains running",
            "12:55 Minister tells MPs offer is 'fair and final'",
            "09:15 Union boss on the picket line",
            "9.40am Police close the coast road at Harlow Point",
            "16:02 Council confirms schools will reopen on Monday",
        ] {
            assert_eq!(classify(line), Some(Furniture::Other), "{line}");
        }
        for line in [
            "14:05 The union said it would write to the operators on Wednesday.",
            "11:20 Operators say one in five trains are running, down from half last week.",
            "12.50 pounds a week is what the average tenant now pays",
            "2026 Budget",
            "3 Things to know",
        ] {
            assert_eq!(classify(line), None, "{line}");
        }
    }

    #[test]
    fn the_closing_notes_of_a_release_are_furniture_in_brackets_or_alone() {
        for line in [
            "[Ends. Check against delivery. Issued by the Ministry of Civil Protection press office, 22 August 2026, 13:40.]",
            "[Ends]",
            "[Notes to editors]",
            "-ENDS-",
            "Notes to editors",
            "(Issued by the Harbour Board communications team, 3 March 2026)",
            "Embargoed until 00:01 Tuesday 4 March",
            "[Check against delivery]",
        ] {
            assert_eq!(classify(line), Some(Furniture::Other), "{line}");
        }
        for line in [
            "Issued by the court in March, the order bans the company from trading.",
            "[The minister later said the figure was 40%.]",
            "Ends of the pier were closed by the storm, 3 March 2026.",
            "(Issued by the ministry, the guidance tells schools to close, 3 March)",
        ] {
            assert_eq!(classify(line), None, "{line}");
        }
    }

    #[test]
    fn a_figure_after_a_volume_or_pages_is_found_past_the_marks_between() {
        for (line, word) in [
            ("journal of coastal studies, vol. 41, pp. 112-130", "vol"),
            ("journal of coastal studies, vol. 41, pp. 112-130", "pp"),
            ("marine review (vol: 12)", "vol"),
            ("pp\u{201c}88", "pp"),
        ] {
            assert!(figure_after(line, word), "{line}");
        }
        for (line, word) in [
            ("the volunteers came in 2025", "vol"),
            ("support rose to 40%", "pp"),
            ("vol. forty", "vol"),
            ("sales volumes fell 4%", "vol"),
        ] {
            assert!(!figure_after(line, word), "{line}");
        }
        // A line told by the gate is the line the words would have told:
        // the volume's figure behind a bracket or a quote still counts.
        assert_eq!(
            classify("Okafor J. (2025) Coastal Studies, (vol. 41) pp. 112-130"),
            Some(Furniture::Other)
        );
        assert_eq!(
            classify("The volunteers happily supported the appeal in 2025"),
            None
        );
    }

    /// `STAFF_FIRST_WORDS` are the first words of `STAFF_LABELS`, kept
    /// apart so that a line's opening word is compared without splitting
    /// every label; none is longer than the eleven letters tested first.
    #[test]
    fn the_staff_labels_first_words_are_those_of_the_labels() {
        let mut firsts: Vec<&str> = STAFF_LABELS
            .iter()
            .filter_map(|l| l.split(' ').next())
            .collect();
        firsts.sort_unstable();
        firsts.dedup();
        let mut kept = STAFF_FIRST_WORDS.to_vec();
        kept.sort_unstable();
        assert_eq!(firsts, kept);
        assert!(kept.iter().all(|w| w.len() <= 11));
    }

    #[test]
    fn a_closing_line_needs_its_verb_and_a_note_line_its_every_piece() {
        for line in [
            "The trial continues.",
            "The inquest continues",
            "THE CASE CONTINUES.",
        ] {
            assert_eq!(classify(line), Some(Furniture::Other), "{line}");
        }
        for line in [
            "The trial continued.",
            "The trial continues today.",
            "The case, which continues, is costly.",
            // A note's pieces count only when there are two of them and
            // both are notes.
            "This transcript has been edited for clarity. The minister said 40 jobs would go.",
        ] {
            assert_eq!(classify(line), None, "{line}");
        }
        assert_eq!(
            classify(
                "Broadcast on Sunday at 09:00. This is a transcript of the interview and may contain errors."
            ),
            Some(Furniture::Other)
        );
    }

    #[test]
    fn a_staff_credit_opens_with_a_labels_first_word_in_any_case() {
        // (the first words listed are those of the labels, each once)
        let mut firsts: Vec<&str> = STAFF_LABELS
            .iter()
            .filter_map(|l| l.split(' ').next())
            .collect();
        firsts.sort_unstable();
        firsts.dedup();
        let mut listed = STAFF_FIRST_WORDS.to_vec();
        listed.sort_unstable();
        assert_eq!(firsts, listed);
        for label in STAFF_LABELS {
            let mut line: String = label.to_uppercase();
            line.push_str(" Ann Lee and Tom Hale");
            assert_eq!(classify(&line), Some(Furniture::Other), "{line}");
            let capitalised = format!("{}{}", &label[..1].to_uppercase(), &label[1..]);
            let line = format!("{capitalised} Ann Lee");
            assert_eq!(classify(&line), Some(Furniture::Other), "{line}");
        }
        for line in [
            "Reporting by the Kells Courier found that the mayor had been told in May.",
            "Photographers by the river were moved on.",
            "Writings by the poet were sold for 40,000 pounds.",
        ] {
            assert_eq!(classify(line), None, "{line}");
        }
    }
}
