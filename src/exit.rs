//! Exit codes, in one place.

/// How a command ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Exit {
    /// 0: done.
    Success,
    /// 1: the command ran and found something (problems, open claims, unreadable files).
    Found,
    /// 2: bad usage or bad input.
    BadInput,
}

impl Exit {
    pub(crate) fn code(self) -> u8 {
        match self {
            Exit::Success => 0,
            Exit::Found => 1,
            Exit::BadInput => 2,
        }
    }
}
