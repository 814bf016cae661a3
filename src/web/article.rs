//! A web page reduced to its article: the main text (Readability's algorithm, by `dom_smoothie`) and its metadata.

use chrono::NaiveDate;
use dom_query::Document;
use dom_smoothie::{Config, Readability, TextMode};
use url::Url;

use super::link::canonical_url;

/// Pages with more elements than this are not scored (the extractor's work grows with them).
const MAX_ELEMENTS: usize = 400_000;

/// What a page says about itself, and its article's own text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Article {
    /// The article's text: paragraphs separated by a blank line, no control characters.
    pub text: String,
    /// The headline: og:title or JSON-LD headline, else the `<title>` without the site's
    /// name, else the page's `<h1>`.
    pub title: Option<String>,
    /// og:site_name (or the JSON-LD publisher).
    pub outlet: Option<String>,
    /// article:published_time, JSON-LD datePublished, else the first `<time datetime>`.
    pub published: Option<NaiveDate>,
    /// `<html lang>`.
    pub language: Option<String>,
    /// The page's address with redirects followed and tracking parameters removed.
    pub url: Option<String>,
}

/// Reduce an HTML page to its article; `None` when no article text is found.
///
/// `url` is where the page was found (redirects followed), if it came from the web.
pub fn extract_article(html: &str, url: Option<&Url>) -> Option<Article> {
    // Parsing and scoring both slow down with the square of the nesting: a
    // hostile page of nothing but `<div>`s is refused before either starts.
    if nesting_depth(html, MAX_DEPTH) >= MAX_DEPTH {
        return None;
    }
    let config = Config {
        max_elements_to_parse: MAX_ELEMENTS,
        text_mode: TextMode::Formatted,
        ..Config::default()
    };
    let doc_url = url.map(Url::as_str);
    let mut readability = Readability::new(html, doc_url, Some(config)).ok()?;
    let parsed = readability.parse().ok()?;
    let text = clean_text(&parsed.text_content);
    if !text.chars().any(char::is_alphanumeric) {
        return None;
    }
    let document = Document::from(html);
    let published = parsed
        .published_time
        .as_deref()
        .and_then(parse_date)
        .or_else(|| first_time(&document));
    let outlet = parsed.site_name.as_deref().and_then(one_line);
    let title = one_line(&parsed.title).map(|t| without_site_name(t, outlet.as_deref(), &document));
    Some(Article {
        text,
        title,
        outlet,
        published,
        language: parsed.lang.as_deref().and_then(language_tag),
        url: url.map(canonical_url),
    })
}

/// Pages whose elements nest deeper than this are not read (real pages stay far below).
pub const MAX_DEPTH: usize = 1000;

/// Elements that never hold others, or whose end tag may be left out.
const NOT_NESTING: [&str; 30] = [
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr", "param", "keygen", "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup",
    "thead", "tbody", "tfoot", "colgroup", "rt", "rp",
];

/// How deep a page's elements nest, counted from its tags (an estimate that errs
/// high: end tags left out count as still open), up to `stop_at`.
pub fn nesting_depth(html: &str, stop_at: usize) -> usize {
    let bytes = html.as_bytes();
    let (mut depth, mut deepest, mut i) = (0usize, 0usize, 0usize);
    while let Some(at) = memchr::memchr(b'<', &bytes[i..]) {
        i += at + 1;
        let rest = &bytes[i..];
        if rest.starts_with(b"!--") {
            i += memchr::memmem::find(rest, b"-->").map_or(rest.len(), |e| e + 3);
            continue;
        }
        let closing = rest.first() == Some(&b'/');
        let name_start = usize::from(closing);
        let name_len = rest[name_start..]
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric())
            .count();
        if name_len == 0 {
            continue;
        }
        let name =
            String::from_utf8_lossy(&rest[name_start..name_start + name_len]).to_ascii_lowercase();
        let end = memchr::memchr(b'>', rest).map_or(rest.len(), |e| e + 1);
        let self_closing = end >= 2 && rest[end - 2] == b'/';
        i += end;
        if NOT_NESTING.contains(&name.as_str()) {
            continue;
        }
        if closing {
            depth = depth.saturating_sub(1);
        } else if !self_closing {
            if matches!(name.as_str(), "script" | "style" | "textarea" | "title") {
                // Their content is text, not tags.
                let tail = &bytes[i..];
                i += memchr::memmem::find_iter(tail, b"</")
                    .find(|&at| {
                        tail.get(at + 2..at + 2 + name.len())
                            .is_some_and(|n| n.eq_ignore_ascii_case(name.as_bytes()))
                    })
                    .unwrap_or(tail.len());
                continue;
            }
            depth += 1;
            deepest = deepest.max(depth);
            if deepest >= stop_at {
                return deepest;
            }
        }
    }
    deepest
}

/// Separators between a headline and the site's name in a `<title>`.
const SEPARATORS: [&str; 7] = [" | ", " - ", " – ", " — ", " :: ", " / ", " » "];

/// `Headline | Site` → `Headline` when `Site` is the outlet's name or the page's `<h1>` is
/// `Headline`; `Site | Headline` → `Headline` when `Site` is the outlet's name.
fn without_site_name(title: String, outlet: Option<&str>, document: &Document) -> String {
    let same = |a: &str, b: &str| a.trim().eq_ignore_ascii_case(b.trim());
    let h1s: Vec<String> = document
        .select("h1")
        .iter()
        .take(5)
        .filter_map(|h| one_line(&h.text()))
        .collect();
    for sep in SEPARATORS {
        if let Some((head, tail)) = title.rsplit_once(sep) {
            if outlet.is_some_and(|o| same(o, tail)) || h1s.iter().any(|h| same(h, head)) {
                return head.trim().to_string();
            }
        }
        if let Some((head, tail)) = title.split_once(sep) {
            if outlet.is_some_and(|o| same(o, head)) {
                return tail.trim().to_string();
            }
        }
    }
    title
}

/// The first `<time datetime="…">` that holds a date.
fn first_time(document: &Document) -> Option<NaiveDate> {
    document
        .select("time[datetime]")
        .iter()
        .take(20)
        .find_map(|t| t.attr("datetime").as_deref().and_then(parse_date))
}

/// A date from the start of an ISO 8601 timestamp (`2024-03-05`, `2024-03-05T10:00:00Z`).
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    let head = text.get(..10)?;
    NaiveDate::parse_from_str(head, "%Y-%m-%d").ok()
}

/// A language tag such as `en`, `pt-BR`, `zh-Hans`; anything else is dropped.
fn language_tag(text: &str) -> Option<String> {
    let tag = text.trim();
    let ok = !tag.is_empty()
        && tag.len() <= 35
        && tag.split(['-', '_']).all(|part| {
            !part.is_empty() && part.len() <= 8 && part.chars().all(|c| c.is_ascii_alphanumeric())
        });
    ok.then(|| tag.replace('_', "-"))
}

/// One line of metadata: white space (and control characters) collapsed, bounded, `None` when empty.
fn one_line(text: &str) -> Option<String> {
    let line: String = text
        .split(|c: char| c.is_whitespace() || c.is_control())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    let line: String = line.chars().take(500).collect();
    (!line.is_empty()).then_some(line)
}

/// The article's text as stored: lines trimmed, runs of blank lines made one,
/// control characters (other than the line ends) removed.
pub fn clean_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank = false;
    for line in text.lines() {
        let line: String = line
            .split(|c: char| c.is_whitespace() || c.is_control())
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
        if line.is_empty() {
            blank = !out.is_empty();
            continue;
        }
        if !out.is_empty() {
            out.push('\n');
            if blank {
                out.push('\n');
            }
        }
        blank = false;
        out.push_str(&line);
    }
    if !out.is_empty() {
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!doctype html><html lang="en-GB"><head>
<title>Minister says rates will fall | The Daily Example</title>
<meta property="og:site_name" content="The Daily Example">
<meta property="article:published_time" content="2024-03-05T09:30:00Z">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<div class="cookie-banner">We use cookies. Accept all cookies?</div>
<article>
<h1>Minister says rates will fall</h1>
<p>The finance minister said on Tuesday that interest rates would fall before the summer, according to a transcript of the speech seen by reporters.</p>
<p>"We expect inflation to return to target within the year," the minister told parliament, adding that wages had risen faster than prices for six months in a row.</p>
<p>Opposition members said the forecast was too optimistic and pointed to the central bank's own projections, which show inflation above target until next spring.</p>
<p>Economists surveyed last week were divided: about half expect a first cut in June, while the rest see no change before the autumn, citing energy prices and the weak currency.</p>
</article>
<aside class="most-read"><h2>Most read</h2><ul><li><a href="/a">Cat rescued from tree</a></li><li><a href="/b">Local team wins</a></li></ul></aside>
<footer>Copyright The Daily Example. All rights reserved. Contact us.</footer>
</body></html>"#;

    #[test]
    fn the_article_keeps_its_paragraphs_and_drops_the_page_around_it() {
        let url = Url::parse("https://daily.example/politics/rates?utm_source=rss").unwrap();
        let article = extract_article(PAGE, Some(&url)).unwrap();
        assert!(article
            .text
            .contains("interest rates would fall before the summer"));
        assert!(article.text.contains("\n\n"), "{}", article.text);
        for junk in ["cookies", "Most read", "Cat rescued", "Copyright", "Sport"] {
            assert!(
                !article.text.contains(junk),
                "{junk} kept in {}",
                article.text
            );
        }
        assert_eq!(
            article.title.as_deref(),
            Some("Minister says rates will fall")
        );
        assert_eq!(article.outlet.as_deref(), Some("The Daily Example"));
        assert_eq!(article.published, NaiveDate::from_ymd_opt(2024, 3, 5));
        assert_eq!(article.language.as_deref(), Some("en-GB"));
        assert_eq!(
            article.url.as_deref(),
            Some("https://daily.example/politics/rates")
        );
    }

    #[test]
    fn a_time_element_dates_a_page_without_metadata() {
        let page = PAGE
            .replace("article:published_time", "x")
            .replace("<h1>", "<time datetime=\"2023-11-30\">30 Nov</time><h1>");
        let article = extract_article(&page, None).unwrap();
        assert_eq!(article.published, NaiveDate::from_ymd_opt(2023, 11, 30));
    }

    #[test]
    fn a_page_without_an_article_has_none() {
        let empty = "<html><head><title>Home</title><script>var x = 1;</script></head><body><div> </div><img src=a.png></body></html>";
        assert_eq!(extract_article(empty, None), None);
        assert_eq!(extract_article("", None), None);
        assert_eq!(extract_article("\u{0}\u{1b}\u{7}", None), None);
    }

    #[test]
    fn control_characters_never_reach_the_text_or_title() {
        let page = PAGE
            .replace("finance minister", "finance\u{1b}[31m minister\u{7}")
            .replace("<title>Minister", "<title>\u{1b}]0;pwned\u{7}Minister");
        let article = extract_article(&page, None).unwrap();
        assert!(!article.text.chars().any(|c| c.is_control() && c != '\n'));
        assert!(!article.title.unwrap().chars().any(char::is_control));
    }

    #[test]
    fn language_tags_are_checked() {
        assert_eq!(language_tag("pt_BR").as_deref(), Some("pt-BR"));
        assert_eq!(language_tag("en\"><script>"), None);
        assert_eq!(language_tag(""), None);
    }

    #[test]
    fn text_is_cleaned_to_paragraphs() {
        assert_eq!(clean_text("  a  b \n\n\n\n c\t\n"), "a b\n\nc\n");
        assert_eq!(clean_text("\n\n"), "");
    }
}

#[cfg(test)]
mod hostile {
    use super::*;

    #[test]
    fn deeply_nested_markup_does_not_overflow_the_stack() {
        let depth = 20_000;
        let page = format!(
            "<html><body>{}<p>{}</p>{}</body></html>",
            "<div>".repeat(depth),
            "A sentence of the article that is long enough to be kept as its text. ".repeat(10),
            "</div>".repeat(depth)
        );
        assert_eq!(extract_article(&page, None), None);
    }

    #[test]
    fn nesting_is_estimated_from_the_tags() {
        assert_eq!(
            nesting_depth("<html><body><div><p>a<p>b</div></body></html>", 99),
            3
        );
        assert_eq!(
            nesting_depth("<div><!-- <div><div> --><br/><img src=x></div>", 99),
            1
        );
        assert_eq!(
            nesting_depth(
                "<script>if (a<b) { x = '<div><div>'; }</script><div></div>",
                99
            ),
            1
        );
        assert_eq!(nesting_depth(&"<div>".repeat(50), 10), 10);
    }
}
