//! The `claimtrack` binary: parse arguments, run, turn the result into an exit code.

/// Reading a large store makes millions of small allocations; mimalloc
/// serves them faster than the system allocator, from every thread. It is
/// built without transparent huge pages (`no_thp`): a command run after a
/// pause, as people run them, waited for 2 MB pages to be found and zeroed
/// (a JSON report of 10k claims took 1.18 s with them and 0.58 s without;
/// `source update` moving 188 claims, 150 ms and 83 ms). Run back to back,
/// huge pages were about a fifth faster.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    claimtrack::main_entry()
}
