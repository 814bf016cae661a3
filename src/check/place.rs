//! Where in a record's text a finding points: the line and column of a key.

use crate::store;

/// The place of the `n`th line (0-based) that starts with `prefix` after indentation.
pub(super) fn nth_line_with(text: &str, prefix: &str, n: usize) -> Option<(usize, usize)> {
    text.lines()
        .enumerate()
        .filter_map(|(i, l)| {
            let trimmed = l.trim_start();
            trimmed
                .starts_with(prefix)
                .then_some((i + 1, l.len() - trimmed.len() + 1))
        })
        .nth(n)
}

/// The place of `child:` inside the top-level block `parent:`.
pub(super) fn nested_key(text: &str, parent: &str, child: &str) -> Option<(usize, usize)> {
    let (start, _) = store::key_position(text, parent)?;
    let wanted = format!("{child}:");
    text.lines()
        .enumerate()
        .skip(start)
        .take_while(|(_, l)| l.starts_with(' ') || l.starts_with('-') || l.is_empty())
        .find_map(|(i, l)| {
            let t = l.trim_start();
            t.starts_with(&wanted)
                .then_some((i + 1, l.len() - t.len() + 1))
        })
}
