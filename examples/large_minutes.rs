//! Writes the large conference (200 units, 1,000 items, 100 polls) and its minutes (with
//! 10,000 comments) into a folder, for scripts/perf.py:
//! `cargo run --release --example large_minutes DIR` writes DIR/large-conference.ron and
//! DIR/large-minutes.ron.

use std::path::Path;

fn main() -> std::process::ExitCode {
    let Some(dir) = std::env::args_os().nth(1) else {
        eprintln!("usage: large_minutes DIR");
        return std::process::ExitCode::from(2);
    };
    let dir = Path::new(&dir);
    let model = hoinghi::generate::model(hoinghi::generate::Size::LARGE);
    let write = |name: &str, text: Result<String, ron::Error>| {
        text.map_err(|e| e.to_string())
            .and_then(|t| hoinghi::store::write_atomic(&dir.join(name), t).map_err(|e| e.to_string()))
    };
    let written = write("large-conference.ron", hoinghi::minutes::conference_text(&model.conference))
        .and_then(|()| write("large-minutes.ron", hoinghi::minutes::to_text(&model)));
    match written {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{e}");
            std::process::ExitCode::FAILURE
        }
    }
}
