//! Writing to the terminal: stdout that tolerates a closed pipe, colour only when wanted.

use std::io::{IsTerminal, Write};

use anstyle::{AnsiColor, Style};

/// Write `text` to stdout. A closed pipe (`claimtrack list | head`) ends the
/// program quietly with success instead of crashing.
pub fn print(text: &str) {
    let mut out = std::io::stdout().lock();
    let result = out.write_all(text.as_bytes()).and_then(|()| out.flush());
    if let Err(e) = result {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            std::process::exit(0);
        }
        eprintln!("claimtrack: cannot write to standard output: {e}");
        std::process::exit(2);
    }
}

/// Write a line to stderr (warnings, notes about what was cleaned up).
pub fn note(text: &str) {
    let _ = writeln!(std::io::stderr().lock(), "{text}");
}

/// Whether to colour stdout, from `--color` and the environment.
pub fn use_color(choice: ColorChoice) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                && std::env::var("TERM").map_or(true, |t| t != "dumb")
                && std::io::stdout().is_terminal()
        }
    }
}

/// Columns available for text, from the terminal or `COLUMNS`, else 100.
pub fn width() -> usize {
    if let Some((terminal_size::Width(w), _)) = terminal_size::terminal_size() {
        return usize::from(w).max(40);
    }
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse().ok())
        .filter(|&w: &usize| w >= 40)
        .unwrap_or(100)
}

/// `--color` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

/// Paints text in a colour, or leaves it plain.
#[derive(Debug, Clone, Copy)]
pub struct Painter {
    pub enabled: bool,
}

impl Painter {
    pub fn paint(&self, style: Style, text: &str) -> String {
        if self.enabled && !text.is_empty() {
            format!("{}{}{}", style.render(), text, style.render_reset())
        } else {
            text.to_string()
        }
    }

    pub fn bold(&self, text: &str) -> String {
        self.paint(Style::new().bold(), text)
    }

    pub fn dim(&self, text: &str) -> String {
        self.paint(Style::new().dimmed(), text)
    }

    pub fn color(&self, color: AnsiColor, text: &str) -> String {
        self.paint(Style::new().fg_color(Some(color.into())), text)
    }

    /// A status in its colour: verdicts green/red/yellow, open ones plain.
    pub fn status(&self, status: crate::model::Status, text: &str) -> String {
        use crate::model::Status::*;
        match status {
            Verified => self.color(AnsiColor::Green, text),
            Refuted => self.color(AnsiColor::Red, text),
            Mixed | Unverifiable => self.color(AnsiColor::Yellow, text),
            InReview => self.color(AnsiColor::Cyan, text),
            Unverified => text.to_string(),
        }
    }
}
