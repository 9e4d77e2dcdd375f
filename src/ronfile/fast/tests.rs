use std::collections::BTreeMap;
use std::fmt::Debug;
use std::path::Path;

use serde::Deserialize;
use serde::de::DeserializeOwned;

use super::{Unsupported, from_str};
use crate::conference::Conference;
use crate::generate::{self, Size};
use crate::minutes::{self, Minutes};
use crate::ronfile::{normalise, parse_with_ron};

/// Reads `text` both ways and insists that the quick reader read it, to what `ron` reads.
fn read_quickly<T: DeserializeOwned + PartialEq + Debug>(text: &str) -> T {
    let quick = from_str::<T>(text).unwrap_or_else(|_| panic!("the quick reader refused:\n{text}"));
    let by_ron = parse_with_ron::<T>(Path::new("t.ron"), text).expect("ron reads it");
    assert_eq!(quick, by_ron);
    quick
}

#[test]
fn every_bundled_conference_is_read_quickly_as_ron_reads_it() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-data");
    let mut read = 0;
    for entry in std::fs::read_dir(dir).expect("the samples' folder") {
        let text = std::fs::read_to_string(entry.expect("an entry").path()).expect("a sample");
        read_quickly::<Conference>(&normalise(&text));
        read += 1;
    }
    assert_eq!(read, 5);
    read_quickly::<Conference>(&normalise(crate::sample::TEMPLATE));
    read_quickly::<Conference>(&normalise(crate::sample::TEMPLATE_EN));
}

#[test]
fn minutes_the_program_wrote_are_read_quickly_as_ron_reads_them() {
    let model = generate::model(Size { units: 20, items: 60, polls: 12, comments: 300 });
    let text = minutes::to_text(&model).expect("serialises");
    let minutes = read_quickly::<Minutes>(&text);
    assert_eq!(minutes.record, model.record);
}

#[test]
fn a_fixture_is_read_quickly_only_as_ron_reads_it() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/conference");
    for entry in std::fs::read_dir(dir).expect("the fixtures' folder") {
        let Ok(text) = std::fs::read_to_string(entry.expect("an entry").path()) else { continue };
        let text = normalise(&text);
        if let Ok(quick) = from_str::<Conference>(&text) {
            assert_eq!(Ok(quick), parse_with_ron::<Conference>(Path::new("t.ron"), &text).map_err(|_| ()));
        }
    }
}

#[derive(Debug, PartialEq, Deserialize)]
enum Kind {
    Plain,
    Count(u32),
    Pair(i64, bool),
    Named { text: String },
}

#[derive(Debug, PartialEq, Deserialize)]
struct Sample {
    name: String,
    #[serde(default)]
    note: Option<String>,
    #[serde(default)]
    nested: Option<Option<u8>>,
    kinds: Vec<Kind>,
    #[serde(default)]
    table: BTreeMap<String, i32>,
    #[serde(default)]
    pair: Option<(u16, String)>,
    #[serde(default)]
    unit: (),
}

#[test]
fn the_subset_reads_as_ron_does() {
    for text in [
        "(name: \"a\", kinds: [])",
        "#![enable(implicit_some)]\n(\n    name: \"Khối thi đua\",\n    kinds: [\n        Plain,\n    ],\n)\n",
        "(name: \"a\", note: \"b\", kinds: [Count(3), Pair(-7, true), Named(text: \"x\")])",
        "(name: \"a\", note: Some(\"b\"), kinds: [Count( 3 , )], table: {\"k\": -1, \"l\": 2,})",
        "(name: \"a\", note: None, nested: Some(None), kinds: [])",
        "(name: \"a\", nested: 4, kinds: [], unit: ())",
        "// a comment\n(name: r#\"say \"hi\" \\ there\"#, kinds: [], // after\n pair: (1, r\"\"))",
        "(name: r##\"a \"# b\"##, kinds: [Plain, Plain])",
        "(\n    name: \"dòng một\ndòng hai\",\n    kinds: [],\n)",
        "  (name:\"a\",kinds:[Count(0)])  \n",
        "(name: \"say \\\"hi\\\" \\\\ \\n\\t\\r\\0\\' ệ\", kinds: [])",
        "(name: \"one \\\n      two \\\r\n three\", kinds: [Named(text: \"\\\"x\\\"\")])",
    ] {
        read_quickly::<Sample>(text);
    }
}

#[test]
fn what_is_outside_the_subset_is_left_to_ron() {
    for text in [
        "(name: \"a\\x41\", kinds: [])",              // a byte escape
        "(name: \"a\\u{41}\", kinds: [])",            // a Unicode escape
        "(name: \"a\\\r b\", kinds: [])",             // a backslash before a lone CR
        "Sample(name: \"a\", kinds: [])",             // a struct's name
        "/* block */ (name: \"a\", kinds: [])",       // a block comment
        "(name: \"a\", kinds: [Count(0x10)])",        // hexadecimal
        "(name: \"a\", kinds: [Count(1_000)])",       // separators
        "(name: \"a\", kinds: [Count(07)])",          // a leading zero
        "(name: \"a\", kinds: [Count(+1)])",          // a plus sign
        "(name: \"a\", note: Some \"b\", kinds: [])", // `Some` without its parenthesis
        "#![enable(unwrap_newtypes)] (name: \"a\", kinds: [])",
        "(name: \"a\", kinds: []) // no newline at the end",
        "(name: \"a\"\u{a0}, kinds: [])",     // white space beyond ASCII
        "(r#name: \"a\", kinds: [])",         // a raw identifier
        "(name: \"a\", kinds: [], extra: 1)", // an unknown field: ron names it
        "(name: \"a\", kinds: [Count(4294967296)])", // too large: ron says so
        "(name: \"a\", kinds: [Plain Plain])", // a missing comma: ron says where
        "(name: \"a\", kinds: [])(",          // something after the value
    ] {
        assert_eq!(from_str::<Sample>(text), Err(Unsupported), "{text}");
    }
    // A flattened struct is read as a map with string keys by `ron`.
    #[derive(Debug, PartialEq, Deserialize)]
    struct Flat {
        a: u32,
        #[serde(flatten)]
        rest: BTreeMap<String, u32>,
    }
    assert_eq!(from_str::<Flat>("{a: 1}"), Err(Unsupported));
    assert_eq!(from_str::<Flat>("{\"a\": 1}"), Err(Unsupported));
    assert!(parse_with_ron::<Flat>(Path::new("t.ron"), "{\"a\": 1}").is_ok());
    let deep = format!("(name: \"a\", kinds: [], nested: {}1{})", "Some(".repeat(80), ")".repeat(80));
    assert_eq!(from_str::<Sample>(&deep), Err(Unsupported), "deeper than the quick reader goes");
}
