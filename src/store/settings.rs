//! The store's settings, `claimtrack.yaml`.

use serde::{Deserialize, Serialize};

use super::read::{parse, read_text};
use super::{Store, MAX_RECORD_BYTES, SETTINGS_FILE};
use crate::error::Result;

/// The store's settings, `claimtrack.yaml`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    #[serde(default)]
    pub organization: Option<Organization>,
    #[serde(default)]
    pub review_url: Option<String>,
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
        let path = self.root.join(SETTINGS_FILE);
        if !path.exists() {
            return Ok(Settings::default());
        }
        let text = read_text(&path, MAX_RECORD_BYTES)?;
        parse(&path, &text)
    }
}
