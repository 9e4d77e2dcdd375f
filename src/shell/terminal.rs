//! The terminal the screen is drawn on.
//!
//! It owns how the terminal is taken over and how frames reach it (whole, in one write).
//! It must not draw anything itself or know about the conference.

use std::io::{self, Write};

use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{EnterAlternateScreen, enable_raw_mode};

use super::backend::ByteBackend;

/// The terminal as the program draws on it.
pub type Term = ratatui::Terminal<ByteBackend<FrameWriter<io::Stdout>>>;

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
    ratatui::Terminal::new(ByteBackend::new(FrameWriter::new(io::stdout())))
}

/// Holds what ratatui writes for a frame and passes it on in one write when the frame is
/// flushed. `Stdout` alone passes it on every kilobyte, so a full frame at 200×60 (about
/// 18 kB) took some twenty writes and reached the terminal in pieces. (With the cursor
/// shown, ratatui places it with a second write after the frame.)
///
/// A frame cut short by a panic is dropped: the panic hook gives the terminal back, and
/// what the unwinding then writes (ratatui showing the cursor again) must not bring the
/// half frame with it onto the restored screen.
pub struct FrameWriter<W: Write> {
    pending: Vec<u8>,
    out: W,
    /// The half frame of a panic has been dropped.
    unwinding: bool,
}

impl<W: Write> FrameWriter<W> {
    /// Passes frames on to `out`.
    pub fn new(out: W) -> Self {
        FrameWriter { pending: Vec::with_capacity(1 << 15), out, unwinding: false }
    }

    /// Drops what was held when a panic began, once.
    fn drop_half_frame(&mut self) {
        if std::thread::panicking() && !self.unwinding {
            self.pending.clear();
            self.unwinding = true;
        }
    }
}

impl<W: Write> Write for FrameWriter<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.drop_half_frame();
        self.pending.extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.drop_half_frame();
        // Cleared even when the write fails: the rest of a frame half gone out is not sent
        // with the next one (nor after the terminal is given back).
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

    /// As in the program: ratatui is writing a frame when something panics, and unwinding
    /// drops the terminal, which shows the cursor again through the same writer.
    #[test]
    fn a_panic_drops_the_half_frame_but_not_what_follows() {
        use std::sync::{Arc, Mutex};
        struct Shared(Arc<Mutex<Vec<u8>>>);
        impl Write for Shared {
            fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
                self.0.lock().expect("not poisoned").extend_from_slice(buf);
                Ok(buf.len())
            }
            fn flush(&mut self) -> io::Result<()> {
                Ok(())
            }
        }
        /// What `Terminal`'s drop does: shows the cursor and flushes.
        struct Showing(FrameWriter<Shared>);
        impl Drop for Showing {
            fn drop(&mut self) {
                let _ = self.0.write_all(b"\x1b[?25h").and_then(|()| self.0.flush());
            }
        }
        let screen = Arc::new(Mutex::new(Vec::new()));
        let mut terminal = Showing(FrameWriter::new(Shared(Arc::clone(&screen))));
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(|_| {}));
        let ran = std::panic::catch_unwind(std::panic::AssertUnwindSafe(move || {
            terminal.0.write_all(b"\x1b[2;1Hhalf a fr").expect("buffered");
            panic!("while drawing");
        }));
        std::panic::set_hook(previous);
        assert!(ran.is_err());
        assert_eq!(screen.lock().expect("not poisoned").as_slice(), b"\x1b[?25h");
    }

    /// Writes once, failing the first time.
    struct FailsOnce {
        failed: bool,
        bytes: Vec<u8>,
    }

    impl Write for FailsOnce {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            if !self.failed {
                self.failed = true;
                return Err(io::Error::other("terminal gone"));
            }
            self.bytes.extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn a_frame_that_fails_is_not_sent_again_with_the_next() {
        let mut w = FrameWriter::new(FailsOnce { failed: false, bytes: Vec::new() });
        w.write_all(b"first frame").expect("buffered");
        assert!(w.flush().is_err(), "the failure is said");
        w.write_all(b"second").expect("buffered");
        w.flush().expect("sent");
        assert_eq!(w.out.bytes, b"second");
    }
}
