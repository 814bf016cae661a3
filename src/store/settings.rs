//! The store's settings, `claimtrack.yaml`.

use serde::{Deserialize, Serialize};

use super::read::{parse, read_text};
use super::{Store, MAX_RECORD_BYTES, SETTINGS_FILE};
use crate::error::Result;
use crate::model::rating::{Level, Scale};

/// The store's settings, `claimtrack.yaml`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    #[serde(default)]
    pub organization: Option<Organization>,
    #[serde(default)]
    pub review_url: Option<String>,
    /// The publisher's rating scale, best first.
    #[serde(default)]
    pub ratings: Vec<Level>,
}

impl Settings {
    /// The rating scale (empty: ratings are free text).
    pub fn scale(&self) -> Scale {
        Scale::new(self.ratings.clone())
    }
}

/// Who publishes the verdicts.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Organization {
    pub name: String,
    #[serde(default)]
    pub url: Option<String>,
}

impl Store {
    pub fn settings(&self) -> Result<Settings> {
        self.settings_with_text().map(|(s, _)| s)
    }

    /// The settings and the text they were read from (empty when there is no file).
    /// A file of comments only, as `init` writes it, holds the defaults.
    pub fn settings_with_text(&self) -> Result<(Settings, String)> {
        let path = self.root.join(SETTINGS_FILE);
        if !path.exists() {
            return Ok((Settings::default(), String::new()));
        }
        let text = read_text(&path, MAX_RECORD_BYTES)?;
        let blank = text.lines().all(|l| {
            let t = l.trim();
            t.is_empty() || t.starts_with('#') || t == "---"
        });
        if blank {
            return Ok((Settings::default(), text));
        }
        Ok((parse(&path, &text)?, text))
    }
}
