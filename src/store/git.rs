//! The git repository a store lives in: registering the merge driver for
//! claim files and `source.yaml`, and what `check` says the repository lacks.

use std::path::Path;
use std::process::{Command, Stdio};

/// The git config key of the merge driver `.gitattributes` names.
pub(crate) const DRIVER_KEY: &str = "merge.claimtrack.driver";

/// What registering the merge driver did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Driver {
    /// The store is not inside a git work tree (or git is not installed).
    NoRepository,
    /// It was already registered.
    Registered,
    /// It has just been registered, with this command.
    Added(String),
}

/// git in `dir`. The repository's own configuration is read (the driver may
/// be registered there) but never runs a program of its choosing: the one
/// git setting our commands could start, a file-system monitor, is off.
fn git(dir: &Path) -> Command {
    let mut c = Command::new("git");
    c.args(["-c", "core.fsmonitor=false", "-C"])
        .arg(dir)
        .stdin(Stdio::null())
        .stderr(Stdio::null());
    c
}

/// Register `claimtrack merge-driver` for the git repository around `dir`,
/// unless it is registered already.
pub(crate) fn register_merge_driver(dir: &Path) -> Driver {
    let inside = git(dir)
        .args(["rev-parse", "--is-inside-work-tree"])
        .output()
        .is_ok_and(|o| o.status.success() && o.stdout.starts_with(b"true"));
    if !inside {
        return Driver::NoRepository;
    }
    let current = git(dir)
        .args(["config", "--get", DRIVER_KEY])
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string());
    if current.is_some_and(|c| c.contains("merge-driver")) {
        return Driver::Registered;
    }
    let program = std::env::current_exe()
        .ok()
        .and_then(|p| p.to_str().map(str::to_string))
        .filter(|p| !p.contains(['"', '\'', '\\', '$', '`']))
        .unwrap_or_else(|| "claimtrack".to_string());
    let command = format!("\"{program}\" merge-driver %O %A %B %P");
    let set = git(dir)
        .args(["config", DRIVER_KEY, &command])
        .status()
        .is_ok_and(|s| s.success());
    if set {
        Driver::Added(command)
    } else {
        Driver::NoRepository
    }
}

/// What the git repository around a store lacks for it, as `check` reports.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Setup {
    /// `.gitignore` lines (of `IGNORED`) whose files git would not ignore.
    pub unignored: Vec<&'static str>,
    /// Files that `.gitattributes` does not send to the merge driver.
    pub unattributed: Vec<&'static str>,
    /// Whether this clone has registered the merge driver.
    pub driver: bool,
}

/// What the git repository around `dir` lacks for the store there, or None
/// when `dir` is not inside a git work tree (or git is not installed).
/// Asks git itself, so that rules written anywhere (a parent folder's
/// `.gitignore`, `.git/info/exclude`, a global file) count.
pub(crate) fn setup(dir: &Path) -> Option<Setup> {
    let inside = git(dir)
        .args(["rev-parse", "--is-inside-work-tree"])
        .output()
        .ok()?;
    if !(inside.status.success() && inside.stdout.starts_with(b"true")) {
        return None;
    }
    // Exit 1 when none is ignored: the output is what counts.
    let ignored = git(dir)
        .args(["check-ignore", "--no-index", "--"])
        .args(super::IGNORED.iter().map(|(_, name)| name))
        .output()
        .ok()?;
    let ignored = String::from_utf8_lossy(&ignored.stdout);
    let unignored = super::IGNORED
        .iter()
        .filter(|(_, name)| !ignored.lines().any(|l| l == *name))
        .map(|(line, _)| *line)
        .collect();
    let attributes = git(dir)
        .args(["check-attr", "merge", "--"])
        .args(MERGED.iter().map(|(_, name)| name))
        .output()
        .ok()?;
    let attributes = String::from_utf8_lossy(&attributes.stdout);
    let unattributed = MERGED
        .iter()
        .filter(|(_, name)| {
            !attributes
                .lines()
                .any(|l| l == format!("{name}: merge: claimtrack"))
        })
        .map(|(pattern, _)| *pattern)
        .collect();
    let driver = git(dir)
        .args(["config", "--get", DRIVER_KEY])
        .output()
        .is_ok_and(|o| {
            o.status.success() && String::from_utf8_lossy(&o.stdout).contains("merge-driver")
        });
    Some(Setup {
        unignored,
        unattributed,
        driver,
    })
}

/// The files the merge driver merges, as `.gitattributes` names them, each
/// with a name that pattern must cover.
pub(crate) const MERGED: [(&str, &str); 2] = [
    ("claims/*.yaml", "claims/a.yaml"),
    ("sources/*/source.yaml", "sources/a/source.yaml"),
];
