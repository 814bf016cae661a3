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
    let (mut latin, mut other) = (0usize, 0usize);
    for c in text.chars().filter(|c| c.is_alphabetic()) {
        if c.is_ascii_alphabetic() || ('\u{C0}'..='\u{24F}').contains(&c) {
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
