//! `claimtrack verify`, `refute` and `mark`: verdicts and other status changes.

use crate::app::App;
use crate::error::{Error, Result};
use crate::exit::Exit;
use crate::model::rating::Scale;
use crate::model::transition::{self, Request, TransitionError};
use crate::model::{names, Claim, Stance, Status};
use crate::output::print;
use crate::store::Store;

use super::args::{parse_status, EvidenceInput};

/// Give a verdict, with the evidence it stands on
#[derive(Debug, clap::Args)]
pub(crate) struct VerdictArgs {
    /// The claim's id
    #[arg(value_name = "ID")]
    pub id: String,
    /// The evidence the verdict stands on (added as an evidence item)
    #[command(flatten)]
    pub evidence: EvidenceInput,
    #[command(flatten)]
    pub verdict: VerdictWords,
}

/// The words a verdict is published with.
#[derive(Debug, Clone, Default, clap::Args)]
pub(crate) struct VerdictWords {
    /// The verdict in the publisher's words ("Pants on Fire"); with a rating
    /// scale in claimtrack.yaml, one of its labels
    #[arg(long, value_name = "LABEL")]
    pub rating: Option<String>,
    /// The verdict's reasoning as it will be published (needed for unverifiable)
    #[arg(long, value_name = "TEXT")]
    pub conclusion: Option<String>,
    /// Why the change was made (needed to change one verdict into another)
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
}

/// Change the status of claims (a verdict, in-review, or reopen), or give a rating or conclusion
///
/// The statuses: unverified and in-review are open; verified, refuted,
/// mixed and unverifiable are verdicts. `verified` needs `supports`
/// evidence, `refuted` needs `refutes` evidence, `mixed` any, and
/// `unverifiable` a --conclusion. With a rating scale, `--rating LABEL`
/// alone sets the status the label stands for.
#[derive(Debug, clap::Args)]
pub(crate) struct MarkArgs {
    /// The claims' ids, then the new status: unverified, in-review, verified,
    /// refuted, mixed or unverifiable (leave it out to give only a rating or
    /// a conclusion)
    #[arg(required = true, value_name = "ID… [STATUS]")]
    pub words: Vec<String>,
    #[command(flatten)]
    pub verdict: VerdictWords,
}

pub(crate) fn verify(app: &App, args: VerdictArgs) -> Result<Exit> {
    verdict(app, args, Status::Verified, Stance::Supports)
}

pub(crate) fn refute(app: &App, args: VerdictArgs) -> Result<Exit> {
    verdict(app, args, Status::Refuted, Stance::Refutes)
}

fn verdict(app: &App, args: VerdictArgs, status: Status, stance: Stance) -> Result<Exit> {
    let store = app.store()?;
    crate::store::check_id(&args.id)?;
    let input = args.evidence;
    let evidence = if input.is_empty() {
        None
    } else {
        Some(input.build(store, stance, app.user(), app.now()?)?)
    };
    let scale = scale_for(store, &args.verdict)?;
    let words = args.verdict;
    let request = Request {
        status: Some(status),
        rating: words.rating.clone(),
        conclusion: words.conclusion.clone(),
    };
    let claims = super::change_claims(
        app,
        store,
        std::slice::from_ref(&args.id),
        status.as_str(),
        words.note,
        |c| {
            apply(c, &scale, request.clone())?;
            c.evidence.extend(evidence.clone());
            Ok(())
        },
    )?;
    print(&outcome(app, &claims))?;
    Ok(Exit::Success)
}

pub(crate) fn mark(app: &App, args: MarkArgs) -> Result<Exit> {
    let store = app.store()?;
    let (ids, status) = split_words(store, args.words)?;
    for id in &ids {
        crate::store::check_id(id)?;
    }
    let scale = scale_for(store, &args.verdict)?;
    let words = args.verdict;
    let action = match status {
        Some(Status::Unverified) => "reopened",
        Some(other) => other.as_str(),
        None => "",
    };
    let request = Request {
        status,
        rating: words.rating,
        conclusion: words.conclusion,
    };
    if request == Request::default() {
        if let [only] = ids.as_slice() {
            if parse_status(only).is_ok() {
                return Err(Error::invalid(format!(
                    "`{only}` is a status: give the claims' ids before it (`claimtrack mark ID… {only}`)"
                )));
            }
        }
        // `mark ID WORD` where WORD is neither a status nor a claim: say so,
        // rather than that no status was given.
        if let Some(last) = ids
            .last()
            .filter(|l| ids.len() >= 2 && !store.claim_exists(l))
        {
            parse_status(last)?;
        }
        return Err(Error::invalid(
            "nothing to mark: give a status, --rating or --conclusion",
        ));
    }
    let claims = super::change_claims(app, store, &ids, action, words.note, |c| {
        apply(c, &scale, request.clone())
    })?;
    print(&outcome(app, &claims))?;
    Ok(Exit::Success)
}

/// The ids and the status of `mark ID… [STATUS]`: the last word is the
/// status when it names one. A last word that is nearly a status and names
/// no claim is taken for a misspelt status.
fn split_words(store: &Store, mut words: Vec<String>) -> Result<(Vec<String>, Option<Status>)> {
    if words.len() >= 2 {
        if let Some(last) = words.last() {
            if let Ok(status) = parse_status(last) {
                words.pop();
                return Ok((words, Some(status)));
            }
            let statuses = Status::ALL.map(Status::as_str);
            if !store.claim_exists(last) && names::nearest(last, statuses).is_some() {
                return Err(parse_status(last)
                    .err()
                    .unwrap_or_else(|| Error::invalid(format!("unknown status \"{last}\""))));
            }
        }
    }
    Ok((words, None))
}

/// The rating scale, read only when a rating is given.
fn scale_for(store: &Store, words: &VerdictWords) -> Result<Scale> {
    if words.rating.is_none() {
        return Ok(Scale::default());
    }
    Ok(store.settings()?.scale())
}

/// Apply a verdict request to one claim, its errors told as the user gave it.
fn apply(c: &mut Claim, scale: &Scale, request: Request) -> Result<()> {
    transition::apply(c, scale, request).map_err(|e| {
        let suggestion = match &e {
            TransitionError::Rating(r) => r.suggestion().map(str::to_string),
            _ => None,
        };
        let error = Error::invalid(format!("claim `{}`: {e}", c.id));
        match suggestion {
            Some(s) => error.hint(format!("did you mean `{s}`?")),
            None => error,
        }
    })
}

/// `id is status, rated R (rN, N evidence items)`, a line a claim.
fn outcome(app: &App, claims: &[Claim]) -> String {
    let mut out = String::new();
    for claim in claims {
        let style = crate::render::status_style(claim.status).unwrap_or_default();
        let rating = claim
            .rating
            .as_deref()
            .map(|r| format!(", rated {r}"))
            .unwrap_or_default();
        out.push_str(&format!(
            "{} is {}{rating} (r{}, {})\n",
            claim.id,
            app.painter().paint(style, claim.status.as_str()),
            claim.history.len(),
            crate::model::plural::noun(claim.evidence.len(), "evidence item")
        ));
    }
    out
}
