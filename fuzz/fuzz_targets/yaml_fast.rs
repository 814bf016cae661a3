//! Fuzz the fast YAML reader against the general parser: whatever the fast
//! reader accepts, the general parser must read as the same value.
#![no_main]

use claimtrack::model::Claim;
use claimtrack::yaml;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Some(fast) = yaml::fast::parse(text) else {
        return;
    };
    let general: serde_json::Value = yaml::from_str_general(text)
        .unwrap_or_else(|e| panic!("fast read it, the general parser refused: {e:?}"));
    assert_eq!(fast, general);
    let a = yaml::fast::from_value::<Claim>(fast).ok_or(());
    let b = yaml::from_str_general::<Claim>(text);
    if let (Ok(a), Ok(b)) = (&a, &b) {
        assert_eq!(a, b);
    }
    assert!(!(a.is_ok() && b.is_err()), "fast gives a claim, general does not");
});
