//! A temporary store and a way to run the real program on it.

use std::path::{Path, PathBuf};
use std::process::Output;

use assert_cmd::Command;

/// A file of the shared corpus beside the project. Where it is absent the
/// test is skipped with a reason, except under CI (see [`skip`]).
pub fn shared(rel: &str) -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared")
        .join(rel);
    if p.exists() {
        Some(p)
    } else {
        skip(&format!(
            "../shared/{rel} is absent (a fresh clone has no shared corpus)"
        ));
        None
    }
}

/// Say why a test is skipped. Under CI (`CI` set) a skip is a failure:
/// CI must provide everything the tests need, so it can never be green
/// without running them.
#[track_caller]
pub fn skip(reason: &str) {
    assert!(
        std::env::var_os("CI").is_none(),
        "{reason}, and CI is set: CI must provide it"
    );
    eprintln!("skipped: {reason}");
}

/// A store in a temporary folder, with the clock and user fixed.
pub struct TestStore {
    pub dir: tempfile::TempDir,
}

/// What one run of the program did.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    fn from(out: Output) -> Run {
        Run {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }

    /// Panics with the whole output unless the exit code is `code`.
    #[track_caller]
    pub fn expect(self, code: i32) -> Run {
        assert_eq!(
            self.code, code,
            "exit code\n--- stdout\n{}\n--- stderr\n{}",
            self.stdout, self.stderr
        );
        self
    }

    #[track_caller]
    pub fn ok(self) -> Run {
        self.expect(0)
    }
}

/// The file name a revision's text after the first is stored under:
/// `sha256-` and the first 16 hex digits of its digest.
pub fn text_name(text: &str) -> String {
    use sha2::Digest;
    let digest: String = sha2::Sha256::digest(text.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    format!("sha256-{}.txt", &digest[..16])
}

pub const ARTICLE: &str = "Putin and Xi Will Reportedly Meet\n\nRussian Ambassador to China Andrei Denisov informed reporters that the two presidents will meet during the SCO summit in Samarkand on September 15 and 16.\n\nIt has been claimed by Russian media that Xi intends to visit Kazakhstan before the meeting; however, these allegations have not been substantiated as of yet.\n\nMao Ning said, \u{201C}On your question, I have nothing to contribute.\u{201D}\n";

impl TestStore {
    /// An empty store (`claimtrack init`).
    pub fn new() -> TestStore {
        let t = TestStore {
            dir: tempfile::tempdir().unwrap(),
        };
        t.run(&["init"]).ok();
        t
    }

    /// A store with the short test article stored as source `article`.
    pub fn with_article() -> TestStore {
        let t = TestStore::new();
        t.write("article.txt", ARTICLE);
        t.run(&[
            "source",
            "add",
            "article.txt",
            "--id",
            "article",
            "--published",
            "2022-09-07",
        ])
        .ok();
        t
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    pub fn write(&self, rel: &str, text: &str) {
        let p = self.path(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }

    pub fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.path(rel)).unwrap()
    }

    pub fn command(&self) -> Command {
        Command::from_std(self.process())
    }

    /// A plain process, for tests that spawn and wait themselves.
    pub fn process(&self) -> std::process::Command {
        let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("claimtrack"));
        cmd.current_dir(self.dir.path())
            .env("CLAIMTRACK_USER", "alice")
            .env("CLAIMTRACK_NOW", "2026-11-27T20:00:00Z")
            .env_remove("CLAIMTRACK_STORE")
            .env("NO_COLOR", "1")
            .env("COLUMNS", "120");
        cmd
    }

    pub fn run(&self, args: &[&str]) -> Run {
        Run::from(self.command().args(args).output().unwrap())
    }

    /// Runs `args` with the program made to stop dead (exit 137) just
    /// before its `nth` rename of a written file into place, as a crash or
    /// a power cut would leave the store.
    pub fn run_crashing(&self, nth: u32, args: &[&str]) -> Run {
        Run::from(
            self.command()
                .env("CLAIMTRACK_TEST_CRASH_BEFORE_RENAME", nth.to_string())
                .args(args)
                .output()
                .unwrap(),
        )
    }

    /// `check` finds the store clean: no error and no warning.
    #[track_caller]
    pub fn assert_check_clean(&self) {
        let check = self.run(&["check"]).ok();
        assert!(
            check.stderr.contains("0 errors, 0 warnings"),
            "{}{}",
            check.stdout,
            check.stderr
        );
    }

    pub fn run_stdin(&self, args: &[&str], stdin: &str) -> Run {
        Run::from(
            self.command()
                .args(args)
                .write_stdin(stdin.to_string())
                .output()
                .unwrap(),
        )
    }

    /// Every file under the store with its bytes, to prove nothing changed.
    /// The lock and the derived files that readers keep up to date (the
    /// claim cache, the search index, `check`'s conclusions, each written
    /// or not depending on how old the files are) are left out: they are not
    /// the store's data, and deleting them is always safe.
    pub fn snapshot(&self) -> Snapshot {
        let derived = |name: &str| {
            name == ".claimtrack.lock"
                || name == ".claimtrack-check.cache"
                || name.starts_with(".claimtrack-cache")
                || name.starts_with(".claimtrack-search.")
        };
        let mut out = Vec::new();
        let mut stack = vec![self.dir.path().to_path_buf()];
        while let Some(d) = stack.pop() {
            for e in std::fs::read_dir(&d).unwrap().flatten() {
                let p = e.path();
                if p.is_dir() {
                    stack.push(p);
                } else if !derived(&e.file_name().to_string_lossy()) {
                    out.push((p.clone(), std::fs::read(&p).unwrap()));
                }
            }
        }
        out.sort();
        Snapshot(out)
    }
}

/// The files of a store with their bytes ([`TestStore::snapshot`]); shown
/// by path, length and digest, so that a failed comparison names the files
/// that differ instead of printing their bytes.
#[derive(PartialEq, Eq)]
pub struct Snapshot(Vec<(PathBuf, Vec<u8>)>);

impl std::ops::Deref for Snapshot {
    type Target = Vec<(PathBuf, Vec<u8>)>;
    fn deref(&self) -> &Self::Target {
        &self.0
    }
}

impl std::ops::DerefMut for Snapshot {
    fn deref_mut(&mut self) -> &mut Self::Target {
        &mut self.0
    }
}

impl std::fmt::Debug for Snapshot {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use sha2::Digest;
        let mut list = f.debug_list();
        for (path, bytes) in &self.0 {
            let digest = sha2::Sha256::digest(bytes);
            list.entry(&format_args!(
                "{} ({} bytes, sha256 {:02x}{:02x}{:02x}{:02x}…)",
                path.display(),
                bytes.len(),
                digest[0],
                digest[1],
                digest[2],
                digest[3]
            ));
        }
        list.finish()
    }
}

/// Compare `actual` with the golden file `tests/cli/golden/NAME`; with
/// `CLAIMTRACK_UPDATE_GOLDEN=1` write it instead (review the diff like code).
#[track_caller]
pub fn golden(name: &str, actual: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/cli/golden")
        .join(name);
    if std::env::var_os("CLAIMTRACK_UPDATE_GOLDEN").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|_| {
        panic!(
            "{} is missing; run with CLAIMTRACK_UPDATE_GOLDEN=1",
            path.display()
        )
    });
    pretty_assertions::assert_eq!(
        expected,
        actual,
        "{name} (CLAIMTRACK_UPDATE_GOLDEN=1 rewrites it)"
    );
}

/// A reader running `commands` in turn, over and over, until `done` is set
/// (and at least twice): every run must succeed, as a store being written
/// must always read whole. Returns how many rounds it ran.
pub fn reader(
    t: &std::sync::Arc<TestStore>,
    done: &std::sync::Arc<std::sync::atomic::AtomicBool>,
    commands: &'static [&'static [&'static str]],
) -> std::thread::JoinHandle<usize> {
    let (t, done) = (std::sync::Arc::clone(t), std::sync::Arc::clone(done));
    std::thread::spawn(move || {
        let mut rounds = 0;
        while !done.load(std::sync::atomic::Ordering::SeqCst) || rounds < 2 {
            for args in commands {
                let run = t.run(args);
                assert_eq!(
                    run.code, 0,
                    "{args:?} saw a broken store:\n{}\n{}",
                    run.stdout, run.stderr
                );
            }
            rounds += 1;
        }
        rounds
    })
}

/// Whether git is here; without it the test is skipped with a reason
/// (a failure under CI).
pub fn has_git() -> bool {
    let present = std::process::Command::new("git")
        .arg("--version")
        .output()
        .is_ok();
    if !present {
        skip("git is not installed");
    }
    present
}

/// git in `dir`, with a fixed identity and default branch, never the
/// user's own configuration or repository.
pub fn git(dir: &Path, args: &[&str]) -> Output {
    std::process::Command::new("git")
        .current_dir(dir)
        .args(["-c", "user.name=Test", "-c", "user.email=test@example.org"])
        .args([
            "-c",
            "init.defaultBranch=main",
            "-c",
            "commit.gpgsign=false",
        ])
        .args(args)
        .env_remove("GIT_DIR")
        .env_remove("GIT_WORK_TREE")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("HOME", dir)
        .output()
        .expect("git runs")
}

/// `git` that must succeed; its standard output.
#[track_caller]
pub fn git_ok(dir: &Path, args: &[&str]) -> String {
    let out = git(dir, args);
    assert!(
        out.status.success(),
        "git {args:?}\n{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}
