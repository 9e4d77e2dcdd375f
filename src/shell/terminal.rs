//! The terminal the screen is drawn on.
//!
//! It owns how the terminal is taken over and how frames reach it (whole, in one write).
//! It must not draw anything itself or know about the conference.

use std::io::{self, Write};

use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{EnterAlternateScreen, enable_raw_mode};

use super::backend::FastBackend;

/// The terminal as the program draws on it.
pub type Term = ratatui::Terminal<FastBackend<FrameWriter<io::Stdout>>>;

/// Takes the terminal over as `ratatui::try_init` does (a panic gives it back first with
/// `ratatui::restore`; raw mode; the alternate screen), with frames written whole.
pub fn init() -> io::Result<Term> {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        ratatui::restore();
        previous(info);
    }));
    enable_raw_mode()?;
    execute!(io::stdout(), EnterAlternateScreen)?;
    ratatui::Terminal::new(FastBackend::new(FrameWriter::new(io::stdout())))
}

/// Holds what ratatui writes for a frame and passes it on in one write when the frame is
/// flushed. `Stdout` alone passes it on every kilobyte, so a full frame at 200×60 (about
/// 18 kB) took some twenty writes and reached the terminal in pieces. A frame cut short
/// (a panic while it was written) is dropped, not written over the restored screen.
pub struct FrameWriter<W: Write> {
    pending: Vec<u8>,
    out: W,
}

impl<W: Write> FrameWriter<W> {
    pub fn new(out: W) -> Self {
        FrameWriter { pending: Vec::with_capacity(1 << 15), out }
    }
}

impl<W: Write> Write for FrameWriter<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.pending.extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        // Cleared even when the write fails: a frame half gone out is not sent again.
        let sent = self.out.write_all(&self.pending);
        self.pending.clear();
        sent?;
        self.out.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Counts the writes that reach it.
    #[derive(Default)]
    struct Counted {
        bytes: Vec<u8>,
        writes: usize,
    }

    impl Write for Counted {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            self.writes += 1;
            self.bytes.extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn a_frame_goes_out_whole_at_the_flush() {
        let mut w = FrameWriter::new(Counted::default());
        for _ in 0..2000 {
            w.write_all("\x1b[1;1HHội nghị".as_bytes()).expect("buffered");
        }
        assert_eq!(w.out.writes, 0, "nothing before the flush");
        w.flush().expect("flushed");
        assert_eq!(w.out.writes, 1);
        assert_eq!(w.out.bytes.len(), 2000 * "\x1b[1;1HHội nghị".len());
        w.flush().expect("nothing more");
        assert_eq!(w.out.writes, 1, "an empty flush writes nothing again");
    }

    #[test]
    fn a_frame_never_flushed_is_not_written() {
        let mut out = Counted::default();
        {
            let mut w = FrameWriter::new(&mut out);
            w.write_all(b"half a frame").expect("buffered");
        }
        assert_eq!(out.writes, 0);
        assert!(out.bytes.is_empty());
    }
}
