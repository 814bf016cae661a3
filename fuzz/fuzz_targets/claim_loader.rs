//! Fuzz the claim loader: any bytes as a claim file must load or give an
//! error, never panic; a claim that loads must write and read back the same.
#![no_main]

use std::path::Path;

use claimtrack::model::{fields, Claim};
use claimtrack::{store, yaml};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let path = Path::new("claims/fuzz.yaml");
    let Ok(text) = store::decode(path, data.to_vec()) else {
        return;
    };
    let _ = yaml::to_json_value(&text);
    let Ok(claim) = store::parse::<Claim>(path, &text) else {
        return;
    };
    let written = yaml::to_string(&claim).expect("a loaded claim can be written");
    let back: Claim = yaml::from_str(&written)
        .unwrap_or_else(|e| panic!("written claim does not load: {e:?}\n{written}"));
    assert_eq!(back, claim, "round trip changed the claim:\n{written}");
    let current = fields::project(&claim);
    let (state, _) = fields::replay(&claim.history, None);
    let _ = fields::diff(&state, &current);
    let _ = fields::build(&claim.id, &current);
});
