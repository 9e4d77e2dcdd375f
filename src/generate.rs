//! A large, realistic conference and record, made up deterministically: for benchmarks and
//! scale tests (200 member units, 1,000 agenda items, 100 polls, 10,000 comments of
//! Vietnamese length). Built through the record's own operations, so it is as valid as a
//! real one. No I/O, no clock: every time is derived from the conference's date.

use chrono::{NaiveDateTime, TimeDelta};

use crate::app::Model;
use crate::conference::{
    AgendaItem, Bloc, Conference, ConferenceKind, Delegate, ItemKind, Method, Period, Person, Presenter,
    Rules, Subject, Unit, VoteSpec,
};
use crate::poll::{Ballots, Choice, Poll};

/// How big a conference to make.
#[derive(Debug, Clone, Copy)]
pub struct Size {
    pub units: usize,
    pub items: usize,
    pub polls: usize,
    pub comments: usize,
}

impl Size {
    /// The city-wide conference of issue 7.
    pub const LARGE: Size = Size { units: 200, items: 1000, polls: 100, comments: 10_000 };
    /// The same shape, a hundredth of the comments.
    pub const LARGE_FEW_COMMENTS: Size = Size { units: 200, items: 1000, polls: 100, comments: 100 };
}

/// A small deterministic PRNG (xorshift64*): the same size gives the same conference.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

const WORDS: &[&str] = &[
    "đề nghị",
    "bổ sung",
    "số liệu",
    "chuyển đổi số",
    "cải cách hành chính",
    "thi đua",
    "khen thưởng",
    "đơn vị",
    "báo cáo",
    "tổng kết",
    "phương hướng",
    "nhiệm vụ",
    "trọng tâm",
    "năm 2024",
    "Khối",
    "tiếp tục",
    "đẩy mạnh",
    "nâng cao",
    "chất lượng",
    "hiệu quả",
    "phối hợp",
    "triển khai",
    "kế hoạch",
    "cán bộ",
    "công chức",
    "viên chức",
    "người lao động",
    "phong trào",
    "điển hình tiên tiến",
    "hồ sơ",
    "môi trường điện tử",
    "chữ ký số",
    "tiêu chí",
    "chấm điểm",
    "xếp hạng",
    "giao ước",
];

fn sentence(rng: &mut Rng, words: usize) -> String {
    let mut s = String::new();
    for i in 0..words {
        if i > 0 {
            s.push(' ');
        }
        s.push_str(WORDS[rng.below(WORDS.len())]);
    }
    s.push('.');
    crate::i18n::capitalise(&s)
}

fn conference(size: Size, rng: &mut Rng) -> Conference {
    let units: Vec<Unit> = (1..=size.units)
        .map(|n| Unit {
            id: format!("dv{n:03}"),
            name: format!("Ủy ban nhân dân phường số {n} thuộc Thành phố"),
            short: format!("Phường số {n}"),
            delegates: vec![Delegate {
                name: format!("Nguyễn Văn Đại biểu {n}"), title: "Chủ tịch".into()
            }],
        })
        .collect();
    let votes_every = size.items / size.polls.max(1);
    let agenda = (0..size.items)
        .map(|i| {
            let vote = (size.polls > 0
                && i % votes_every.max(1) == votes_every.max(1) - 1
                && i / votes_every.max(1) < size.polls)
                .then(|| {
                    let candidates =
                        (0..3).map(|_| units[rng.below(units.len())].id.clone()).collect::<Vec<_>>();
                    let mut candidates: Vec<String> = candidates;
                    candidates.sort();
                    candidates.dedup();
                    VoteSpec {
                        subject: Subject::Office {
                            office: format!("Chức danh số {}", i + 1),
                            candidates,
                            places: 1,
                        },
                        method: if i % 3 == 0 { Method::SecretBallot } else { Method::ShowOfHands },
                        rules: Default::default(),
                        nominee_becomes_head: false,
                    }
                });
            AgendaItem {
                title: format!("Nội dung số {}: {}", i + 1, sentence(rng, 6)),
                presenter: Some(Presenter::Unit(units[rng.below(units.len())].id.clone())),
                minutes: 5 + rng.below(20) as u32,
                kind: if vote.is_some() { ItemKind::Election } else { ItemKind::Discussion },
                vote,
            }
        })
        .collect();
    let person = |name: &str| Person {
        name: name.into(),
        title: "Chánh Văn phòng".into(),
        unit: Some("dv001".into()),
    };
    Conference {
        format_version: crate::conference::FORMAT_VERSION,
        bloc: Bloc {
            name: "Cụm thi đua các phường".into(),
            parent: "Hội đồng Thi đua – Khen thưởng Thành phố".into(),
        },
        kind: ConferenceKind::TongKet,
        title: "Hội nghị tổng kết phong trào thi đua năm 2024 của các phường".into(),
        period: Period::Year(2024),
        date: chrono::NaiveDate::from_ymd_opt(2025, 1, 15).unwrap_or_default(),
        start: chrono::NaiveTime::from_hms_opt(7, 30, 0).unwrap_or_default(),
        location: "Hội trường Thành phố".into(),
        place_name: Some("Thành phố".into()),
        chair: person("Trần Văn Chủ Trì"),
        secretary: person("Lê Thị Thư Ký"),
        units,
        guests: Vec::new(),
        rules: Rules::default(),
        agenda,
        scoring: None,
        awards: Vec::new(),
        covenant: None,
        minutes_number: "…/BB-CTĐ".into(),
    }
}

/// A conference of `size`, with its record filled: every item held, everyone present, every
/// poll voted and closed, and the comments spread over the discussion items.
pub fn model(size: Size) -> Model {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut model = Model::new(conference(size, &mut rng));
    let start = model.conference.date.and_time(model.conference.start);
    let mut now: NaiveDateTime = start;
    let tick = |now: &mut NaiveDateTime, seconds: i64| *now += TimeDelta::seconds(seconds);
    let ids: Vec<String> = model.conference.units.iter().map(|u| u.id.clone()).collect();
    for id in &ids {
        model.record.attendance.mark(id, true, "", now);
    }
    let items = model.conference.agenda.len();
    let mut comments_left = size.comments;
    let mut discussions_left = model.conference.agenda.iter().filter(|i| i.vote.is_none()).count();
    for i in 0..items {
        model.record.advance(now);
        tick(&mut now, 30);
        if model.conference.agenda[i].vote.is_some() {
            let present = model.record.attendance.present_ids(&model.conference);
            if let Ok(mut poll) = Poll::open(&model.conference, i, present.clone(), now) {
                // Vote and close until decided: a tie re-votes among the tied, then the chair.
                while poll.open_round().is_some() {
                    vote(&mut poll, &present, &mut rng, now);
                    let _ = poll.close_round(now);
                }
                if poll.needs_chair_decision() {
                    let tied = poll.rounds.last().and_then(|r| r.candidates.first().cloned());
                    let _ = poll.decide_by_chair(tied.as_deref(), "Theo đề nghị của Khối", now);
                }
                model.record.polls.push(poll);
            }
        } else {
            let here = comments_left.div_ceil(discussions_left.max(1));
            discussions_left = discussions_left.saturating_sub(1);
            for _ in 0..here {
                let unit = &ids[rng.below(ids.len())];
                let words = 18 + rng.below(23);
                let text = sentence(&mut rng, words);
                model.record.comments.add(i, unit, "Nguyễn Văn Đại biểu", &text, now);
                tick(&mut now, 20);
            }
            comments_left -= here;
        }
    }
    model.record.advance(now);
    model
}

fn vote(poll: &mut Poll, present: &[String], rng: &mut Rng, now: NaiveDateTime) {
    let Some(candidates) = poll.current_round().map(|r| r.candidates.clone()) else { return };
    if poll.method == Method::SecretBallot {
        let n = u32::try_from(present.len()).unwrap_or(0);
        let mut per_choice = std::collections::BTreeMap::new();
        let mut left = n.saturating_sub(2);
        for c in &candidates {
            let v = left / 2 + 1;
            let v = v.min(left);
            per_choice.insert(Choice::Candidate(c.clone()), v);
            left -= v;
        }
        let _ =
            poll.set_ballots(Ballots { issued: n, returned: n, valid: n - 2, invalid: 2, per_choice }, now);
        return;
    }
    for unit in present {
        let choice = candidates
            .get(rng.below(candidates.len() + 1))
            .cloned()
            .map_or(Choice::Abstain, Choice::Candidate);
        let _ = poll.cast(unit, Some(choice), now);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_large_conference_has_the_size_asked_and_is_valid() {
        let m = model(Size { units: 20, items: 100, polls: 10, comments: 500 });
        assert!(crate::conference::validate(&m.conference).is_empty());
        assert_eq!(m.conference.units.len(), 20);
        assert_eq!(m.conference.agenda.len(), 100);
        assert_eq!(m.record.polls.len(), 10);
        assert_eq!(m.record.comments.live().count(), 500);
        assert!(m.record.comments.live().all(|c| c.text.chars().count() > 100), "realistic length");
        assert!(m.record.polls.iter().all(|p| p.open_round().is_none()), "every poll closed");
        assert!(m.record.finished_at.is_some());
        assert_eq!(model(Size { units: 20, items: 100, polls: 10, comments: 500 }), m, "deterministic");
    }
}
