//! The alias budget: a document whose aliases expand far beyond its own size
//! (an alias bomb) is refused before the general reader expands it.

use super::{YamlError, YamlErrorKind};

/// Whether `text` may hold both an anchor (`&a`) and an alias (`*a`); only
/// then can a document expand beyond its size. Every `&` and `*` counts,
/// whatever precedes it: a guess at where a node starts missed anchors
/// after a bare CR, a NEL or any other line break the parser honours.
pub(super) fn may_have_aliases(text: &str) -> bool {
    memchr::memchr(b'&', text.as_bytes()).is_some()
        && memchr::memchr(b'*', text.as_bytes()).is_some()
}

/// How many nodes a document may expand to: generous for any real record,
/// far below what a quadratic alias expansion reaches.
fn expansion_limit(text: &str) -> usize {
    text.len().saturating_mul(2).max(10_000)
}

/// Walk the document as its aliases expand, counting nodes, and stop as
/// soon as the count passes the limit.
pub(super) fn check_expansion(text: &str) -> Result<(), YamlError> {
    use serde::de::{DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
    use std::cell::Cell;

    #[derive(Clone, Copy)]
    struct Budget<'a> {
        left: &'a Cell<usize>,
        /// Set when the budget ran out, so that the error is known as ours.
        exceeded: &'a Cell<bool>,
    }

    impl Budget<'_> {
        fn spend<E: serde::de::Error>(self) -> Result<(), E> {
            match self.left.get().checked_sub(1) {
                Some(n) => {
                    self.left.set(n);
                    Ok(())
                }
                None => {
                    self.exceeded.set(true);
                    Err(E::custom("alias expansion over the limit"))
                }
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
    let exceeded = Cell::new(false);
    let budget = Budget {
        left: &left,
        exceeded: &exceeded,
    };
    match budget.deserialize(serde_yaml::Deserializer::from_str(text)) {
        Err(_) if exceeded.get() => {
            let at = first_alias(text);
            let (line, column) = crate::text::line_column(text.as_bytes(), at);
            Err(YamlError {
                kind: YamlErrorKind::TooLarge,
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
        .position(|w| {
            w[0] == b'*' && (w[1].is_ascii_alphanumeric() || w[1] == b'_' || w[1] == b'-')
        })
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::super::from_str;

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
