//! The poll screen: who voted what (show of hands) or the count form (secret ballot) on the
//! left; the live tally on the right, each choice's count, percentage against the named base
//! and a bar with the threshold marked; who has not voted; what closing now would give; every
//! earlier round, the chair's decision and corrections. Every number is the poll's own.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Widget, Wrap};
use unicode_width::UnicodeWidthStr;

use super::Ctx;
use super::agenda::fit;
use crate::app::{FormField, PollScreen, ballots_from_form, blank_fields, choice_digit, form_fields};
use crate::conference::{Base, Method};
use crate::poll::{Choice, Outcome, Poll, Tally};

/// A unit's short name by id (the id itself if unknown).
pub(crate) fn unit_name(ctx: Ctx, id: &str) -> String {
    ctx.model.conference.short_name(id).to_string()
}

pub(crate) fn choice_name(ctx: Ctx, choice: &Choice) -> String {
    match choice {
        Choice::Candidate(id) => unit_name(ctx, id),
        Choice::For => ctx.s.choice_for.into(),
        Choice::Against => ctx.s.choice_against.into(),
        Choice::Abstain => ctx.s.choice_abstain.into(),
    }
}

/// A vote of an awards item nominates (suy tôn); others elect (trúng cử).
fn nominates(ctx: Ctx, poll: &Poll) -> bool {
    ctx.model.conference.agenda.get(poll.item).is_some_and(|i| i.kind == crate::conference::ItemKind::Awards)
}

/// Nobody chosen, in the words of the poll's kind.
fn nobody_chosen(ctx: Ctx, poll: &Poll) -> String {
    if nominates(ctx, poll) { ctx.s.not_nominated } else { ctx.s.not_elected }.into()
}

pub(crate) fn outcome_text(ctx: Ctx, poll: &Poll, outcome: &Outcome) -> String {
    let s = ctx.s;
    match outcome {
        Outcome::Passed => s.passed.into(),
        Outcome::Rejected => s.rejected.into(),
        Outcome::Elected(id) if nominates(ctx, poll) => (s.nominated)(&unit_name(ctx, id)),
        Outcome::Elected(id) => (s.elected)(&unit_name(ctx, id)),
        Outcome::NotElected => nobody_chosen(ctx, poll),
        Outcome::Tie(ids) => {
            (s.tie)(&ids.iter().map(|id| kept_whole(&unit_name(ctx, id))).collect::<Vec<_>>())
        }
    }
}

fn names(ctx: Ctx, ids: &[String]) -> String {
    ids.iter().map(|id| kept_whole(&unit_name(ctx, id))).collect::<Vec<_>>().join(", ")
}

/// A unit's name with no-break spaces: kept on one row where a list of names wraps ("Sở Tư"
/// at a row's end and "pháp" at the next read as two).
pub(crate) fn kept_whole(name: &str) -> String {
    name.replace(' ', "\u{a0}")
}

/// What a round gave or would give, in words: with several places the units it chooses
/// (`selected`) and those tied for the places left.
pub(crate) fn round_text(
    ctx: Ctx,
    poll: &Poll,
    places: u32,
    outcome: &Outcome,
    selected: &[String],
) -> String {
    // A re-vote for the places left: the units chosen before stay chosen, so nobody here is
    // "nobody more", not "nobody" (a trial read "không suy tôn" with one already chosen).
    let revote = poll.places() > places;
    if places <= 1 {
        return match outcome {
            Outcome::NotElected if revote => ctx.s.nobody_more.into(),
            _ => outcome_text(ctx, poll, outcome),
        };
    }
    let chosen = (!selected.is_empty()).then(|| (ctx.s.chosen_units)(&names(ctx, selected)));
    let unfilled = places.saturating_sub(crate::poll::count(selected.len()));
    match (outcome, chosen) {
        (Outcome::Tie(_), Some(chosen)) => format!("{chosen}; {}", outcome_text(ctx, poll, outcome)),
        (Outcome::Tie(_), None) => outcome_text(ctx, poll, outcome),
        (_, Some(chosen)) if unfilled > 0 => format!("{chosen}; {}", (ctx.s.places_unfilled)(unfilled)),
        (_, Some(chosen)) => chosen,
        (_, None) if revote => ctx.s.nobody_more.into(),
        (_, None) => nobody_chosen(ctx, poll),
    }
}

/// The last closed round's result in words (the notice after closing it).
pub(crate) fn last_round_text(ctx: Ctx, poll: &Poll) -> Option<String> {
    let round = poll.rounds.iter().rev().find(|r| !r.is_open())?;
    Some(round_text(ctx, poll, round.places, round.outcome.as_ref()?, &round.selected))
}

/// After a tie the round would end in: that the tied are voted on again in the next round,
/// or, after the last round the rules allow, that the chair decides; else nothing.
pub(crate) fn tie_then(ctx: Ctx, poll: &Poll, tally: &Tally) -> String {
    if !matches!(tally.provisional, crate::poll::Outcome::Tie(_)) {
        return String::new();
    }
    let last = crate::poll::count(poll.rounds.len()) >= poll.rules.max_rounds;
    (ctx.s.tie_then)((!last).then(|| tally.round + 1))
}

/// What the open round gives if closed now.
pub(crate) fn provisional_text(ctx: Ctx, poll: &Poll, tally: &Tally) -> String {
    let places = poll.current_round().map_or(1, |r| r.places);
    round_text(ctx, poll, places, &tally.provisional, &tally.selected)
}

/// The chair's decision in one line: the units chosen (or nobody; with several places, nobody
/// more) and the reason.
fn decision_text(ctx: Ctx, poll: &Poll, decision: &crate::poll::ChairDecision) -> String {
    let chosen = decision.chosen();
    let names = match chosen.as_slice() {
        [] if poll.places() > 1 => Some(ctx.s.nobody_more.to_string()),
        [] => None,
        chosen => Some(names(ctx, chosen)),
    };
    (ctx.s.chair_decision)(names.as_deref(), &decision.reason)
}

/// A nomination of several places that is over: every unit it chose, over all its rounds and
/// the chair's decision.
fn places_result(ctx: Ctx, poll: &Poll) -> Option<String> {
    if poll.places() <= 1 || poll.open_round().is_some() || poll.needs_chair_decision() {
        return None;
    }
    let chosen = poll.selected();
    let text = if chosen.is_empty() { ctx.s.not_elected.to_string() } else { names(ctx, &chosen) };
    Some((ctx.s.places_result)(&text))
}

/// What the chair is asked while a tie after the last round waits: the digits of the tied,
/// and with several places left those marked so far.
pub(crate) fn chair_text(ctx: Ctx, poll: &Poll, chosen: &[String]) -> String {
    let digits = poll
        .tied_with_digits()
        .into_iter()
        .map(|(digit, id)| format!("{digit} {}", unit_name(ctx, id)))
        .collect::<Vec<_>>();
    if digits.is_empty() {
        return String::new();
    }
    let rounds = poll.rounds.len() as u32;
    let left = poll.places_left();
    if left > 1 {
        let chosen = if chosen.is_empty() { ctx.s.nobody.to_string() } else { names(ctx, chosen) };
        (ctx.s.awaiting_chair_places)(rounds, left, &digits.join(" · "), &chosen)
    } else {
        (ctx.s.awaiting_chair)(rounds, &digits.join(" · "))
    }
}

/// A secret ballot's form as typed: its labels, its blank figures, what does not add up, and
/// the figures themselves (a blank read as 0).
struct TypedForm {
    fields: Vec<FormField>,
    labels: Vec<String>,
    blank: Vec<usize>,
    problems: Vec<crate::poll::BallotError>,
    ballots: crate::poll::Ballots,
}

impl TypedForm {
    fn of(ctx: Ctx, poll: &Poll, form: &[String]) -> Self {
        let ballots = ballots_from_form(poll, form);
        let problems = poll.ballot_problems(&ballots);
        let fields = form_fields(poll);
        TypedForm { labels: form_labels(ctx, &fields), fields, blank: blank_fields(form), problems, ballots }
    }
}

/// The labels of a secret ballot's form, in its order.
fn form_labels(ctx: Ctx, fields: &[FormField]) -> Vec<String> {
    let s = ctx.s;
    fields
        .iter()
        .map(|field| match field {
            FormField::Issued => s.issued.to_string(),
            FormField::Returned => s.returned.to_string(),
            FormField::Valid => s.valid.to_string(),
            FormField::Invalid => s.invalid.to_string(),
            FormField::Votes(c) => (s.votes_for)(&choice_name(ctx, c)),
        })
        .collect()
}

/// "1 Sở Nội vụ · 2 Sở Tư pháp · 0 Không biểu quyết": the digits of the open round.
pub(crate) fn digit_legend(ctx: Ctx, poll: &Poll) -> String {
    let Some(round) = poll.current_round() else { return String::new() };
    poll.choices(round)
        .iter()
        .map(|c| format!("{} {}", choice_digit(round, c), choice_name(ctx, c)))
        .collect::<Vec<_>>()
        .join(" · ")
}

fn percent(ctx: Ctx, p: Option<crate::poll::Percent>) -> String {
    p.map(|p| format!("{} %", p.format(ctx.s.decimal_separator))).unwrap_or_else(|| "–".into())
}

pub struct PollView<'a> {
    pub ctx: Ctx<'a>,
    pub screen: &'a PollScreen,
}

impl Widget for PollView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let ctx = self.ctx;
        let (s, theme) = (ctx.s, ctx.theme);
        let Some(poll) = ctx.model.record.poll(self.screen.item) else { return };
        let Some(plan) = ctx.model.conference.agenda.get(poll.item) else { return };
        let round = poll.rounds.len() as u32;
        // The item's title gives way first: the method and the round stay in view.
        let rest = format!(" · {} · {} ", (s.method)(poll.method), (s.round)(round));
        let room = usize::from(area.width.saturating_sub(2))
            .saturating_sub(unicode_width::UnicodeWidthStr::width(rest.as_str()));
        let title = format!("{}{rest}", fit(&format!(" {}. {}", poll.item + 1, plan.title), room));
        let block = Block::bordered()
            .border_style(theme.border)
            .title(Line::styled(fit(&title, usize::from(area.width.saturating_sub(2))), theme.title));
        let inner = block.inner(area);
        block.render(area, buf);

        // A secret ballot's form as typed, worked out once for the frame.
        let form = (poll.method == Method::SecretBallot).then(|| TypedForm::of(ctx, poll, &self.screen.form));
        // The tally: of the form as typed (when it adds up), else the poll's.
        let typed = form.as_ref().filter(|f| f.problems.is_empty()).and_then(|f| poll.tally_with(&f.ballots));
        // A secret ballot has a result to foresee only once its form is complete and adds up.
        let foreseen = form.as_ref().is_none_or(|f| typed.is_some() && f.blank.is_empty());
        let recorded = poll.current_round().is_some_and(|r| r.ballots.is_some());
        let known_base = typed.is_some()
            || recorded
            || !matches!(poll.rules.base, Base::Issued | Base::Returned | Base::Valid);
        // A secret ballot's figures are the form's once it adds up, or those recorded of a
        // round closed: till then the tally has none to show (not zeros, nor, while a round is
        // corrected, the figures recorded before, beside a form that says otherwise).
        let counted = form.is_none() || typed.is_some() || (recorded && poll.open_round().is_none());
        let tally = typed.unwrap_or_else(|| poll.tally());
        let rule = (s.pass_rule)(tally.threshold, tally.base);
        // Not before the base is known ("cần 0" of a form not typed yet).
        let needed = (tally.needed.filter(|_| known_base))
            .map(|n| format!(" · {}", (s.needed_votes)(n)))
            .unwrap_or_default();
        // What is voted on, as the chair reads it out: a motion's own words (the item's title
        // above is the agenda's).
        let motion = match &poll.subject {
            crate::conference::Subject::Motion(text) => {
                Some(Line::from(super::labelled(s.motion, text.trim().to_string(), theme.muted)))
            }
            crate::conference::Subject::Office { .. } => None,
        };
        let mut facts: Vec<Line> = motion.into_iter().collect();
        facts.extend([
            Line::from(vec![
                Span::styled(
                    (s.present_at_opening)(
                        poll.voters().len() as u32,
                        poll.members,
                        poll.method == crate::conference::Method::SecretBallot,
                        poll.current_round().filter(|r| r.present.is_some()).map(|r| r.number),
                    ),
                    theme.muted,
                ),
                Span::styled(" · ", theme.muted),
                // A secret ballot's base is known once its figures add up (typed or recorded).
                Span::raw((s.base_of)(tally.base, known_base.then_some(tally.base_value))),
            ]),
            Line::from(vec![
                Span::styled(format!("{}: ", s.label_threshold), theme.muted),
                Span::raw(format!("{rule}{needed}")),
            ]),
        ]);
        if poll.places() > 1 {
            // This round's places: a re-vote for the one place left chooses one.
            let secret = poll.method == crate::conference::Method::SecretBallot;
            let places =
                poll.rounds.iter().find(|r| r.number == tally.round).map_or(poll.places(), |r| r.places);
            facts.push(Line::raw(if places > 1 {
                (s.places_rule)(places, secret)
            } else {
                s.one_place_left.to_string()
            }));
        }
        // One unit should not hold two offices: the chair is told before the vote.
        for note in elected_elsewhere_notes(ctx, poll, None) {
            facts.push(Line::styled(note, theme.overrun));
        }
        // The facts wrap rather than lose their end (a long base, English).
        let width = usize::from(inner.width.max(1));
        let head_height = super::overlay::lines_height(&facts, width);
        // A secret ballot's checks run under both columns, as tall as they wrap (up to a third).
        let checks = match &form {
            Some(form) if tally.open => self.form_checks(form),
            _ => Vec::new(),
        };
        let checks_height = super::overlay::lines_height(&checks, width).min(inner.height / 3);
        let [head, body, checks_area] = Layout::vertical([
            Constraint::Length(head_height),
            Constraint::Fill(1),
            Constraint::Length(checks_height),
        ])
        .areas(inner);
        Paragraph::new(checks).wrap(Wrap { trim: true }).render(checks_area, buf);
        Paragraph::new(facts).wrap(Wrap { trim: true }).render(head, buf);
        let left_width = (body.width * 2 / 5).clamp(28, 48);
        let [left, right] =
            Layout::horizontal([Constraint::Length(left_width), Constraint::Fill(1)]).spacing(1).areas(body);
        // The units gone since the vote opened, worked out once for the frame.
        let gone = crate::app::left_during(ctx.model, poll.item);
        match &form {
            Some(form) => self.form(form, left, buf),
            None => self.hands(poll, &gone, left, buf),
        }
        // A rule between the units' votes and the tally: a unit's row is not read as the
        // count beside it.
        let divider = Block::new().borders(Borders::LEFT).border_style(theme.border);
        let right_inner = divider.inner(right);
        divider.render(right, buf);
        self.results(poll, &tally, &gone, (foreseen, counted), right_inner, buf);
    }
}

impl PollView<'_> {
    /// Show of hands: each present unit and its vote.
    /// `gone`: the units that have left since the vote opened.
    fn hands(&self, poll: &Poll, gone: &[String], area: Rect, buf: &mut Buffer) {
        let ctx = self.ctx;
        let theme = ctx.theme;
        let Some(round) = poll.current_round() else { return };
        let visible = usize::from(area.height);
        let offset = self.screen.selected.saturating_sub(visible.saturating_sub(1));
        // The names first, as wide as the longest; the vote's column gets the rest but at
        // least 12 cells (its digit tells the votes apart; the tally beside names each in full).
        let label = |c: &Choice| format!("{} {}", choice_digit(round, c), choice_name(ctx, c)).width();
        let choices = poll.choices(round);
        let labels = choices.iter().map(label).chain([ctx.s.left_mark.width(), 1]);
        let names: Vec<String> = poll.voters().iter().map(|u| unit_name(ctx, u)).collect();
        let longest_name = names.iter().map(|n| n.width()).max().unwrap_or(0);
        let width = usize::from(area.width);
        let vote_width = labels.max().unwrap_or(1).min(width.saturating_sub(longest_name + 1).max(12));
        let name_width = width.saturating_sub(vote_width + 1).max(8);
        let names = super::agenda::fit_apart(&names, name_width);
        let lines: Vec<Line> = poll
            .voters()
            .iter()
            .enumerate()
            .skip(offset)
            .take(visible)
            .map(|(i, unit)| {
                let choices = round.choices_of(unit);
                let shown = match choices.as_slice() {
                    [] if gone.contains(unit) => ctx.s.left_mark.into(),
                    [] => "—".into(),
                    [c] => format!("{} {}", choice_digit(round, c), choice_name(ctx, c)),
                    // Several marks: their digits (the tally names them).
                    several => several
                        .iter()
                        .map(|c| choice_digit(round, c).to_string())
                        .collect::<Vec<_>>()
                        .join(" + "),
                };
                let vote = choices.first();
                let name = &names[i];
                let pad = name_width.saturating_sub(name.width());
                let style = if i == self.screen.selected { theme.selected } else { Style::new() };
                let vote_style = if vote.is_some() { theme.done } else { theme.muted };
                Line::from(vec![
                    Span::styled(format!("{name}{} ", " ".repeat(pad)), style),
                    Span::styled(
                        fit(&shown, vote_width),
                        if i == self.screen.selected { style } else { vote_style },
                    ),
                ])
            })
            .collect();
        Paragraph::new(lines).render(area, buf);
    }

    /// Secret ballot: the count form, each figure with its line, and what does not add up.
    fn form(&self, form: &TypedForm, area: Rect, buf: &mut Buffer) {
        let ctx = self.ctx;
        let (s, theme) = (ctx.s, ctx.theme);
        let mut lines = vec![Line::styled(s.secret_note, theme.muted)];
        for (i, label) in form.labels.iter().enumerate() {
            let value = self.screen.form.get(i).cloned().unwrap_or_default();
            let selected = i == self.screen.selected;
            let label = fit(label, usize::from(area.width).saturating_sub(9));
            let pad = usize::from(area.width).saturating_sub(label.chars().count() + 8);
            lines.push(Line::from(vec![
                Span::raw(format!("{label}{}", " ".repeat(pad))),
                Span::styled(format!("[{value:>6}]"), if selected { theme.selected } else { theme.key }),
            ]));
        }
        // The figure under the cursor stays in view, however many candidates there are.
        let note = super::overlay::wrapped_rows(s.secret_note, usize::from(area.width.max(1)));
        let at = note + self.screen.selected as u16;
        let offset = (at + 1).saturating_sub(area.height);
        Paragraph::new(lines).wrap(Wrap { trim: true }).scroll((offset, 0)).render(area, buf);
    }

    /// Under a secret ballot's form, across the screen: the checks closing the round applies
    /// (every figure typed, and they add up, `set_ballots`, places included).
    fn form_checks(&self, form: &TypedForm) -> Vec<Line<'static>> {
        let ctx = self.ctx;
        let (s, theme) = (ctx.s, ctx.theme);
        let mut lines = Vec::new();
        let blank = &form.blank;
        let mut problems: Vec<&crate::poll::BallotError> = form.problems.iter().collect();
        if !blank.is_empty() {
            let first = blank.first().and_then(|&i| form.labels.get(i)).map_or("", String::as_str);
            lines.push(Line::styled(format!("✗ {}", (s.figures_blank)(blank.len(), first)), theme.overrun));
            // Only the checks on figures all typed ("none issued" says the same as a blank
            // first figure).
            problems.retain(|p| !blank.iter().any(|&i| form.fields.get(i).is_some_and(|f| f.checked_by(p))));
        } else if problems.is_empty() {
            lines.push(Line::styled(s.figures_ok, theme.on_time));
        }
        for p in problems {
            let choice = match p {
                crate::poll::BallotError::ChoiceAboveValid { choice, .. }
                | crate::poll::BallotError::UnknownChoice(choice) => choice_name(ctx, choice),
                _ => String::new(),
            };
            lines.push(Line::styled(format!("✗ {}", (s.ballot_problem)(p, &choice)), theme.overrun));
        }
        lines
    }

    /// The tally, the bars with the threshold, who has not voted, and the rounds so far.
    fn results(
        &self,
        poll: &Poll,
        tally: &Tally,
        gone: &[String],
        (foreseen, counted): (bool, bool),
        area: Rect,
        buf: &mut Buffer,
    ) {
        let ctx = self.ctx;
        let (s, theme) = (ctx.s, ctx.theme);
        let Some(round) = poll.current_round() else { return };
        let mut lines = Vec::new();
        let secret = poll.method == Method::SecretBallot;
        // A secret-ballot election has no abstain figure: blank ballots are simply not votes.
        let rows: Vec<_> = tally
            .rows
            .iter()
            .filter(|r| !(secret && !poll.is_motion() && r.choice == Choice::Abstain))
            .map(|r| (r, choice_name(ctx, &r.choice)))
            .collect();
        // The names as wide as the longest, leaving the bar 10 cells; the rest of a row (the
        // digit, the count, the percentage, the spaces and a margin) takes 17.
        let width = usize::from(area.width);
        let longest = rows.iter().map(|(_, n)| unicode_width::UnicodeWidthStr::width(n.as_str())).max();
        let name_width = longest.unwrap_or(0).min(width.saturating_sub(27)).max(8);
        let bar_width = width.saturating_sub(17 + name_width).clamp(6, 30);
        for (row, name) in rows {
            let name = fit(&name, name_width);
            let pad = name_width.saturating_sub(unicode_width::UnicodeWidthStr::width(name.as_str()));
            let counts = row.choice != Choice::Abstain && row.choice != Choice::Against;
            let style = if row.meets && counts { theme.on_time } else { Style::new() };
            let digit = if secret { String::new() } else { format!("{} ", choice_digit(round, &row.choice)) };
            let name = format!("{name}{}", " ".repeat(pad));
            let figures = format!(" {:>3} {:>8} ", row.count, percent(ctx, row.percent));
            let mut spans = vec![Span::styled(digit, theme.key), Span::styled(name, style)];
            if counted {
                spans.push(Span::styled(figures, style));
                spans.extend(bar(ctx, row.count, tally, bar_width, style));
            }
            lines.push(Line::from(spans));
        }
        lines.push(Line::raw(""));
        if tally.open && poll.method == Method::ShowOfHands {
            // Units gone since the vote opened are named apart: they will not vote.
            let (waiting, gone) = crate::app::without_vote(tally.not_voted.clone(), gone);
            if waiting.is_empty() {
                lines.push(Line::styled(s.all_voted, theme.on_time));
            } else {
                lines.push(Line::styled((s.not_voted)(&names(ctx, &waiting)), theme.message));
            }
            if !gone.is_empty() {
                lines.push(Line::styled((s.left_not_voting)(&names(ctx, &gone)), theme.message));
            }
        }
        // Units that came once it had opened are in the room, not in the vote.
        let came =
            if tally.open { ctx.model.record.came_during(&ctx.model.conference, poll) } else { Vec::new() };
        if !came.is_empty() {
            let names: Vec<String> = came.iter().map(|u| unit_name(ctx, u)).collect();
            lines.push(Line::styled((s.came_not_voting)(&names.join(", ")), theme.message));
        }
        if tally.open && foreseen {
            let mut foreseen = (s.if_closed_now)(&provisional_text(ctx, poll, tally));
            let then = tie_then(ctx, poll, tally);
            if !then.is_empty() {
                foreseen = format!("{foreseen}.{then}");
            }
            lines.push(Line::from(vec![Span::raw(foreseen)]));
        } else if tally.open {
            lines.push(Line::styled(s.no_result_yet, theme.muted));
        }
        for r in poll.rounds.iter().filter(|r| !r.is_open()) {
            let Some(outcome) = &r.outcome else { continue };
            let text = round_text(ctx, poll, r.places, outcome, &r.selected);
            lines.push(Line::styled((s.round_result)(r.number, &text), theme.title));
        }
        if let Some(decision) = &poll.chair_decision {
            lines.push(Line::styled(decision_text(ctx, poll, decision), theme.title));
        }
        if let Some(result) = places_result(ctx, poll) {
            lines.push(Line::styled(result, theme.on_time));
        }
        // The bloc's rule that the nominee heads it next year: said here as in the biên bản.
        let head = ctx.model.conference.head_title();
        if let Some(unit) = poll.proposed_head() {
            lines.push(Line::styled((s.proposed_head)(head, &unit_name(ctx, &unit)), theme.on_time));
        } else {
            let tied = poll.head_tied();
            if !tied.is_empty() {
                lines.push(Line::styled((s.head_tied)(head, &names(ctx, &tied)), theme.warning));
            }
        }
        if poll.needs_chair_decision() {
            lines.push(Line::styled(chair_text(ctx, poll, &self.screen.chosen), theme.warning));
        } else if !tally.open {
            if poll.can_revote() {
                lines.push(Line::styled((s.revote_hint)(poll.next_round()), theme.message));
            } else if poll.rounds_exhausted() {
                let note =
                    crate::keys::first_key(crate::keys::Context::Agenda, crate::keys::Command::EditNote, s);
                lines.push(Line::styled((s.no_more_rounds)(poll.rules.max_rounds, &note), theme.message));
            }
            lines.push(Line::styled(s.poll_closed_hint, theme.muted));
        }
        if !poll.corrections.is_empty() {
            // By round: a line after round 1's result must not read as round 1's.
            let mut rounds: Vec<(u32, usize)> = Vec::new();
            for c in &poll.corrections {
                match rounds.iter_mut().find(|(r, _)| *r == c.round) {
                    Some((_, n)) => *n += 1,
                    None => rounds.push((c.round, 1)),
                }
            }
            rounds.sort_unstable();
            lines.push(Line::styled((s.corrections)(&rounds), theme.muted));
        }
        Paragraph::new(lines).wrap(Wrap { trim: true }).render(area, buf);
    }
}

/// "Lưu ý: Sở Tư pháp đã trúng cử Khối trưởng … (nội dung 8).", for each candidate of `poll`
/// another election has chosen (only those in `among`, when given).
pub(super) fn elected_elsewhere_notes(ctx: Ctx, poll: &Poll, among: Option<&[String]>) -> Vec<String> {
    let c = &ctx.model.conference;
    let office = |item: usize| match c.agenda.get(item).and_then(|a| a.vote.as_ref()).map(|v| &v.subject) {
        Some(crate::conference::Subject::Office { office, .. }) => office.trim().to_string(),
        _ => String::new(),
    };
    (ctx.model.record.elected_elsewhere(c, poll.item).into_iter())
        .filter(|(unit, _)| among.is_none_or(|a| a.contains(unit)))
        .map(|(unit, item)| (ctx.s.elected_elsewhere)(c.short_name(&unit), &office(item), item + 1))
        .collect()
}

/// A bar of `count` against the base, in whole cells, with "│" where the threshold is.
fn bar<'a>(ctx: Ctx<'a>, count: u32, tally: &Tally, width: usize, style: Style) -> Vec<Span<'a>> {
    let base = u64::from(tally.base_value.max(1));
    let cells = |n: u32| usize::try_from(u64::from(n) * width as u64 / base).unwrap_or(width).min(width);
    let filled = cells(count);
    let mark = tally.needed.map(cells).filter(|&m| m < width);
    let mut text: Vec<char> = "█".repeat(filled).chars().chain("░".repeat(width - filled).chars()).collect();
    if let Some(m) = mark
        && let Some(c) = text.get_mut(m)
    {
        *c = '│';
    }
    let (done, rest): (String, String) = (text[..filled].iter().collect(), text[filled..].iter().collect());
    vec![Span::styled(done, style.patch(ctx.theme.on_time)), Span::styled(rest, ctx.theme.muted)]
}

/// The result of a closed poll in one line (for the agenda's item panel); empty while open.
pub(crate) fn result_line(ctx: Ctx, poll: &Poll) -> String {
    if let Some(result) = places_result(ctx, poll) {
        return match &poll.chair_decision {
            Some(decision) => format!("{result} · {}", decision_text(ctx, poll, decision)),
            None => result,
        };
    }
    if let Some(decision) = &poll.chair_decision {
        return decision_text(ctx, poll, decision);
    }
    match (poll.rounds.last(), last_round_text(ctx, poll)) {
        (Some(r), Some(text)) if poll.open_round().is_none() => (ctx.s.round_result)(r.number, &text),
        _ => String::new(),
    }
}
