fn main() -> std::process::ExitCode {
    proofmark::cli::main()
}
