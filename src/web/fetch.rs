//! Fetching one page or feed over HTTP(S), bounded in redirects, time and size, decoded to text.

use std::time::Duration;

use ureq::http::header::{CONTENT_TYPE, ETAG, IF_MODIFIED_SINCE, IF_NONE_MATCH, LAST_MODIFIED};
use ureq::{Agent, ResponseExt};
use url::Url;

use super::link::{parse_web_url, printable};
use super::WebError;

/// At most this many redirects are followed.
pub const MAX_REDIRECTS: u32 = 10;
/// The whole exchange (connecting, sending, receiving every byte) ends within this time.
pub const TOTAL_TIMEOUT: Duration = Duration::from_secs(30);
/// Connecting alone gives up sooner.
pub const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// Reading stops here: a page or feed larger than this is refused.
pub const SIZE_LIMIT: u64 = 20 * 1024 * 1024;

/// What the last fetch told us, sent back so that an unchanged page costs a 304.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Validators {
    pub etag: Option<String>,
    pub last_modified: Option<String>,
}

/// A page as received: its final address (after redirects) and its text.
#[derive(Debug, Clone)]
pub struct Page {
    /// Where the page was found in the end, redirects followed.
    pub url: Url,
    /// The media type, lower case, without parameters (`text/html`), empty when the server sent none.
    pub media_type: String,
    /// The body, decoded from its charset (header, byte order mark or `<meta charset>`).
    pub text: String,
    /// The body as received, for formats that name their own encoding (XML feeds).
    pub bytes: Vec<u8>,
    /// What the next fetch sends back.
    pub validators: Validators,
}

impl Page {
    /// Whether the page is HTML rather than plain text.
    pub fn is_html(&self) -> bool {
        match self.media_type.as_str() {
            "text/html" | "application/xhtml+xml" => true,
            "" => looks_like_html(&self.text),
            _ => false,
        }
    }
}

/// The outcome of a fetch.
#[derive(Debug, Clone)]
pub enum Fetched {
    /// The server said the page has not changed since the validators were given (304).
    NotModified,
    Page(Box<Page>),
}

/// What kind of document a fetch expects: a page (HTML or text) or a feed (XML, JSON).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expect {
    Page,
    Feed,
}

/// A configured HTTP client. Cheap to share between threads.
#[derive(Debug, Clone)]
pub struct Fetcher {
    agent: Agent,
    timeout: Duration,
    limit: u64,
}

impl Default for Fetcher {
    fn default() -> Self {
        Fetcher::new(TOTAL_TIMEOUT, SIZE_LIMIT)
    }
}

/// The `User-Agent` sent with every request.
pub fn user_agent() -> String {
    format!("claimtrack/{}", env!("CARGO_PKG_VERSION"))
}

impl Fetcher {
    /// A client that gives up after `timeout` in all and reads at most `limit` bytes.
    pub fn new(timeout: Duration, limit: u64) -> Fetcher {
        let timeout = timeout.min(TOTAL_TIMEOUT);
        let agent: Agent = Agent::config_builder()
            .http_status_as_error(false)
            .max_redirects(MAX_REDIRECTS)
            .max_redirects_will_error(true)
            .timeout_global(Some(timeout))
            .timeout_connect(Some(CONNECT_TIMEOUT.min(timeout)))
            .user_agent(user_agent())
            .accept("text/html,application/xhtml+xml,text/plain;q=0.9,application/rss+xml;q=0.8,application/atom+xml;q=0.8,application/xml;q=0.7,*/*;q=0.1")
            .max_idle_connections_per_host(2)
            .build()
            .into();
        Fetcher {
            agent,
            timeout,
            limit,
        }
    }

    /// Fetch `url`, sending `validators` so the server may answer 304.
    pub fn fetch(
        &self,
        url: &str,
        expect: Expect,
        validators: Option<&Validators>,
    ) -> Result<Fetched, WebError> {
        let parsed = parse_web_url(url)?;
        let shown = parsed.to_string();
        let mut request = self.agent.get(parsed.as_str());
        if let Some(v) = validators {
            if let Some(etag) = v.etag.as_deref().filter(|e| header_safe(e)) {
                request = request.header(IF_NONE_MATCH, etag);
            }
            if let Some(when) = v.last_modified.as_deref().filter(|e| header_safe(e)) {
                request = request.header(IF_MODIFIED_SINCE, when);
            }
        }
        let mut response = request.call().map_err(|e| self.error(&shown, e))?;
        let final_url = Url::parse(&response.get_uri().to_string()).unwrap_or(parsed);
        let shown = final_url.to_string();
        let status = response.status();
        if status.as_u16() == 304 && validators.is_some() {
            return Ok(Fetched::NotModified);
        }
        if !status.is_success() {
            return Err(WebError::Status {
                url: shown,
                status: status.as_u16(),
                reason: status.canonical_reason().unwrap_or("").to_string(),
            });
        }
        let header = |name| {
            response
                .headers()
                .get(name)
                .and_then(|v: &ureq::http::HeaderValue| v.to_str().ok())
                .map(str::to_string)
        };
        let content_type = header(CONTENT_TYPE).unwrap_or_default();
        let validators = Validators {
            etag: header(ETAG).filter(|v| header_safe(v)),
            last_modified: header(LAST_MODIFIED).filter(|v| header_safe(v)),
        };
        let (media_type, charset) = split_content_type(&content_type);
        if !accepted(&media_type, expect) {
            return Err(WebError::NotText {
                url: shown,
                content_type: printable(&media_type),
            });
        }
        let body = response.body_mut();
        if body.content_length().is_some_and(|n| n > self.limit) {
            return Err(WebError::TooLarge {
                url: shown,
                limit: self.limit,
            });
        }
        let bytes = body
            .with_config()
            .limit(self.limit)
            .read_to_vec()
            .map_err(|e| self.error(&shown, e))?;
        if media_type.is_empty() && looks_binary(&bytes) {
            return Err(WebError::NotText {
                url: shown,
                content_type: "none given, and the body is not text".to_string(),
            });
        }
        let text = decode(&bytes, charset.as_deref(), &media_type);
        Ok(Fetched::Page(Box::new(Page {
            url: final_url,
            media_type,
            text,
            bytes,
            validators,
        })))
    }

    fn error(&self, url: &str, e: ureq::Error) -> WebError {
        let url = url.to_string();
        match e {
            ureq::Error::Timeout(_) => WebError::Timeout {
                url,
                seconds: self.timeout.as_secs().max(1),
            },
            ureq::Error::TooManyRedirects => WebError::TooManyRedirects {
                url,
                max: MAX_REDIRECTS,
            },
            ureq::Error::BodyExceedsLimit(_) => WebError::TooLarge {
                url,
                limit: self.limit,
            },
            ureq::Error::BadUri(reason) => WebError::BadUrl {
                url,
                reason: printable(&reason),
            },
            ureq::Error::Io(io) if io.kind() == std::io::ErrorKind::TimedOut => WebError::Timeout {
                url,
                seconds: self.timeout.as_secs().max(1),
            },
            other => WebError::Network {
                url,
                message: printable(&other.to_string()),
            },
        }
    }
}

/// A header value we may send back: visible ASCII and spaces only, bounded.
fn header_safe(value: &str) -> bool {
    !value.is_empty() && value.len() <= 512 && value.bytes().all(|b| (0x20..0x7f).contains(&b))
}

/// `text/html; charset=UTF-8` → (`text/html`, `Some("UTF-8")`).
fn split_content_type(value: &str) -> (String, Option<String>) {
    let mut parts = value.split(';');
    let media = parts.next().unwrap_or("").trim().to_ascii_lowercase();
    let charset = parts.find_map(|p| {
        let (k, v) = p.split_once('=')?;
        k.trim()
            .eq_ignore_ascii_case("charset")
            .then(|| v.trim().trim_matches(['"', '\'']).to_string())
    });
    (media, charset)
}

fn accepted(media: &str, expect: Expect) -> bool {
    let page = matches!(
        media,
        "" | "text/html" | "application/xhtml+xml" | "text/plain"
    );
    match expect {
        Expect::Page => page,
        Expect::Feed => {
            page || media == "text/xml"
                || media == "application/xml"
                || media == "application/json"
                || media == "application/feed+json"
                || media.ends_with("+xml")
        }
    }
}

fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(1024)];
    head.starts_with(b"%PDF") || head.contains(&0)
}

fn looks_like_html(text: &str) -> bool {
    let head: String = text
        .trim_start_matches('\u{feff}')
        .trim_start()
        .chars()
        .take(512)
        .collect::<String>()
        .to_ascii_lowercase();
    head.starts_with("<!doctype html") || head.starts_with("<html") || head.contains("<body")
}

/// Decode a body: a byte order mark first, then the header's charset, then (for HTML) the page's
/// own `<meta charset>`, then UTF-8 when it is valid, else windows-1252 as browsers do.
pub fn decode(bytes: &[u8], header_charset: Option<&str>, media_type: &str) -> String {
    if let Some((encoding, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        return encoding
            .decode_without_bom_handling(&bytes[bom..])
            .0
            .into_owned();
    }
    // Bytes that are valid UTF-8 beyond ASCII are UTF-8 whatever the page claims: legacy
    // encodings almost never form valid UTF-8 by chance, and pages saved again as UTF-8
    // often keep their old declaration.
    if !bytes.is_ascii() {
        if let Ok(text) = std::str::from_utf8(bytes) {
            return text.to_string();
        }
    }
    let named = header_charset
        .and_then(|c| encoding_rs::Encoding::for_label(c.as_bytes()))
        .or_else(|| {
            (media_type != "text/plain")
                .then(|| meta_charset(bytes))
                .flatten()
        });
    if let Some(encoding) = named {
        return encoding.decode_without_bom_handling(bytes).0.into_owned();
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => text.to_string(),
        Err(_) => encoding_rs::WINDOWS_1252
            .decode_without_bom_handling(bytes)
            .0
            .into_owned(),
    }
}

/// The charset a page declares in its first bytes: `<meta charset=…>` or
/// `<meta http-equiv="Content-Type" content="…; charset=…">`.
fn meta_charset(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let head = &bytes[..bytes.len().min(4096)];
    let head = String::from_utf8_lossy(head).to_ascii_lowercase();
    let mut rest = head.as_str();
    while let Some(at) = rest.find("charset") {
        rest = &rest[at + "charset".len()..];
        let Some(value) = rest.trim_start().strip_prefix('=') else {
            continue;
        };
        let value = value.trim_start();
        let value = value.trim_start_matches(['"', '\'']);
        let end = value
            .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | ':')))
            .unwrap_or(value.len());
        if let Some(encoding) = encoding_rs::Encoding::for_label(&value.as_bytes()[..end]) {
            // A page that claims UTF-16 in ASCII-compatible bytes is really UTF-8 (HTML's rule).
            return Some(
                if encoding == encoding_rs::UTF_16LE || encoding == encoding_rs::UTF_16BE {
                    encoding_rs::UTF_8
                } else {
                    encoding
                },
            );
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_type_and_charset_are_split() {
        assert_eq!(
            split_content_type("Text/HTML; Charset=\"ISO-8859-1\""),
            ("text/html".to_string(), Some("ISO-8859-1".to_string()))
        );
        assert_eq!(split_content_type(""), (String::new(), None));
    }

    #[test]
    fn charset_from_header_then_meta_then_utf8() {
        let latin = b"<html><head></head><body>caf\xe9</body></html>";
        assert!(decode(latin, Some("iso-8859-1"), "text/html").contains("café"));
        let meta = b"<html><head><meta charset=\"windows-1252\"></head><body>caf\xe9</body></html>";
        assert!(decode(meta, None, "text/html").contains("café"));
        let mention = b"<!-- charset --><meta charset=koi8-r>\xc1";
        assert_eq!(
            decode(mention, None, "text/html"),
            "<!-- charset --><meta charset=koi8-r>а"
        );
        let equiv = b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\">\x93\xfa\x96\x7b";
        assert!(decode(equiv, None, "text/html").contains("日本"));
        assert!(decode("café".as_bytes(), None, "text/html").contains("café"));
        assert!(decode(b"caf\xe9", None, "text/plain").contains("café"));
        assert!(decode(b"\xef\xbb\xbfhi", Some("latin1"), "text/html") == "hi");
        let resaved = "<meta charset=\"gb2312\">新电脑".as_bytes();
        assert!(decode(resaved, None, "text/html").contains("新电脑"));
    }

    #[test]
    fn pages_accept_html_and_text_only() {
        assert!(accepted("text/html", Expect::Page));
        assert!(accepted("text/plain", Expect::Page));
        assert!(!accepted("application/pdf", Expect::Page));
        assert!(!accepted("image/png", Expect::Page));
        assert!(!accepted("application/rss+xml", Expect::Page));
        assert!(accepted("application/rss+xml", Expect::Feed));
        assert!(!accepted("image/png", Expect::Feed));
    }

    #[test]
    fn validators_with_control_characters_are_not_sent() {
        assert!(header_safe("\"abc\""));
        assert!(!header_safe("a\r\nX-Evil: 1"));
        assert!(!header_safe(""));
    }

    #[test]
    fn the_user_agent_names_the_program_and_version() {
        assert!(user_agent().starts_with(&format!("claimtrack/{}", env!("CARGO_PKG_VERSION"))));
    }
}
