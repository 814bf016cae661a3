//! Finding a quote in article text: white space collapsed, curly and straight quotes alike.

/// How many characters of context are kept on each side of a quote.
pub const CONTEXT_CHARS: usize = 32;

/// Text folded for comparison, with a map back to the original byte offsets.
#[derive(Debug, Clone)]
pub struct Folded {
    pub text: String,
    /// Where the distance between the folded and the original offsets
    /// changes: at folded offset `.0` (a character's start) and until the
    /// next entry, the original offset is the folded one plus `.1`. Text
    /// that folds to itself needs one entry, however long it is.
    shifts: Vec<(usize, usize)>,
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

/// Whether a byte is a whole character that folds to itself or is a
/// space: printable ASCII other than the backtick.
fn plain_or_space(b: u8) -> bool {
    (b' '..0x7f).contains(&b) & (b != b'`')
}

/// The length of the run of `plain_or_space` bytes at the start of
/// `bytes`: 32 bytes at a time, each block with a test the compiler
/// vectorises, then byte by byte.
fn plain_run(bytes: &[u8]) -> usize {
    let mut n = 0;
    for block in bytes.chunks_exact(32) {
        if !block.iter().fold(true, |all, &b| all & plain_or_space(b)) {
            break;
        }
        n += 32;
    }
    n + bytes[n..]
        .iter()
        .position(|&b| !plain_or_space(b))
        .unwrap_or(bytes.len() - n)
}

/// Fold `text`: runs of white space become one space, quotes are straightened.
pub fn fold(text: &str) -> Folded {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut shifts: Vec<(usize, usize)> = Vec::new();
    // Record that the character about to be written at `out.len()` came from `i`.
    let mut mark = |out: &String, i: usize| {
        let (at, shift) = (out.len(), i - out.len());
        if shifts.last().is_none_or(|&(_, s)| s != shift) {
            shifts.push((at, shift));
        }
    };
    let mut in_space = false;
    let mut i = 0;
    while i < bytes.len() {
        // A run of characters that fold to themselves, lone spaces among
        // them, is copied whole: up to the first byte that is neither, or
        // through the first of two spaces, or not at all when it starts
        // with a space after white space.
        let start = i;
        let run = &bytes[start..start + plain_run(&bytes[start..])];
        let end = if in_space && run.first() == Some(&b' ') {
            start
        } else {
            start + memchr::memmem::find(run, b"  ").map_or(run.len(), |k| k + 1)
        };
        if end > start {
            in_space = bytes[end - 1] == b' ';
            mark(&out, start);
            out.push_str(&text[start..end]);
            i = end;
            continue;
        }
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        if c.is_whitespace() {
            if !in_space {
                mark(&out, i);
                out.push(' ');
            }
            in_space = true;
        } else {
            in_space = false;
            mark(&out, i);
            out.push(fold_char(c));
        }
        i += c.len_utf8();
    }
    Folded {
        text: out,
        shifts,
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
        if i >= self.text.len() {
            return self.original_len;
        }
        // A byte inside a character maps where the character's first byte does.
        let mut at = i;
        while !self.text.is_char_boundary(at) {
            at -= 1;
        }
        let k = self.shifts.partition_point(|&(start, _)| start <= at);
        at + k
            .checked_sub(1)
            .and_then(|k| self.shifts.get(k))
            .map_or(0, |&(_, s)| s)
    }

    /// Original byte range of the folded range `start..end`.
    pub fn original_range(&self, start: usize, end: usize) -> (usize, usize) {
        let s = self.original(start);
        let e = if end == 0 {
            0
        } else if end >= self.text.len() {
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
    // Non-overlapping occurrences, left to right, as `str::match_indices` gives them.
    let finder = memchr::memmem::Finder::new(needle.as_bytes());
    let bytes = hay.text.as_bytes();
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(i) = finder.find(&bytes[at..]) {
        let start = at + i;
        let end = start + needle.len();
        out.push(hay.original_range(start, end));
        at = end;
    }
    out
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

    /// The fold as it was first written: a map entry for every folded byte.
    fn fold_by_byte(text: &str) -> (String, Vec<usize>) {
        let mut out = String::new();
        let mut origin = Vec::new();
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
            let start = out.len();
            out.push(fold_char(c));
            origin.extend(std::iter::repeat_n(i, out.len() - start));
        }
        (out, origin)
    }

    #[test]
    fn fold_maps_every_offset_as_a_map_of_every_byte_would() {
        let alphabet = [
            "a",
            "b",
            " ",
            "  ",
            "\n",
            "\t",
            "\u{0B}",
            "\u{1F}",
            "\u{85}",
            "\u{A0}",
            "\u{2019}",
            "\u{201C}",
            "`",
            "\u{B4}",
            "\u{E9}",
            "\u{4E2D}",
            "\u{3000}",
            "\"",
            "'",
            "\u{1F600}",
            "\u{7F}",
            "\r\n",
        ];
        let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for _ in 0..2000 {
            let len = (next() % 24) as usize;
            let text: String = (0..len)
                .map(|_| alphabet[(next() % alphabet.len() as u64) as usize])
                .collect();
            let (want, origin) = fold_by_byte(&text);
            let folded = fold(&text);
            assert_eq!(folded.text, want, "{text:?}");
            for i in 0..=want.len() + 1 {
                let expected = origin.get(i).copied().unwrap_or(text.len());
                assert_eq!(folded.original(i), expected, "{text:?} at {i}");
            }
        }
    }

    #[test]
    fn line_and_column_count_characters() {
        let text = "ab\nc\u{e9}d".as_bytes();
        assert_eq!(line_column(text, 0), (1, 1));
        assert_eq!(line_column(text, 3), (2, 1));
        assert_eq!(line_column(text, 6), (2, 3));
    }
}
