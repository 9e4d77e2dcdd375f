//! The biên bản as Markdown (CommonMark with pipe tables): for reading and reviewing, and for
//! the golden files. The two-column heading and the signatures are pipe tables; the user's
//! text is escaped so that nothing typed at the conference turns into formatting.

use super::document::{
    Block, CellAlign, DOCUMENT_KIND, DRAFT, DRAFT_NOTE, Document, MOTTO, NATION, Para, Run, Table,
};

pub fn render(doc: &Document) -> String {
    let mut out = String::new();
    let h = &doc.heading;
    let place_date = h.place_date.as_deref().map(|p| format!("*{}*", escape(p))).unwrap_or_default();
    // An empty header row: renderers make a header bold, and the body the bloc belongs to is
    // not (Nghị định 30; the .docx has it plain).
    out += "| | |\n| :---: | :---: |\n";
    out += &format!("| {} | **{}** |\n", cell(&h.parent), NATION);
    out += &format!("| **{}** | **{}** |\n", cell(&h.issuer), MOTTO);
    out += &format!("| {} | {} |\n\n", cell(&h.number), place_date);
    if doc.draft {
        out += &format!("> **{DRAFT}** {}\n\n", escape(DRAFT_NOTE));
    }
    out += &format!("# {DOCUMENT_KIND}\n\n**{}**\n\n", escape(&doc.title));
    let mut previous_dash = false;
    // Where the text of the last list item starts, for a paragraph that continues it.
    let mut item_indent = 2;
    for block in &doc.body {
        match block {
            Block::Para(p) if previous_dash && !p.dash && p.level >= 2 => {
                // A detail of the list item above (the answer to a comment) stays inside it.
                out += &format!("\n{}{}\n", " ".repeat(item_indent), paragraph(p));
            }
            Block::Para(p) => {
                // Consecutive "- " lines form one list; anything else stands apart.
                if previous_dash && !p.dash {
                    out.push('\n');
                }
                out += &paragraph(p);
                out.push('\n');
                if p.dash {
                    item_indent = dash_prefix(p).len();
                } else {
                    out.push('\n');
                }
                previous_dash = p.dash;
            }
            Block::Table(t) => {
                if previous_dash {
                    out.push('\n');
                }
                out += &table(t);
                out.push('\n');
                previous_dash = false;
            }
        }
    }
    if previous_dash {
        out.push('\n');
    }
    let [left, right] = &doc.signatures;
    out += &format!("| **{}** | **{}** |\n", cell(&left.role), cell(&right.role));
    out += "| :---: | :---: |\n";
    out += &format!("| *{}* | *{}* |\n", cell(&left.note), cell(&right.note));
    out += "| <br><br><br> | <br><br><br> |\n";
    out += &format!("| **{}** | **{}** |\n\n", cell(&left.name), cell(&right.name));
    out += &format!("***{}***\n\n", escape(&doc.recipients.label));
    for line in &doc.recipients.lines {
        let line = line.strip_prefix("- ").unwrap_or(line);
        out += &format!("- {}\n", escape(line));
    }
    out
}

fn paragraph(p: &Para) -> String {
    let text: String = p.runs.iter().map(run).collect();
    if p.dash { format!("{}{text}", dash_prefix(p)) } else { escape_start(&text) }
}

/// "- " for a list line, indented under the line above when it is a detail (level 2): a guest
/// under "Đại biểu khách mời".
fn dash_prefix(p: &Para) -> String {
    format!("{}- ", "  ".repeat(usize::from(p.level.saturating_sub(1))))
}

/// A run with its emphasis; spaces stay outside the markers, where CommonMark needs them.
fn run(r: &Run) -> String {
    let text = escape(&r.text).replace('\n', "\\\n");
    let marker = match (r.bold, r.italic) {
        (true, true) => "***",
        (true, false) => "**",
        (false, true) => "*",
        (false, false) => "",
    };
    let core = text.trim();
    if marker.is_empty() || core.is_empty() {
        return text;
    }
    let start = &text[..text.len() - text.trim_start().len()];
    let end = &text[text.trim_end().len()..];
    format!("{start}{marker}{core}{marker}{end}")
}

fn table(t: &Table) -> String {
    let mut out = String::new();
    let titles: Vec<String> = t.columns.iter().map(|c| cell(&c.title)).collect();
    out += &format!("| {} |\n", titles.join(" | "));
    let rules: Vec<&str> = t
        .columns
        .iter()
        .map(|c| match c.align {
            CellAlign::Left => "---",
            CellAlign::Center => ":---:",
            CellAlign::Right => "---:",
        })
        .collect();
    out += &format!("| {} |\n", rules.join(" | "));
    for row in &t.rows {
        let cells: Vec<String> = row.iter().map(|c| cell(c)).collect();
        out += &format!("| {} |\n", cells.join(" | "));
    }
    out
}

/// Text inside a table cell: one line, no bare pipe.
fn cell(text: &str) -> String {
    escape(text).replace('\n', "<br>")
}

/// Characters that Markdown would read as formatting, escaped.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '|' | '#' | '~') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A paragraph that would start a list, a heading or a quote is escaped at its start.
fn escape_start(text: &str) -> String {
    let starts_block = text.starts_with(['-', '+', '=']) || {
        let digits = text.chars().take_while(char::is_ascii_digit).count();
        digits > 0 && text[digits..].starts_with(['.', ')'])
    };
    if !starts_block {
        return text.to_string();
    }
    if text.starts_with(['-', '+', '=']) {
        return format!("\\{text}");
    }
    let digits = text.chars().take_while(char::is_ascii_digit).count();
    format!("{}\\{}", &text[..digits], &text[digits..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_text_never_becomes_formatting() {
        assert_eq!(escape("a*b_c|d<e>"), "a\\*b\\_c\\|d\\<e\\>");
        assert_eq!(escape("Đề nghị bổ sung (số liệu) 88,23 %"), "Đề nghị bổ sung (số liệu) 88,23 %");
        assert_eq!(escape_start("1. Mở đầu"), "1\\. Mở đầu");
        assert_eq!(escape_start("- gạch"), "\\- gạch");
        assert_eq!(escape_start("Hội nghị kết thúc"), "Hội nghị kết thúc");
    }

    #[test]
    fn emphasis_keeps_spaces_outside() {
        assert_eq!(run(&Run::bold("Địa điểm: ")), "**Địa điểm:** ");
        assert_eq!(run(&Run::italic("x")), "*x*");
        assert_eq!(run(&Run::plain("a\nb")), "a\\\nb");
    }
}
