//! Fuzz the history replay: any list of revisions must replay to some state
//! with its issues listed, never panic, at every revision.
#![no_main]

use claimtrack::model::{fields, Revision};
use claimtrack::yaml;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(history) = yaml::from_str::<Vec<Revision>>(text) else {
        return;
    };
    let (state, _issues) = fields::replay(&history, None);
    if let Ok(claim) = fields::build("fuzz", &state) {
        let again = fields::diff(&fields::Fields::new(), &fields::project(&claim));
        let _ = yaml::to_string(&again);
    }
    for r in &history {
        let (at, _) = fields::replay(&history, Some(r.rev));
        let _ = fields::diff(&state, &at);
        let _ = fields::build("fuzz", &at);
    }
});
