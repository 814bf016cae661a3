//! How long a text is, in words, for any script: runs of letters between
//! spaces, and in Chinese and Japanese, where words are not spaced, each character.

/// Whether `c` is written without spaces between words (Han, kana).
fn unspaced(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF      // Hiragana, Katakana
        | 0x3400..=0x4DBF    // CJK Extension A
        | 0x4E00..=0x9FFF    // CJK Unified Ideographs
        | 0xF900..=0xFAFF    // CJK Compatibility Ideographs
        | 0x20000..=0x3FFFF) // CJK Extensions B and later
}

/// The number of words in `text`.
pub(crate) fn count(text: &str) -> usize {
    let mut n = 0;
    for token in text.split_whitespace() {
        let mut in_word = false;
        for c in token.chars() {
            if unspaced(c) {
                n += 1;
                in_word = false;
            } else if c.is_alphanumeric() {
                if !in_word {
                    n += 1;
                }
                in_word = true;
            }
            // Punctuation neither counts nor splits a spaced word (`don't`, `U.S.`).
        }
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_in_any_script() {
        assert_eq!(count("Xi will visit Kazakhstan."), 4);
        assert_eq!(count("  don't  — stop  "), 2);
        assert_eq!(count("习近平打算访问哈萨克斯坦。"), 12);
        assert_eq!(count("東京は日本の首都です"), 10);
        assert_eq!(count("Путин заявил о встрече."), 4);
        assert_eq!(count("서울은 한국의 수도입니다"), 3);
        assert_eq!(count("Xi 访问 Astana"), 4);
        assert_eq!(count(""), 0);
    }
}
