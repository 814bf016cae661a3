//! RSS and Atom feeds (by `feed-rs`): the articles a feed links to, in the feed's order.

use url::Url;

use super::link::{parse_web_url, printable};
use super::WebError;

/// Feeds with more entries than this are read only this far.
pub const MAX_ENTRIES: usize = 1000;

/// One article a feed links to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeedEntry {
    /// The article's address, resolved against the feed's.
    pub url: Url,
    /// The entry's title, one line, if it has one.
    pub title: Option<String>,
}

/// Read a feed's bytes; entries whose link is missing or not http(s) are skipped.
pub fn read_feed(bytes: &[u8], feed_url: &Url) -> Result<Vec<FeedEntry>, WebError> {
    let feed = feed_rs::parser::Builder::new()
        .base_uri(Some(feed_url.as_str()))
        .build()
        .parse(bytes)
        .map_err(|e| WebError::BadFeed {
            url: feed_url.to_string(),
            message: printable(&e.to_string()),
        })?;
    let mut entries = Vec::new();
    for entry in feed.entries.iter().take(MAX_ENTRIES) {
        let link = entry
            .links
            .iter()
            .find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"))
            .or_else(|| entry.links.first());
        let Some(link) = link else { continue };
        let Some(url) = feed_url
            .join(link.href.trim())
            .ok()
            .and_then(|u| parse_web_url(u.as_str()).ok())
        else {
            continue;
        };
        let title = entry.title.as_ref().map(|t| {
            t.content
                .split(|c: char| c.is_whitespace() || c.is_control())
                .filter(|w| !w.is_empty())
                .collect::<Vec<_>>()
                .join(" ")
        });
        entries.push(FeedEntry {
            url,
            title: title.filter(|t| !t.is_empty()),
        });
    }
    Ok(entries)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn base() -> Url {
        Url::parse("https://news.example/feeds/world.xml").unwrap()
    }

    #[test]
    fn rss_items_give_their_links() {
        let rss = r#"<?xml version="1.0"?><rss version="2.0"><channel><title>World</title>
<item><title>First</title><link>https://news.example/a?utm_source=rss</link></item>
<item><title>Second</title><link>/b</link></item>
<item><title>Odd</title><link>ftp://news.example/c</link></item>
<item><title>None</title></item>
</channel></rss>"#;
        let entries = read_feed(rss.as_bytes(), &base()).unwrap();
        let urls: Vec<&str> = entries.iter().map(|e| e.url.as_str()).collect();
        assert_eq!(
            urls,
            [
                "https://news.example/a?utm_source=rss",
                "https://news.example/b"
            ]
        );
        assert_eq!(entries[0].title.as_deref(), Some("First"));
    }

    #[test]
    fn atom_entries_give_their_alternate_links() {
        let atom = r#"<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>World</title><id>urn:x</id><updated>2024-01-01T00:00:00Z</updated>
<entry><title>One</title><id>urn:1</id><updated>2024-01-01T00:00:00Z</updated>
<link rel="self" href="https://news.example/api/1"/><link rel="alternate" href="https://news.example/one"/></entry>
</feed>"#;
        let entries = read_feed(atom.as_bytes(), &base()).unwrap();
        assert_eq!(entries.len(), 1);
        assert_eq!(entries[0].url.as_str(), "https://news.example/one");
    }

    #[test]
    fn not_a_feed_is_an_error_naming_the_url() {
        let e = read_feed(b"<html><body>hello</body></html>", &base()).unwrap_err();
        assert!(
            e.to_string()
                .starts_with("https://news.example/feeds/world.xml"),
            "{e}"
        );
    }
}
