//! A bound on how deeply a YAML document nests, found in one linear pass
//! before the document is parsed.
//!
//! The general parser's scanner takes time proportional to the flow
//! nesting depth for every token (`rating: [[[[…]]]]` of 400 KB took 80 s),
//! and block collections nested on one line (`- - - - …`) cost memory for
//! each level. Claim files nest a handful of levels, so anything deeper
//! than [`MAX_DEPTH`] is refused before the parser sees it.
//!
//! The bound errs on the high side, never the low one: this pass sees
//! brackets the parser would not count (in plain text, on continuation
//! lines) but never misses one it would. Every line-break convention the
//! parser honours (LF, CR, CRLF, NEL, LS, PS) ends a line here too. Where
//! the structure cannot be told without a full parse (a quoted scalar over
//! several lines) every later `[` and `{` counts, and no closing bracket.

/// The deepest nesting a document may have: far beyond any claim file,
/// far below where parsing time grows.
pub(super) const MAX_DEPTH: usize = 64;

/// The byte offset where `text` first nests deeper than [`MAX_DEPTH`], if it does.
pub(super) fn too_deep(text: &str) -> Option<usize> {
    Scan {
        b: text.as_bytes(),
        i: 0,
        indents: Vec::new(),
        line_depth: 0,
        flow: 0,
    }
    .run()
}

struct Scan<'a> {
    b: &'a [u8],
    i: usize,
    /// Columns of the block collections open at the current line.
    indents: Vec<usize>,
    /// Compact collections opened on the current line (`- - x`, `? x`).
    line_depth: usize,
    /// Open flow collections.
    flow: usize,
}

/// The length of the line break at `i`, or 0.
fn break_len(b: &[u8], i: usize) -> usize {
    match b.get(i..) {
        Some([b'\r', b'\n', ..]) => 2,
        Some([b'\n' | b'\r', ..]) => 1,
        Some([0xc2, 0x85, ..]) => 2,
        Some([0xe2, 0x80, 0xa8 | 0xa9, ..]) => 3,
        _ => 0,
    }
}

fn is_blank(c: u8) -> bool {
    c == b' ' || c == b'\t'
}

/// Whether `c` ends a token in flow context.
fn is_flow_indicator(c: u8) -> bool {
    matches!(c, b',' | b'[' | b']' | b'{' | b'}')
}

impl Scan<'_> {
    fn depth(&self) -> usize {
        self.indents.len() + self.line_depth + self.flow
    }

    fn at(&self, i: usize) -> Option<u8> {
        self.b.get(i).copied()
    }

    fn at_break(&self, i: usize) -> bool {
        i >= self.b.len() || break_len(self.b, i) > 0
    }

    /// Whether the byte at `i` is followed by a blank, a break or the end.
    fn spaced(&self, i: usize) -> bool {
        self.at(i + 1).is_none_or(is_blank) || self.at_break(i + 1)
    }

    fn run(mut self) -> Option<usize> {
        while self.i < self.b.len() {
            if let Some(at) = self.block_line() {
                return Some(at);
            }
        }
        None
    }

    /// Past the end of the current line (and its break).
    fn next_line(&mut self) {
        while self.i < self.b.len() {
            let n = break_len(self.b, self.i);
            if n > 0 {
                self.i += n;
                return;
            }
            self.i += 1;
        }
    }

    /// One line in block context, starting at its first byte.
    fn block_line(&mut self) -> Option<usize> {
        let start = self.i;
        while self.at(self.i) == Some(b' ') {
            self.i += 1;
        }
        let indent = self.i - start;
        if self.at_break(self.i) || self.at(self.i) == Some(b'#') {
            self.next_line();
            return None;
        }
        while self.indents.last().is_some_and(|&top| top > indent) {
            self.indents.pop();
        }
        if self.indents.last().is_none_or(|&top| top < indent) {
            self.indents.push(indent);
        }
        self.line_depth = 0;
        if self.depth() > MAX_DEPTH {
            return Some(self.i);
        }
        // The column of the collection a block scalar on this line belongs to.
        let mut owner = indent;
        loop {
            let line_start = start;
            // Compact collections: `- `, `? `, `: `.
            while let Some(c @ (b'-' | b'?' | b':')) = self.at(self.i) {
                if !self.spaced(self.i) {
                    break;
                }
                owner = self.i - line_start;
                self.i += 1;
                self.skip_blanks();
                if c != b':' {
                    self.line_depth += 1;
                    if self.depth() > MAX_DEPTH {
                        return Some(self.i);
                    }
                }
            }
            self.skip_properties(true)?;
            match self.at(self.i) {
                None => return None,
                _ if self.at_break(self.i) => {
                    self.next_line();
                    return None;
                }
                Some(b'#') => {
                    self.next_line();
                    return None;
                }
                Some(b'[' | b'{') => {
                    if let Some(at) = self.flow_collection() {
                        return Some(at);
                    }
                }
                Some(q @ (b'\'' | b'"')) => {
                    if !self.quoted(q) {
                        return self.pessimistic();
                    }
                }
                Some(b'|' | b'>') => {
                    self.next_line();
                    self.skip_block_scalar(owner);
                    return None;
                }
                Some(_) => {
                    let key_col = self.i - line_start;
                    if !self.block_plain() {
                        return None; // the rest of the line was text or a comment
                    }
                    owner = key_col;
                    continue;
                }
            }
            // After a flow collection or a quoted scalar: a `:` and a value, or the end.
            self.skip_blanks();
            match self.at(self.i) {
                Some(b':') if self.spaced(self.i) => continue,
                _ => {
                    self.next_line();
                    return None;
                }
            }
        }
    }

    fn skip_blanks(&mut self) {
        while self.at(self.i).is_some_and(is_blank) {
            self.i += 1;
        }
    }

    /// Anchors, aliases and tags before a node. In a tag, `[` and `{` count
    /// as openers (the parser may end the tag there), `]` and `}` never close.
    fn skip_properties(&mut self, _block: bool) -> Option<()> {
        while let Some(c @ (b'&' | b'*' | b'!')) = self.at(self.i) {
            self.i += 1;
            while let Some(d) = self.at(self.i) {
                if is_blank(d) || self.at_break(self.i) {
                    break;
                }
                if c != b'!' && is_flow_indicator(d) {
                    break;
                }
                if c == b'!' && matches!(d, b'[' | b'{') {
                    // Counted as if it opened a collection; never closed.
                    self.flow += 1;
                }
                self.i += 1;
            }
            self.skip_blanks();
        }
        Some(())
    }

    /// A plain scalar in block context from the current byte: it ends at
    /// `: ` (a key, returns true: a value follows), ` #` or the line's end.
    fn block_plain(&mut self) -> bool {
        while !self.at_break(self.i) {
            let c = self.b[self.i];
            if c == b':' && self.spaced(self.i) {
                self.i += 1;
                self.skip_blanks();
                return true;
            }
            if c == b'#' && self.i > 0 && is_blank(self.b[self.i - 1]) {
                break;
            }
            self.i += 1;
        }
        self.next_line();
        false
    }

    /// A quoted scalar starting at the current byte. Returns false when it
    /// runs over a line break (or is never closed): the structure after it
    /// cannot be told without a full parse.
    fn quoted(&mut self, q: u8) -> bool {
        let mut i = self.i + 1;
        while i < self.b.len() {
            let c = self.b[i];
            if break_len(self.b, i) > 0 {
                return false;
            }
            if q == b'"' && c == b'\\' {
                i += 2;
                continue;
            }
            if c == q {
                if q == b'\'' && self.at(i + 1) == Some(b'\'') {
                    i += 2;
                    continue;
                }
                self.i = i + 1;
                return true;
            }
            i += 1;
        }
        false
    }

    /// From here on, every `[` and `{` counts and nothing closes.
    fn pessimistic(&mut self) -> Option<usize> {
        let mut depth = self.depth();
        for (i, c) in self.b[self.i..].iter().enumerate() {
            if matches!(c, b'[' | b'{') {
                depth += 1;
                if depth > MAX_DEPTH {
                    return Some(self.i + i);
                }
            }
        }
        self.i = self.b.len();
        None
    }

    /// The lines of a block scalar whose header ended the previous line:
    /// those indented past the owning collection's column, as deep as the
    /// first of them or deeper.
    fn skip_block_scalar(&mut self, owner: usize) {
        let mut content: Option<usize> = None;
        while self.i < self.b.len() {
            let start = self.i;
            let mut j = start;
            while self.at(j) == Some(b' ') {
                j += 1;
            }
            let indent = j - start;
            if self.at_break(j) {
                self.i = j;
                self.next_line();
                continue;
            }
            let needed = *content.get_or_insert(indent);
            if needed <= owner || indent < needed {
                self.i = start;
                return;
            }
            self.i = j;
            self.next_line();
        }
    }

    /// A flow collection opening at the current byte, up to its close (or
    /// the end of the text). Continues the line after it in block context.
    fn flow_collection(&mut self) -> Option<usize> {
        // `token_start`: whether a quoted scalar may begin here.
        let mut token_start = true;
        while self.i < self.b.len() {
            let n = break_len(self.b, self.i);
            if n > 0 {
                self.i += n;
                token_start = true;
                continue;
            }
            let c = self.b[self.i];
            match c {
                b' ' | b'\t' => {
                    self.i += 1;
                    token_start = true;
                }
                b'#' if token_start => {
                    self.next_line();
                }
                b'[' | b'{' => {
                    self.flow += 1;
                    self.i += 1;
                    token_start = true;
                    if self.depth() > MAX_DEPTH {
                        return Some(self.i - 1);
                    }
                }
                b']' | b'}' => {
                    self.flow = self.flow.saturating_sub(1);
                    self.i += 1;
                    token_start = true;
                    if self.flow == 0 {
                        return None;
                    }
                }
                b',' => {
                    self.i += 1;
                    token_start = true;
                }
                b'\'' | b'"' if token_start => {
                    if !self.quoted(c) {
                        return self.pessimistic();
                    }
                    token_start = false;
                }
                b'&' | b'*' | b'!' if token_start => {
                    self.skip_properties(false)?;
                    if self.depth() > MAX_DEPTH {
                        return Some(self.i);
                    }
                    token_start = true;
                }
                b'?' | b':' | b'-' if token_start && self.spaced(self.i) => {
                    self.i += 1;
                    token_start = true;
                }
                _ => {
                    // A plain scalar: up to a flow indicator, `: ` or ` #`.
                    self.i += 1;
                    while let Some(d) = self.at(self.i) {
                        if is_flow_indicator(d) || self.at_break(self.i) {
                            break;
                        }
                        if d == b':'
                            && (self.spaced(self.i)
                                || self.at(self.i + 1).is_some_and(is_flow_indicator))
                        {
                            break;
                        }
                        if d == b'#' && is_blank(self.b[self.i - 1]) {
                            break;
                        }
                        self.i += 1;
                    }
                    token_start = self.at(self.i) == Some(b':') || self.at(self.i) == Some(b'#');
                    if self.at(self.i) == Some(b':') {
                        self.i += 1;
                    }
                }
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn claim_shaped_documents_pass() {
        let text = "id: c1\nstatement: 'a [sic] b' [not a list\nrating: [[[a]]]\ntags: [x, y]\nhistory:\n- rev: 1\n  changes:\n    tags: {to: [a, b]}\n    note: |\n      [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\n  by: x\n";
        assert_eq!(too_deep(text), None);
        let brackets = format!("statement: '{}'\n", "[".repeat(500));
        assert_eq!(too_deep(&brackets), None);
        let plain = format!("statement: a {}\n", "[".repeat(500));
        assert_eq!(too_deep(&plain), None);
        let in_flow = format!("tags: ['{}', \"{}\"]\n", "[".repeat(500), "{".repeat(500));
        assert_eq!(too_deep(&in_flow), None);
    }

    #[test]
    fn deep_nesting_is_found_whatever_the_line_breaks() {
        for br in ["\n", "\r", "\r\n", "\u{85}", "\u{2028}", "\u{2029}"] {
            let flow = format!(
                "id: c{br}rating: {}{}{br}",
                format!("[{br}").repeat(100),
                "]".repeat(100)
            );
            assert!(too_deep(&flow).is_some(), "{br:?}");
            let block: String = (0..100)
                .map(|i| format!("{}- {br}", " ".repeat(i)))
                .collect();
            assert!(too_deep(&format!("a:{br}{block}")).is_some(), "{br:?}");
        }
    }

    #[test]
    fn hiding_places_do_not_hide_openers() {
        let cases = [
            format!("r: {}", "[ \"]\" ".repeat(100)),
            format!("r: {}", "[ #]\n".repeat(100)),
            format!("r: {}", "{a: ".repeat(100)),
            format!("r:\n{}x", "- ".repeat(100)),
            format!("r:\n{}x", "? ".repeat(100)),
            format!("r: {}", "[ !t] ".repeat(100)),
            format!("s: x\n  \"\nr: {}\n\"\n", "[".repeat(100)),
            format!("- k: |\n  r: {}\n", "[".repeat(100)),
            format!("r: [\n'\n{}\n'", "[".repeat(100)),
        ];
        for case in &cases {
            assert!(too_deep(case).is_some(), "{case:?}");
        }
    }

    #[test]
    fn the_pass_is_linear() {
        let text = "[".repeat(2 << 20);
        let start = std::time::Instant::now();
        assert!(too_deep(&text).is_some_and(|at| at < 100));
        let text = format!("a: [{}]\n", "x, ".repeat(500_000));
        assert_eq!(too_deep(&text), None);
        assert!(start.elapsed().as_secs() < 5);
    }
}
