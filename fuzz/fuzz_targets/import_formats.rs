//! Fuzz the import readers: any file in any format gives records or errors,
//! never a panic, and every record's quote is a range of the file's text.
#![no_main]

use claimtrack::import::{claimreview, liar, sheet};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let maps = ["statement=statement".to_string()];
    for parsed in [
        liar::parse(text),
        sheet::parse(text, &[]),
        sheet::parse(text, &maps),
        claimreview::parse(text),
    ]
    .into_iter()
    .flatten()
    {
        for d in &parsed.drafts {
            let quote = text
                .get(d.quote.0..d.quote.1)
                .unwrap_or_else(|| panic!("quote {:?} is not a range of the text", d.quote));
            assert!(!quote.is_empty() || d.statement.is_empty());
        }
    }
});
