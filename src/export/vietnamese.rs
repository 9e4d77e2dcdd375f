//! Dates, times, numbers and fixed phrases as a Vietnamese office writes them in a biên bản:
//! "8 giờ 30 phút, ngày 16 tháng 01 năm 2024", "88,23 %", "quá 1/2 số đơn vị có mặt".
//!
//! The minutes are always in Vietnamese, whatever the interface language, so these phrases
//! live here and not in the interface tables (`i18n`). Integers only: a percentage is a
//! `Percent` of whole hundredths.

use chrono::{Datelike, NaiveDate, NaiveDateTime, Timelike};
use unicode_normalization::UnicodeNormalization;

use crate::conference::{Base, Method, Threshold};
use crate::poll::Percent;
use crate::scoring::Points;

/// "8 giờ 30 phút": the hour as it is said, the minutes always with two digits.
pub fn time(t: NaiveDateTime) -> String {
    format!("{} giờ {:02} phút", t.hour(), t.minute())
}

/// "ngày 16 tháng 01 năm 2024", "ngày 05 tháng 3 năm 2024": as Nghị định 30/2020 writes a
/// date, with a 0 before a day under 10 and before the months 1 and 2 only.
pub fn date(d: NaiveDate) -> String {
    let month = if d.month() <= 2 { format!("{:02}", d.month()) } else { d.month().to_string() };
    format!("ngày {:02} tháng {month} năm {}", d.day(), d.year())
}

/// "8 giờ 30 phút, ngày 16 tháng 01 năm 2024".
pub fn moment(t: NaiveDateTime) -> String {
    format!("{}, {}", time(t), date(t.date()))
}

/// The time alone when it falls on `day` (the day the conference is held), else with its date.
pub fn time_on(t: NaiveDateTime, day: NaiveDate) -> String {
    if t.date() == day { time(t) } else { moment(t) }
}

/// "88,23 %"; "–" when there is nothing to count against.
pub fn percent(p: Option<Percent>) -> String {
    match p {
        Some(p) => format!("{} %", p.format(',')),
        None => "–".to_string(),
    }
}

/// Capitals as the heading prints them, kept NFC.
pub fn upper(text: &str) -> String {
    text.trim().to_uppercase().nfc().collect()
}

/// "1/2", "2/3", "70 %" (spaced as the percentages of the tables are).
fn fraction(t: Threshold) -> String {
    match t.fraction() {
        (n, 100) => format!("{n} %"),
        (n, d) => format!("{n}/{d}"),
    }
}

/// A threshold of a whole, in Vietnamese word order: "quá 1/2 số đơn vị có mặt", "từ 2/3
/// tổng số đơn vị thành viên trở lên" (not "từ 2/3 trở lên tổng số …").
pub fn threshold_of(t: Threshold, whole: &str) -> String {
    match t {
        Threshold::MoreThan(..) => format!("quá {} {whole}", fraction(t)),
        Threshold::AtLeast(..) => format!("từ {} {whole} trở lên", fraction(t)),
    }
}

/// "quá 1/2", "từ 2/3 trở lên".
pub fn threshold(t: Threshold) -> String {
    match t {
        Threshold::MoreThan(..) => format!("quá {}", fraction(t)),
        Threshold::AtLeast(..) => format!("từ {} trở lên", fraction(t)),
    }
}

/// What a percentage is counted against: "số đơn vị có mặt".
pub fn base(b: Base) -> &'static str {
    match b {
        Base::AllMembers => "tổng số đơn vị thành viên",
        Base::Present => "số đơn vị có mặt",
        Base::Issued => "số phiếu phát ra",
        Base::Returned => "số phiếu thu vào",
        Base::Valid => "số phiếu hợp lệ",
    }
}

/// "biểu quyết giơ tay", "bỏ phiếu kín".
pub fn method(m: Method) -> &'static str {
    match m {
        Method::ShowOfHands => "biểu quyết giơ tay",
        Method::SecretBallot => "bỏ phiếu kín",
    }
}

/// A score: "96,5", "98" (tenths of a point, a decimal comma).
pub fn points(p: Points) -> String {
    p.format(',')
}

/// "6 tập thể và 31 cá nhân", "7 cá nhân", "10 tập thể" as the reports count awards.
pub fn awarded(collectives: u32, individuals: u32) -> String {
    match (collectives, individuals) {
        (0, 0) => "chưa ghi người nhận".to_string(),
        (c, 0) => format!("{c} tập thể"),
        (0, i) => format!("{i} cá nhân"),
        (c, i) => format!("{c} tập thể và {i} cá nhân"),
    }
}

/// "A", "A và B", "A, B và C".
pub fn list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} và {last}", init.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(h: u32, m: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2024, 1, 16).and_then(|d| d.and_hms_opt(h, m, 0)).expect("time")
    }

    #[test]
    fn times_and_dates_as_offices_write_them() {
        assert_eq!(time(at(8, 30)), "8 giờ 30 phút");
        assert_eq!(time(at(14, 5)), "14 giờ 05 phút");
        assert_eq!(moment(at(8, 30)), "8 giờ 30 phút, ngày 16 tháng 01 năm 2024");
        let d = NaiveDate::from_ymd_opt(2023, 11, 3).expect("date");
        assert_eq!(date(d), "ngày 03 tháng 11 năm 2023");
        let on = |m, day| NaiveDate::from_ymd_opt(2023, m, day).map(date).expect("date");
        assert_eq!(on(2, 28), "ngày 28 tháng 02 năm 2023", "a 0 before the months 1 and 2");
        assert_eq!(on(3, 15), "ngày 15 tháng 3 năm 2023", "none before the others");
        assert_eq!(on(9, 9), "ngày 09 tháng 9 năm 2023");
        assert_eq!(time_on(at(9, 0), at(0, 0).date()), "9 giờ 00 phút");
        assert_eq!(time_on(at(9, 0), d), "9 giờ 00 phút, ngày 16 tháng 01 năm 2024");
    }

    #[test]
    fn percentages_with_a_decimal_comma() {
        assert_eq!(percent(Percent::of(30, 34)), "88,24 %");
        assert_eq!(percent(Some(Percent(8823))), "88,23 %");
        assert_eq!(percent(Percent::of(5, 5)), "100,00 %");
        assert_eq!(percent(Percent::of(1, 3)), "33,33 %");
        assert_eq!(percent(Percent::of(0, 0)), "–");
    }

    #[test]
    fn capitals_stay_nfc() {
        let up = upper("Hội đồng Thi đua – Khen thưởng Thành phố Hồ Chí Minh");
        assert_eq!(up, "HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG THÀNH PHỐ HỒ CHÍ MINH");
        assert!(unicode_normalization::is_nfc(&up));
        assert_eq!(upper("Khối thi đua 1"), "KHỐI THI ĐUA 1");
    }

    #[test]
    fn rules_and_lists_read_as_sentences() {
        assert_eq!(threshold(Threshold::MoreThan(1, 2)), "quá 1/2");
        assert_eq!(threshold(Threshold::AtLeast(70, 100)), "từ 70 % trở lên");
        assert_eq!(list(&["A".into(), "B".into(), "C".into()]), "A, B và C");
        assert_eq!(list(&["A".into()]), "A");
    }

    #[test]
    fn scores_and_award_counts_as_reports_write_them() {
        assert_eq!(points(Points(965)), "96,5");
        assert_eq!(points(Points(980)), "98");
        assert_eq!(awarded(6, 31), "6 tập thể và 31 cá nhân");
        assert_eq!(awarded(0, 7), "7 cá nhân");
        assert_eq!(awarded(13, 0), "13 tập thể");
    }
}
