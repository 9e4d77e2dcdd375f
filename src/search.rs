//! Diacritic-insensitive matching of member units, for the picker where the secretary types
//! part of a unit's name ("noi vu", "nội vụ", "NV" all find "Sở Nội vụ").
//!
//! It owns folding text for comparison and scoring a match. It must not do I/O, draw, or know
//! the conference's types: callers pass the three strings of a unit (name, short name, id).
//!
//! Initials skip generic words, so that the letters people actually say work: a leading
//! "Văn phòng", "Sở", "Ban", "Phòng", "Hội", "Liên hiệp (các Hội)", "(Ủy ban nhân dân) phường",
//! "xã", "quận", "huyện" or "thị trấn" ("CG" finds "Phường Cô Giang"), a trailing "Thành
//! phố", "TP" or "Tỉnh", and the connectives "và", "của". Every combination of skipping them counts, so
//! "SNV" and "NV" find "Sở Nội vụ", "TTTP" and "TT" find "Thanh tra Thành phố", "UBND" and
//! "VPUBND" (or "VP UBND") find "Văn phòng Ủy ban nhân dân Thành phố". The first letters of a name also count,
//! a little after whole initials: "CTĐ" finds "Hội Chữ thập đỏ Thành phố Hồ Chí Minh", "KHKT"
//! "Liên hiệp các Hội Khoa học và Kỹ thuật …". A word in capitals ("ĐBQH", "HĐND") gives all
//! its letters.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Generic leading words, folded, longest first.
const LEADING: [&[&str]; 19] = [
    &["uy", "ban", "nhan", "dan", "thi", "tran"],
    &["uy", "ban", "nhan", "dan", "phuong"],
    &["uy", "ban", "nhan", "dan", "huyen"],
    &["uy", "ban", "nhan", "dan", "quan"],
    &["uy", "ban", "nhan", "dan", "xa"],
    &["lien", "hiep", "cac", "hoi"],
    &["hoi", "lien", "hiep"],
    &["lien", "hiep", "cac"],
    &["van", "phong"],
    &["lien", "hiep"],
    &["so"],
    &["ban"],
    &["phong"],
    &["hoi"],
    &["thi", "tran"],
    &["phuong"],
    &["huyen"],
    &["quan"],
    &["xa"],
];
const TRAILING: [&[&str]; 3] = [&["thanh", "pho"], &["tp"], &["tinh"]];
const CONNECTIVES: [&str; 2] = ["va", "cua"];

// Scores, lower is better: exact name, short name or id; initials; the first letters of the
// name; the name starts with the query; the query's words in order inside the name; its
// words anywhere. The word position
// of the match is added, so that earlier matches come first.
const EXACT: u32 = 0;
const INITIALS: u32 = 100;
const FIRST_LETTERS: u32 = 150;
const PREFIX: u32 = 200;
const PHRASE: u32 = 300;
const ANYWHERE: u32 = 400;

/// Lowercase, without Vietnamese diacritics (đ is d), with runs of whitespace made one space
/// and none at the ends.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars().flat_map(char::to_lowercase).nfd() {
        if is_combining_mark(c) {
            continue;
        }
        if c.is_whitespace() {
            space = !out.is_empty();
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        out.push(if c == 'đ' { 'd' } else { c });
    }
    out
}

/// What the search's hint shows as an example for a unit named `short`: the last two words
/// of its name, without accents ("noi vu" for "Sở Nội vụ").
pub fn example(short: &str) -> String {
    let folded = fold(short);
    let words: Vec<&str> = folded.split(' ').collect();
    words[words.len().saturating_sub(2)..].join(" ")
}

/// The member units `query` finds, best first (by name, short name or id).
pub fn rank_units<'a>(query: &str, units: &'a [crate::conference::Unit]) -> Vec<&'a crate::conference::Unit> {
    rank(query, units, |u| (&u.name, &u.short, &u.id))
}

/// Whether `query` is the name, the short name or the id itself (case and diacritics aside);
/// an empty query is none of them.
pub fn is_exact(query: &str, name: &str, short: &str, id: &str) -> bool {
    !fold(query).is_empty() && matches(query, name, short, id) == Some(EXACT)
}

/// How well `query` finds a unit; `None` if it does not. An empty query matches all equally.
///
/// It matches when every word of the folded query starts a word of the name (or of the short
/// name), each a different word, in any order; or when the query, letters only and at least two, is the initials of
/// the name or the short name, or their beginning (see the module's note); or when it is the
/// id.
pub fn matches(query: &str, name: &str, short: &str, id: &str) -> Option<u32> {
    Query::new(query).score(name, short, id)
}

/// The items that match `query`, best first; equal scores keep their order. An empty query
/// returns all items in order.
pub fn rank<'a, T>(query: &str, items: &'a [T], key: impl Fn(&T) -> (&str, &str, &str)) -> Vec<&'a T> {
    let query = Query::new(query);
    let mut found: Vec<(u32, &T)> = items
        .iter()
        .filter_map(|item| {
            let (name, short, id) = key(item);
            query.score(name, short, id).map(|score| (score, item))
        })
        .collect();
    found.sort_by_key(|&(score, _)| score);
    found.into_iter().map(|(_, item)| item).collect()
}

struct Query {
    folded: String,
    words: Vec<String>,
    /// The query as initials: letters only, at least two, the spaces between groups left out.
    initials: Option<String>,
}

impl Query {
    fn new(query: &str) -> Self {
        let folded = fold(query);
        let words = words(&folded).map(str::to_owned).collect();
        // Initials typed in groups count as one ("VP UBND" is "VPUBND").
        let joined: String = folded.split(' ').collect();
        let initials =
            (joined.chars().count() >= 2 && joined.chars().all(char::is_alphabetic)).then_some(joined);
        Query { folded, words, initials }
    }

    fn score(&self, name: &str, short: &str, id: &str) -> Option<u32> {
        if self.words.is_empty() {
            return Some(EXACT);
        }
        if [name, short, id].iter().any(|text| fold(text) == self.folded) {
            return Some(EXACT);
        }
        if let Some(query) = &self.initials {
            let all: Vec<String> = [name, short].iter().flat_map(|text| initials(text)).collect();
            if all.contains(query) {
                return Some(INITIALS);
            }
            if all.iter().any(|i| i.starts_with(query.as_str())) {
                return Some(FIRST_LETTERS);
            }
        }
        [name, short].iter().filter_map(|text| self.word_score(&fold(text))).min()
    }

    fn word_score(&self, folded: &str) -> Option<u32> {
        let words: Vec<&str> = words(folded).collect();
        let starts = |q: &String, w: &&str| w.starts_with(q.as_str());
        let in_order = (0..words.len()).find(|&at| {
            let rest = words.get(at..).unwrap_or_default();
            rest.len() >= self.words.len() && self.words.iter().zip(rest).all(|(q, w)| starts(q, w))
        });
        match in_order {
            Some(0) => Some(PREFIX),
            Some(at) => Some(PHRASE + position(at)),
            // Each word of the query begins a word of its own: "to tong hop" is not "Phòng
            // Tổng hợp" ("to" and "tong" would both be "tong"), so an award's "Tổ Tổng hợp" is
            // a collective of its own.
            None => distinct(&self.words, &words).map(|owner| {
                let first = owner.iter().position(Option::is_some).unwrap_or(0);
                ANYWHERE + position(first)
            }),
        }
    }
}

/// Whether every query word can begin a different one of `words`: for each of `words`, the
/// query word given it, or `None` if they cannot. A bipartite matching by augmenting paths, so
/// that a query word that took a word another needs moves on (polynomial, whatever is typed).
fn distinct(query: &[String], words: &[&str]) -> Option<Vec<Option<usize>>> {
    let mut owner = vec![None; words.len()];
    for q in 0..query.len() {
        let mut seen = vec![false; words.len()];
        if !augment(q, query, words, &mut owner, &mut seen) {
            return None;
        }
    }
    Some(owner)
}

/// Finds query word `q` a word, moving the words' owners along a path if need be.
fn augment(
    q: usize,
    query: &[String],
    words: &[&str],
    owner: &mut [Option<usize>],
    seen: &mut [bool],
) -> bool {
    for at in 0..words.len() {
        if !seen[at] && words[at].starts_with(query[q].as_str()) {
            seen[at] = true;
            if owner[at].is_none_or(|other| augment(other, query, words, owner, seen)) {
                owner[at] = Some(q);
                return true;
            }
        }
    }
    false
}

/// Words of folded text: runs of letters and digits.
fn words(folded: &str) -> impl Iterator<Item = &str> {
    folded.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty())
}

fn position(at: usize) -> u32 {
    u32::try_from(at.min(99)).unwrap_or(99)
}

/// Every spelling of a name's initials: all words, and with the generic words skipped.
fn initials(text: &str) -> Vec<String> {
    let nfc: String = text.nfc().collect();
    // Each word, folded, with what it gives: its first letter, or all of a word in capitals.
    let all: Vec<(String, String)> = nfc
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|word| {
            let folded = fold(word);
            let capitals = word.chars().count() >= 2 && word.chars().all(|c| !c.is_lowercase());
            let letters = if capitals { folded.clone() } else { folded.chars().take(1).collect() };
            (folded, letters)
        })
        .collect();
    let mut out = Vec::new();
    for skip_connectives in [false, true] {
        let kept: Vec<&(String, String)> = all
            .iter()
            .filter(|(word, _)| !(skip_connectives && CONNECTIVES.contains(&word.as_str())))
            .collect();
        let folded: Vec<&str> = kept.iter().map(|(word, _)| word.as_str()).collect();
        let lead = LEADING.iter().find(|p| folded.starts_with(p)).map_or(0, |p| p.len());
        let trail = TRAILING.iter().find(|p| folded.ends_with(p)).map_or(0, |p| p.len());
        for (skip_lead, skip_trail) in [(0, 0), (lead, 0), (0, trail), (lead, trail)] {
            if let Some(middle) = kept.get(skip_lead..kept.len().saturating_sub(skip_trail))
                && !middle.is_empty()
            {
                out.push(middle.iter().map(|(_, letters)| letters.as_str()).collect());
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The hint's example (the last two words of a short name, without accents) finds its
    /// unit first, in every sample.
    #[test]
    fn the_hints_example_finds_the_unit_it_comes_from() {
        for entry in std::fs::read_dir("sample-data").expect("samples") {
            let path = entry.expect("entry").path();
            let text = std::fs::read_to_string(&path).expect("read");
            let c = crate::conference::Conference::from_text(&path, &text).expect("valid");
            let first = &c.units[0];
            let example = example(&first.short);
            let found = rank_units(&example, &c.units);
            assert_eq!(
                found.first().map(|u| u.id.as_str()),
                Some(first.id.as_str()),
                "{}: {example}",
                path.display()
            );
        }
    }

    /// The six units of Khối thi đua 1 (sample-data/ktd1-hcm-tong-ket-2023.ron), in its order.
    const UNITS: [(&str, &str, &str); 6] = [
        ("Văn phòng Ủy ban nhân dân Thành phố", "Văn phòng UBND TP", "vpubnd"),
        (
            "Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân Thành phố",
            "Văn phòng Đoàn ĐBQH và HĐND TP",
            "vpdbqh",
        ),
        ("Sở Nội vụ", "Sở Nội vụ", "snv"),
        ("Sở Tư pháp", "Sở Tư pháp", "stp"),
        ("Thanh tra Thành phố", "Thanh tra TP", "ttr"),
        ("Ban Dân tộc Thành phố", "Ban Dân tộc TP", "bdt"),
    ];

    fn ids(query: &str) -> Vec<&'static str> {
        rank(query, &UNITS, |u| (u.0, u.1, u.2)).into_iter().map(|u| u.2).collect()
    }

    #[test]
    fn folds_diacritics_case_and_spaces() {
        assert_eq!(fold("  Văn phòng Đoàn ĐBQH\tvà  HĐND TP "), "van phong doan dbqh va hdnd tp");
        assert_eq!(fold("Ủy ban nhân dân Thành phố"), "uy ban nhan dan thanh pho");
        assert_eq!(fold("Sở Tư pháp"), fold("so tu phap"));
        let nfd: String = "Đổi mới, sáng tạo".nfd().collect();
        assert_eq!(fold(&nfd), "doi moi, sang tao");
    }

    #[test]
    fn noi_vu_is_found_every_way() {
        for query in ["noi vu", "nội vụ", "NV", "snv", "SNV", "Nội", "vu", "sở nội vụ"] {
            assert_eq!(ids(query).first(), Some(&"snv"), "{query}");
        }
        assert_eq!(ids("noi vu"), ["snv"]);
    }

    #[test]
    fn finds_each_unit() {
        assert_eq!(ids("tu phap"), ["stp"]);
        assert_eq!(ids("thanh tra"), ["ttr"]);
        assert_eq!(ids("TT").first(), Some(&"ttr"));
        assert_eq!(ids("tttp").first(), Some(&"ttr"));
        assert_eq!(ids("dan toc"), ["bdt"]);
        assert_eq!(ids("van phong"), ["vpubnd", "vpdbqh"], "equal scores keep their order");
        assert_eq!(ids("ubnd").first(), Some(&"vpubnd"));
        assert_eq!(ids("dbqh"), ["vpdbqh"]);
        assert_eq!(ids("đbqh"), ["vpdbqh"]);
        assert_eq!(ids("ĐBQH"), ["vpdbqh"]);
        assert!(ids("xyz").is_empty());
    }

    /// Each word typed begins a word of its own, in any order: "Tổ Tổng hợp" (an award's
    /// collective outside the bloc) is not "Phòng Tổng hợp", though "to" begins "tong"; a
    /// word taken first by a shorter one is found another ("t tong" is "Tổng … Thư ký").
    #[test]
    fn each_word_typed_begins_a_word_of_its_own() {
        let office = |q| matches(q, "Phòng Tổng hợp", "Phòng Tổng hợp", "pth");
        assert!(office("Tổ Tổng hợp").is_none());
        assert!(office("hop tong").is_some() && office("ph tong").is_some());
        assert!(matches("t tong", "Tổng Thư ký", "TTK", "ttk").is_some(), "t moves to Thư");
        assert!(matches("tong t", "Tổng Thư ký", "TTK", "ttk").is_some());
        assert!(matches("ky tong tong", "Tổng Thư ký", "TTK", "ttk").is_none(), "one Tổng");
    }

    /// Wards, communes and districts by the initials of their own names: the generic
    /// "(Ủy ban nhân dân) phường" before them is skipped, as "Sở" is.
    #[test]
    fn a_wards_initials_skip_the_word_phuong() {
        let ward = |q| matches(q, "Ủy ban nhân dân phường Cô Giang", "Phường Cô Giang", "pcg");
        for query in ["CG", "cg", "PCG", "UBNDPCG"] {
            assert!(ward(query).is_some(), "{query}");
        }
        assert!(matches("TD", "Ủy ban nhân dân xã Tân Định", "Xã Tân Định", "x").is_some());
        assert!(
            matches("NTB", "Ủy ban nhân dân phường Nguyễn Thái Bình", "Phường Nguyễn Thái Bình", "x")
                .is_some()
        );
        assert!(ward("CK").is_none(), "not another ward's");
    }

    #[test]
    fn ranks_exact_then_initials_then_prefixes() {
        // "thanh" starts Thanh tra's name, and is the 4th, 7th and 13th word of three others.
        assert_eq!(ids("thanh"), ["ttr", "bdt", "vpubnd", "vpdbqh"]);
        assert_eq!(ids("thanh pho").first(), Some(&"ttr"));
        assert!(matches("snv", "Sở Nội vụ", "Sở Nội vụ", "snv") < matches("nv", "Sở Nội vụ", "", "x"));
        assert!(matches("nv", "Sở Nội vụ", "", "x") < matches("so noi", "Sở Nội vụ", "", "x"));
        assert!(matches("so noi", "Sở Nội vụ", "", "x") < matches("noi", "Sở Nội vụ", "", "x"));
        assert!(matches("noi", "Sở Nội vụ", "", "x") < matches("vu so", "Sở Nội vụ", "", "x"));
        assert_eq!(matches("v", "Sở Nội vụ", "", "x"), Some(PHRASE + 2));
        assert_eq!(matches("n", "", "", "x"), None);
        assert_eq!(matches("vpubnd", "Văn phòng UBND TP", "", "x"), Some(INITIALS), "all of UBND");
        // Initials in groups, as people write them (a trial's "VP UBND" found nothing).
        assert_eq!(matches("VP UBND", "Văn phòng UBND TP", "", "x"), Some(INITIALS));
        assert_eq!(ids("vp ubnd").first(), Some(&"vpubnd"));
        assert_eq!(matches("VP UB", "Văn phòng UBND TP", "", "x"), Some(FIRST_LETTERS));
    }

    /// Khối thi đua 19's associations (sample-data/ktd19-hcm-giao-uoc-2023.ron): long names
    /// with a generic head and the city's name at the end.
    #[test]
    fn associations_are_found_by_the_letters_people_say() {
        let units = [
            ("Hội Liên hiệp Thanh niên Việt Nam Thành phố Hồ Chí Minh", "Hội LHTN TP", "hlhtn"),
            ("Hội Sinh viên Việt Nam Thành phố Hồ Chí Minh", "Hội Sinh viên TP", "hsv"),
            ("Hội Chữ thập đỏ Thành phố Hồ Chí Minh", "Hội Chữ thập đỏ TP", "hctd"),
            ("Liên hiệp các Hội Văn học nghệ thuật Thành phố Hồ Chí Minh", "LH các Hội VHNT TP", "vhnt"),
            ("Liên hiệp các tổ chức hữu nghị Thành phố Hồ Chí Minh", "LH các tổ chức hữu nghị TP", "huunghi"),
            ("Liên hiệp các Hội Khoa học và Kỹ thuật Thành phố Hồ Chí Minh", "LHH TP", "lhh"),
        ];
        let first = |query: &str| rank(query, &units, |u| (u.0, u.1, u.2)).first().map(|u| u.2);
        for (query, id) in [
            ("CTĐ", "hctd"),
            ("ctd", "hctd"),
            ("SV", "hsv"),
            ("HSV", "hsv"),
            ("LHTN", "hlhtn"),
            ("TN", "hlhtn"),
            ("KHKT", "lhh"),
            ("VHNT", "vhnt"),
            ("huu nghi", "huunghi"),
            ("LHH", "lhh"),
        ] {
            assert_eq!(first(query), Some(id), "{query}");
        }
        // Whole initials still come before first letters: "TT" is Thanh tra, not "Thanh tra …".
        assert_eq!(matches("tt", "Thanh tra", "", "x"), Some(INITIALS));
        assert_eq!(matches("tt", "Thanh tra Thành phố Hồ Chí Minh", "", "y"), Some(FIRST_LETTERS));
    }

    #[test]
    fn empty_query_returns_all_in_order() {
        assert_eq!(ids(""), ["vpubnd", "vpdbqh", "snv", "stp", "ttr", "bdt"]);
        assert_eq!(ids("   "), ids(""));
    }
}
