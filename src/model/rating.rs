//! A publisher's rating scale (`ratings` in `claimtrack.yaml`): labels, best
//! first, each standing for a verdict. With a scale, a rating must be one of
//! its labels and says which verdict it is; without one, a rating is free text.

use serde::{Deserialize, Serialize};

use super::{names, Status};

/// One step of the scale: its label and the verdict it stands for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Level {
    pub label: String,
    pub status: Status,
}

/// The scale, best first. An empty scale means ratings are free text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Scale {
    levels: Vec<Level>,
}

/// A rating's place on the scale, as ClaimReview's `Rating` gives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place {
    /// `best` for the first label, 1 for the last.
    pub value: usize,
    pub best: usize,
    pub worst: usize,
}

/// Why a rating cannot be given.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RatingError {
    #[error("rating \"{given}\" is not on the rating scale in claimtrack.yaml (one of: {})", .labels.join(", "))]
    Unknown {
        given: String,
        suggestion: Option<String>,
        labels: Vec<String>,
    },
    #[error("rating \"{label}\" stands for `{label_status}`, not `{status}`")]
    WrongStatus {
        label: String,
        label_status: Status,
        status: Status,
    },
    #[error("a rating belongs to a verdict, and `{status}` is not one")]
    NotAVerdict { status: Status },
    #[error("a rating cannot be empty")]
    Empty,
}

impl RatingError {
    /// The label to offer for a near miss.
    pub fn suggestion(&self) -> Option<&str> {
        match self {
            RatingError::Unknown { suggestion, .. } => suggestion.as_deref(),
            _ => None,
        }
    }
}

impl Scale {
    pub fn new(levels: Vec<Level>) -> Scale {
        Scale { levels }
    }

    pub fn is_empty(&self) -> bool {
        self.levels.is_empty()
    }

    pub fn levels(&self) -> &[Level] {
        &self.levels
    }

    /// What is wrong with the scale itself, by the index of the level.
    pub fn problems(&self) -> Vec<(usize, String)> {
        let mut out = Vec::new();
        for (i, level) in self.levels.iter().enumerate() {
            let label = level.label.trim();
            if label.is_empty() {
                out.push((i, "a rating label cannot be empty".to_string()));
                continue;
            }
            if level.status.is_open() {
                out.push((
                    i,
                    format!(
                        "rating \"{label}\" stands for `{}`, which is not a verdict (use verified, refuted, mixed or unverifiable)",
                        level.status
                    ),
                ));
            }
            if let Some(first) = self.levels[..i]
                .iter()
                .position(|l| names::same(&l.label, label))
            {
                out.push((
                    i,
                    format!(
                        "rating \"{label}\" is on the scale twice (also number {})",
                        first + 1
                    ),
                ));
            }
        }
        out
    }

    /// The level a label names, case and accents aside.
    pub fn level(&self, label: &str) -> Option<&Level> {
        self.levels.iter().find(|l| names::same(&l.label, label))
    }

    /// The level for a rating given on the command line; a near miss gets a suggestion.
    pub fn find(&self, given: &str) -> Result<&Level, RatingError> {
        let given = given.trim();
        if given.is_empty() {
            return Err(RatingError::Empty);
        }
        self.level(given).ok_or_else(|| RatingError::Unknown {
            given: given.to_string(),
            suggestion: names::nearest(given, self.levels.iter().map(|l| l.label.as_str()))
                .map(str::to_string),
            labels: self.levels.iter().map(|l| l.label.clone()).collect(),
        })
    }

    /// Where a label sits on the scale.
    pub fn place(&self, label: &str) -> Option<Place> {
        let best = self.levels.len();
        let i = self
            .levels
            .iter()
            .position(|l| names::same(&l.label, label))?;
        Some(Place {
            value: best - i,
            best,
            worst: 1,
        })
    }

    /// The status and the rating (as the scale spells it) that a status
    /// and/or a rating given together ask for. `current` is the claim's
    /// status, kept when only a rating is given without a scale.
    pub fn resolve(
        &self,
        status: Option<Status>,
        rating: Option<&str>,
        current: Status,
    ) -> Result<(Status, Option<String>), RatingError> {
        let Some(given) = rating else {
            return Ok((status.unwrap_or(current), None));
        };
        let given = given.trim();
        if given.is_empty() {
            return Err(RatingError::Empty);
        }
        if self.is_empty() {
            let status = status.unwrap_or(current);
            if status.is_open() {
                return Err(RatingError::NotAVerdict { status });
            }
            return Ok((status, Some(given.to_string())));
        }
        let level = self.find(given)?;
        match status {
            Some(s) if s != level.status => Err(RatingError::WrongStatus {
                label: level.label.clone(),
                label_status: level.status,
                status: s,
            }),
            _ => Ok((level.status, Some(level.label.clone()))),
        }
    }

    /// Why a claim's stored rating does not fit its status, if it does not.
    pub fn rating_problem(&self, status: Status, rating: Option<&str>) -> Option<RatingError> {
        let rating = rating?;
        // An open claim may carry an imported label; commands drop it on reopening.
        if self.is_empty() || status.is_open() {
            return None;
        }
        match self.find(rating) {
            Err(e) => Some(e),
            Ok(level) if level.status != status => Some(RatingError::WrongStatus {
                label: level.label.clone(),
                label_status: level.status,
                status,
            }),
            Ok(_) => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scale() -> Scale {
        let l = |label: &str, status| Level {
            label: label.into(),
            status,
        };
        Scale::new(vec![
            l("True", Status::Verified),
            l("Half True", Status::Mixed),
            l("False", Status::Refuted),
            l("Pants on Fire", Status::Refuted),
        ])
    }

    #[test]
    fn labels_match_case_aside_and_give_the_status() {
        let s = scale();
        assert_eq!(
            s.resolve(None, Some("half true"), Status::Unverified),
            Ok((Status::Mixed, Some("Half True".into())))
        );
        assert_eq!(
            s.resolve(Some(Status::Refuted), Some("PANTS ON FIRE"), Status::Mixed),
            Ok((Status::Refuted, Some("Pants on Fire".into())))
        );
        assert_eq!(
            s.resolve(Some(Status::Verified), None, Status::Mixed),
            Ok((Status::Verified, None))
        );
    }

    #[test]
    fn a_near_miss_is_offered_and_a_wrong_status_refused() {
        let s = scale();
        let e = s
            .resolve(None, Some("Half Tru"), Status::Unverified)
            .unwrap_err();
        assert_eq!(e.suggestion(), Some("Half True"));
        assert!(
            e.to_string()
                .contains("True, Half True, False, Pants on Fire"),
            "{e}"
        );
        let e = s
            .resolve(Some(Status::Verified), Some("False"), Status::Unverified)
            .unwrap_err();
        assert_eq!(
            e.to_string(),
            "rating \"False\" stands for `refuted`, not `verified`"
        );
        assert_eq!(
            s.resolve(None, Some("  "), Status::Mixed),
            Err(RatingError::Empty)
        );
    }

    #[test]
    fn without_a_scale_a_rating_is_free_text_on_a_verdict() {
        let s = Scale::default();
        assert_eq!(
            s.resolve(None, Some("Pants on Fire"), Status::Refuted),
            Ok((Status::Refuted, Some("Pants on Fire".into())))
        );
        assert_eq!(
            s.resolve(None, Some("Nonsense"), Status::Unverified),
            Err(RatingError::NotAVerdict {
                status: Status::Unverified
            })
        );
    }

    #[test]
    fn places_count_down_from_the_best() {
        let s = scale();
        assert_eq!(
            s.place("true"),
            Some(Place {
                value: 4,
                best: 4,
                worst: 1
            })
        );
        assert_eq!(s.place("Pants on Fire").map(|p| p.value), Some(1));
        assert_eq!(s.place("Mostly True"), None);
    }

    #[test]
    fn a_stored_rating_must_fit_its_status() {
        let s = scale();
        assert!(s.rating_problem(Status::Mixed, Some("Half True")).is_none());
        assert!(s
            .rating_problem(Status::Refuted, Some("Half True"))
            .is_some());
        assert!(s.rating_problem(Status::Refuted, Some("Wrong")).is_some());
        assert!(s.rating_problem(Status::InReview, Some("True")).is_none());
        assert!(Scale::default()
            .rating_problem(Status::Refuted, Some("anything"))
            .is_none());
        assert!(s.rating_problem(Status::Unverified, None).is_none());
    }

    #[test]
    fn a_scale_with_twins_or_open_statuses_is_reported() {
        let mut levels = scale().levels().to_vec();
        levels.push(Level {
            label: "half  TRUE".into(),
            status: Status::Mixed,
        });
        levels.push(Level {
            label: "Pending".into(),
            status: Status::InReview,
        });
        levels.push(Level {
            label: " ".into(),
            status: Status::Mixed,
        });
        let problems = Scale::new(levels).problems();
        let at: Vec<usize> = problems.iter().map(|(i, _)| *i).collect();
        assert_eq!(at, [4, 5, 6], "{problems:?}");
        assert!(problems[0].1.contains("twice (also number 2)"));
        assert!(scale().problems().is_empty());
    }
}
