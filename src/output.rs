//! Writing to the terminal: stdout that tolerates a closed pipe, colour only when wanted.

use std::io::{IsTerminal, Write};
use std::sync::atomic::{AtomicBool, Ordering};

use anstyle::{AnsiColor, Style};

use crate::error::{Error, Result};

/// Write `text` to stdout. A closed pipe (`claimtrack list | head`) is
/// returned as [`Error::BrokenPipe`], which ends the program quietly with
/// success once it has travelled up to `main_entry`.
///
/// Control characters in `text` (from articles, imports, the store's files)
/// are shown escaped, never sent (see `escape::terminal`); only this
/// program's own colours pass, and only when colour is on.
pub fn print(text: &str) -> Result<()> {
    let text = crate::escape::terminal(text, STYLES.load(Ordering::Relaxed));
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())
        .and_then(|()| out.flush())
        .map_err(|e| {
            if e.kind() == std::io::ErrorKind::BrokenPipe {
                Error::BrokenPipe
            } else {
                Error::Stdout(std::sync::Arc::new(e))
            }
        })
}

/// Standard output written a piece at a time, each piece escaped as
/// [`print`] escapes (write whole pieces: a claim, a row, a heading).
pub struct Printer {
    out: std::io::BufWriter<std::io::StdoutLock<'static>>,
    styles: bool,
}

impl std::fmt::Debug for Printer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Printer")
    }
}

impl Printer {
    pub fn new() -> Printer {
        Printer {
            out: std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock()),
            styles: STYLES.load(Ordering::Relaxed),
        }
    }

    /// Flush what is left.
    pub fn finish(mut self) -> Result<()> {
        self.out.flush().map_err(stdout_error)
    }
}

impl Default for Printer {
    fn default() -> Self {
        Printer::new()
    }
}

impl Write for Printer {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        // Checked as UTF-8 first: much faster than the lossy decoding, which
        // only text that is not UTF-8 needs.
        let text = match std::str::from_utf8(buf) {
            Ok(text) => std::borrow::Cow::Borrowed(text),
            Err(_) => String::from_utf8_lossy(buf),
        };
        let text = crate::escape::terminal(&text, self.styles);
        self.out.write_all(text.as_bytes())?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.out.flush()
    }
}

/// An error writing to stdout: a closed pipe is `Error::BrokenPipe`.
pub fn stdout_error(e: std::io::Error) -> Error {
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        Error::BrokenPipe
    } else {
        Error::Stdout(std::sync::Arc::new(e))
    }
}

/// Write a line to stderr (warnings, notes about what was cleaned up).
pub fn note(text: &str) {
    let text = crate::escape::terminal(text, false);
    let _ = writeln!(std::io::stderr().lock(), "{text}");
}

/// Whether stdout is coloured, so that [`print`] lets the program's own
/// colour sequences through.
static STYLES: AtomicBool = AtomicBool::new(false);

/// Whether to colour stdout, from `--color` and the environment.
pub fn use_color(choice: ColorChoice) -> bool {
    let on = match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                && std::env::var("TERM").map_or(true, |t| t != "dumb")
                && std::io::stdout().is_terminal()
        }
    };
    STYLES.store(on, Ordering::Relaxed);
    on
}

/// Columns available for text: `COLUMNS` when set, else the terminal's width;
/// when stdout is not a terminal, tables are not cut at all.
pub fn width() -> usize {
    if let Some(w) = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse().ok())
        .filter(|&w: &usize| w >= 40)
    {
        return w;
    }
    if std::io::stdout().is_terminal() {
        if let Some((terminal_size::Width(w), _)) = terminal_size::terminal_size() {
            return usize::from(w).max(40);
        }
    }
    UNLIMITED
}

/// The width used when output goes to a file or a pipe.
pub const UNLIMITED: usize = 10_000;

/// The width prose is wrapped at: the terminal's, at most 100 columns.
pub fn prose_width(width: usize) -> usize {
    width.clamp(40, 100)
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
}
