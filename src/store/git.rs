//! The git repository a store lives in: registering the merge driver for claim files and `source.yaml`.

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

fn git(dir: &Path) -> Command {
    let mut c = Command::new("git");
    c.arg("-C")
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
