//! YAML 1.1 quoting: strings that YAML 1.1 readers (PyYAML, older tools)
//! would take for a boolean, a number or null are written quoted.

/// Quote the plain scalars of `text` (as this module writes it: one scalar
/// a line, block scalars for multi-line text) that YAML 1.1 resolves to
/// something other than a string.
pub(super) fn quote_yaml11(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    // Indentation of the line that opened a block scalar, while inside one.
    let mut block: Option<usize> = None;
    for line in text.split_inclusive('\n') {
        let body = line.trim_end_matches('\n');
        let indent = body.len() - body.trim_start_matches(' ').len();
        if let Some(base) = block {
            if body.trim().is_empty() || indent > base {
                out.push_str(line);
                continue;
            }
            block = None;
        }
        let mut rest = &body[indent..];
        let mut prefix_len = indent;
        while let Some(r) = rest.strip_prefix("- ") {
            rest = r;
            prefix_len += 2;
        }
        let value_start = match plain_key_end(rest) {
            Some(k) => prefix_len + k,
            None => prefix_len,
        };
        let value = &body[value_start..];
        if value.starts_with('|') || value.starts_with('>') {
            block = Some(indent);
            out.push_str(line);
            continue;
        }
        if !value.is_empty() && is_yaml11_special(value) {
            out.push_str(&body[..value_start]);
            out.push('\'');
            out.push_str(value);
            out.push('\'');
            out.push_str(&line[body.len()..]);
        } else {
            out.push_str(line);
        }
    }
    out
}

/// The length of a leading `key: ` (a plain identifier key), if any.
fn plain_key_end(rest: &str) -> Option<usize> {
    let colon = rest.find(": ")?;
    let key = &rest[..colon];
    (!key.is_empty()
        && key
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'.' || b == b'-'))
    .then_some(colon + 2)
}

/// Whether YAML 1.1 reads this plain scalar as a bool, null, number, merge
/// key or value key rather than a string. Dates and times stay plain: they
/// are written for fields that are dates.
pub fn is_yaml11_special(value: &str) -> bool {
    // `true`, `false`, `null`, `~`, `.inf` and numbers YAML 1.2 reads the
    // same way are left alone: written plain, they are real booleans, nulls
    // and numbers (the serializer already quotes such strings).
    const WORDS: &[&str] = &[
        "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "True", "TRUE", "False",
        "FALSE", "on", "On", "ON", "off", "Off", "OFF", "Null", "NULL", "<<", "=",
    ];
    if WORDS.contains(&value) {
        return true;
    }
    if value.parse::<i64>().is_ok() || value.parse::<u64>().is_ok() || value.parse::<f64>().is_ok()
    {
        return false;
    }
    let digits = value.trim_start_matches(['+', '-']);
    let numeric_chars = digits
        .bytes()
        .all(|b| b.is_ascii_hexdigit() || b"xXoObB_.:+-".contains(&b));
    let starts_numeric = digits
        .bytes()
        .next()
        .is_some_and(|b| b.is_ascii_digit() || b == b'.');
    let is_date = value.len() == 10
        && value.bytes().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    numeric_chars && starts_numeric && digits.bytes().any(|b| b.is_ascii_digit()) && !is_date
}

#[cfg(test)]
mod tests {
    use super::super::{from_str, to_string};
    use super::*;

    /// Strings YAML 1.1 readers take for something else, and some that look close.
    const WORDS: &[&str] = &[
        "no",
        "No",
        "NO",
        "yes",
        "Yes",
        "on",
        "On",
        "off",
        "OFF",
        "y",
        "Y",
        "n",
        "N",
        "true",
        "False",
        "~",
        "null",
        "Null",
        "1e3",
        "1E3",
        "0x10",
        "0o17",
        "017",
        "0b101",
        "1_000",
        "+12",
        "-3",
        ".5",
        "1.",
        "12:30",
        "1:20:30",
        "190:20:30",
        ".inf",
        "-.Inf",
        ".NaN",
        "=",
        "<<",
        "-",
        "?",
        ":",
        "1,000",
        "0.",
        "+.5",
        "3e",
        "e3",
        "1e+3",
        "1.0e-3",
        "No.",
        "Yes, he did",
        "nO",
        "True ",
        "  no",
        "no ",
        "x: y",
        "#x",
        "'q'",
        "\"q\"",
        "@x",
        "`x",
        "%x",
        "!x",
        "&x",
        "*x",
        "|",
        "> x",
        "[a]",
        "{a}",
        "- a",
        "a #b",
        "",
        "line\nno\n",
        "no\nyes",
        "0xFF",
        "1__0",
        "deadbeef",
        "2022-09-07 12:00",
    ];

    #[test]
    fn yaml11_specials_are_quoted_and_read_back() {
        let text = to_string(&WORDS).unwrap();
        for line in text.lines() {
            if let Some(v) = line.strip_prefix("- ") {
                assert!(!is_yaml11_special(v), "left plain: {line}");
            }
        }
        let back: Vec<String> = from_str(&text).unwrap();
        assert_eq!(back, WORDS);
        let nested = to_string(
            &serde_json::json!({"statement": "No", "tags": ["on", "off"], "n": {"to": "y"}}),
        )
        .unwrap();
        assert!(nested.contains("statement: 'No'"), "{nested}");
        assert!(nested.contains("- 'on'"), "{nested}");
        assert!(nested.contains("to: 'y'"), "{nested}");
        assert!(!is_yaml11_special("2022-09-07"));
        // Real numbers and booleans stay what they are.
        let values =
            to_string(&serde_json::json!({"rev": 1, "x": 0.5, "withheld": true, "n": null}))
                .unwrap();
        assert_eq!(values, "rev: 1\nx: 0.5\nwithheld: true\nn: null\n");
        assert!(!is_yaml11_special("Xi will go"));
    }

    /// PyYAML, the common YAML 1.1 reader, reads what we write as the same strings.
    /// CI installs it (Debian `python3-yaml`, or `pip install pyyaml`).
    #[test]
    fn pyyaml_reads_the_same_strings() {
        let probe = std::process::Command::new("python3")
            .args(["-c", "import yaml"])
            .output();
        if !probe.is_ok_and(|o| o.status.success()) {
            let reason = "python3 with the yaml module is not installed (apt install python3-yaml, or pip install pyyaml)";
            assert!(
                std::env::var_os("CI").is_none(),
                "{reason}, and CI is set: CI must provide it"
            );
            eprintln!("skipped: {reason}");
            return;
        }
        // The words as one line of JSON, then the YAML we write, on standard input.
        let input = format!(
            "{}\n{}",
            serde_json::to_string(&WORDS).unwrap(),
            to_string(&WORDS).unwrap()
        );
        let script = "import json, sys, yaml\n\
first, rest = sys.stdin.buffer.read().decode('utf-8').split('\\n', 1)\n\
words = json.loads(first)\n\
back = yaml.safe_load(rest)\n\
bad = [(w, b) for w, b in zip(words, back) if w != b or type(b) is not str]\n\
print(repr(bad) if bad or len(back) != len(words) else 'same')\n";
        let mut child = std::process::Command::new("python3")
            .arg("-c")
            .arg(script)
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        {
            use std::io::Write;
            let mut stdin = child.stdin.take().unwrap();
            stdin.write_all(input.as_bytes()).unwrap();
        }
        let out = child.wait_with_output().unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert_eq!(
            stdout.trim(),
            "same",
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}
