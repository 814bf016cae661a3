//! Which named body a short form stands for: "the company" after "Vesper
//! Agri, which makes the best-known spray, said …", "the trust" after
//! "Kelsworth and District Hospitals Trust", "the borough council" after
//! "Tarnside Borough Council".
//!
//! Only the text before the short form is read, and only the last few
//! thousand bytes of it: a short form stands for a body named lately.

/// Head nouns of a body's name that, after "the", stand for the body once
/// it is named: "the trust", "the council", "the union".
pub(crate) fn is_body(w: &str) -> bool {
    matches!(
        w,
        "trust"
            | "council"
            | "union"
            | "ministry"
            | "department"
            | "agency"
            | "authority"
            | "association"
            | "university"
            | "charity"
            | "regulator"
            | "watchdog"
            | "board"
            | "commission"
            | "company"
            | "firm"
            | "bank"
            | "club"
            | "hospital"
            | "federation"
            | "foundation"
            | "society"
            | "institute"
            | "committee"
            | "academy"
    )
}

/// How far back, in bytes, a short form's body is sought.
pub(crate) const REACH: usize = 4000;

/// Words that close a trading firm's name: "Greystone Memorial Services",
/// "Harland Foods plc", "Brindley Lyle Homes".
const FIRM_ENDINGS: &[&str] = &[
    "ltd",
    "limited",
    "plc",
    "inc",
    "llc",
    "group",
    "holdings",
    "services",
    "facilities",
    "foods",
    "brands",
    "homes",
    "partners",
    "industries",
    "motors",
    "airlines",
    "airways",
    "systems",
    "technologies",
    "labs",
    "securities",
    "insurance",
    "logistics",
    "freight",
    "haulage",
    "ferries",
    "hotels",
    "stores",
    "dairies",
    "breweries",
    "bakeries",
    "pharmaceuticals",
    "utilities",
    "properties",
    "estates",
    "supplies",
    "solutions",
    "marine",
    "shipping",
    "engineering",
    "construction",
    "aggregates",
    "developments",
    "energy",
    "retail",
    "mercantile",
    "capital",
    "investments",
];

/// Nouns that say a name is a trading firm's, in an apposition after it
/// ("Brindley Lyle, a property developer") or before it ("the developer
/// Brindley Lyle").
const FIRM_NOUNS: &[&str] = &[
    "company",
    "firm",
    "developer",
    "retailer",
    "contractor",
    "supplier",
    "maker",
    "manufacturer",
    "operator",
    "lender",
    "chain",
    "business",
    "builder",
    "insurer",
    "consultancy",
    "airline",
    "carrier",
    "group",
    "producer",
    "distributor",
    "landlord",
    "agent",
];

/// Whether a noun says that a name is a trading firm's: "the electrical
/// contractor", "a property developer".
pub(crate) fn is_firm_noun(w: &str) -> bool {
    FIRM_NOUNS.contains(&w)
}

/// Verbs of a relative clause that say a name is a trading firm's:
/// "Vesper Agri, which makes the best-known flurapyr spray".
const FIRM_VERBS: &[&str] = &[
    "makes", "made", "manages", "managed", "runs", "ran", "owns", "owned", "operates", "operated",
    "sells", "sold", "supplies", "supplied", "builds", "built", "provides", "provided", "employs",
    "produces", "produced", "imports", "exports", "develops", "trades",
];

/// Words that open a sentence or a clause with a capital without being
/// part of the name that follows them: "But Greystone said …".
const OPENERS: &[&str] = &[
    "the",
    "a",
    "an",
    "but",
    "and",
    "in",
    "on",
    "at",
    "for",
    "after",
    "before",
    "when",
    "while",
    "as",
    "if",
    "meanwhile",
    "however",
    "also",
    "asked",
    "earlier",
    "last",
    "by",
    "from",
    "with",
    "under",
    "since",
    "according",
];

/// The full name, as printed, of the body the short form `short` ("the
/// company", "The trust", "the borough council") stands for, sought in
/// `text` before the byte `before`: the latest name of two capitalised
/// words or more that ends in the short form's noun ("Tarnside Borough
/// Council" holds "borough" too), or, for "the company" and "the firm",
/// the latest name the text shows to be a trading firm's (by the word that
/// closes it, an apposition or relative clause after it, or a noun for a
/// firm before it).
pub(crate) fn named_body(text: &str, before: usize, short: &str) -> Option<String> {
    let rest = short
        .strip_prefix("the ")
        .or_else(|| short.strip_prefix("The "))?;
    let nouns: Vec<&str> = rest.split_whitespace().collect();
    let (&noun, modifiers) = nouns.split_last()?;
    if nouns.len() > 2
        || !is_body(noun)
        || nouns
            .iter()
            .any(|w| !w.bytes().all(|b| b.is_ascii_lowercase()))
    {
        return None;
    }
    let trading = matches!(noun, "company" | "firm");
    let before = before.min(text.len());
    let mut from = before.saturating_sub(REACH);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let window = &text[from..before];
    let runs = name_runs(window);
    // (a name shown once to trade is a firm's wherever it is printed:
    // "Dorrit Grange, the home furnishings chain" then "accused Dorrit
    // Grange of …")
    let firms: Vec<&[&str]> = if trading {
        runs.iter()
            .filter(|run| is_firm(window, run))
            .map(|run| &run.words[..])
            .collect()
    } else {
        Vec::new()
    };
    runs.iter().rev().find_map(|run| {
        let words = &run.words;
        let last = words.last()?.to_lowercase();
        let fits = if trading {
            firms.contains(&&words[..])
        } else {
            last == noun
                && modifiers
                    .iter()
                    .all(|m| words.iter().any(|w| w.eq_ignore_ascii_case(m)))
        };
        fits.then(|| words.join(" "))
    })
}

/// A run of capitalised words in a text, with the bytes it spans.
struct Run<'a> {
    words: Vec<&'a str>,
    start: usize,
    end: usize,
}

/// The names of two capitalised words or more a text prints, in order:
/// words with a capital, joined by "and", "of", "for" or "&" when a
/// capitalised word follows, without a sentence's opening word that is
/// not a name's ("But", "The", "In").
fn name_runs(text: &str) -> Vec<Run<'_>> {
    let mut out = Vec::new();
    let mut run: Option<Run> = None;
    // (each word with its trimmed form and whether punctuation closed it)
    let words: Vec<(usize, &str, bool, bool)> = text
        .split_ascii_whitespace()
        .map(|w| {
            let at = w.as_ptr() as usize - text.as_ptr() as usize;
            let lead = w.len() - w.trim_start_matches(['"', '\u{201C}', '(', '\'']).len();
            let core = w[lead..].trim_end_matches(|c: char| !c.is_alphanumeric());
            let bare = core
                .strip_suffix("'s")
                .or_else(|| core.strip_suffix("\u{2019}s"))
                .unwrap_or(core);
            // (closed by punctuation or a possessive; opened by a mark)
            let closed = bare.len() + lead < w.len();
            (at + lead, bare, closed, lead > 0)
        })
        .collect();
    let mut gone = 0;
    for (i, &(at, word, closed, opened)) in words.iter().enumerate() {
        // (a name does not run over a line's end: "09.12 BST" then
        // "Dorrit Grange, the home furnishings chain, …")
        if opened || text[gone..at].contains('\n') {
            flush(&mut run, &mut out);
        }
        gone = at;
        let cap = word.starts_with(|c: char| c.is_uppercase())
            && word
                .chars()
                .all(|c| c.is_alphanumeric() || c == '-' || c == '&');
        let joins = matches!(word, "and" | "of" | "for" | "&")
            && run.is_some()
            && words
                .get(i + 1)
                .is_some_and(|(_, w, _, _)| w.starts_with(|c: char| c.is_uppercase()));
        if cap && !(run.is_none() && OPENERS.contains(&word.to_lowercase().as_str())) {
            let r = run.get_or_insert(Run {
                words: Vec::new(),
                start: at,
                end: at,
            });
            r.words.push(word);
            r.end = at + word.len();
        } else if joins {
            if let Some(r) = run.as_mut() {
                r.words.push(word);
            }
            continue;
        } else {
            flush(&mut run, &mut out);
            continue;
        }
        if closed {
            flush(&mut run, &mut out);
        }
    }
    flush(&mut run, &mut out);
    out
}

/// Close the run open so far, kept if it holds a name of two words or
/// more.
fn flush<'a>(run: &mut Option<Run<'a>>, out: &mut Vec<Run<'a>>) {
    if let Some(r) = run.take() {
        if r.words.len() >= 2 {
            out.push(r);
        }
    }
}

/// Whether the text shows the name of `run` to be a trading firm's.
fn is_firm(text: &str, run: &Run) -> bool {
    let last = run
        .words
        .last()
        .map(|w| w.to_lowercase())
        .unwrap_or_default();
    if FIRM_ENDINGS.contains(&last.as_str()) {
        return true;
    }
    // ", a property developer", ", which makes …"
    let after = &text[run.end..];
    let after = after.strip_prefix("'s").unwrap_or(after);
    if let Some(rest) = after.strip_prefix(", ") {
        let clause = rest.split([',', '.', ';']).next().unwrap_or("");
        let mut words = clause.split_whitespace().map(str::to_lowercase);
        let described = match words.next().as_deref() {
            Some("a" | "an" | "the") => clause
                .split_whitespace()
                .take(6)
                .any(|w| FIRM_NOUNS.contains(&w.to_lowercase().as_str())),
            Some("which" | "that") => words
                .next()
                .is_some_and(|v| FIRM_VERBS.contains(&v.as_str())),
            _ => false,
        };
        if described {
            return true;
        }
    }
    // "the developer Brindley Lyle", "property firm Harrow Lane"
    let before = text[..run.start].trim_end();
    let noun = before
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or("")
        .to_lowercase();
    FIRM_NOUNS.contains(&noun.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(text: &str, short: &str) -> Option<String> {
        named_body(text, text.len(), short)
    }

    #[test]
    fn a_firm_shown_by_a_relative_clause_is_the_company() {
        let text = "The study was led by Ishaan Pellegrew-Moss. Vesper Agri, which makes \
                    the best-known flurapyr spray, said the researchers had erred. In a \
                    statement, ";
        assert_eq!(body(text, "the company").as_deref(), Some("Vesper Agri"));
        // (other verbs of trade, other words)
        let text = "Marlow Keane, which runs the town's buses, said fares would rise. ";
        assert_eq!(body(text, "the firm").as_deref(), Some("Marlow Keane"));
    }

    #[test]
    fn a_firm_shown_by_an_apposition_or_a_noun_before_it_is_the_company() {
        let text = "The council agreed to sell it to Brindley Lyle, a property developer, \
                    before November. ";
        assert_eq!(body(text, "the company").as_deref(), Some("Brindley Lyle"));
        let text = "Residents objected to plans by the developer Harrow Lane for 40 homes. ";
        assert_eq!(body(text, "the company").as_deref(), Some("Harrow Lane"));
    }

    #[test]
    fn a_firm_shown_by_the_word_closing_its_name_is_the_company() {
        let text = "Brandreth told the meeting that Greystone Memorial Services had twice \
                    dug graves in the wrong plot. ";
        assert_eq!(
            body(text, "The company").as_deref(),
            Some("Greystone Memorial Services")
        );
    }

    #[test]
    fn a_person_is_not_the_company() {
        // (two capitalised words, but nothing says they trade)
        let text = "Greystone Memorial Services dug the graves. Councillor Alan Brandreth \
                    said the errors were serious. Mary Holt agreed. ";
        assert_eq!(
            body(text, "the company").as_deref(),
            Some("Greystone Memorial Services")
        );
        let text = "Councillor Alan Brandreth said the errors were serious. ";
        assert_eq!(body(text, "the company"), None);
    }

    #[test]
    fn a_body_by_its_head_noun_is_the_latest_name_that_ends_in_it() {
        let text = "Barely half of the patients treated by Kelsworth and District Hospitals \
                    Trust started on time. But two senior clinicians at the trust said a \
                    scanner had failed. Asked about the scanner, ";
        assert_eq!(
            body(text, "the trust").as_deref(),
            Some("Kelsworth and District Hospitals Trust")
        );
        let text = "Tarnside Borough Council was told in April, according to minutes of a \
                    Felling Parish Council meeting. ";
        // (the latest council, unless the short form says which)
        assert_eq!(
            body(text, "the council").as_deref(),
            Some("Felling Parish Council")
        );
        assert_eq!(
            body(text, "The borough council").as_deref(),
            Some("Tarnside Borough Council")
        );
    }

    #[test]
    fn a_sentence_opener_is_not_part_of_the_name() {
        let text = "But Greystone Memorial Services said nothing. ";
        assert_eq!(
            body(text, "the company").as_deref(),
            Some("Greystone Memorial Services")
        );
    }

    #[test]
    fn a_short_form_that_is_not_a_body_or_is_named_stands_for_nothing() {
        let text = "Vesper Agri, which makes sprays, said so. ";
        assert_eq!(body(text, "the researchers"), None);
        assert_eq!(body(text, "Vesper Agri"), None);
        assert_eq!(body(text, "the big old company"), None);
        // (a name after the short form is not what it stands for)
        assert_eq!(named_body(text, 0, "the company"), None);
    }

    #[test]
    fn only_the_reach_before_is_read() {
        let mut text = String::from("Vesper Agri, which makes sprays, said so. ");
        text.push_str(&"The weather was mild. ".repeat(400));
        assert_eq!(body(&text, "the company"), None);
    }

    #[test]
    fn a_name_shown_once_to_trade_is_a_firm_wherever_it_is_printed() {
        let text = "Wed 27 May 2026 17.48 BST\nDorrit Grange, the home furnishings chain, will close 22 shops.\n\nThe federation accused Dorrit Grange of paying late. The union Udal said staff were not told. ";
        assert_eq!(body(text, "the company").as_deref(), Some("Dorrit Grange"));
        // (the latest firm, by the word that closes its name)
        let text = "Dorrit Grange, the home furnishings chain, will close 22 shops. Harrow Lane Capital owns 19% of the company. ";
        assert_eq!(
            body(text, "The investment firm").as_deref(),
            Some("Harrow Lane Capital")
        );
    }
}
