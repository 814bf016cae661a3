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
    if plainly_harmless(text.as_bytes()) {
        return Cow::Borrowed(text);
    }
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

/// Whether `bytes` (UTF-8) certainly hold no character [`terminal`] would
/// show escaped: no C0 control but line feed and tab, no DEL, no C1 control
/// (`C2 80`–`C2 9F`) and no bidirectional override or isolate (`E2 80 AA`–`AE`,
/// `E2 81 A6`–`A9`). Looked at 64 bytes at a time, each block with a test
/// the compiler vectorises; only a block holding a byte that may start
/// one is looked at closely. A carriage return counts as hostile here: the
/// careful path tells a line end (CR LF) from a lone one.
fn plainly_harmless(bytes: &[u8]) -> bool {
    let suspect = |b: u8| (b < 0x20 && b != b'\n') | (b == 0x7f) | (b == 0xc2) | (b == 0xe2);
    let mut at = 0;
    for block in bytes.chunks(64) {
        if block.iter().fold(false, |any, &b| any | suspect(b)) {
            for (i, &b) in block.iter().enumerate() {
                let next = |k: usize| bytes.get(at + i + k).copied().unwrap_or(0);
                let hostile = match b {
                    0x00..=0x1f => b != b'\n' && b != b'\t',
                    0x7f => true,
                    0xc2 => (0x80..=0x9f).contains(&next(1)),
                    0xe2 => match next(1) {
                        0x80 => (0xaa..=0xae).contains(&next(2)),
                        0x81 => (0xa6..=0xa9).contains(&next(2)),
                        _ => false,
                    },
                    _ => false,
                };
                if hostile {
                    return false;
                }
            }
        }
        at += block.len();
    }
    true
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
    let bytes = json.as_bytes();
    // U+2028 and U+2029 are `E2 80 A8` and `E2 80 A9` in UTF-8.
    let separators = memchr::memmem::find(bytes, "\u{2028}".as_bytes()).is_some()
        || memchr::memmem::find(bytes, "\u{2029}".as_bytes()).is_some();
    if !separators && memchr::memchr3(b'<', b'>', b'&', bytes).is_none() {
        return json;
    }
    let mut out = String::with_capacity(json.len() + 32);
    let mut copied = 0;
    let mut i = 0;
    while i < bytes.len() {
        let escape = match bytes[i] {
            b'<' => Some(("\\u003c", 1)),
            b'>' => Some(("\\u003e", 1)),
            b'&' => Some(("\\u0026", 1)),
            0xe2 if bytes[i..].starts_with("\u{2028}".as_bytes()) => Some(("\\u2028", 3)),
            0xe2 if bytes[i..].starts_with("\u{2029}".as_bytes()) => Some(("\\u2029", 3)),
            _ => None,
        };
        match escape {
            // Both an ASCII byte and a character's first byte are char boundaries.
            Some((text, len)) => {
                out.push_str(&json[copied..i]);
                out.push_str(text);
                i += len;
                copied = i;
            }
            None => i += 1,
        }
    }
    out.push_str(&json[copied..]);
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
    fn the_quick_test_passes_only_text_without_hostile_characters() {
        let mut chars: Vec<char> = (0..0x3000u32).filter_map(char::from_u32).collect();
        chars.extend(['\u{feff}', '\u{1f600}', '\u{10ffff}', '\u{fffd}']);
        for c in chars {
            // Around the 64-byte blocks' edges, and split across one.
            for at in [0, 1, 61, 62, 63, 64, 65, 130] {
                let text = format!("{}{c}{}", "x".repeat(at), "é y\n\t".repeat(20));
                let hostile_here = text.chars().any(hostile);
                assert_eq!(
                    plainly_harmless(text.as_bytes()),
                    !hostile_here,
                    "{c:?} at {at}"
                );
                if !hostile_here {
                    assert!(matches!(terminal(&text, false), Cow::Borrowed(_)));
                }
            }
        }
        assert!(
            !plainly_harmless(b"a\r\nb"),
            "a carriage return takes the careful path"
        );
        assert_eq!(terminal("a\r\nb", false), "a\r\nb");
        assert_eq!(terminal("a\rb", false), "a\\u{d}b");
    }

    #[test]
    fn json_for_html_escapes_at_any_place() {
        for text in [
            "<",
            "a&b",
            "\u{2028}",
            "x\u{2029}y",
            "é<é>\u{2027}\u{202a}&",
        ] {
            let json = serde_json::to_string(text).unwrap();
            let slow: String = json
                .chars()
                .map(|c| match c {
                    '<' => "\\u003c".to_string(),
                    '>' => "\\u003e".to_string(),
                    '&' => "\\u0026".to_string(),
                    '\u{2028}' => "\\u2028".to_string(),
                    '\u{2029}' => "\\u2029".to_string(),
                    c => c.to_string(),
                })
                .collect();
            assert_eq!(json_for_html(json), slow);
        }
    }

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
