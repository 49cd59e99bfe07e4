//! The `factcheck` command: a thin layer over the library.

mod cli;

fn main() -> std::process::ExitCode {
    cli::main()
}

// mimalloc: the run makes millions of small allocations from two threads, where it is
// faster than the system allocator (measured in the benchmark; see ARCHITECTURE.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
