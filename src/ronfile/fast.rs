//! A quick reader of the RON this program writes and its users usually write: a serde
//! deserializer over the text, which borrows every string it can and never looks at a
//! character twice.
//!
//! Why it exists: `ron` spends about 2.4 ms reading the large conference (345 KB), most of it
//! checking characters one at a time and validating every string's UTF-8 again, and the
//! program cannot draw its first frame before the conference is read (issue 7's start-up
//! figure).
//!
//! What it must not do: read a text otherwise than `ron` does. It knows a subset of RON
//! (structs without names, sequences, maps, enums, options with `implicit_some`, decimal
//! integers, booleans, strings with the one-letter escapes and raw strings, `//` comments); at anything
//! else, and at any error of the values themselves, it gives up with [`Unsupported`] and the
//! caller reads the text with `ron`, which either reads it or says where it is wrong. So every
//! refusal a user sees is `ron`'s, with its line and column. The tests read every sample,
//! fixture, generated and mutated file both ways and compare (`ronfile::tests`,
//! `tests/fuzz_loaders.rs`).

use std::borrow::Cow;
use std::fmt;

use serde::de::{self, DeserializeSeed, Visitor};

use scan::Reader;

mod scan;

/// The text is outside what this reader knows, or its values do not fit the type: read it
/// with `ron` instead. Carries nothing: `ron` says what and where.
#[derive(Debug, PartialEq)]
pub struct Unsupported;

impl fmt::Display for Unsupported {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("not read by the quick reader")
    }
}

impl std::error::Error for Unsupported {}

impl de::Error for Unsupported {
    fn custom<T: fmt::Display>(_: T) -> Self {
        Unsupported
    }
}

type Result<T> = std::result::Result<T, Unsupported>;

/// Reads the whole of `text` as a `T`, or gives up.
pub fn from_str<'a, T: de::Deserialize<'a>>(text: &'a str) -> Result<T> {
    let mut reader = Reader::new(text);
    reader.header()?;
    let value = T::deserialize(&mut reader)?;
    reader.skip_ws()?;
    if reader.at_end() { Ok(value) } else { Err(Unsupported) }
}

macro_rules! integers {
    ($($method:ident $visit:ident $ty:ty, $signed:expr;)*) => {$(
        fn $method<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value> {
            visitor.$visit(self.number::<$ty>($signed)?)
        }
    )*};
}

macro_rules! unsupported {
    ($($method:ident)*) => {$(
        fn $method<V: Visitor<'a>>(self, _: V) -> Result<V::Value> {
            Err(Unsupported)
        }
    )*};
}

impl<'a> de::Deserializer<'a> for &mut Reader<'a> {
    type Error = Unsupported;

    integers! {
        deserialize_i8 visit_i8 i8, true;
        deserialize_i16 visit_i16 i16, true;
        deserialize_i32 visit_i32 i32, true;
        deserialize_i64 visit_i64 i64, true;
        deserialize_u8 visit_u8 u8, false;
        deserialize_u16 visit_u16 u16, false;
        deserialize_u32 visit_u32 u32, false;
        deserialize_u64 visit_u64 u64, false;
    }

    unsupported! {
        deserialize_any deserialize_ignored_any deserialize_f32 deserialize_f64 deserialize_char
        deserialize_bytes deserialize_byte_buf
    }

    fn deserialize_bool<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value> {
        if self.consume_ident("true") {
            visitor.visit_bool(true)
        } else if self.consume_ident("false") {
            visitor.visit_bool(false)
        } else {
            Err(Unsupported)
        }
    }

    fn deserialize_str<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value> {
        match self.string()? {
            Cow::Borrowed(text) => visitor.visit_borrowed_str(text),
            Cow::Owned(text) => visitor.visit_string(text),
        }
    }

    fn deserialize_string<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_str(visitor)
    }

    fn deserialize_option<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value> {
        if self.consume_ident("None") {
            return visitor.visit_none();
        }
        if self.consume_ident("Some") {
            // `Some` without its parenthesis is read by `ron` in a way of its own.
            return self.parenthesised(|r| visitor.visit_some(r));
        }
        self.nested(|r| visitor.visit_some(&mut *r))
    }

    fn deserialize_unit<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value> {
        if self.consume_str("()") { visitor.visit_unit() } else { Err(Unsupported) }
    }

    fn deserialize_unit_struct<V: Visitor<'a>>(self, _: &'static str, visitor: V) -> Result<V::Value> {
        self.deserialize_unit(visitor)
    }

    fn deserialize_newtype_struct<V: Visitor<'a>>(self, _: &'static str, visitor: V) -> Result<V::Value> {
        self.no_struct_name()?;
        self.parenthesised(|r| visitor.visit_newtype_struct(r))
    }

    fn deserialize_seq<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value> {
        self.delimited(b'[', b']', |list| visitor.visit_seq(list))
    }

    fn deserialize_tuple<V: Visitor<'a>>(self, _: usize, visitor: V) -> Result<V::Value> {
        self.delimited(b'(', b')', |list| visitor.visit_seq(list))
    }

    fn deserialize_tuple_struct<V: Visitor<'a>>(
        self,
        _: &'static str,
        len: usize,
        visitor: V,
    ) -> Result<V::Value> {
        self.no_struct_name()?;
        self.deserialize_tuple(len, visitor)
    }

    fn deserialize_map<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value> {
        // A struct read as a map (`#[serde(flatten)]`) has string keys in `ron`.
        if describes_struct(&visitor) {
            return Err(Unsupported);
        }
        self.delimited(b'{', b'}', |entries| visitor.visit_map(entries))
    }

    fn deserialize_struct<V: Visitor<'a>>(
        self,
        _: &'static str,
        _: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value> {
        self.no_struct_name()?;
        self.skip_ws()?;
        self.struct_body(visitor)
    }

    fn deserialize_enum<V: Visitor<'a>>(
        self,
        _: &'static str,
        _: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value> {
        self.nested(|r| visitor.visit_enum(r))
    }

    fn deserialize_identifier<V: Visitor<'a>>(self, visitor: V) -> Result<V::Value> {
        visitor.visit_borrowed_str(self.identifier()?)
    }
}

impl<'a> Reader<'a> {
    /// `( field: value, … )`, the fields read as identifiers.
    fn struct_body<V: Visitor<'a>>(&mut self, visitor: V) -> Result<V::Value> {
        self.delimited(b'(', b')', |mut fields| {
            fields.fields = true;
            visitor.visit_map(fields)
        })
    }

    /// One value in parentheses, as `ron` reads `Some(…)` and newtypes: `( value ,? )` with
    /// white space anywhere.
    fn parenthesised<T>(&mut self, read: impl FnOnce(&mut Self) -> Result<T>) -> Result<T> {
        self.skip_ws()?;
        self.expect(b'(')?;
        self.skip_ws()?;
        let value = self.nested(read)?;
        self.comma()?;
        self.expect(b')')?;
        Ok(value)
    }

    /// `open`, the elements or entries read by `read`, white space, `close`.
    fn delimited<T>(
        &mut self,
        open: u8,
        close: u8,
        read: impl FnOnce(Separated<'_, 'a>) -> Result<T>,
    ) -> Result<T> {
        self.expect(open)?;
        let value = self.nested(|r| read(Separated::new(r, close)))?;
        self.skip_ws()?;
        self.expect(close)?;
        Ok(value)
    }
}

/// Whether serde's code reading a map says it expects a struct, as `ron` asks (a struct with a
/// `#[serde(flatten)]` field is read as a map).
fn describes_struct<'a, V: Visitor<'a>>(visitor: &V) -> bool {
    struct Expecting<'v, V>(&'v V);
    impl<'a, V: Visitor<'a>> fmt::Display for Expecting<'_, V> {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            self.0.expecting(f)
        }
    }
    Expecting(visitor).to_string().starts_with("struct ")
}

/// The elements of a sequence, tuple, map or struct: separated by commas, a trailing comma
/// allowed, up to `close` (which the caller consumes).
struct Separated<'r, 'a> {
    r: &'r mut Reader<'a>,
    close: u8,
    had_comma: bool,
    /// A struct's keys are identifiers; a map's are values.
    fields: bool,
}

impl<'r, 'a> Separated<'r, 'a> {
    fn new(r: &'r mut Reader<'a>, close: u8) -> Self {
        Separated { r, close, had_comma: true, fields: false }
    }

    fn has_element(&mut self) -> Result<bool> {
        self.r.skip_ws()?;
        match (self.had_comma, self.r.peek() != Some(self.close)) {
            (true, more) => Ok(more),
            (false, false) => Ok(false),
            (false, true) => Err(Unsupported),
        }
    }
}

impl<'a> de::SeqAccess<'a> for Separated<'_, 'a> {
    type Error = Unsupported;

    fn next_element_seed<T: DeserializeSeed<'a>>(&mut self, seed: T) -> Result<Option<T::Value>> {
        if !self.has_element()? {
            return Ok(None);
        }
        let value = self.r.nested(|r| seed.deserialize(&mut *r))?;
        self.had_comma = self.r.comma()?;
        Ok(Some(value))
    }
}

impl<'a> de::MapAccess<'a> for Separated<'_, 'a> {
    type Error = Unsupported;

    fn next_key_seed<K: DeserializeSeed<'a>>(&mut self, seed: K) -> Result<Option<K::Value>> {
        if !self.has_element()? {
            return Ok(None);
        }
        if self.fields {
            seed.deserialize(name(self.r.identifier()?)).map(Some)
        } else {
            self.r.nested(|r| seed.deserialize(&mut *r)).map(Some)
        }
    }

    fn next_value_seed<V: DeserializeSeed<'a>>(&mut self, seed: V) -> Result<V::Value> {
        self.r.skip_ws()?;
        self.r.expect(b':')?;
        self.r.skip_ws()?;
        let value = self.r.nested(|r| seed.deserialize(&mut *r))?;
        self.had_comma = self.r.comma()?;
        Ok(value)
    }
}

/// A struct's field or an enum's variant, already read as an identifier: serde's derived
/// code asks for it as such.
fn name(ident: &str) -> de::value::BorrowedStrDeserializer<'_, Unsupported> {
    de::value::BorrowedStrDeserializer::new(ident)
}

impl<'a> de::EnumAccess<'a> for &mut Reader<'a> {
    type Error = Unsupported;
    type Variant = Self;

    fn variant_seed<V: DeserializeSeed<'a>>(self, seed: V) -> Result<(V::Value, Self)> {
        self.skip_ws()?;
        let value = seed.deserialize(name(self.identifier()?))?;
        Ok((value, self))
    }
}

impl<'a> de::VariantAccess<'a> for &mut Reader<'a> {
    type Error = Unsupported;

    fn unit_variant(self) -> Result<()> {
        Ok(())
    }

    fn newtype_variant_seed<T: DeserializeSeed<'a>>(self, seed: T) -> Result<T::Value> {
        self.parenthesised(|r| seed.deserialize(r))
    }

    fn tuple_variant<V: Visitor<'a>>(self, len: usize, visitor: V) -> Result<V::Value> {
        self.skip_ws()?;
        de::Deserializer::deserialize_tuple(self, len, visitor)
    }

    fn struct_variant<V: Visitor<'a>>(self, _: &'static [&'static str], visitor: V) -> Result<V::Value> {
        self.skip_ws()?;
        self.struct_body(visitor)
    }
}

#[cfg(test)]
mod tests;
