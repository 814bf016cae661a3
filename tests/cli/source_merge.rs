//! Article texts named by their digest, claims that name their text by
//! digest, and the merge driver for `source.yaml`.

use sha2::{Digest, Sha256};

use crate::common::{TestStore, ARTICLE};

fn sha256(text: &str) -> String {
    Sha256::digest(text.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn v2() -> String {
    format!("A new headline\n\n{ARTICLE}")
}

/// A store with claim `meet` on revision 1 of `article`.
fn store_with_claim() -> TestStore {
    let t = TestStore::with_article();
    t.run(&[
        "add",
        "Xi and Putin meet",
        "--source",
        "article",
        "--quote",
        "the two presidents will meet",
        "--id",
        "meet",
    ])
    .ok();
    t
}

#[test]
fn a_new_revision_is_named_by_its_digest_and_claims_record_it() {
    let t = store_with_claim();
    t.write("v2.txt", &v2());
    let run = t.run(&["source", "update", "article", "v2.txt"]).ok();
    assert!(run.stdout.contains("moved to r2"), "{}", run.stdout);
    let digest = sha256(&v2());
    let name = format!("sha256-{}.txt", &digest[..16]);
    assert_eq!(t.read(&format!("sources/article/{name}")), v2());
    assert!(!t.path("sources/article/r2.txt").exists());
    let yaml = t.read("sources/article/source.yaml");
    assert!(
        yaml.contains(&format!("file: {name}")) && yaml.contains(&digest),
        "{yaml}"
    );
    let claim = t.read("claims/meet.yaml");
    assert!(
        claim.contains(&format!("  rev: 2\n  sha256: {digest}\n")),
        "{claim}"
    );
    assert!(claim.contains("source.sha256:"), "{claim}");
    t.assert_check_clean();
    // The first revision is still `r1.txt`, and a claim on it names no digest.
    let first = TestStore::with_article();
    first
        .run(&[
            "add",
            "A claim",
            "--source",
            "article",
            "--quote",
            "SCO summit",
            "--id",
            "c1",
        ])
        .ok();
    assert!(!first.read("claims/c1.yaml").contains("sha256"));
}

#[test]
fn an_old_store_with_r2_txt_still_reads() {
    let t = store_with_claim();
    // As a version before digest names left it: `r2.txt`, and a claim on
    // revision 2 without a digest.
    t.write("sources/article/r2.txt", &v2());
    let yaml = t.read("sources/article/source.yaml");
    t.write(
        "sources/article/source.yaml",
        &format!(
            "{yaml}- rev: 2\n  file: r2.txt\n  retrieved: 2026-11-28T09:00:00Z\n  sha256: {}\n",
            sha256(&v2())
        ),
    );
    t.run(&["edit", "meet", "--rev", "2"]).ok();
    let claim = t.read("claims/meet.yaml");
    let digest = sha256(&v2());
    let old = claim
        .replace(&format!("  sha256: {digest}\n"), "")
        .replace(&format!("    source.sha256:\n      to: {digest}\n"), "");
    assert!(!old.contains("sha256"), "{old}");
    t.write("claims/meet.yaml", &old);
    t.assert_check_clean();
    let show = t.run(&["show", "meet"]).ok();
    assert!(show.stdout.contains("article r2"), "{}", show.stdout);
    let source = t.run(&["source", "show", "article"]).ok();
    assert!(source.stdout.contains("r2.txt"), "{}", source.stdout);
    let diff = t
        .run(&["source", "diff", "article", "--from", "1", "--to", "2"])
        .ok();
    assert!(diff.stdout.contains("A new headline"), "{}", diff.stdout);
    // The next revision is named by its digest and the claim moves onto it.
    let v3 = format!("{}\nA closing line.\n", v2());
    t.write("v3.txt", &v3);
    let run = t.run(&["source", "update", "article", "v3.txt"]).ok();
    assert!(run.stdout.contains("moved to r3"), "{}", run.stdout);
    assert!(t
        .path(&format!(
            "sources/article/sha256-{}.txt",
            &sha256(&v3)[..16]
        ))
        .exists());
    t.assert_check_clean();
}

#[test]
fn a_claims_digest_must_name_a_revision_of_its_source() {
    let t = store_with_claim();
    t.write("v2.txt", &v2());
    t.run(&["source", "update", "article", "v2.txt"]).ok();
    let claim = t.read("claims/meet.yaml");
    let digest = sha256(&v2());
    let line = claim
        .lines()
        .position(|l| l.starts_with("  sha256: "))
        .unwrap()
        + 1;
    for (bad, message) in [
        (
            "0".repeat(64),
            "has no revision with the text of this source.sha256",
        ),
        ("not-a-digest".to_string(), "is not a sha256"),
    ] {
        t.write(
            "claims/meet.yaml",
            &claim.replace(
                &format!("  sha256: {digest}\n"),
                &format!("  sha256: {bad}\n"),
            ),
        );
        let check = t.run(&["check"]).expect(1);
        assert!(
            check
                .stdout
                .contains(&format!("claims/meet.yaml:{line}:3: error: "))
                && check.stdout.contains(message)
                && check.stdout.contains("[unknown-revision]"),
            "{}{}",
            check.stdout,
            check.stderr
        );
        assert!(
            !check.stdout.contains(&bad),
            "never echoed: {}",
            check.stdout
        );
        // A new text is not moved onto by a claim whose revision is unknown.
        let before = t.snapshot();
        t.write("v3.txt", &format!("{}\nMore.\n", v2()));
        let run = t.run(&["source", "update", "article", "v3.txt"]);
        assert_ne!(run.code, 0, "{}{}", run.stdout, run.stderr);
        assert!(
            run.stdout.contains("claims/meet.yaml") || run.stderr.contains("claims/meet.yaml"),
            "{}{}",
            run.stdout,
            run.stderr
        );
        let _ = before;
        t.write("claims/meet.yaml", &claim);
        // Undo what the update stored, to try the next bad digest on r2.
        let yaml = t.read("sources/article/source.yaml");
        if let Some(at) = yaml.find("- rev: 3\n") {
            t.write("sources/article/source.yaml", &yaml[..at]);
        }
    }
}

#[test]
fn a_revision_file_that_is_a_path_a_link_or_missing_is_named_with_its_line() {
    let t = store_with_claim();
    t.write("v2.txt", &v2());
    t.run(&["source", "update", "article", "v2.txt"]).ok();
    let yaml = t.read("sources/article/source.yaml");
    let name = format!("sha256-{}.txt", &sha256(&v2())[..16]);
    let line = yaml
        .lines()
        .position(|l| l.starts_with("- rev: 2"))
        .unwrap()
        + 1;
    // A path instead of a name.
    t.write(
        "sources/article/source.yaml",
        &yaml.replace(&format!("file: {name}"), "file: ../../claims/meet.yaml"),
    );
    let check = t.run(&["check"]).expect(1);
    assert!(
        check
            .stdout
            .contains(&format!("sources/article/source.yaml:{line}:1: error: "))
            && check.stdout.contains("never a path"),
        "{}",
        check.stdout
    );
    let before = t.snapshot();
    let run = t.run(&["source", "diff", "article"]);
    assert_eq!(run.code, 2, "{}{}", run.stdout, run.stderr);
    assert!(run.stderr.contains("never a path"), "{}", run.stderr);
    assert_eq!(t.snapshot(), before);
    t.write("sources/article/source.yaml", &yaml);
    // Missing.
    let text = t.path(&format!("sources/article/{name}"));
    std::fs::rename(&text, t.path("elsewhere.txt")).unwrap();
    let check = t.run(&["check"]).expect(1);
    assert!(
        check.stdout.contains(&format!("sources/article/{name}")),
        "{}",
        check.stdout
    );
    // A link, never followed.
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(t.path("elsewhere.txt"), &text).unwrap();
        let check = t.run(&["check"]).expect(1);
        assert!(
            check.stdout.contains(&format!("sources/article/{name}")),
            "{}",
            check.stdout
        );
        let show = t.run(&["source", "diff", "article"]);
        assert_eq!(show.code, 2, "{}{}", show.stdout, show.stderr);
        assert!(show.stderr.contains(&name), "{}", show.stderr);
    }
}

/// `source.yaml` as `claimtrack` writes it, with the given revisions.
fn source_yaml(revisions: &[(u32, &str, &str)]) -> String {
    let mut out = "id: article\ntitle: Leaders meet\noutlet: null\nurl: null\npublished: 2022-09-07\nlanguage: en\nrevisions:\n".to_string();
    for (rev, text, at) in revisions {
        let digest = sha256(text);
        let file = if *rev == 1 {
            "r1.txt".to_string()
        } else {
            format!("sha256-{}.txt", &digest[..16])
        };
        out.push_str(&format!(
            "- rev: {rev}\n  file: {file}\n  retrieved: {at}\n  sha256: {digest}\n"
        ));
    }
    out
}

#[test]
fn the_merge_driver_unites_two_source_files_and_refuses_what_it_cannot_read() {
    let t = TestStore::new();
    let one = (1, ARTICLE, "2026-11-27T20:00:00Z");
    t.write("base.yaml", &source_yaml(&[one]));
    let ours = source_yaml(&[one, (2, "ours", "2026-11-28T10:00:00Z")]);
    let theirs = source_yaml(&[one, (2, "theirs", "2026-11-28T09:00:00Z")]);
    // Without %P: told apart from a claim by its keys.
    t.write("ours.yaml", &ours);
    t.write("theirs.yaml", &theirs);
    let run = t
        .run(&["merge-driver", "base.yaml", "ours.yaml", "theirs.yaml"])
        .ok();
    assert!(run.stderr.contains("is now r3"), "{}", run.stderr);
    let merged = t.read("ours.yaml");
    // (A digest that YAML 1.1 could take for a number is written quoted.)
    assert_eq!(
        merged.replace('\'', ""),
        source_yaml(&[
            one,
            (2, "theirs", "2026-11-28T09:00:00Z"),
            (3, "ours", "2026-11-28T10:00:00Z")
        ])
    );
    // With %P, the other way round: the same file.
    t.write("ours.yaml", &theirs);
    t.write("theirs.yaml", &ours);
    t.run(&[
        "merge-driver",
        "base.yaml",
        "ours.yaml",
        "theirs.yaml",
        "sources/article/source.yaml",
    ])
    .ok();
    assert_eq!(t.read("ours.yaml"), merged);
    // A side with conflict markers, or not UTF-8: both left between markers, exit 1.
    let marked = format!("<<<<<<< HEAD\n{ours}=======\n{theirs}>>>>>>> b\n");
    for bad in [marked.into_bytes(), b"id: article\n\xff\xfe\n".to_vec()] {
        t.write("ours.yaml", &ours);
        std::fs::write(t.path("theirs.yaml"), &bad).unwrap();
        let run = t
            .run(&[
                "merge-driver",
                "base.yaml",
                "ours.yaml",
                "theirs.yaml",
                "sources/article/source.yaml",
            ])
            .expect(1);
        assert!(run.stderr.contains("cannot merge"), "{}", run.stderr);
        let left = std::fs::read(t.path("ours.yaml")).unwrap();
        assert!(left.starts_with(b"# claimtrack merge-driver could not merge this source: "));
        assert!(left.windows(8).any(|w| w == b"<<<<<<< "));
        assert!(left.windows(bad.len()).any(|w| w == bad.as_slice()));
    }
    // Two different first texts: one source added twice.
    t.write("ours.yaml", &ours);
    t.write(
        "theirs.yaml",
        &source_yaml(&[(1, "other", "2026-11-27T20:00:00Z")]),
    );
    let run = t
        .run(&["merge-driver", "base.yaml", "ours.yaml", "theirs.yaml"])
        .expect(1);
    assert!(run.stderr.contains("added twice"), "{}", run.stderr);
    // A store's check explains what the driver left.
    t.write("sources/article/r1.txt", ARTICLE);
    std::fs::copy(t.path("ours.yaml"), t.path("sources/article/source.yaml")).unwrap();
    let check = t.run(&["check"]).expect(1);
    assert!(
        check.stdout.contains("sources/article/source.yaml")
            && check.stdout.contains("could not merge this source"),
        "{}",
        check.stdout
    );
}

#[test]
fn a_text_stored_again_is_the_file_of_its_first_revision() {
    let t = store_with_claim();
    let v3 = format!("{}\nA closing line.\n", v2());
    t.write("v2.txt", &v2());
    t.write("v3.txt", &v3);
    for file in ["v2.txt", "v3.txt", "v2.txt"] {
        t.run(&["source", "update", "article", file]).ok();
    }
    let yaml = t.read("sources/article/source.yaml");
    let name = crate::common::text_name(&v2());
    assert_eq!(yaml.matches(&format!("file: {name}")).count(), 2, "{yaml}");
    assert!(yaml.contains("- rev: 4"), "{yaml}");
    let show = t.run(&["show", "meet"]).ok();
    assert!(show.stdout.contains("article r4"), "{}", show.stdout);
    t.assert_check_clean();
}

#[test]
fn a_refused_revision_file_is_named_by_update_and_diff_with_its_line() {
    let t = store_with_claim();
    t.write("v2.txt", &v2());
    t.run(&["source", "update", "article", "v2.txt"]).ok();
    let yaml = t.read("sources/article/source.yaml");
    let name = crate::common::text_name(&v2());
    // The line of revision 2's `file:`, column 3 (under `- rev: 2`).
    let line = yaml
        .lines()
        .position(|l| l == format!("  file: {name}"))
        .unwrap()
        + 1;
    let hostile = "\"../\\e]0;owned\\a\\e[2K.txt\"";
    t.write(
        "sources/article/source.yaml",
        &yaml.replace(&format!("file: {name}"), &format!("file: {hostile}")),
    );
    t.write("v3.txt", &format!("{}\nMore.\n", v2()));
    let before = t.snapshot();
    for args in [
        &["source", "update", "article", "v3.txt"][..],
        &["source", "diff", "article", "--from", "1", "--to", "2"][..],
    ] {
        let run = t.run(args);
        assert_eq!(run.code, 2, "{args:?}: {}{}", run.stdout, run.stderr);
        assert!(
            run.stderr
                .contains(&format!("sources/article/source.yaml:{line}:3: ")),
            "{args:?}: {}",
            run.stderr
        );
        assert!(run.stderr.contains("revision 2"), "{}", run.stderr);
        assert!(
            !run.stderr.contains("owned"),
            "never echoed: {}",
            run.stderr
        );
        assert!(!run.stderr.contains('\u{1b}'), "{}", run.stderr);
        assert_eq!(t.snapshot(), before, "{args:?} changed nothing");
    }
}

/// `source.yaml` of the test article with the given revisions, each as
/// (rev, file, text, retrieved).
fn source_yaml_files(revisions: &[(u32, &str, &str, &str)]) -> String {
    let mut out = "id: article\ntitle: Leaders meet\noutlet: null\nurl: null\npublished: 2022-09-07\nlanguage: en\nrevisions:\n".to_string();
    for (rev, file, text, at) in revisions {
        out.push_str(&format!(
            "- rev: {rev}\n  file: {file}\n  retrieved: {at}\n  sha256: {}\n",
            sha256(text)
        ));
    }
    out
}

#[test]
fn the_merge_driver_leaves_what_it_cannot_take_between_markers() {
    let t = TestStore::new();
    let one = (1, "r1.txt", ARTICLE, "2026-11-27T20:00:00Z");
    let two = (2, "r2.txt", "two", "2026-11-28T08:00:00Z");
    t.write("base.yaml", &source_yaml_files(&[one, two]));
    let theirs = source_yaml_files(&[one, two, (3, "r3.txt", "three", "2026-11-28T09:00:00Z")]);
    let merge = |ours: &[u8], theirs: &[u8]| {
        std::fs::write(t.path("ours.yaml"), ours).unwrap();
        std::fs::write(t.path("theirs.yaml"), theirs).unwrap();
        t.run(&[
            "merge-driver",
            "base.yaml",
            "ours.yaml",
            "theirs.yaml",
            "sources/article/source.yaml",
        ])
    };
    let left = || std::fs::read(t.path("ours.yaml")).unwrap();
    let marked = |left: &[u8]| {
        left.starts_with(b"# claimtrack merge-driver could not merge this source: ")
            && left.windows(9).any(|w| w == b"\n=======\n")
            && left.ends_with(b">>>>>>> theirs\n")
    };
    // A revision the ancestor had, removed on one side (its text too, which
    // git removes): never brought back by the merge.
    let removed = source_yaml_files(&[one]);
    let run = merge(removed.as_bytes(), theirs.as_bytes()).expect(1);
    assert!(run.stderr.contains("removed revision 2"), "{}", run.stderr);
    assert!(marked(&left()));
    // A revision whose file is a path, or an escape sequence: refused,
    // never printed, and the first line holds no control character.
    for file in [
        "../../claims/meet.yaml",
        "/etc/passwd",
        "\"\\e]0;owned\\a\"",
    ] {
        let hostile = theirs.replace("file: r3.txt", &format!("file: {file}"));
        let run = merge(theirs.as_bytes(), hostile.as_bytes()).expect(1);
        assert!(
            run.stderr.contains("theirs: revision 3 names a file"),
            "{}",
            run.stderr
        );
        assert!(!run.stderr.contains("owned") && !run.stderr.contains("passwd"));
        let kept = left();
        assert!(marked(&kept));
        let first = kept.split(|b| *b == b'\n').next().unwrap();
        assert!(
            !first.contains(&0x1b) && !first.contains(&0x07),
            "{first:?}"
        );
    }
    // A side over the size limit: not read, yet both sides are accounted
    // for between markers (exit 1, not an error that leaves ours alone).
    let mut big = theirs.clone().into_bytes();
    big.extend(std::iter::repeat_n(b'#', 3 * 1024 * 1024));
    let run = merge(theirs.as_bytes(), &big).expect(1);
    assert!(run.stderr.contains("over the limit"), "{}", run.stderr);
    let kept = left();
    assert!(marked(&kept));
    assert!(kept.len() < 64 * 1024, "the big side is not copied");
    assert!(String::from_utf8_lossy(&kept).contains("this side is not shown here"));
    // Different sources whose ids hold escape sequences: the first line
    // the file keeps holds no control character either.
    let a = theirs.replace("id: article", "id: \"a\\e[31m\"");
    let b = theirs.replace("id: article", "id: \"b\\e[31m\"");
    let run = merge(a.as_bytes(), b.as_bytes()).expect(1);
    assert!(!run.stderr.contains('\u{1b}'), "{}", run.stderr);
    let left = left();
    let first = left.split(|b| *b == b'\n').next().unwrap();
    assert!(!first.contains(&0x1b), "{first:?}");
}

#[test]
fn a_report_finds_drift_by_the_digest_when_a_merge_left_the_number_stale() {
    // `meet` quotes revision 2, named by its digest; its file says rev 3
    // (as a merge that numbered the texts anew can leave it), and the
    // latest text, revision 3, no longer has the quote.
    let t = store_with_claim();
    t.write("v2.txt", &v2());
    t.run(&["source", "update", "article", "v2.txt"]).ok();
    let v3 = v2().replace("the two presidents will meet", "the two leaders may meet");
    t.write("v3.txt", &v3);
    t.run(&["source", "update", "article", "v3.txt"]).ok();
    let claim = t.read("claims/meet.yaml");
    let digest = sha256(&v2());
    let on_r2 = format!("  rev: 2\n  sha256: {digest}\n");
    assert!(claim.contains(&on_r2), "{claim}");
    t.write(
        "claims/meet.yaml",
        &claim.replace(&on_r2, &format!("  rev: 3\n  sha256: {digest}\n")),
    );
    // (The number was changed by hand here, which check also reports.)
    let check = t.run(&["check"]).expect(1);
    assert!(check.stdout.contains("stale-revision"), "{}", check.stdout);
    assert!(check.stdout.contains("quote-changed"), "{}", check.stdout);
    let r = t.run(&["report", "--format", "json"]).ok();
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let drift = v["quote_drift"].as_array().unwrap();
    assert_eq!(drift.len(), 1, "{drift:?}");
    assert_eq!(drift[0]["claim"], "meet");
    assert_eq!(drift[0]["rev"], 2);
    let text = t.run(&["report"]).ok();
    assert!(
        text.stdout.contains("meet   article r2 → r3  changed"),
        "{}",
        text.stdout
    );
}
