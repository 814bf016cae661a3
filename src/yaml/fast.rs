//! A fast reader for the YAML this program writes, falling back to the full parser.
//!
//! Claim files are written in a small canonical subset of YAML: block
//! mappings with plain keys, block sequences, plain, single- and
//! double-quoted scalars on one line, `|` and `|-` literal blocks, `[]` and
//! `{}`. This reader turns exactly that subset into a JSON value, several
//! times faster than the general parser. On anything else (comments,
//! anchors, tags, flow collections, multi-line scalars, numbers other than
//! plain decimal integers, duplicate keys, deep nesting) it returns `None`
//! and the caller uses the general parser, which also gives every error
//! message. For any text it accepts it must give the value the general
//! parser gives; the `yaml_fast` fuzz target checks that.

use serde_json::{Map, Number, Value};

const MAX_DEPTH: usize = 48;

/// The value of `text`, when it is in the subset this reader knows.
pub fn parse(text: &str) -> Option<Value> {
    // Tabs and carriage returns have rules of their own: the general parser
    // takes them. Comments, anchors, aliases, tags and directives are refused
    // where a node or a key starts (see `plain` and `key_of`).
    // Characters YAML does not allow (control characters) are refused by the
    // general parser with its message.
    if text.contains(['\t', '\r']) || !text.chars().all(printable) {
        return None;
    }
    let mut p = Parser {
        lines: text.split('\n').collect(),
        pos: 0,
        pending: None,
    };
    p.skip_blank();
    p.peek()?;
    let value = p.node(0, 0)?;
    p.skip_blank();
    p.peek().is_none().then_some(value)
}

struct Parser<'a> {
    lines: Vec<&'a str>,
    pos: usize,
    /// What follows `- ` on the current line, with its column.
    pending: Option<(usize, &'a str)>,
}

impl<'a> Parser<'a> {
    fn skip_blank(&mut self) {
        if self.pending.is_some() {
            return;
        }
        while self
            .lines
            .get(self.pos)
            .is_some_and(|l| l.trim_start_matches(' ').is_empty())
        {
            self.pos += 1;
        }
    }

    /// The current line's column and content (after the indentation).
    fn peek(&self) -> Option<(usize, &'a str)> {
        if let Some(p) = self.pending {
            return Some(p);
        }
        let line = *self.lines.get(self.pos)?;
        let content = line.trim_start_matches(' ');
        Some((line.len() - content.len(), content))
    }

    /// Past the current line (a pending rest of a line is on that line).
    fn advance(&mut self) {
        self.pending = None;
        self.pos += 1;
        self.skip_blank();
    }

    /// The node starting at the current line, at column `indent`.
    fn node(&mut self, indent: usize, depth: usize) -> Option<Value> {
        if depth > MAX_DEPTH {
            return None;
        }
        let (col, content) = self.peek()?;
        if col != indent {
            return None;
        }
        if content == "-" || content.starts_with("- ") {
            self.sequence(indent, depth)
        } else {
            self.mapping(indent, depth)
        }
    }

    fn sequence(&mut self, indent: usize, depth: usize) -> Option<Value> {
        let mut items = Vec::new();
        while let Some((col, content)) = self.peek() {
            if col != indent || !(content == "-" || content.starts_with("- ")) {
                break;
            }
            let rest = content.get(1..).unwrap_or("").trim_start_matches(' ');
            let rest_col = col + (content.len() - rest.len());
            if rest.is_empty() {
                // `-` alone: the item is on the next lines, or null.
                self.advance();
                match self.peek() {
                    Some((c, _)) if c > indent => items.push(self.node(c, depth + 1)?),
                    _ => items.push(Value::Null),
                }
            } else if rest.starts_with("- ") || rest == "-" || key_of(rest).is_some() {
                self.pending = Some((rest_col, rest));
                items.push(self.node(rest_col, depth + 1)?);
            } else {
                let value = self.inline(rest, indent)?;
                items.push(value);
            }
            if let Some((c, _)) = self.peek() {
                if c > indent {
                    return None;
                }
            }
        }
        Some(Value::Array(items))
    }

    fn mapping(&mut self, indent: usize, depth: usize) -> Option<Value> {
        let mut map = Map::new();
        while let Some((col, content)) = self.peek() {
            if col < indent {
                break;
            }
            if col > indent || content.starts_with("- ") || content == "-" {
                return None;
            }
            let (key, rest) = key_of(content)?;
            if map.contains_key(key) {
                return None;
            }
            let value = if rest.is_empty() {
                self.advance();
                match self.peek() {
                    Some((c, _)) if c > indent => self.node(c, depth + 1)?,
                    Some((c, next)) if c == indent && (next.starts_with("- ") || next == "-") => {
                        self.sequence(indent, depth + 1)?
                    }
                    _ => Value::Null,
                }
            } else {
                self.inline(rest, indent)?
            };
            map.insert(key.to_string(), value);
        }
        Some(Value::Object(map))
    }

    /// A value written on the line itself; consumes the line (and a block's lines).
    fn inline(&mut self, text: &'a str, indent: usize) -> Option<Value> {
        if text == "|" || text == "|-" {
            self.pending = None;
            self.pos += 1;
            return self.block(indent, text == "|-").map(Value::String);
        }
        let value = scalar(text)?;
        self.advance();
        Some(value)
    }

    /// The lines of a literal block more indented than `indent`.
    fn block(&mut self, indent: usize, strip: bool) -> Option<String> {
        let mut lines: Vec<&str> = Vec::new();
        let mut block_indent = None;
        while let Some(line) = self.lines.get(self.pos) {
            let content = line.trim_start_matches(' ');
            let col = line.len() - content.len();
            if content.is_empty() {
                match block_indent {
                    // Spaces past the block's indentation would be text.
                    Some(bi) if line.len() <= bi => lines.push(""),
                    _ => return None,
                }
                self.pos += 1;
                continue;
            }
            if col <= indent {
                break;
            }
            let bi = *block_indent.get_or_insert(col);
            if col < bi {
                return None;
            }
            lines.push(&line[bi..]);
            self.pos += 1;
        }
        block_indent?;
        // A block running to the end of a text without a final line break:
        // its chomping has rules of its own.
        if self.pos >= self.lines.len() && self.lines.last().is_some_and(|l| !l.is_empty()) {
            return None;
        }
        // Trailing empty lines belong to the chomping, not to the text.
        while lines.last() == Some(&"") {
            lines.pop();
        }
        let mut out = lines.join("\n");
        if !strip {
            out.push('\n');
        }
        self.skip_blank();
        Some(out)
    }
}

/// A character YAML allows in a document (besides tab and carriage return).
fn printable(c: char) -> bool {
    matches!(c, '\n' | '\u{20}'..='\u{7e}' | '\u{85}' | '\u{a0}'..='\u{d7ff}' | '\u{e000}'..='\u{fffd}')
        || c >= '\u{10000}'
}

/// `key: rest` or `key:` with a plain key of letters, digits, `_`, `.` and `-`.
fn key_of(content: &str) -> Option<(&str, &str)> {
    let (key, rest) = match content.find(": ") {
        Some(i) => (&content[..i], content[i + 2..].trim_start_matches(' ')),
        None => (content.strip_suffix(':')?, ""),
    };
    let ok = !key.is_empty()
        && key.as_bytes()[0].is_ascii_alphabetic()
        && key
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'-'));
    (ok && !matches!(
        key,
        "y" | "Y" | "n" | "N" | "yes" | "no" | "on" | "off" | "true" | "false" | "null"
    ))
    .then_some((key, rest))
}

/// One scalar written on one line.
fn scalar(text: &str) -> Option<Value> {
    if text == "[]" {
        return Some(Value::Array(Vec::new()));
    }
    if text == "{}" {
        return Some(Value::Object(Map::new()));
    }
    if text.ends_with(' ') {
        return None;
    }
    if let Some(inner) = text.strip_prefix('\'') {
        let inner = inner.strip_suffix('\'')?;
        // Every quote inside must be doubled.
        let unescaped = inner.replace("''", "'");
        if unescaped.matches('\'').count() * 2 != inner.matches('\'').count() {
            return None;
        }
        return Some(Value::String(unescaped));
    }
    if let Some(inner) = text.strip_prefix('"') {
        return double_quoted(inner.strip_suffix('"')?).map(Value::String);
    }
    plain(text)
}

fn double_quoted(inner: &str) -> Option<String> {
    let mut out = String::with_capacity(inner.len());
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        match c {
            '"' => return None,
            '\\' => out.push(match chars.next()? {
                '\\' => '\\',
                '"' => '"',
                '/' => '/',
                'n' => '\n',
                't' => '\t',
                'r' => '\r',
                '0' => '\0',
                'e' => '\u{1b}',
                'a' => '\u{7}',
                'b' => '\u{8}',
                'f' => '\u{c}',
                'v' => '\u{b}',
                'x' => hex(&mut chars, 2)?,
                'u' => hex(&mut chars, 4)?,
                'U' => hex(&mut chars, 8)?,
                _ => return None,
            }),
            _ => out.push(c),
        }
    }
    Some(out)
}

fn hex(chars: &mut std::str::Chars, n: usize) -> Option<char> {
    let digits: String = chars.by_ref().take(n).collect();
    if digits.len() != n || !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    char::from_u32(u32::from_str_radix(&digits, 16).ok()?)
}

/// A plain scalar: null, a boolean, a plain decimal integer, or a string.
/// Anything that might be read as another number is left to the general parser.
fn plain(text: &str) -> Option<Value> {
    let first = text.chars().next()?;
    if "-?:,[]{}#&*!|>'\"%@`".contains(first)
        || text.contains(": ")
        || text.contains(" #")
        || text.ends_with(':')
    {
        return None;
    }
    match text {
        "~" | "null" | "Null" | "NULL" => return Some(Value::Null),
        "true" | "True" | "TRUE" => return Some(Value::Bool(true)),
        "false" | "False" | "FALSE" => return Some(Value::Bool(false)),
        _ => {}
    }
    let lower = text.to_ascii_lowercase();
    let lower = lower.trim_start_matches(['+', '-']);
    if matches!(lower, "inf" | "infinity" | "nan" | ".inf" | ".nan") {
        return None;
    }
    if first.is_ascii_digit() || first == '+' || first == '.' {
        if text.bytes().all(|b| b.is_ascii_digit()) && (text.len() == 1 || first != '0') {
            return text
                .parse::<u64>()
                .ok()
                .map(|n| Value::Number(Number::from(n)));
        }
        // Dates and times stay strings; other number-like text does not come here.
        let b = text.as_bytes();
        let date = b.len() >= 10
            && b[..4].iter().all(u8::is_ascii_digit)
            && b[4] == b'-'
            && b[5..7].iter().all(u8::is_ascii_digit)
            && b[7] == b'-'
            && b[8..10].iter().all(u8::is_ascii_digit)
            && (b.len() == 10 || b[10] == b'T')
            && b[10..]
                .iter()
                .all(|c| c.is_ascii_digit() || b"T:.+-Z".contains(c));
        return date.then(|| Value::String(text.to_string()));
    }
    Some(Value::String(text.to_string()))
}

/// Deserialize `value` as the general YAML parser would from the same text:
/// like `serde_json::from_value`, but a struct or map is never read from a
/// sequence, a sequence never from anything else, a string never from a
/// number. Any error sends the caller to the general parser.
pub fn from_value<T: serde::de::DeserializeOwned>(value: Value) -> Option<T> {
    T::deserialize(Strict(value)).ok()
}

struct Strict(Value);

impl<'de> serde::de::IntoDeserializer<'de, serde::de::value::Error> for Strict {
    type Deserializer = Strict;
    fn into_deserializer(self) -> Strict {
        self
    }
}

impl<'de> serde::Deserializer<'de> for Strict {
    type Error = serde::de::value::Error;

    fn deserialize_any<V: serde::de::Visitor<'de>>(self, v: V) -> Result<V::Value, Self::Error> {
        use serde::de::value::{MapDeserializer, SeqDeserializer};
        match self.0 {
            Value::Null => v.visit_unit(),
            Value::Bool(b) => v.visit_bool(b),
            Value::Number(n) => match n.as_u64() {
                Some(u) => v.visit_u64(u),
                None => Err(serde::de::Error::custom("not a plain integer")),
            },
            Value::String(s) => v.visit_string(s),
            Value::Array(items) => {
                let mut seq = SeqDeserializer::new(items.into_iter().map(Strict));
                let out = v.visit_seq(&mut seq)?;
                seq.end()?;
                Ok(out)
            }
            Value::Object(map) => {
                let mut m = MapDeserializer::new(map.into_iter().map(|(k, x)| (k, Strict(x))));
                let out = v.visit_map(&mut m)?;
                m.end()?;
                Ok(out)
            }
        }
    }

    fn deserialize_option<V: serde::de::Visitor<'de>>(self, v: V) -> Result<V::Value, Self::Error> {
        match self.0 {
            Value::Null => v.visit_none(),
            other => v.visit_some(Strict(other)),
        }
    }

    fn deserialize_struct<V: serde::de::Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        v: V,
    ) -> Result<V::Value, Self::Error> {
        self.deserialize_map(v)
    }

    fn deserialize_map<V: serde::de::Visitor<'de>>(self, v: V) -> Result<V::Value, Self::Error> {
        match self.0 {
            Value::Object(_) => self.deserialize_any(v),
            _ => Err(serde::de::Error::custom("expected a mapping")),
        }
    }

    fn deserialize_seq<V: serde::de::Visitor<'de>>(self, v: V) -> Result<V::Value, Self::Error> {
        match self.0 {
            Value::Array(_) => self.deserialize_any(v),
            _ => Err(serde::de::Error::custom("expected a sequence")),
        }
    }

    fn deserialize_str<V: serde::de::Visitor<'de>>(self, v: V) -> Result<V::Value, Self::Error> {
        match self.0 {
            Value::String(s) => v.visit_string(s),
            _ => Err(serde::de::Error::custom("expected a string")),
        }
    }

    fn deserialize_string<V: serde::de::Visitor<'de>>(self, v: V) -> Result<V::Value, Self::Error> {
        self.deserialize_str(v)
    }

    fn deserialize_enum<V: serde::de::Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        v: V,
    ) -> Result<V::Value, Self::Error> {
        match self.0 {
            Value::String(s) => {
                v.visit_enum(serde::de::IntoDeserializer::<Self::Error>::into_deserializer(s))
            }
            _ => Err(serde::de::Error::custom("expected a unit variant")),
        }
    }

    fn deserialize_newtype_struct<V: serde::de::Visitor<'de>>(
        self,
        _name: &'static str,
        v: V,
    ) -> Result<V::Value, Self::Error> {
        v.visit_newtype_struct(self)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char bytes byte_buf
        unit unit_struct tuple tuple_struct identifier ignored_any
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The general parser's reading of `text`.
    fn general(text: &str) -> Option<Value> {
        serde_yaml::from_str(text).ok()
    }

    #[test]
    fn agrees_with_the_general_parser_on_what_it_reads() {
        let cases = [
            "id: x\nstatement: Says 'quoted' words\nstatus: unverified\nrating: null\n",
            "tags:\n- a\n- 'no'\n- \"q\\\"x\\u00e9\"\nvia: []\nm: {}\n",
            "history:\n- rev: 1\n  at: 2024-01-01T09:07:00Z\n  changes:\n    statement:\n      to: 2022-09-07\n    tags:\n      added:\n      - x\n  note: |-\n    line one\n\n    line three\n- rev: 2\n",
            "a: |\n  kept\n  newline\nb: 1\n",
            "a: 'it''s'\nb: yes\nc: No.\nd: 12\ne: true\nf: ~\ng:\nh: -\n",
            "- - a\n  - b\n- c\n",
            "key: 007\n",
            "a: True\nb: NULL\nc: Null\nd: FALSE\ne: ''''\nf: 'a'b'\ng: AT&T *x\nh: x@y.z\n",
            "a: |-\n    x\n      \n    y\nb: |-\n    x\n  \n    y\n",
            "key: 1.5\n",
            "key: a #b\n",
            "key: &a x\nother: *a\n",
            "key: [a, b]\n",
            "key: 'unclosed\n  more'\n",
            "a: 1\na: 2\n",
            "k: v\n  bad: indent\n",
            "key: inf\n",
            "key: 2022-09-07 10:00\n",
            "- a\n-\n  b: 1\n",
            "t: |\n  x\n  y",
        ];
        for text in cases {
            if let Some(v) = parse(text) {
                assert_eq!(Some(v), general(text), "{text}");
            }
        }
        assert!(parse(cases[0]).is_some());
        assert!(parse(cases[2]).is_some());
        assert!(parse("key: a #b\n").is_none());
        assert!(parse("key: 1.5\n").is_none());
        assert!(parse("a: 1\na: 2\n").is_none());
    }

    /// Found by fuzzing: `serde_json` reads a struct from a sequence, YAML does not.
    #[test]
    fn a_sequence_is_not_read_as_a_struct() {
        let text = "rev: 1\nat: 2024-01-01T09:00:00Z\nby: x\naction: a\nchanges:\n  statement:\n  - to: x\n";
        let value = parse(text).unwrap();
        assert!(serde_json::from_value::<crate::model::Revision>(value.clone()).is_ok());
        assert!(from_value::<crate::model::Revision>(value).is_none());
        assert!(crate::yaml::from_str_general::<crate::model::Revision>(text).is_err());
        assert!(crate::yaml::from_str::<crate::model::Revision>(text).is_err());
    }

    #[test]
    fn reads_what_this_program_writes() {
        let claim = serde_json::json!({
            "id": "x", "statement": "No", "num": 3, "flag": false, "none": null,
            "text": "two\nlines", "trail": "ends\n", "list": [{"a": "on", "b": ["12:30", "1_000"]}],
            "empty": [], "quote": "He said \"no\" — it's", "date": "2022-09-07",
        });
        let text = crate::yaml::to_string(&claim).unwrap();
        assert_eq!(parse(&text), Some(claim.clone()), "{text}");
        assert_eq!(general(&text), Some(claim));
    }
}
