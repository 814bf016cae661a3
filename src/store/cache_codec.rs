//! The claim cache's binary form of a claim: what its state part holds.
//!
//! Laid out by hand, field after field in the claim's own order, so that
//! reading it back is a walk over the bytes with no field names to match:
//! integers as LEB128 varints, strings as a varint length and UTF-8 bytes,
//! an optional value as a presence byte then the value, a list as a varint
//! count then its items, an enum as its index in a byte, a day as a signed
//! varint of days since 0001-01-01 (`num_days_from_ce`), a time as a signed
//! varint of seconds since 1970 and a varint of nanoseconds. A change's
//! values (`from`, `to`, `added`, `removed`) are `serde_json::Value`s,
//! written as their kind in a byte and what they hold (a number as an
//! unsigned or signed varint or the eight bytes of an `f64`, as
//! `serde_json` holds it; an object's keys in their order). The cache's
//! history part is a history in the same form.
//!
//! Decoding is strict: every byte must be consumed, every string valid
//! UTF-8, every enum index known, every day and time representable; a
//! record that is not (whatever its CRC said) reads as no claim, and the
//! file is parsed instead.
//!
//! A record's key part is a claim's key (`model::key::ClaimKey`) in the
//! same form: its id, status, whether it is concluded, assignee, due,
//! check-after and claimed days, the times of its first and latest
//! revisions, the source's id, revision and digest, speaker,
//! intermediaries, tags, whether it was corrected, and the six widths;
//! read back with its text borrowed from the record. The layout is versioned by the cache's header:
//! change it and bump `HEADER` in `cache.rs`, so old caches are rebuilt.

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use serde_json::Value;

use crate::model::key::{ClaimKey, Widths};
use crate::model::{
    Attribution, Change, Changes, Claim, Evidence, Kind, Response, ResponseKind, Revision,
    SourceRef, Stance, Status,
};

/// Append `claim` (with whatever history it holds) to `out`.
pub(super) fn encode(claim: &Claim, out: &mut Vec<u8>) {
    let mut w = Writer(out);
    w.str(&claim.id);
    w.str(&claim.statement);
    w.byte(status_index(claim.status));
    w.opt_str(claim.rating.as_deref());
    w.opt_str(claim.conclusion.as_deref());
    w.opt_str(claim.assignee.as_deref());
    w.opt_date(claim.due);
    let s = &claim.source;
    w.str(&s.id);
    w.uint(u64::from(s.rev));
    w.opt_str(s.sha256.as_deref());
    w.str(&s.quote);
    w.str(&s.prefix);
    w.str(&s.suffix);
    let a = &claim.attribution;
    w.opt_str(a.speaker.as_deref());
    w.opt_str(a.role.as_deref());
    w.strs(&a.via);
    w.byte(kind_index(a.kind));
    w.opt_str(claim.hedge.as_deref());
    w.opt_date(claim.claimed);
    w.opt_date(claim.check_after);
    w.strs(&claim.tags);
    w.uint(claim.evidence.len() as u64);
    for e in &claim.evidence {
        w.byte(stance_index(e.stance));
        w.str(&e.summary);
        w.opt_str(e.url.as_deref());
        w.opt_str(e.source.as_deref());
        w.opt_str(e.archived_url.as_deref());
        w.byte(u8::from(e.withheld));
        w.time(e.added);
        w.str(&e.by);
    }
    w.uint(claim.responses.len() as u64);
    for r in &claim.responses {
        w.str(&r.party);
        w.byte(response_index(r.kind));
        w.opt_str(r.quote.as_deref());
        w.opt_date(r.date);
    }
    w.history(&claim.history);
}

/// Append a claim's key (a record's key part) to `out`.
pub(super) fn encode_key(k: &ClaimKey, out: &mut Vec<u8>) {
    let mut w = Writer(out);
    w.str(k.id);
    w.byte(status_index(k.status));
    w.byte(u8::from(k.concluded));
    w.opt_str(k.assignee);
    w.opt_date(k.due);
    w.opt_date(k.check_after);
    w.opt_date(k.claimed);
    w.opt_time(k.logged);
    w.opt_time(k.latest);
    w.str(k.source);
    w.uint(u64::from(k.rev));
    w.opt_str(k.sha256);
    w.opt_str(k.speaker);
    w.uint(k.via.len() as u64);
    for v in &k.via {
        w.str(v);
    }
    w.uint(k.tags.len() as u64);
    for t in &k.tags {
        w.str(t);
    }
    w.byte(u8::from(k.corrected));
    let n = &k.widths;
    for width in [n.id, n.speaker, n.statement, n.rating, n.given, n.evidence] {
        w.uint(u64::from(width));
    }
}

/// The key encoded in `bytes`, all of them, its text borrowed from them;
/// `None` when they are not one.
pub(super) fn decode_key(bytes: &[u8]) -> Option<ClaimKey<'_>> {
    let mut r = Reader(bytes);
    let key = r.key()?;
    r.0.is_empty().then_some(key)
}

/// Append a history (the cache's history part) to `out`.
pub(super) fn encode_history(history: &[Revision], out: &mut Vec<u8>) {
    Writer(out).history(history);
}

/// The history encoded in `bytes`, all of them; `None` when they are not one.
pub(super) fn decode_history(bytes: &[u8]) -> Option<Vec<Revision>> {
    let mut r = Reader(bytes);
    let history = r.history()?;
    r.0.is_empty().then_some(history)
}

impl Writer<'_> {
    fn history(&mut self, history: &[Revision]) {
        let w = self;
        w.uint(history.len() as u64);
        for r in history {
            w.uint(u64::from(r.rev));
            w.time(r.at);
            w.str(&r.by);
            w.str(&r.action);
            w.uint(r.changes.0.len() as u64);
            for (field, change) in r.changes.iter() {
                w.str(field);
                w.opt_value(change.from.as_ref());
                w.opt_value(change.to.as_ref());
                w.values(&change.added);
                w.values(&change.removed);
            }
            w.opt_str(r.note.as_deref());
        }
    }
}

/// The claim encoded in `bytes`, all of them; `None` when they are not one.
pub(super) fn decode(bytes: &[u8]) -> Option<Claim> {
    let mut r = Reader(bytes);
    let claim = r.claim()?;
    r.0.is_empty().then_some(claim)
}

struct Writer<'a>(&'a mut Vec<u8>);

impl Writer<'_> {
    fn byte(&mut self, b: u8) {
        self.0.push(b);
    }

    fn uint(&mut self, mut n: u64) {
        while n >= 0x80 {
            self.0.push((n as u8) | 0x80);
            n >>= 7;
        }
        self.0.push(n as u8);
    }

    fn int(&mut self, n: i64) {
        self.uint(((n << 1) ^ (n >> 63)) as u64);
    }

    fn str(&mut self, s: &str) {
        self.uint(s.len() as u64);
        self.0.extend_from_slice(s.as_bytes());
    }

    fn opt_str(&mut self, s: Option<&str>) {
        match s {
            None => self.byte(0),
            Some(s) => {
                self.byte(1);
                self.str(s);
            }
        }
    }

    fn strs(&mut self, list: &[String]) {
        self.uint(list.len() as u64);
        for s in list {
            self.str(s);
        }
    }

    fn opt_date(&mut self, d: Option<NaiveDate>) {
        match d {
            None => self.byte(0),
            Some(d) => {
                self.byte(1);
                self.int(i64::from(d.num_days_from_ce()));
            }
        }
    }

    fn time(&mut self, t: DateTime<Utc>) {
        self.int(t.timestamp());
        self.uint(u64::from(t.timestamp_subsec_nanos()));
    }

    fn opt_time(&mut self, t: Option<DateTime<Utc>>) {
        match t {
            None => self.byte(0),
            Some(t) => {
                self.byte(1);
                self.time(t);
            }
        }
    }

    /// A value: its kind in a byte (never 0, which `opt_value` keeps for
    /// none), then what it holds.
    fn value(&mut self, v: &Value) {
        match v {
            Value::String(s) => {
                self.byte(V_STRING);
                self.str(s);
            }
            Value::Null => self.byte(V_NULL),
            Value::Bool(b) => self.byte(if *b { V_TRUE } else { V_FALSE }),
            Value::Number(n) => {
                if let Some(u) = n.as_u64() {
                    self.byte(V_UINT);
                    self.uint(u);
                } else if let Some(i) = n.as_i64() {
                    self.byte(V_INT);
                    self.int(i);
                } else {
                    self.byte(V_FLOAT);
                    self.0
                        .extend_from_slice(&n.as_f64().unwrap_or(0.0).to_le_bytes());
                }
            }
            Value::Array(items) => {
                self.byte(V_ARRAY);
                self.values(items);
            }
            Value::Object(map) => {
                self.byte(V_OBJECT);
                self.uint(map.len() as u64);
                for (k, v) in map {
                    self.str(k);
                    self.value(v);
                }
            }
        }
    }

    fn opt_value(&mut self, v: Option<&Value>) {
        match v {
            None => self.byte(0),
            Some(v) => self.value(v),
        }
    }

    fn values(&mut self, list: &[Value]) {
        self.uint(list.len() as u64);
        for v in list {
            self.value(v);
        }
    }
}

struct Reader<'a>(&'a [u8]);

impl<'a> Reader<'a> {
    fn key(&mut self) -> Option<ClaimKey<'a>> {
        let id = self.text()?;
        let status = status_of(self.byte()?)?;
        let concluded = self.flag()?;
        let assignee = self.opt_text()?;
        let due = self.opt_date()?;
        let check_after = self.opt_date()?;
        let claimed = self.opt_date()?;
        let logged = self.opt_time()?;
        let latest = self.opt_time()?;
        let source = self.text()?;
        let rev = u32::try_from(self.uint()?).ok()?;
        let sha256 = self.opt_text()?;
        let speaker = self.opt_text()?;
        let via = self.texts()?;
        let tags = self.texts()?;
        let corrected = self.flag()?;
        // (no cell is wider than the claim file it comes from: a width
        // beyond that is not a record, and never pads a table's rows)
        let mut width = || {
            u32::try_from(self.uint()?)
                .ok()
                .filter(|w| u64::from(*w) <= super::MAX_RECORD_BYTES)
        };
        let widths = Widths {
            id: width()?,
            speaker: width()?,
            statement: width()?,
            rating: width()?,
            given: width()?,
            evidence: width()?,
        };
        Some(ClaimKey {
            id,
            status,
            concluded,
            assignee,
            due,
            check_after,
            claimed,
            logged,
            latest,
            source,
            rev,
            sha256,
            speaker,
            via,
            tags,
            corrected,
            widths,
        })
    }

    /// A string borrowed from the bytes.
    fn text(&mut self) -> Option<&'a str> {
        let len = usize::try_from(self.uint()?).ok()?;
        if len > self.0.len() {
            return None;
        }
        let (bytes, rest) = self.0.split_at(len);
        self.0 = rest;
        std::str::from_utf8(bytes).ok()
    }

    fn opt_text(&mut self) -> Option<Option<&'a str>> {
        if self.present()? {
            self.text().map(Some)
        } else {
            Some(None)
        }
    }

    fn texts(&mut self) -> Option<Vec<&'a str>> {
        self.list(Reader::text)
    }

    /// A boolean byte: 0 or 1, anything else is not a record.
    fn flag(&mut self) -> Option<bool> {
        self.present()
    }

    fn opt_time(&mut self) -> Option<Option<DateTime<Utc>>> {
        if self.present()? {
            self.time().map(Some)
        } else {
            Some(None)
        }
    }
}

impl Reader<'_> {
    fn claim(&mut self) -> Option<Claim> {
        let id = self.str()?;
        let statement = self.str()?;
        let status = status_of(self.byte()?)?;
        let rating = self.opt_str()?;
        let conclusion = self.opt_str()?;
        let assignee = self.opt_str()?;
        let due = self.opt_date()?;
        let source = SourceRef {
            id: self.str()?,
            rev: u32::try_from(self.uint()?).ok()?,
            sha256: self.opt_str()?,
            quote: self.str()?,
            prefix: self.str()?,
            suffix: self.str()?,
        };
        let attribution = Attribution {
            speaker: self.opt_str()?,
            role: self.opt_str()?,
            via: self.strs()?,
            kind: kind_of(self.byte()?)?,
        };
        let hedge = self.opt_str()?;
        let claimed = self.opt_date()?;
        let check_after = self.opt_date()?;
        let tags = self.strs()?;
        let evidence = self.list(|r| {
            Some(Evidence {
                stance: stance_of(r.byte()?)?,
                summary: r.str()?,
                url: r.opt_str()?,
                source: r.opt_str()?,
                archived_url: r.opt_str()?,
                withheld: match r.byte()? {
                    0 => false,
                    1 => true,
                    _ => return None,
                },
                added: r.time()?,
                by: r.str()?,
            })
        })?;
        let responses = self.list(|r| {
            Some(Response {
                party: r.str()?,
                kind: response_of(r.byte()?)?,
                quote: r.opt_str()?,
                date: r.opt_date()?,
            })
        })?;
        let history = self.history()?;
        Some(Claim {
            id,
            statement,
            status,
            rating,
            conclusion,
            assignee,
            due,
            source,
            attribution,
            hedge,
            claimed,
            check_after,
            tags,
            evidence,
            responses,
            history,
        })
    }

    fn history(&mut self) -> Option<Vec<Revision>> {
        self.list(|r| {
            Some(Revision {
                rev: u32::try_from(r.uint()?).ok()?,
                at: r.time()?,
                by: r.str()?,
                action: r.str()?,
                changes: Changes(r.list(|r| {
                    Some((
                        r.str()?,
                        Change {
                            from: r.opt_value()?,
                            to: r.opt_value()?,
                            added: r.list(|r| r.value(0))?,
                            removed: r.list(|r| r.value(0))?,
                        },
                    ))
                })?),
                note: r.opt_str()?,
            })
        })
    }

    fn byte(&mut self) -> Option<u8> {
        let (&b, rest) = self.0.split_first()?;
        self.0 = rest;
        Some(b)
    }

    fn uint(&mut self) -> Option<u64> {
        let mut n = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            if shift == 63 && b > 1 {
                return None; // Past 64 bits.
            }
            n |= u64::from(b & 0x7f) << shift;
            if b < 0x80 {
                return Some(n);
            }
        }
        None
    }

    fn int(&mut self) -> Option<i64> {
        let n = self.uint()?;
        Some(((n >> 1) as i64) ^ -((n & 1) as i64))
    }

    fn bytes(&mut self) -> Option<&[u8]> {
        let len = usize::try_from(self.uint()?).ok()?;
        if len > self.0.len() {
            return None;
        }
        let (bytes, rest) = self.0.split_at(len);
        self.0 = rest;
        Some(bytes)
    }

    fn str(&mut self) -> Option<String> {
        let bytes = self.bytes()?;
        std::str::from_utf8(bytes).ok().map(str::to_string)
    }

    /// A presence byte: 0 absent, 1 present; anything else is not a record.
    fn present(&mut self) -> Option<bool> {
        match self.byte()? {
            0 => Some(false),
            1 => Some(true),
            _ => None,
        }
    }

    fn opt_str(&mut self) -> Option<Option<String>> {
        if self.present()? {
            self.str().map(Some)
        } else {
            Some(None)
        }
    }

    /// A list of `item`s; its count is checked against the bytes left (an
    /// item takes at least one byte), so a bad count cannot reserve much.
    fn list<T>(&mut self, mut item: impl FnMut(&mut Self) -> Option<T>) -> Option<Vec<T>> {
        let n = usize::try_from(self.uint()?).ok()?;
        if n > self.0.len() {
            return None;
        }
        let mut out = Vec::with_capacity(n);
        for _ in 0..n {
            out.push(item(self)?);
        }
        Some(out)
    }

    fn strs(&mut self) -> Option<Vec<String>> {
        self.list(Reader::str)
    }

    fn opt_date(&mut self) -> Option<Option<NaiveDate>> {
        if !self.present()? {
            return Some(None);
        }
        let days = i32::try_from(self.int()?).ok()?;
        NaiveDate::from_num_days_from_ce_opt(days).map(Some)
    }

    fn time(&mut self) -> Option<DateTime<Utc>> {
        let secs = self.int()?;
        let nanos = u32::try_from(self.uint()?).ok()?;
        DateTime::from_timestamp(secs, nanos)
    }

    /// A value nested `depth` deep in the value read first; nesting past
    /// `MAX_DEPTH` is not a record (a claim file's nesting is bounded far
    /// below it), so a crafted cache cannot exhaust the stack.
    fn value(&mut self, depth: usize) -> Option<Value> {
        Some(match self.byte()? {
            V_STRING => Value::String(self.str()?),
            V_NULL => Value::Null,
            V_FALSE => Value::Bool(false),
            V_TRUE => Value::Bool(true),
            V_UINT => Value::from(self.uint()?),
            V_INT => Value::from(self.int()?),
            V_FLOAT => {
                let (bytes, rest) = self.0.split_first_chunk::<8>()?;
                self.0 = rest;
                Value::Number(serde_json::Number::from_f64(f64::from_le_bytes(*bytes))?)
            }
            V_ARRAY if depth < MAX_DEPTH => Value::Array(self.list(|r| r.value(depth + 1))?),
            V_OBJECT if depth < MAX_DEPTH => {
                let entries = self.list(|r| Some((r.str()?, r.value(depth + 1)?)))?;
                let mut map = serde_json::Map::with_capacity(entries.len());
                for (k, v) in entries {
                    if map.insert(k, v).is_some() {
                        return None; // A key twice.
                    }
                }
                Value::Object(map)
            }
            _ => return None,
        })
    }

    fn opt_value(&mut self) -> Option<Option<Value>> {
        match self.0.first()? {
            0 => {
                self.byte()?;
                Some(None)
            }
            _ => self.value(0).map(Some),
        }
    }
}

// The kinds of a change's value, each a byte (0 is "no value").
const V_STRING: u8 = 1;
const V_NULL: u8 = 2;
const V_FALSE: u8 = 3;
const V_TRUE: u8 = 4;
const V_UINT: u8 = 5;
const V_INT: u8 = 6;
const V_FLOAT: u8 = 7;
const V_ARRAY: u8 = 8;
const V_OBJECT: u8 = 9;
/// The deepest nesting of values read.
const MAX_DEPTH: usize = 64;

// Each enum as a byte, by an exhaustive match both ways, so that a new
// variant cannot be left out of the layout.

fn status_index(s: Status) -> u8 {
    match s {
        Status::Unverified => 0,
        Status::InReview => 1,
        Status::Verified => 2,
        Status::Refuted => 3,
        Status::Mixed => 4,
        Status::Unverifiable => 5,
    }
}

fn status_of(b: u8) -> Option<Status> {
    Some(match b {
        0 => Status::Unverified,
        1 => Status::InReview,
        2 => Status::Verified,
        3 => Status::Refuted,
        4 => Status::Mixed,
        5 => Status::Unverifiable,
        _ => return None,
    })
}

fn kind_index(k: Kind) -> u8 {
    match k {
        Kind::DirectQuote => 0,
        Kind::Paraphrase => 1,
        Kind::Reported => 2,
        Kind::Outlet => 3,
    }
}

fn kind_of(b: u8) -> Option<Kind> {
    Some(match b {
        0 => Kind::DirectQuote,
        1 => Kind::Paraphrase,
        2 => Kind::Reported,
        3 => Kind::Outlet,
        _ => return None,
    })
}

fn stance_index(s: Stance) -> u8 {
    match s {
        Stance::Supports => 0,
        Stance::Refutes => 1,
        Stance::Context => 2,
    }
}

fn stance_of(b: u8) -> Option<Stance> {
    Some(match b {
        0 => Stance::Supports,
        1 => Stance::Refutes,
        2 => Stance::Context,
        _ => return None,
    })
}

fn response_index(k: ResponseKind) -> u8 {
    match k {
        ResponseKind::Confirmed => 0,
        ResponseKind::Denied => 1,
        ResponseKind::NonDenial => 2,
        ResponseKind::Declined => 3,
        ResponseKind::NoResponse => 4,
    }
}

fn response_of(b: u8) -> Option<ResponseKind> {
    Some(match b {
        0 => ResponseKind::Confirmed,
        1 => ResponseKind::Denied,
        2 => ResponseKind::NonDenial,
        3 => ResponseKind::Declined,
        4 => ResponseKind::NoResponse,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn full_claim() -> Claim {
        let at = |s: &str| DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc);
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
        let mut c = Claim::blank("a-claim".into());
        c.statement = "Taxes fell by 3%, \"mostly\" — über alles\nnext line".into();
        c.status = Status::Mixed;
        c.rating = Some("Half true".into());
        c.conclusion = Some(String::new());
        c.assignee = Some("desk".into());
        c.due = day(2030, 1, 31);
        c.source = SourceRef {
            id: "article".into(),
            rev: 3,
            sha256: Some("ab".repeat(32)),
            quote: "fell".into(),
            prefix: "Taxes ".into(),
            suffix: " by".into(),
        };
        c.attribution = Attribution {
            speaker: Some("Ana".into()),
            role: None,
            via: vec!["a spokesman".into(), "an aide".into()],
            kind: Kind::Paraphrase,
        };
        c.hedge = Some("reportedly".into());
        c.claimed = day(-44, 3, 15);
        c.check_after = day(1970, 1, 1);
        c.tags = vec!["tax".into(), "".into()];
        c.evidence = vec![Evidence {
            stance: Stance::Context,
            summary: "a table".into(),
            url: Some("https://e.example/t".into()),
            source: None,
            archived_url: Some("https://archive.example/t".into()),
            withheld: true,
            added: at("1969-12-31T23:59:59.999999999Z"),
            by: "bo".into(),
        }];
        c.responses = vec![Response {
            party: "ministry".into(),
            kind: ResponseKind::NonDenial,
            quote: None,
            date: day(2024, 2, 29),
        }];
        c.history = vec![Revision {
            rev: 1,
            at: at("2024-05-01T10:00:00.5+00:00"),
            by: "bench".into(),
            action: "kept r1 over r2".into(),
            changes: Changes(vec![
                (
                    "status".into(),
                    Change {
                        from: Some(json!("unverified")),
                        to: Some(Value::Null),
                        added: vec![],
                        removed: vec![],
                    },
                ),
                (
                    "evidence".into(),
                    Change {
                        from: None,
                        to: Some(json!(12.5)),
                        added: vec![json!({"z": 1, "a": [true, null, "x"]}), json!("s")],
                        removed: vec![json!(-3), json!(u64::MAX), json!(2.0), json!(false)],
                    },
                ),
            ]),
            note: Some("why".into()),
        }];
        c
    }

    #[test]
    fn every_field_round_trips() {
        for claim in [Claim::blank("b".into()), full_claim()] {
            let mut bytes = Vec::new();
            encode(&claim, &mut bytes);
            assert_eq!(decode(&bytes), Some(claim));
        }
    }

    #[test]
    fn a_key_round_trips_and_bytes_that_are_not_one_read_as_none() {
        for claim in [Claim::blank("b".into()), full_claim()] {
            let key = ClaimKey::of(&claim);
            let mut bytes = Vec::new();
            encode_key(&key, &mut bytes);
            assert_eq!(decode_key(&bytes), Some(key));
            for cut in 0..bytes.len() {
                assert_eq!(decode_key(&bytes[..cut]), None, "cut at {cut}");
            }
            let mut longer = bytes.clone();
            longer.push(0);
            assert_eq!(decode_key(&longer), None, "a byte left over");
            // The concluded flag is a 0 or a 1.
            let mut bad = bytes.clone();
            bad[1 + claim.id.len() + 1] = 2;
            assert_eq!(decode_key(&bad), None);
        }
    }

    #[test]
    fn a_key_wider_than_any_claim_file_reads_as_none() {
        let claim = full_claim();
        let mut key = ClaimKey::of(&claim);
        key.widths.id = u32::try_from(super::super::MAX_RECORD_BYTES).unwrap() + 1;
        let mut bytes = Vec::new();
        encode_key(&key, &mut bytes);
        assert_eq!(decode_key(&bytes), None);
        key.widths.id -= 1;
        bytes.clear();
        encode_key(&key, &mut bytes);
        assert_eq!(decode_key(&bytes), Some(key));
    }

    #[test]
    fn a_history_round_trips_and_deep_nesting_is_refused() {
        let history = full_claim().history;
        let mut bytes = Vec::new();
        encode_history(&history, &mut bytes);
        assert_eq!(decode_history(&bytes), Some(history));
        let mut deep = json!("x");
        for _ in 0..MAX_DEPTH + 1 {
            deep = json!([deep]);
        }
        let mut c = Claim::blank("b".into());
        let change = |v: Value| Change {
            to: Some(v),
            ..Change::default()
        };
        c.history = vec![Revision {
            rev: 1,
            at: DateTime::from_timestamp(0, 0).unwrap(),
            by: "b".into(),
            action: "logged".into(),
            changes: Changes(vec![("tags".into(), change(deep))]),
            note: None,
        }];
        let mut bytes = Vec::new();
        encode(&c, &mut bytes);
        assert_eq!(decode(&bytes), None);
    }

    #[test]
    fn bytes_that_are_not_one_claim_read_as_none() {
        let mut bytes = Vec::new();
        encode(&full_claim(), &mut bytes);
        for cut in 0..bytes.len() {
            assert_eq!(decode(&bytes[..cut]), None, "cut at {cut}");
        }
        let mut longer = bytes.clone();
        longer.push(0);
        assert_eq!(decode(&longer), None, "a byte left over");
        // An unknown status, then a count far past the bytes there are.
        let mut bad = bytes.clone();
        let status = 1 + "a-claim".len() + 1 + full_claim().statement.len();
        bad[status] = 6;
        assert_eq!(decode(&bad), None);
        assert_eq!(decode(&[1, b'x', 0, 0xff, 0xff, 0xff, 0xff, 0x0f]), None);
    }
}
