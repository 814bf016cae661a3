//! Publishers' verdict labels ("Pants on Fire", "Falso", "Engañoso") mapped to statuses.

use crate::model::Status;

/// The status a publisher's label means, when it is one we know.
///
/// A label that is a status name (as the ClaimReview export writes it) maps to
/// that status; otherwise words in several languages are looked for, the more
/// specific first ("mostly false" before "false").
pub(crate) fn status_for(label: &str) -> Option<Status> {
    let l = normalise(label);
    if l.is_empty() {
        return None;
    }
    if let Some(s) = Status::parse(&l.replace(' ', "-")) {
        return Some(s);
    }
    const MIXED: &[&str] = &[
        "half true",
        "half-true",
        "barely true",
        "barely-true",
        "mostly false",
        "mixed",
        "mixture",
        "partly",
        "partially",
        "misleading",
        "missing context",
        "out of context",
        "exaggerat",
        "distort",
        "engañoso",
        "enganoso",
        "engañosa",
        "enganosa",
        "impreciso",
        "imprecisa",
        "distorcido",
        "exagerado",
        "não é bem assim",
        "nao e bem assim",
        "não_é_bem_assim",
        "trompeur",
        "irreführend",
        "teilweise",
        "parcial",
        "sin contexto",
        "sem contexto",
        "fora de contexto",
        "contexto",
        "manipul",
        "satire",
        "sátira",
        "部分錯誤",
        "部分错误",
        "誤導",
        "误导",
        "مضلل",
        "भ्रामक",
    ];
    const REFUTED: &[&str] = &[
        "pants on fire",
        "pants-fire",
        "pants fire",
        "false",
        "fake",
        "incorrect",
        "wrong",
        "hoax",
        "fabricated",
        "not true",
        "untrue",
        "falso",
        "falsa",
        "faux",
        "fausse",
        "falsch",
        "bulo",
        "mentira",
        "錯誤",
        "错误",
        "謠言",
        "虚假",
        "زائف",
        "كاذب",
        "خطأ",
        "गलत",
        "फर्जी",
        "झूठ",
        "ভুয়া",
        "মিথ্যা",
        "ভুল",
    ];
    const VERIFIED: &[&str] = &[
        "mostly true",
        "mostly-true",
        "true",
        "correct",
        "accurate",
        "confirmed",
        "verdadero",
        "verdadera",
        "verdadeiro",
        "verdadeira",
        "verdade",
        "cierto",
        "vrai",
        "wahr",
        "richtig",
        "正確",
        "正确",
        "صحيح",
        "सच",
        "সত্য",
    ];
    const UNVERIFIABLE: &[&str] = &[
        "unproven",
        "unverifiable",
        "unverified",
        "insufficient",
        "no evidence",
        "not enough",
        "sin evidencia",
        "sem provas",
        "insustentável",
        "insostenible",
        "invérifiable",
        "unbelegt",
        "證據不足",
        "证据不足",
    ];
    for (words, status) in [
        (MIXED, Status::Mixed),
        (UNVERIFIABLE, Status::Unverifiable),
        (REFUTED, Status::Refuted),
        (VERIFIED, Status::Verified),
    ] {
        if words.iter().any(|w| contains_word(&l, w)) {
            return Some(status);
        }
    }
    None
}

/// The status a numeric rating means on its scale: the bottom fifth refuted,
/// the top fifth verified, the rest mixed.
pub(crate) fn status_for_value(value: f64, worst: f64, best: f64) -> Option<Status> {
    if !(value.is_finite() && worst.is_finite() && best.is_finite()) || best == worst {
        return None;
    }
    let share = (value - worst) / (best - worst);
    if !(0.0..=1.0).contains(&share) {
        return None;
    }
    Some(if share <= 0.2 {
        Status::Refuted
    } else if share >= 0.8 {
        Status::Verified
    } else {
        Status::Mixed
    })
}

fn normalise(label: &str) -> String {
    label
        .trim()
        .to_lowercase()
        .replace(['_', '!', '.', '?', ','], " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether `word` is in `text` and not part of a longer Latin word ("true" is not in "untrue").
fn contains_word(text: &str, word: &str) -> bool {
    let word = normalise(word);
    let mut from = 0;
    while let Some(i) = text[from..].find(&word) {
        let start = from + i;
        let end = start + word.len();
        let before = text[..start].chars().next_back();
        let after = text[end..].chars().next();
        let latin = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphabetic());
        // A stem such as "exaggerat" may run on ("exaggerated").
        let stem = !word.ends_with(|c: char| c.is_whitespace())
            && [
                "exaggerat",
                "distort",
                "manipul",
                "partly",
                "partially",
                "teilweise",
            ]
            .contains(&word.as_str());
        if !latin(before) && (stem || !latin(after)) {
            return true;
        }
        from = start + word.len().max(1);
        while !text.is_char_boundary(from) {
            from += 1;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn politifact_labels() {
        assert_eq!(status_for("pants-fire"), Some(Status::Refuted));
        assert_eq!(status_for("Pants on Fire!"), Some(Status::Refuted));
        assert_eq!(status_for("false"), Some(Status::Refuted));
        assert_eq!(status_for("barely-true"), Some(Status::Mixed));
        assert_eq!(status_for("half-true"), Some(Status::Mixed));
        assert_eq!(status_for("mostly-true"), Some(Status::Verified));
        assert_eq!(status_for("TRUE"), Some(Status::Verified));
        assert_eq!(status_for("Mostly False"), Some(Status::Mixed));
    }

    #[test]
    fn status_names_and_other_languages() {
        assert_eq!(status_for("unverifiable"), Some(Status::Unverifiable));
        assert_eq!(status_for("in review"), Some(Status::InReview));
        assert_eq!(status_for("Falso"), Some(Status::Refuted));
        assert_eq!(status_for("Engañoso"), Some(Status::Mixed));
        assert_eq!(status_for("really_false"), Some(Status::Refuted));
        assert_eq!(status_for("não_é_bem_assim"), Some(Status::Mixed));
        assert_eq!(status_for("錯誤"), Some(Status::Refuted));
        assert_eq!(status_for("證據不足"), Some(Status::Unverifiable));
        assert_eq!(status_for("untrue"), Some(Status::Refuted));
        assert_eq!(status_for("Exaggerated"), Some(Status::Mixed));
        assert_eq!(status_for("Zebra"), None);
    }

    #[test]
    fn numeric_ratings_on_their_scale() {
        assert_eq!(status_for_value(1.0, 1.0, 5.0), Some(Status::Refuted));
        assert_eq!(status_for_value(3.0, 1.0, 5.0), Some(Status::Mixed));
        assert_eq!(status_for_value(5.0, 1.0, 5.0), Some(Status::Verified));
        assert_eq!(status_for_value(7.0, 1.0, 5.0), None);
        assert_eq!(status_for_value(1.0, 1.0, 1.0), None);
    }
}
