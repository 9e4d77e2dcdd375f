//! `hoinghi`: parses the command line and hands over to the library.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    hoinghi::cli::main(hoinghi::cli::Cli::parse())
}
