//! A change of a claim's verdict as the rules allow it: the rating goes with
//! the verdict it was given with, a conclusion belongs to a verdict, and
//! reopening clears both.

use super::rating::{RatingError, Scale};
use super::{Claim, Status};

/// What a verdict command asks for; any of it may be left out.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Request {
    pub status: Option<Status>,
    pub rating: Option<String>,
    pub conclusion: Option<String>,
}

/// Why a request cannot be applied.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub(crate) enum TransitionError {
    #[error(transparent)]
    Rating(#[from] RatingError),
    #[error("a conclusion belongs to a verdict, and `{0}` is not one")]
    ConclusionWithoutVerdict(Status),
    #[error("nothing asked: give a status, --rating or --conclusion")]
    Nothing,
}

/// Apply `request` to `claim`: the status (from the rating's label when the
/// scale has it), the rating, the conclusion. A change of status drops the
/// rating unless a new one is given; a change to an open status also clears
/// the conclusion.
pub(crate) fn apply(
    claim: &mut Claim,
    scale: &Scale,
    request: Request,
) -> Result<(), TransitionError> {
    if request == Request::default() {
        return Err(TransitionError::Nothing);
    }
    let (status, rating) =
        scale.resolve(request.status, request.rating.as_deref(), claim.status)?;
    let conclusion = request
        .conclusion
        .map(|c| c.trim().to_string())
        .filter(|c| !c.is_empty());
    if conclusion.is_some() && status.is_open() {
        return Err(TransitionError::ConclusionWithoutVerdict(status));
    }
    if status != claim.status {
        claim.rating = rating;
        if status.is_open() {
            claim.conclusion = None;
        }
    } else if rating.is_some() {
        claim.rating = rating;
    }
    if conclusion.is_some() {
        claim.conclusion = conclusion;
    }
    claim.status = status;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::rating::Level;

    fn request(status: Option<Status>, rating: Option<&str>, conclusion: Option<&str>) -> Request {
        Request {
            status,
            rating: rating.map(str::to_string),
            conclusion: conclusion.map(str::to_string),
        }
    }

    fn scale() -> Scale {
        Scale::new(vec![
            Level {
                label: "True".into(),
                status: Status::Verified,
            },
            Level {
                label: "Half True".into(),
                status: Status::Mixed,
            },
        ])
    }

    #[test]
    fn a_new_status_drops_the_rating_and_reopening_the_conclusion() {
        let mut c = Claim::blank("x".into());
        apply(
            &mut c,
            &Scale::default(),
            request(Some(Status::Mixed), Some("Half"), Some("Why")),
        )
        .unwrap();
        assert_eq!(
            (c.rating.as_deref(), c.conclusion.as_deref()),
            (Some("Half"), Some("Why"))
        );
        apply(
            &mut c,
            &Scale::default(),
            request(Some(Status::Refuted), None, None),
        )
        .unwrap();
        assert_eq!(
            (c.rating.as_deref(), c.conclusion.as_deref()),
            (None, Some("Why"))
        );
        apply(
            &mut c,
            &Scale::default(),
            request(None, Some("False"), None),
        )
        .unwrap();
        assert_eq!(
            (c.status, c.rating.as_deref()),
            (Status::Refuted, Some("False"))
        );
        apply(
            &mut c,
            &Scale::default(),
            request(Some(Status::InReview), None, None),
        )
        .unwrap();
        assert_eq!((c.rating.as_deref(), c.conclusion.as_deref()), (None, None));
    }

    #[test]
    fn the_scale_sets_the_status_and_refuses_what_does_not_fit() {
        let mut c = Claim::blank("x".into());
        apply(&mut c, &scale(), request(None, Some("half true"), None)).unwrap();
        assert_eq!(
            (c.status, c.rating.as_deref()),
            (Status::Mixed, Some("Half True"))
        );
        let before = c.clone();
        assert!(apply(
            &mut c,
            &scale(),
            request(Some(Status::Refuted), Some("True"), None)
        )
        .is_err());
        assert_eq!(
            apply(
                &mut c,
                &scale(),
                request(Some(Status::Unverified), None, Some("x"))
            ),
            Err(TransitionError::ConclusionWithoutVerdict(
                Status::Unverified
            ))
        );
        assert_eq!(
            apply(&mut c, &scale(), Request::default()),
            Err(TransitionError::Nothing)
        );
        assert_eq!(c, before, "a refused request changes nothing");
    }
}
