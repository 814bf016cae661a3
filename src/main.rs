//! The `claimtrack` binary: parse arguments, run, turn the result into an exit code.

fn main() -> std::process::ExitCode {
    claimtrack::main_entry()
}
