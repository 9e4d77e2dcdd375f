//! Meaning checks on a conference that parsed: what serde cannot see (duplicate ids, unknown
//! units, empty agenda, impossible thresholds …).
//!
//! Each problem is reported with the path of the value in the file ("agenda[3].minutes"), so
//! that `ronfile` can name its line and column. No I/O and no messages here: wording belongs
//! to the language tables.

use chrono::Datelike;
use std::collections::{HashMap, HashSet};

use super::{Conference, Method, Period, Presenter, Recipient, Rules, RulesPatch, Subject, Threshold};
use crate::ronfile::Problem;

/// The longest an agenda item can be planned for, in minutes: a working day. More is a slip
/// of the keyboard (100000), which would make the day's plan meaningless.
const MAX_MINUTES: u32 = 8 * 60;

/// Every meaning problem of the conference, section by section.
pub fn validate(c: &Conference) -> Vec<(String, Problem)> {
    let mut out = Vec::new();
    let mut push = |path: String, p: Problem| out.push((path, p));

    for (path, text) in [
        ("bloc.name", &c.bloc.name),
        ("bloc.parent", &c.bloc.parent),
        ("title", &c.title),
        ("location", &c.location),
        ("chair.name", &c.chair.name),
        ("secretary.name", &c.secretary.name),
    ] {
        if text.trim().is_empty() {
            push(path.into(), Problem::Empty(path.rsplit('.').next().unwrap_or(path).into()));
        }
    }
    match c.period {
        Period::HalfYear(_, h) if !(1..=2).contains(&h) => {
            push("period".into(), Problem::BadHalf(h));
        }
        Period::Years(from, to) if from > to => push("period".into(), Problem::BadYears(from, to)),
        // The year reviewed ends at most two years before the conference, and not after the
        // year that follows it: "Year(26)" for 2026 is a year typed short.
        Period::Year(last) | Period::HalfYear(last, _) | Period::Years(_, last)
            if !(c.date.year() - 2..=c.date.year() + 1).contains(&last) =>
        {
            push("period".into(), Problem::YearFarFromDate { year: last, held: c.date.year() });
        }
        _ => {}
    }

    if c.units.is_empty() {
        push("units".into(), Problem::NoUnits);
    }
    let mut seen = HashSet::new();
    // A unit's name and short name, each with the first unit that has it: a line copied and
    // only its id changed makes two rows alike at the roll call and a wrong quorum.
    let mut names: HashMap<(&str, &str), &str> = HashMap::new();
    for (i, u) in c.units.iter().enumerate() {
        if u.id.is_empty()
            || u.id.chars().any(|c| c.is_whitespace() || c.is_control() || crate::ronfile::invisible(c))
        {
            push(format!("units[{i}].id"), Problem::BadUnitId(u.id.clone()));
        } else if !seen.insert(u.id.as_str()) {
            push(format!("units[{i}].id"), Problem::DuplicateUnit(u.id.clone()));
        }
        for (field, text) in [("name", &u.name), ("short", &u.short)] {
            if text.trim().is_empty() {
                push(format!("units[{i}].{field}"), Problem::Empty(field.into()));
            } else if let Some(first) = names.insert((field, text.trim()), &u.id).filter(|f| *f != u.id) {
                let (text, first) = (text.trim().to_string(), first.to_string());
                push(
                    format!("units[{i}].{field}"),
                    Problem::SameUnitName { field: field.into(), text, first },
                );
            }
        }
        for (k, d) in u.delegates.iter().enumerate() {
            if d.name.trim().is_empty() {
                push(format!("units[{i}].delegates[{k}].name"), Problem::Empty("name".into()));
            }
        }
    }
    for (i, g) in c.guests.iter().enumerate() {
        if g.name.trim().is_empty() {
            push(format!("guests[{i}].name"), Problem::Empty("name".into()));
        }
    }
    // A set: the large conference names a unit some 20,000 times.
    let ids: HashSet<&str> = c.units.iter().map(|u| u.id.as_str()).collect();
    let known = |id: &str| ids.contains(id);
    let mut check_unit = |path: String, id: &Option<String>| {
        if let Some(id) = id.as_deref().filter(|id| !known(id)) {
            push(path, Problem::UnknownUnit(id.into()));
        }
    };
    check_unit("chair.unit".into(), &c.chair.unit);
    check_unit("secretary.unit".into(), &c.secretary.unit);

    let mut problems = Vec::new();
    check_rules("rules", &c.rules, &mut problems);
    if c.agenda.is_empty() {
        problems.push(("agenda".into(), Problem::EmptyAgenda));
    }
    let mut head_item: Option<usize> = None;
    for (i, item) in c.agenda.iter().enumerate() {
        // Paths are written only for a problem: most items have none.
        let at = || format!("agenda[{i}]");
        if item.title.trim().is_empty() {
            problems.push((format!("{}.title", at()), Problem::Empty("title".into())));
        }
        if item.minutes == 0 {
            problems.push((format!("{}.minutes", at()), Problem::ZeroMinutes));
        } else if item.minutes > MAX_MINUTES {
            problems.push((format!("{}.minutes", at()), Problem::TooManyMinutes(item.minutes)));
        }
        match &item.presenter {
            Some(Presenter::Unit(id)) if !known(id) => {
                problems.push((format!("{}.presenter", at()), Problem::UnknownUnit(id.clone())));
            }
            Some(Presenter::Person { name, .. }) if name.trim().is_empty() => {
                problems.push((format!("{}.presenter.name", at()), Problem::Empty("name".into())));
            }
            Some(Presenter::Person { unit: Some(id), .. }) if !known(id) => {
                problems.push((format!("{}.presenter.unit", at()), Problem::UnknownUnit(id.clone())));
            }
            _ => {}
        }
        match &item.vote {
            None if item.kind.requires_vote() => {
                problems.push((at(), Problem::VoteMissing));
            }
            None => {}
            Some(vote) => {
                let at = || format!("{}.vote", at());
                match &vote.subject {
                    Subject::Office { office, candidates, places } => {
                        if office.trim().is_empty() {
                            let path = format!("{}.subject.office", at());
                            problems.push((path, Problem::Empty("office".into())));
                        }
                        if candidates.is_empty() {
                            let path = format!("{}.subject.candidates", at());
                            problems.push((path, Problem::NoCandidates));
                        }
                        let mut seen = HashSet::new();
                        for (k, id) in candidates.iter().enumerate() {
                            let path = || format!("{}.subject.candidates[{k}]", at());
                            if !known(id) {
                                problems.push((path(), Problem::UnknownUnit(id.clone())));
                            } else if !seen.insert(id) {
                                problems.push((path(), Problem::DuplicateCandidate(id.clone())));
                            }
                        }
                        // A show of hands takes each unit's choice by digit, 1 to 9.
                        if vote.method == Method::ShowOfHands && candidates.len() > 9 {
                            let path = format!("{}.subject.candidates[9]", at());
                            problems.push((path, Problem::TooManyForHands(candidates.len())));
                        }
                        let path = || format!("{}.subject.places", at());
                        if *places == 0 {
                            problems.push((path(), Problem::ZeroPlaces));
                        } else if !candidates.is_empty() && *places as usize > candidates.len() {
                            let candidates = candidates.len();
                            problems.push((path(), Problem::TooManyPlaces { places: *places, candidates }));
                        }
                    }
                    Subject::Motion(text) => {
                        if item.kind == super::ItemKind::Election {
                            problems.push((format!("{}.subject", at()), Problem::ElectionNeedsOffice));
                        } else if text.trim().is_empty() {
                            problems.push((format!("{}.subject", at()), Problem::Empty("Motion".into())));
                        }
                    }
                }
                if vote.nominee_becomes_head {
                    let path = format!("{}.nominee_becomes_head", at());
                    if matches!(vote.subject, Subject::Motion(_)) {
                        problems.push((path, Problem::HeadNeedsOffice));
                    } else if let Some(first) = head_item {
                        problems.push((path, Problem::SecondHeadNomination(first.saturating_add(1))));
                    } else {
                        head_item = Some(i);
                    }
                }
                check_patch(&at(), &vote.rules, &mut problems);
                let base = vote.rules.apply_to(c.rules).base;
                if base.needs_ballots() && vote.method == Method::ShowOfHands {
                    let path = if vote.rules.base.is_some() {
                        format!("{}.rules.base", at())
                    } else {
                        format!("{}.method", at())
                    };
                    problems.push((path, Problem::BaseNeedsBallots(base)));
                }
            }
        }
    }
    for (path, p) in problems {
        push(path, p);
    }
    check_sections(c, &ids, &mut out);
    out
}

/// The scoring table, the awards and the covenant.
fn check_sections(c: &Conference, ids: &HashSet<&str>, out: &mut Vec<(String, Problem)>) {
    let known = |id: &str| ids.contains(id);
    let blank = |text: &str| text.trim().is_empty();
    if let Some(scoring) = &c.scoring {
        if scoring.scale == 0 {
            out.push(("scoring.scale".into(), Problem::ZeroScale));
        }
        let mut seen = HashSet::new();
        for (i, criterion) in scoring.criteria.iter().enumerate() {
            let at = format!("scoring.criteria[{i}]");
            if blank(&criterion.code) {
                out.push((format!("{at}.code"), Problem::Empty("code".into())));
            } else if !seen.insert(criterion.code.trim()) {
                out.push((format!("{at}.code"), Problem::DuplicateCriterion(criterion.code.clone())));
            }
            if blank(&criterion.title) {
                out.push((format!("{at}.title"), Problem::Empty("title".into())));
            }
            if criterion.max == 0 {
                out.push((format!("{at}.max"), Problem::ZeroCriterionMax));
            }
        }
        let sum = scoring.criteria_sum();
        if scoring.scale > 0 && !scoring.criteria.is_empty() && sum != u64::from(scoring.scale) {
            out.push(("scoring.scale".into(), Problem::ScaleNotSum { scale: scoring.scale, sum }));
        }
    }
    for (i, award) in c.awards.iter().enumerate() {
        let at = format!("awards[{i}]");
        if blank(&award.award) {
            out.push((format!("{at}.award"), Problem::Empty("award".into())));
        }
        for (k, recipient) in award.recipients.iter().enumerate() {
            let path = format!("{at}.recipients[{k}]");
            if let Err(e) = crate::awards::fits(&award.award, recipient) {
                out.push((path.clone(), Problem::Recipient(e)));
            }
            match recipient {
                Recipient::Unit(id) if !known(id) => out.push((path, Problem::UnknownUnit(id.clone()))),
                Recipient::Collective(name) if blank(name) => {
                    out.push((path, Problem::Empty("Collective".into())));
                }
                Recipient::Individual { name, .. } if blank(name) => {
                    out.push((format!("{path}.name"), Problem::Empty("name".into())));
                }
                Recipient::Individual { unit: Some(id), .. } if !known(id) => {
                    out.push((format!("{path}.unit"), Problem::UnknownUnit(id.clone())));
                }
                _ => {}
            }
        }
    }
    if let Some(covenant) = &c.covenant {
        if blank(&covenant.title) {
            out.push(("covenant.title".into(), Problem::Empty("title".into())));
        }
        if let Some(id) = covenant.presiding.as_deref().filter(|id| !known(id)) {
            out.push(("covenant.presiding".into(), Problem::UnknownUnit(id.into())));
        }
        for (k, text) in covenant.items.iter().enumerate() {
            if blank(text) {
                out.push((format!("covenant.items[{k}]"), Problem::Empty("items".into())));
            }
        }
    }
}

fn check_threshold(path: String, t: Threshold, out: &mut Vec<(String, Problem)>) {
    if !t.is_valid() {
        out.push((path, Problem::BadThreshold(t)));
    }
}

fn check_rules(at: &str, r: &Rules, out: &mut Vec<(String, Problem)>) {
    check_threshold(format!("{at}.quorum"), r.quorum, out);
    check_threshold(format!("{at}.pass"), r.pass, out);
    if r.max_rounds == 0 {
        out.push((format!("{at}.max_rounds"), Problem::ZeroRounds));
    }
}

fn check_patch(at: &str, r: &RulesPatch, out: &mut Vec<(String, Problem)>) {
    if let Some(t) = r.quorum {
        check_threshold(format!("{at}.rules.quorum"), t, out);
    }
    if let Some(t) = r.pass {
        check_threshold(format!("{at}.rules.pass"), t, out);
    }
    if r.max_rounds == Some(0) {
        out.push((format!("{at}.rules.max_rounds"), Problem::ZeroRounds));
    }
}
