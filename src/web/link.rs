//! Web addresses: which ones may be fetched, and the canonical form an article is stored and found under.

use url::Url;

use super::WebError;

/// Parse an address the user gave (or a feed or a redirect named), accepting only http and https.
pub fn parse_web_url(text: &str) -> Result<Url, WebError> {
    let shown = printable(text);
    let url = Url::parse(text.trim()).map_err(|e| WebError::BadUrl {
        url: shown.clone(),
        reason: e.to_string(),
    })?;
    match url.scheme() {
        "http" | "https" => {}
        other => {
            return Err(WebError::UnsupportedScheme {
                url: shown,
                scheme: other.to_string(),
            })
        }
    }
    if url.host_str().is_none_or(str::is_empty) {
        return Err(WebError::BadUrl {
            url: shown,
            reason: "no host".to_string(),
        });
    }
    Ok(url)
}

/// Whether `text` reads as a web address rather than a file name.
pub fn looks_like_url(text: &str) -> bool {
    let lower = text.trim_start().to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://") || {
        // Any other scheme (ftp:, file:, data:) is an address too, refused later by parse_web_url.
        let scheme: String = lower
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
            .collect();
        scheme.len() >= 2 && lower[scheme.len()..].starts_with(':') && !lower.contains('\\')
    }
}

/// The address an article is stored under: tracking parameters (`utm_*`) and the fragment removed.
pub fn canonical_url(url: &Url) -> String {
    let mut url = url.clone();
    url.set_fragment(None);
    let kept: Vec<(String, String)> = url
        .query_pairs()
        .filter(|(k, _)| !k.to_ascii_lowercase().starts_with("utm_"))
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    if kept.is_empty() {
        url.set_query(None);
    } else if url.query_pairs().count() != kept.len() {
        url.query_pairs_mut().clear().extend_pairs(kept);
    }
    url.to_string()
}

/// Text safe to show on a terminal: control characters replaced, length bounded.
pub fn printable(text: &str) -> String {
    let mut out: String = text
        .chars()
        .take(300)
        .map(|c| if c.is_control() { '\u{fffd}' } else { c })
        .collect();
    if text.chars().count() > 300 {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utm_parameters_and_fragment_go_other_parameters_stay() {
        let url =
            parse_web_url("https://news.example/a/b?id=7&utm_source=x&UTM_Medium=y#top").unwrap();
        assert_eq!(canonical_url(&url), "https://news.example/a/b?id=7");
        let url = parse_web_url("https://news.example/a?utm_campaign=z").unwrap();
        assert_eq!(canonical_url(&url), "https://news.example/a");
        let url = parse_web_url("https://news.example/a?q=a%20b").unwrap();
        assert_eq!(canonical_url(&url), "https://news.example/a?q=a%20b");
    }

    #[test]
    fn only_http_and_https_are_accepted() {
        assert!(matches!(
            parse_web_url("ftp://files.example/a.txt"),
            Err(WebError::UnsupportedScheme { .. })
        ));
        assert!(matches!(
            parse_web_url("file:///etc/passwd"),
            Err(WebError::UnsupportedScheme { .. })
        ));
        assert!(matches!(
            parse_web_url("http://"),
            Err(WebError::BadUrl { .. })
        ));
        assert!(parse_web_url("HTTPS://Example.ORG/x").is_ok());
    }

    #[test]
    fn urls_are_told_from_file_names() {
        assert!(looks_like_url("https://a.example/x"));
        assert!(looks_like_url("ftp://a.example/x"));
        assert!(looks_like_url("file:///tmp/x.html"));
        assert!(!looks_like_url("article.html"));
        assert!(!looks_like_url("-"));
        assert!(!looks_like_url("C:\\articles\\x.html"));
        assert!(!looks_like_url("dir/with:colon.txt"));
    }

    #[test]
    fn control_characters_never_survive() {
        assert_eq!(printable("a\u{1b}[31mb\n"), "a\u{fffd}[31mb\u{fffd}");
    }
}
