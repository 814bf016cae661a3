//! Counting things in English: `1 claim`, `2 claims`.

/// `n` and the word for one or for many: `1 review has`, `2 reviews have`.
pub(crate) fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// `n` and a noun whose plural adds an `s`: `1 evidence item`, `2 evidence items`.
pub(crate) fn noun(n: usize, item: &str) -> String {
    format!("{n} {item}{}", suffix(n))
}

/// The `s` of a regular plural, for `n` things.
pub(crate) fn suffix(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_is_singular_and_every_other_number_plural() {
        assert_eq!(count(1, "review has", "reviews have"), "1 review has");
        assert_eq!(count(0, "claim", "claims"), "0 claims");
        assert_eq!(noun(2, "evidence item"), "2 evidence items");
        assert_eq!(suffix(1), "");
    }
}
