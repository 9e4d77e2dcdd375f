//! Tiếng Việt: the default interface language. Words follow shared/domain.md's vocabulary.

use chrono::{Datelike, NaiveDate, Weekday};

use super::{CliHelp, KeyNames, StateLabel, Strings, some_of};
use crate::conference::{Base, ConferenceKind, ItemKind, Method, Period, Threshold};
use crate::keys::Edit;
// Thresholds and bases in the biên bản's words (`export::vietnamese`): one wording for both.
use crate::export::vietnamese::{base, threshold};
use crate::keys::{Command, Context};
use crate::ronfile::{FileError, NotText, Problem};

pub static STRINGS: Strings = Strings {
    conference_kind: |k| match k {
        ConferenceKind::TongKet => "Hội nghị tổng kết",
        ConferenceKind::SoKet => "Hội nghị sơ kết",
        ConferenceKind::Other => "Hội nghị",
    },
    period: |p| match p {
        Period::Year(y) => format!("năm {y}"),
        Period::HalfYear(y, 1) => format!("6 tháng đầu năm {y}"),
        Period::HalfYear(y, _) => format!("6 tháng cuối năm {y}"),
        Period::Years(a, b) => format!("giai đoạn {a}–{b}"),
    },
    date_long,
    kind_and_period: |k, p| format!("{k} {p}"),
    kind_short: |k| match k {
        ConferenceKind::TongKet => "Tổng kết",
        ConferenceKind::SoKet => "Sơ kết",
        ConferenceKind::Other => "Hội nghị",
    },
    agenda_title: "Chương trình hội nghị",
    col_number: "TT",
    col_item: "Nội dung",
    col_presenter: "Trình bày",
    col_planned: "Dự kiến",
    col_actual: "Thực tế",
    col_state: "Trạng thái",
    state: |s| match s {
        StateLabel::Pending => "chưa",
        StateLabel::Current => "đang diễn ra",
        StateLabel::Done => "đã xong",
        StateLabel::Skipped => "bỏ qua",
        StateLabel::Voted => "đã biểu quyết",
    },
    item_kind: |k| match k {
        ItemKind::Procedural => "Thủ tục",
        ItemKind::Report => "Báo cáo",
        ItemKind::Scoring => "Chấm điểm, xếp hạng",
        ItemKind::Discussion => "Thảo luận",
        ItemKind::Vote => "Biểu quyết",
        ItemKind::Election => "Bầu cử",
        ItemKind::Awards => "Bình xét, khen thưởng",
        ItemKind::Covenant => "Ký kết giao ước",
        ItemKind::Speech => "Phát biểu",
        ItemKind::Closing => "Bế mạc",
    },
    presenter_chair: "Chủ trì hội nghị",
    decimal_separator: ',',
    minutes: |m| format!("{m} phút"),
    under_a_minute: "< 1 phút",

    current_title: "Nội dung đang diễn ra",
    selected_title: "Nội dung đang chọn",
    label_presenter: "Trình bày",
    label_kind: "Loại",
    label_planned: "Dự kiến",
    label_elapsed: "Đã qua",
    label_actual: "Thực tế",
    label_threshold: "Ngưỡng",
    label_remaining: "Còn lại",
    label_overrun: "Vượt",
    label_started: "Bắt đầu",
    label_ended: "Kết thúc",
    label_chair: "Chủ trì",
    label_location: "Địa điểm",
    not_started: |key| format!("Hội nghị chưa bắt đầu. Nhấn {key} để bắt đầu nội dung thứ nhất."),
    finished_at: |t| format!("Hội nghị kết thúc lúc {t}."),
    item_not_reached: "Chưa đến nội dung này.",

    method: |m| match m {
        Method::ShowOfHands => "Biểu quyết giơ tay",
        Method::SecretBallot => "Bỏ phiếu kín",
    },
    candidates: "Ứng viên",
    motion: "Nội dung biểu quyết",
    pass_rule,
    threshold,

    expected_end: "Dự kiến kết thúc",
    ended_at: "Kết thúc",
    planned_end: "kế hoạch",
    behind: |m| format!("chậm {}", hours_minutes(m)),
    clock_date: |today| format!("Đồng hồ máy chỉ ngày {today}, không phải ngày hội nghị"),
    ahead: |m| format!("sớm {}", hours_minutes(m)),
    on_plan: "đúng kế hoạch",

    key_names: KeyNames {
        enter: "Enter",
        esc: "Esc",
        left: "←",
        right: "→",
        up: "↑",
        down: "↓",
        home: "Home",
        end: "End",
        page_up: "PgUp",
        page_down: "PgDn",
        tab: "Tab",
        backspace: "Backspace",
        space: "dấu cách",
        ctrl: "Ctrl",
        answers: "ck",
    },
    command: |c| match c {
        Command::NextItem => "nội dung tiếp",
        Command::PreviousItem => "nội dung trước",
        Command::SkipItem => "bỏ qua nội dung chọn (nhấn lại: thôi bỏ qua)",
        Command::StartSelected => "chuyển đến nội dung đang chọn (bắt đầu nó)",
        Command::SelectUp => "lên",
        Command::SelectDown => "xuống",
        Command::SelectFirst => "về đầu",
        Command::SelectLast => "về cuối",
        Command::PageUp => "lên một trang",
        Command::PageDown => "xuống một trang",
        Command::Help => "trợ giúp",
        Command::CloseHelp => "đóng",
        Command::Quit => "thoát",
        Command::Yes => "có",
        Command::AdoptMinutes => "thông qua biên bản (kết thúc hội nghị)",
        Command::SaveElsewhere => "lưu biên bản vào chỗ khác",
        Command::RollCall => "điểm danh",
        Command::OpenPoll => "mở biểu quyết của nội dung đang chọn",
        Command::Back => "quay lại màn hình trước",
        Command::BackToList => "về danh sách ở phần đầu màn hình",
        Command::MarkPresent => "có mặt, rồi sang đơn vị sau",
        Command::MarkAbsent => "vắng mặt (ghi lý do), rồi sang đơn vị sau",
        Command::ChangeDelegate => "đại biểu dự họp",
        Command::ChangeChair => "chủ tọa hội nghị (họ tên, chức vụ)",
        Command::AllPresent => "các đơn vị còn lại có mặt",
        Command::Choose => "chọn / nhập số",
        Command::Erase => "xóa",
        Command::Unanimous => "các đơn vị còn lại cùng ý",
        Command::CloseRound => "kết thúc vòng",
        Command::Reopen => "mở lại để sửa (ghi lý do)",
        Command::Revote => "bầu lại (chưa đơn vị nào đạt ngưỡng)",
        Command::Comments => "ý kiến góp ý của nội dung đang chọn",
        Command::EditNote => "ghi diễn biến của nội dung đang chọn",
        Command::NewComment => "ghi ý kiến mới",
        Command::EditComment => "sửa ý kiến",
        Command::DeleteComment => "xóa ý kiến",
        Command::TakenUp => "tiếp thu",
        Command::Answered => "giải trình",
        Command::ToggleScope => "ý kiến của nội dung / của đơn vị",
        Command::SaveText => "lưu",
        Command::NextField => "sang ô sau",
        Command::Export => "xuất biên bản (.docx) cạnh tệp biên bản",
        Command::PrevField => "về ô trước",
        Command::OtherPane => "sang phần kia của màn hình",
        Command::Scoring => "chấm điểm, xếp hạng",
        Command::Covenant => "ký kết giao ước",
        Command::EnterScore => "sửa điểm ô đang chọn",
        Command::TypeScore => "nhập điểm mới (Enter ghi, sang ô kế tiếp)",
        Command::ColumnLeft => "cột trước",
        Command::ColumnRight => "cột sau",
        Command::Sign => "đã ký",
        Command::NotSign => "không ký (ghi lý do)",
        Command::AllSign => "các đơn vị có mặt cùng ký",
        Command::No => "không",
        Command::SetPresiding => "đơn vị này chủ trì ký kết",
        Command::NewItem => "thêm mới",
        Command::EditItem => "sửa",
        Command::DeleteItem => "xóa",
        Command::Awards => "khen thưởng của nội dung đang chọn",
        Command::SetCounts => "số tập thể, cá nhân được khen không nêu tên",
        Command::AddCollective => "thêm tập thể được khen",
        Command::AddIndividual => "thêm cá nhân được khen",
        Command::Decide => "ghi quyết định của chủ tọa (đơn vị đã chọn)",
        Command::Accept => "ghi các lựa chọn đã đánh dấu",
        Command::Submit => "ghi",
        Command::Cancel => "thôi (không ghi)",
    },
    hint: |c| match c {
        Command::SkipItem => Some("bỏ qua"),
        Command::NewItem => Some("thêm"),
        Command::EditItem => Some("sửa"),
        Command::DeleteItem => Some("xóa"),
        Command::SetCounts => Some("số lượng"),
        Command::AddCollective => Some("thêm tập thể"),
        Command::AddIndividual => Some("thêm cá nhân"),
        Command::NextItem => Some("tiếp"),
        Command::PreviousItem => Some("trước"),
        Command::StartSelected => Some("đến nội dung"),
        Command::OpenPoll => Some("biểu quyết"),
        Command::MarkPresent => Some("có mặt"),
        Command::MarkAbsent => Some("vắng"),
        Command::ChangeDelegate => Some("đại biểu"),
        Command::ChangeChair => Some("chủ tọa"),
        Command::AllPresent => Some("còn lại có mặt"),
        Command::Export => Some("xuất biên bản"),
        Command::Back => Some("quay lại"),
        Command::BackToList => Some("về danh sách"),
        Command::Unanimous => Some("còn lại cùng ý"),
        Command::Choose => Some("chọn"),
        Command::Erase => Some("xóa"),
        Command::Revote => Some("bầu lại"),
        Command::Comments => Some("góp ý"),
        Command::NewComment => Some("ghi mới"),
        Command::EditComment => Some("sửa"),
        Command::DeleteComment => Some("xóa"),
        Command::ToggleScope => Some("theo đơn vị"),
        Command::NextField => Some("chuyển ô"),
        Command::OtherPane => Some("sang phần kia"),
        Command::EnterScore => Some("sửa điểm"),
        Command::TypeScore => Some("nhập điểm"),
        Command::NotSign => Some("không ký"),
        Command::AllSign => Some("có mặt cùng ký"),
        Command::Decide => Some("quyết định"),
        Command::Accept => Some("xong"),
        Command::Cancel => Some("thôi"),
        _ => None,
    },
    edit: |e| match e {
        Edit::DeleteBack => "xóa chữ trước con trỏ",
        Edit::DeleteWordBack => "xóa từ trước con trỏ",
        Edit::DeleteForward => "xóa chữ sau con trỏ",
        Edit::DeleteWordForward => "xóa từ sau con trỏ",
        Edit::DeleteToStart => "xóa từ đầu ô đến con trỏ",
        Edit::Left => "lùi một chữ",
        Edit::Right => "tiến một chữ",
        Edit::WordLeft => "lùi một từ",
        Edit::WordRight => "tiến một từ",
        Edit::LineUp => "lên một dòng",
        Edit::LineDown => "xuống một dòng",
        Edit::PageUp => "lên một trang",
        Edit::PageDown => "xuống một trang",
        Edit::LineStart => "về đầu dòng",
        Edit::LineEnd => "về cuối dòng",
        Edit::TextStart => "về đầu văn bản",
        Edit::TextEnd => "về cuối văn bản",
        Edit::NewLine => "xuống dòng mới",
    },
    context: |c| match c {
        Context::Global => "Mọi nơi (trừ khi đang gõ một ô hay trả lời một câu hỏi)",
        Context::Agenda => "Chương trình hội nghị",
        Context::Help => "Trợ giúp",
        Context::Prompt => "Ô nhập",
        Context::RollCall => "Điểm danh",
        Context::Hands => "Biểu quyết giơ tay",
        Context::Ballot => "Bỏ phiếu kín (kiểm phiếu)",
        Context::Pick => "Các đơn vị còn lại cùng ý: chọn lựa chọn",
        Context::PickAward => "Chọn hình thức khen thưởng trong tệp hội nghị",
        Context::PollClosed => "Biểu quyết đã kết thúc",
        Context::Revote => "Biểu quyết đã kết thúc, chưa đủ đơn vị trúng cử",
        Context::Chair => "Chủ tọa quyết định",
        Context::CommentList => "Ý kiến góp ý",
        Context::Compose => "Ghi ý kiến",
        Context::Note => "Ghi diễn biến",
        Context::Scoring => "Chấm điểm, xếp hạng",
        Context::Covenant => "Ký kết giao ước",
        Context::CovenantItems => "Nội dung giao ước",
        Context::Awards => "Khen thưởng",
        Context::AwardRecipients => "Tập thể, cá nhân được khen",
        Context::Confirm => "Hộp xác nhận",
        Context::Careful => "Câu hỏi về việc khó rút lại (Enter là không)",
    },
    help_title: "Trợ giúp: các phím",
    help_close: "Esc: đóng",
    quit_question: "Thoát khỏi hoinghi?",
    too_small: |w, h, mw, mh| {
        format!(
            "Cửa sổ quá nhỏ ({w}×{h}): hãy mở rộng tới ít nhất {mw}×{mh}. Chỉ các phím ghi dưới đây dùng được, phím khác không được ghi."
        )
    },
    unknown_key: |k, help| format!("Phím {k} không dùng ở đây. Nhấn {help} để xem các phím."),
    first_item: "Đây đã là nội dung đầu tiên.",
    back_to_not_held: |n| format!("Đã qua nội dung cuối; quay lại nội dung {n}, chưa họp."),
    skipped_item: |n| format!("Đã bỏ qua nội dung {n}."),
    unskipped_item: |n| format!("Nội dung {n} không còn bị bỏ qua."),
    cannot_skip_done: "Nội dung này đã xong, không bỏ qua được.",
    vote_open: |item, r, secret, k| {
        let what = if secret { "Bỏ phiếu" } else { "Biểu quyết" };
        match item {
            None => format!("{what} đang mở (vòng {r}), chưa kết thúc · {k} để tiếp tục"),
            Some(n) => format!(
                "{what} ở nội dung {n} đang mở (vòng {r}), chưa kết thúc · chọn nội dung {n}, {k} để tiếp tục"
            ),
        }
    },
    vote_awaits_chair: |item, k| match item {
        None => format!("Ngang nhau ở vòng cuối, chờ chủ tọa quyết định · {k} để ghi"),
        Some(n) => format!(
            "Nội dung {n}: ngang nhau ở vòng cuối, chờ chủ tọa quyết định · chọn nội dung {n}, {k} để ghi"
        ),
    },
    cannot_skip_voted: |n| format!("Nội dung {n} đã có biểu quyết, không ghi là không thực hiện được."),

    adopt_question: |t, ended| match ended {
        None => {
            format!("Thông qua biên bản và kết thúc hội nghị lúc {t}? Sau đó mọi sửa đổi đều được ghi lại.")
        }
        Some(e) if e == t => format!("Thông qua biên bản lúc {t}? Sau đó mọi sửa đổi đều được ghi lại."),
        Some(e) => format!(
            "Thông qua biên bản lúc {t}? Hội nghị đã kết thúc lúc {e}; giờ kết thúc sẽ ghi là {t}. Sau đó mọi sửa đổi đều được ghi lại."
        ),
    },
    adopt_unfinished: |u| {
        let (held, polls) = (&u.not_held, &u.open_polls);
        let parts: Vec<String> = [
            (u.uncalled, "đơn vị chưa điểm danh".to_string()),
            (held.len(), format!("nội dung chưa thực hiện ({})", super::item_numbers(held))),
            (
                u.votes_not_held.len(),
                format!("biểu quyết chưa tiến hành (nội dung {})", super::item_numbers(&u.votes_not_held)),
            ),
            (polls.len(), format!("biểu quyết chưa kết thúc (nội dung {})", super::item_numbers(polls))),
        ]
        .into_iter()
        .filter(|(n, _)| *n > 0)
        .map(|(n, what)| format!("{n} {what}"))
        .chain(
            u.scores_not_recorded
                .map(|i| format!("chưa ghi kết quả chấm điểm, xếp hạng (nội dung {})", i + 1)),
        )
        .chain(u.unscored.map(|(i, n)| format!("{n} đơn vị chưa có điểm (nội dung {})", i + 1)))
        .chain(u.signing_not_recorded.map(|i| format!("chưa ghi việc ký kết giao ước (nội dung {})", i + 1)))
        .chain(
            u.unsigned
                .map(|(i, n)| format!("{n} đơn vị chưa ghi ký hay không ký giao ước (nội dung {})", i + 1)),
        )
        .chain((!u.unanswered.is_empty()).then(|| {
            let mut items = u.unanswered.clone();
            items.dedup();
            format!(
                "{} ý kiến chưa ghi tiếp thu hoặc giải trình (nội dung {})",
                u.unanswered.len(),
                super::item_numbers(&items)
            )
        }))
        .collect();
        if parts.is_empty() { String::new() } else { format!("Còn {}. ", parts.join("; ")) }
    },
    move_adopted: |command, n, skipped, reopens| {
        let what = match (command, n) {
            (_, None) => "kết thúc lại hội nghị".to_string(),
            (Command::NextItem, Some(n)) => format!("chuyển sang nội dung {n}"),
            (Command::PreviousItem, Some(n)) => format!("quay lại nội dung {n}"),
            (Command::SkipItem, Some(n)) if skipped => format!("thôi bỏ qua nội dung {n}"),
            (Command::SkipItem, Some(n)) => format!("bỏ qua nội dung {n}"),
            (_, Some(n)) => format!("bắt đầu nội dung {n}"),
        };
        let reopened = if reopens {
            " Hội nghị mở lại; giờ kết thúc được ghi lại khi kết thúc lần nữa."
        } else {
            ""
        };
        format!(
            "Biên bản đã được thông qua. Vẫn {what}? Việc này được ghi vào phần sửa đổi sau khi thông qua.{reopened}"
        )
    },
    without_quorum: |n, p, m, needed, uncalled| {
        let uncalled =
            if uncalled > 0 { format!(" ({uncalled} đơn vị chưa điểm danh)") } else { String::new() };
        format!(
            "Chưa đủ túc số: có mặt {p}/{m} đơn vị thành viên{uncalled}, cần ít nhất {needed}. Vẫn bắt đầu nội dung {n}? Biên bản sẽ ghi: khi bắt đầu hội nghị chưa đủ túc số."
        )
    },
    conference_ended: "Hội nghị đã kết thúc. p: quay lại nội dung họp sau cùng.",
    adopted: "Đã thông qua biên bản; mọi sửa đổi từ nay đều được ghi lại.",
    already_adopted: "Biên bản đã được thông qua.",
    adopted_badge: |t| format!("ĐÃ THÔNG QUA {t}"),
    quit_unsaved: "Biên bản CHƯA lưu được vào đĩa! Vẫn thoát? (một bản dự phòng sẽ được ghi vào thư mục tạm)",
    save_as_title: "Lưu biên bản vào tệp (Enter: lưu · Esc: thôi)",
    saved_at: |t| format!("Đã lưu {t}"),
    not_saved_yet: "Chưa lưu",
    save_failed: |p, r, k, here| {
        let then = if here { "" } else { "ghi xong phần đang gõ rồi " };
        format!(
            "CHƯA LƯU ĐƯỢC biên bản ({p}): {r}. Mọi thứ vẫn còn trong bộ nhớ, tự lưu lại khi ghi được; {then}nhấn {k} để lưu vào chỗ khác."
        )
    },
    saved_to: |p| format!("Từ nay biên bản được lưu vào {p}."),
    use_backup_question: |b, m| {
        format!(
            "Lần trước biên bản không lưu được khi thoát; bản dự phòng {b} mới hơn {m}.
Tiếp tục từ bản dự phòng (lưu vào {m})? (c/k) "
        )
    },
    from_backup: |b| format!("Đã tiếp tục từ bản dự phòng {b}."),
    nowhere_to_paste: "Ở đây không có ô chữ để dán vào; số liệu thì gõ từng chữ số.",
    figure_full: |n| format!("Số liệu kiểm phiếu có nhiều nhất {n} chữ số."),
    still_not_saved: |p| format!("Vẫn chưa lưu được vào {p}."),
    not_exported: |p| format!("Chưa xuất biên bản: {p} giữ nguyên."),
    empty_vote_withdrawn: |item, held, secret| {
        let (what, empty) = match secret {
            false => ("Biểu quyết", "chưa có đơn vị nào biểu quyết"),
            true => ("Bỏ phiếu", "chưa nhập số liệu kiểm phiếu nào"),
        };
        match held {
            false => format!(
                "{what} của nội dung {item} {empty} và nội dung chưa diễn ra: đã bỏ, biên bản không ghi."
            ),
            true => format!(
                "{what} của nội dung {item} được mở khi nội dung không diễn ra và {empty}: đã bỏ, biên bản không ghi."
            ),
        }
    },
    reason_spilled: |r| format!("Lý do: {r}"),
    not_moved: |item| match item {
        Some(n) => format!("Không chuyển nội dung: vẫn ở nội dung {n}."),
        None => "Không chuyển nội dung.".to_string(),
    },
    awards_on_item_not_held: |item| {
        format!("Lưu ý: nội dung {item} chưa diễn ra; khen thưởng ghi ở đây được ghi vào nội dung {item}.")
    },
    vote_on_item_done: |item, secret| {
        let (this, undo) = withdraw(secret);
        format!(
            "Lưu ý: nội dung {item} đã xong; {this} được ghi vào nội dung {item}. Nếu chọn nhầm dòng: {undo}."
        )
    },
    vote_on_item_not_held: |item, current, secret| {
        let (this, undo) = withdraw(secret);
        match current {
            Some(c) => format!(
                "Lưu ý: đang ở nội dung {c}, nội dung {item} chưa diễn ra; {this} được ghi vào nội dung {item}. Nếu chọn nhầm dòng: {undo}."
            ),
            None => format!(
                "Lưu ý: hội nghị chưa bắt đầu, nội dung {item} chưa diễn ra; {this} được ghi vào nội dung {item}. {undo}; muốn bắt đầu nội dung {item}: Esc, rồi Enter."
            ),
        }
    },
    moved_missing: |p| {
        format!(
            "Lần trước biên bản được lưu vào {p}, nhưng không tìm thấy tệp đó (ổ USB chưa cắm?); đang mở bản ở thư mục này."
        )
    },
    moved_older: |p| {
        format!(
            "Biên bản ở thư mục này được ghi sau bản đã lưu vào {p} (ghi tiếp khi không tìm thấy bản đó): đang mở bản mới hơn ở đây; bản kia giữ nguyên."
        )
    },
    resume_with: |c| format!("Lần sau, để mở tiếp biên bản này: {c}"),
    save_as_not_ron: |ext, key| {
        format!(
            "biên bản được lưu dưới dạng .ron, không phải .{ext} (để xuất bản Word, nhấn {key} ở màn hình chương trình)"
        )
    },
    save_as_failed: |p, r| {
        format!(
            "Không lưu được vào {p}: {r}. Chỗ lưu biên bản không đổi; hãy sửa đường dẫn, hoặc Esc để thôi."
        )
    },
    resumed: |p| format!("Tiếp tục biên bản đã có: {p}"),
    resumed_file_changed: "Tệp hội nghị đã thay đổi từ khi bắt đầu biên bản này; biên bản giữ bản cũ. Muốn dùng tệp mới: chạy lại với --new.",
    no_section_item: |kind| {
        let what = match kind {
            crate::conference::ItemKind::Covenant => "ký kết giao ước thi đua",
            _ => "chấm điểm, xếp hạng",
        };
        format!("Chương trình hội nghị không có nội dung {what}: không có chỗ ghi trong biên bản.")
    },
    no_comment: |k| format!("Chưa có ý kiến nào ở đây; nhấn {k} để ghi ý kiến."),
    vote_resumed: |n, secret| match secret {
        false => format!(
            "Tiếp tục biểu quyết ở nội dung {n}, còn mở khi chương trình đóng lần trước; các biểu quyết đã ghi vẫn còn."
        ),
        true => format!(
            "Tiếp tục nhập kết quả kiểm phiếu ở nội dung {n}, còn mở khi chương trình đóng lần trước; các số liệu đã nhập vẫn còn."
        ),
    },
    unknown_key_in_field: |k| format!("Phím {k} không dùng trong ô này."),
    answer_first: |y, n| format!("Hãy trả lời câu hỏi trước: {y} có, {n} không."),
    conference_updated: "Tệp hội nghị đã sửa từ lần mở trước; biên bản chưa ghi gì nên dùng tệp như hiện nay.",
    rehearsal_question: |m, b, p, new| {
        format!(
            "Biên bản {m} bắt đầu ngày {b}, không phải ngày họp {p} (có thể là lần chạy thử).
Bắt đầu biên bản mới tại {new}? (c: biên bản mới, biên bản cũ vẫn giữ · k: mở tiếp biên bản cũ) "
        )
    },
    minutes_saved_in: |p| format!("Biên bản đã lưu tại {p}"),
    emergency_copy: |p| format!("Biên bản chưa lưu được vào chỗ đã chọn; bản dự phòng đã được ghi tại {p}"),
    emergency_failed: |r| format!("Không ghi được cả bản dự phòng ({r})."),
    in_use: |p| {
        format!(
            "Biên bản {p} đang được một hoinghi khác mở. Hãy dùng cửa sổ đó, hoặc chạy với --new để bắt đầu biên bản mới bên cạnh."
        )
    },
    lock_failed: |p, r| format!("Không mở được biên bản {p} để ghi ({r})."),
    kept_offer: |p, new, conference| {
        let command = format!("hoinghi --minutes {new} {}", conference.unwrap_or("TỆP_HỘI_NGHỊ.ron"));
        format!(
            "Tệp biên bản {p} được giữ nguyên, không bị ghi đè. Để bắt đầu biên bản mới bên cạnh, mở tệp hội nghị: {}",
            command.trim_end()
        )
    },
    start_new_question: |new| format!("Bắt đầu biên bản mới tại {new}? (c/k) "),
    minutes_not_ron: |p, ext| {
        format!(
            "--minutes {p}: biên bản được lưu dưới dạng .ron, không phải .{ext}; bản Word được xuất bằng: hoinghi export BIÊN_BẢN.ron"
        )
    },
    minutes_folder_missing: |f| {
        format!(
            "--minutes: không có thư mục {f} (ổ USB chưa cắm?); biên bản không được ghi. Hãy chỉ một thư mục đã có."
        )
    },
    minutes_is_conference: |p| {
        format!(
            "{p} là tệp hội nghị, không phải biên bản; để ghi biên bản của hội nghị đó: hoinghi {p} (thêm --minutes PATH để lưu biên bản ở chỗ khác)."
        )
    },
    answer_yes_or_no: "Hãy trả lời c (có) hoặc k (không): ",
    no_data_dir: "Không tìm được thư mục dữ liệu của người dùng; hãy chỉ chỗ lưu biên bản bằng --minutes PATH.",
    io_reason: |e| {
        use std::io::ErrorKind as K;
        match e.kind() {
            K::NotFound => "không tìm thấy thư mục".into(),
            K::PermissionDenied => "không có quyền ghi".into(),
            K::ReadOnlyFilesystem => "ổ đĩa chỉ cho đọc".into(),
            K::StorageFull => "đĩa đã đầy".into(),
            K::FileTooLarge => "tệp vượt quá giới hạn kích thước".into(),
            K::NotADirectory => "một phần của đường dẫn không phải thư mục".into(),
            K::IsADirectory => "đường dẫn là một thư mục".into(),
            K::AlreadyExists => "đã có một tệp tên này, không ghi đè; hãy đặt tên khác".into(),
            K::ResourceBusy => "tệp đang được một hoinghi khác mở".into(),
            _ => format!("lỗi hệ thống: {e}"),
        }
    },
    in_use_short: "tệp đang được một hoinghi khác mở",
    roll_call_title: "Điểm danh",
    quorum_line: |p, m, n, met, rule| {
        let verdict = if met { "Đủ túc số" } else { "CHƯA đủ túc số" };
        format!("Có mặt {p}/{m} đơn vị · cần {n} ({rule}) · {verdict}")
    },
    col_unit: "Đơn vị",
    col_presence: "Trạng thái",
    col_delegate: "Đại biểu dự họp",
    col_reason: "Lý do / giờ đến",
    present: "có mặt",
    absent: "vắng mặt",
    not_called: "chưa điểm danh",
    arrived: |t| format!("đến lúc {t}"),
    back_at: |t| format!("trở lại {t}"),
    away_since: |t| format!("vắng từ {t}"),
    guests_title: "Đại biểu khách mời (không biểu quyết)",
    absence_reason_title: |u| format!("Lý do vắng mặt: {u} (Enter: ghi · Esc: thôi)"),
    chair_name_title: "Chủ tọa hội nghị: họ và tên (Enter: tiếp · Esc: thôi)",
    chair_role_title: |n| format!("Chức vụ của {n} (Enter: ghi · Esc: thôi)"),
    chair_set: |n| format!("Chủ tọa: {n}. Biên bản ghi theo người này."),
    chair_line: |who, key| format!("Chủ tọa: {who} · {key} sửa"),
    delegate_title: |u| format!("Đại biểu dự họp của {u} (Enter: ghi · Esc: thôi)"),

    round: |n| format!("Vòng {n}"),
    present_at_opening: |p, m, secret, round| {
        let what = if secret { "bỏ phiếu" } else { "biểu quyết" };
        match round {
            Some(n) => format!("Có mặt khi bắt đầu {what} vòng {n}: {p}/{m} đơn vị"),
            None => format!("Có mặt khi {what}: {p}/{m} đơn vị"),
        }
    },
    base_of: |b, v| match v {
        Some(v) => format!("Tỷ lệ tính trên {} ({v})", base(b)),
        None => format!("Tỷ lệ tính trên {}", base(b)),
    },
    needed_votes: |n| format!("cần {n}"),
    choice_for: "Tán thành",
    choice_against: "Không tán thành",
    choice_abstain: "Không biểu quyết",
    not_voted: |u| format!("Chưa biểu quyết: {u}"),
    all_voted: "Tất cả đơn vị có mặt đã biểu quyết.",
    if_closed_now: |o| format!("Nếu kết thúc bây giờ: {o}"),
    elected: |u| format!("{u} trúng cử"),
    not_elected: "không đơn vị nào đạt ngưỡng trúng cử",
    nominated: |u| format!("{u} được suy tôn"),
    not_nominated: "không đơn vị nào đạt ngưỡng, không suy tôn",
    passed: "thông qua",
    rejected: "không thông qua",
    tie: |u| format!("ngang nhau giữa {}", super::joined(u, "và")),
    round_result: |r, o| format!("Vòng {r}: {o}"),
    awaiting_chair: |r, d| {
        format!(
            "Đã bầu {r} vòng, vòng cuối ngang nhau; chủ tọa quyết định. Nhấn số đơn vị được chọn ({d}; 0: không chọn đơn vị nào), rồi ghi lý do."
        )
    },
    awaiting_chair_places: |r, left, d, chosen| {
        format!(
            "Đã bầu {r} vòng, vòng cuối ngang nhau cho {left} vị trí còn lại; chủ tọa quyết định. Nhấn số các đơn vị được chọn ({d}), rồi Enter và ghi lý do; 0: không chọn thêm đơn vị nào. Đã chọn: {chosen}."
        )
    },
    one_place_left: "Vòng này chọn 1 đơn vị cho vị trí còn lại",
    places_rule: |k, secret| {
        let voter = if secret { "mỗi phiếu bầu" } else { "mỗi đơn vị biểu quyết" };
        format!("Chọn {k} đơn vị; {voter} cho tối đa {k} ứng viên")
    },
    elected_elsewhere: |unit, office, n| format!("Lưu ý: {unit} đã trúng cử {office} (nội dung {n})."),
    chosen_units: |u| format!("được chọn: {u}"),
    places_unfilled: |n| format!("{n} vị trí còn lại không có đơn vị nào đạt ngưỡng"),
    pick_places: |k, o, p| {
        format!(
            "Các đơn vị còn lại cùng ý: nhấn số các ứng viên (tối đa {k}; nhấn lại để bỏ), rồi Enter. {o}. Đã chọn: {p}. Esc: thôi."
        )
    },
    pick_first: "Hãy nhấn số của lựa chọn trước.",
    chair_places: |n| {
        format!(
            "Chủ trì chỉ chọn tối đa {n} đơn vị cho các vị trí còn lại; nhấn lại số của một đơn vị đã chọn để bỏ."
        )
    },
    no_such_choice: |d| format!("Không có lựa chọn số {d}."),
    nobody_more: "không chọn thêm đơn vị nào",
    places_result: |u| format!("Kết quả: được chọn {u}"),
    proposed_head: |head, u| format!("Theo quy chế: {u} được đề xuất làm {head} tiếp theo."),
    head_tied: |head, u| {
        format!("{u} có số phiếu bằng nhau: chưa xác định đơn vị được đề xuất làm {head} tiếp theo.")
    },
    chair_decision: |u, r| {
        format!("Chủ tọa quyết định: {} (lý do: {r})", u.unwrap_or("không chọn đơn vị nào"))
    },
    nobody: "không đơn vị nào",
    no_more_rounds: |r, k| {
        format!(
            "Đã bầu đủ {r} vòng theo quy chế: điều hội nghị quyết định tiếp theo ghi vào ghi chú của mục ({k} ở màn hình chương trình)."
        )
    },
    poll_closed_hint: "Biểu quyết đã kết thúc. Nhấn r để mở lại và sửa (phải ghi lý do; số liệu cũ được giữ).",
    corrections: |rounds| {
        let each: Vec<String> = rounds.iter().map(|(r, n)| format!("vòng {r}: {n} lần")).collect();
        format!("Sửa sau khi kết thúc: {}", each.join(", "))
    },
    secret_note: "Bỏ phiếu kín: chỉ ghi số liệu kiểm phiếu.",
    issued: "Phiếu phát ra",
    returned: "Phiếu thu vào",
    valid: "Phiếu hợp lệ",
    invalid: "Phiếu không hợp lệ",
    votes_for: |c| format!("Số phiếu: {c}"),
    ballot_problem,
    figures_ok: "Số liệu khớp.",
    figures_blank: |n, first| match n {
        1 => format!("chưa nhập: {first} (không có phiếu nào thì nhập 0)"),
        n => format!("chưa nhập {n} ô, từ “{first}” (không có phiếu nào thì nhập 0)"),
    },
    no_result_yet: "Chưa có kết quả: số liệu kiểm phiếu chưa đủ hoặc chưa khớp.",
    ballot_blank: "Còn ô chưa nhập; con trỏ đã ở ô đó (không có phiếu nào thì nhập 0).",
    close_round_question: |r, o| match r {
        Some(r) => format!("Kết thúc vòng {r}? Kết quả: {o}."),
        None => format!("Kết thúc biểu quyết? Kết quả: {o}."),
    },
    tie_then: |r| match r {
        Some(r) => format!(" Các đơn vị ngang nhau sẽ được bầu lại ở vòng {r}."),
        None => " Đây là vòng bầu cuối cùng theo quy chế: chủ tọa sẽ quyết định.".into(),
    },
    revote_question: |r, c, k| match k {
        1 => format!("Hội nghị bầu lại vòng {r} giữa: {c}?"),
        k => format!("Hội nghị bầu lại vòng {r} giữa: {c}, chọn {k} đơn vị?"),
    },
    revote_opened: |r| format!("Đã mở vòng {r} (bầu lại)."),
    vote_not_held: |n, k| {
        format!("Nội dung {n} đã xong mà chưa biểu quyết; nếu cần, chọn nội dung {n} và nhấn {k}.")
    },
    revote_hint: |r| format!("Nếu hội nghị bầu lại: nhấn b để mở vòng {r}."),
    not_voted_yet: |names| format!("Chưa biểu quyết: {names}. "),
    text_continues: "… còn nữa (Enter: xem và sửa toàn văn)",
    answer_continues: |k| format!("… còn nữa ({k}: xem và sửa toàn văn)"),
    unanimous_question: |n, c| format!("Ghi “{c}” cho {n} đơn vị chưa biểu quyết?"),
    pick_unanimous: |o| format!("Các đơn vị còn lại cùng ý: nhấn số của lựa chọn ({o}). Esc: thôi."),
    reopen_title: "Lý do mở lại để sửa (bắt buộc; Enter: ghi · Esc: thôi)",
    covenant_item_title: |n| match n {
        Some(n) => format!("Sửa điều {n} của giao ước (Enter: ghi · Esc: thôi)"),
        None => "Thêm một điều vào cuối giao ước (Enter: ghi · Esc: thôi)".into(),
    },
    leave_open_vote: |n, secret| {
        let what = if secret { "Bỏ phiếu" } else { "Biểu quyết" };
        format!(
            "{what} ở nội dung {n} chưa kết thúc. Vẫn chuyển nội dung? {what} vẫn mở; muốn kết thúc: chọn nội dung {n}, nhấn v."
        )
    },
    clear_score: |v, c, u| format!("Xóa điểm {v} ở cột {c} của {u}?"),
    edit_signed_covenant: |n| {
        format!(
            "Đã có {n} đơn vị ký theo nội dung giao ước hiện tại. Vẫn sửa nội dung? (các đơn vị đó vẫn được ghi là đã ký)"
        )
    },
    remove_covenant_item: |n, t| {
        format!(
            "Bỏ điều {n} của giao ước: “{t}”? Tệp biên bản (.ron) vẫn lưu lại điều đã bỏ và thời điểm bỏ."
        )
    },
    presiding_now: |u| format!("{u} chủ trì ký kết giao ước."),
    covenant_contents: |on| {
        if on {
            "Nội dung giao ước (Tab: về danh sách đơn vị)"
        } else {
            "Nội dung giao ước (Tab: sửa, thêm, bỏ)"
        }
        .into()
    },
    awards_title: |n, t, proposed| {
        format!("{} · {n}. {t}", if proposed { "Đề nghị khen thưởng" } else { "Khen thưởng" })
    },
    no_awards: "Chưa ghi khen thưởng nào cho nội dung này. Nhấn n để thêm.",
    awarded: |c, i| match (c, i) {
        (0, 0) => "chưa ghi người nhận".into(),
        (c, 0) => format!("{c} tập thể"),
        (0, i) => format!("{i} cá nhân"),
        (c, i) => format!("{c} tập thể và {i} cá nhân"),
    },
    granted_by_label: "Cấp khen",
    decision_label: "Quyết định",
    unnamed_line: |c| format!("Không nêu tên: {c}"),
    collective_recipient: |n| format!("Tập thể: {n}"),
    individual_recipient: |n, u| match u {
        Some(u) => format!("Cá nhân: {n} ({u})"),
        None => format!("Cá nhân: {n}"),
    },
    no_recipients: "Chưa nêu tên tập thể, cá nhân nào (Tab rồi t: tập thể, i: cá nhân; s: chỉ ghi số lượng).",
    awards_of_item: |c| format!("Cộng: {c}"),
    pick_award: |o| {
        format!(
            "Thêm khen thưởng: nhấn số của hình thức trong tệp hội nghị ({o}); 0 hoặc Enter: nhập hình thức khác. Esc: thôi."
        )
    },
    award_name_title: "Hình thức khen thưởng (Enter: tiếp · Esc: thôi)",
    award_name_example: "ví dụ: Bằng khen của Chủ tịch UBND Thành phố",
    award_grantor_title: "Cấp khen: người, cơ quan ký (có thể để trống; Enter: tiếp)",
    award_decision_title: "Số, ngày quyết định (có thể để trống; Enter: ghi)",
    unnamed_title: |c, last| {
        let who = if c { "tập thể" } else { "cá nhân" };
        format!("Tổng số {who} được khen, kể cả đã nêu tên (Enter: {})", if last { "ghi" } else { "tiếp" })
    },
    collective_title: "Tập thể được khen: đơn vị thành viên hoặc tập thể khác (Enter: ghi)",
    individual_name_title: "Họ tên cá nhân được khen (Enter: tiếp)",
    individual_unit_title: |n| {
        format!("{n} thuộc đơn vị nào: đơn vị thành viên hoặc cơ quan khác (Enter: ghi)")
    },
    member_unit_note: |n| format!("→ đơn vị thành viên: {n}"),
    other_collective_note: "→ tập thể ngoài khối, ghi theo tên đã gõ",
    unit_blank_note: "→ để trống: không thuộc đơn vị thành viên nào",
    delete_award: |a| format!("Xóa khen thưởng “{a}”? Tệp biên bản vẫn lưu mục này, nhưng không in ra."),
    remove_recipient: |n| format!("Bỏ “{n}” khỏi danh sách được khen?"),
    no_award: "Chưa có khen thưởng nào; nhấn n để thêm.",
    no_recipient: "Khen thưởng này chưa nêu tên ai; nhấn t hoặc i để thêm.",
    fewer_than_named: |n| format!("Tổng số không thể ít hơn {n} đã nêu tên."),
    nobody_present: |k| {
        format!(
            "Chưa có đơn vị nào có mặt: điểm danh trước (nhấn Esc rồi {k}), hoặc đánh dấu từng đơn vị bằng c."
        )
    },
    award_exists: |a| {
        format!(
            "“{a}” đã có trong danh sách của nội dung này (con trỏ đang ở đó); để ghi thêm một quyết định nữa, nhấn n rồi 0 và gõ tên."
        )
    },
    bad_count: |t| format!("“{t}” không phải một số lượng (ví dụ: 7)."),
    other_body_note: |t| format!("→ không phải đơn vị thành viên: ghi “{t}” sau tên người"),
    delegate_example: "Chức vụ ghi sau dấu phẩy, ví dụ: Nguyễn Văn An, Phó Giám đốc",
    delegate_known: |n, t| format!("→ biên bản ghi: {n}, {t}"),
    several_units: |names| {
        format!(
            "Khớp {} đơn vị thành viên: {}; gõ thêm cho rõ đơn vị nào.",
            names.len(),
            some_of(names, "và", "đơn vị khác")
        )
    },
    award_refused: |e| {
        use crate::awards::AwardError as E;
        match e {
            E::BlankAward | E::BlankName => "Cần ghi tên.".into(),
            E::UnknownUnit(u) => format!("Không có đơn vị thành viên “{u}”."),
            E::CollectivesOnly => "Hình thức này chỉ tặng cho tập thể, không tặng cho cá nhân.".into(),
            E::IndividualsOnly => "Danh hiệu này chỉ tặng cho cá nhân, không tặng cho tập thể.".into(),
            E::AlreadyListed => {
                "Đã có trong danh sách được khen của hình thức này; không ghi lần nữa.".into()
            }
            E::NoSuchEntry(_) | E::NoSuchKind(_) | E::NoSuchRecipient(_) => {
                "Không còn khen thưởng đó (có thể đã bị xóa).".into()
            }
        }
    },
    chair_reason_title: |c| format!("Chủ tọa chọn: {c}. Lý do (bắt buộc; Enter: ghi · Esc: thôi)"),

    not_a_vote: "Nội dung đang chọn không có biểu quyết.",
    no_quorum: |p, m, n, k| {
        format!(
            "Chưa đủ túc số để biểu quyết: có mặt {p}/{m} đơn vị, cần ít nhất {n}. Nhấn {k} để điểm danh."
        )
    },
    vote_refused: |e| {
        use crate::poll::VoteError as V;
        match e {
            V::NotPresent(_) => "Đơn vị này không có mặt khi mở biểu quyết nên không biểu quyết được.".into(),
            V::NotACandidate(_) => "Đơn vị đó không phải ứng viên của vòng này.".into(),
            V::WrongKind(_) => "Lựa chọn này không dùng cho cuộc biểu quyết này.".into(),
            V::TooManyMarks { places } => format!(
                "Mỗi đơn vị chỉ chọn tối đa {places} ứng viên; nhấn lại số của một ứng viên đã chọn để bỏ."
            ),
            V::Closed => "Vòng này đã kết thúc; nhấn r để mở lại và sửa (có lý do).".into(),
            V::SecretBallot => "Bỏ phiếu kín: hãy nhập số liệu kiểm phiếu.".into(),
        }
    },
    round_closed: |o| format!("Đã kết thúc vòng: {o}."),
    ballot_problems: "Số liệu kiểm phiếu chưa khớp (xem các dòng ✗ bên dưới); chưa ghi.",
    nothing_to_close: "Không có vòng nào đang mở.",
    chair_decided: "Đã ghi quyết định của chủ tọa.",
    reopened: "Đã mở lại để sửa; số liệu cũ được giữ trong biên bản.",
    reason_needed: "Cần ghi lý do.",
    unanimous_done: |n| format!("Đã ghi nhất trí cho {n} đơn vị."),
    remaining_done: |n| format!("Đã ghi biểu quyết cho {n} đơn vị còn lại."),
    present_recounted: |p, m| format!("Chưa đơn vị nào biểu quyết: tính lại số đơn vị có mặt, {p}/{m}."),
    absent_cannot_preside: |unit| {
        format!(
            "{unit} đang được ghi vắng mặt: không thể chủ trì ký kết. Nếu đơn vị đã có mặt, hãy sửa ở màn hình điểm danh trước."
        )
    },
    not_signing_cannot_preside: |unit| {
        format!("{unit} được ghi không ký giao ước: không thể chủ trì ký kết. Nếu đơn vị ký, nhấn c trước.")
    },
    presiding_absent: |unit, u, p| {
        format!(
            "{unit} vắng mặt mà đang được ghi chủ trì ký kết giao ước: hãy chọn đơn vị chủ trì khác ({u}, rồi {p})."
        )
    },
    presiding_must_sign: |unit, k| {
        format!("{unit} đang chủ trì ký kết: nếu đơn vị không ký, hãy chọn đơn vị chủ trì khác ({k}) trước.")
    },
    absent_cannot_sign: |unit| {
        format!(
            "{unit} đang được ghi vắng mặt ở điểm danh: không ghi ký giao ước. Nếu đơn vị đã có mặt, hãy sửa ở màn hình điểm danh trước."
        )
    },
    left_cannot_vote: |unit| {
        format!(
            "{unit} đã được ghi vắng mặt sau khi bắt đầu biểu quyết: không ghi biểu quyết cho đơn vị này. Nếu ghi vắng nhầm, hãy sửa ở màn hình điểm danh."
        )
    },
    left_mark: "— đã vắng",
    left_not_voting: |u| format!("Đã vắng, không biểu quyết: {u}"),
    came_not_voting: |u| format!("Đến sau khi bắt đầu, không biểu quyết: {u}"),
    left_during_vote: |unit, item| {
        format!(
            "{unit} vắng khi đang biểu quyết ở nội dung {item}: vẫn tính trong số đơn vị có mặt của biểu quyết đó; “nhất trí” không ghi thay đơn vị này."
        )
    },
    came_during_vote: |unit, item| {
        format!(
            "{unit} có mặt khi biểu quyết ở nội dung {item} đã có đơn vị biểu quyết: không tính đơn vị này trong biểu quyết đó."
        )
    },
    delegate_marks_present: |reason| match reason {
        "" => "Đơn vị đang vắng mặt: Enter ghi đại biểu và đánh dấu đơn vị có mặt từ bây giờ.".into(),
        r => format!("Đơn vị đang vắng mặt ({r}): Enter ghi đại biểu và đánh dấu đơn vị có mặt từ bây giờ."),
    },
    delegate_of_gone_note: |reason| match reason {
        "" => "Đơn vị đã rời hội nghị: Enter ghi người đã dự họp; đơn vị vẫn ghi đã rời.".into(),
        r => format!("Đơn vị đã rời hội nghị ({r}): Enter ghi người đã dự họp; đơn vị vẫn ghi đã rời."),
    },
    delegate_of_gone: |unit, key| {
        format!("Đã ghi đại biểu dự họp của {unit}; đơn vị vẫn ghi đã rời hội nghị ({key} nếu đã trở lại).")
    },
    present_with_delegate: |unit, was_absent| match was_absent {
        true => format!("{unit} có mặt từ bây giờ (trước đó vắng mặt); đã ghi đại biểu dự họp."),
        false => format!("{unit} có mặt; đã ghi đại biểu dự họp."),
    },
    all_present_done: |n| match n {
        0 => "Mọi đơn vị đã được điểm danh; không còn đơn vị nào để ghi.".into(),
        n => format!("Đã ghi {n} đơn vị có mặt."),
    },
    not_counted_in_vote: |item| {
        format!(
            "Biểu quyết ở nội dung {item} đã có đơn vị biểu quyết: không tính các đơn vị này trong biểu quyết đó."
        )
    },
    discard_comment: "Bỏ ý kiến đang ghi? Những gì đã gõ sẽ mất.",
    discard_comment_edit: "Bỏ những chỗ vừa sửa? Ý kiến giữ nguyên như trước khi sửa.",
    discard_note: "Bỏ những thay đổi của diễn biến?",
    discard_line: "Bỏ những gì vừa gõ trong ô này?",
    delete_comment: |u, t| {
        format!("Xóa ý kiến của {u}: “{t}”? (Bản cũ vẫn được giữ trong lịch sử của biên bản.)")
    },
    response_title: |taken| {
        if taken {
            "Tiếp thu: nội dung tiếp thu (có thể để trống; Enter: ghi · Esc: thôi)"
        } else {
            "Giải trình: nội dung giải trình (bắt buộc; Enter: ghi · Esc: thôi)"
        }
    },
    replace_response: |u, taken| {
        if taken {
            format!(
                "Ý kiến của {u} đã ghi giải trình. Đổi thành tiếp thu? (Nội dung giải trình sẽ thay bằng nội dung tiếp thu.)"
            )
        } else {
            format!(
                "Ý kiến của {u} đã ghi tiếp thu. Đổi thành giải trình? (Nội dung tiếp thu sẽ thay bằng nội dung giải trình.)"
            )
        }
    },
    unit_needed: "Hãy chọn đơn vị phát biểu trước.",
    unit_search_pending: "Ô đơn vị còn chữ đang tìm: Enter để chọn đơn vị, hoặc xóa hết chữ để giữ đơn vị cũ.",
    empty_text: "Ô này chưa có nội dung: hãy gõ vào rồi nhấn Enter (Esc: thôi).",
    empty_comment: "Ý kiến chưa có nội dung.",
    already_current: |n| format!("Nội dung {n} đang diễn ra."),
    nothing_to_clear: "Ở đây chưa có gì để xóa.",
    total_of_criteria: "Tổng tự chấm là tổng điểm các tiêu chí đã ghi; muốn chỉ ghi tổng, hãy xóa điểm các tiêu chí trước.",
    comment_saved: "Đã ghi ý kiến.",
    comment_deleted: "Đã xóa ý kiến (bản cũ vẫn giữ trong lịch sử biên bản).",
    responded: "Đã ghi.",
    over_max_question: |criterion, max, typed| {
        let limit = match criterion {
            Some(code) => format!("Tiêu chí {code} tối đa {max} điểm"),
            None => format!("Thang điểm {max}"),
        };
        format!("{limit}. Vẫn ghi {typed} điểm? (Điểm vượt tối đa được ghi chú trong biên bản; k: sửa lại.)")
    },
    empty_answer: "Giải trình cần có nội dung: hãy ghi nội dung giải trình, hoặc Esc để thôi.",
    note_saved: "Đã ghi diễn biến.",
    draft_resumed: "Tiếp tục phần đang ghi dở lần trước.",
    comments_title: "Ý kiến góp ý",
    scope_item: |n, t| format!("Nội dung {n}. {t}"),
    scope_unit: |u| format!("{u} (cả hội nghị)"),
    no_comments: |k| format!("Chưa có ý kiến nào. Nhấn {k} để ghi ý kiến mới."),
    col_time: "Giờ",
    col_speaker: "Đơn vị – người phát biểu",
    col_item_speaker: "Thuộc nội dung",
    item_short: |n| format!("Nội dung {n}"),
    col_content: "Nội dung",
    col_response: "Xử lý",
    taken_up: "tiếp thu",
    answered: "giải trình",
    compose_title: |n, t| format!("Ghi ý kiến · Nội dung {n}. {t}"),
    edit_title: |n, t| format!("Sửa ý kiến · Nội dung {n}. {t}"),
    label_unit: "Đơn vị",
    label_speaker: "Người phát biểu",
    unit_search_keys: "↑↓ chọn, Enter lấy đơn vị",
    hint_next: "tiếp",
    hint_by_item: "theo nội dung",
    unit_pending_hint: "đang tìm, chưa chọn đơn vị",
    unit_kept_hint: "đang chọn; gõ để tìm đơn vị khác",
    unit_search_hint: |e| format!("gõ một phần tên, có dấu hoặc không (“{e}”); ↑↓ rồi Enter"),
    speaker_hint: "không bắt buộc; Enter: sang nội dung",
    speaker_hint_short: "Enter: tiếp",
    unit_recorded_absent: "đơn vị này đang ghi vắng mặt",
    no_unit_matches: "Không có đơn vị nào khớp; xóa bớt chữ hoặc gõ tên khác.",
    label_text: "Nội dung ý kiến",
    characters: |n| format!("{n} ký tự"),
    note_title: |n, t| format!("Diễn biến · Nội dung {n}. {t}"),
    label_answer: "Trả lời",
    label_note: "Diễn biến",
    scoring_title: "Chấm điểm, xếp hạng",
    no_scale: "không có thang điểm (không đối chiếu mức tối đa)",
    col_agreed: "Thống nhất",
    col_rank: "Hạng",
    col_total: "Tự chấm",
    over_max: "! vượt điểm tối đa",
    ranking_line: "Xếp hạng",
    score_title: |u, f| format!("Điểm {f} của {u} (ví dụ 27,5; để trống để xóa; Enter: ghi · Esc: thôi)"),
    bad_score: |t, too_precise| {
        if too_precise {
            format!("\"{t}\": điểm chỉ ghi được đến một chữ số thập phân (như 27,5).")
        } else {
            format!("\"{t}\" không phải số điểm; hãy gõ như 27 hoặc 27,5.")
        }
    },
    covenant_title: "Ký kết giao ước thi đua",
    no_covenant: "Tệp hội nghị chưa ghi nội dung giao ước; vẫn ghi được đơn vị nào đã ký.",
    presiding: |u| format!("Chủ trì ký kết: {u}"),
    signed_at: |t| format!("đã ký {t}"),
    not_signed: "chưa ký",
    signing_count: |s, a, d, u, m| {
        let declined = if d > 0 { format!(" · có mặt, không ký {d}") } else { String::new() };
        let unrecorded = if u > 0 { format!(" · không ký {u}") } else { String::new() };
        format!("Đã ký {s}/{m} đơn vị · vắng {a}{declined}{unrecorded}")
    },
    declined: "có mặt, không ký",
    not_signing: "không ký",
    not_signing_title: |u| format!("Không ký, lý do: {u} (Enter: ghi · Esc: thôi)"),
    signed_now: |n| format!("Đã ghi {n} đơn vị có mặt cùng ký."),
    arg_bad_value: |v, a, c| format!("“{v}” không phải một giá trị của {a}; chọn một trong: {c}."),
    arg_no_value: |a| format!("{a} cần một giá trị ngay sau nó."),
    arg_unknown: |w, near| match near {
        Some(n) => format!("Không hiểu “{w}” trên dòng lệnh (có phải {n}?)."),
        None => format!("Không hiểu “{w}” trên dòng lệnh."),
    },
    arg_missing: |w| format!("Còn thiếu: {w}."),
    arg_twice: |a| format!("{a} chỉ được ghi một lần trên dòng lệnh."),
    arg_takes_no_value: |a| format!("{a} không kèm giá trị nào."),
    arg_usage: "Xem cách dùng: hoinghi --help",
    cli: CliHelp {
        about: "Thư ký hội nghị Khối thi đua: chương trình, điểm danh, biểu quyết, biên bản.",
        usage: "Cách dùng:",
        usage_main: "hoinghi [TỆP] [TÙY CHỌN]\nhoinghi <LỆNH> [TÙY CHỌN]",
        usage_init: "hoinghi init [ĐƯỜNG_DẪN] [--force]",
        usage_check: "hoinghi check <TỆP>",
        usage_export: "hoinghi export <BIÊN_BẢN> [--format <docx|md|html>] [-o <ĐƯỜNG_DẪN>] [--force]",
        commands: "Lệnh",
        arguments: "Đối số",
        options: "Tùy chọn",
        help: "In hướng dẫn này",
        version: "In số phiên bản",
        file: "Tệp hội nghị cần mở; không có thì mở hội nghị mẫu kèm theo (Khối thi đua 1)",
        file_value: "TỆP",
        lang: "Ngôn ngữ giao diện: vi (tiếng Việt, mặc định) hoặc en (tiếng Anh)",
        lang_value: "vi|en",
        theme: "Bảng màu: default (mặc định), light, high-contrast, hoặc tệp TÊN.ron trong thư mục cấu hình",
        theme_value: "TÊN",
        minutes: "Nơi giữ biên bản (mặc định: thư mục dữ liệu, tên theo khối và ngày)",
        path_value: "ĐƯỜNG_DẪN",
        new: "Bắt đầu biên bản mới bên cạnh biên bản đã có (biên bản cũ không bao giờ bị ghi đè)",
        init: "Viết một tệp hội nghị mẫu có chú thích để điền vào",
        init_path: "Nơi viết tệp (mặc định: hoi-nghi.ron)",
        force: "Ghi đè tệp đã có",
        check: "Kiểm tra một tệp hội nghị mà không mở màn hình",
        check_file: "Tệp cần kiểm tra",
        export: "Xuất biên bản để ký: Word (docx), Markdown (md) hoặc HTML",
        export_minutes: "Tệp biên bản (.ron) cần xuất",
        minutes_value: "BIÊN_BẢN",
        export_format: "Định dạng: docx, md hoặc html (mặc định: theo đuôi tên đặt bằng -o, không có thì docx)",
        format_value: "docx|md|html",
        export_output: "Nơi viết (mặc định: bên cạnh biên bản, tên theo khối và ngày)",
    },
    held_on_another_day: |held, planned| {
        format!("Lưu ý: biên bản ghi ngày họp {held} theo đồng hồ máy; tệp hội nghị ghi {planned}.")
    },
    check_ok: |bloc, items, units, minutes| {
        format!("Tệp hợp lệ: {bloc}, {items} nội dung, {units} đơn vị thành viên, dự kiến {minutes} phút.")
    },
    check_unfilled: |lines| {
        format!(
            "Lưu ý: còn chỗ chưa điền (dấu …, hoặc tên mẫu như Nguyễn Văn A) ở dòng {lines}; nếu để nguyên, biên bản sẽ ghi đúng như vậy."
        )
    },
    check_date_past: |d| format!("Lưu ý: ngày họp {d} đã qua; nếu là hội nghị sắp tới, hãy sửa date."),
    init_hint: |f| {
        format!(
            "Lệnh sau ghi vào tệp này một tệp hội nghị mẫu có chú thích để điền: hoinghi init --force {f}"
        )
    },
    check_title_as_name: |chair, name| {
        let (who, key) = if chair { ("chủ trì", "chair") } else { ("thư ký", "secretary") };
        format!(
            "Lưu ý: tên {who} \"{name}\" là chức vụ, không phải họ tên, mà biên bản ký dưới tên này; hãy ghi họ tên vào {key}.name (chức vụ vào title){}.",
            if chair { ", hoặc sửa khi điểm danh (phím t)" } else { "" }
        )
    },
    check_minutes_ok: |bloc, date, f| {
        format!(
            "Đây là tệp biên bản (không phải tệp hội nghị), hợp lệ: {bloc}, hội nghị ngày {date}. Mở tiếp: hoinghi {f} · Xuất biên bản: hoinghi export {f}"
        )
    },
    template: crate::sample::TEMPLATE,
    init_written: |p| format!("Đã ghi tệp hội nghị mẫu vào {p}. Hãy sửa tệp rồi chạy: hoinghi check {p}"),
    init_exists: |p| format!("{p} đã có; không ghi đè. Chọn tên khác hoặc thêm --force."),
    write_failed: |p, r| format!("Không ghi được {p}: {r}."),
    terminal_failed: |r| format!("Lỗi màn hình: {r}."),
    not_a_terminal: "hoinghi cần chạy trong một cửa sổ dòng lệnh (terminal): đầu vào hoặc đầu ra đang là tệp hay ống dẫn. Để kiểm tra một tệp hội nghị mà không mở màn hình, dùng: hoinghi check TỆP.",
    file_error,
    export_written: |p| format!("Đã xuất biên bản: {p}"),
    export_exists: |p| format!("{p} đã có; không ghi đè. Chọn tên khác bằng -o, hoặc thêm --force."),
    export_unknown_extension: |p, e| {
        format!(
            "Tên tệp {p} có đuôi .{e}, không phải định dạng xuất được: hãy đặt đuôi .docx (Word), .md hoặc .html, hoặc chọn bằng --format."
        )
    },
    export_format_mismatch: |p, f| {
        format!(
            "Tên tệp {p} không phải tệp .{f} như --format yêu cầu: đặt tên đuôi .{f}, hoặc bỏ --format để xuất theo đuôi tên tệp."
        )
    },
    export_failed: |p, r| format!("Không xuất được biên bản vào {p}: {r}."),
    overwrite_export: |p| format!("Đã có tệp {p}.\nGhi đè bằng biên bản mới?"),
    export_needs_minutes: |p| {
        format!(
            "{p} là tệp hội nghị, không phải biên bản; hãy mở nó bằng hoinghi để ghi biên bản rồi xuất tệp biên bản."
        )
    },
};

/// A vote opened on the wrong row: what it is called, and how it is taken back while nothing
/// is in it (for a secret ballot, no figure typed).
fn withdraw(secret: bool) -> (&'static str, &'static str) {
    match secret {
        false => ("biểu quyết này", "Esc khi chưa có đơn vị nào biểu quyết là bỏ biểu quyết này"),
        true => ("bỏ phiếu này", "Esc khi chưa nhập số liệu kiểm phiếu nào là hủy bỏ phiếu này"),
    }
}

/// A stretch of minutes as said aloud: "45 phút", "2 giờ", "14 giờ 17 phút".
fn hours_minutes(m: i64) -> String {
    match (m / 60, m % 60) {
        (0, m) => format!("{m} phút"),
        (h, 0) => format!("{h} giờ"),
        (h, m) => format!("{h} giờ {m} phút"),
    }
}

fn date_long(d: NaiveDate) -> String {
    let day = match d.weekday() {
        Weekday::Mon => "Thứ Hai",
        Weekday::Tue => "Thứ Ba",
        Weekday::Wed => "Thứ Tư",
        Weekday::Thu => "Thứ Năm",
        Weekday::Fri => "Thứ Sáu",
        Weekday::Sat => "Thứ Bảy",
        Weekday::Sun => "Chủ nhật",
    };
    format!("{day}, {}", super::date_short(d))
}

/// The whole inside the threshold, in Vietnamese word order: "từ 2/3 số đơn vị có mặt trở lên".
fn pass_rule(t: Threshold, b: Base) -> String {
    crate::export::vietnamese::threshold_of(t, base(b))
}

fn file_error(e: &FileError) -> String {
    let at = if e.line > 0 {
        format!("{}, dòng {}, cột {}", e.file.display(), e.line, e.column)
    } else {
        e.file.display().to_string()
    };
    format!("{at}: {}", problem(&e.problem))
}

fn problem(p: &Problem) -> String {
    match p {
        Problem::Unreadable(r) => format!("không đọc được tệp ({r})."),
        Problem::Missing => "không có tệp này; hãy kiểm tra tên và thư mục.".into(),
        Problem::IsFolder => "đây là một thư mục, không phải tệp; hãy ghi tên tệp trong thư mục.".into(),
        Problem::EmptyFile => "tệp trống, chưa có nội dung nào.".into(),
        Problem::NotUtf8 => "tệp không phải văn bản Unicode (UTF-8), có lẽ được gõ bằng bảng mã cũ như TCVN3, VNI hoặc Windows-1258; hãy lưu lại tệp với bảng mã UTF-8.".into(),
        Problem::Utf16 => "tệp được lưu dạng UTF-16 (Notepad gọi là “Unicode”), không phải UTF-8; hãy lưu lại tệp với bảng mã UTF-8.".into(),
        Problem::NotText(kind) => format!(
            "đây là {}, không phải tệp văn bản .ron; hãy chọn đúng tệp .ron.",
            match kind {
                NotText::Zip => "một tài liệu Word (.docx) hoặc một tệp nén",
                NotText::Pdf => "một tệp PDF",
                NotText::OldOffice => "một tài liệu Word hoặc Excel kiểu cũ (.doc, .xls)",
                NotText::Binary => "một tệp dữ liệu nhị phân",
            }
        ),
        Problem::Syntax(e) => syntax(e),
        Problem::NewerVersion { found, supported } => format!(
            "tệp có format_version {found}, do phiên bản hoinghi mới hơn tạo ra; phiên bản này chỉ đọc được tới {supported}. Hãy cập nhật hoinghi."
        ),
        Problem::BadVersion(v) => {
            format!("format_version {v} không tồn tại; hãy ghi format_version: 1.")
        }
        Problem::BadDate(t) => format!(
            "ngày \"{t}\" không có thật hoặc sai cách viết; hãy viết như \"2024-01-16\" hoặc \"16/01/2024\", năm đủ bốn chữ số."
        ),
        Problem::BadTime(t) => {
            format!("giờ \"{t}\" không đúng; hãy viết như \"08:00\" hoặc \"14:30\".")
        }
        Problem::BadColour(t) => format!(
            "màu \"{t}\" không đúng; hãy dùng tên màu (\"yellow\", \"dark gray\"), mã \"#rrggbb\" hoặc số 0–255."
        ),
        Problem::Empty(field) => format!("{field} không được để trống; hãy điền nội dung."),
        Problem::NoUnits => "chưa có đơn vị thành viên nào; hãy khai báo ít nhất một đơn vị trong units.".into(),
        Problem::BadUnitId(id) => format!(
            "mã đơn vị \"{id}\" không dùng được; mã phải có ít nhất một ký tự, không có dấu cách hay ký tự vô hình, ví dụ \"snv\"."
        ),
        Problem::SameUnitName { field, text, first } => {
            let what = if field == "short" { "tên ngắn" } else { "tên" };
            format!(
                "đơn vị này có {what} \"{text}\" trùng với đơn vị \"{first}\"; mỗi đơn vị cần {what} riêng (dòng chép lại mà chưa sửa tên?)."
            )
        }
        Problem::DuplicateUnit(id) => {
            format!("mã đơn vị \"{id}\" bị trùng; mỗi đơn vị cần một mã riêng.")
        }
        Problem::UnknownUnit(id) => format!(
            "\"{id}\" không phải mã của đơn vị thành viên nào; hãy dùng một mã đã khai báo trong units."
        ),
        Problem::DuplicateCandidate(id) => {
            format!("đơn vị \"{id}\" có tên hai lần trong danh sách ứng viên; hãy xóa một lần.")
        }
        Problem::EmptyAgenda => "chương trình (agenda) chưa có nội dung nào; hãy thêm ít nhất một nội dung.".into(),
        Problem::ZeroMinutes => "thời lượng dự kiến là 0 phút; hãy ghi số phút lớn hơn 0.".into(),
        Problem::BadThreshold(t) => {
            let (n, d) = t.fraction();
            format!(
                "ngưỡng {n}/{d} không dùng được; phân số phải lớn hơn 0 và không quá 1 (\"quá\" thì phải nhỏ hơn 1), ví dụ MoreThan(1, 2) hoặc AtLeast(2, 3)."
            )
        }
        Problem::ZeroRounds => "số vòng bầu tối đa là 0; hãy ghi ít nhất 1.".into(),
        Problem::VoteMissing => "nội dung biểu quyết hoặc bầu cử này chưa ghi vote; hãy khai báo nội dung biểu quyết, hình thức và ứng viên.".into(),
        Problem::NoCandidates => "danh sách ứng viên đang trống; hãy ghi mã các đơn vị ứng cử.".into(),
        Problem::ElectionNeedsOffice => "bầu cử phải bầu một chức danh: hãy dùng Office(office: …, candidates: […]) thay cho Motion.".into(),
        Problem::BaseNeedsBallots(b) => format!(
            "tỷ lệ tính trên {} chỉ dùng được khi bỏ phiếu kín; hãy đổi method thành SecretBallot hoặc base thành Present.",
            base(*b)
        ),
        Problem::BadHalf(h) => format!("nửa năm {h} không có; hãy ghi 1 (6 tháng đầu năm) hoặc 2 (6 tháng cuối năm)."),
        Problem::BadYears(a, b) => format!("giai đoạn {a}–{b} có năm đầu sau năm cuối; hãy đổi lại thứ tự."),
        Problem::YearFarFromDate { year, .. } if *year < 100 => {
            format!("năm {year} viết thiếu chữ số; hãy ghi đủ bốn chữ số, như {}.", 2000 + year)
        }
        Problem::YearFarFromDate { year, held } => format!(
            "năm {year} không khớp với ngày họp (năm {held}): kỳ tổng kết, sơ kết kết thúc trong các năm {}–{}; hãy sửa năm ở đây hoặc ngày họp (date).",
            held - 2,
            held + 1
        ),
        Problem::TooManyMinutes(m) => {
            format!("thời lượng dự kiến {m} phút (hơn 8 giờ) là quá dài cho một nội dung; hãy ghi số phút, ví dụ 15.")
        }
        Problem::Recipient(e) => (STRINGS.award_refused)(e),
        Problem::ZeroPlaces => "places là 0: cuộc bầu hoặc suy tôn phải chọn ít nhất 1 đơn vị; hãy ghi places: 1 trở lên.".into(),
        Problem::TooManyForHands(n) => format!(
            "biểu quyết giơ tay ghi lựa chọn của mỗi đơn vị bằng phím 1–9, nên có nhiều nhất 9 ứng viên (ở đây có {n}); hãy bớt ứng viên hoặc đổi method thành SecretBallot."
        ),
        Problem::TooManyPlaces { places, candidates } => format!(
            "places là {places} nhưng chỉ có {candidates} ứng viên; hãy ghi số đơn vị cần chọn không quá số ứng viên."
        ),
        Problem::HeadNeedsOffice => "nominee_becomes_head chỉ dùng cho cuộc suy tôn đơn vị (Office), không dùng cho Motion; hãy bỏ dòng này hoặc đổi subject thành Office.".into(),
        Problem::SecondHeadNomination(n) => format!(
            "nội dung {n} đã ghi nominee_becomes_head; chỉ một cuộc suy tôn xác định Khối trưởng năm sau, hãy bỏ ở một trong hai nội dung."
        ),
        Problem::ZeroScale => "thang điểm (scale) là 0; hãy ghi tổng điểm tối đa, ví dụ 100 hoặc 1000.".into(),
        Problem::ZeroCriterionMax => "điểm tối đa của tiêu chí là 0; hãy ghi số điểm lớn hơn 0.".into(),
        Problem::DuplicateCriterion(code) => {
            format!("mã tiêu chí \"{code}\" bị trùng; mỗi tiêu chí cần một mã riêng.")
        }
        Problem::ScaleNotSum { scale, sum } => format!(
            "thang điểm là {scale} nhưng tổng điểm tối đa của các tiêu chí là {sum}; hãy sửa cho bằng nhau."
        ),
        Problem::RecordItems { record, agenda } => format!(
            "biên bản ghi {record} nội dung nhưng chương trình có {agenda}; tệp biên bản đã bị sửa hoặc hỏng."
        ),
        Problem::BadCurrent(n) => {
            format!("nội dung {n} được ghi là đang diễn ra nhưng không khớp; tệp biên bản đã bị sửa hoặc hỏng.")
        }
        Problem::BadDateTime => {
            "thời điểm ở đây không đúng; hãy viết như \"2024-01-16T08:00:00\" (ngày, chữ T, giờ:phút:giây).".into()
        }
        Problem::PollDisagrees { item, round } => format!(
            "số phiếu hoặc kết quả vòng {round} của biểu quyết ở nội dung {item} không khớp với các phiếu đã ghi; tệp biên bản đã bị sửa hoặc hỏng."
        ),
        Problem::BadPollItem(n) => {
            format!("có một cuộc biểu quyết ở nội dung {n}, vốn không phải nội dung biểu quyết; tệp biên bản đã bị sửa hoặc hỏng.")
        }
        Problem::UnknownTheme { name, known, folder } if folder.is_empty() => {
            format!("không có giao diện màu \"{name}\"; hãy chọn một trong: {}.", known.join(", "))
        }
        Problem::UnknownTheme { name, known, folder } => format!(
            "không có giao diện màu \"{name}\" (cũng không có tệp {name}.ron trong {folder}); hãy chọn một trong: {}.",
            known.join(", ")
        ),
        Problem::CurlyQuote => "đây là dấu nháy cong “ ” (của trình soạn thảo văn bản); hãy gõ dấu nháy thẳng \" thay cho nó.".into(),
        Problem::OddSpace(c) => format!(
            "có một dấu cách đặc biệt (U+{:04X}, trông như dấu cách thường) ở đây; hãy xóa nó rồi gõ lại dấu cách.",
            u32::from(*c)
        ),
        Problem::SameColours { role, colour } => format!(
            "{role} có chữ và nền cùng một màu ({colour}): chữ sẽ không đọc được; hãy đổi fg hoặc bg."
        ),
        Problem::TabInText => "có một ký tự tab trong đoạn chữ (trên màn hình nó không hiện ra, trên giấy thành một khoảng trống lớn); hãy thay bằng dấu cách.".into(),
        Problem::Quoted => "giá trị ở đây viết không có dấu nháy kép (như period: Year(2024) hoặc kind: TongKet); hãy xem mẫu trong tệp hướng dẫn (hoinghi init).".into(),
        Problem::HashComment => "dòng ghi chú bắt đầu bằng //, không phải #; hãy thay # bằng //.".into(),
        Problem::OtherKind(e) => format!(
            "tệp .{e} này có lẽ không phải tệp hội nghị (một tệp văn bản .ron); tạo tệp mẫu có chú thích: hoinghi init."
        ),
        Problem::QuotedName(t) => {
            format!("{t} là một tên có sẵn, viết không có dấu nháy; hãy bỏ dấu nháy kép: {t}.")
        }
        Problem::NumberOutOfRange { field, typed } => {
            format!("{field} cần một số nguyên từ 0 trở lên và không quá lớn; ở đây là {typed}.")
        }
        Problem::QuotedNumber { field, typed } => {
            format!("số viết không có dấu nháy kép: {field}: {typed}, không phải {field}: \"{typed}\".")
        }
        Problem::Decimal => "ở đây cần một số nguyên, không có phần thập phân (như 15).".into(),
        Problem::QuoteInText => "dấu nháy kép \" ở giữa đoạn chữ đã kết thúc đoạn chữ đó; trong đoạn chữ hãy viết \\\" hoặc dùng dấu “ ”.".into(),
        Problem::ThresholdForm => "ngưỡng viết bằng hai số nguyên: MoreThan(1, 2) là quá 1/2, AtLeast(2, 3) là từ 2/3 trở lên, AtLeast(70, 100) là từ 70 % trở lên.".into(),
    }
}

fn syntax(e: &ron::Error) -> String {
    use ron::Error as E;
    match e {
        E::Eof => "tệp kết thúc quá sớm; có thể thiếu dấu đóng ngoặc hoặc dấu nháy.".into(),
        E::ExpectedComma => "thiếu dấu phẩy giữa hai mục.".into(),
        E::ExpectedArray => "cần một danh sách trong ngoặc vuông [ … ] ở đây.".into(),
        E::ExpectedArrayEnd => "danh sách chưa được đóng; thiếu dấu ] hoặc dấu phẩy.".into(),
        E::ExpectedStructLike | E::ExpectedNamedStructLike(_) => {
            "cần một nhóm trong ngoặc tròn ( … ) ở đây.".into()
        }
        E::ExpectedStructLikeEnd | E::ExpectedOptionEnd => {
            "nhóm chưa được đóng; thiếu dấu ) hoặc dấu phẩy.".into()
        }
        E::ExpectedString => "cần một đoạn chữ trong dấu nháy kép \" … \" ở đây.".into(),
        E::ExpectedStringEnd => "đoạn chữ chưa được đóng bằng dấu nháy kép \".".into(),
        E::ExpectedInteger => "cần một số nguyên ở đây.".into(),
        E::ExpectedBoolean => "cần true hoặc false ở đây.".into(),
        E::IntegerOutOfBounds => "số quá lớn hoặc âm ở chỗ không được âm.".into(),
        E::ExpectedIdentifier => {
            "cần tên một mục (như title:) ở đây; có thể thiếu dấu đóng ngoặc ) ở trước.".into()
        }
        E::UnexpectedChar(c) => format!("ký tự '{}' không đúng chỗ.", c.escape_debug()),
        E::TrailingCharacters => "còn chữ thừa sau dấu đóng ngoặc cuối cùng.".into(),
        // A name in small letters where an entry of a list belongs: the next field, the list
        // before it not closed.
        E::ExpectedDifferentStructName { expected, found }
            if found.starts_with(|c: char| c.is_lowercase()) && !matches!(*expected, "Conference" | "ThemeFile") =>
        {
            format!("danh sách ở trên chưa được đóng; thiếu dấu ] trước \"{found}\".")
        }
        E::SuggestRawIdentifier(found) | E::InvalidIdentifier(found) => format!(
            "ở đây cần một tên viết bằng chữ (như TongKet, Year(2024), ShowOfHands), không phải \"{found}\"; hãy xem mẫu trong tệp hướng dẫn (hoinghi init)."
        ),
        // At the top of a file, the file itself is probably another kind.
        E::ExpectedDifferentStructName { expected, found } => match *expected {
            "Conference" | "ThemeFile" => format!(
                "cần {expected}( … ) ở đây nhưng gặp \"{found}\"; tệp này có đúng là {} không?",
                outer_name(expected)
            ),
            _ => format!("cần {expected}( … ) ở đây nhưng gặp \"{found}\"."),
        },
        E::UnclosedBlockComment => "chú thích /* … */ chưa được đóng.".into(),
        E::NoSuchStructField { expected, found, outer } => format!(
            "không có mục \"{found}\"{}; các mục dùng được: {}.",
            outer.as_deref().map(|o| format!(" trong {}", outer_name(o))).unwrap_or_default(),
            expected.join(", ")
        ),
        E::MissingStructField { field, outer } => format!(
            "thiếu mục \"{field}\"{}; hãy thêm {field}: ….",
            outer.as_deref().map(|o| format!(" trong {}", outer_name(o))).unwrap_or_default()
        ),
        E::DuplicateStructField { field, .. } => {
            format!("mục \"{field}\" được ghi hai lần; hãy xóa một lần.")
        }
        E::NoSuchEnumVariant { expected, found, .. } => {
            format!("\"{found}\" không phải giá trị hợp lệ; hãy dùng một trong: {}.", expected.join(", "))
        }
        E::InvalidValueForType { expected, found } => {
            format!("cần {expected} nhưng gặp {found}.")
        }
        E::ExpectedDifferentLength { expected, found } => {
            format!("cần {expected} nhưng có {found} phần tử.")
        }
        E::ExpectedMapColon => "thiếu dấu hai chấm : sau tên mục (viết như location: \"…\").".into(),
        E::InvalidEscape(_) => "dấu \\ trong đoạn chữ phải đi cùng một ký tự như \\n hoặc \\\"; muốn viết chính dấu \\ thì gõ \\\\ (hoặc dùng dấu /).".into(),
        E::ExpectedMap | E::ExpectedMapEnd => "cần một nhóm trong ngoặc nhọn { … } ở đây, hoặc nhóm đó chưa được đóng.".into(),
        E::ExpectedOption | E::ExpectedUnit | E::ExpectedChar | E::ExpectedFloat => {
            "giá trị ở đây không đúng loại; hãy xem lại mẫu trong tệp hướng dẫn (hoinghi init).".into()
        }
        E::InvalidIntegerDigit { .. } | E::UnderscoreAtBeginning => "số ở đây viết không đúng; hãy chỉ dùng chữ số 0–9.".into(),
        E::UnclosedLineComment => "dòng ghi chú // ở cuối tệp chưa xuống dòng; hãy thêm một dòng trống ở cuối.".into(),
        other => format!("lỗi cú pháp ({other})."),
    }
}

/// Where a field belongs, as the file's writer knows it (ron names the Rust type).
fn outer_name(rust_type: &str) -> &str {
    match rust_type {
        "Conference" => "tệp hội nghị",
        "Bloc" => "bloc",
        "Person" => "một người (chair, secretary hoặc presenter)",
        "Unit" => "một đơn vị của units",
        "Delegate" => "một đại biểu của delegates",
        "Guest" => "một khách mời của guests",
        "AgendaItem" => "một nội dung của agenda",
        "VoteSpec" => "vote",
        "Rules" | "RulesPatch" => "rules",
        "Scoring" => "scoring",
        "Criterion" => "một tiêu chí của criteria",
        "AwardKind" => "một khen thưởng của awards",
        "Covenant" => "covenant",
        "StyleDef" => "kiểu màu",
        "ThemeFile" => "tệp giao diện màu",
        "Minutes" => "tệp biên bản",
        other => other,
    }
}

fn ballot_problem(e: &crate::poll::BallotError, choice: &str) -> String {
    use crate::poll::BallotError as B;
    match e {
        B::InvalidPlusValidNotReturned { valid, invalid, returned } => {
            format!("hợp lệ + không hợp lệ ({valid} + {invalid}) phải bằng số phiếu thu vào ({returned})")
        }
        B::ReturnedAboveIssued { returned, issued } => {
            format!("phiếu thu vào ({returned}) nhiều hơn phiếu phát ra ({issued})")
        }
        B::IssuedAbovePresent { issued, present } => {
            format!("phiếu phát ra ({issued}) nhiều hơn số đơn vị có mặt ({present})")
        }
        B::ChoiceAboveValid { votes, valid, .. } => {
            format!("số phiếu của {choice} ({votes}) nhiều hơn số phiếu hợp lệ ({valid})")
        }
        B::SumAboveValid { sum, valid, places: 1 } => {
            format!("tổng số phiếu các lựa chọn ({sum}) nhiều hơn số phiếu hợp lệ ({valid})")
        }
        B::SumAboveValid { sum, valid, places } => format!(
            "mỗi phiếu chọn tối đa {places} đơn vị (phiếu không chọn ai tính {places}): tổng ({sum}) nhiều hơn {places} × {valid} phiếu hợp lệ = {}",
            u64::from(*places) * u64::from(*valid)
        ),
        B::UnknownChoice(_) => format!("{choice} không có trong vòng này"),
        B::MotionLinesNotValid { sum, valid } => format!(
            "tán thành, không tán thành và không biểu quyết cộng lại ({sum}) phải bằng số phiếu hợp lệ ({valid})"
        ),
        B::NoneIssued => "số phiếu phát ra là 0: bỏ phiếu kín phải có phiếu phát ra".into(),
        B::ShowOfHands => "đây là biểu quyết giơ tay".into(),
        B::Closed => "vòng đã kết thúc".into(),
    }
}
