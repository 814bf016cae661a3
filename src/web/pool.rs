//! Fetching many addresses at once: a few at a time, never two at once from one host.

use std::collections::{HashSet, VecDeque};
use std::sync::{mpsc, Condvar, Mutex};
use std::thread;

use url::Url;

use super::fetch::{Expect, Fetched, Fetcher, Validators};
use super::WebError;

/// How many fetches run at once.
pub const WORKERS: usize = 6;

/// One address to fetch; `key` says which it was when its result comes back.
#[derive(Debug, Clone)]
pub struct Job<K> {
    pub key: K,
    pub url: String,
    pub validators: Option<Validators>,
}

struct Queue<K> {
    waiting: VecDeque<Job<K>>,
    busy: HashSet<String>,
}

fn host_of(url: &str) -> String {
    Url::parse(url)
        .ok()
        .and_then(|u| {
            u.host_str()
                .map(|h| format!("{h}:{}", u.port_or_known_default().unwrap_or(0)))
        })
        .unwrap_or_default()
}

/// Fetch every job, calling `done` on the calling thread as each result arrives (in the order they finish).
pub fn fetch_all<K: Send>(
    fetcher: &Fetcher,
    jobs: Vec<Job<K>>,
    expect: Expect,
    mut done: impl FnMut(K, Result<Fetched, WebError>),
) {
    if jobs.is_empty() {
        return;
    }
    let workers = WORKERS.min(jobs.len());
    let queue = Mutex::new(Queue {
        waiting: jobs.into(),
        busy: HashSet::new(),
    });
    let freed = Condvar::new();
    let (send, receive) = mpsc::channel();
    thread::scope(|scope| {
        for _ in 0..workers {
            let send = send.clone();
            let (queue, freed) = (&queue, &freed);
            scope.spawn(move || loop {
                let (job, host) = {
                    let Ok(mut q) = queue.lock() else { return };
                    loop {
                        if q.waiting.is_empty() {
                            return;
                        }
                        let free = q
                            .waiting
                            .iter()
                            .position(|j| !q.busy.contains(&host_of(&j.url)));
                        if let Some(i) = free {
                            let Some(job) = q.waiting.remove(i) else {
                                return;
                            };
                            let host = host_of(&job.url);
                            q.busy.insert(host.clone());
                            break (job, host);
                        }
                        q = match freed.wait(q) {
                            Ok(q) => q,
                            Err(_) => return,
                        };
                    }
                };
                let result = fetcher.fetch(&job.url, expect, job.validators.as_ref());
                if let Ok(mut q) = queue.lock() {
                    q.busy.remove(&host);
                }
                freed.notify_all();
                if send.send((job.key, result)).is_err() {
                    return;
                }
            });
        }
        drop(send);
        for (key, result) in receive {
            done(key, result);
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_include_their_port() {
        assert_eq!(host_of("http://127.0.0.1:8080/a"), "127.0.0.1:8080");
        assert_eq!(host_of("https://news.example/a"), "news.example:443");
        assert_eq!(host_of("nonsense"), "");
    }

    #[test]
    fn bad_addresses_come_back_as_errors() {
        let jobs = vec![
            Job {
                key: 1,
                url: "ftp://a.example/x".into(),
                validators: None,
            },
            Job {
                key: 2,
                url: "file:///etc/passwd".into(),
                validators: None,
            },
        ];
        let mut seen = Vec::new();
        fetch_all(&Fetcher::default(), jobs, Expect::Page, |k, r| {
            seen.push((k, r.is_err()))
        });
        seen.sort();
        assert_eq!(seen, [(1, true), (2, true)]);
    }
}
