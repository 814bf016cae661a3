//! The `claimtrack` binary: parse arguments, run, turn the result into an exit code.

/// Reading a large store makes millions of small allocations; mimalloc
/// serves them faster than the system allocator, from every thread.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    claimtrack::main_entry()
}
