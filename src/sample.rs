//! The sample conference bundled in the binary, so that `hoinghi` with no file (and so
//! `cargo run --release`) opens a real conference: Khối thi đua 1 of Ho Chi Minh City.

/// The name shown in messages about the bundled sample.
pub const NAME: &str = "sample-data/ktd1-hcm-tong-ket-2023.ron";
pub const TEXT: &str = include_str!("../sample-data/ktd1-hcm-tong-ket-2023.ron");

/// The commented template `hoinghi init` writes.
pub const TEMPLATE: &str = include_str!("template.ron");
/// The same template with its comments in English (`hoinghi --lang en init`).
pub const TEMPLATE_EN: &str = include_str!("template-en.ron");
