//! `hoinghi`: parses the command line and hands over to the library.

use std::process::ExitCode;

fn main() -> ExitCode {
    match hoinghi::cli::parse(std::env::args_os()) {
        Ok(cli) => hoinghi::cli::main(cli),
        Err(code) => code,
    }
}
