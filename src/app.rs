//! Settings every command shares, resolved once before it runs: the store,
//! the user, the clock, colour and width.
//!
//! The raw global flags (`cli::Cli`) become an `App` in `App::new`; commands
//! read the resolved values and never the environment.

use std::path::PathBuf;
use std::sync::OnceLock;

use chrono::{DateTime, Utc};

use crate::error::{Error, Result};
use crate::output::{self, ColorChoice, Painter};
use crate::render::View;
use crate::store::Store;

/// What a command runs with.
#[derive(Debug)]
pub(crate) struct App {
    /// The store, or why there is none (`init` and the commands that need
    /// no store never ask).
    store: Result<Store>,
    /// `--by`, if given.
    by: Option<String>,
    /// The user, once asked for (asking git costs a process, which only
    /// commands that write pay).
    user: OnceLock<String>,
    /// The time every revision this command writes carries.
    now: Result<DateTime<Utc>>,
    painter: Painter,
    width: usize,
}

impl App {
    /// Resolve the global flags and the environment.
    pub(crate) fn new(store: Option<PathBuf>, by: Option<String>, color: ColorChoice) -> App {
        App {
            store: find_store(store),
            by,
            user: OnceLock::new(),
            now: clock(),
            painter: Painter {
                enabled: output::use_color(color),
            },
            width: output::width(),
        }
    }

    /// The store this command works on: `--store`, `CLAIMTRACK_STORE`, or the
    /// nearest folder above the current one that holds `claims/` and `sources/`.
    pub(crate) fn store(&self) -> Result<&Store> {
        self.store.as_ref().map_err(Clone::clone)
    }

    /// Who is making the change: `--by`, `CLAIMTRACK_USER`, git's `user.name`, the login name.
    pub(crate) fn user(&self) -> String {
        self.user
            .get_or_init(|| resolve_user(self.by.as_deref()))
            .clone()
    }

    /// The time of this command: `CLAIMTRACK_NOW` (RFC 3339) when set, else
    /// the time it started. Every revision it writes carries this time.
    pub(crate) fn now(&self) -> Result<DateTime<Utc>> {
        self.now.clone()
    }

    /// Colour for stdout, or none.
    pub(crate) fn painter(&self) -> &Painter {
        &self.painter
    }

    /// Columns available for text.
    pub(crate) fn width(&self) -> usize {
        self.width
    }

    /// What renderers know of the screen and the time. An unreadable
    /// `CLAIMTRACK_NOW` is reported by the commands that write; ages are
    /// then shown against the real time.
    pub(crate) fn view(&self) -> View<'_> {
        View {
            painter: &self.painter,
            width: self.width,
            now: self.now.clone().unwrap_or_else(|_| Utc::now()),
        }
    }
}

fn find_store(arg: Option<PathBuf>) -> Result<Store> {
    let cwd = std::env::current_dir().map_err(|e| Error::io(".", e))?;
    let explicit = arg.or_else(|| {
        std::env::var_os("CLAIMTRACK_STORE")
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
    });
    Store::discover(explicit.as_deref(), &cwd)
}

fn clock() -> Result<DateTime<Utc>> {
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

fn resolve_user(by: Option<&str>) -> String {
    if let Some(by) = by.filter(|b| !b.trim().is_empty()) {
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

fn git_user_name() -> Option<String> {
    let out = std::process::Command::new("git")
        .args(["config", "user.name"])
        .stderr(std::process::Stdio::null())
        .output()
        .ok()?;
    let name = String::from_utf8(out.stdout).ok()?.trim().to_string();
    (out.status.success() && !name.is_empty()).then_some(name)
}
