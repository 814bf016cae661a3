//! Proposing the check-worthy claims of an article, already attributed: pure
//! functions over its text and publication date, no I/O.
//!
//! The way through: sentences and paragraphs (`sentences`, with lines of
//! page furniture set apart by `furniture`), words (`tokens`), each sentence
//! read in turn (`read`): who says it (`attribution`, from the cues in
//! `cues`, noun phrases in `phrases`, speakers in `speaker`, the people an
//! article names in `names`, denied stories and accusations in `denials`),
//! hedges and answers (`hedges`), time expressions (`dates`, `relative`,
//! `calendar`); then candidates built from them (`candidates`), each answer
//! attached to the claim it answers (`answers`, with the body a short
//! form such as "the company" stands for found by `bodies`), a
//! check-worthiness score (`score`) and notes on how the text was read
//! (`notes`). The word lists are in `lexicon`; `eval` measures the result
//! against hand-labelled articles.

mod answers;
mod attribution;
mod bodies;
mod calendar;
mod candidates;
mod cues;
mod dates;
mod denials;
pub mod eval;
mod extras;
mod furniture;
mod hedges;
mod lexicon;
mod names;
mod notes;
mod phrases;
mod read;
mod relative;
mod score;
mod sentences;
mod speaker;
mod tokens;

use chrono::NaiveDate;
use serde::Serialize;

use crate::model::{Kind, ResponseKind};
use attribution::People;
pub(crate) use calendar::is_month_word;
pub use dates::TimeExpr;
use read::Reader;

/// Candidates at or above this score are proposed unless `--min-score` says otherwise.
pub const DEFAULT_MIN_SCORE: f64 = 0.5;

/// A sentence proposed as a claim, with everything the desk needs to log it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Candidate {
    /// Its number among the article's sentences, from 1.
    pub sentence: usize,
    pub score: f64,
    /// Why it scored as it did, in a few words.
    pub why: Vec<&'static str>,
    /// The sentence as it stands in the article.
    pub quote: String,
    #[serde(skip)]
    pub start: usize,
    #[serde(skip)]
    pub end: usize,
    pub speaker: Option<String>,
    pub role: Option<String>,
    pub via: Vec<String>,
    pub kind: Kind,
    /// The words that attribute it ("said", "according to").
    pub cue: Option<String>,
    pub hedge: Option<String>,
    pub dates: Vec<TimeExpr>,
    pub claimed: Option<NaiveDate>,
    pub check_after: Option<NaiveDate>,
    /// Answers of the people concerned, found in later sentences (later
    /// in time: a live blog printed newest first prints them above; a
    /// plea printed before the prosecution's account it answers is the
    /// one answer found earlier).
    pub responses: Vec<ProposedResponse>,
}

/// The candidate of `x` whose quote holds `words`; a test that finds none
/// fails naming them and printing every candidate.
#[cfg(test)]
pub(crate) fn candidate_with<'x>(x: &'x Extraction, words: &str) -> &'x Candidate {
    x.candidates
        .iter()
        .find(|c| c.quote.contains(words))
        .unwrap_or_else(|| panic!("{words}: {:#?}", x.candidates))
}

/// The text of every labelled article in `tests/extract-data/` and its
/// `heldout/`, for tests that hold a rule to real lines.
#[cfg(test)]
pub(crate) fn labelled_texts() -> Vec<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/extract-data");
    [dir.clone(), dir.join("heldout")]
        .iter()
        .filter_map(|d| std::fs::read_dir(d).ok())
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect()
}

/// What a party concerned said when asked, found in the article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProposedResponse {
    pub party: String,
    pub kind: ResponseKind,
    /// Their words (the quoted part, else the sentence).
    pub quote: String,
    pub date: Option<NaiveDate>,
    /// The sentence it was found in, and its number.
    pub sentence_text: String,
    pub sentence: usize,
}

/// Everything proposed for one article.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Extraction {
    pub candidates: Vec<Candidate>,
    /// Answers found with no earlier claim to attach them to.
    pub unattached: Vec<ProposedResponse>,
    /// What the reader should know about how the text was read.
    pub notes: Vec<String>,
    pub sentences: usize,
    /// The publication date printed on the page (its dateline, else an
    /// "Updated" line), when the text has one.
    pub published: Option<NaiveDate>,
}

/// Propose the claims of `text`, reading time expressions against `published`.
/// Never panics, and takes time linear in the length of the text.
pub fn extract(text: &str, published: Option<NaiveDate>) -> Extraction {
    let mut sentences = sentences::split(text);
    // A line on its own is a headline only above something else.
    if let [only] = sentences.as_mut_slice() {
        only.headline = false;
    }
    let mut out = Extraction {
        sentences: sentences.len(),
        ..Extraction::default()
    };
    if sentences.is_empty() {
        out.notes.push("the text has no words".into());
        return out;
    }
    // A live blog printed newest first is read oldest entry first, so that
    // an answer follows what it answers; the numbers are put back after.
    let order = answers::oldest_first(text, &sentences);
    let printed = order.as_ref().map(|order| {
        let printed = sentences.clone();
        sentences = order.iter().map(|&i| printed[i].clone()).collect();
        printed
    });
    let mut reader = Reader::new(text, published);
    let mut asked = candidates::Asked::default();
    // (at most one candidate a sentence: no copying as the list grows)
    out.candidates.reserve(sentences.len());
    let mut p = 0;
    // (the last sentence read that is not page furniture)
    let mut last = 0;
    // One paragraph at a time, so that memory stays with the paragraph.
    while p < sentences.len() {
        let para = sentences[p].paragraph;
        let q = p + sentences[p..]
            .iter()
            .take_while(|s| s.paragraph == para)
            .count();
        let mut reads = reader.paragraph(&sentences[p..q], p);
        attribution::claims_in_answers(text, reader.printed(), &mut reads);
        candidates::build(
            text,
            reader.published(),
            reader.printed(),
            &reads,
            &mut asked,
            &mut out,
        );
        attribution::name_the_described(text, &reads, &mut out.candidates);
        attribution::so_says(text, &reads, &mut out.candidates);
        attribution::said_in_passing(text, &reads, &mut out.candidates);
        speaker::records_read_out(text, &reads, &mut out.candidates);
        speaker::leader_named_next(text, &reads, &mut out.candidates, &mut last);
        p = q;
    }
    answers::charge_ahead(&mut out);
    if let Some(order) = &order {
        let back = |n: &mut usize| {
            *n = n
                .checked_sub(1)
                .and_then(|k| order.get(k))
                .map_or(*n, |&i| i + 1);
        };
        for c in &mut out.candidates {
            back(&mut c.sentence);
            c.responses.iter_mut().for_each(|r| back(&mut r.sentence));
        }
        out.unattached
            .iter_mut()
            .for_each(|r| back(&mut r.sentence));
        out.candidates.sort_by_key(|c| c.start);
        out.unattached.sort_by_key(|r| r.sentence);
    }
    if let Some(printed) = printed {
        sentences = printed;
    }
    out.published = reader.page_date();
    if published.is_none() {
        if let Some(d) = out.published {
            out.notes.push(format!(
                "the source has no publication date; {d}, printed on the page, was used"
            ));
        }
    }
    notes::notes(
        text,
        &sentences,
        &reader.counts,
        reader.html,
        published.or(out.published),
        &mut out,
    );
    out
}

/// The kinds of the answers found when the whole text is read (published
/// on Wednesday 2026-06-10), for the tests of the answer rules.
#[cfg(test)]
pub(crate) fn answer_kinds(text: &str) -> Vec<crate::model::ResponseKind> {
    let x = extract(text, NaiveDate::from_ymd_opt(2026, 6, 10));
    x.candidates
        .iter()
        .flat_map(|c| c.responses.iter())
        .chain(x.unattached.iter())
        .map(|r| r.kind)
        .collect()
}

/// The parties of the answers found when the whole text is read (published
/// on Wednesday 2026-06-10), in the order of their claims, the unattached
/// last.
#[cfg(test)]
pub(crate) fn answer_parties(text: &str) -> Vec<String> {
    let x = extract(text, NaiveDate::from_ymd_opt(2026, 6, 10));
    x.candidates
        .iter()
        .flat_map(|c| c.responses.iter())
        .chain(x.unattached.iter())
        .map(|r| r.party.clone())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn any_text_is_handled_without_panic() {
        for text in [
            "",
            " ",
            "\u{201C}",
            "\"\"\"",
            "...",
            "a.b.c. d. E.",
            "Mr.",
            "<p><b>",
            "&amp;",
            "in over the next",
            "on September 31 and 99, 2022",
            "said said said , , said",
            "\u{201C}x\u{201D} said ,",
            "According to",
            "the end of",
            "\u{0301}\u{200B}\u{FEFF}",
            "He said. She said. It was claimed by.",
            "Sen. Dr. Prof. V. S.",
            "in 9999999999999999999999 days",
            "over 1e308 years",
        ] {
            let _ = extract(text, NaiveDate::from_ymd_opt(2022, 9, 7));
            let _ = extract(text, None);
        }
    }

    /// Random text from pieces that stress the rules: quotes, stops,
    /// capitals, numbers, dates, cues, tags and other scripts.
    #[test]
    fn random_text_never_panics() {
        const PIECES: &[&str] = &[
            "said",
            "according to",
            " ",
            "\n",
            "\n\n",
            ".",
            ". ",
            "\u{201C}",
            "\u{201D}",
            "\"",
            ",",
            "Mr.",
            "U.S.",
            "Denisov",
            "Andrei",
            "the",
            "next week",
            "on",
            "September",
            "15",
            "and",
            "16",
            "in",
            "over",
            "two",
            "years",
            "ago",
            "reportedly",
            "declined to comment",
            "<p>",
            "&amp;",
            "\u{4eca}\u{5929}",
            "\u{3002}",
            "?",
            "$4",
            "%",
            "\u{2019}s",
            "V.",
            "who",
            "denied the report",
            "the end of",
            "a little less than",
            "Tass",
            "as cited by",
            "-",
            "\u{2014}",
        ];
        let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
        for _ in 0..3000 {
            let mut text = String::new();
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let n = (seed % 40) as usize;
            for _ in 0..n {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                text.push_str(PIECES[(seed % PIECES.len() as u64) as usize]);
            }
            let x = extract(&text, NaiveDate::from_ymd_opt(2022, 9, 7));
            for c in &x.candidates {
                assert_eq!(&text[c.start..c.end], c.quote);
                assert!((0.0..=1.0).contains(&c.score));
            }
            let _ = extract(&text, None);
            let _ = extract(&text, Some(NaiveDate::MIN));
            let _ = extract(&text, Some(NaiveDate::MAX));
        }
    }

    #[test]
    fn a_quotation_goes_on_across_paragraphs() {
        let text = "\u{201C}We will cut the deficit by half,\u{201D} Mayor Karen Holt said. \u{201C}It will take three years.\n\n\u{201C}Nobody else has a plan that adds up to $40 million.\u{201D}\n\nThe council meets on Monday.";
        let x = extract(text, NaiveDate::from_ymd_opt(2024, 3, 14));
        let plan = x
            .candidates
            .iter()
            .find(|c| c.quote.contains("adds up"))
            .unwrap();
        assert_eq!(plan.speaker.as_deref(), Some("Karen Holt"));
        assert_eq!(plan.kind, Kind::DirectQuote);
        let meets = x
            .candidates
            .iter()
            .find(|c| c.quote.contains("meets"))
            .unwrap();
        assert_eq!(meets.speaker, None);
    }

    #[test]
    fn a_response_attaches_to_the_claim_it_answers() {
        let text = "It has been claimed by Russian media that Xi intends to visit Kazakhstan; however, these allegations have not been substantiated as of yet.\n\nMao Ning, a spokeswoman for the Chinese Ministry of Foreign Affairs, responded on Wednesday to a query concerning a trip by saying, \u{201C}On your question, I have nothing to contribute.\u{201D}";
        let x = extract(text, NaiveDate::from_ymd_opt(2022, 9, 7));
        assert_eq!(x.candidates.len(), 1);
        let c = &x.candidates[0];
        assert_eq!(c.kind, Kind::Reported);
        assert_eq!(c.speaker.as_deref(), Some("Russian media"));
        assert_eq!(c.responses.len(), 1);
        let r = &c.responses[0];
        assert_eq!(r.kind, ResponseKind::NonDenial);
        assert!(r.party.starts_with("Mao Ning"), "{}", r.party);
        assert_eq!(r.quote, "On your question, I have nothing to contribute.");
    }

    #[test]
    fn relative_dates_without_publication_date_are_noted() {
        let x = extract(
            "The council will vote on the plan next week, officials said.",
            None,
        );
        assert!(
            x.notes.iter().any(|n| n.contains("no publication date")),
            "{:?}",
            x.notes
        );
        assert_eq!(x.candidates[0].check_after, None);
    }
}

#[cfg(test)]
mod rule_tests {
    use super::*;

    const BRIEFING: &str = "Transcript: Ministry Briefing on the Floods\n\nThe following is a transcript of the briefing by the interior ministry spokeswoman, Milena Stojkovska, and the head of the crisis centre, Arben Xhaferi.\n\nSTOJKOVSKA: Since the rain began on Sunday, 14 people have died in the floods.\n\nQ: Local media have reported that the Kozjak dam released water on Tuesday night without any warning. Is that true?\n\nXHAFERI: No, that is not true. The dam operator warned every municipality two hours before the release.\n\nQ: Opposition MPs say the government cut the flood protection budget by half last year. Will the minister resign?\n\nSTOJKOVSKA: The budget for flood protection was not cut. It was 410 million denars last year and 430 million this year.";

    #[test]
    fn an_unnamed_speaker_named_by_title_in_the_next_sentence() {
        let text = "Dozens of bus routes across the county will be cut next year, a senior councillor has warned.\n\nCouncillor Ruth Adeyemi, who sits on the transport committee, told a public meeting on Tuesday that the subsidy had fallen by a third since 2023.\n\nSchool rolls in the county are falling, a headteacher has said.\n\nMayor Tom Birch said the figures were out of date.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 5, 14));
        let find = |w: &str| {
            x.candidates
                .iter()
                .find(|c| c.quote.contains(w))
                .unwrap_or_else(|| panic!("{w}: {:#?}", x.candidates))
        };
        let c = find("bus routes");
        assert_eq!(c.speaker.as_deref(), Some("Ruth Adeyemi"));
        assert_eq!(c.kind, Kind::Paraphrase);
        // Named after a word of the same stem as the unnamed source's noun.
        let text = "The landlord ignored 40 warnings about the gas boiler, a prosecutor told magistrates on Monday.\n\nSetting out the prosecution case, Helen Vance said the tenant had complained in writing six times.";
        let y = extract(text, NaiveDate::from_ymd_opt(2026, 5, 14));
        let c = y
            .candidates
            .iter()
            .find(|c| c.quote.contains("40 warnings"))
            .unwrap_or_else(|| panic!("{:#?}", y.candidates));
        assert_eq!(c.speaker.as_deref(), Some("Helen Vance"));
        // A named person under another title is someone else.
        assert_eq!(
            find("School rolls").speaker.as_deref(),
            Some("a headteacher")
        );
        // So is one who holds the title in another body, or on the other
        // side; one named in the same body is the same.
        let text = "\"That rule was written by our own lawyers, from the first line to the last,\" a ministry spokeswoman said.\n\nOpposition environment spokeswoman Liv Hallberg said on Wednesday she had written to the standards commissioner.";
        let z = extract(text, NaiveDate::from_ymd_opt(2026, 5, 14));
        let c = crate::extract::candidate_with(&z, "our own lawyers");
        assert_eq!(c.speaker.as_deref(), Some("a ministry spokeswoman"));
        let text = "The rule will be dropped next year, a ministry spokeswoman said on Monday.\n\nMinistry spokeswoman Liv Hallberg said the consultation would close in March.";
        let z = extract(text, NaiveDate::from_ymd_opt(2026, 5, 14));
        let c = crate::extract::candidate_with(&z, "dropped next year");
        assert_eq!(c.speaker.as_deref(), Some("Liv Hallberg"));
    }

    #[test]
    fn a_denied_story_is_its_outlets_by_name() {
        let text = "The club denied a report in the Lisbon daily Correio on Sunday that its manager had resigned.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 5, 14));
        let c = x
            .candidates
            .iter()
            .find(|c| c.quote.contains("resigned"))
            .unwrap_or_else(|| panic!("{:#?}", x.candidates));
        assert_eq!(c.speaker.as_deref(), Some("Correio"));
    }

    #[test]
    fn a_story_the_outlet_tells_of_is_its_tellers_by_name() {
        let told = |text: &str, words: &str| {
            let x = extract(text, NaiveDate::from_ymd_opt(2026, 2, 18));
            let c = x
                .candidates
                .iter()
                .find(|c| c.quote.contains(words))
                .unwrap_or_else(|| panic!("{:#?}", x.candidates));
            (c.kind, c.speaker.clone())
        };
        // (seen)
        let text = "The deputy prime minister's campaign has been overshadowed by a report in the Pelvar daily Obzor on Monday that a foundation run by his brother-in-law received 2.4 million crowns in 2024 from Kolvek Group.";
        assert_eq!(
            told(text, "2.4 million crowns"),
            (Kind::Reported, Some("Obzor".to_string()))
        );
        // The same shape in other words.
        let text = "The row follows a story in the Evening Post that the mayor's aides had shredded 40 boxes of tender documents.";
        assert_eq!(
            told(text, "tender documents"),
            (Kind::Reported, Some("the Evening Post".to_string()))
        );
        // (reports, with no article)
        let text = "Shares fell 9% amid reports in the Harbour Ledger that the bank had lost \u{a3}40m on a single loan.";
        assert_eq!(
            told(text, "single loan"),
            (Kind::Reported, Some("the Harbour Ledger".to_string()))
        );
        // Near misses: no teller named, or no "that" telling the claim.
        let text = "The row follows a report that the mayor's aides had shredded 40 boxes of tender documents.";
        assert_ne!(told(text, "tender documents").0, Kind::Reported);
        let text = "The row follows a story in the Evening Post on Monday about 40 boxes of tender documents.";
        assert_ne!(told(text, "tender documents").0, Kind::Reported);
    }

    #[test]
    fn a_transcript_labelled_by_hyphenated_surnames_names_the_person_printed_once() {
        let text = "Gideon Morrow-Pike has run the Elmbury hospital trust since 2019. Priya Nand spoke to him on Tuesday. We asked Mr Morrow-Pike about the delays.\n\nNAND: Why are patients waiting longer for scans?\n\nMORROW-PIKE: Demand for scans grew by 27% in the last two years, and we hired 14 more radiographers in 2025.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 3, 5));
        let c = x
            .candidates
            .iter()
            .find(|c| c.quote.contains("27%"))
            .unwrap_or_else(|| panic!("{:#?}", x.candidates));
        assert_eq!(c.speaker.as_deref(), Some("Gideon Morrow-Pike"));
        assert_eq!(c.kind, Kind::DirectQuote);
        // A refusal under the label is an answer, not a claim.
        let text = format!("{text}\n\nNAND: Were the scanners faulty in 2024?\n\nMORROW-PIKE: I am not going to discuss an open review of the equipment.");
        let x = extract(&text, NaiveDate::from_ymd_opt(2026, 3, 5));
        assert!(x
            .candidates
            .iter()
            .all(|c| !c.quote.contains("open review")));
    }

    #[test]
    fn a_surname_label_finds_a_full_name_printed_after_it_was_first_sought() {
        // The first "MORROW-PIKE:" finds no full name before it; the text
        // searched then is not searched again, but what follows is.
        let text = "NAND: Why are patients waiting longer for scans?\n\nMORROW-PIKE: We are working on it.\n\nThe trust's chief executive is Gideon Morrow-Pike, who took over in 2019.\n\nNAND: How many radiographers did you hire?\n\nMORROW-PIKE: We hired 14 more radiographers in 2025, and demand for scans grew by 27% in the last two years.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 3, 5));
        let c = crate::extract::candidate_with(&x, "27%");
        assert_eq!(c.speaker.as_deref(), Some("Gideon Morrow-Pike"));
    }

    #[test]
    fn a_line_that_says_published_is_the_page_date_over_a_bare_date_above_it() {
        let d = NaiveDate::from_ymd_opt;
        // (seen: a committee transcript, the hearing's date above the date
        // it was published)
        let body = "Q1 Chair: The council will vote on 40 branch closures on Friday.";
        let text = format!("Oral evidence: Sewage discharges\n\nTuesday 12 May 2026\n\nPublished 13 May 2026\n\n{body}");
        let x = extract(&text, None);
        assert_eq!(x.published, d(2026, 5, 13));
        // Once a line said it, a later bare date does not replace it.
        let text = format!("Published 13 May 2026\n\nTuesday 12 May 2026\n\n{body}");
        assert_eq!(extract(&text, None).published, d(2026, 5, 13));
        // A date the source was given is what relative dates are read against.
        let text = format!("Tuesday 12 May 2026\n\nPublished 13 May 2026\n\n{body}");
        let x = extract(&text, d(2026, 5, 20));
        let c = crate::extract::candidate_with(&x, "40 branch closures");
        assert_eq!(c.dates.first().and_then(|e| e.from), d(2026, 5, 22));
    }

    #[test]
    fn a_label_of_titles_and_a_surname_names_the_person_printed_in_full() {
        // (seen: a press conference's labels, full names on a line above)
        let text = "Speakers: Laura Bettencourt, Minister for Civil Protection; Nuno Carvalhal, Chief Fire Officer\n\nMINISTER BETTENCOURT: Four water-bombing aircraft will arrive on Monday to reinforce our fleet.\n\nCHIEF CARVALHAL: The three fires have burned 21,400 hectares.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 8, 22));
        let c = crate::extract::candidate_with(&x, "21,400");
        assert_eq!(c.speaker.as_deref(), Some("Nuno Carvalhal"));
        assert_eq!(c.kind, Kind::DirectQuote);
        let c = crate::extract::candidate_with(&x, "water-bombing");
        assert_eq!(c.speaker.as_deref(), Some("Laura Bettencourt"));
        // The same shape in other words.
        let text = "Home Secretary Tom Hale and Commissioner Ruth Adeyemi took questions.\n\nSECRETARY HALE: Knife crime fell by 12% in London last year.\n\nDR OKORO: We treated 340 stab wounds in 2025.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 8, 22));
        assert_eq!(
            crate::extract::candidate_with(&x, "Knife crime")
                .speaker
                .as_deref(),
            Some("Tom Hale")
        );
        // A title and a surname printed nowhere in full names the person
        // as the label gives them.
        assert_eq!(
            crate::extract::candidate_with(&x, "340 stab wounds")
                .speaker
                .as_deref(),
            Some("Dr Okoro")
        );
        // Titles alone are no surname.
        let text = "The board met on Monday.\n\nCHIEF EXECUTIVE: Sales rose by 8% in 2025.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 8, 22));
        assert_eq!(
            crate::extract::candidate_with(&x, "Sales rose").speaker,
            None
        );
    }

    #[test]
    fn a_questioner_labelled_with_an_outlet_relays_the_claim_the_question_cites() {
        // (seen: a press conference's questions from the floor)
        let text = "Speakers: Laura Bettencourt, Minister for Civil Protection\n\nANA LOBO (Valmont Herald): Minister, the Herald reported on Thursday that five of the region's 14 water bombers were grounded for maintenance. Is that true?\n\nMINISTER BETTENCOURT: No, that is not true. Two aircraft were in scheduled maintenance.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 8, 22));
        let c = crate::extract::candidate_with(&x, "water bombers");
        assert_eq!(c.speaker.as_deref(), Some("the Herald"));
        assert_eq!(c.via, vec!["Ana Lobo".to_string()]);
        // The same shape in other words, an outlet with a small word in it.
        let text = "The mayor took questions after the council meeting.\n\nTOM REYES (Jornal do Sul): Mayor, residents told us the library would close in March. Will it?\n\nMAYOR: No.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 8, 22));
        let c = crate::extract::candidate_with(&x, "library would close");
        assert_eq!(c.via, vec!["Tom Reyes".to_string()]);
        // A name and a bracket with no colon after it is no label.
        let text = "JOHN SMITH (Labour) won the seat by 312 votes in 2024.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 8, 22));
        assert!(x.candidates.iter().all(|c| c.via.is_empty()));
    }

    #[test]
    fn a_committee_transcript_reads_numbered_questions_and_listed_witnesses_as_labels() {
        // (seen: a parliamentary committee's oral evidence)
        let text = "Members present: Fiona Rendall (Chair); Mark Ellery.\n\nWitnesses: Jonathan Greave, Chief Executive, Severnmoor Water.\n\nQ1 Chair: Good morning. Is the company investing?\n\nJonathan Greave: We are investing \u{a3}1.2 billion in storm overflows, and we will have upgraded 150 of them by March 2028.\n\nQ2 Mark Ellery: A former employee told my office last month that managers had instructed staff to switch off flow monitors during heavy rain. Is that something you are aware of?\n\nJonathan Greave: Absolutely not.\n\nQ3 Chair: The Committee will publish its report in July, and we will hear from Ofwat on 2 June.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 5, 13));
        let c = candidate_with(&x, "storm overflows");
        assert_eq!(c.speaker.as_deref(), Some("Jonathan Greave"));
        assert_eq!(c.kind, Kind::DirectQuote);
        assert!(c.quote.starts_with("We are investing"), "{}", c.quote);
        let c = candidate_with(&x, "flow monitors");
        assert_eq!(c.speaker.as_deref(), Some("A former employee"));
        assert_eq!(c.via, vec!["Mark Ellery".to_string()]);
        assert_eq!(c.responses.len(), 1, "{c:#?}");
        assert_eq!(c.responses[0].kind, ResponseKind::Denied);
        assert_eq!(c.responses[0].quote, "Absolutely not.");
        // "Chair" is whoever the list of members marks as chair.
        let c = candidate_with(&x, "publish its report");
        assert_eq!(c.speaker.as_deref(), Some("Fiona Rendall"));
        // The same shape in other words: a convener, a witness named in a
        // sentence before, a denial in other words.
        let text = "The transport committee heard from Sara Lind, the director of Northway Rail, on Tuesday. Members present: Ruth Okafor (Convener); Tom Hale.\n\nQ14 Convener: Welcome. Ms Lind, why were services cut?\n\nSara Lind: We cut 240 services in March because 60 drivers left the company in January.\n\nQ15 Tom Hale: The regulator found that 30% of your trains ran late in February. Is that right?\n\nSara Lind: No, that is not true.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 5, 13));
        let c = candidate_with(&x, "240 services");
        assert_eq!(c.speaker.as_deref(), Some("Sara Lind"));
        assert_eq!(c.kind, Kind::DirectQuote);
        let c = candidate_with(&x, "ran late");
        assert_eq!(c.via, vec!["Tom Hale".to_string()]);
        assert_eq!(c.responses.len(), 1, "{c:#?}");
        assert_eq!(c.responses[0].kind, ResponseKind::Denied);
        // A name-shaped line opener the text before does not name stays text.
        let text = "Key Findings: Rents rose by 12% in 2025, the council said.\n\nKey Findings: Some 4,000 families waited more than a year for a home.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 5, 13));
        assert!(x
            .candidates
            .iter()
            .all(|c| c.speaker.as_deref() != Some("Key Findings") && c.quote.starts_with("Key")));
    }

    #[test]
    fn a_transcript_names_its_speakers_and_answers_its_questions() {
        let x = extract(BRIEFING, NaiveDate::from_ymd_opt(2026, 10, 8));
        let find = |words: &str| {
            x.candidates
                .iter()
                .find(|c| c.quote.contains(words))
                .unwrap_or_else(|| panic!("{words}: {:#?}", x.candidates))
        };
        let died = find("14 people have died");
        assert_eq!(died.speaker.as_deref(), Some("Milena Stojkovska"));
        assert_eq!(died.kind, Kind::DirectQuote);
        assert_eq!(
            find("410 million").speaker.as_deref(),
            Some("Milena Stojkovska")
        );
        let dam = find("Kozjak dam released");
        assert_eq!(dam.responses.len(), 1, "{:#?}", x.candidates);
        assert_eq!(dam.responses[0].kind, ResponseKind::Denied);
        let budget = find("cut the flood protection budget");
        assert_eq!(budget.responses.len(), 1, "{:#?}", x.candidates);
        assert_eq!(budget.responses[0].kind, ResponseKind::Denied);
        assert!(budget.responses[0].party.starts_with("Milena Stojkovska"));
    }

    const INTERVIEW: &str = "Minister of State for Transport Aoife Carragher spoke to David Reilly about the delayed repairs.\n\nDAVID REILLY: Minister, the bridge has been shut for fourteen months. When will it reopen?\n\nAOIFE CARRAGHER: The bridge will reopen to cars by December 18.\n\nDAVID REILLY: The Lanmore Herald reported this week that the repair bill has risen to 61 million euros. Is that right?\n\nAOIFE CARRAGHER: No, that is not true. The current estimate is 44 million euros.\n\nDAVID REILLY: The Herald also says your department was warned about corrosion in the main cables in 2021.\n\nAOIFE CARRAGHER: I'm not going to comment on a leaked document.\n\nDAVID REILLY: Has the contractor been penalised?\n\nAOIFE CARRAGHER: Those discussions are ongoing and I don't think it would be right for me to go into them on air.";

    #[test]
    fn an_interview_names_both_voices_and_answers_the_interviewers_claims() {
        let x = extract(INTERVIEW, NaiveDate::from_ymd_opt(2026, 11, 5));
        let reopen = one(&x, "reopen to cars");
        assert_eq!(reopen.speaker.as_deref(), Some("Aoife Carragher"));
        assert_eq!(reopen.kind, Kind::DirectQuote);
        assert_eq!(
            one(&x, "44 million").speaker.as_deref(),
            Some("Aoife Carragher")
        );
        let bill = one(&x, "repair bill");
        assert_eq!(bill.speaker.as_deref(), Some("The Lanmore Herald"));
        assert_eq!(bill.via, vec!["David Reilly".to_string()]);
        assert_eq!(bill.responses.len(), 1, "{:#?}", x.candidates);
        assert_eq!(bill.responses[0].kind, ResponseKind::Denied);
        let corrosion = one(&x, "corrosion");
        assert_eq!(corrosion.responses.len(), 1, "{:#?}", x.candidates);
        assert_eq!(corrosion.responses[0].kind, ResponseKind::NonDenial);
        assert!(x
            .unattached
            .iter()
            .chain(x.candidates.iter().flat_map(|c| c.responses.iter()))
            .any(|r| r.quote.contains("go into them") && r.kind == ResponseKind::NonDenial));
    }

    #[test]
    fn a_wire_story_citing_people_is_theirs_passed_on_by_the_agency() {
        let text = "Slovakia's finance minister, Tomas Hrebik, will leave the government in a cabinet reshuffle next week, Reuters reported on Monday, citing two senior coalition officials.\n\nShares in Lindqvist Foods jumped 14 per cent on Tuesday after the Financial Ledger reported that the company was in early talks about a takeover, citing people familiar with the matter.\n\nThe dam had been flagged as unsafe by inspectors in 2022, the newspaper Kasara Daily reported on Monday, citing an inspection report it had seen.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 4, 14));
        let leave = one(&x, "will leave");
        assert_eq!(
            leave.speaker.as_deref(),
            Some("two senior coalition officials")
        );
        assert_eq!(leave.via, vec!["Reuters".to_string()]);
        assert_eq!(leave.kind, Kind::Reported);
        let talks = one(&x, "early talks");
        assert_eq!(
            talks.speaker.as_deref(),
            Some("people familiar with the matter")
        );
        assert_eq!(talks.via, vec!["the Financial Ledger".to_string()]);
        // A document cited leaves the outlet the speaker.
        let dam = one(&x, "flagged");
        assert_eq!(dam.speaker.as_deref(), Some("the newspaper Kasara Daily"));
        assert!(dam.via.is_empty());
    }

    #[test]
    fn organisations_speak_as_bodies_not_people() {
        let text = "The Department of Health and Social Care said a catch-up campaign would begin in October.\n\nSave Wexcombe Fields said it would hold a public meeting next month.\n\nCampaigners from Save Wexcombe Fields said a drainage report had been left out of the papers.\n\nThe developer, Hartwell Homes, said construction would begin in the autumn.\n\nThe bridge carried 21,000 vehicles a day before it closed, according to Transport Infrastructure Ireland.\n\nA European diplomat in Brussels, who spoke on condition of anonymity, said the EU was ready to discuss technical adjustments.\n\nThe Environment Agency objected to the plans in March, saying 60 of the homes would be built in an area at risk of flooding.\n\nCity officials are reportedly preparing an emergency shuttle plan.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 6, 9));
        for (words, speaker) in [
            ("catch-up", "The Department of Health and Social Care"),
            ("public meeting", "Save Wexcombe Fields"),
            ("drainage", "Campaigners from Save Wexcombe Fields"),
            ("construction", "Hartwell Homes"),
            ("21,000", "Transport Infrastructure Ireland"),
            ("technical adjustments", "A European diplomat in Brussels"),
            ("60 of the homes", "The Environment Agency"),
            ("shuttle", "City officials"),
        ] {
            let c = one(&x, words);
            assert_eq!(c.speaker.as_deref(), Some(speaker), "{words}");
            assert_eq!(c.kind, Kind::Reported, "{words}: {:?}", c.speaker);
        }
    }

    #[test]
    fn denials_of_deeds_verdicts_and_refusals_in_their_own_words() {
        let text = "Her lawyer told the court the owners had authorised her to use the accounts. The home's owners, Rosewell Care Ltd, deny giving any such authorisation.\n\nReuters reported that the minister would be dropped. Hrebik himself called it \u{201C}nonsense\u{201D} in a brief exchange with reporters.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 6, 9));
        let kinds = |words: &str| -> Vec<ResponseKind> {
            one(&x, words).responses.iter().map(|r| r.kind).collect()
        };
        assert_eq!(kinds("authorised her"), vec![ResponseKind::Denied]);
        assert_eq!(kinds("dropped"), vec![ResponseKind::Denied]);
        let x = extract("The Herald reported that the department was warned about corrosion in 2021. Aoife Carragher, the transport minister, said: \u{201C}I'm not going to comment on a leaked document.\u{201D}", NaiveDate::from_ymd_opt(2026, 6, 9));
        let corrosion = one(&x, "corrosion");
        assert_eq!(corrosion.responses.len(), 1);
        assert_eq!(corrosion.responses[0].kind, ResponseKind::NonDenial);
        // "We will not discuss pay" is a position, and a claim may say "denied".
        let x = extract(
            "The union said the company had denied workers a pay rise for three years.",
            NaiveDate::from_ymd_opt(2026, 6, 9),
        );
        assert_eq!(x.candidates.len(), 1);
    }

    #[test]
    fn titles_letters_after_names_and_roles_held_somewhere() {
        let text = "Opening the case, Sarah Maitland KC told jurors that the defendant had moved \u{a3}31 million into a property fund in 2020.\n\nThe defence barrister, Olivia Marchetti, said the transfers were authorised. \u{201C}Every one of those payments was logged in the ledger,\u{201D} Ms Marchetti said.\n\nThe head of Fernside Primary, one of the schools named in the plan, said parents had not been told before the list was published. The head, Graham Oduya-Price, added that his school had been rated outstanding in 2024.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 11, 10));
        let moved = one(&x, "property fund");
        assert_eq!(moved.speaker.as_deref(), Some("Sarah Maitland KC"));
        assert_eq!(moved.kind, Kind::Paraphrase);
        assert_eq!(
            one(&x, "logged in the ledger").speaker.as_deref(),
            Some("Olivia Marchetti")
        );
        let told = one(&x, "parents had not been told");
        assert_eq!(told.speaker.as_deref(), Some("Graham Oduya-Price"));
        assert_eq!(told.kind, Kind::Paraphrase);
    }

    #[test]
    fn a_later_sentence_that_cannot_check_a_claim_hedges_it() {
        let text = "Hrebik will leave the government next week, Reuters reported on Monday, citing two senior coalition officials. Castline could not independently verify the report.\n\nThe commissioner's office said thefts had fallen by 40 percent since 2023. Those figures have not yet been published and could not be checked.\n\nA group calling itself ShadowQueue says it holds 14 gigabytes of Gatewise data. That claim could not be independently verified, and Gatewise said it had seen \u{201C}nothing to suggest\u{201D} that identity documents were taken.\n\nPolls published this month put Civic Direction at 21 percent, down from 29 percent at the 2023 election.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 4, 14));
        assert!(one(&x, "will leave")
            .hedge
            .as_deref()
            .is_some_and(|h| h.contains("could not independently verify")));
        assert!(one(&x, "40 percent")
            .hedge
            .as_deref()
            .is_some_and(|h| h.contains("could not be checked")));
        let data = one(&x, "14 gigabytes");
        assert!(data
            .hedge
            .as_deref()
            .is_some_and(|h| h.contains("independently verified")));
        assert_eq!(data.responses.len(), 1);
        let polls = one(&x, "21 percent");
        assert_eq!(polls.speaker.as_deref(), Some("Polls"));
        assert_eq!(polls.kind, Kind::Reported);
    }

    #[test]
    fn a_ranking_is_worth_checking_and_a_noun_is_no_verb_of_saying() {
        let x = extract(
            "Measles is one of the most infectious diseases known. It is the fifth consecutive annual fall. The current estimate is 44 million euros, the minister said.",
            NaiveDate::from_ymd_opt(2026, 6, 9),
        );
        assert!(one(&x, "most infectious").score >= DEFAULT_MIN_SCORE);
        assert!(one(&x, "fifth consecutive").score >= DEFAULT_MIN_SCORE);
        assert_ne!(
            one(&x, "current estimate").speaker.as_deref(),
            Some("The current")
        );
    }

    #[test]
    fn rulings_findings_and_who_they_are() {
        let text = "Two appeal judges ruled on Monday that the inspector had misread the planning rules.\n\nThe farmer, 61, was fined \u{a3}8,000 in 2024 after magistrates found him guilty of polluting a stream.\n\nThe scientists, from the University of Tarrow, sampled 400 lakes over a decade. They found that nitrate levels had fallen by a third since 2015.\n\nThe country's energy minister, Ruth Abara, said on Tuesday that the grid needed new lines. Prime Minister Colm Feeney said the plan was sound. The energy minister, a former engineer, told parliament that two reactors would close by 2030.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 5, 20));
        let ruled = one(&x, "misread");
        assert_eq!(ruled.speaker.as_deref(), Some("Two appeal judges"));
        assert_eq!(ruled.kind, Kind::Reported);
        assert_eq!(one(&x, "found him guilty").speaker, None);
        let nitrate = one(&x, "nitrate");
        assert_eq!(nitrate.speaker.as_deref(), Some("The scientists"));
        assert_eq!(nitrate.kind, Kind::Reported);
        assert_eq!(
            one(&x, "two reactors").speaker.as_deref(),
            Some("Ruth Abara")
        );
    }

    #[test]
    fn a_role_held_in_a_body_and_a_possessive_subject_name_people() {
        let text = "The chair of the residents' action group, Maya Okoro, said the landlord had ignored 40 complaints.\n\nThe landlord's director, Piet Halm, said repairs had begun. He also said the firm had spent \u{a3}90,000 on new boilers last year.\n\nOkoro's group will hold a ballot on a rent strike in May, she said.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 3, 2));
        let ignored = one(&x, "40 complaints");
        assert_eq!(ignored.speaker.as_deref(), Some("Maya Okoro"));
        assert_eq!(ignored.kind, Kind::Paraphrase);
        assert_eq!(one(&x, "boilers").speaker.as_deref(), Some("Piet Halm"));
        assert_eq!(one(&x, "ballot").speaker.as_deref(), Some("Maya Okoro"));
    }

    #[test]
    fn a_body_that_answers_is_the_it_that_follows() {
        let text = "The Daily Courier reported on Sunday that a rival grocer was preparing a bid for Pellam, citing people close to the talks. On Monday morning Pellam confirmed the approach in a statement.\n\nIt said the offer valued the company at 300p a share.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 3, 2));
        assert_eq!(one(&x, "300p").speaker.as_deref(), Some("Pellam"));
    }

    #[test]
    fn a_hedged_subject_reports_only_when_it_speaks_for_others() {
        let text = "Some landlords in Dunford are reportedly charging tenants a fee to renew.\n\nThe regulator is reportedly considering a ban on the fees.\n\nGovernment advisers are reportedly preparing a cap on rents.\n\nThe fee rose by 40% last year, according to the lettings site Homefind, which cited three executives at letting agencies.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 5, 20));
        assert_eq!(one(&x, "renew").speaker, None);
        assert_eq!(one(&x, "ban on the fees").speaker, None);
        assert_eq!(
            one(&x, "cap on rents").speaker.as_deref(),
            Some("Government advisers")
        );
        let fee = one(&x, "40%");
        assert_eq!(
            fee.speaker.as_deref(),
            Some("three executives at letting agencies")
        );
        assert_eq!(fee.kind, Kind::Reported);
        assert_eq!(fee.via, vec!["Homefind".to_string()]);
    }

    #[test]
    fn an_intermediary_is_named_before_the_time_and_a_hearing_is_none() {
        let text = "The shipping minister told the broadcaster RTV on Friday that the port would reopen in May.\n\nThe harbour master moved 40 tonnes of fuel without a permit, prosecutors told Harwick Crown Court on Monday.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 3, 14));
        assert_eq!(one(&x, "reopen").via, vec!["RTV".to_string()]);
        assert!(one(&x, "40 tonnes").via.is_empty());
    }

    use super::candidate_with as one;

    #[test]
    fn a_denied_story_is_the_tellers_with_the_denial_attached() {
        let text = "The mayor, Gwen Aldous, denied a story in the Evening Post that her aides had shredded the tender documents. \u{201C}Complete fiction,\u{201D} she said.\n\nRights groups have accused the ministry of hiding casualty figures, an allegation it rejects.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 6, 10));
        let story = one(&x, "shredded");
        assert_eq!(story.speaker.as_deref(), Some("the Evening Post"));
        assert_eq!(story.kind, Kind::Reported);
        assert!(story
            .responses
            .iter()
            .any(|r| r.kind == ResponseKind::Denied && r.quote.contains("Complete fiction")));
        assert!(x
            .candidates
            .iter()
            .all(|c| !c.quote.contains("Complete fiction")));
        let text = "The opposition has accused the government of rigging the tender, a charge the minister\u{2019}s office dismissed as \u{201C}absurd\u{201D}.";
        let x2 = extract(text, NaiveDate::from_ymd_opt(2026, 6, 10));
        let rigging = one(&x2, "rigging");
        assert_eq!(rigging.speaker.as_deref(), Some("The opposition"));
        assert_eq!(rigging.responses[0].kind, ResponseKind::Denied);
        assert!(rigging.responses[0]
            .quote
            .ends_with("dismissed as \u{201C}absurd\u{201D}"));
        let accused = one(&x, "casualty figures");
        assert_eq!(accused.speaker.as_deref(), Some("Rights groups"));
        assert_eq!(accused.kind, Kind::Reported);
        assert_eq!(accused.responses[0].kind, ResponseKind::Denied);
        assert_eq!(accused.responses[0].quote, "an allegation it rejects");
    }

    #[test]
    fn a_story_on_social_media_denied_is_the_medias_unless_told_just_before() {
        let date = NaiveDate::from_ymd_opt(2026, 7, 16);
        let text = "Skelmere Port Authority has denied reports on social media that the Selja Aurora asked to shelter in the harbour and was turned away.";
        let x = extract(text, date);
        let story = one(&x, "turned away");
        assert_eq!(story.speaker.as_deref(), Some("social media"));
        assert!(story.score >= 0.5, "{story:#?}");
        assert_eq!(story.responses[0].kind, ResponseKind::Denied);
        // (in other words: the local press)
        let text =
            "The club has rejected stories in the local press that its manager had been sacked.";
        let x = extract(text, date);
        assert_eq!(
            one(&x, "sacked").speaker.as_deref(),
            Some("the local press")
        );
        // Told just before in all its words, the story is that claim,
        // answered there; the denial's sentence tells it no more.
        for text in [
            "Posts circulating on social media claim that the bank was hacked.\n\nFernlow has rejected claims on social media that it was hacked.",
            "The Evening Post reported on Monday that the mayor's aides had shredded the tender documents.\n\nThe mayor denied a story in the Evening Post that her aides had shredded the tender documents.",
        ] {
            let x = extract(text, date);
            let first = &x.candidates[0];
            assert!(
                first.responses.iter().any(|r| r.kind == ResponseKind::Denied),
                "{text}: {:#?}",
                x.candidates
            );
            assert!(
                x.candidates[1..].iter().all(|c| c.score < 0.5),
                "{text}: {:#?}",
                x.candidates
            );
        }
        // Near misses: another story about the same people is a claim of
        // its own, with its denial; so is one whose words were told further
        // back.
        let text = "The Evening Post reported on Monday that the mayor's aides had shredded the tender documents.\n\nThe mayor denied a story in the Evening Post that her aides had deleted her emails.";
        let x = extract(text, date);
        let emails = one(&x, "deleted her emails");
        assert!(emails.score >= 0.5, "{emails:#?}");
        assert_eq!(emails.responses[0].kind, ResponseKind::Denied);
        let text = "Posts circulating on social media claim that the bank was hacked.\n\nAbout 40,000 customers could not use their cards for six hours on Tuesday, the bank said.\n\nIts website was also down until 14:00, according to the outage tracker Downwatch.\n\nFernlow has rejected claims on social media that it was hacked.";
        let x = extract(text, date);
        let again = one(&x, "rejected claims");
        assert!(again.score >= 0.5, "{again:#?}");
        assert_eq!(again.responses[0].kind, ResponseKind::Denied);
    }

    #[test]
    fn a_story_from_people_in_the_plural_denied_or_granted_is_theirs() {
        let text = "The trust has denied claims from nurses that patients were left on trolleys overnight.\n\nThe operator has confirmed reports from passengers that the lifts at Dunmore station were out of action for a week.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 6, 10));
        for (words, teller, kind) in [
            ("left on trolleys", "nurses", ResponseKind::Denied),
            ("out of action", "passengers", ResponseKind::Confirmed),
        ] {
            let c = one(&x, words);
            assert_eq!(c.speaker.as_deref(), Some(teller), "{words}");
            assert_eq!(c.kind, Kind::Reported, "{words}");
            assert_eq!(
                c.responses.iter().map(|r| r.kind).collect::<Vec<_>>(),
                [kind],
                "{words}"
            );
        }
        // Near misses: a time, not a teller; a grant that names no teller;
        // a grant withheld.
        for text in [
            "The trust has denied claims from last year that patients were left on trolleys overnight.",
            "The operator has confirmed reports that the lifts at Dunmore station were out of action for a week.",
            "The operator has not confirmed reports from passengers that the lifts at Dunmore station were out of action for a week.",
        ] {
            let x = extract(text, NaiveDate::from_ymd_opt(2026, 6, 10));
            assert!(
                x.candidates.iter().all(|c| !matches!(
                    c.speaker.as_deref(),
                    Some("last year" | "passengers")
                ) || c.responses.is_empty()),
                "{text}: {:#?}",
                x.candidates
            );
        }
    }

    #[test]
    fn speakers_in_apposition_after_the_quote_and_in_the_next_sentence() {
        let text = "Flu admissions doubled in a week, the council's health chief, Daniel Okafor, said on Monday.\n\nA senior diplomat said on Tuesday that the talks would resume in March. The envoy, Marta Kowalczyk, added that both sides had agreed on an agenda.\n\nUnemployment fell to 4.1 percent in May, according to figures from the statistics office.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 6, 10));
        assert_eq!(
            one(&x, "Flu admissions").speaker.as_deref(),
            Some("Daniel Okafor")
        );
        let talks = one(&x, "talks would resume");
        assert_eq!(talks.speaker.as_deref(), Some("Marta Kowalczyk"));
        assert_eq!(talks.kind, Kind::Paraphrase);
        assert_eq!(
            one(&x, "agenda").speaker.as_deref(),
            Some("Marta Kowalczyk")
        );
        let jobs = one(&x, "Unemployment");
        assert_eq!(
            jobs.speaker.as_deref(),
            Some("figures from the statistics office")
        );
        assert_eq!(jobs.kind, Kind::Reported);
    }

    #[test]
    fn a_role_in_lower_case_before_the_name_closing_a_quote_is_that_person() {
        let text = "\u{201C}We have never been busier,\u{201D} said managing director Olwen Trask.\n\n\u{201C}The levy will close shops,\u{201D} said county treasurer Bill Amadi on Tuesday.\n\nRents in the arcade doubled in two years, said market inspector Joan Petrie-Walsh.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 6, 10));
        let busier = one(&x, "busier");
        assert_eq!(busier.speaker.as_deref(), Some("Olwen Trask"));
        assert_eq!(busier.role.as_deref(), Some("managing director"));
        assert_eq!(busier.kind, Kind::DirectQuote);
        let levy = one(&x, "levy");
        assert_eq!(levy.speaker.as_deref(), Some("Bill Amadi"));
        assert_eq!(levy.role.as_deref(), Some("county treasurer"));
        assert_eq!(
            one(&x, "Rents").speaker.as_deref(),
            Some("Joan Petrie-Walsh")
        );
    }

    #[test]
    fn a_description_after_a_name_stands_for_that_person_and_an_unnamed_source_for_itself() {
        let text = "Harriet Quill has run the corner shop on Mill Lane since 1988. The 71-year-old grandmother said trade had fallen by half since the bypass opened.\n\n\u{201C}We used to see 300 customers a day,\u{201D} she said.\n\nDev Anand, 29, was cycling to work when the lorry turned. The junior doctor said the junction had been redesigned twice since 2019.\n\nA highways spokeswoman said the junction met every national standard. \u{201C}It was audited in 2024 and passed,\u{201D} she said.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 6, 10));
        let trade = one(&x, "trade had fallen");
        assert_eq!(trade.speaker.as_deref(), Some("Harriet Quill"));
        assert_eq!(trade.kind, Kind::Paraphrase);
        assert_eq!(
            one(&x, "300 customers").speaker.as_deref(),
            Some("Harriet Quill")
        );
        assert_eq!(one(&x, "redesigned").speaker.as_deref(), Some("Dev Anand"));
        let audited = one(&x, "audited");
        assert_eq!(audited.speaker.as_deref(), Some("A highways spokeswoman"));
        assert_eq!(audited.kind, Kind::DirectQuote);
    }

    #[test]
    fn a_document_speaks_for_whoever_put_it_out_and_a_relative_clause_for_its_subject() {
        let text = "The campaign group Clean Rivers Trust published a dossier on Tuesday alleging that 40 outfalls on the Wend had no permit.\n\nPolice seized two phones from the flat, which detectives say hold messages arranging the sales.\n\nThe review, commissioned by the health board, found that waits for scans had doubled since 2023. It points to a shortage of 40 radiographers across the region.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 6, 10));
        let outfalls = one(&x, "outfalls");
        assert!(
            outfalls
                .speaker
                .as_deref()
                .is_some_and(|s| s.ends_with("Clean Rivers Trust")),
            "{outfalls:?}"
        );
        assert_eq!(outfalls.kind, Kind::Reported);
        assert_eq!(one(&x, "phones").speaker.as_deref(), Some("detectives"));
        assert_eq!(
            one(&x, "radiographers").speaker.as_deref(),
            Some("The review")
        );
    }

    #[test]
    fn reports_coordinated_verbs_and_sources_counted_after_a_quote() {
        let text = "\u{201C}The water came up to the windows in ten minutes,\u{201D} said one shopkeeper, who did not give her name.\n\nEngineers from the Harwell Institute tested 400 bridges and found that one in eight needed urgent repair.\n\nThe local radio station Wendside FM reports that the ferry has run aground near Kelby.\n\nThere were unconfirmed reports in local media of looting in the old town.\n\nThe ministry has begun an audit of the contract, the Wendside Post reported, citing two officials. This could not be independently verified.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 6, 10));
        let water = one(&x, "windows");
        assert_eq!(water.speaker.as_deref(), Some("one shopkeeper"));
        assert_eq!(water.kind, Kind::DirectQuote);
        assert_eq!(
            one(&x, "one in eight").speaker.as_deref(),
            Some("Engineers from the Harwell Institute")
        );
        let ferry = one(&x, "aground");
        assert!(ferry
            .speaker
            .as_deref()
            .is_some_and(|s| s.ends_with("Wendside FM")));
        assert_eq!(ferry.kind, Kind::Reported);
        let looting = one(&x, "looting");
        assert_eq!(
            looting.speaker.as_deref(),
            Some("unconfirmed reports in local media")
        );
        assert_eq!(looting.kind, Kind::Reported);
        let audit = one(&x, "audit");
        assert!(audit
            .hedge
            .as_deref()
            .is_some_and(|h| h.contains("independently verified")));
        assert!(x
            .candidates
            .iter()
            .all(|c| !c.quote.starts_with("This could")));
        // So under a transcript's speaker label: the body's finding, passed
        // on by the interviewer.
        let text = "Here is a transcript of the interview.\n\nANNA ROSS: Minister, thank you for joining us.\n\nPETER HALE: Good morning.\n\nANNA ROSS: The Federation of Small Traders surveyed its members last month and found that 41% had stopped taking on apprentices.\n\nPETER HALE: Whatever happens, starts will go up.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 6, 10));
        let c = one(&x, "41%");
        assert_eq!(
            c.speaker.as_deref(),
            Some("The Federation of Small Traders")
        );
        assert_eq!(c.via, ["Anna Ross"]);
    }

    #[test]
    fn counsel_named_by_side_is_the_prosecutor_or_the_defence_after() {
        let text = "Opening the case for the prosecution, Imogen Reyes KC said the bank had lost £9 million in 2023.\n\nMartin Oakes, defending, said the losses had been reported to the board in 2022.\n\nThe prosecutor said the board had never seen the figures.\n\nThe defence counsel said every loss had been minuted.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 6, 10));
        assert_eq!(
            one(&x, "never seen").speaker.as_deref(),
            Some("Imogen Reyes")
        );
        assert_eq!(one(&x, "minuted").speaker.as_deref(), Some("Martin Oakes"));
    }

    #[test]
    fn page_furniture_is_never_proposed_and_dates_the_page() {
        let text = "Council Approves Budget\n\nBy Maria Lindqvist, 12 March 2024.\nUpdated 13 March 2024, 09:12\n\nPhoto: The council chamber (Tom Ferris)\n\nThe council approved a $412 million budget on Tuesday.\n\nRead more: How the budget was made\n\nShare this article";
        let x = extract(text, None);
        assert_eq!(x.published, NaiveDate::from_ymd_opt(2024, 3, 12));
        let budget = one(&x, "approved");
        assert_eq!(budget.dates[0].from, NaiveDate::from_ymd_opt(2024, 3, 12));
        for c in &x.candidates {
            assert!(
                !["By Maria", "Updated", "Photo", "Read more", "Share"]
                    .iter()
                    .any(|f| c.quote.contains(f)),
                "{}",
                c.quote
            );
        }
    }
}
