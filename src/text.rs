//! Finding a quote in article text: white space collapsed, curly and straight quotes alike.

/// How many characters of context are kept on each side of a quote.
pub const CONTEXT_CHARS: usize = 32;

/// Text folded for comparison, with a map back to the original byte offsets.
#[derive(Debug, Clone)]
pub struct Folded {
    pub text: String,
    /// For each byte of `text`, the byte offset in the original where it came from.
    origin: Vec<usize>,
    original_len: usize,
}

/// Fold one character: curly quotes and primes to straight ones, dashes kept.
pub fn fold_char(c: char) -> char {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '`' | '\u{00B4}' => '\'',
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '\u{00AB}'
        | '\u{00BB}' => '"',
        other => other,
    }
}

/// Fold `text`: runs of white space become one space, quotes are straightened.
pub fn fold(text: &str) -> Folded {
    let mut out = String::with_capacity(text.len());
    let mut origin = Vec::with_capacity(text.len());
    let mut in_space = false;
    for (i, c) in text.char_indices() {
        if c.is_whitespace() {
            if !in_space {
                out.push(' ');
                origin.push(i);
            }
            in_space = true;
            continue;
        }
        in_space = false;
        let f = fold_char(c);
        let start = out.len();
        out.push(f);
        origin.extend(std::iter::repeat_n(i, out.len() - start));
    }
    Folded {
        text: out,
        origin,
        original_len: text.len(),
    }
}

/// The folded form of a quote, trimmed.
pub fn fold_quote(quote: &str) -> String {
    fold(quote.trim()).text.trim().to_string()
}

impl Folded {
    /// Original byte offset of folded offset `i` (the end maps to the end).
    pub fn original(&self, i: usize) -> usize {
        self.origin.get(i).copied().unwrap_or(self.original_len)
    }

    /// Original byte range of the folded range `start..end`.
    pub fn original_range(&self, start: usize, end: usize) -> (usize, usize) {
        let s = self.original(start);
        let e = if end == 0 {
            0
        } else if end >= self.origin.len() {
            self.original_len
        } else {
            self.original(end)
        };
        (s, e)
    }
}

/// Where a quote stands in a text, with its context.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Anchor {
    /// Byte range of the quote in the original text.
    pub start: usize,
    pub end: usize,
    pub prefix: String,
    pub suffix: String,
}

/// Every place `quote` occurs in `text`, as original byte ranges.
pub fn find_all(text: &str, quote: &str) -> Vec<(usize, usize)> {
    let needle = fold_quote(quote);
    if needle.is_empty() {
        return Vec::new();
    }
    let hay = fold(text);
    hay.text
        .match_indices(&needle)
        .map(|(i, m)| hay.original_range(i, i + m.len()))
        .collect()
}

/// The anchor of `quote` in `text`: the occurrence whose context best matches
/// `prefix` and `suffix` (the first when there is no context to go on).
pub fn anchor(text: &str, quote: &str, prefix: &str, suffix: &str) -> Option<Anchor> {
    let all = find_all(text, quote);
    let best = all.into_iter().max_by_key(|&(s, e)| {
        let (p, x) = context(text, s, e);
        // Prefer the earliest occurrence among equals: max_by_key keeps the last maximum.
        let score = common_suffix(&fold(&p).text, &fold(prefix).text)
            + common_prefix(&fold(&x).text, &fold(suffix).text);
        (score, usize::MAX - s)
    })?;
    let (prefix, suffix) = context(text, best.0, best.1);
    Some(Anchor {
        start: best.0,
        end: best.1,
        prefix,
        suffix,
    })
}

/// Up to CONTEXT_CHARS characters before `start` and after `end`, with
/// white space folded to single spaces (as quotes are compared).
pub fn context(text: &str, start: usize, end: usize) -> (String, String) {
    let before = collapse_space(text[..start].chars().rev())
        .take(CONTEXT_CHARS)
        .collect::<Vec<char>>();
    let prefix: String = before.into_iter().rev().collect();
    let suffix: String = collapse_space(text[end..].chars())
        .take(CONTEXT_CHARS)
        .collect();
    (prefix, suffix)
}

/// Characters with each run of white space turned into one space.
fn collapse_space(chars: impl Iterator<Item = char>) -> impl Iterator<Item = char> {
    let mut in_space = false;
    chars.filter_map(move |c| {
        if c.is_whitespace() {
            let first = !in_space;
            in_space = true;
            first.then_some(' ')
        } else {
            in_space = false;
            Some(c)
        }
    })
}

fn common_prefix(a: &str, b: &str) -> usize {
    a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count()
}

fn common_suffix(a: &str, b: &str) -> usize {
    a.chars()
        .rev()
        .zip(b.chars().rev())
        .take_while(|(x, y)| x == y)
        .count()
}

/// 1-based line and column of byte offset `at` in `text` (column in characters).
pub fn line_column(text: &[u8], at: usize) -> (usize, usize) {
    let at = at.min(text.len());
    let before = &text[..at];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    let column = String::from_utf8_lossy(&before[line_start..])
        .chars()
        .count()
        + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "Mao Ning said,\n  \u{201C}On your question, I have nothing to contribute.\u{201D} Then she left.";

    #[test]
    fn finds_quotes_across_curly_quotes_and_white_space() {
        let found = find_all(TEXT, "said, \"On your question,   I have");
        assert_eq!(found.len(), 1);
        let (s, e) = found[0];
        assert!(TEXT[s..e].starts_with("said,\n  \u{201C}On"));
        assert!(TEXT[s..e].ends_with("I have"));
    }

    #[test]
    fn anchor_captures_context_and_prefers_matching_context() {
        let text = "one two. Xi will go. three four. Xi will go. five six";
        let a = anchor(text, "Xi will go.", "three four. ", "").unwrap();
        assert_eq!(a.start, 33);
        assert_eq!(a.prefix, "ne two. Xi will go. three four. ");
        let spaced = anchor("a\n\n  b. Xi will go.\n\nc", "Xi will go.", "", "").unwrap();
        assert_eq!(
            (spaced.prefix.as_str(), spaced.suffix.as_str()),
            ("a b. ", " c")
        );
        assert_eq!(a.suffix, " five six");
        let first = anchor(text, "Xi will go.", "", "").unwrap();
        assert_eq!(first.start, 9);
        assert!(anchor(text, "Xi will stay.", "", "").is_none());
        assert!(anchor(text, "   ", "", "").is_none());
    }

    #[test]
    fn line_and_column_count_characters() {
        let text = "ab\nc\u{e9}d".as_bytes();
        assert_eq!(line_column(text, 0), (1, 1));
        assert_eq!(line_column(text, 3), (2, 1));
        assert_eq!(line_column(text, 6), (2, 3));
    }
}
