//! Escaping untrusted text for where it goes: the terminal, and JSON that
//! may be pasted into an HTML `<script>` element.
//!
//! Article text, imports, web pages and the store's own files may hold
//! control characters: an `ESC ] 52` sequence writes the clipboard,
//! `ESC [ 2K ESC [ 1A` erases the line above, `ESC [ 8m` hides what
//! follows, a right-to-left override reorders what is read. Everything
//! printed passes through [`terminal`], which shows such characters as
//! `\u{1b}` instead, whether or not the output is a terminal.

use std::borrow::Cow;

/// Whether `c` must not reach a terminal raw: C0 controls other than line
/// feed and tab, DEL, C1 controls, and the bidirectional overrides and
/// isolates.
fn hostile(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// `text` with every hostile character shown as `\u{…}`. When `styles` is
/// true, the colour sequences this program writes itself (`ESC [ … m` with
/// colour, bold, dim and reset parameters only) are kept; every other
/// escape sequence is shown, never sent.
pub fn terminal(text: &str, styles: bool) -> Cow<'_, str> {
    let lone_cr = |t: &str| {
        t.match_indices('\r')
            .any(|(i, _)| !t[i + 1..].starts_with('\n'))
    };
    if !text.chars().any(|c| hostile(c) && c != '\r') && !lone_cr(text) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        if c == '\u{1b}' && styles {
            if let Some(len) = own_style(rest) {
                out.push_str(&rest[..len]);
                rest = &rest[len..];
                continue;
            }
        }
        if c == '\r' && rest[1..].starts_with('\n') {
            // A line end (CSV's CR LF), not a return to the line's start.
            out.push(c);
        } else if hostile(c) {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
        rest = &rest[c.len_utf8()..];
    }
    Cow::Owned(out)
}

/// The length of a colour sequence as this program writes it at the start
/// of `text`: `ESC [`, parameters from {0, 1, 2, 22, 39, 30–37, 90–97}
/// separated by `;`, then `m`.
fn own_style(text: &str) -> Option<usize> {
    let body = text.strip_prefix("\u{1b}[")?;
    let end = body.find('m')?;
    let params = &body[..end];
    let ok = params.is_empty()
        || params.split(';').all(|p| {
            matches!(p.parse::<u8>(), Ok(0 | 1 | 2 | 22 | 39 | 30..=37 | 90..=97))
                && !p.starts_with('+')
        });
    ok.then_some(2 + end + 1)
}

/// `value` as pretty-printed JSON made safe for HTML (see [`json_for_html`]).
pub fn json<T: serde::Serialize + ?Sized>(value: &T) -> String {
    json_for_html(serde_json::to_string_pretty(value).unwrap_or_default())
}

/// JSON text made safe to paste into an HTML `<script>` element (JSON-LD)
/// and into any HTML: `<`, `>` and `&` written as `\u003c`, `\u003e` and
/// `\u0026`, and the JavaScript line terminators U+2028 and U+2029 as
/// escapes too. Outside strings JSON never holds these characters, so the
/// result is the same JSON value.
pub fn json_for_html(json: String) -> String {
    if !json.contains(['<', '>', '&', '\u{2028}', '\u{2029}']) {
        return json;
    }
    let mut out = String::with_capacity(json.len() + 32);
    for c in json.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out
}

/// A parser's message without the content of the file it came from.
/// Messages such as `invalid type: string "…"` quote a value whole (a
/// token, a line of a file reached through a link); such values are left
/// out. A short name in backticks (`` unknown field `statu` ``) is kept, as
/// it says what to fix; a long one is left out too.
pub fn redact_message(message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    let mut rest = message;
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix("string \"") {
            // serde writes the value as a Rust string literal.
            let mut end = None;
            let mut escaped = false;
            for (i, c) in after.char_indices() {
                match c {
                    _ if escaped => escaped = false,
                    '\\' => escaped = true,
                    '"' => {
                        end = Some(i);
                        break;
                    }
                    _ => {}
                }
            }
            if let Some(end) = end {
                out.push_str("a string");
                rest = &after[end + 1..];
                continue;
            }
        }
        if let Some(after) = rest.strip_prefix('`') {
            if let Some(end) = after.find('`') {
                let name = &after[..end];
                if name.chars().count() <= 32 && !name.chars().any(hostile) {
                    out.push('`');
                    out.push_str(name);
                    out.push('`');
                } else {
                    out.push_str("(a long name, not shown)");
                }
                rest = &after[end + 1..];
                continue;
            }
        }
        let c = rest.chars().next().unwrap_or_default();
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_are_shown_not_sent() {
        let hostile =
            "a\u{1b}]52;c;SGVsbG8=\u{7}b\u{1b}[2K\u{1b}[1A\u{1b}[8mc\u{9b}31m\u{202e}d\re\u{7f}";
        let shown = terminal(hostile, false);
        for bad in ['\u{1b}', '\u{7}', '\u{9b}', '\u{202e}', '\r', '\u{7f}'] {
            assert!(!shown.contains(bad), "{shown:?}");
        }
        assert!(shown.starts_with("a\\u{1b}]52;c;"), "{shown}");
        assert_eq!(terminal("plain\ttext\nok", false), "plain\ttext\nok");
        assert_eq!(terminal("a,b\r\nc,d\r\n", false), "a,b\r\nc,d\r\n");
        assert_eq!(terminal("secret\rshown", false), "secret\\u{d}shown");
        assert!(matches!(terminal("plain", true), Cow::Borrowed(_)));
    }

    #[test]
    fn only_this_programs_own_colours_are_kept() {
        let ours = "\u{1b}[33mflag\u{1b}[0m \u{1b}[1mbold\u{1b}[0m \u{1b}[m";
        assert_eq!(terminal(ours, true), ours);
        assert_eq!(terminal(ours, false).matches("\\u{1b}").count(), 5);
        for theirs in [
            "\u{1b}[8m",
            "\u{1b}[2K",
            "\u{1b}[1A",
            "\u{1b}[38;5;1m",
            "\u{1b}]0;x\u{7}",
        ] {
            assert!(!terminal(theirs, true).contains('\u{1b}'), "{theirs:?}");
        }
    }

    #[test]
    fn messages_never_quote_a_files_content() {
        assert_eq!(
            redact_message(
                r#"invalid type: string "https://a:ghp_x@h \"q\"", expected struct Claim"#
            ),
            "invalid type: a string, expected struct Claim"
        );
        assert_eq!(
            redact_message("unknown field `statu`, expected one of `id`, `status`"),
            "unknown field `statu`, expected one of `id`, `status`"
        );
        let long = format!("unknown variant `{}`, expected `a`", "x".repeat(40));
        assert_eq!(
            redact_message(&long),
            "unknown variant (a long name, not shown), expected `a`"
        );
    }

    #[test]
    fn json_for_html_keeps_the_value() {
        let value = serde_json::json!({"t": "x </script><script>alert(1)</script> & \u{2028}"});
        let json = json_for_html(serde_json::to_string(&value).unwrap());
        assert!(!json.contains(['<', '>', '&', '\u{2028}']), "{json}");
        let back: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(back, value);
    }
}
