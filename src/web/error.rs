//! What can go wrong when fetching a page or a feed; every variant names the URL.

use thiserror::Error;

/// A failure to fetch or read a web page or feed.
#[derive(Debug, Clone, Error)]
pub enum WebError {
    #[error("{url}: not a web address ({reason})")]
    BadUrl { url: String, reason: String },
    #[error("{url}: only http and https addresses can be fetched, not {scheme}:")]
    UnsupportedScheme { url: String, scheme: String },
    #[error("{url}: the server answered {status}{}", reason_suffix(.reason))]
    Status {
        url: String,
        status: u16,
        reason: String,
    },
    #[error("{url}: not a web page or text (content type {content_type})")]
    NotText { url: String, content_type: String },
    #[error("{url}: the page is larger than {limit} bytes; stopped reading")]
    TooLarge { url: String, limit: u64 },
    #[error("{url}: no answer within {seconds} s")]
    Timeout { url: String, seconds: u64 },
    #[error("{url}: more than {max} redirects (a redirect loop?)")]
    TooManyRedirects { url: String, max: u32 },
    #[error("{url}: {message}")]
    Network { url: String, message: String },
    #[error("{url}: no article text found on the page")]
    NoArticle { url: String },
    #[error("{url}: not an RSS or Atom feed ({message})")]
    BadFeed { url: String, message: String },
}

fn reason_suffix(reason: &str) -> String {
    if reason.is_empty() {
        String::new()
    } else {
        format!(" {reason}")
    }
}

impl WebError {
    /// The URL the error is about.
    pub fn url(&self) -> &str {
        match self {
            WebError::BadUrl { url, .. }
            | WebError::UnsupportedScheme { url, .. }
            | WebError::Status { url, .. }
            | WebError::NotText { url, .. }
            | WebError::TooLarge { url, .. }
            | WebError::Timeout { url, .. }
            | WebError::TooManyRedirects { url, .. }
            | WebError::Network { url, .. }
            | WebError::NoArticle { url }
            | WebError::BadFeed { url, .. } => url,
        }
    }
}
