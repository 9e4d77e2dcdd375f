//! The biên bản as one self-contained HTML file, laid out to print on A4 as Nghị định
//! 30/2020/NĐ-CP asks: margins 20 mm top and bottom, 30 mm left, 15 mm right, Times New Roman
//! 13 pt. No scripts, no outside resources; every text is escaped.

use super::document::{
    Align, Block, CellAlign, DOCUMENT_KIND, DRAFT, DRAFT_NOTE, Document, MOTTO, NATION, Para, Run, Table,
};

const STYLE: &str = r#"@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
html { background: #fff; }
body { font-family: "Times New Roman", Times, "Liberation Serif", serif; font-size: 13pt;
  line-height: 1.3; color: #000; margin: 0; }
@media screen { body { max-width: 165mm; margin: 10mm auto; padding: 0 10mm; } }
p { margin: 0 0 6pt; text-align: justify; text-indent: 10mm; }
p.l2 { margin-left: 10mm; }
p.center { text-align: center; text-indent: 0; }
table.layout { width: 100%; border-collapse: collapse; margin-bottom: 6pt; }
table.layout td { border: none; text-align: center; vertical-align: top; padding: 0 2pt; }
table.layout p { text-indent: 0; text-align: center; margin: 0; }
.parent { font-size: 12pt; text-wrap: balance; }
.issuer { font-size: 12pt; font-weight: bold; text-wrap: balance; }
.nation { font-size: 12pt; font-weight: bold; }
.motto { font-size: 13pt; font-weight: bold; }
table.layout p.rule { border-top: 1px solid #000; height: 0; margin: 2pt auto 0; }
.underlined { border-bottom: 1px solid #000; padding-bottom: 2pt; }
.number { font-size: 13pt; margin-top: 6pt; }
.place-date { font-size: 13pt; font-style: italic; margin-top: 10pt; }
.draft { text-align: center; text-indent: 0; font-weight: bold; margin-top: 6pt; }
.draft span { border: 1.5pt solid #000; padding: 1pt 8pt; letter-spacing: 1pt; }
h1 { font-size: 14pt; font-weight: bold; text-align: center; margin: 12pt 0 0; }
.title { font-weight: bold; text-align: center; text-indent: 0; margin-bottom: 12pt; }
table.grid { width: 100%; border-collapse: collapse; margin: 3pt 0 9pt; font-size: 12pt;
  page-break-inside: auto; }
table.grid th, table.grid td { border: 1px solid #000; padding: 2pt 4pt; vertical-align: top;
  text-align: left; }
table.grid th { font-weight: bold; text-align: center; }
table.grid .num { text-align: right; }
table.grid .center { text-align: center; }
tr { page-break-inside: avoid; }
.keep { page-break-after: avoid; }
table.signatures { margin-top: 12pt; page-break-inside: avoid; }
.role { font-weight: bold; }
.sign-note { font-style: italic; }
.space { height: 28mm; }
.name { font-weight: bold; }
.recipients { margin-top: 12pt; font-size: 11pt; }
.recipients p { text-indent: 0; margin: 0; }
.recipients .label { font-size: 12pt; font-weight: bold; font-style: italic; }
"#;

pub fn render(doc: &Document) -> String {
    let h = &doc.heading;
    let mut out = String::new();
    out += "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n";
    out += &format!("<title>{} – {}</title>\n", escape("Biên bản"), escape(&doc.title));
    out += &format!("<style>\n{STYLE}</style>\n</head>\n<body>\n");
    out += "<table class=\"layout heading\">\n<colgroup><col style=\"width:38%\"><col style=\"width:62%\"></colgroup>\n<tr>\n";
    // The line under the issuer's name is about two fifths as long as the name.
    let rule = (h.issuer.chars().count() * 27 / 100).clamp(3, 16);
    out += &format!(
        "<td><p class=\"parent\">{}</p><p class=\"issuer\">{}</p><p class=\"rule\" style=\"width:{rule}em\"></p>\
         <p class=\"number\">{}</p></td>\n",
        escape(&h.parent),
        escape(&h.issuer),
        escape(&h.number)
    );
    let place_date = h
        .place_date
        .as_deref()
        .map(|p| format!("<p class=\"place-date\">{}</p>", escape(p)))
        .unwrap_or_default();
    out += &format!(
        "<td><p class=\"nation\">{NATION}</p><p class=\"motto\"><span class=\"underlined\">{MOTTO}</span></p>{place_date}</td>\n"
    );
    out += "</tr>\n</table>\n";
    if doc.draft {
        out += &format!(
            "<p class=\"draft\"><span>{DRAFT}</span></p>\n<p class=\"center\"><i>{}</i></p>\n",
            escape(DRAFT_NOTE)
        );
    }
    out += &format!("<h1>{DOCUMENT_KIND}</h1>\n<p class=\"title\">{}</p>\n", escape(&doc.title));
    for block in &doc.body {
        match block {
            Block::Para(p) => out += &paragraph(p),
            Block::Table(t) => out += &table(t),
        }
    }
    let [left, right] = &doc.signatures;
    out += "<table class=\"layout signatures\">\n<colgroup><col style=\"width:50%\"><col style=\"width:50%\"></colgroup>\n";
    out += &format!(
        "<tr><td class=\"role\">{}</td><td class=\"role\">{}</td></tr>\n",
        escape(&left.role),
        escape(&right.role)
    );
    out += &format!(
        "<tr><td class=\"sign-note\">{}</td><td class=\"sign-note\">{}</td></tr>\n",
        escape(&left.note),
        escape(&right.note)
    );
    out += "<tr><td class=\"space\"></td><td class=\"space\"></td></tr>\n";
    out += &format!(
        "<tr><td class=\"name\">{}</td><td class=\"name\">{}</td></tr>\n",
        escape(&left.name),
        escape(&right.name)
    );
    out += "</table>\n<div class=\"recipients\">\n";
    out += &format!("<p class=\"label\">{}</p>\n", escape(&doc.recipients.label));
    for line in &doc.recipients.lines {
        out += &format!("<p>{}</p>\n", escape(line));
    }
    out += "</div>\n</body>\n</html>\n";
    out
}

fn paragraph(p: &Para) -> String {
    let mut classes = Vec::new();
    if p.level >= 2 {
        classes.push("l2");
    }
    if p.align == Align::Center {
        classes.push("center");
    }
    if p.keep_next {
        classes.push("keep");
    }
    let class = if classes.is_empty() { String::new() } else { format!(" class=\"{}\"", classes.join(" ")) };
    let dash = if p.dash { "- " } else { "" };
    let text: String = p.runs.iter().map(run).collect();
    format!("<p{class}>{dash}{text}</p>\n")
}

fn run(r: &Run) -> String {
    let text = escape(&r.text).replace('\n', "<br>");
    match (r.bold, r.italic) {
        (true, true) => format!("<b><i>{text}</i></b>"),
        (true, false) => format!("<b>{text}</b>"),
        (false, true) => format!("<i>{text}</i>"),
        (false, false) => text,
    }
}

fn table(t: &Table) -> String {
    let mut out = String::from("<table class=\"grid\">\n<colgroup>");
    for c in &t.columns {
        out += &format!("<col style=\"width:{}.{}%\">", c.width / 10, c.width % 10);
    }
    out += "</colgroup>\n<thead><tr>";
    for c in &t.columns {
        out += &format!("<th>{}</th>", escape(&c.title));
    }
    out += "</tr></thead>\n<tbody>\n";
    for row in &t.rows {
        out += "<tr>";
        for (i, cell) in row.iter().enumerate() {
            let class = match t.columns.get(i).map(|c| c.align) {
                Some(CellAlign::Right) => " class=\"num\"",
                Some(CellAlign::Center) => " class=\"center\"",
                _ => "",
            };
            out += &format!("<td{class}>{}</td>", escape(cell).replace('\n', "<br>"));
        }
        out += "</tr>\n";
    }
    out += "</tbody>\n</table>\n";
    out
}

/// Text as HTML: the five characters that could open markup or end an attribute.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out += "&amp;",
            '<' => out += "&lt;",
            '>' => out += "&gt;",
            '"' => out += "&quot;",
            '\'' => out += "&#39;",
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_is_escaped() {
        assert_eq!(
            escape("<script>alert('x') & \"y\"</script>"),
            "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;"
        );
        assert_eq!(run(&Run::bold("a<b")), "<b>a&lt;b</b>");
    }
}
