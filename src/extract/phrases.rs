//! Noun phrases: where one ends, read to the left or to the right of a cue.

use super::tokens::Token;

pub(crate) fn trim_np<'t, 'a>(np: &'t [Token<'a>]) -> &'t [Token<'a>] {
    let mut s = 0;
    let mut e = np.len();
    while s < e && !np[s].is_word() {
        s += 1;
    }
    while e > s && !np[e - 1].is_word() {
        e -= 1;
    }
    &np[s..e]
}

pub(crate) fn matches_at(tokens: &[Token], i: usize, phrase: &[&str]) -> bool {
    phrase.len() + i <= tokens.len()
        && phrase
            .iter()
            .enumerate()
            .all(|(k, w)| tokens[i + k].lower == *w)
}

/// Tokens that end a noun phrase read to the right.
fn ends_np(t: &Token) -> bool {
    if t.is_word() && t.is_cap() {
        return false;
    }
    matches!(
        t.low(),
        "," | ";"
            | "."
            | ":"
            | "that"
            | "who"
            | "which"
            | ")"
            | "("
            | "\u{2014}"
            | "\u{2013}"
            | "-"
            | "on"
            | "as"
            | "when"
            | "after"
            | "before"
            | "while"
            | "because"
            | "if"
            | "and"
            | "to"
            | "in"
    ) || t.is_quote_mark()
}

/// Tokens that end a noun phrase read to the left.
pub(crate) fn starts_np(t: &Token) -> bool {
    matches!(
        t.low(),
        ";" | ":"
            | "("
            | ")"
            | "\u{2014}"
            | "\u{2013}"
            | "that"
            | "but"
            | "because"
            | "although"
            | "though"
            | "while"
            | "and"
            | "so"
            | "when"
            | "if"
            | "after"
            | "before"
            | "until"
            | "unless"
            | "since"
            | "whereas"
    ) || t.is_quote_mark()
}

/// The noun phrase to the right of `s`, and where it ends.
pub(crate) fn np_right<'t, 'a>(tokens: &'t [Token<'a>], s: usize) -> (&'t [Token<'a>], usize) {
    let mut e = s;
    while e < tokens.len() && e - s < 14 {
        let t = &tokens[e];
        // "and" inside a name of capitalised words: "Customs and Border Protection"
        let keep_and = t.lower == "and"
            && e > s
            && tokens[e - 1].is_cap()
            && tokens.get(e + 1).is_some_and(|n| n.is_cap());
        let keep_prep = matches!(t.low(), "to" | "in" | "on")
            && tokens
                .get(e + 1)
                .is_some_and(|n| n.is_cap() || matches!(n.low(), "the" | "a"))
            && !tokens.get(e + 1).is_some_and(|n| {
                n.lower == "the" && tokens.get(e + 2).is_some_and(|m| m.lower == "end")
            });
        if ends_np(t) && !keep_and && !(keep_prep && e > s) {
            break;
        }
        e += 1;
    }
    (&tokens[s..e], e)
}
