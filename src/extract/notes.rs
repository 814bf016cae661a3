//! What the reader should know about how the text was read: passages cut,
//! HTML skipped, another language, no publication date.

use chrono::NaiveDate;

use super::sentences::{self, Sentence};
use super::Extraction;

/// What the notes are made from, counted on the way.
#[derive(Debug, Default)]
pub(crate) struct Counts {
    pub(crate) words: usize,
    pub(crate) english: usize,
    pub(crate) relative: usize,
}

pub(crate) fn notes(
    text: &str,
    sentences: &[Sentence],
    counts: &Counts,
    html: usize,
    published: Option<NaiveDate>,
    out: &mut Extraction,
) {
    let cut = sentences.iter().filter(|s| s.cut).count();
    if cut > 0 {
        out.notes.push(format!(
            "{cut} passage(s) ran past {} bytes without a sentence ending and were cut at a space",
            sentences::MAX_SENTENCE_BYTES
        ));
    }
    if html > 0 {
        out.notes.push(format!(
            "the text holds {html} HTML tag(s) or entities, which were skipped; an HTML file given to `claimtrack source add` is reduced to text"
        ));
    }
    // ASCII letters are counted byte by byte; only the characters that
    // start with a lead byte (0xC0 and above) are decoded.
    let bytes = text.as_bytes();
    let mut latin = bytes.iter().filter(|b| b.is_ascii_alphabetic()).count();
    let mut other = 0usize;
    for (i, _) in bytes.iter().enumerate().filter(|(_, &b)| b >= 0xC0) {
        let Some(c) = text.get(i..).and_then(|t| t.chars().next()) else {
            continue;
        };
        if !c.is_alphabetic() {
            continue;
        }
        if ('\u{C0}'..='\u{24F}').contains(&c) {
            latin += 1;
        } else {
            other += 1;
        }
    }
    if other > latin {
        out.notes.push("most of the text is not in the Latin script; the rules read English news and find little else".into());
    } else if latin > 200 && counts.words > 0 && counts.english * 100 < counts.words * 5 {
        out.notes.push(
            "the text does not look like English; the rules read English news and may miss claims"
                .into(),
        );
    }
    if published.is_none() && counts.relative > 0 {
        out.notes.push(format!(
            "the source has no publication date, so {} relative time expression(s) (\"next week\", \"on Wednesday\" …) are left unresolved and no claimed date is proposed",
            counts.relative
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::extract;

    fn says_other_script(text: &str) -> bool {
        extract(text, None)
            .notes
            .iter()
            .any(|n| n.contains("not in the Latin script"))
    }

    #[test]
    fn the_script_is_counted_by_letters_of_each_alphabet() {
        assert!(says_other_script(
            "Городской совет утвердил бюджет. Мэр сказал, что налоги вырастут."
        ));
        assert!(says_other_script(
            "今天市议会批准了预算。市长说，税收将增加。"
        ));
        // Accented Latin letters, curly quotes and dashes are Latin text.
        assert!(!says_other_script(
            "Ms Žofie Dvořák said “the façade — and the café — will reopen” in José’s street."
        ));
        // Greek words quoted in English text stay the minority.
        assert!(!says_other_script(
            "The council said the word καλημέρα was painted on the new library wall."
        ));
    }
}
