//! Colours by role (`selected`, `overrun`, `key` …), never by widget.
//!
//! Owns the theme file format, the built-in themes (embedded from `themes/*.ron`), the
//! overlay of a user's theme file on the built-in of the same name, and the monochrome form
//! used under `NO_COLOR`. Finding the user's file is the caller's business; this module
//! parses text it is given.

use std::path::Path;

use ratatui::style::{Color, Modifier, Style};
use serde::{Deserialize, Deserializer};

use crate::ronfile::{self, FileError, Problem, value_error};

/// Built-in themes: name and file text.
pub const BUILT_IN: &[(&str, &str)] = &[
    ("default", include_str!("../themes/default.ron")),
    ("light", include_str!("../themes/light.ron")),
    ("high-contrast", include_str!("../themes/high-contrast.ron")),
];

/// One role's look as a theme file writes it; every field may be left out.
#[derive(Debug, Clone, Copy, Default, PartialEq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct StyleDef {
    pub fg: Option<ThemeColor>,
    pub bg: Option<ThemeColor>,
    pub bold: bool,
    pub italic: bool,
    pub underline: bool,
    pub reversed: bool,
    pub dim: bool,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ThemeColor(pub Color);

impl<'de> Deserialize<'de> for ThemeColor {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        text.parse::<Color>().map(ThemeColor).map_err(|_| value_error("colour", &text))
    }
}

impl StyleDef {
    fn modifiers(&self) -> Modifier {
        let mut m = Modifier::empty();
        for (on, flag) in [
            (self.bold, Modifier::BOLD),
            (self.italic, Modifier::ITALIC),
            (self.underline, Modifier::UNDERLINED),
            (self.reversed, Modifier::REVERSED),
            (self.dim, Modifier::DIM),
        ] {
            if on {
                m |= flag;
            }
        }
        m
    }

    pub fn style(&self) -> Style {
        let mut s = Style::new().add_modifier(self.modifiers());
        if let Some(ThemeColor(c)) = self.fg {
            s = s.fg(c);
        }
        if let Some(ThemeColor(c)) = self.bg {
            s = s.bg(c);
        }
        s
    }
}

macro_rules! roles {
    ($($(#[$doc:meta])* $role:ident => $mono:expr),* $(,)?) => {
        /// The resolved styles the views draw with.
        #[derive(Debug, Clone, PartialEq)]
        pub struct Theme {
            $($(#[$doc])* pub $role: Style,)*
        }

        /// A theme file: each role it names replaces the built-in's.
        #[derive(Debug, Clone, Default, Deserialize)]
        #[serde(default, deny_unknown_fields)]
        struct ThemeFile {
            $($role: Option<StyleDef>,)*
        }

        impl ThemeFile {
            fn apply_to(&self, theme: &mut Theme) {
                $(if let Some(def) = &self.$role {
                    theme.$role = def.style();
                })*
            }

            /// Roles whose text `theme` (this file applied) would draw in its background's
            /// colour, its own or the base's it is drawn on: each at what this file set of it
            /// (the role's `bg`, else its `fg`, else the base's `bg`).
            fn unreadable(&self, theme: &Theme) -> Vec<(String, Problem)> {
                let mut found = Vec::new();
                let base_bg = self.base.as_ref().and_then(|d| d.bg).is_some();
                $({
                    let style = theme.$role;
                    let def = self.$role.as_ref();
                    let at = match def {
                        Some(StyleDef { bg: Some(_), .. }) => Some("bg"),
                        Some(StyleDef { fg: Some(_), .. }) => Some("fg"),
                        _ => None,
                    };
                    let at = at.map(|f| format!("{}.{f}", stringify!($role)))
                        .or_else(|| base_bg.then(|| "base.bg".to_string()));
                    if let (Some(fg), Some(at)) = (style.fg, at)
                        && Some(fg) == style.bg.or(theme.base.bg)
                    {
                        let problem = Problem::SameColours { role: stringify!($role).into(), colour: fg.to_string() };
                        found.push((at, problem));
                    }
                })*
                found
            }

            #[cfg(test)]
            fn names_every_role(&self) -> bool {
                true $(&& self.$role.is_some())*
            }
        }

        impl Theme {
            /// Only modifiers: readable with no colour at all.
            pub fn monochrome(&self) -> Theme {
                Theme {
                    $($role: Style::new().add_modifier(self.$role.add_modifier | $mono),)*
                }
            }

            fn plain() -> Theme {
                Theme { $($role: Style::new(),)* }
            }
        }
    };
}

roles! {
    /// Everything not styled otherwise.
    base => Modifier::empty(),
    /// The top bar: bloc, conference and clock.
    header => Modifier::REVERSED,
    /// Titles of panels and of the help.
    title => Modifier::BOLD,
    border => Modifier::empty(),
    /// Secondary text: column heads, labels, planned figures.
    muted => Modifier::empty(),
    /// The row the cursor is on.
    selected => Modifier::REVERSED,
    /// The item being held now.
    current => Modifier::BOLD,
    done => Modifier::empty(),
    skipped => Modifier::CROSSED_OUT,
    /// Time over plan.
    overrun => Modifier::BOLD.union(Modifier::UNDERLINED),
    /// Time within plan.
    on_time => Modifier::empty(),
    /// Key names in hints and help.
    key => Modifier::BOLD,
    /// What a key does, in hints.
    hint => Modifier::empty(),
    /// A passing message in the status line.
    message => Modifier::BOLD,
    /// Dialogs that ask before acting.
    warning => Modifier::BOLD.union(Modifier::REVERSED),
}

impl Theme {
    pub fn names() -> Vec<String> {
        BUILT_IN.iter().map(|(n, _)| n.to_string()).collect()
    }

    /// A built-in theme by name.
    pub fn built_in(name: &str) -> Option<Theme> {
        let (_, text) = BUILT_IN.iter().find(|(n, _)| *n == name)?;
        let file: ThemeFile = ronfile::parse(Path::new(name), text).ok()?;
        let mut theme = Theme::plain();
        file.apply_to(&mut theme);
        Some(theme)
    }

    /// The theme `name`: the built-in of that name with the user's file (if any) laid over
    /// it. A user file may also define a new theme; roles it leaves out come from the
    /// default theme.
    pub fn resolve(name: &str, user_file: Option<(&Path, &str)>) -> Result<Theme, FileError> {
        let mut theme = match (Theme::built_in(name), user_file) {
            (Some(t), _) => t,
            (None, Some(_)) => Theme::default(),
            (None, None) => {
                let problem =
                    Problem::UnknownTheme { name: name.into(), known: Theme::names(), folder: String::new() };
                return Err(FileError::whole_file(Path::new(name), problem));
            }
        };
        if let Some((path, text)) = user_file {
            let text = ronfile::normalise(text);
            let file: ThemeFile = ronfile::parse(path, &text)?;
            file.apply_to(&mut theme);
            if let Some(e) = ronfile::locate_all(path, &text, file.unreadable(&theme)).into_iter().next() {
                return Err(e);
            }
        }
        Ok(theme)
    }
}

impl Default for Theme {
    fn default() -> Self {
        Theme::built_in("default").unwrap_or_else(Theme::plain)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_built_in_theme_parses_and_names_every_role() {
        for (name, text) in BUILT_IN {
            let file: ThemeFile =
                ronfile::parse(Path::new(name), text).unwrap_or_else(|e| panic!("{name}: {e}"));
            assert!(file.names_every_role(), "{name} leaves a role to chance");
        }
    }

    #[test]
    fn a_user_file_overrides_only_what_it_names() {
        let light = Theme::built_in("light").expect("built in");
        let text = r##"(selected: (fg: "#ff0000", bold: true))"##;
        let t = Theme::resolve("light", Some((Path::new("light.ron"), text))).expect("valid");
        assert_eq!(t.selected, Style::new().fg(Color::Rgb(255, 0, 0)).add_modifier(Modifier::BOLD));
        assert_eq!(t.header, light.header);
    }

    #[test]
    fn a_bad_colour_is_located() {
        let text = "(\n  selected: (fg: \"purplish\"),\n)";
        let e = Theme::resolve("default", Some((Path::new("my.ron"), text))).expect_err("bad colour");
        assert_eq!(e.problem, Problem::BadColour("purplish".into()));
        assert_eq!(e.line, 2);
    }

    /// Black on black: the selected row would vanish. Refused at its background.
    #[test]
    fn text_in_its_own_background_colour_is_refused_where_it_is() {
        let text = "(\n  title: (bold: true),\n  selected: (fg: \"black\", bg: \"black\"),\n)";
        let e = Theme::resolve("default", Some((Path::new("my.ron"), text))).expect_err("unreadable");
        let colour = Color::Black.to_string();
        assert_eq!(e.problem, Problem::SameColours { role: "selected".into(), colour });
        assert_eq!((e.line, e.column), (3, 31), "at the background's colour");
        let fine = "(\n  selected: (fg: \"black\", bg: \"white\"),\n)";
        assert!(Theme::resolve("default", Some((Path::new("my.ron"), fine))).is_ok());
        // Text with no background of its own is drawn on the base's: blue on blue is refused too.
        let on_base = "(\n  base: (fg: \"white\", bg: \"blue\"),\n  muted: (fg: \"blue\"),\n)";
        let e = Theme::resolve("default", Some((Path::new("my.ron"), on_base))).expect_err("unreadable");
        assert_eq!(e.problem, Problem::SameColours { role: "muted".into(), colour: Color::Blue.to_string() });
        assert_eq!(e.line, 3, "at the muted text's colour");
        // Every built-in theme is readable: read as a user's file, each passes the same check.
        for (name, text) in BUILT_IN {
            assert!(Theme::resolve(name, Some((Path::new("x.ron"), text))).is_ok(), "{name}");
        }
    }

    #[test]
    fn an_unknown_theme_lists_the_known_ones() {
        let e = Theme::resolve("neon", None).expect_err("unknown");
        assert!(e.to_string().contains("default, light, high-contrast"), "{e}");
    }

    #[test]
    fn monochrome_has_no_colour_but_keeps_the_cursor_visible() {
        let m = Theme::default().monochrome();
        assert_eq!(m.selected.fg, None);
        assert_eq!(m.selected.bg, None);
        assert!(m.selected.add_modifier.contains(Modifier::REVERSED));
        assert!(m.overrun.add_modifier.contains(Modifier::UNDERLINED));
    }
}
