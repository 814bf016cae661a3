//! Articles from the web: fetching a page within bounds, reducing it to the article's own text and metadata, reading feeds.
//!
//! Everything here treats a response as hostile: bounded in time and size,
//! never panicking on what a server sends, and returning text that still has
//! to be cleaned of control characters before it reaches a terminal.

pub mod article;
pub mod error;
pub mod feed;
pub mod fetch;
pub mod link;
pub mod pool;

pub use article::{extract_article, Article};
pub use error::WebError;
pub use feed::{read_feed, FeedEntry};
pub use fetch::{Fetched, Fetcher, Page, Validators};
pub use link::{canonical_url, parse_web_url};
