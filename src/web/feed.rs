//! RSS (0.9x, 1.0, 2.0) and Atom feeds: the articles a feed links to, in the feed's order.
//!
//! Only links and titles are read, with `quick-xml`'s pull parser: an entry's dates, authors
//! or extensions never make a feed unreadable, no document type or external entity is ever
//! expanded, and the nesting depth is a counter, not recursion.

use std::borrow::Cow;

use quick_xml::events::{BytesStart, Event};
use quick_xml::{Reader, XmlVersion};
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

/// What is being gathered inside an entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    Title,
    Link,
}

/// An `<item>` or `<entry>` being read.
#[derive(Debug, Default)]
struct Partial {
    /// The element's depth, so that its own end is recognised.
    depth: usize,
    title: String,
    /// `<link>text</link>` (RSS).
    text_link: String,
    /// `<link rel="alternate" href=…/>` (Atom; `rel` absent means alternate).
    alternate: Option<String>,
    /// The first `<link href=…/>` of any kind.
    first_href: Option<String>,
    /// `rdf:about` of an RSS 1.0 item.
    about: Option<String>,
    /// The field being gathered, and the depth of its element.
    field: Option<(Field, usize)>,
}

impl Partial {
    fn href(&self) -> Option<&str> {
        let text = self.text_link.trim();
        self.alternate
            .as_deref()
            .or((!text.is_empty()).then_some(text))
            .or(self.first_href.as_deref())
            .or(self.about.as_deref())
    }
}

/// Read a feed's bytes; entries whose link is missing or not http(s) are skipped.
pub fn read_feed(bytes: &[u8], feed_url: &Url) -> Result<Vec<FeedEntry>, WebError> {
    let bad = |message: String| WebError::BadFeed {
        url: feed_url.to_string(),
        message: printable(&message),
    };
    let text = decode(bytes);
    let mut reader = Reader::from_str(&text);
    let mut depth = 0usize;
    let mut root_seen = false;
    let mut current: Option<Partial> = None;
    let mut entries = Vec::new();
    loop {
        let event = reader.read_event().map_err(|e| {
            bad(format!(
                "unreadable XML at byte {}: {e}",
                reader.error_position()
            ))
        })?;
        match event {
            Event::Start(ref element) | Event::Empty(ref element) => {
                let empty = matches!(event, Event::Empty(_));
                let name = element.local_name();
                let name = name.as_ref();
                if !root_seen {
                    root_seen = true;
                    if !matches!(name, "rss" | "RDF" | "feed") {
                        return Err(bad(format!(
                            "its first element is <{}>",
                            printable(element.name().as_ref())
                        )));
                    }
                }
                depth += 1;
                match current.as_mut() {
                    // An empty `<item/>` links to nothing.
                    None if !empty && matches!(name, "item" | "entry") => {
                        current = Some(Partial {
                            depth,
                            about: attribute(element, "about"),
                            ..Partial::default()
                        });
                    }
                    Some(partial) if partial.field.is_none() && depth == partial.depth + 1 => {
                        match name {
                            "title" if !empty => partial.field = Some((Field::Title, depth)),
                            "link" => {
                                if let Some(href) = attribute(element, "href") {
                                    let rel = attribute(element, "rel");
                                    if rel.as_deref().is_none_or(|r| r == "alternate")
                                        && partial.alternate.is_none()
                                    {
                                        partial.alternate = Some(href.clone());
                                    }
                                    partial.first_href.get_or_insert(href);
                                } else if !empty {
                                    partial.field = Some((Field::Link, depth));
                                }
                            }
                            _ => {}
                        }
                    }
                    _ => {}
                }
                if empty {
                    depth -= 1;
                }
            }
            Event::End(_) => {
                if let Some(partial) = current.as_mut() {
                    if partial.field.is_some_and(|(_, at)| at == depth) {
                        partial.field = None;
                    } else if partial.depth == depth {
                        if let Some(partial) = current.take() {
                            if let Some(entry) = finish(&partial, feed_url) {
                                entries.push(entry);
                            }
                        }
                        if entries.len() >= MAX_ENTRIES {
                            break;
                        }
                    }
                }
                depth = depth.saturating_sub(1);
            }
            Event::Text(ref t) => gather(&mut current, &t.xml10_content()),
            Event::CData(ref t) => gather(&mut current, &t.xml10_content()),
            Event::GeneralRef(ref r) => {
                let resolved = match r.resolve_char_ref() {
                    Ok(Some(c)) => Cow::Owned(c.to_string()),
                    _ => match r.as_ref() {
                        "amp" => Cow::Borrowed("&"),
                        "lt" => Cow::Borrowed("<"),
                        "gt" => Cow::Borrowed(">"),
                        "quot" => Cow::Borrowed("\""),
                        "apos" => Cow::Borrowed("'"),
                        other => Cow::Owned(format!("&{other};")),
                    },
                };
                gather(&mut current, &resolved);
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if !root_seen {
        return Err(bad("it holds no XML element".into()));
    }
    Ok(entries)
}

/// Text inside the field being gathered, if any.
fn gather(current: &mut Option<Partial>, text: &str) {
    let Some(partial) = current.as_mut() else {
        return;
    };
    match partial.field {
        Some((Field::Title, _)) => partial.title.push_str(text),
        Some((Field::Link, _)) => partial.text_link.push_str(text),
        None => {}
    }
}

fn finish(partial: &Partial, feed_url: &Url) -> Option<FeedEntry> {
    let url = feed_url
        .join(partial.href()?.trim())
        .ok()
        .and_then(|u| parse_web_url(u.as_str()).ok())?;
    let title = partial
        .title
        .split(|c: char| c.is_whitespace() || c.is_control())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    Some(FeedEntry {
        url,
        title: (!title.is_empty()).then_some(title),
    })
}

/// An attribute's value by its local name (`rdf:about` is `about`), unescaped.
fn attribute(element: &BytesStart<'_>, local: &str) -> Option<String> {
    element.attributes().flatten().find_map(|a| {
        (a.key.local_name().as_ref() == local).then(|| {
            a.normalized_value(XmlVersion::Implicit1_0)
                .map_or_else(|_| a.value.to_string(), Cow::into_owned)
        })
    })
}

/// A feed's text: a byte order mark first, then the XML declaration's `encoding`, then UTF-8
/// when it is valid, else windows-1252.
fn decode(bytes: &[u8]) -> Cow<'_, str> {
    if let Some((encoding, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        return encoding.decode_without_bom_handling(&bytes[bom..]).0;
    }
    let declared = declared_encoding(bytes);
    if declared.is_none_or(|e| e == encoding_rs::UTF_8) {
        if let Ok(text) = std::str::from_utf8(bytes) {
            return Cow::Borrowed(text);
        }
    }
    declared
        .unwrap_or(encoding_rs::WINDOWS_1252)
        .decode_without_bom_handling(bytes)
        .0
}

/// `<?xml version="1.0" encoding="ISO-8859-1"?>` → ISO-8859-1.
fn declared_encoding(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let head = &bytes[..bytes.len().min(200)];
    let head = head.strip_prefix(b"<?xml")?;
    let end = head.windows(2).position(|w| w == b"?>")?;
    let decl = String::from_utf8_lossy(&head[..end]);
    let at = decl.find("encoding")?;
    let value = decl[at + "encoding".len()..]
        .trim_start()
        .strip_prefix('=')?;
    let value = value.trim_start();
    let quote = value.chars().next().filter(|c| *c == '"' || *c == '\'')?;
    let value = &value[1..];
    let value = &value[..value.find(quote)?];
    encoding_rs::Encoding::for_label(value.as_bytes()).map(|e| {
        if e == encoding_rs::UTF_16LE || e == encoding_rs::UTF_16BE {
            encoding_rs::UTF_8
        } else {
            e
        }
    })
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

    #[test]
    fn rss_one_items_and_odd_dates_and_entities() {
        let rdf = r#"<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
<channel rdf:about="https://news.example/"><title>W</title></channel>
<item rdf:about="https://news.example/about-only"><title>Caf&#233; &amp; bar &nbsp;x</title><dc:date>not a date</dc:date></item>
<item rdf:about="https://news.example/x"><title><![CDATA[<b>Bold</b> claim]]></title><link>https://news.example/linked</link></item>
</rdf:RDF>"#;
        let entries = read_feed(rdf.as_bytes(), &base()).unwrap();
        let urls: Vec<&str> = entries.iter().map(|e| e.url.as_str()).collect();
        assert_eq!(
            urls,
            [
                "https://news.example/about-only",
                "https://news.example/linked"
            ]
        );
        assert_eq!(entries[0].title.as_deref(), Some("Café & bar &nbsp;x"));
        assert_eq!(entries[1].title.as_deref(), Some("<b>Bold</b> claim"));
    }

    #[test]
    fn a_declared_legacy_encoding_is_decoded() {
        let mut rss = b"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss><channel><item><title>D\xe9j\xe0</title><link>/a</link></item></channel></rss>".to_vec();
        rss.push(b'\n');
        let entries = read_feed(&rss, &base()).unwrap();
        assert_eq!(entries[0].title.as_deref(), Some("Déjà"));
    }

    #[test]
    fn entities_declared_in_a_doctype_are_never_expanded() {
        let mut bomb =
            String::from("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"aaaaaaaaaa\">");
        for i in 1..10 {
            let prev = if i == 1 {
                "a".to_string()
            } else {
                format!("e{}", i - 1)
            };
            bomb.push_str(&format!(
                "<!ENTITY e{i} \"{}\">",
                format!("&{prev};").repeat(10)
            ));
        }
        bomb.push_str(
            "]><rss><channel><item><title>&e9;</title><link>/a</link></item></channel></rss>",
        );
        let entries = read_feed(bomb.as_bytes(), &base()).unwrap();
        assert_eq!(entries[0].title.as_deref(), Some("&e9;"));
    }

    #[test]
    fn long_feeds_are_read_to_the_limit_and_deep_ones_without_recursion() {
        let mut rss = String::from("<rss><channel>");
        for i in 0..MAX_ENTRIES + 5 {
            rss.push_str(&format!("<item><link>/a{i}</link></item>"));
        }
        rss.push_str("</channel></rss>");
        assert_eq!(
            read_feed(rss.as_bytes(), &base()).unwrap().len(),
            MAX_ENTRIES
        );
        let deep = format!(
            "<rss><channel><item><link>/deep</link>{}{}</item></channel></rss>",
            "<x>".repeat(100_000),
            "</x>".repeat(100_000)
        );
        let entries = read_feed(deep.as_bytes(), &base()).unwrap();
        assert_eq!(entries[0].url.as_str(), "https://news.example/deep");
    }

    #[test]
    fn broken_xml_is_an_error_not_a_partial_list() {
        let e = read_feed(
            b"<rss><channel><item><link>/a</link></channel></rss>",
            &base(),
        )
        .unwrap_err();
        assert!(e.to_string().contains("not an RSS or Atom feed"), "{e}");
    }
}
