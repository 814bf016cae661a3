//! Ids from other tools made valid: lowercase, `a-z`, `0-9` and `-` only, at
//! most 80 characters, shortened with a hash of the original so that two
//! long ids with the same beginning stay apart.

use crate::model::id;

/// Characters of the hash suffix of a shortened id.
const HASH_CHARS: usize = 8;

/// `original` as a valid claim id: unchanged when it already is one.
pub fn normalize_id(original: &str) -> String {
    if id::problem(original).is_none() {
        return original.to_string();
    }
    let mut out = String::with_capacity(original.len());
    for c in original.chars().flat_map(char::to_lowercase) {
        let c = if c.is_ascii_lowercase() || c.is_ascii_digit() {
            c
        } else {
            '-'
        };
        if c == '-' && (out.is_empty() || out.ends_with('-')) {
            continue;
        }
        out.push(c);
    }
    while out.ends_with('-') {
        out.pop();
    }
    let limit = id::MAX_LEN;
    if out.len() > limit || out.is_empty() {
        let hash = crate::store::sha256_hex(original.as_bytes());
        out.truncate(limit - HASH_CHARS - 1);
        while out.ends_with('-') {
            out.pop();
        }
        if !out.is_empty() {
            out.push('-');
        }
        out.push_str(&hash[..HASH_CHARS]);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_made_valid_and_stay_apart() {
        assert_eq!(normalize_id("fine-id"), "fine-id");
        assert_eq!(normalize_id("White_House__Photo"), "white-house-photo");
        let long = "a".repeat(70) + "-will-landlines-eventually-dial-911";
        let other = "a".repeat(70) + "-will-landlines-eventually-dial-912";
        let (a, b) = (normalize_id(&long), normalize_id(&other));
        assert!(a.len() <= 80 && b.len() <= 80);
        assert_ne!(a, b);
        assert!(id::problem(&a).is_none(), "{a}");
        assert!(id::problem(&normalize_id("___")).is_none());
    }
}
