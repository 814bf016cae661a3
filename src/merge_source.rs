//! Merging two versions of one `source.yaml`: every revision both branches
//! stored is kept, numbered by when it was retrieved.
//!
//! The revisions both sides list first, in the same places, keep their
//! numbers (revision 1 above all, whose text is `r1.txt`). After them, the
//! revisions of both sides are ordered by retrieval time, then digest, then
//! file name, so that merging either branch into the other gives the same
//! file, and united by the digest of their text: a text stored on both
//! branches with no other text retrieved between is one revision, retrieved
//! when it first was (stored again after another, it is a revision again,
//! so that the latest revision is the text retrieved last). Texts are named by
//! their digest, so the files themselves never collide; claims name the
//! text they quote by its digest too, so a revision numbered anew is still
//! found (`Source::resolve`). The other fields are merged three ways against
//! the common ancestor; what the last fetch learned (`checked`, `etag`,
//! `last_modified`) is taken whole from the side that fetched last.

use crate::model::{is_sha256, is_text_file_name, Source, SourceRevision};

/// The first line of a `source.yaml` the merge driver could not merge.
pub(crate) const UNDECIDED_SOURCE: &str = "# claimtrack merge-driver could not merge this source: ";

/// A merged source and what the merge did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct MergedSource {
    pub source: Source,
    /// Revisions only ours had, and only theirs had.
    pub ours_only: usize,
    pub theirs_only: usize,
    /// Revisions that changed number: the file, its number on its side, its number now.
    pub renumbered: Vec<(String, u32, u32)>,
}

/// Why two versions of a `source.yaml` cannot be merged without a person deciding.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub(crate) enum SourceUnmergeable {
    #[error("{0}")]
    Unreadable(String),
    #[error("{side}: its id is not a source id")]
    BadId { side: &'static str },
    #[error("the two sides are different sources (`{ours}` and `{theirs}`)")]
    DifferentSources { ours: String, theirs: String },
    #[error("{side}: its revisions are not numbered 1, 2, 3 … in order")]
    Numbering { side: &'static str },
    #[error("the two sides stored a different first text (r1.txt): the source was added twice")]
    DifferentFirst,
    #[error("the two sides stored different texts under one file name (revision {ours} of ours, {theirs} of theirs)")]
    SameFile { ours: u32, theirs: u32 },
    #[error("both sides changed `{0}`, differently")]
    Field(&'static str),
    #[error("{side}: revision {rev} {why}")]
    BadRevision {
        side: &'static str,
        rev: u32,
        why: &'static str,
    },
    #[error(
        "{side} removed revision {rev} of the common ancestor, which the other side still lists"
    )]
    Removed { side: &'static str, rev: u32 },
}

/// Whether `a` and `b` are one stored text: the same digest in the same file.
fn same(a: &SourceRevision, b: &SourceRevision) -> bool {
    a.sha256 == b.sha256 && a.file == b.file
}

/// Of one text stored on both sides, the one retrieved first (at one
/// time, the smaller file name: the same either way round).
fn first<'a>(a: &'a SourceRevision, b: &'a SourceRevision) -> &'a SourceRevision {
    if (&b.retrieved, &b.file) < (&a.retrieved, &a.file) {
        b
    } else {
        a
    }
}

/// One field merged three ways: a side that left it as the ancestor had it
/// takes the other side's value.
fn three_way<T: PartialEq + Clone>(
    name: &'static str,
    base: Option<&T>,
    ours: &T,
    theirs: &T,
) -> Result<T, SourceUnmergeable> {
    if ours == theirs || base == Some(theirs) {
        Ok(ours.clone())
    } else if base == Some(ours) {
        Ok(theirs.clone())
    } else {
        Err(SourceUnmergeable::Field(name))
    }
}

/// Each revision of a side names its text as this program does: a bare
/// file name (never a path) with a sha256, a digest-named file matching its
/// digest. Anything else would be merged into a file every reader refuses.
fn well_formed(side: &'static str, s: &Source) -> Result<(), SourceUnmergeable> {
    for r in &s.revisions {
        let why = if !is_text_file_name(&r.file) {
            "names a file that is not r1.txt, rN.txt or sha256-<16 hex digits>.txt"
        } else if !is_sha256(&r.sha256) {
            "has a sha256 that is not 64 lowercase hex digits"
        } else if r.is_named_for_another_digest() {
            "names its file for another digest than its sha256"
        } else {
            continue;
        };
        return Err(SourceUnmergeable::BadRevision {
            side,
            rev: r.rev,
            why,
        });
    }
    Ok(())
}

/// A revision of the ancestor (its text: digest and file) that a side no
/// longer lists: texts are never removed, so a person must decide.
fn removed(base: Option<&Source>, ours: &Source, theirs: &Source) -> Result<(), SourceUnmergeable> {
    let lists = |s: &Source, b: &SourceRevision| s.revisions.iter().any(|r| same(r, b));
    for b in base.map_or(&[][..], |b| &b.revisions[..]) {
        let side = match (lists(ours, b), lists(theirs, b)) {
            (false, true) => "ours",
            (true, false) => "theirs",
            _ => continue,
        };
        return Err(SourceUnmergeable::Removed { side, rev: b.rev });
    }
    Ok(())
}

fn numbered(side: &'static str, s: &Source) -> Result<(), SourceUnmergeable> {
    let ok = s
        .revisions
        .iter()
        .enumerate()
        .all(|(i, r)| u32::try_from(i + 1).is_ok_and(|n| n == r.rev));
    if ok {
        Ok(())
    } else {
        Err(SourceUnmergeable::Numbering { side })
    }
}

/// Merge two versions of one source; `base` is the common ancestor's
/// version, when there is one that could be read.
pub(crate) fn merge_source(
    base: Option<&Source>,
    ours: &Source,
    theirs: &Source,
) -> Result<MergedSource, SourceUnmergeable> {
    // An id is printed and becomes a folder name: one that is not an id
    // (a path, a control character, a page of text) is never echoed.
    for (side, s) in [("ours", ours), ("theirs", theirs)] {
        if crate::model::id::problem(&s.id).is_some() {
            return Err(SourceUnmergeable::BadId { side });
        }
    }
    if ours.id != theirs.id {
        return Err(SourceUnmergeable::DifferentSources {
            ours: ours.id.clone(),
            theirs: theirs.id.clone(),
        });
    }
    numbered("ours", ours)?;
    numbered("theirs", theirs)?;
    well_formed("ours", ours)?;
    well_formed("theirs", theirs)?;
    let mut merged = ours.clone();
    merged.title = three_way("title", base.map(|b| &b.title), &ours.title, &theirs.title)?;
    merged.outlet = three_way(
        "outlet",
        base.map(|b| &b.outlet),
        &ours.outlet,
        &theirs.outlet,
    )?;
    merged.url = three_way("url", base.map(|b| &b.url), &ours.url, &theirs.url)?;
    merged.published = three_way(
        "published",
        base.map(|b| &b.published),
        &ours.published,
        &theirs.published,
    )?;
    merged.language = three_way(
        "language",
        base.map(|b| &b.language),
        &ours.language,
        &theirs.language,
    )?;
    // What the last fetch learned goes together, from the side that fetched
    // last (at one time, the greater answer: the same either way round).
    let fetched = |s: &Source| (s.checked, s.etag.clone(), s.last_modified.clone());
    let (checked, etag, last_modified) = fetched(ours).max(fetched(theirs));
    merged.checked = checked;
    merged.etag = etag;
    merged.last_modified = last_modified;

    let shared = ours
        .revisions
        .iter()
        .zip(&theirs.revisions)
        .take_while(|(a, b)| same(a, b))
        .count();
    if shared == 0 && !ours.revisions.is_empty() && !theirs.revisions.is_empty() {
        return Err(SourceUnmergeable::DifferentFirst);
    }
    removed(base, ours, theirs)?;
    // Each shared revision as retrieved first on either side.
    let mut revisions: Vec<SourceRevision> = ours.revisions[..shared]
        .iter()
        .zip(&theirs.revisions[..shared])
        .map(|(a, b)| first(a, b).clone())
        .collect();
    // The rest of both sides in the order they were retrieved (then digest,
    // then file name: the same either way round). A text both sides stored
    // with no other text retrieved between is one revision, retrieved when
    // it first was; stored again after another text, it is a revision
    // again, so the latest revision stays the text retrieved last.
    let mut rest: Vec<(&SourceRevision, bool)> = ours.revisions[shared..]
        .iter()
        .map(|r| (r, true))
        .chain(theirs.revisions[shared..].iter().map(|r| (r, false)))
        .collect();
    rest.sort_by(|(a, _), (b, _)| {
        (a.retrieved, &a.sha256, &a.file).cmp(&(b.retrieved, &b.sha256, &b.file))
    });
    // Each revision kept, with whether ours and theirs stored it.
    let mut united: Vec<(&SourceRevision, bool, bool)> = Vec::new();
    for (r, from_ours) in rest {
        match united.last_mut() {
            Some((kept, in_ours, in_theirs)) if kept.sha256 == r.sha256 => {
                *in_ours |= from_ours;
                *in_theirs |= !from_ours;
            }
            _ => united.push((r, from_ours, !from_ours)),
        }
    }
    let ours_only = united.iter().filter(|(_, o, t)| *o && !*t).count();
    let theirs_only = united.iter().filter(|(_, o, t)| !*o && *t).count();
    // One file name, one text.
    for a in ours.revisions.iter() {
        if let Some(b) = theirs
            .revisions
            .iter()
            .find(|b| b.file == a.file && b.sha256 != a.sha256)
        {
            return Err(SourceUnmergeable::SameFile {
                ours: a.rev,
                theirs: b.rev,
            });
        }
    }
    let mut renumbered = Vec::new();
    for (r, _, _) in united {
        let rev = u32::try_from(revisions.len() + 1)
            .map_err(|_| SourceUnmergeable::Numbering { side: "the merge" })?;
        if rev != r.rev {
            renumbered.push((r.file.clone(), r.rev, rev));
        }
        revisions.push(SourceRevision { rev, ..r.clone() });
    }
    merged.revisions = revisions;
    Ok(MergedSource {
        source: merged,
        ours_only,
        theirs_only,
        renumbered,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{DateTime, Utc};

    fn at(hour: u32) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(&format!("2026-11-28T{hour:02}:00:00Z"))
            .unwrap()
            .with_timezone(&Utc)
    }

    /// A digest that stands for the text `c`: its code, in hex, over and over.
    fn digest(c: char) -> String {
        format!("{:02x}", c as u32).repeat(32)
    }

    fn rev(n: u32, text: char, hour: u32) -> SourceRevision {
        let sha256 = digest(text);
        SourceRevision {
            rev: n,
            file: crate::model::text_file_name(n, &sha256),
            retrieved: at(hour),
            sha256,
        }
    }

    fn source(revisions: Vec<SourceRevision>) -> Source {
        Source {
            id: "article".into(),
            title: Some("Leaders meet".into()),
            outlet: None,
            url: Some("https://news.example/a".into()),
            published: None,
            language: Some("en".into()),
            checked: None,
            etag: None,
            last_modified: None,
            revisions,
        }
    }

    fn texts(s: &Source) -> Vec<(u32, String)> {
        s.revisions
            .iter()
            .map(|r| {
                let code = u8::from_str_radix(&r.sha256[..2], 16).unwrap();
                (r.rev, char::from(code).to_string())
            })
            .collect()
    }

    #[test]
    fn disjoint_revisions_are_all_kept_in_the_order_they_were_retrieved() {
        let base = source(vec![rev(1, 'a', 1)]);
        let ours = source(vec![rev(1, 'a', 1), rev(2, 'o', 10)]);
        let theirs = source(vec![rev(1, 'a', 1), rev(2, 't', 9)]);
        let m = merge_source(Some(&base), &ours, &theirs).unwrap();
        assert_eq!(
            texts(&m.source),
            [(1, "a".into()), (2, "t".into()), (3, "o".into())]
        );
        assert_eq!((m.ours_only, m.theirs_only), (1, 1));
        assert_eq!(m.renumbered, [(ours.revisions[1].file.clone(), 2, 3)]);
        // Each text keeps its own file, named by its digest.
        assert_eq!(m.source.revisions[2].file, ours.revisions[1].file);
        // The other way round, the same file.
        let back = merge_source(Some(&base), &theirs, &ours).unwrap();
        assert_eq!(back.source, m.source);
    }

    #[test]
    fn a_revision_both_sides_have_is_kept_once() {
        let ours = source(vec![rev(1, 'a', 1), rev(2, 'b', 3)]);
        let theirs = ours.clone();
        let m = merge_source(None, &ours, &theirs).unwrap();
        assert_eq!(m.source, ours);
        assert!(m.renumbered.is_empty());
        // The same text stored on both branches at different times: one
        // revision, retrieved when it first was.
        let ours = source(vec![rev(1, 'a', 1), rev(2, 'b', 5)]);
        let theirs = source(vec![rev(1, 'a', 1), rev(2, 'b', 4)]);
        let m = merge_source(None, &ours, &theirs).unwrap();
        assert_eq!(texts(&m.source), [(1, "a".into()), (2, "b".into())]);
        assert_eq!(m.source.revisions[1].retrieved, at(4));
    }

    #[test]
    fn three_revisions_interleave_by_time_and_the_shared_ones_keep_their_numbers() {
        let base = source(vec![rev(1, 'a', 1), rev(2, 'b', 2)]);
        let ours = source(vec![
            rev(1, 'a', 1),
            rev(2, 'b', 2),
            rev(3, 'c', 5),
            rev(4, 'e', 8),
        ]);
        let theirs = source(vec![rev(1, 'a', 1), rev(2, 'b', 2), rev(3, 'd', 6)]);
        let m = merge_source(Some(&base), &ours, &theirs).unwrap();
        assert_eq!(
            texts(&m.source),
            [
                (1, "a".into()),
                (2, "b".into()),
                (3, "c".into()),
                (4, "d".into()),
                (5, "e".into())
            ]
        );
        // A tie in time is broken by the digest, the same both ways.
        let ours = source(vec![rev(1, 'a', 1), rev(2, 'f', 7)]);
        let theirs = source(vec![rev(1, 'a', 1), rev(2, 'c', 7)]);
        let one = merge_source(None, &ours, &theirs).unwrap();
        let other = merge_source(None, &theirs, &ours).unwrap();
        assert_eq!(one.source, other.source);
        assert_eq!(texts(&one.source)[1], (2, "c".into()));
    }

    #[test]
    fn metadata_merges_three_ways_and_a_real_conflict_is_refused() {
        let base = source(vec![rev(1, 'a', 1)]);
        let mut ours = base.clone();
        ours.title = Some("Leaders meet in Samarkand".into());
        let mut theirs = base.clone();
        theirs.language = Some("ru".into());
        theirs.checked = Some(at(12));
        theirs.etag = Some("\"v2\"".into());
        let m = merge_source(Some(&base), &ours, &theirs).unwrap();
        assert_eq!(m.source.title.as_deref(), Some("Leaders meet in Samarkand"));
        assert_eq!(m.source.language.as_deref(), Some("ru"));
        assert_eq!(
            (m.source.checked, m.source.etag.as_deref()),
            (Some(at(12)), Some("\"v2\""))
        );
        theirs.title = Some("Leaders to meet".into());
        assert_eq!(
            merge_source(Some(&base), &ours, &theirs),
            Err(SourceUnmergeable::Field("title"))
        );
        // Without an ancestor, sides that differ cannot be told apart.
        assert_eq!(
            merge_source(None, &ours, &theirs),
            Err(SourceUnmergeable::Field("title"))
        );
    }

    #[test]
    fn what_cannot_be_merged_is_refused() {
        let ours = source(vec![rev(1, 'a', 1)]);
        let mut other = source(vec![rev(1, 'a', 1)]);
        other.id = "other".into();
        assert!(matches!(
            merge_source(None, &ours, &other),
            Err(SourceUnmergeable::DifferentSources { .. })
        ));
        let twice = source(vec![rev(1, 'z', 1)]);
        assert_eq!(
            merge_source(None, &ours, &twice),
            Err(SourceUnmergeable::DifferentFirst)
        );
        // Two old-style `r2.txt` holding different texts.
        let mut a = source(vec![rev(1, 'a', 1), rev(2, 'b', 2)]);
        let mut b = source(vec![rev(1, 'a', 1), rev(2, 'c', 3)]);
        a.revisions[1].file = "r2.txt".into();
        b.revisions[1].file = "r2.txt".into();
        assert_eq!(
            merge_source(None, &a, &b),
            Err(SourceUnmergeable::SameFile { ours: 2, theirs: 2 })
        );
        let mut gap = source(vec![rev(1, 'a', 1), rev(3, 'b', 2)]);
        assert_eq!(
            merge_source(None, &gap, &ours),
            Err(SourceUnmergeable::Numbering { side: "ours" })
        );
        gap.revisions.clear();
        assert!(merge_source(None, &gap, &ours).is_ok());
    }

    #[test]
    fn a_revision_that_names_a_path_or_a_false_digest_is_refused() {
        let base = source(vec![rev(1, 'a', 1)]);
        let theirs = source(vec![rev(1, 'a', 1), rev(2, 't', 9)]);
        let cases: [(&str, Option<&str>, &str); 5] = [
            ("../../claims/c.yaml", None, "names a file"),
            ("/etc/passwd", None, "names a file"),
            ("other/r1.txt", None, "names a file"),
            ("sha256-0000000000000000.txt", None, "another digest"),
            ("r2.txt", Some("not-a-digest"), "not 64 lowercase hex"),
        ];
        for (file, sha256, why) in cases {
            let mut ours = source(vec![rev(1, 'a', 1), rev(2, 'o', 10)]);
            ours.revisions[1].file = file.into();
            if let Some(d) = sha256 {
                ours.revisions[1].sha256 = d.into();
            }
            for (one, other, side) in [(&ours, &theirs, "ours"), (&theirs, &ours, "theirs")] {
                let refused = merge_source(Some(&base), one, other).unwrap_err();
                assert!(
                    matches!(refused, SourceUnmergeable::BadRevision { side: s, rev: 2, .. } if s == side),
                    "{file}: {refused:?}"
                );
                let message = refused.to_string();
                assert!(message.contains(why), "{message}");
                assert!(!message.contains(file), "never echoed: {message}");
            }
        }
    }

    #[test]
    fn a_revision_one_side_removed_is_not_brought_back() {
        let base = source(vec![rev(1, 'a', 1), rev(2, 'b', 2)]);
        let ours = source(vec![rev(1, 'a', 1)]);
        let theirs = source(vec![rev(1, 'a', 1), rev(2, 'b', 2), rev(3, 'c', 3)]);
        assert_eq!(
            merge_source(Some(&base), &ours, &theirs),
            Err(SourceUnmergeable::Removed {
                side: "ours",
                rev: 2
            })
        );
        assert_eq!(
            merge_source(Some(&base), &theirs, &ours),
            Err(SourceUnmergeable::Removed {
                side: "theirs",
                rev: 2
            })
        );
        // Removed on both sides alike: nothing to decide.
        let both = merge_source(Some(&base), &ours, &ours).unwrap();
        assert_eq!(both.source, ours);
        // Renumbered by an earlier merge is not removed.
        let renumbered = source(vec![rev(1, 'a', 1), rev(2, 'z', 1), rev(3, 'b', 2)]);
        assert!(merge_source(Some(&base), &renumbered, &theirs).is_ok());
    }

    #[test]
    fn equal_times_merge_the_same_either_way_round() {
        // Two fetches at one time that learned different things.
        let base = source(vec![rev(1, 'a', 1)]);
        let mut ours = base.clone();
        let mut theirs = base.clone();
        ours.checked = Some(at(12));
        ours.etag = Some("\"a\"".into());
        theirs.checked = Some(at(12));
        theirs.etag = Some("\"b\"".into());
        let one = merge_source(Some(&base), &ours, &theirs).unwrap();
        let other = merge_source(Some(&base), &theirs, &ours).unwrap();
        assert_eq!(one.source, other.source);
        // One text at one time under two names (`r2.txt` from an older
        // version on one side, named by its digest on the other).
        let mut ours = source(vec![rev(1, 'a', 1), rev(2, 'b', 5)]);
        let theirs = source(vec![rev(1, 'a', 1), rev(2, 'c', 4), rev(3, 'b', 5)]);
        ours.revisions[1].file = "r2.txt".into();
        let one = merge_source(Some(&base), &ours, &theirs).unwrap();
        let other = merge_source(Some(&base), &theirs, &ours).unwrap();
        assert_eq!(one.source, other.source);
        assert_eq!(texts(&one.source).len(), 3);
    }

    #[test]
    fn a_text_both_sides_stored_apart_from_another_stays_the_latest() {
        // Theirs saw B at 9; ours saw A at 10, then B again at 12: the
        // article's text last seen is B, and so is the latest revision.
        let base = source(vec![rev(1, 'a', 1)]);
        let ours = source(vec![rev(1, 'a', 1), rev(2, 'x', 10), rev(3, 'b', 12)]);
        let theirs = source(vec![rev(1, 'a', 1), rev(2, 'b', 9)]);
        let m = merge_source(Some(&base), &ours, &theirs).unwrap();
        assert_eq!(
            texts(&m.source),
            [
                (1, "a".into()),
                (2, "b".into()),
                (3, "x".into()),
                (4, "b".into())
            ]
        );
        assert_eq!(m.source.latest().map(|r| r.retrieved), Some(at(12)));
        assert_eq!((m.ours_only, m.theirs_only), (2, 1));
        let back = merge_source(Some(&base), &theirs, &ours).unwrap();
        assert_eq!(back.source, m.source);
    }

    #[test]
    fn an_id_that_is_not_an_id_is_refused_and_never_echoed() {
        let ours = source(vec![rev(1, 'a', 1)]);
        for id in ["a\u{1b}]0;owned\u{7}", "../other", &"x".repeat(5000)] {
            let mut bad = ours.clone();
            bad.id = id.to_string();
            for (one, other, side) in [(&bad, &ours, "ours"), (&ours, &bad, "theirs")] {
                let refused = merge_source(None, one, other).unwrap_err();
                assert_eq!(refused, SourceUnmergeable::BadId { side });
                assert!(!refused.to_string().contains(id));
            }
        }
    }
}
