//! Claim and source ids: what is allowed, and how one is made from text.

/// The longest id allowed.
pub(crate) const MAX_LEN: usize = 80;

/// Why `id` is not a valid id, or None when it is.
pub(crate) fn problem(id: &str) -> Option<String> {
    if id.is_empty() {
        return Some("an id cannot be empty".into());
    }
    if id.len() > MAX_LEN {
        return Some(format!("longer than {MAX_LEN} characters"));
    }
    let first = id.as_bytes()[0];
    if !(first.is_ascii_lowercase() || first.is_ascii_digit()) {
        return Some("must start with a lowercase letter or digit".into());
    }
    if let Some(c) = id
        .chars()
        .find(|c| !(c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '-'))
    {
        return Some(format!(
            "`{}` is not allowed: ids use a-z, 0-9 and `-` only",
            c.escape_default()
        ));
    }
    None
}

const STOPWORDS: &[&str] = &[
    "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "and", "or", "is", "are", "was",
    "were", "be", "will", "that", "this", "with", "as", "it", "its", "has", "have", "had", "from",
];

/// An id made from free text: the first significant words, lowercase, joined by `-`.
/// Text in any script is transliterated first (`习近平` → `xi-jin-ping`, `Путин` → `putin`).
pub(crate) fn slug(text: &str) -> String {
    let text = deunicode::deunicode(text);
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| {
            w.chars()
                .flat_map(char::to_lowercase)
                .filter(char::is_ascii_alphanumeric)
                .collect::<String>()
        })
        .filter(|w| !w.is_empty())
        .collect();
    let significant: Vec<&String> = words
        .iter()
        .filter(|w| !STOPWORDS.contains(&w.as_str()))
        .collect();
    let chosen: Vec<&String> = if significant.is_empty() {
        words.iter().collect()
    } else {
        significant
    };
    let mut out = String::new();
    for w in chosen.into_iter().take(6) {
        if out.len() + w.len() + 1 > 60 {
            break;
        }
        if !out.is_empty() {
            out.push('-');
        }
        out.push_str(w);
    }
    if out.is_empty() {
        "claim".to_string()
    } else {
        out
    }
}

/// `base`, or `base-2`, `base-3` … whichever `taken` says is free.
pub(crate) fn unique(base: &str, taken: impl Fn(&str) -> bool) -> String {
    if !taken(base) {
        return base.to_string();
    }
    (2..)
        .map(|n| format!("{base}-{n}"))
        .find(|c| !taken(c))
        .unwrap_or_else(|| base.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_not_ids() {
        for bad in ["../x", "x/y", "X", "-x", "", "a b", "é", "x.yaml"] {
            assert!(problem(bad).is_some(), "{bad}");
        }
        assert!(problem(&"a".repeat(81)).is_some());
        assert_eq!(problem("xi-kazakhstan-stop-2"), None);
    }

    #[test]
    fn slug_keeps_significant_words() {
        assert_eq!(
            slug("Xi Jinping intends to visit Kazakhstan before the SCO summit."),
            "xi-jinping-intends-visit-kazakhstan-before"
        );
        assert_eq!(slug("« … »"), "claim");
        assert_eq!(problem(&slug("Ünïcode, São Paulo!")), None);
        assert_eq!(slug("São Paulo"), "sao-paulo");
        assert_eq!(slug("习近平出访"), "xi-jin-ping-chu-fang");
        assert_eq!(slug("Путин заявил"), "putin-zaiavil");
    }

    #[test]
    fn unique_appends_a_number() {
        let taken = ["a", "a-2"];
        assert_eq!(unique("a", |c| taken.contains(&c)), "a-3");
        assert_eq!(unique("b", |c| taken.contains(&c)), "b");
    }
}
