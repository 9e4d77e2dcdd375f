//! The biên bản as a Word document (.docx), the file the office edits and prints: A4, margins
//! 20 mm top and bottom, 30 mm left, 15 mm right, Times New Roman everywhere (ascii, hAnsi,
//! eastAsia and cs, so that Word does not fall back to another font for Vietnamese letters),
//! body 13 pt, Quốc hiệu 12 pt bold capitals, Tiêu ngữ 13 pt bold; the heading and the
//! signatures in borderless two-column tables, attendance and results in bordered tables;
//! page numbers at the top centre from the second page on (Nghị định 30/2020/NĐ-CP).

use std::io::{self, Cursor};

use docx_rs::{
    AlignmentType, BorderType, BreakType, Docx, FieldCharType, Header, InstrPAGE, InstrText, LineSpacing,
    LineSpacingType, PageMargin, Paragraph, ParagraphBorder, ParagraphBorderPosition, ParagraphBorders,
    Run as DocxRun, RunFonts, SpecialIndentType, Table as DocxTable, TableBorder, TableBorderPosition,
    TableBorders, TableCell, TableCellMargins, TableLayoutType, TableRow, VAlignType, WidthType,
};

use super::document::{
    Align, Block, CellAlign, DOCUMENT_KIND, DRAFT, DRAFT_NOTE, Document, MOTTO, NATION, Para, Run, Table,
};

/// A4 in twentieths of a point (twips).
pub const PAGE_WIDTH: u32 = 11906;
pub const PAGE_HEIGHT: u32 = 16838;
/// 20 mm.
pub const MARGIN_TOP: i32 = 1134;
/// 20 mm.
pub const MARGIN_BOTTOM: i32 = 1134;
/// 30 mm.
pub const MARGIN_LEFT: i32 = 1701;
/// 15 mm.
pub const MARGIN_RIGHT: i32 = 851;
pub const FONT: &str = "Times New Roman";

/// The width text may take, in twips.
const TEXT_WIDTH: usize = (PAGE_WIDTH as usize) - (MARGIN_LEFT as usize) - (MARGIN_RIGHT as usize);
/// Font sizes in half points.
const BODY: usize = 26;
const NATION_SIZE: usize = 24;
const MOTTO_SIZE: usize = 26;
/// How wide Tiêu ngữ prints, in twips: its letters' advance widths in Times New Roman Bold
/// (D and Đ 0.722 em, H 0.778, T 0.667, a o 0.5, c 0.444, l 0.278, d h n p u 0.556, ư about
/// 0.6, a space 0.25, a hyphen 0.333) add up to 12.24 em, at 13 pt 159 pt. The rule under it
/// is as long (Nghị định 30: "có độ dài bằng độ dài của dòng chữ"); the rough estimate used
/// for other lines (half an em a letter) made it a tenth longer.
const MOTTO_WIDTH: usize = 3180;
const TITLE_SIZE: usize = 28;
const TABLE_SIZE: usize = 24;
const RECIPIENTS_LABEL: usize = 24;
const RECIPIENTS: usize = 22;
/// First-line indent of body paragraphs: 1 cm.
const INDENT: i32 = 567;

pub fn render(doc: &Document) -> io::Result<Vec<u8>> {
    let margins = PageMargin::new()
        .top(MARGIN_TOP)
        .bottom(MARGIN_BOTTOM)
        .left(MARGIN_LEFT)
        .right(MARGIN_RIGHT)
        .header(567)
        .footer(567)
        .gutter(0);
    // Its dates, title and author are written with the package's properties (`properties`).
    let mut docx = Docx::new()
        .page_size(PAGE_WIDTH, PAGE_HEIGHT)
        .page_margin(margins)
        .default_fonts(fonts())
        .default_size(BODY)
        .header(page_number())
        .first_header(Header::new())
        .title_pg()
        .add_table(heading(doc));
    if doc.draft {
        // In the body, at the top of the first page only (the page header is for numbers).
        docx = docx
            .add_paragraph(centred(text_run(DRAFT, TITLE_SIZE).bold()).line_spacing(spacing(240, 0)))
            .add_paragraph(centred(text_run(DRAFT_NOTE, BODY).italic()));
    }
    docx = docx
        .add_paragraph(centred(text_run(DOCUMENT_KIND, TITLE_SIZE).bold()).line_spacing(spacing(240, 0)))
        .add_paragraph(centred(text_run(&doc.title, TITLE_SIZE).bold()).line_spacing(spacing(0, 240)));
    for (i, block) in doc.body.iter().enumerate() {
        docx = match block {
            Block::Para(p) => {
                // What introduces a table stays on its page.
                let before_table = matches!(doc.body.get(i + 1), Some(Block::Table(_)));
                docx.add_paragraph(paragraph(p).keep_next(p.keep_next || before_table))
            }
            Block::Table(t) => docx.add_table(table(t)).add_paragraph(gap()),
        };
    }
    docx = docx.add_paragraph(gap()).add_table(signatures(doc)).add_paragraph(gap());
    let label = Paragraph::new().add_run(text_run(&doc.recipients.label, RECIPIENTS_LABEL).bold().italic());
    docx = docx.add_paragraph(label.line_spacing(spacing(0, 0)));
    for line in &doc.recipients.lines {
        docx = docx
            .add_paragraph(Paragraph::new().add_run(text_run(line, RECIPIENTS)).line_spacing(spacing(0, 0)));
    }
    let mut out = Cursor::new(Vec::new());
    docx.build().pack(&mut out).map_err(|e| io::Error::other(e.to_string()))?;
    in_schema_order(&out.into_inner(), &properties(doc))
}

/// The document's properties as Word shows them (File › Info): its title, and the secretary
/// who wrote it as author (docx-rs writes "unknown").
fn properties(doc: &Document) -> String {
    let esc = super::html::escape;
    let [secretary, _] = &doc.signatures;
    let date = format!("{}T00:00:00Z", doc.date.format("%Y-%m-%d"));
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
         <cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" \
         xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" \
         xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\
         <dc:title>{} {}</dc:title><dc:creator>{name}</dc:creator><cp:lastModifiedBy>{name}</cp:lastModifiedBy>\
         <dcterms:created xsi:type=\"dcterms:W3CDTF\">{date}</dcterms:created>\
         <dcterms:modified xsi:type=\"dcterms:W3CDTF\">{date}</dcterms:modified>\
         <cp:revision>1</cp:revision></cp:coreProperties>",
        esc(DOCUMENT_KIND),
        esc(&doc.title),
        name = esc(secretary.name.trim()),
    )
}

/// The page header: the page's number, centred, 13 pt; with the first page's own (empty)
/// header, page 1 shows none, as the decree asks.
fn page_number() -> Header {
    let number = DocxRun::new()
        .fonts(fonts())
        .size(BODY)
        .add_field_char(FieldCharType::Begin, false)
        .add_instr_text(InstrText::PAGE(InstrPAGE {}))
        .add_field_char(FieldCharType::Separate, false)
        .add_text("2")
        .add_field_char(FieldCharType::End, false);
    Header::new().add_paragraph(centred(number))
}

/// The package with the section properties in the order the WordprocessingML schema gives
/// them (docx-rs writes the header references and the title-page mark after the page size,
/// an order Word may refuse as unreadable), the text's language, and the document's
/// `properties`; every other part is copied unchanged.
fn in_schema_order(package: &[u8], properties: &str) -> io::Result<Vec<u8>> {
    use std::io::{Read, Write};
    let invalid = |e: zip::result::ZipError| io::Error::other(e.to_string());
    let mut archive = zip::ZipArchive::new(Cursor::new(package)).map_err(invalid)?;
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for i in 0..archive.len() {
        let mut part = archive.by_index(i).map_err(invalid)?;
        if part.name() == "docProps/core.xml" {
            drop(part);
            out.start_file("docProps/core.xml", options).map_err(invalid)?;
            out.write_all(properties.as_bytes())?;
            continue;
        }
        let name = part.name().to_string();
        let rewrite: fn(&str) -> String = match name.as_str() {
            "word/document.xml" => reorder_section,
            "word/styles.xml" => in_vietnamese,
            _ => {
                out.raw_copy_file(part).map_err(invalid)?;
                continue;
            }
        };
        let mut xml = String::new();
        part.read_to_string(&mut xml)?;
        out.start_file(name, options).map_err(invalid)?;
        out.write_all(rewrite(&xml).as_bytes())?;
    }
    Ok(out.finish().map_err(invalid)?.into_inner())
}

/// `xml` with the children of its `<w:sectPr>` in schema order (CT_SectPr: the header and
/// footer references first, then type, pgSz, pgMar, pgNumType, cols, titlePg, textDirection,
/// docGrid). docx-rs writes each as one empty element; anything else is left as it is.
fn reorder_section(xml: &str) -> String {
    const ORDER: &[&str] = &[
        "headerReference",
        "footerReference",
        "type",
        "pgSz",
        "pgMar",
        "pgNumType",
        "cols",
        "vAlign",
        "titlePg",
        "textDirection",
        "bidi",
        "docGrid",
    ];
    in_order(xml, ("<w:sectPr>", "</w:sectPr>"), ORDER, None)
}

/// `xml` (the styles part) with the text's language, Vietnamese, among the default run
/// properties: without it Word checks the spelling of the biên bản as English and underlines
/// every line. The default run properties are put in schema order (CT_RPr) on the way.
fn in_vietnamese(xml: &str) -> String {
    const ORDER: &[&str] = &[
        "rStyle",
        "rFonts",
        "b",
        "bCs",
        "i",
        "iCs",
        "caps",
        "smallCaps",
        "strike",
        "dstrike",
        "outline",
        "shadow",
        "emboss",
        "imprint",
        "noProof",
        "snapToGrid",
        "vanish",
        "webHidden",
        "color",
        "spacing",
        "w",
        "kern",
        "position",
        "sz",
        "szCs",
        "highlight",
        "u",
        "effect",
        "bdr",
        "shd",
        "fitText",
        "vertAlign",
        "rtl",
        "cs",
        "em",
        "lang",
        "eastAsianLayout",
        "specVanish",
        "oMath",
    ];
    let lang = "<w:lang w:val=\"vi-VN\" w:eastAsia=\"vi-VN\" />";
    in_order(xml, ("<w:rPrDefault><w:rPr>", "</w:rPr></w:rPrDefault>"), ORDER, Some(lang))
}

/// `xml` with the children of the last element opened by `tags.0` (and closed by `tags.1`)
/// in the order `order` gives, and `add` among them if none of its kind is there. Only
/// empty elements of known kinds are moved: anything else leaves the text as written.
fn in_order(xml: &str, (open_tag, close_tag): (&str, &str), order: &[&str], add: Option<&str>) -> String {
    let Some(open) = xml.rfind(open_tag) else { return xml.to_string() };
    let Some(close) = xml[open..].find(close_tag).map(|at| open + at) else { return xml.to_string() };
    let inner = &xml[open + open_tag.len()..close];
    let mut children: Vec<&str> =
        inner.split_inclusive("/>").map(str::trim).filter(|c| !c.is_empty()).collect();
    let kind = |child: &str| {
        child.trim_start_matches("<w:").split([' ', '/', '>']).next().unwrap_or_default().to_string()
    };
    let rank = |child: &str| order.iter().position(|o| *o == kind(child));
    if children.iter().any(|c| !c.starts_with("<w:") || c.contains("</") || rank(c).is_none()) {
        return xml.to_string();
    }
    if let Some(add) = add.filter(|a| !children.iter().any(|c| kind(c) == kind(a))) {
        children.push(add);
    }
    children.sort_by_key(|c| rank(c));
    format!("{}{open_tag}{}{}", &xml[..open], children.concat(), &xml[close..])
}

fn fonts() -> RunFonts {
    RunFonts::new().ascii(FONT).hi_ansi(FONT).east_asia(FONT).cs(FONT)
}

/// A run of text in Times New Roman at `size` half points; line breaks in the text are kept.
fn text_run(text: &str, size: usize) -> DocxRun {
    let mut run = DocxRun::new().fonts(fonts()).size(size);
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            run = run.add_break(BreakType::TextWrapping);
        }
        run = run.add_text(line);
    }
    run
}

fn styled(r: &Run, size: usize) -> DocxRun {
    let mut run = text_run(&r.text, size);
    if r.bold {
        run = run.bold();
    }
    if r.italic {
        run = run.italic();
    }
    run
}

/// Space before and after a paragraph in twips, single line spacing (a little more for 13 pt
/// Vietnamese, whose marks stack above and below).
fn spacing(before: u32, after: u32) -> LineSpacing {
    LineSpacing::new().before(before).after(after).line(264).line_rule(LineSpacingType::Auto)
}

fn centred(run: DocxRun) -> Paragraph {
    Paragraph::new().align(AlignmentType::Center).add_run(run).line_spacing(spacing(0, 0))
}

/// An empty line after a table, so that the next paragraph does not touch it.
fn gap() -> Paragraph {
    Paragraph::new().add_run(text_run("", 12)).line_spacing(LineSpacing::new().before(0).after(0).line(120))
}

fn paragraph(p: &Para) -> Paragraph {
    let mut out = Paragraph::new().line_spacing(spacing(0, 120));
    out = match p.align {
        Align::Center => out.align(AlignmentType::Center),
        Align::Body => {
            let left = if p.level >= 2 { INDENT } else { 0 };
            out.align(AlignmentType::Both).indent(
                Some(left),
                Some(SpecialIndentType::FirstLine(INDENT)),
                None,
                None,
            )
        }
    };
    if p.dash {
        out = out.add_run(text_run("- ", BODY));
    }
    for r in &p.runs {
        out = out.add_run(styled(r, BODY));
    }
    out
}

/// A centred line of the heading.
fn heading_line(run: DocxRun) -> Paragraph {
    Paragraph::new().align(AlignmentType::Center).add_run(run).line_spacing(spacing(0, 0))
}

/// Roughly how wide `text` prints at `size` half points, in twips: Times New Roman's letters
/// average about half an em, capitals about two thirds.
fn text_width(text: &str, size: usize, capitals: bool) -> usize {
    let per_mille = if capitals { 680 } else { 500 };
    text.chars().count() * size * 10 * per_mille / 1000
}

/// A heading line in capitals too long for its cell, broken as a typist would: between the
/// parts of the name ("ỦY BAN NHÂN DÂN / QUẬN 1", "HỘI ĐỒNG / THI ĐUA – KHEN THƯỞNG / THÀNH
/// PHỐ HỒ CHÍ MINH") in as few lines as fit; failing that, into lines of about the same length
/// rather than a full line and one word. Unchanged if it fits.
fn balanced(text: &str, size: usize, cell: usize) -> String {
    // A dash joins the words either side of it ("THI ĐUA – KHEN THƯỞNG" is one name): no
    // line starts or ends with one.
    let mut words: Vec<String> = Vec::new();
    let mut joining = false;
    for word in text.split_whitespace() {
        let dash = matches!(word, "–" | "-" | "—");
        match words.last_mut() {
            Some(last) if dash || joining => {
                last.push(' ');
                last.push_str(word);
            }
            _ => words.push(word.to_string()),
        }
        joining = dash;
    }
    if text_width(text, size, true) <= cell || words.len() < 2 {
        return text.to_string();
    }
    let fits = |lines: &[String]| lines.iter().all(|l| text_width(l, size, true) <= cell);
    // Breaks between the parts of the name, fewest lines first, the longest line shortest.
    let parts: Vec<usize> = (1..words.len()).filter(|&i| starts_part(&words, i)).collect();
    let longest = |ls: &[String]| ls.iter().map(|l| l.chars().count()).max().unwrap_or(0);
    let mut best: Option<Vec<String>> = None;
    for chosen in 1..(1u32 << parts.len().min(8)) {
        let breaks: Vec<usize> =
            parts.iter().enumerate().filter(|(b, _)| chosen >> b & 1 == 1).map(|(_, &i)| i).collect();
        let lines = split_at(&words, &breaks);
        let better = best.as_ref().is_none_or(|b| (lines.len(), longest(&lines)) < (b.len(), longest(b)));
        if fits(&lines) && better {
            best = Some(lines);
        }
    }
    if let Some(lines) = best {
        return lines.join("\n");
    }
    let lines = text_width(text, size, true).div_ceil(cell.max(1)).max(1);
    let total = text.chars().count();
    for target in total.div_ceil(lines)..=total {
        let mut out: Vec<String> = Vec::new();
        for word in &words {
            match out.last_mut() {
                Some(line) if line.chars().count() + 1 + word.chars().count() <= target => {
                    line.push(' ');
                    line.push_str(word);
                }
                _ => out.push(word.clone()),
            }
        }
        if out.len() <= lines {
            return if fits(&out) { out.join("\n") } else { text.to_string() };
        }
    }
    text.to_string()
}

/// Whether word `i` begins a part of an organisation's name: after "NHÂN DÂN", after "HỘI
/// ĐỒNG" before "THI ĐUA" (not in "HỘI ĐỒNG NHÂN DÂN"), or at the name of a place ("THÀNH PHỐ", "TỈNH", "QUẬN" …; not "XÃ" in "XÃ HỘI" or "THỊ XÃ").
fn starts_part(words: &[String], i: usize) -> bool {
    const PLACES: [&str; 8] = ["THÀNH PHỐ", "TỈNH", "QUẬN", "HUYỆN", "THỊ XÃ", "THỊ TRẤN", "XÃ", "PHƯỜNG"];
    let before = &words[..i];
    let after = words[i..].join(" ");
    matches!(before, [.., a, b] if a == "NHÂN" && b == "DÂN")
        || (matches!(before, [.., a, b] if a == "HỘI" && b == "ĐỒNG") && after.starts_with("THI "))
        || (PLACES.iter().any(|p| after == *p || after.starts_with(&format!("{p} ")))
            && !after.starts_with("XÃ HỘI")
            && before.last().is_none_or(|w| w != "THỊ"))
}

/// `words` in lines, a new line at each of `breaks` (word indices, ascending).
fn split_at(words: &[String], breaks: &[usize]) -> Vec<String> {
    let mut bounds = vec![0];
    bounds.extend_from_slice(breaks);
    bounds.push(words.len());
    bounds.windows(2).map(|w| words[w[0]..w[1]].join(" ")).collect()
}

/// The short line under the bloc's name and under Tiêu ngữ: an empty paragraph, `length`
/// twips wide and centred in a cell `cell` twips wide, with its bottom border drawn.
fn rule(cell: usize, length: usize) -> Paragraph {
    let length = length.max(567).min(cell);
    let side = i32::try_from((cell - length) / 2).unwrap_or(0);
    let mut p = Paragraph::new()
        .align(AlignmentType::Center)
        .indent(Some(side), None, Some(side), None)
        .add_run(text_run("", 4))
        .line_spacing(LineSpacing::new().before(0).after(0).line(40).line_rule(LineSpacingType::Exact));
    let line = ParagraphBorder::new(ParagraphBorderPosition::Bottom).val(BorderType::Single).size(6).space(1);
    p.property = p.property.set_borders(ParagraphBorders::with_empty().set(line));
    p
}

fn heading(doc: &Document) -> DocxTable {
    let h = &doc.heading;
    let left_w = TEXT_WIDTH * 380 / 1000;
    let right_w = TEXT_WIDTH - left_w;
    // Cell margins take a little of each cell.
    let (left_text, right_text) = (left_w - 114, right_w - 114);
    let mut left = TableCell::new()
        .width(left_w, WidthType::Dxa)
        .add_paragraph(heading_line(text_run(&balanced(&h.parent, NATION_SIZE, left_text), NATION_SIZE)))
        .add_paragraph(heading_line(
            text_run(&balanced(&h.issuer, NATION_SIZE, left_text), NATION_SIZE).bold(),
        ))
        // Under the issuer's name: a third to a half of its length.
        .add_paragraph(rule(left_text, text_width(&h.issuer, NATION_SIZE, true).min(left_text) * 2 / 5));
    left = left.add_paragraph(
        Paragraph::new()
            .align(AlignmentType::Center)
            .add_run(text_run(&h.number, BODY))
            .line_spacing(spacing(160, 0)),
    );
    let mut right = TableCell::new()
        .width(right_w, WidthType::Dxa)
        .add_paragraph(heading_line(text_run(NATION, NATION_SIZE).bold()))
        .add_paragraph(heading_line(text_run(MOTTO, MOTTO_SIZE).bold()))
        // Under Tiêu ngữ: as long as it.
        .add_paragraph(rule(right_text, MOTTO_WIDTH));
    if let Some(place_date) = &h.place_date {
        right = right.add_paragraph(
            Paragraph::new()
                .align(AlignmentType::Center)
                .add_run(text_run(place_date, BODY).italic())
                .line_spacing(spacing(160, 0)),
        );
    }
    layout_table(vec![TableRow::new(vec![left, right])], vec![left_w, right_w])
}

fn signatures(doc: &Document) -> DocxTable {
    let half = TEXT_WIDTH / 2;
    let cell = |lines: Vec<Paragraph>| {
        lines.into_iter().fold(TableCell::new().width(half, WidthType::Dxa), |c, p| c.add_paragraph(p))
    };
    let block = |s: &super::document::Signature| {
        cell(vec![
            centred(text_run(&s.role, BODY).bold()),
            centred(text_run(&s.note, BODY).italic()),
            // Room for the signature and the seal.
            centred(text_run("", BODY)).line_spacing(
                LineSpacing::new().before(0).after(0).line(1800).line_rule(LineSpacingType::Exact),
            ),
            centred(text_run(&s.name, BODY).bold()),
        ])
    };
    let [left, right] = &doc.signatures;
    let row = TableRow::new(vec![block(left), block(right)]).cant_split();
    layout_table(vec![row], vec![half, half])
}

/// A table without borders, for laying out the heading and the signatures.
fn layout_table(rows: Vec<TableRow>, grid: Vec<usize>) -> DocxTable {
    let none = |pos| TableBorder::new(pos).border_type(BorderType::None).size(0);
    let borders = TableBorders::with_empty()
        .set(none(TableBorderPosition::Top))
        .set(none(TableBorderPosition::Left))
        .set(none(TableBorderPosition::Bottom))
        .set(none(TableBorderPosition::Right))
        .set(none(TableBorderPosition::InsideH))
        .set(none(TableBorderPosition::InsideV));
    let width = grid.iter().sum();
    DocxTable::new(rows)
        .set_grid(grid)
        .set_borders(borders)
        .width(width, WidthType::Dxa)
        .layout(TableLayoutType::Fixed)
        .margins(TableCellMargins::new().margin(0, 57, 0, 57))
}

/// Tables up to this many rows are kept on one page (with what introduces them).
const KEEP_TOGETHER: usize = 20;

/// A bordered table: a bold header row, then the rows, each column aligned as it says.
fn table(t: &Table) -> DocxTable {
    let widths: Vec<usize> = t.columns.iter().map(|c| TEXT_WIDTH * usize::from(c.width) / 1000).collect();
    let keep = t.rows.len() <= KEEP_TOGETHER;
    let cell = |text: &str, width: usize, align: AlignmentType, bold: bool, keep_next: bool| {
        let mut run = text_run(text, TABLE_SIZE);
        if bold {
            run = run.bold();
        }
        let p = Paragraph::new().align(align).add_run(run).line_spacing(spacing(0, 0)).keep_next(keep_next);
        TableCell::new().width(width, WidthType::Dxa).vertical_align(VAlignType::Center).add_paragraph(p)
    };
    let header: Vec<TableCell> = t
        .columns
        .iter()
        .zip(&widths)
        .map(|(c, &w)| cell(&c.title, w, AlignmentType::Center, true, true))
        .collect();
    let mut rows = vec![TableRow::new(header).cant_split()];
    for (r, row) in t.rows.iter().enumerate() {
        let keep_next = keep && r + 1 < t.rows.len();
        let cells = t
            .columns
            .iter()
            .zip(&widths)
            .enumerate()
            .map(|(i, (c, &w))| {
                let text = row.get(i).map_or("", String::as_str);
                let align = match c.align {
                    CellAlign::Left => AlignmentType::Left,
                    CellAlign::Center => AlignmentType::Center,
                    CellAlign::Right => AlignmentType::Right,
                };
                cell(text, w, align, false, keep_next)
            })
            .collect();
        rows.push(TableRow::new(cells).cant_split());
    }
    let line = |pos| TableBorder::new(pos).border_type(BorderType::Single).size(4).color("000000");
    let borders = TableBorders::with_empty()
        .set(line(TableBorderPosition::Top))
        .set(line(TableBorderPosition::Left))
        .set(line(TableBorderPosition::Bottom))
        .set(line(TableBorderPosition::Right))
        .set(line(TableBorderPosition::InsideH))
        .set(line(TableBorderPosition::InsideV));
    let width = widths.iter().sum();
    DocxTable::new(rows)
        .set_grid(widths)
        .set_borders(borders)
        .width(width, WidthType::Dxa)
        .layout(TableLayoutType::Fixed)
        .margins(TableCellMargins::new().margin(28, 85, 28, 85))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// MOTTO_WIDTH is Tiêu ngữ's letters' Times New Roman Bold widths summed, at its size:
    /// a change of its text (another dash, say) or of its size shows here.
    #[test]
    fn the_rule_under_tieu_ngu_is_as_long_as_it() {
        let per_mille = |c: char| match c {
            'Đ' | 'D' => 722,
            'H' => 778,
            'T' => 667,
            'a' | 'ạ' | 'ậ' | 'o' | 'ộ' => 500,
            'c' => 444,
            'l' => 278,
            'd' | 'h' | 'n' | 'p' | 'u' | 'ú' => 556,
            'ự' => 600,
            ' ' => 250,
            '-' => 333,
            other => panic!("no width for {other:?}"),
        };
        let em: usize = MOTTO.chars().map(per_mille).sum();
        let twips = em * MOTTO_SIZE * 10 / 1000;
        assert!(twips.abs_diff(MOTTO_WIDTH) <= 10, "{twips} twips against {MOTTO_WIDTH}");
    }

    #[test]
    fn long_heading_lines_break_evenly_and_never_at_a_dash() {
        let cell = 3554 - 114;
        let parent = "HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG THÀNH PHỐ HỒ CHÍ MINH";
        assert_eq!(
            balanced(parent, NATION_SIZE, cell),
            "HỘI ĐỒNG\nTHI ĐUA – KHEN THƯỞNG\nTHÀNH PHỐ HỒ CHÍ MINH"
        );
        let hanoi = "HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG THÀNH PHỐ HÀ NỘI";
        let lines = balanced(hanoi, NATION_SIZE, cell);
        assert!(lines.lines().all(|l| !l.starts_with('–') && !l.ends_with('–')), "{lines}");
        assert_eq!(balanced("KHỐI THI ĐUA 1", NATION_SIZE, cell), "KHỐI THI ĐUA 1", "fits: unchanged");
        // Between the parts of a name, never inside "NHÂN DÂN" or "THÀNH PHỐ".
        let city = "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH";
        assert_eq!(balanced(city, NATION_SIZE, cell), "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH");
        assert_eq!(balanced("ỦY BAN NHÂN DÂN QUẬN 1", NATION_SIZE, cell), "ỦY BAN NHÂN DÂN\nQUẬN 1");
        assert_eq!(balanced("HỘI ĐỒNG NHÂN DÂN QUẬN 1", NATION_SIZE, cell), "HỘI ĐỒNG NHÂN DÂN\nQUẬN 1");
        assert_eq!(balanced("HỘI ĐỒNG NHÂN DÂN PHƯỜNG 1", NATION_SIZE, cell), "HỘI ĐỒNG NHÂN DÂN\nPHƯỜNG 1");
        // "XÃ" is a commune, but not in "XÃ HỘI".
        let words = |t: &str| t.split(' ').map(str::to_string).collect::<Vec<_>>();
        assert!(starts_part(&words("HỘI NÔNG DÂN XÃ AN PHÚ"), 3));
        assert!(!starts_part(&words("CÁC TỔ CHỨC CHÍNH TRỊ XÃ HỘI"), 5));
        // Nor inside "THỊ XÃ": the break goes before "THỊ".
        let town = "HỘI NÔNG DÂN THỊ XÃ TRẢNG BÀNG";
        assert!(!starts_part(&words(town), 4));
        assert_eq!(balanced(town, NATION_SIZE, cell), "HỘI NÔNG DÂN\nTHỊ XÃ TRẢNG BÀNG");
    }

    #[test]
    fn section_properties_are_put_in_schema_order_and_anything_unknown_is_left_alone() {
        let written = "<w:body><w:p /><w:sectPr><w:pgSz w:w=\"1\" /><w:pgMar w:top=\"2\" /><w:cols w:num=\"1\" /><w:headerReference w:type=\"default\" r:id=\"h\" /><w:titlePg /></w:sectPr></w:body>";
        assert_eq!(
            reorder_section(written),
            "<w:body><w:p /><w:sectPr><w:headerReference w:type=\"default\" r:id=\"h\" /><w:pgSz w:w=\"1\" /><w:pgMar w:top=\"2\" /><w:cols w:num=\"1\" /><w:titlePg /></w:sectPr></w:body>"
        );
        let unknown = written.replace("<w:titlePg />", "<w:printerSettings r:id=\"p\" />");
        assert_eq!(reorder_section(&unknown), unknown, "not a child it knows: as written");
        let nested = written.replace("<w:titlePg />", "<w:sectPrChange><w:sectPr /></w:sectPrChange>");
        assert_eq!(reorder_section(&nested), nested);
    }

    #[test]
    fn the_page_is_a4_with_the_decree_margins() {
        assert_eq!((PAGE_WIDTH, PAGE_HEIGHT), (11906, 16838));
        let mm = |twips: i32| (twips * 254 + 7200) / 14400;
        assert_eq!((mm(MARGIN_TOP), mm(MARGIN_BOTTOM), mm(MARGIN_LEFT), mm(MARGIN_RIGHT)), (20, 20, 30, 15));
    }
}
