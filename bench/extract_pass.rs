//! One pass of extraction over a folder of articles, for counting its
//! instructions with callgrind (a count that does not depend on what else
//! the machine is doing):
//!
//! `valgrind --tool=callgrind target/release/examples/extract-pass DIR [PASSES]`
//!
//! reads every `*.txt` in DIR (`tests/extract-data` by default), in name
//! order, extracts each PASSES times (1 by default) without a publication
//! date, and prints the articles, bytes and candidates read.
fn die(msg: &str) -> ! {
    eprintln!("extract-pass: {msg}");
    std::process::exit(2)
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let dir = args.get(1).map_or("tests/extract-data", String::as_str);
    let passes: usize = match args.get(2) {
        Some(n) => n
            .parse()
            .unwrap_or_else(|_| die(&format!("{n}: PASSES is a whole number"))),
        None => 1,
    };
    let entries = std::fs::read_dir(dir).unwrap_or_else(|e| die(&format!("{dir}: {e}")));
    let mut paths: Vec<_> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt") && p.is_file())
        .collect();
    paths.sort();
    let texts: Vec<String> = paths
        .iter()
        .map(|p| {
            std::fs::read_to_string(p).unwrap_or_else(|e| die(&format!("{}: {e}", p.display())))
        })
        .collect();
    let (mut candidates, mut bytes) = (0usize, 0usize);
    for _ in 0..passes {
        for text in &texts {
            candidates += claimtrack::extract::extract(text, None).candidates.len();
            bytes += text.len();
        }
    }
    println!(
        "{} articles, {bytes} bytes, {candidates} candidates",
        texts.len()
    );
}
