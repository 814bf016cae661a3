//! The git repository around the store: files git would take into a commit
//! that are not the store's, and a merge driver this clone lacks.

use crate::diagnostic::Diagnostic;
use crate::store::{git, Store};

use super::Rule;

/// What `init` does about each finding, said in its hint.
const FIX: &str =
    "run `claimtrack init` in the store: it adds what is missing and changes nothing else";

/// Warn about what the git repository around `store` lacks for it (nothing
/// when the store is not in a git work tree).
pub(super) fn check_repository(store: &Store, out: &mut Vec<Diagnostic>) {
    let Some(setup) = git::setup(store.root()) else {
        return;
    };
    if !setup.unignored.is_empty() {
        out.push(
            Diagnostic::warning(
                Rule::GitSetup,
                ".gitignore",
                format!(
                    "git does not ignore {}: the lock, leftovers of interrupted writes and derived files would be taken into a commit",
                    quoted(&setup.unignored)
                ),
            )
            .hint(FIX),
        );
    }
    if !setup.unattributed.is_empty() {
        out.push(
            Diagnostic::warning(
                Rule::GitSetup,
                ".gitattributes",
                format!(
                    "{} not merged by claimtrack's merge driver: two branches that change one file would conflict inside its YAML",
                    quoted(&setup.unattributed)
                ),
            )
            .hint(FIX),
        );
    } else if !setup.driver {
        out.push(
            Diagnostic::warning(
                Rule::GitSetup,
                ".gitattributes",
                "names claimtrack's merge driver, but this clone has not registered it (`git config merge.claimtrack.driver`): two branches that change one claim would conflict inside its YAML",
            )
            .hint(FIX),
        );
    }
}

/// `a`, `b` and `c`.
fn quoted(items: &[&str]) -> String {
    let quoted: Vec<String> = items.iter().map(|i| format!("`{i}`")).collect();
    match quoted.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::quoted;

    #[test]
    fn lists_read_as_a_sentence() {
        assert_eq!(quoted(&["a"]), "`a`");
        assert_eq!(quoted(&["a", "b"]), "`a` and `b`");
        assert_eq!(quoted(&["a", "b", "c"]), "`a`, `b` and `c`");
    }
}
