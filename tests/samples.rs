//! The shipped conference files: every sample, the template and the documented example are
//! valid, NFC, and the example in docs/conference-format.md is the checked docs/example.ron.

use std::path::{Path, PathBuf};

use hoinghi::cli::load_conference;
use hoinghi::conference::{ConferenceKind, ItemKind, Period, Subject};
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

#[test]
fn the_samples_carry_the_scoring_awards_and_covenant_their_reports_give() {
    let load = |name: &str| load_conference(&Path::new("sample-data").join(name)).expect("valid");
    // Seed 001: the bloc scores its units (the table itself is assumed: 100 points, 5 criteria).
    let ktd9 = load("ktd9-hanoi-so-ket-2024.ron");
    let scoring = ktd9.scoring.as_ref().expect("a scoring table");
    assert_eq!((scoring.scale, scoring.criteria.len(), scoring.criteria_sum()), (100, 5, 100));
    // Seed 003: four kinds of award; seed 002: Giấy khen.
    let quan1 = load("quan1-tong-ket-2022.ron");
    let kinds: Vec<&str> = quan1.awards.iter().map(|a| a.award.as_str()).collect();
    assert_eq!(kinds.len(), 4);
    assert!(kinds[0].starts_with("Bằng khen của Thủ tướng") && kinds[3].starts_with("Giấy khen"));
    let vp = load("vp-doan-dbqh-hdnd-ubnd-dien-hinh-2020.ron");
    assert!(vp.awards.len() == 1 && vp.awards[0].award.starts_with("Giấy khen"));
    // Seed 004: the six commitments, presided over by LHH; seed 000: Sở Nội vụ presides.
    let ktd19 = load("ktd19-hcm-giao-uoc-2023.ron");
    let covenant = ktd19.covenant.as_ref().expect("a covenant");
    assert_eq!((covenant.items.len(), covenant.presiding.as_deref()), (6, Some("lhh")));
    let ktd1 = load("ktd1-hcm-tong-ket-2023.ron");
    assert_eq!(ktd1.covenant.as_ref().and_then(|c| c.presiding.as_deref()), Some("snv"));
    // No sample names the next Khối trưởng by its Cờ thi đua nomination, and every office has
    // one place unless it says otherwise.
    for c in [&ktd9, &quan1, &vp, &ktd19, &ktd1] {
        for vote in c.agenda.iter().filter_map(|i| i.vote.as_ref()) {
            assert!(!vote.nominee_becomes_head);
            if let Subject::Office { places, .. } = &vote.subject {
                assert_eq!(*places, 1);
            }
        }
    }
}
