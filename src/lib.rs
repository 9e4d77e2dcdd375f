//! hoinghi: the secretary's program for a Vietnamese emulation-bloc conference (Hội nghị
//! tổng kết / sơ kết of a Khối thi đua).
//!
//! The plan (`conference`) is kept apart from what happened (`record`); `app` is the pure
//! core that changes them; `view` draws them; `shell` is the only place that touches the
//! terminal and the clock. `main.rs` is a thin command line over this library.

pub mod app;
pub mod attendance;
pub mod awards;
pub mod cli;
pub mod comments;
pub mod conference;
pub mod covenant;
pub mod editor;
pub mod export;
pub mod generate;
pub mod i18n;
pub mod input;
pub mod keys;
pub mod minutes;
pub mod poll;
pub mod record;
pub mod ronfile;
pub mod sample;
pub mod scoring;
pub mod search;
pub mod shell;
pub mod store;
pub mod theme;
pub mod view;
