//! Every YAML call of the program: parse with a location, write canonical text.
//!
//! Only this module names the YAML crate, so that it can be swapped in one place.

pub mod fast;

use serde::de::DeserializeOwned;
use serde::Serialize;

/// A YAML problem with its place in the text (1-based line and column).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YamlError {
    pub message: String,
    pub line: usize,
    pub column: usize,
}

/// Parse `text` into `T`, keeping where in the text a problem was found.
/// A document whose aliases expand far beyond its own size is refused first.
pub fn from_str<T: DeserializeOwned>(text: &str) -> Result<T, YamlError> {
    // The canonical form this program writes is read by a fast path; all
    // else, and every error, comes from the general parser.
    if let Some(parsed) = fast::parse(text).and_then(fast::from_value) {
        return Ok(parsed);
    }
    if may_have_aliases(text) {
        check_expansion(text)?;
    }
    serde_yaml::from_str(text).map_err(|e| {
        let (line, column) = e
            .location()
            .map(|l| (l.line(), l.column()))
            .unwrap_or((1, 1));
        let mut message = strip_location(&e.to_string());
        if message.contains("repetition limit exceeded") || message.contains("recursion limit exceeded") {
            message = format!(
                "{message}: YAML aliases or nesting expand too far; claim files need neither, so remove the `&anchor`/`*alias` pairs"
            );
        }
        let (line, column) = duplicate_place(text, &message).unwrap_or((line, column));
        YamlError {
            message,
            line,
            column,
        }
    })
}

/// Parse `text` with the general parser only (no fast path): for checking
/// that the fast path agrees with it.
pub fn from_str_general<T: DeserializeOwned>(text: &str) -> Result<T, YamlError> {
    if may_have_aliases(text) {
        check_expansion(text)?;
    }
    serde_yaml::from_str(text).map_err(|e| YamlError {
        message: strip_location(&e.to_string()),
        line: e.location().map_or(1, |l| l.line()),
        column: e.location().map_or(1, |l| l.column()),
    })
}

/// Whether `text` may hold both an anchor (`&a`) and an alias (`*a`); only
/// then can a document expand beyond its size.
fn may_have_aliases(text: &str) -> bool {
    let node_start = |sigil: u8| {
        text.as_bytes().windows(3).any(|w| {
            matches!(
                w[0],
                b' ' | b'[' | b'{' | b',' | b'\n' | b'\t' | b'-' | b':'
            ) && w[1] == sigil
                && !w[2].is_ascii_whitespace()
        }) || text.as_bytes().first() == Some(&sigil)
    };
    node_start(b'&') && node_start(b'*')
}

/// How many nodes a document may expand to: generous for any real record,
/// far below what a quadratic alias expansion reaches.
fn expansion_limit(text: &str) -> usize {
    text.len().saturating_mul(2).max(10_000)
}

/// Walk the document as its aliases expand, counting nodes, and stop as
/// soon as the count passes the limit.
fn check_expansion(text: &str) -> Result<(), YamlError> {
    use serde::de::{DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
    use std::cell::Cell;

    #[derive(Clone, Copy)]
    struct Budget<'a> {
        left: &'a Cell<usize>,
    }
    const EXCEEDED: &str = "claimtrack: alias expansion over the limit";

    impl Budget<'_> {
        fn spend<E: serde::de::Error>(self) -> Result<(), E> {
            match self.left.get().checked_sub(1) {
                Some(n) => {
                    self.left.set(n);
                    Ok(())
                }
                None => Err(E::custom(EXCEEDED)),
            }
        }
    }
    impl<'de> DeserializeSeed<'de> for Budget<'_> {
        type Value = ();
        fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
            d.deserialize_any(self)
        }
    }
    impl<'de> Visitor<'de> for Budget<'_> {
        type Value = ();
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("any YAML node")
        }
        fn visit_bool<E: serde::de::Error>(self, _: bool) -> Result<(), E> {
            self.spend()
        }
        fn visit_i64<E: serde::de::Error>(self, _: i64) -> Result<(), E> {
            self.spend()
        }
        fn visit_u64<E: serde::de::Error>(self, _: u64) -> Result<(), E> {
            self.spend()
        }
        fn visit_i128<E: serde::de::Error>(self, _: i128) -> Result<(), E> {
            self.spend()
        }
        fn visit_u128<E: serde::de::Error>(self, _: u128) -> Result<(), E> {
            self.spend()
        }
        fn visit_f64<E: serde::de::Error>(self, _: f64) -> Result<(), E> {
            self.spend()
        }
        fn visit_str<E: serde::de::Error>(self, _: &str) -> Result<(), E> {
            self.spend()
        }
        fn visit_unit<E: serde::de::Error>(self) -> Result<(), E> {
            self.spend()
        }
        fn visit_none<E: serde::de::Error>(self) -> Result<(), E> {
            self.spend()
        }
        fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
            self.spend()?;
            d.deserialize_any(self)
        }
        fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
            self.spend()?;
            d.deserialize_any(self)
        }
        fn visit_enum<A: serde::de::EnumAccess<'de>>(self, a: A) -> Result<(), A::Error> {
            self.spend()?;
            let (IgnoredAny, variant) = a.variant::<IgnoredAny>()?;
            serde::de::VariantAccess::newtype_variant_seed(variant, self)
        }
        fn visit_seq<A: SeqAccess<'de>>(self, mut a: A) -> Result<(), A::Error> {
            self.spend()?;
            while a.next_element_seed(self)?.is_some() {}
            Ok(())
        }
        fn visit_map<A: MapAccess<'de>>(self, mut a: A) -> Result<(), A::Error> {
            self.spend()?;
            while a.next_key_seed(self)?.is_some() {
                a.next_value_seed(self)?;
            }
            Ok(())
        }
    }

    let limit = expansion_limit(text);
    let left = Cell::new(limit);
    match (Budget { left: &left }).deserialize(serde_yaml::Deserializer::from_str(text)) {
        Err(e) if e.to_string().contains(EXCEEDED) => {
            let at = first_alias(text);
            let (line, column) = crate::text::line_column(text.as_bytes(), at);
            Err(YamlError {
                message: format!(
                    "aliases (*name) expand this document past the limit of {limit} nodes, far beyond its size (an alias bomb?); write the values out instead"
                ),
                line,
                column,
            })
        }
        // Any other problem is reported by the real parse.
        _ => Ok(()),
    }
}

/// Byte offset of the first thing that looks like an alias.
fn first_alias(text: &str) -> usize {
    text.as_bytes()
        .windows(2)
        .position(|w| matches!(w[0], b' ' | b'[' | b',' | b'-' | b':') && w[1] == b'*')
        .map_or(0, |i| i + 1)
}

/// The crate places a duplicate field at the start of its mapping; point at
/// the second occurrence of the key instead.
fn duplicate_place(text: &str, message: &str) -> Option<(usize, usize)> {
    let rest = message.strip_prefix("duplicate field `")?;
    let key = &rest[..rest.find('`')?];
    let wanted = format!("{key}:");
    text.lines()
        .enumerate()
        .filter_map(|(i, l)| {
            let t = l.trim_start().trim_start_matches("- ");
            t.starts_with(&wanted)
                .then_some((i + 1, l.len() - t.len() + 1))
        })
        .nth(1)
}

/// Parse `text` as an untyped document (for `check`'s structural rules).
pub fn to_json_value(text: &str) -> Result<serde_json::Value, YamlError> {
    from_str(text)
}

/// Write `value` as YAML text in the order its fields are declared.
/// Strings that YAML 1.1 readers (PyYAML, older tools) would take for a
/// boolean, a number or null (`no`, `on`, `y`, `0x10`, `1_000`, `12:30` …)
/// are quoted, so that every reader gets the same strings back.
pub fn to_string<T: Serialize>(value: &T) -> Result<String, String> {
    let text = serde_yaml::to_string(value).map_err(|e| e.to_string())?;
    Ok(quote_yaml11(&text))
}

/// Quote the plain scalars of `text` (as this module writes it: one scalar
/// a line, block scalars for multi-line text) that YAML 1.1 resolves to
/// something other than a string.
fn quote_yaml11(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    // Indentation of the line that opened a block scalar, while inside one.
    let mut block: Option<usize> = None;
    for line in text.split_inclusive('\n') {
        let body = line.trim_end_matches('\n');
        let indent = body.len() - body.trim_start_matches(' ').len();
        if let Some(base) = block {
            if body.trim().is_empty() || indent > base {
                out.push_str(line);
                continue;
            }
            block = None;
        }
        let mut rest = &body[indent..];
        let mut prefix_len = indent;
        while let Some(r) = rest.strip_prefix("- ") {
            rest = r;
            prefix_len += 2;
        }
        let value_start = match plain_key_end(rest) {
            Some(k) => prefix_len + k,
            None => prefix_len,
        };
        let value = &body[value_start..];
        if value.starts_with('|') || value.starts_with('>') {
            block = Some(indent);
            out.push_str(line);
            continue;
        }
        if !value.is_empty() && is_yaml11_special(value) {
            out.push_str(&body[..value_start]);
            out.push('\'');
            out.push_str(value);
            out.push('\'');
            out.push_str(&line[body.len()..]);
        } else {
            out.push_str(line);
        }
    }
    out
}

/// The length of a leading `key: ` (a plain identifier key), if any.
fn plain_key_end(rest: &str) -> Option<usize> {
    let colon = rest.find(": ")?;
    let key = &rest[..colon];
    (!key.is_empty()
        && key
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'.' || b == b'-'))
    .then_some(colon + 2)
}

/// Whether YAML 1.1 reads this plain scalar as a bool, null, number, merge
/// key or value key rather than a string. Dates and times stay plain: they
/// are written for fields that are dates.
pub fn is_yaml11_special(value: &str) -> bool {
    // `true`, `false`, `null`, `~`, `.inf` and numbers YAML 1.2 reads the
    // same way are left alone: written plain, they are real booleans, nulls
    // and numbers (the serializer already quotes such strings).
    const WORDS: &[&str] = &[
        "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "True", "TRUE", "False",
        "FALSE", "on", "On", "ON", "off", "Off", "OFF", "Null", "NULL", "<<", "=",
    ];
    if WORDS.contains(&value) {
        return true;
    }
    if value.parse::<i64>().is_ok() || value.parse::<u64>().is_ok() || value.parse::<f64>().is_ok()
    {
        return false;
    }
    let digits = value.trim_start_matches(['+', '-']);
    let numeric_chars = digits
        .bytes()
        .all(|b| b.is_ascii_hexdigit() || b"xXoObB_.:+-".contains(&b));
    let starts_numeric = digits
        .bytes()
        .next()
        .is_some_and(|b| b.is_ascii_digit() || b == b'.');
    let is_date = value.len() == 10
        && value.bytes().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    numeric_chars && starts_numeric && digits.bytes().any(|b| b.is_ascii_digit()) && !is_date
}

/// The crate appends " at line L column C" to its messages; we print the place ourselves.
fn strip_location(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_string(),
        None => message.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    #[test]
    fn syntax_error_has_line_and_column() {
        let err = from_str::<BTreeMap<String, String>>("a: b\nc: [d\n").unwrap_err();
        assert_eq!(err.line, 2);
        assert!(!err.message.contains("at line"), "{}", err.message);
    }

    #[test]
    fn duplicate_keys_are_refused() {
        #[derive(serde::Deserialize, Debug)]
        #[allow(dead_code)]
        struct S {
            a: String,
        }
        let err = from_str::<S>("a: x\na: y\n").unwrap_err();
        assert!(err.message.contains("duplicate"), "{}", err.message);
        assert_eq!(err.line, 2);
    }

    #[test]
    fn quadratic_alias_expansion_is_refused_quickly() {
        let xs = vec!["x"; 3000].join(", ");
        let refs = vec!["*a"; 3000].join(", ");
        let text = format!("a: &a [{xs}]\nb: [{refs}]\n");
        let start = std::time::Instant::now();
        let err = from_str::<serde_json::Value>(&text).unwrap_err();
        assert!(err.message.contains("alias bomb"), "{}", err.message);
        assert_eq!(err.line, 2);
        assert!(start.elapsed().as_secs() < 2);
        // A few aliases in an ordinary document are fine.
        let ok: serde_json::Value = from_str("a: &a [1, 2]\nb: *a\nc: 'x & *y'\n").unwrap();
        assert_eq!(ok["b"], serde_json::json!([1, 2]));
    }

    #[test]
    fn alias_bomb_is_refused() {
        let mut text = String::from("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for (i, prev) in ["a", "b", "c", "d", "e", "f", "g", "h"].iter().enumerate() {
            let name = (b'b' + i as u8) as char;
            text.push_str(&format!(
                "{name}: &{name} [*{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}]\n"
            ));
        }
        let err = from_str::<serde_json::Value>(&text).unwrap_err();
        assert!(err.message.contains("limit"), "{}", err.message);
    }
}

#[cfg(test)]
mod yaml11 {
    use super::*;

    /// Strings YAML 1.1 readers take for something else, and some that look close.
    const WORDS: &[&str] = &[
        "no",
        "No",
        "NO",
        "yes",
        "Yes",
        "on",
        "On",
        "off",
        "OFF",
        "y",
        "Y",
        "n",
        "N",
        "true",
        "False",
        "~",
        "null",
        "Null",
        "1e3",
        "1E3",
        "0x10",
        "0o17",
        "017",
        "0b101",
        "1_000",
        "+12",
        "-3",
        ".5",
        "1.",
        "12:30",
        "1:20:30",
        "190:20:30",
        ".inf",
        "-.Inf",
        ".NaN",
        "=",
        "<<",
        "-",
        "?",
        ":",
        "1,000",
        "0.",
        "+.5",
        "3e",
        "e3",
        "1e+3",
        "1.0e-3",
        "No.",
        "Yes, he did",
        "nO",
        "True ",
        "  no",
        "no ",
        "x: y",
        "#x",
        "'q'",
        "\"q\"",
        "@x",
        "`x",
        "%x",
        "!x",
        "&x",
        "*x",
        "|",
        "> x",
        "[a]",
        "{a}",
        "- a",
        "a #b",
        "",
        "line\nno\n",
        "no\nyes",
        "0xFF",
        "1__0",
        "deadbeef",
        "2022-09-07 12:00",
    ];

    #[test]
    fn yaml11_specials_are_quoted_and_read_back() {
        let text = to_string(&WORDS).unwrap();
        for line in text.lines() {
            if let Some(v) = line.strip_prefix("- ") {
                assert!(!is_yaml11_special(v), "left plain: {line}");
            }
        }
        let back: Vec<String> = from_str(&text).unwrap();
        assert_eq!(back, WORDS);
        let nested = to_string(
            &serde_json::json!({"statement": "No", "tags": ["on", "off"], "n": {"to": "y"}}),
        )
        .unwrap();
        assert!(nested.contains("statement: 'No'"), "{nested}");
        assert!(nested.contains("- 'on'"), "{nested}");
        assert!(nested.contains("to: 'y'"), "{nested}");
        assert!(!is_yaml11_special("2022-09-07"));
        // Real numbers and booleans stay what they are.
        let values =
            to_string(&serde_json::json!({"rev": 1, "x": 0.5, "withheld": true, "n": null}))
                .unwrap();
        assert_eq!(values, "rev: 1\nx: 0.5\nwithheld: true\nn: null\n");
        assert!(!is_yaml11_special("Xi will go"));
    }

    /// PyYAML, the common YAML 1.1 reader, reads what we write as the same strings.
    /// CI installs it (Debian `python3-yaml`, or `pip install pyyaml`).
    #[test]
    fn pyyaml_reads_the_same_strings() {
        let probe = std::process::Command::new("python3")
            .args(["-c", "import yaml"])
            .output();
        if !probe.is_ok_and(|o| o.status.success()) {
            eprintln!("skipped: python3 with the yaml module is not installed (apt install python3-yaml, or pip install pyyaml)");
            return;
        }
        let dir = tempfile::tempdir().unwrap();
        let yaml_path = dir.path().join("words.yaml");
        let json_path = dir.path().join("words.json");
        std::fs::write(&yaml_path, to_string(&WORDS).unwrap()).unwrap();
        std::fs::write(&json_path, serde_json::to_string(&WORDS).unwrap()).unwrap();
        let script = "import json, sys, yaml\n\
words = json.load(open(sys.argv[2], encoding='utf-8'))\n\
back = yaml.safe_load(open(sys.argv[1], encoding='utf-8'))\n\
bad = [(w, b) for w, b in zip(words, back) if w != b or type(b) is not str]\n\
print(repr(bad) if bad or len(back) != len(words) else 'same')\n";
        let out = std::process::Command::new("python3")
            .arg("-c")
            .arg(script)
            .arg(&yaml_path)
            .arg(&json_path)
            .output()
            .unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert_eq!(
            stdout.trim(),
            "same",
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}
