//! Names as people type them: compared with case and accents aside, and the
//! nearest known one offered when a name matches nothing ("did you mean").

/// `text` folded for comparison: transliterated to Latin letters
/// (`Sørensen` → `sorensen`, `Путин` → `putin`), lowercase, white space collapsed.
pub(crate) fn fold(text: &str) -> String {
    let latin = deunicode::deunicode(text);
    latin
        .split_whitespace()
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether two names are the same, case and accents aside.
pub(crate) fn same(a: &str, b: &str) -> bool {
    fold(a) == fold(b)
}

/// Whether `hay` contains `needle`, case and accents aside.
pub(crate) fn contains(hay: &str, needle: &str) -> bool {
    let needle = fold(needle);
    !needle.is_empty() && fold(hay).contains(&needle)
}

/// The candidate most like `wanted`, if one is close enough to suggest.
pub(crate) fn nearest<'a>(
    wanted: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    let wanted = fold(wanted);
    if wanted.is_empty() {
        return None;
    }
    candidates
        .into_iter()
        .map(|c| {
            let folded = fold(c);
            let whole = strsim::jaro_winkler(&wanted, &folded);
            // One word of a longer name (`Denisow` for `Andrei Denisov`).
            let word = folded
                .split(' ')
                .map(|w| strsim::jaro_winkler(&wanted, w))
                .fold(0.0, f64::max);
            let score = if folded.contains(&wanted) || wanted.contains(&folded) {
                // A part of the name, or the name with something added.
                0.9_f64.max(whole)
            } else {
                whole.max(word)
            };
            (score, c)
        })
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0).then_with(|| b.1.cmp(a.1)))
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_and_accents_aside() {
        assert!(same("Sørensen", "sorensen"));
        assert!(same("  Lars   Løkke ", "lars lokke"));
        assert!(contains("Mette Sørensen", "Sorensen"));
        assert!(contains("Mette Sorensen", "SØRENSEN"));
        assert!(contains("Владимир Путин", "путин"));
        assert!(!contains("Mette Sørensen", "Frederiksen"));
        assert!(!contains("anything", "  "));
    }

    #[test]
    fn the_nearest_name_is_suggested_only_when_close() {
        let tags = ["budget", "health", "election"];
        assert_eq!(nearest("budgett", tags), Some("budget"));
        assert_eq!(nearest("Budget", tags), Some("budget"));
        assert_eq!(nearest("elect", tags), Some("election"));
        assert_eq!(nearest("zebra", tags), None);
        assert_eq!(nearest("", tags), None);
        assert_eq!(nearest("hospx", ["hosp", "xi-trip"]), Some("hosp"));
        assert_eq!(
            nearest("Denisow", ["Andrei Denisov", "Mao Ning"]),
            Some("Andrei Denisov")
        );
    }
}
