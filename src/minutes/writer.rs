//! A fast writer of the minutes' RON text: a serde serializer that writes, byte for byte, what
//! `ron`'s pretty serializer writes with the minutes' layout (`super::layout`), straight into
//! a buffer flushed to the file.
//!
//! Why it exists: a save on every change must not stall the secretary, and `ron` spends most
//! of a save of the large record (10 MB) checking and writing field names a character at a
//! time through a formatting adapter (22 ms against a 20 ms budget for the whole save). This
//! writer knows the one layout the minutes use and writes names, indentation and strings as
//! whole slices.
//!
//! What it must not do: differ from `ron`. `ron` stays the reference of this writer (as of
//! the quick reader, `ronfile::fast`): the tests compare the two outputs on recorded, random
//! and large records (`minutes::tests`), so a layout `ron` would write differently fails
//! there. Only
//! what the minutes' types use is written; anything else is an error, never a guess.

use std::fmt::{self, Write as _};
use std::io::{self, Write};

use serde::ser::{self, Serialize};

/// The layout's constants (see `super::layout`): four spaces a level, pretty to depth 7.
const INDENT: usize = 4;
const DEPTH_LIMIT: usize = 7;
/// The indentation of the deepest pretty line, sliced for shallower ones.
const SPACES: &[u8; INDENT * DEPTH_LIMIT] = &[b' '; INDENT * DEPTH_LIMIT];
/// Flush to the file once the buffer holds this much.
const CHUNK: usize = 1 << 16;

/// Why writing failed: the file's error kept whole (a full disk is told as one), or what
/// cannot be written.
#[derive(Debug)]
pub struct Error(pub io::Error);

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Error(io::Error::other(msg.to_string()))
    }
}

fn unsupported(what: &str) -> Error {
    Error(io::Error::other(format!("the minutes do not hold {what}")))
}

type Result<T = ()> = std::result::Result<T, Error>;

/// Writes `value` as the minutes' RON text (the `implicit_some` header, then the value) into
/// `out`.
pub fn write<T: Serialize + ?Sized>(value: &T, out: &mut dyn Write) -> io::Result<()> {
    let mut w = Writer {
        out,
        buf: Vec::with_capacity(CHUNK + 4096),
        indent: 0,
        is_empty: None,
        implicit_some: 0,
        scratch: String::with_capacity(64),
    };
    w.buf.extend_from_slice(b"#![enable(implicit_some)]\n");
    let written = value.serialize(&mut w).and_then(|()| {
        w.buf.push(b'\n');
        w.flush()
    });
    written.map_err(|Error(e)| e)
}

struct Writer<'a> {
    out: &'a mut dyn Write,
    buf: Vec<u8>,
    /// Nesting depth, as `ron`'s `Pretty::indent`.
    indent: usize,
    /// Whether the compound being opened is empty (`ron`'s `is_empty`).
    is_empty: Option<bool>,
    /// `Some`s opened and not written (`ron`'s `implicit_some_depth`).
    implicit_some: usize,
    /// Where a date or a time is formatted before it is written as a string.
    scratch: String,
}

impl Writer<'_> {
    fn flush(&mut self) -> Result {
        self.out.write_all(&self.buf).map_err(Error)?;
        self.buf.clear();
        Ok(())
    }

    fn bytes(&mut self, b: &[u8]) -> Result {
        self.buf.extend_from_slice(b);
        if self.buf.len() >= CHUNK { self.flush() } else { Ok(()) }
    }

    fn pretty(&self) -> bool {
        self.indent <= DEPTH_LIMIT
    }

    fn write_indent(&mut self) {
        if self.pretty() {
            self.buf.extend_from_slice(&SPACES[..INDENT * self.indent]);
        }
    }

    fn start_indent(&mut self) {
        self.indent += 1;
        if self.pretty() && !self.is_empty.unwrap_or(false) {
            self.buf.push(b'\n');
        }
    }

    fn end_indent(&mut self) {
        if self.pretty() && !self.is_empty.unwrap_or(false) {
            self.buf.extend_from_slice(&SPACES[..INDENT * self.indent.saturating_sub(1)]);
        }
        self.indent -= 1;
        self.is_empty = None;
    }

    /// A field or variant name (a Rust identifier of the minutes' types); `r#` before a word
    /// of RON itself, as `ron` writes it.
    fn identifier(&mut self, name: &str) -> Result {
        let bytes = name.as_bytes();
        debug_assert!(
            bytes.first().is_some_and(|b| b.is_ascii_alphabetic() || *b == b'_')
                && bytes.iter().all(|b| b.is_ascii_alphanumeric() || *b == b'_'),
            "{name:?} is not a plain identifier"
        );
        const WORDS: [&str; 10] =
            ["true", "false", "Some", "None", "inf", "inff32", "inff64", "NaN", "NaNf32", "NaNf64"];
        if matches!(bytes.first(), Some(b't' | b'f' | b'S' | b'N' | b'i')) && WORDS.contains(&name) {
            self.buf.extend_from_slice(b"r#");
        }
        self.bytes(name.as_bytes())
    }

    /// Between the items of a sequence, a map or a struct: a comma, then a new line while the
    /// layout is pretty, else a space; then the indentation.
    fn separate(&mut self, first: &mut bool) {
        if *first {
            *first = false;
        } else {
            self.buf.push(b',');
            self.buf.push(if self.pretty() { b'\n' } else { b' ' });
        }
        self.write_indent();
    }

    fn open(&mut self, bracket: u8, len: Option<usize>) {
        self.implicit_some = 0;
        self.buf.push(bracket);
        if let Some(len) = len {
            self.is_empty = Some(len == 0);
        }
        self.start_indent();
    }

    fn close(&mut self, first: bool, bracket: u8) -> Result {
        if !first && self.pretty() {
            self.buf.extend_from_slice(b",\n");
        }
        self.end_indent();
        self.bytes(&[bracket])
    }

    /// Decimal digits, as `Display` writes them, without the formatting machinery.
    fn integer(&mut self, negative: bool, mut n: u64) -> Result {
        if negative {
            self.buf.push(b'-');
        }
        let mut digits = [0u8; 20];
        let mut at = digits.len();
        loop {
            at -= 1;
            digits[at] = b'0' + (n % 10) as u8;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        self.bytes(&digits[at..])
    }
}

/// A compound being written: whether its first item is still to come.
struct Compound<'w, 'a> {
    w: &'w mut Writer<'a>,
    first: bool,
    close: u8,
}

impl<'w, 'a> ser::Serializer for &'w mut Writer<'a> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Compound<'w, 'a>;
    type SerializeTuple = Compound<'w, 'a>;
    type SerializeTupleStruct = Compound<'w, 'a>;
    type SerializeTupleVariant = Compound<'w, 'a>;
    type SerializeMap = Compound<'w, 'a>;
    type SerializeStruct = Compound<'w, 'a>;
    type SerializeStructVariant = Compound<'w, 'a>;

    fn serialize_bool(self, v: bool) -> Result {
        self.bytes(if v { b"true" } else { b"false" })
    }
    fn serialize_i8(self, v: i8) -> Result {
        self.integer(v < 0, i64::from(v).unsigned_abs())
    }
    fn serialize_i16(self, v: i16) -> Result {
        self.integer(v < 0, i64::from(v).unsigned_abs())
    }
    fn serialize_i32(self, v: i32) -> Result {
        self.integer(v < 0, i64::from(v).unsigned_abs())
    }
    fn serialize_i64(self, v: i64) -> Result {
        self.integer(v < 0, v.unsigned_abs())
    }
    fn serialize_u8(self, v: u8) -> Result {
        self.integer(false, u64::from(v))
    }
    fn serialize_u16(self, v: u16) -> Result {
        self.integer(false, u64::from(v))
    }
    fn serialize_u32(self, v: u32) -> Result {
        self.integer(false, u64::from(v))
    }
    fn serialize_u64(self, v: u64) -> Result {
        self.integer(false, v)
    }
    fn serialize_f32(self, _: f32) -> Result {
        // Nothing is decided in floating point, and nothing of it is kept.
        Err(unsupported("a floating-point number"))
    }
    fn serialize_f64(self, _: f64) -> Result {
        Err(unsupported("a floating-point number"))
    }
    fn serialize_char(self, v: char) -> Result {
        self.buf.push(b'\'');
        if v == '\\' || v == '\'' {
            self.buf.push(b'\\');
        }
        let mut utf8 = [0u8; 4];
        self.buf.extend_from_slice(v.encode_utf8(&mut utf8).as_bytes());
        self.bytes(b"'")
    }
    fn serialize_str(self, v: &str) -> Result {
        // As `ron` without escapes: a raw string when the text holds a quote or a backslash,
        // with one `#` more than the longest run of them inside.
        if memchr::memchr2(b'"', b'\\', v.as_bytes()).is_some() {
            let (_, longest) = v.chars().fold((0usize, 0usize), |(run, max), c| match c {
                '#' => (run + 1, max.max(run + 1)),
                _ => (0, max),
            });
            let hashes = "#".repeat(longest + 1);
            self.buf.push(b'r');
            self.buf.extend_from_slice(hashes.as_bytes());
            self.buf.push(b'"');
            self.buf.extend_from_slice(v.as_bytes());
            self.buf.push(b'"');
            self.bytes(hashes.as_bytes())
        } else {
            self.buf.push(b'"');
            self.buf.extend_from_slice(v.as_bytes());
            self.bytes(b"\"")
        }
    }
    fn collect_str<T: fmt::Display + ?Sized>(self, value: &T) -> Result {
        // Dates and times, formatted in a string kept for the purpose.
        let mut text = std::mem::take(&mut self.scratch);
        text.clear();
        write!(text, "{value}").map_err(|_| unsupported("a value that cannot be written as text"))?;
        let written = self.serialize_str(&text);
        self.scratch = text;
        written
    }
    fn serialize_bytes(self, _: &[u8]) -> Result {
        Err(unsupported("bytes"))
    }
    fn serialize_none(self) -> Result {
        let opened = std::mem::take(&mut self.implicit_some);
        for _ in 0..opened {
            self.buf.extend_from_slice(b"Some(");
        }
        self.buf.extend_from_slice(b"None");
        for _ in 0..opened {
            self.buf.push(b')');
        }
        Ok(())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result {
        self.implicit_some += 1;
        value.serialize(&mut *self)?;
        self.implicit_some = 0;
        Ok(())
    }
    fn serialize_unit(self) -> Result {
        self.bytes(b"()")
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result {
        self.bytes(b"()")
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> Result {
        self.identifier(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _: &'static str, value: &T) -> Result {
        self.implicit_some = 0;
        self.buf.push(b'(');
        value.serialize(&mut *self)?;
        self.bytes(b")")
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        value: &T,
    ) -> Result {
        self.identifier(variant)?;
        self.buf.push(b'(');
        self.implicit_some = 0;
        value.serialize(&mut *self)?;
        self.bytes(b")")
    }
    fn serialize_seq(self, len: Option<usize>) -> Result<Self::SerializeSeq> {
        self.open(b'[', len);
        Ok(Compound { w: self, first: true, close: b']' })
    }
    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple> {
        // Tuple members are not separated by lines in this layout.
        self.implicit_some = 0;
        self.buf.push(b'(');
        Ok(Compound { w: self, first: true, close: b')' })
    }
    fn serialize_tuple_struct(self, _: &'static str, len: usize) -> Result<Self::SerializeTupleStruct> {
        self.serialize_tuple(len)
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant> {
        self.implicit_some = 0;
        self.identifier(variant)?;
        self.buf.push(b'(');
        Ok(Compound { w: self, first: true, close: b')' })
    }
    fn serialize_map(self, len: Option<usize>) -> Result<Self::SerializeMap> {
        self.open(b'{', len);
        Ok(Compound { w: self, first: true, close: b'}' })
    }
    fn serialize_struct(self, _: &'static str, len: usize) -> Result<Self::SerializeStruct> {
        self.implicit_some = 0;
        self.buf.push(b'(');
        self.is_empty = Some(len == 0);
        self.start_indent();
        Ok(Compound { w: self, first: true, close: b')' })
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Self::SerializeStructVariant> {
        self.implicit_some = 0;
        self.identifier(variant)?;
        self.serialize_struct(variant, len)
    }
}

impl ser::SerializeSeq for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result {
        self.w.separate(&mut self.first);
        value.serialize(&mut *self.w)
    }
    fn end(self) -> Result {
        self.w.close(self.first, self.close)
    }
}

impl ser::SerializeTuple for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result {
        if !std::mem::take(&mut self.first) {
            self.w.buf.extend_from_slice(b", ");
        }
        value.serialize(&mut *self.w)
    }
    fn end(self) -> Result {
        self.w.bytes(&[self.close])
    }
}

impl ser::SerializeTupleStruct for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result {
        ser::SerializeTuple::serialize_element(self, value)
    }
    fn end(self) -> Result {
        ser::SerializeTuple::end(self)
    }
}

impl ser::SerializeTupleVariant for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result {
        ser::SerializeTuple::serialize_element(self, value)
    }
    fn end(self) -> Result {
        ser::SerializeTuple::end(self)
    }
}

impl ser::SerializeMap for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result {
        self.w.separate(&mut self.first);
        key.serialize(&mut *self.w)
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result {
        self.w.buf.extend_from_slice(b": ");
        value.serialize(&mut *self.w)
    }
    fn end(self) -> Result {
        self.w.close(self.first, self.close)
    }
}

impl ser::SerializeStruct for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result {
        self.w.separate(&mut self.first);
        self.w.identifier(key)?;
        self.w.buf.extend_from_slice(b": ");
        value.serialize(&mut *self.w)
    }
    fn end(self) -> Result {
        self.w.close(self.first, self.close)
    }
}

impl ser::SerializeStructVariant for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result {
        ser::SerializeStruct::serialize_field(self, key, value)
    }
    fn end(self) -> Result {
        ser::SerializeStruct::end(self)
    }
}
