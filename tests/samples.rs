//! The shipped conference files: every sample, the template and the documented example are
//! valid, NFC, and the example in docs/conference-format.md is the checked docs/example.ron.

use std::path::{Path, PathBuf};

use hoinghi::cli::load_conference;
use hoinghi::conference::{ConferenceKind, ItemKind, Period};
use unicode_normalization::is_nfc;

fn shipped() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> =
        std::fs::read_dir("sample-data").expect("sample-data").map(|e| e.expect("entry").path()).collect();
    files.sort();
    files.extend(["src/template.ron".into(), "docs/example.ron".into()]);
    files
}

#[test]
fn every_shipped_file_is_valid_and_nfc() {
    for file in shipped() {
        let text = std::fs::read_to_string(&file).expect("readable");
        assert!(is_nfc(&text), "{} is not NFC", file.display());
        if let Err(errors) = load_conference(&file) {
            panic!("{}: {}", file.display(), errors[0]);
        }
    }
}

#[test]
fn one_sample_per_source_report() {
    let samples = shipped().into_iter().filter(|f| f.starts_with("sample-data")).count();
    assert_eq!(samples, 5, "shared/seeds holds five reports");
    let ktd1 = load_conference(Path::new("sample-data/ktd1-hcm-tong-ket-2023.ron")).expect("valid");
    assert_eq!(ktd1.units.len(), 6);
    assert_eq!(ktd1.kind, ConferenceKind::TongKet);
    assert!(ktd1.agenda.iter().any(|i| i.kind == ItemKind::Election && i.title.contains("Khối trưởng")));
    let ktd9 = load_conference(Path::new("sample-data/ktd9-hanoi-so-ket-2024.ron")).expect("valid");
    assert_eq!((ktd9.kind, ktd9.period), (ConferenceKind::SoKet, Period::HalfYear(2024, 1)));
    assert_eq!(ktd9.units.len(), 5);
}

#[test]
fn the_documented_example_is_the_checked_file() {
    let doc = std::fs::read_to_string("docs/conference-format.md").expect("doc");
    let example = std::fs::read_to_string("docs/example.ron").expect("example");
    let start = doc.find("```ron\n").expect("a ron block") + "```ron\n".len();
    let end = start + doc[start..].find("```").expect("closed block");
    assert_eq!(&doc[start..end], example);
}
