//! Settings every command shares, resolved once: the store, the user, the clock, colour.

use std::path::PathBuf;

use chrono::{DateTime, Utc};

use crate::error::{Error, Result};
use crate::output::Painter;
use crate::store::Store;

/// What a command runs with.
#[derive(Debug, Clone)]
pub struct App {
    pub store_arg: Option<PathBuf>,
    pub by_arg: Option<String>,
    pub painter: Painter,
    pub width: usize,
    /// The user, once resolved (asking git costs a process).
    pub user_cache: std::sync::OnceLock<String>,
}

impl App {
    /// The store this command works on: `--store`, `CLAIMTRACK_STORE`, or the
    /// nearest folder above the current one that holds `claims/` and `sources/`.
    pub fn store(&self) -> Result<Store> {
        let cwd = std::env::current_dir().map_err(|e| Error::io(".", e))?;
        let explicit = self.store_arg.clone().or_else(|| {
            std::env::var_os("CLAIMTRACK_STORE")
                .filter(|v| !v.is_empty())
                .map(PathBuf::from)
        });
        Store::discover(explicit.as_deref(), &cwd)
    }

    /// Who is making the change: `--by`, `CLAIMTRACK_USER`, git's `user.name`, the login name.
    pub fn user(&self) -> String {
        self.user_cache.get_or_init(|| self.resolve_user()).clone()
    }

    fn resolve_user(&self) -> String {
        if let Some(by) = self.by_arg.as_ref().filter(|b| !b.trim().is_empty()) {
            return by.trim().to_string();
        }
        if let Ok(u) = std::env::var("CLAIMTRACK_USER") {
            if !u.trim().is_empty() {
                return u.trim().to_string();
            }
        }
        if let Some(name) = git_user_name() {
            return name;
        }
        for var in ["USER", "LOGNAME", "USERNAME"] {
            if let Ok(u) = std::env::var(var) {
                if !u.trim().is_empty() {
                    return u.trim().to_string();
                }
            }
        }
        "unknown".to_string()
    }

    /// The current time, or `CLAIMTRACK_NOW` (RFC 3339) when set.
    pub fn now(&self) -> Result<DateTime<Utc>> {
        match std::env::var("CLAIMTRACK_NOW") {
            Ok(v) if !v.trim().is_empty() => DateTime::parse_from_rfc3339(v.trim())
                .map(|t| t.with_timezone(&Utc))
                .map_err(|e| {
                    Error::invalid(format!(
                        "CLAIMTRACK_NOW `{v}` is not an RFC 3339 time ({e}), e.g. 2022-09-07T12:00:00Z"
                    ))
                }),
            _ => Ok(Utc::now()),
        }
    }
}

fn git_user_name() -> Option<String> {
    let out = std::process::Command::new("git")
        .args(["config", "user.name"])
        .stderr(std::process::Stdio::null())
        .output()
        .ok()?;
    let name = String::from_utf8(out.stdout).ok()?.trim().to_string();
    (out.status.success() && !name.is_empty()).then_some(name)
}
