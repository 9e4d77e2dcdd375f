//! The biên bản's account of a vote (Biểu quyết, Bầu, Bình xét, suy tôn): the method, the
//! rule, each round's figures as a table, the outcome in the words its kind calls for (an
//! election elects, a nomination names, a motion passes), the chair's decision on a tie and
//! every correction after the count.

use super::{Block, Builder, CellAlign, Run, Table, column, end_sentence};
use crate::conference::{ItemKind, Method, Subject};
use crate::export::vietnamese as vn;
use crate::poll::{
    ChairDecision, Choice, Correction, CorrectionKind, Outcome, Poll, PollResult, Round, Tally,
};

impl Builder<'_> {
    pub(super) fn poll(&mut self, poll: &Poll, kind: ItemKind) {
        let words = Words::of(poll, kind);
        let subject = match &poll.subject {
            Subject::Office { office, .. } => office.trim().to_string(),
            Subject::Motion(m) => m.trim().to_string(),
        };
        self.label(1, format!("{}: {subject}", words.heading));
        self.labelled(1, "Hình thức", format!("{}.", vn::method(poll.method)));
        let present = poll.present.len();
        self.labelled(
            1,
            words.present_label,
            format!("{present}/{} đơn vị (lúc {}).", poll.members, self.at(poll.opened_at)),
        );
        // Units that came once it had begun: in the room, not in the vote.
        let came = self.record.came_during(self.conference, poll);
        if !came.is_empty() {
            let names = self.names(&came);
            self.labelled(1, "Đến sau khi bắt đầu, không tham gia biểu quyết", format!("{names}."));
        }
        // "từ 2/3 số đơn vị có mặt trở lên", the whole inside.
        let pass = vn::threshold_of(poll.rules.pass, vn::base(poll.rules.base));
        let places = poll.places();
        let (most, tied) = (words.most, words.tied);
        let rule = if poll.is_motion() && poll.method == Method::SecretBallot {
            format!("thông qua khi số phiếu tán thành đạt {pass}.")
        } else if poll.is_motion() {
            format!("thông qua khi có {pass} tán thành.")
        } else if places > 1 {
            // With one round allowed a tie goes straight to the chair.
            let tie = match poll.rules.max_rounds {
                1 => "do chủ tọa quyết định".to_string(),
                n => format!("được bầu lại (tối đa {n} vòng, sau đó chủ tọa quyết định)"),
            };
            format!(
                "chọn {places} đơn vị {most} trong các đơn vị đạt {pass}, {} chọn không quá {places} đơn vị; các đơn vị {tied} ở vị trí cuối {tie}.",
                words.each
            )
        } else {
            format!("đơn vị {most} và đạt {pass} thì {}.", words.wins)
        };
        self.labelled(1, "Nguyên tắc", rule);
        let many = poll.rounds.len() > 1;
        for (n, round) in poll.rounds.iter().enumerate() {
            if many {
                // A re-vote follows a tie by the rules, else the conference's call.
                let after_tie = n
                    .checked_sub(1)
                    .and_then(|p| poll.rounds.get(p))
                    .is_some_and(|p| matches!(p.outcome, Some(Outcome::Tie(_))));
                let label = if round.number == 1 {
                    "Vòng 1:".to_string()
                } else if !after_tie && round.places > 1 {
                    format!("Vòng {} (bầu lại, chọn {} đơn vị):", round.number, round.places)
                } else if !after_tie {
                    format!("Vòng {} (bầu lại):", round.number)
                } else if places > 1 {
                    format!(
                        "Vòng {} (bầu lại giữa các đơn vị {tied}, chọn {} đơn vị):",
                        round.number, round.places
                    )
                } else {
                    format!("Vòng {} (bầu lại giữa các đơn vị {tied}):", round.number)
                };
                self.label(2, label);
            }
            // A re-vote whose units present were taken anew as its voting began.
            if let Some(present) = &round.present {
                self.labelled(2, words.present_label, format!("{}/{} đơn vị.", present.len(), poll.members));
            }
            let Some(tally) = poll.round_tally(round.number) else { continue };
            self.round(poll, round, &tally, &words);
            if many {
                let outcome = self.outcome(poll, round, &words);
                self.para(2, vec![Run::plain(format!("Kết quả vòng {}: {outcome}.", round.number))]);
            }
        }
        let result = self.result(poll, &words, &subject);
        self.para(1, vec![Run::bold("Kết quả: "), Run::plain(result)]);
        let bloc = super::bloc_word(self.conference).unwrap_or("Khối");
        if let Some(head) = poll.proposed_head() {
            let line = format!(
                "Theo quy chế của {bloc}, {} là đơn vị được đề xuất làm {}.",
                self.unit_name(&head),
                self.next_head()
            );
            self.para(1, vec![Run::plain(line)]);
        }
        let tied = poll.head_tied();
        if !tied.is_empty() {
            let names: Vec<String> = tied.iter().map(|id| self.unit_name(id)).collect();
            let line = format!(
                "Theo quy chế của {bloc}, đơn vị được suy tôn đầu tiên được đề xuất làm {}; {} có số phiếu bằng nhau, hội nghị chưa xác định đơn vị được đề xuất.",
                self.next_head(),
                vn::list(&names)
            );
            self.para(1, vec![Run::plain(line)]);
        }
        if !poll.corrections.is_empty() {
            self.label(1, format!("Điều chỉnh sau khi kết thúc biểu quyết{}:", self.recorded_by()));
            for c in &poll.corrections {
                let line = self.correction(poll, c, &words);
                self.dash(2, vec![Run::plain(line)]);
            }
        }
    }

    fn round(&mut self, poll: &Poll, round: &Round, tally: &Tally, words: &Words) {
        let secret = poll.method == Method::SecretBallot;
        if secret {
            let line = match &round.ballots {
                Some(b) => format!(
                    "Số phiếu phát ra: {}; số phiếu thu vào: {}; số phiếu hợp lệ: {}; số phiếu không hợp lệ: {}.",
                    b.issued, b.returned, b.valid, b.invalid
                ),
                None => "Chưa có số liệu kiểm phiếu.".to_string(),
            };
            self.para(2, vec![Run::plain(line)]);
        }
        let rows = self.rows(poll, tally);
        let base = format!("Tỷ lệ (tính trên {}: {})", vn::base(tally.base), tally.base_value);
        self.body.push(Block::Table(Table {
            columns: vec![
                column(words.choice_column, 520, CellAlign::Left),
                column(if secret { "Số phiếu" } else { "Số đơn vị" }, 160, CellAlign::Right),
                column(&base, 320, CellAlign::Right),
            ],
            rows,
        }));
        // A valid ballot may choose nobody: with one place those are what the candidates'
        // votes leave of the valid ballots, said so that the table adds up.
        if let Some(b) = round.ballots.as_ref().filter(|_| secret && !poll.is_motion() && round.places <= 1) {
            let cast: u32 = (b.per_choice.iter())
                .filter(|(c, _)| matches!(c, Choice::Candidate(_)))
                .map(|(_, n)| n)
                .sum();
            if let Some(blank) = b.valid.checked_sub(cast).filter(|&n| n > 0) {
                self.para(2, vec![Run::plain(format!("Số phiếu hợp lệ không bầu đơn vị nào: {blank}."))]);
            }
        }
        if !secret && !tally.not_voted.is_empty() {
            // Those gone from the conference by the close (or now) are said as such, not as
            // units that sat through the vote without taking part.
            let there = |u: &String| match round.closed_at {
                Some(at) => self.record.present_at(u, at),
                None => self.record.attendance.is_present(u),
            };
            let (stayed, gone): (Vec<&String>, Vec<&String>) = tally.not_voted.iter().partition(|u| there(u));
            let names =
                |units: &[&String]| vn::list(&units.iter().map(|u| self.unit_name(u)).collect::<Vec<_>>());
            let (gone, stayed) = (names(&gone), names(&stayed));
            if !gone.is_empty() {
                let line = format!("Đã rời hội nghị, không tham gia biểu quyết: {gone}.");
                self.para(2, vec![Run::plain(line)]);
            }
            // While the round is open they have not voted yet; once it is closed, they did
            // not take part.
            let said =
                if round.is_open() { "Chưa biểu quyết" } else { "Không tham gia biểu quyết" };
            if !stayed.is_empty() {
                self.para(2, vec![Run::plain(format!("{said}: {stayed}."))]);
            }
        }
    }

    /// The lines of a round's table; a secret ballot for an office has no "abstain" line (a
    /// valid ballot for nobody is blank).
    fn rows(&self, poll: &Poll, tally: &Tally) -> Vec<Vec<String>> {
        let secret = poll.method == Method::SecretBallot;
        tally
            .rows
            .iter()
            .filter(|r| poll.is_motion() || !secret || r.choice != Choice::Abstain)
            .map(|r| vec![self.choice(&r.choice), r.count.to_string(), vn::percent(r.percent)])
            .collect()
    }

    fn choice(&self, choice: &Choice) -> String {
        match choice {
            Choice::Candidate(id) => self.unit_name(id),
            Choice::For => "Tán thành".into(),
            Choice::Against => "Không tán thành".into(),
            Choice::Abstain => "Không biểu quyết".into(),
        }
    }

    fn names(&self, ids: &[String]) -> String {
        let names: Vec<String> = ids.iter().map(|u| self.unit_name(u)).collect();
        vn::list(&names)
    }

    /// What one round gave, in words: "Sở Nội vụ và Sở Tư pháp bằng phiếu; bầu lại vòng 2 …".
    fn outcome(&self, poll: &Poll, round: &Round, words: &Words) -> String {
        let Some(outcome) = round.outcome.as_ref().filter(|_| !round.is_open()) else {
            return "đang biểu quyết, chưa kết thúc".to_string();
        };
        let chosen = if round.has_places() && !round.selected.is_empty() {
            format!("{} {}; ", self.names(&round.selected), words.wins)
        } else {
            String::new()
        };
        match outcome {
            Outcome::Tie(tied) if round.has_places() => {
                let left =
                    round.places.saturating_sub(u32::try_from(round.selected.len()).unwrap_or(u32::MAX));
                let following = round.number.saturating_add(1);
                let next = poll.rounds.iter().any(|r| r.number == following);
                let then = if next {
                    format!("bầu lại vòng {following} giữa các đơn vị này")
                } else if poll.chair_decision.is_some() {
                    "chủ tọa quyết định".to_string()
                } else {
                    "chờ chủ tọa quyết định".to_string()
                };
                format!("{chosen}{} {} cho {left} vị trí còn lại; {then}", self.names(tied), words.tied)
            }
            _ if round.has_places() => self.round_choice(round, words) + &self.revote_after(poll, round),
            Outcome::Tie(tied) => {
                let next = poll.rounds.iter().any(|r| r.number == round.number + 1);
                let then = if next {
                    format!("bầu lại vòng {} giữa các đơn vị này", round.number + 1)
                } else if poll.chair_decision.is_some() {
                    "chủ tọa quyết định".to_string()
                } else {
                    "chờ chủ tọa quyết định".to_string()
                };
                format!("{} {}; {then}", self.names(tied), words.tied)
            }
            other => self.simple_outcome(other, words) + &self.revote_after(poll, round),
        }
    }

    /// "; bầu lại vòng 2" when the conference voted again after `round` (not a tie's re-vote).
    fn revote_after(&self, poll: &Poll, round: &Round) -> String {
        let following = round.number.saturating_add(1);
        if poll.rounds.iter().any(|r| r.number == following) {
            format!("; bầu lại vòng {following}")
        } else {
            String::new()
        }
    }

    /// What a closed round of several places chose: "A và B được suy tôn".
    fn round_choice(&self, round: &Round, words: &Words) -> String {
        match (&round.outcome, round.selected.as_slice()) {
            (Some(Outcome::Tie(tied)), chosen) => {
                let names = self.names(tied);
                if chosen.is_empty() {
                    format!("{names} {}", words.tied)
                } else {
                    format!("{} {}; {names} {}", self.names(chosen), words.wins, words.tied)
                }
            }
            (_, []) => format!("không đơn vị nào {}", words.wins),
            // Fewer than the places: the rest stayed empty, which is why a re-vote followed.
            (_, chosen) => {
                let left = round.places.saturating_sub(u32::try_from(chosen.len()).unwrap_or(u32::MAX));
                let empty = match left {
                    0 => String::new(),
                    n => format!("; {n} vị trí còn lại không có đơn vị nào đạt ngưỡng"),
                };
                format!("{} {}{empty}", self.names(chosen), words.wins)
            }
        }
    }

    fn simple_outcome(&self, outcome: &Outcome, words: &Words) -> String {
        match outcome {
            Outcome::Passed => "thông qua".into(),
            Outcome::Rejected => "không thông qua".into(),
            Outcome::Elected(id) => format!("{} {}", self.unit_name(id), words.wins),
            Outcome::NotElected => format!("không đơn vị nào {}", words.wins),
            Outcome::Tie(tied) => format!("{} {}", self.names(tied), words.tied),
        }
    }

    /// The poll's result, the sentence after "Kết quả: ".
    fn result(&self, poll: &Poll, words: &Words, subject: &str) -> String {
        // "… ở vòng 2": not in brackets, which may follow the office's own "(Đề nghị …)".
        let after = |round: u32| if round > 1 { format!(" ở vòng {round}") } else { String::new() };
        match poll.result() {
            PollResult::Voting { round } => format!("đang biểu quyết vòng {round}, chưa có kết quả."),
            PollResult::Passed { round } => {
                format!("thông qua{}{}.", after(round), unanimous(poll, round, &Choice::For))
            }
            PollResult::Rejected { round } => format!("không thông qua{}.", after(round)),
            PollResult::Elected { unit, round } => {
                let all = unanimous(poll, round, &Choice::Candidate(unit.clone()));
                format!("{}{}{all}.", words.office(&self.unit_name(&unit), subject), after(round))
            }
            // After the last round the rules allow: said, so that no third round is looked for.
            PollResult::NotElected { round } if poll.rounds_exhausted() && round > 1 => {
                format!("không đơn vị nào {}{}, vòng cuối theo quy chế.", words.wins, after(round))
            }
            PollResult::NotElected { round } => format!("không đơn vị nào {}{}.", words.wins, after(round)),
            PollResult::Chosen { units, round } => {
                let places = usize::try_from(poll.places()).unwrap_or(usize::MAX);
                let chosen = match units.as_slice() {
                    [] => format!("không đơn vị nào {}", words.wins),
                    _ => words.office(&self.names(&units), subject),
                };
                // Chosen over the rounds (one in round 1, another in round 2, say): "sau 2
                // vòng", each round's own choice being given above.
                let over = if round > 1 { format!(" sau {round} vòng") } else { String::new() };
                let mut line = format!("{chosen}{over}");
                if units.len() < places {
                    let n = places - units.len();
                    let pass = vn::threshold_of(poll.rules.pass, vn::base(poll.rules.base));
                    line += &format!("; {n} vị trí còn lại không có đơn vị đạt {pass}");
                    if poll.rounds_exhausted() && round > 1 {
                        line += ", vòng cuối theo quy chế";
                    }
                }
                if let Some(d) = &poll.chair_decision {
                    let who = self.chair_chose(d, "không chọn thêm đơn vị nào");
                    line += &format!(
                        "; sau vòng cuối {}{}, chủ tọa quyết định (lúc {}) {who}. Lý do: {}",
                        still(poll),
                        words.tied,
                        self.at(d.at),
                        end_sentence(d.reason.trim())
                    );
                    return line;
                }
                line + "."
            }
            PollResult::AwaitingChair { tied, round } => {
                let chosen = poll.selected();
                let before = if chosen.is_empty() {
                    String::new()
                } else {
                    format!("{} {}; ", self.names(&chosen), words.wins)
                };
                format!(
                    "{before}sau {round} vòng, {} {}{}; chờ chủ tọa quyết định.",
                    self.names(&tied),
                    still(poll),
                    words.tied
                )
            }
            PollResult::DecidedByChair { elected, tied, round } => {
                // The chair chooses: "trúng cử" is for a unit that reached the threshold.
                let decision = match &elected {
                    Some(id) => words.chosen_by_chair(&self.unit_name(id), subject),
                    // The result is said too: nobody holds the office.
                    None => format!("không chọn đơn vị nào; {}", words.office("không đơn vị nào", subject)),
                };
                let (at, reason) = poll
                    .chair_decision
                    .as_ref()
                    .map(|d| (format!(" (lúc {})", self.at(d.at)), d.reason.trim().to_string()))
                    .unwrap_or_default();
                format!(
                    "sau {round} vòng, {} {}{}; chủ tọa quyết định{at} {decision}. Lý do: {}",
                    self.names(&tied),
                    still(poll),
                    words.tied,
                    end_sentence(&reason)
                )
            }
        }
    }

    /// A show of hands corrected: each unit whose vote the correction changed, "Thanh tra
    /// Thành phố: Sở Tư pháp → Sở Nội vụ", in the order of the units present. The round after
    /// it is the one the next correction of that round kept, else the round as it is now.
    fn votes_changed(&self, poll: &Poll, c: &Correction) -> Vec<String> {
        let later = poll.corrections.iter().skip_while(|x| !std::ptr::eq(*x, c)).skip(1);
        let after = later
            .map(|x| &x.before)
            .find(|r| r.number == c.before.number)
            .or_else(|| poll.rounds.iter().find(|r| r.number == c.before.number));
        let Some(after) = after else { return Vec::new() };
        let vote = |round: &Round, unit: &str| -> Option<String> {
            if round.has_places() {
                round.marks.get(unit).map(|marks| match marks.as_slice() {
                    [] => "không chọn đơn vị nào".to_string(),
                    ids => self.names(ids),
                })
            } else {
                // The table's words, in the middle of a sentence.
                round.votes.get(unit).map(|choice| match choice {
                    Choice::Candidate(_) => self.choice(choice),
                    _ => self.choice(choice).to_lowercase(),
                })
            }
        };
        let none = || "chưa biểu quyết".to_string();
        (poll.present_in(&c.before).iter())
            .filter_map(|unit| {
                let (from, to) = (vote(&c.before, unit), vote(after, unit));
                (from != to).then(|| {
                    format!(
                        "{}: {} → {}",
                        self.unit_name(unit),
                        from.unwrap_or_else(none),
                        to.unwrap_or_else(none)
                    )
                })
            })
            .collect()
    }

    /// "chọn Sở Nội vụ, Thanh tra Thành phố", or `nobody`.
    fn chair_chose(&self, d: &ChairDecision, nobody: &str) -> String {
        match d.chosen() {
            picked if picked.is_empty() => nobody.to_string(),
            picked => format!("chọn {}", self.names(&picked)),
        }
    }

    /// One correction: when, what, why, and the round as it was before.
    fn correction(&self, poll: &Poll, c: &Correction, words: &Words) -> String {
        let what = correction_what(c);
        let mut line = format!(
            "{}: {what}. Lý do: {}",
            crate::i18n::capitalise(&self.at(c.at)),
            end_sentence(c.reason.trim())
        );
        // The tally of the round as it was, counted by the poll's own rules.
        let mut before = poll.clone();
        before.rounds = vec![c.before.clone()];
        if let Some(tally) = before.round_tally(c.before.number) {
            let mut figures = Vec::new();
            if let Some(b) = &c.before.ballots {
                figures.push(format!(
                    "phiếu phát ra {}, thu vào {}, hợp lệ {}, không hợp lệ {}",
                    b.issued, b.returned, b.valid, b.invalid
                ));
            }
            let counts: Vec<String> = self
                .rows(poll, &tally)
                .into_iter()
                .map(|r| match r.as_slice() {
                    [name, count, pct] => format!("{name} {count} ({pct})"),
                    _ => r.join(" "),
                })
                .collect();
            figures.push(counts.join(", "));
            line += &format!(" Trước khi điều chỉnh: {}", figures.join("; "));
            if c.before.has_places() && c.before.outcome.is_some() {
                line += &format!("; kết quả: {}", self.round_choice(&c.before, words));
            } else if let Some(outcome) = &c.before.outcome {
                line += &format!("; kết quả: {}", self.simple_outcome(outcome, words));
            }
            line.push('.');
        }
        let changed = self.votes_changed(poll, c);
        if !changed.is_empty() {
            line += &format!(" Biểu quyết được sửa: {}.", changed.join("; "));
        }
        if let Some(d) = &c.chair_decision {
            // As it was recorded: when, whom, why; the biên bản keeps what it replaces.
            let who = self.chair_chose(d, "không chọn đơn vị nào");
            line += &format!(
                " Quyết định trước đó của chủ tọa (lúc {}, {who}; lý do: {}) không còn hiệu lực.",
                self.at(d.at),
                d.reason.trim().trim_end_matches(['.', ';'])
            );
        }
        if let Some(r) = &c.removed_round {
            line += &format!(" Vòng {} (chưa biểu quyết) được hủy.", r.number);
        }
        line
    }
}

/// The words a poll's kind and method call for: an election elects (trúng cử), a nomination
/// for an award names (được suy tôn), a motion passes; a secret ballot counts ballots
/// (phiếu), a show of hands counts units.
struct Words {
    heading: &'static str,
    choice_column: &'static str,
    /// "trúng cử", "được suy tôn", "thông qua".
    wins: &'static str,
    /// Said of units level with each other: "bằng phiếu", or by a show of hands "có số đơn
    /// vị biểu quyết bằng nhau".
    tied: &'static str,
    /// The unit ahead: "có số phiếu cao nhất", "được nhiều đơn vị biểu quyết chọn nhất".
    most: &'static str,
    /// "Số đơn vị có mặt khi bắt đầu bỏ phiếu" (or "biểu quyết").
    present_label: &'static str,
    /// Who chooses: "mỗi phiếu", or by a show of hands "mỗi đơn vị biểu quyết".
    each: &'static str,
    /// Whether the office follows as an object ("trúng cử Khối trưởng …") or in parentheses
    /// ("được suy tôn (Đề nghị tặng Cờ thi đua …)").
    office_in_brackets: bool,
}

impl Words {
    /// "Sở Nội vụ trúng cử Khối trưởng Khối thi đua 1 năm 2024".
    fn office(&self, unit: &str, office: &str) -> String {
        if self.office_in_brackets {
            format!("{unit} {} ({office})", self.wins)
        } else {
            format!("{unit} {} {office}", self.wins)
        }
    }

    /// What the chair's decision on a tie chose: "chọn Sở Tư pháp làm Khối phó …".
    fn chosen_by_chair(&self, unit: &str, office: &str) -> String {
        if self.office_in_brackets {
            format!("chọn {unit} ({office})")
        } else {
            format!("chọn {unit} làm {office}")
        }
    }
}

impl Words {
    fn of(poll: &Poll, kind: ItemKind) -> Words {
        let (heading, choice_column, wins, office_in_brackets) = match (&poll.subject, kind) {
            (Subject::Motion(_), _) => ("Biểu quyết", "Ý kiến biểu quyết", "thông qua", false),
            (Subject::Office { .. }, ItemKind::Awards) => {
                ("Bình xét, suy tôn", "Đơn vị được đề cử", "được suy tôn", true)
            }
            (Subject::Office { .. }, _) => ("Bầu", "Đơn vị ứng cử", "trúng cử", false),
        };
        let (tied, most, present_label, each) = match poll.method {
            Method::SecretBallot => {
                ("bằng phiếu", "có số phiếu cao nhất", "Số đơn vị có mặt khi bắt đầu bỏ phiếu", "mỗi phiếu")
            }
            Method::ShowOfHands => (
                "có số đơn vị biểu quyết bằng nhau",
                "được nhiều đơn vị biểu quyết chọn nhất",
                "Số đơn vị có mặt khi bắt đầu biểu quyết",
                "mỗi đơn vị biểu quyết",
            ),
        };
        Words { heading, choice_column, wins, office_in_brackets, tied, most, present_label, each }
    }
}

/// ", nhất trí (100 %)" when `choice` had every vote of the base in the deciding round (every
/// unit present, every valid ballot …); nothing otherwise.
fn unanimous(poll: &Poll, round: u32, choice: &Choice) -> &'static str {
    match poll.round_tally(round) {
        Some(t) if t.base_value > 0 && t.count(choice) == t.base_value => ", nhất trí (100 %)",
        _ => "",
    }
}

/// What a correction did: "mở lại vòng 2 đã kết thúc", "sửa số liệu kiểm phiếu vòng 1".
pub(super) fn correction_what(c: &Correction) -> String {
    match c.kind {
        CorrectionKind::Reopened => format!("mở lại vòng {} đã kết thúc", c.round),
        CorrectionKind::BallotsCorrected => format!("sửa số liệu kiểm phiếu vòng {}", c.round),
    }
}

/// "vẫn " before a tie that followed a tie; nothing after a round that was not one.
fn still(poll: &Poll) -> &'static str {
    if poll.tied_the_round_before() { "vẫn " } else { "" }
}
