//! Every YAML call of the program: parse with a location, write canonical text.
//!
//! Only this module names the YAML crate, so that it can be swapped in one place.

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
    if may_have_aliases(text) {
        check_expansion(text)?;
    }
    serde_yaml::from_str(text).map_err(|e| {
        let (line, column) = e
            .location()
            .map(|l| (l.line(), l.column()))
            .unwrap_or((1, 1));
        let message = strip_location(&e.to_string());
        let (line, column) = duplicate_place(text, &message).unwrap_or((line, column));
        YamlError {
            message,
            line,
            column,
        }
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
pub fn to_string<T: Serialize>(value: &T) -> Result<String, String> {
    serde_yaml::to_string(value).map_err(|e| e.to_string())
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
