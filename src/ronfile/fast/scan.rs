//! The quick reader's scanning of the text: white space and comments, identifiers, strings,
//! integers, and the depth of nesting. Everything here gives up (`Unsupported`) at what it
//! does not know, never guesses; what the tokens mean to serde is `super`'s.

use std::borrow::Cow;

use super::{Result, Unsupported};

/// Half `ron`'s recursion limit (128): deeper nesting, which no file of the program's comes
/// near, is left to `ron`, which reads it or says it is too deep.
const DEPTH_LIMIT: usize = 64;

/// The text and how far it has been read.
pub(super) struct Reader<'a> {
    text: &'a str,
    pos: usize,
    depth: usize,
}

fn is_ident_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

impl<'a> Reader<'a> {
    pub(super) fn new(text: &'a str) -> Self {
        Reader { text, pos: 0, depth: 0 }
    }

    fn bytes(&self) -> &'a [u8] {
        self.text.as_bytes().get(self.pos..).unwrap_or_default()
    }

    pub(super) fn peek(&self) -> Option<u8> {
        self.bytes().first().copied()
    }

    fn eat(&mut self, b: u8) -> bool {
        let found = self.peek() == Some(b);
        self.pos += usize::from(found);
        found
    }

    pub(super) fn consume_str(&mut self, s: &str) -> bool {
        let found = self.bytes().starts_with(s.as_bytes());
        self.pos += if found { s.len() } else { 0 };
        found
    }

    /// Whether the whole text has been read.
    pub(super) fn at_end(&self) -> bool {
        self.pos == self.text.len()
    }

    pub(super) fn expect(&mut self, b: u8) -> Result<()> {
        if self.eat(b) { Ok(()) } else { Err(Unsupported) }
    }

    /// White space and `//` comments. Anything `ron` also counts as white space (other
    /// Unicode spaces, block comments) is left to `ron`.
    pub(super) fn skip_ws(&mut self) -> Result<()> {
        loop {
            // A run at a time: a pretty-printed file is two-fifths indentation.
            let bytes = self.bytes();
            let blank = bytes.iter().take_while(|b| matches!(b, b' ' | b'\n' | b'\t' | b'\r')).count();
            self.pos += blank;
            match &bytes[blank..] {
                [b'/', b'/', ..] => {
                    // A comment still open at the end of the file is a case of `ron`'s own.
                    let end = memchr::memchr(b'\n', &bytes[blank..]).ok_or(Unsupported)?;
                    self.pos += end + 1;
                }
                [b'/', ..] => return Err(Unsupported),
                _ => return Ok(()),
            }
        }
    }

    /// `ron`'s `comma`: white space, an optional comma, white space.
    pub(super) fn comma(&mut self) -> Result<bool> {
        self.skip_ws()?;
        let had = self.eat(b',');
        self.skip_ws()?;
        Ok(had)
    }

    /// An ASCII identifier, not followed by anything that could continue it.
    pub(super) fn identifier(&mut self) -> Result<&'a str> {
        let bytes = self.bytes();
        match bytes.first() {
            Some(b) if b.is_ascii_alphabetic() || *b == b'_' => {}
            _ => return Err(Unsupported),
        }
        let len = bytes.iter().position(|&b| !is_ident_byte(b)).unwrap_or(bytes.len());
        // A letter beyond ASCII may continue it, and `r#` opens a raw identifier or string.
        if bytes.get(len).is_some_and(|&b| b >= 0x80 || b == b'#' || b == b'"' || b == b'\'') {
            return Err(Unsupported);
        }
        let ident = self.text.get(self.pos..self.pos + len).ok_or(Unsupported)?;
        self.pos += len;
        Ok(ident)
    }

    /// Whether `ident` is next as a whole word.
    fn check_ident(&self, ident: &str) -> bool {
        let bytes = self.bytes();
        bytes.starts_with(ident.as_bytes())
            && bytes.get(ident.len()).is_none_or(|&b| !is_ident_byte(b) && b < 0x80)
    }

    pub(super) fn consume_ident(&mut self, ident: &str) -> bool {
        let found = self.check_ident(ident);
        if found {
            self.pos += ident.len();
        }
        found
    }

    /// `#![enable(implicit_some)]` (as the program writes it): the only extension known here,
    /// and the one the program reads with anyway.
    pub(super) fn header(&mut self) -> Result<()> {
        self.skip_ws()?;
        while self.bytes().starts_with(b"#![enable(") {
            self.pos += b"#![enable(".len();
            loop {
                self.skip_ws()?;
                if self.identifier()? != "implicit_some" {
                    return Err(Unsupported);
                }
                if !self.comma()? {
                    break;
                }
                if self.peek() == Some(b')') {
                    break;
                }
            }
            self.skip_ws()?;
            self.expect(b')')?;
            self.skip_ws()?;
            self.expect(b']')?;
            self.skip_ws()?;
        }
        Ok(())
    }

    /// A struct, tuple or newtype written without its name: a name is `ron`'s to check.
    pub(super) fn no_struct_name(&self) -> Result<()> {
        match self.peek() {
            Some(b) if is_ident_byte(b) || b >= 0x80 => Err(Unsupported),
            _ => Ok(()),
        }
    }

    pub(super) fn nested<T>(&mut self, f: impl FnOnce(&mut Self) -> Result<T>) -> Result<T> {
        if self.depth >= DEPTH_LIMIT {
            return Err(Unsupported);
        }
        self.depth += 1;
        let value = f(self);
        self.depth -= 1;
        value
    }

    /// A string: borrowed from the text unless it holds escapes.
    pub(super) fn string(&mut self) -> Result<Cow<'a, str>> {
        let bytes = self.bytes();
        match bytes.first() {
            Some(b'"') => {
                let len = memchr::memchr2(b'"', b'\\', &bytes[1..]).ok_or(Unsupported)?;
                let text = self.text.get(self.pos + 1..self.pos + 1 + len).ok_or(Unsupported)?;
                self.pos += len + 1;
                if bytes[1 + len] == b'"' {
                    self.pos += 1;
                    return Ok(Cow::Borrowed(text));
                }
                self.escaped(text.to_string()).map(Cow::Owned)
            }
            Some(b'r') => {
                let hashes = bytes[1..].iter().take_while(|&&b| b == b'#').count();
                if bytes.get(1 + hashes) != Some(&b'"') {
                    return Err(Unsupported);
                }
                let start = 2 + hashes;
                let mut from = start;
                loop {
                    let quote = from + memchr::memchr(b'"', &bytes[from..]).ok_or(Unsupported)?;
                    let closing = &bytes[quote + 1..];
                    if closing.len() >= hashes && closing[..hashes].iter().all(|&b| b == b'#') {
                        let text = self.text.get(self.pos + start..self.pos + quote).ok_or(Unsupported)?;
                        self.pos += quote + 1 + hashes;
                        return Ok(Cow::Borrowed(text));
                    }
                    from = quote + 1;
                }
            }
            _ => Err(Unsupported),
        }
    }

    /// The rest of a string from its first backslash, as `ron` reads it: the one-letter
    /// escapes and a backslash ending a line (which drops the line break and the white space
    /// after it). `\x` and `\u{…}` are `ron`'s.
    fn escaped(&mut self, mut text: String) -> Result<String> {
        loop {
            let bytes = self.bytes();
            // At a backslash.
            match bytes.get(1) {
                Some(b'\n') | Some(b'\r') => {
                    let ending = if bytes[1] == b'\r' { 3 } else { 2 };
                    if ending == 3 && bytes.get(2) != Some(&b'\n') {
                        return Err(Unsupported);
                    }
                    let blank = bytes[ending..]
                        .iter()
                        .take_while(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r'))
                        .count();
                    self.pos += ending + blank;
                }
                Some(&c) => {
                    text.push(match c {
                        b'\'' => '\'',
                        b'"' => '"',
                        b'\\' => '\\',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'0' => '\0',
                        _ => return Err(Unsupported),
                    });
                    self.pos += 2;
                }
                None => return Err(Unsupported),
            }
            let rest = self.bytes();
            let len = memchr::memchr2(b'"', b'\\', rest).ok_or(Unsupported)?;
            text.push_str(self.text.get(self.pos..self.pos + len).ok_or(Unsupported)?);
            self.pos += len;
            if rest[len] == b'"' {
                self.pos += 1;
                return Ok(text);
            }
        }
    }

    /// A decimal integer: digits, a leading `-` where `signed`, no leading zero, and nothing
    /// that could make it a float, a hexadecimal or a suffixed number.
    fn integer(&mut self, signed: bool) -> Result<i128> {
        let bytes = self.bytes();
        let negative = signed && bytes.first() == Some(&b'-');
        let digits = &bytes[usize::from(negative)..];
        let len = digits.iter().take_while(|b| b.is_ascii_digit()).count();
        if len == 0 || len > 20 || (len > 1 && digits[0] == b'0') {
            return Err(Unsupported);
        }
        if digits.get(len).is_some_and(|&b| is_ident_byte(b) || b == b'.' || b >= 0x80) {
            return Err(Unsupported);
        }
        let magnitude = digits[..len].iter().fold(0i128, |n, &d| n * 10 + i128::from(d - b'0'));
        self.pos += usize::from(negative) + len;
        Ok(if negative { -magnitude } else { magnitude })
    }

    pub(super) fn number<T: TryFrom<i128>>(&mut self, signed: bool) -> Result<T> {
        T::try_from(self.integer(signed)?).map_err(|_| Unsupported)
    }
}
