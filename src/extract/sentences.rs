//! Splitting article text into paragraphs and sentences, and finding what is quoted.

use super::furniture::{self, Furniture};

/// A sentence cut longer than this (in bytes) is split at a space, so that
/// a text without sentence endings still gets handled in linear time.
pub(crate) const MAX_SENTENCE_BYTES: usize = 2000;

/// One sentence: its byte range in the text and the paragraph it is in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Sentence {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) paragraph: usize,
    /// A line without a final stop, standing alone: a headline or a caption.
    pub(crate) headline: bool,
    /// A line of page furniture (a byline, a dateline, "Read more" …).
    pub(crate) furniture: Option<Furniture>,
    /// Cut because it ran past `MAX_SENTENCE_BYTES` without an ending.
    pub(crate) cut: bool,
}

/// Titles that are never the end of a sentence when followed by a period.
const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt", "cpt",
    "st", "jr", "sr", "rev", "fr", "hon", "pres", "supt", "det", "insp", "cmdr", "adm", "maj",
    "mt", "ft", "messrs", "mme", "vs", "no", "nos", "vol", "fig", "approx", "cf", "ave", "blvd",
    "dept", "est", "univ", "assn", "bros",
];

/// Month abbreviations: a period after one is not an ending when a number follows.
const MONTHS: &[&str] = &[
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
];

/// Words that start a sentence after an abbreviation such as "U.S." ends one.
const STARTERS: &[&str] = &[
    "the",
    "a",
    "an",
    "it",
    "he",
    "she",
    "they",
    "we",
    "i",
    "but",
    "and",
    "in",
    "this",
    "that",
    "there",
    "on",
    "at",
    "for",
    "however",
    "his",
    "her",
    "their",
    "its",
    "our",
    "some",
    "many",
    "when",
    "after",
    "before",
    "as",
    "if",
    "officials",
    "meanwhile",
];

/// Split `text` into sentences, paragraph by paragraph.
pub(crate) fn split(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    // (under a heading of links to other stories, "Read more:" or "Most
    // read", across blank lines until a line that is no story's title)
    let mut in_list = false;
    for (paragraph, (start, end)) in paragraphs(text).into_iter().enumerate() {
        split_paragraph(text, start, end, paragraph, &mut in_list, &mut out);
    }
    out
}

/// Byte ranges of the paragraphs: runs of lines separated by blank lines.
pub(crate) fn paragraphs(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut current: Option<(usize, usize)> = None;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let line_start = offset;
        offset += line.len();
        let trimmed = line.trim();
        if trimmed.is_empty() {
            if let Some(p) = current.take() {
                out.push(p);
            }
            continue;
        }
        let lead = line.len() - line.trim_start().len();
        let s = line_start + lead;
        let e = line_start + line.trim_end().len();
        current = Some(match current {
            Some((ps, _)) => (ps, e),
            None => (s, e),
        });
    }
    if let Some(p) = current {
        out.push(p);
    }
    out
}

/// Split one paragraph, each line of page furniture a sentence of its own.
/// The titles listed under a heading of links to other stories ("Read
/// more:", "Most read", then one title a line) are furniture too; a line
/// continued by one in lower case is prose, not a title.
fn split_paragraph(
    text: &str,
    start: usize,
    end: usize,
    paragraph: usize,
    in_list: &mut bool,
    out: &mut Vec<Sentence>,
) {
    let mut run = start;
    let mut at = start;
    for line in text[start..end].split_inclusive('\n') {
        let line_end = at + line.len();
        let listed = *in_list
            && furniture::is_listed_title(line)
            && !text[line_end..end]
                .trim_start()
                .starts_with(|c: char| c.is_lowercase());
        let heading = furniture::opens_list(line);
        *in_list = heading || listed;
        if let Some(kind) =
            furniture::classify(line).or((heading || listed).then_some(Furniture::Other))
        {
            if text[run..at].trim().is_empty() {
                // nothing before it
            } else {
                split_run(text, run, at, paragraph, out);
            }
            let before = out.len();
            push(out, text, at, line_end, paragraph, false);
            for s in &mut out[before..] {
                s.furniture = Some(kind);
            }
            run = line_end;
        }
        at = line_end;
    }
    if !text[run..end].trim().is_empty() {
        split_run(text, run, end, paragraph, out);
    }
}

/// Split lines of a paragraph that hold no furniture into sentences. A
/// line without a final stop, followed by more lines, stands alone as a
/// headline: the title over a standfirst, and each title of a list of links
/// ("Read more", then one title a line), never run into the next line as
/// one sentence. A bulleted line so stands alone as a sentence.
fn split_run(text: &str, start: usize, end: usize, paragraph: usize, out: &mut Vec<Sentence>) {
    let mut chunk = start;
    let mut at = start;
    for line in text[start..end].split_inclusive('\n') {
        let line_end = at + line.len();
        let t = line.trim();
        // (a line ending in a newline has another after it in the
        // paragraph, in this run or a line of furniture)
        // A line after the first stands alone only when the next opens as
        // a line of its own would (a capital, a figure's bullet, a quote):
        // prose wrapped by hand ("… it would cut\n200 jobs …", "… blaming
        // a\nshortfall …") runs on.
        let next_opens = text[line_end..end]
            .trim_start()
            .chars()
            .next()
            .is_none_or(|c| {
                c.is_uppercase() || is_opener(c) || "-*\u{2022}\u{2013}\u{b7}".contains(c)
            });
        if line.ends_with('\n')
            && !t.is_empty()
            && !ends_with_stop(t)
            && t.split_whitespace().nth(20).is_none()
            && (at == start || next_opens)
        {
            if !text[chunk..at].trim().is_empty() {
                split_body(text, chunk, at, paragraph, out);
            }
            let bullet = t.starts_with(['-', '*', '\u{2022}', '\u{2013}', '\u{b7}']);
            push(out, text, at, line_end, paragraph, !bullet);
            chunk = line_end;
        }
        at = line_end;
    }
    if !text[chunk..end].trim().is_empty() {
        split_body(text, chunk, end, paragraph, out);
    }
}

/// Split lines that hold no headline into sentences; a short line without
/// any stop is a headline.
fn split_body(
    text: &str,
    body_start: usize,
    end: usize,
    paragraph: usize,
    out: &mut Vec<Sentence>,
) {
    let body = &text[body_start..end];
    // (the cheap tests first, and the words counted only to the
    // twenty-sixth: most bodies end with a stop)
    if !ends_with_stop(body) && !body.contains('\n') && body.split_whitespace().nth(25).is_none() {
        let has_stop = stop_marks(body).any(|(i, c)| is_boundary(body, i, c).is_some());
        if !has_stop {
            push(out, text, body_start, end, paragraph, true);
            return;
        }
    }
    let mut s = body_start;
    for (i, c) in stop_marks(body) {
        let at = body_start + i;
        if at < s {
            continue;
        }
        if let Some(after) = is_boundary(body, i, c) {
            let e = body_start + after;
            push(out, text, s, e, paragraph, false);
            s = e;
        }
    }
    push(out, text, s, end, paragraph, false);
}

/// The characters of `body` that can end a sentence, with their offsets:
/// '.', '!', '?' and every character outside ASCII ("\u{2026}", "\u{3002}"
/// among them); `is_boundary` decides. The bytes between are skipped
/// without decoding.
fn stop_marks(body: &str) -> impl Iterator<Item = (usize, char)> + '_ {
    marks(body, |b| matches!(b, b'.' | b'!' | b'?'))
}

/// The characters of `body` that are an ASCII character `ascii` takes or
/// lie outside ASCII, with their offsets; the bytes between are skipped
/// without decoding.
fn marks(
    body: &str,
    ascii: impl Fn(u8) -> bool + 'static,
) -> impl Iterator<Item = (usize, char)> + '_ {
    let bytes = body.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        let k = bytes
            .get(i..)?
            .iter()
            .position(|&b| ascii(b) || b >= 0xC0)?;
        let at = i + k;
        let c = body.get(at..)?.chars().next()?;
        i = at + c.len_utf8();
        Some((at, c))
    })
}

/// Add the sentence `start..end` (trimmed), cutting it when over-long.
fn push(
    out: &mut Vec<Sentence>,
    text: &str,
    start: usize,
    end: usize,
    paragraph: usize,
    headline: bool,
) {
    let slice = &text[start..end];
    let lead = slice.len() - slice.trim_start().len();
    let mut s = start + lead;
    let e = start + slice.trim_end().len();
    while s < e {
        let mut cut_at = e;
        let cut = e - s > MAX_SENTENCE_BYTES;
        if cut {
            let mut limit = s + MAX_SENTENCE_BYTES;
            while !text.is_char_boundary(limit) {
                limit -= 1;
            }
            cut_at = text[s..limit]
                .rfind(char::is_whitespace)
                .map(|i| s + i)
                .filter(|&i| i > s)
                .unwrap_or(limit);
        }
        out.push(Sentence {
            start: s,
            end: cut_at,
            paragraph,
            headline,
            cut,
            furniture: None,
        });
        s = cut_at;
        while s < e && text[s..].starts_with(char::is_whitespace) {
            s += text[s..].chars().next().map_or(1, char::len_utf8);
        }
    }
}

fn ends_with_stop(line: &str) -> bool {
    let t = line.trim_end_matches(['"', '\u{201D}', '\u{2019}', '\'', ')', ']', '\u{BB}']);
    t.ends_with([
        '.', '!', '?', '\u{2026}', '\u{3002}', '\u{FF01}', '\u{FF1F}', ':', ';',
    ])
}

fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\u{201D}' | '\u{2019}' | '\'' | ')' | ']' | '\u{BB}' | '\u{300D}' | '\u{300F}'
    )
}

fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\u{201C}' | '\u{2018}' | '\'' | '(' | '[' | '\u{AB}' | '\u{201E}' | '\u{300C}'
    )
}

/// If the character `c` at byte `i` of `body` ends a sentence, the byte
/// offset just after the sentence (closing quotes included).
fn is_boundary(body: &str, i: usize, c: char) -> Option<usize> {
    let cjk = matches!(c, '\u{3002}' | '\u{FF01}' | '\u{FF1F}');
    if !cjk && !matches!(c, '.' | '!' | '?' | '\u{2026}') {
        return None;
    }
    let rest = &body[i + c.len_utf8()..];
    let mut after = i + c.len_utf8();
    let mut chars = rest.chars().peekable();
    // Runs like "?!" or "..." end where they stop; closing quotes belong to the sentence.
    while let Some(&n) = chars.peek() {
        if matches!(n, '.' | '!' | '?' | '\u{2026}') {
            return None; // the last one of the run decides
        }
        if is_closer(n) || (cjk && matches!(n, '\u{3002}' | '\u{FF01}' | '\u{FF1F}')) {
            after += n.len_utf8();
            chars.next();
        } else {
            break;
        }
    }
    if cjk {
        return Some(after);
    }
    // White space (or an HTML tag or entity left in the text) must follow,
    // then the start of a new sentence.
    let mut saw_space = false;
    let mut next = None;
    let mut at = after;
    while let Some(n) = body[at..].chars().next() {
        if n.is_whitespace() {
            saw_space = true;
            at += n.len_utf8();
            continue;
        }
        let html = match n {
            '<' => super::tokens::html_tag(&body.as_bytes()[at..]),
            '&' => super::tokens::html_entity(&body.as_bytes()[at..]),
            _ => None,
        };
        if let Some(len) = html {
            saw_space = true;
            at += len;
            continue;
        }
        next = Some(n);
        break;
    }
    let next = next?;
    if !saw_space {
        return None;
    }
    let starts = (next.is_alphabetic() && !next.is_lowercase())
        || is_opener(next)
        || next.is_numeric()
        || (!next.is_alphanumeric() && !next.is_ascii_punctuation());
    if !starts {
        return None;
    }
    if c == '.' {
        let word = word_before(body, i);
        let lower = word.to_lowercase();
        let bare = lower.trim_start_matches(|ch: char| !ch.is_alphanumeric());
        // ("No. 10" is a number; "No. Every tonne went to the plant." is
        // an answer, then the next sentence)
        if TITLES.contains(&bare) && (bare != "no" || next.is_numeric()) {
            return None;
        }
        if MONTHS.contains(&bare) && next.is_numeric() {
            return None;
        }
        let letters = bare.chars().filter(|ch| ch.is_alphabetic()).count();
        if letters == 1 && bare.chars().count() == 1 && next.is_uppercase() {
            return None; // an initial: "Adrian V. Hill"
        }
        // (a number with a point, "by 10.30.", is no abbreviation: its full
        // stop ends the sentence)
        if bare.contains('.') && !bare.ends_with(|ch: char| ch.is_ascii_digit()) {
            if matches!(bare, "e.g" | "i.e" | "etc") {
                return None;
            }
            // "U.S." ends a sentence only when a usual first word follows.
            let next_word: String = body[after..]
                .trim_start()
                .chars()
                .take_while(|ch| ch.is_alphanumeric())
                .collect::<String>()
                .to_lowercase();
            if !STARTERS.contains(&next_word.as_str()) {
                return None;
            }
        }
    }
    Some(after)
}

/// The word just before byte `i` (up to the previous white space or
/// opening mark; an apostrophe after a letter is inside the word: "isn't",
/// not "t", so that "No, it isn't. The target …" is two sentences).
fn word_before(body: &str, i: usize) -> &str {
    let head = &body[..i];
    let mut start = 0;
    let mut chars = head.char_indices().rev().peekable();
    while let Some((p, c)) = chars.next() {
        let inside =
            matches!(c, '\'' | '\u{2019}') && chars.peek().is_some_and(|&(_, b)| b.is_alphabetic());
        if c.is_whitespace() || (is_opener(c) && !inside) {
            start = p + c.len_utf8();
            break;
        }
    }
    &head[start..]
}

/// The quoted byte ranges of one paragraph. An opening quote that is never
/// closed ends at the last sentence end before the next opening quote (or the
/// paragraph's end), so one stray quote does not swallow the attribution.
pub(crate) fn quoted_ranges(
    text: &str,
    start: usize,
    end: usize,
    sentence_ends: &[usize],
) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    let last_end_before = |pos: usize, after: usize| -> Option<usize> {
        let i = sentence_ends.partition_point(|&e| e <= pos);
        (i > 0).then(|| sentence_ends[i - 1]).filter(|&e| e > after)
    };
    // (a quotation mark is '"' or a character outside ASCII)
    for (i, c) in marks(&text[start..end], |b| b == b'"') {
        let at = start + i;
        match c {
            '\u{201C}' | '\u{AB}' | '\u{201E}' | '\u{300C}' => {
                if let Some(o) = open {
                    out.push((o, last_end_before(at, o).unwrap_or(at)));
                }
                open = Some(at);
            }
            '\u{201D}' | '\u{BB}' | '\u{300D}' => {
                if let Some(o) = open.take() {
                    out.push((o, at + c.len_utf8()));
                }
            }
            '"' => match open.take() {
                Some(o) => out.push((o, at + 1)),
                None => open = Some(at),
            },
            _ => {}
        }
    }
    if let Some(o) = open {
        out.push((o, end));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sentence_may_end_in_a_word_with_an_apostrophe() {
        for text in [
            "No, it isn't. The target was always for 2030.",
            "We didn\u{2019}t. The money was repaid.",
            "It was the O'Neills'. They left in May.",
        ] {
            assert_eq!(split(text).len(), 2, "{text}");
        }
        // (an initial is still no end: "Adrian V. Hill", nor one after a
        // quotation mark: "the 'A. Smith' account")
        for text in [
            "Adrian V. Hill said so.",
            "She cited the 'A. Smith' account.",
        ] {
            assert_eq!(split(text).len(), 1, "{text}");
        }
    }

    #[test]
    fn prose_wrapped_by_hand_runs_on_and_a_list_of_titles_does_not() {
        let text = "Cuts\nThe council said on Tuesday that it would cut\n200 jobs by the end of the year, blaming a\nshortfall of four million pounds.";
        let s: Vec<&str> = split(text).iter().map(|s| &text[s.start..s.end]).collect();
        assert_eq!(s.len(), 2, "{s:?}");
        assert!(s[1].ends_with("four million pounds."), "{s:?}");
        let text = "Read more\nCouncil cuts 200 jobs\nBus fares to rise\nThe pool reopens.";
        assert_eq!(split(text).len(), 4);
    }

    #[test]
    fn the_marks_sought_are_every_stop_and_every_character_outside_ascii() {
        let body = "Prices rose 4.5% — \u{201C}a record!\u{201D} Why? Wait\u{2026} \u{4ECA}\u{5929}\u{3002}Done.";
        let all: Vec<(usize, char)> = body
            .char_indices()
            .filter(|&(_, c)| matches!(c, '.' | '!' | '?') || !c.is_ascii())
            .collect();
        assert_eq!(stop_marks(body).collect::<Vec<_>>(), all);
        assert_eq!(stop_marks("").count(), 0);
    }

    fn texts(text: &str) -> Vec<&str> {
        split(text).iter().map(|s| &text[s.start..s.end]).collect()
    }

    #[test]
    fn abbreviations_and_initials_do_not_end_sentences() {
        let text = "Dr. Adrian V. S. Hill met U.S. officials on Sept. 15 in Washington. The talks went well.";
        assert_eq!(
            texts(text),
            vec![
                "Dr. Adrian V. S. Hill met U.S. officials on Sept. 15 in Washington.",
                "The talks went well."
            ]
        );
        let text = "The aid came from the U.S. The rest came from Europe.";
        assert_eq!(texts(text).len(), 2);
        // A number with a point is no abbreviation. Seen.
        let text = "Extra water had been sent to every station by 10.30.\nAsked whether any station had run out, he said: \"I'm not aware of that.\"";
        assert_eq!(texts(text).len(), 2);
        let text = "She reached it at about 11.15.\n\"People were sitting on the kerb,\" she said.";
        assert_eq!(texts(text).len(), 2);
        // (nor a figure inside a sentence)
        assert_eq!(texts("Inflation was 2.5 per cent in May.").len(), 1);
    }

    #[test]
    fn a_lone_no_ends_its_sentence_but_a_number_after_it_does_not() {
        // (seen: an answer in a transcript)
        let text =
            "HALLVEIG FALKVIK: No. Every tonne of dead fish went to the licensed rendering plant.";
        assert_eq!(
            texts(text),
            vec![
                "HALLVEIG FALKVIK: No.",
                "Every tonne of dead fish went to the licensed rendering plant."
            ]
        );
        // Near miss: "No." before a number is the number's.
        let text = "She was seen outside No. 10 on Monday. The door was shut.";
        assert_eq!(texts(text).len(), 2);
    }

    #[test]
    fn headlines_and_paragraphs() {
        let text = "Council Approves Budget\n\nThe council voted. \u{201C}It passed,\u{201D} she said.\n\nSecond paragraph here.";
        let s = split(text);
        assert_eq!(s.len(), 4);
        assert!(s[0].headline);
        assert_eq!(
            &text[s[2].start..s[2].end],
            "\u{201C}It passed,\u{201D} she said."
        );
        assert_eq!(s[3].paragraph, 2);
        let text = "A Headline Without Stop\nThe body follows on the next line.";
        let s = split(text);
        assert!(s[0].headline && !s[1].headline);
    }

    #[test]
    fn each_line_of_a_list_without_stops_stands_alone() {
        // Seen: a station under a programme's name, above a date line.
        let text = "The Sunday Briefing with Clare Hollis\nRadio Meridian\nOn air from nine";
        let s = split(text);
        assert_eq!(
            texts(text),
            vec![
                "The Sunday Briefing with Clare Hollis",
                "Radio Meridian",
                "On air from nine"
            ]
        );
        // (the station's line is furniture)
        assert!(s.iter().all(|x| x.headline || x.furniture.is_some()));
        // The same shape in other words: titles of links, one a line.
        // (under a heading of links they are furniture)
        let text = "More on this\nCouncil to cut 200 jobs\nMayor says the budget is balanced\nPolice name the victim";
        let s = split(text);
        assert_eq!(s.len(), 4);
        assert!(s.iter().all(|x| x.furniture.is_some()));
        let text =
            "Council to cut 200 jobs\nMayor says the budget is balanced\nPolice name the victim";
        let s = split(text);
        assert_eq!(s.len(), 3);
        assert!(s.iter().all(|x| x.headline && x.furniture.is_none()));
        // A bulleted line stands alone, as a sentence.
        let text = "What we know\n- The council will cut 200 jobs\n- The mayor says the budget is balanced";
        let s = split(text);
        assert_eq!(s.len(), 3);
        assert!(s[0].headline && !s[1].headline);
        // Lines that end in stops are split at the stops as before.
        let text = "The council voted.\nIt passed by 30 votes to 12.";
        let s = split(text);
        assert_eq!(
            texts(text),
            vec!["The council voted.", "It passed by 30 votes to 12."]
        );
        assert!(s.iter().all(|x| !x.headline));
    }

    #[test]
    fn the_titles_under_a_heading_of_links_are_furniture() {
        let furniture = |text: &str| -> Vec<String> {
            split(text)
                .iter()
                .filter(|s| s.furniture.is_some())
                .map(|s| text[s.start..s.end].trim().to_string())
                .collect()
        };
        // Seen: a "Read more:" list among the paragraphs, and a numbered
        // "Most read" list at the foot.
        let text = "The bank said it had no plans.\n\nRead more:\nHow many bank branches have closed near you?\nSavers warned as easy-access rates fall again\n\nThe consumer group said 1,150 branches had closed.";
        assert_eq!(
            furniture(text),
            vec![
                "Read more:",
                "How many bank branches have closed near you?",
                "Savers warned as easy-access rates fall again"
            ]
        );
        let text = "Most read\n1. Kettleby market traders face 20% rent rise\n2. Road closures planned for bridge works next week";
        assert_eq!(furniture(text).len(), 3);
        // The same shape in other words, the titles after a blank line.
        let text = "You may also like\n\nMinister quits over expenses row\n\nRail fares to rise by 4.6% in March\n\nThe strike will go ahead on Monday, the union said.";
        assert_eq!(
            furniture(text),
            vec![
                "You may also like",
                "Minister quits over expenses row",
                "Rail fares to rise by 4.6% in March"
            ]
        );
        // Not titles: prose after the list, a quote, a line wrapped by hand,
        // and a headline with no heading above it.
        let text = "Related stories\nThe council said it would cut 200 jobs.\n\"We have no choice\", the leader said\n";
        assert_eq!(furniture(text), vec!["Related stories"]);
        let text = "Most read\nThe council said on Monday that it would\ncut 200 jobs by the end of the year.";
        assert_eq!(furniture(text), vec!["Most read"]);
        let text = "The bank said it had no plans.\n\nSavers warned as easy-access rates fall again\n\nMore follows.";
        assert!(furniture(text).is_empty());
        // A sentence that opens with the heading's words is no heading.
        let text = "Most readers agreed\nRates fall again";
        assert!(furniture(text).is_empty());
    }

    #[test]
    fn closing_quotes_stay_with_their_sentence() {
        let text = "He said, \u{201C}We are ready.\u{201D} Then he left!";
        assert_eq!(
            texts(text),
            vec!["He said, \u{201C}We are ready.\u{201D}", "Then he left!"]
        );
    }

    #[test]
    fn over_long_text_is_cut_and_other_scripts_split() {
        let text = "word ".repeat(2000);
        let s = split(&text);
        assert!(s.len() >= 5 && s.iter().all(|x| x.end - x.start <= MAX_SENTENCE_BYTES));
        assert!(s[0].cut);
        let text = "今天天气很好。我们去公园吧！";
        assert_eq!(texts(text), vec!["今天天气很好。", "我们去公园吧！"]);
        assert!(split("").is_empty());
        assert!(split(" \n\n \n").is_empty());
    }

    #[test]
    fn an_unclosed_quote_ends_at_the_last_sentence_before_the_next() {
        let text = "\u{201C}One two. According to X, \u{201C}Three.\u{201D}";
        let sents = split(text);
        let ends: Vec<usize> = sents.iter().map(|s| s.end).collect();
        let q = quoted_ranges(text, 0, text.len(), &ends);
        assert_eq!(q.len(), 2);
        assert_eq!(&text[q[0].0..q[0].1], "\u{201C}One two.");
        assert_eq!(&text[q[1].0..q[1].1], "\u{201C}Three.\u{201D}");
    }

    #[test]
    fn a_body_without_a_stop_is_a_headline_up_to_twenty_five_words() {
        let words = |n: usize| vec!["word"; n].join(" ");
        for (n, headline) in [(25, true), (26, false)] {
            let text = words(n);
            let sents = split(&text);
            assert_eq!(sents.len(), 1, "{n}");
            assert_eq!(sents[0].headline, headline, "{n}");
        }
        // (a body ending with a stop is no headline, whatever its length)
        assert!(!split("Council tax rises.")[0].headline);
    }

    #[test]
    fn a_line_without_a_stop_stands_alone_up_to_twenty_words() {
        for (n, alone) in [(20, true), (21, false)] {
            let text = format!("{}\nThe council met on Monday.", vec!["Word"; n].join(" "));
            let sents = split(&text);
            assert_eq!(sents.len() == 2, alone, "{n}: {sents:?}");
        }
    }
}
