//! The one key table: which key means which command in which context.
//!
//! Dispatch, the footer's hints and the help screen are all read from `BINDINGS`, so they
//! cannot disagree with what the keys do; likewise the text fields' editing keys, which the
//! fields take through `EDITING` and the help lists from it. Only key *presses* are commands (a held key's
//! repeats and releases are not), so one press never acts twice. No state changes here.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use crate::i18n::Strings;

/// What a key asks for. Parameterless, so that each has one label in the help.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Command {
    NextItem,
    PreviousItem,
    SkipItem,
    StartSelected,
    SelectUp,
    SelectDown,
    SelectFirst,
    SelectLast,
    PageUp,
    PageDown,
    Help,
    CloseHelp,
    Quit,
    Yes,
    No,
    /// Thông qua biên bản.
    AdoptMinutes,
    /// Save the minutes somewhere else (after a failed save, say).
    SaveElsewhere,
    /// Open the roll call (điểm danh).
    RollCall,
    /// Open the poll of the selected vote item.
    OpenPoll,
    /// Leave a screen for the agenda.
    Back,
    /// From a screen's second part (an award's recipients, the covenant's contents) back to
    /// its first, the list.
    BackToList,
    MarkPresent,
    MarkAbsent,
    ChangeDelegate,
    /// Who chairs the conference (chủ tọa), when not the file's.
    ChangeChair,
    /// Every unit not yet called is present.
    AllPresent,
    /// A digit: a unit's vote, a figure of the ballot form, or a pick.
    Choose,
    /// Withdraw a vote / delete a digit.
    Erase,
    /// Nhất trí: every present unit that has not voted votes the same.
    Unanimous,
    CloseRound,
    /// Correct a closed poll (with a reason).
    Reopen,
    /// Vote again (bầu lại) when nobody, or too few, reached the threshold.
    Revote,
    /// The selected item's comments.
    Comments,
    /// The selected item's note (diễn biến).
    EditNote,
    NewComment,
    EditComment,
    DeleteComment,
    /// Tiếp thu.
    TakenUp,
    /// Giải trình.
    Answered,
    /// Between an item's comments and a unit's across the conference.
    ToggleScope,
    /// Save what is written (a comment, a note).
    SaveText,
    NextField,
    PrevField,
    /// Between the two parts of a screen (the covenant's signing and its contents; an
    /// award and its recipients).
    OtherPane,
    /// Write the biên bản (.docx) beside the minutes.
    Export,
    /// The scoring table (chấm điểm, xếp hạng).
    Scoring,
    /// The covenant signing (ký kết giao ước).
    Covenant,
    /// Open the score of the cell under the cursor, to correct it (Enter).
    EnterScore,
    /// Type a new score in the cell under the cursor, beginning with the digit pressed.
    TypeScore,
    ColumnLeft,
    ColumnRight,
    /// The unit under the cursor signs the covenant.
    Sign,
    /// The unit under the cursor does not sign (absent, with a reason).
    NotSign,
    /// Every present unit not yet marked signs.
    AllSign,
    /// Record the chair's choice among the tied (several places left).
    Decide,
    /// Take the choices marked (nhất trí with several places).
    Accept,
    /// Record what is typed in a one-line field.
    Submit,
    /// Close a one-line field without recording anything.
    Cancel,
    /// The unit under the cursor presides over the signing.
    SetPresiding,
    /// Add a line (a covenant's item, an award, a recipient …) at the end.
    NewItem,
    /// Change the line under the cursor.
    EditItem,
    /// Remove the line under the cursor.
    DeleteItem,
    /// The awards handed out under the selected item (khen thưởng).
    Awards,
    /// How many received an award without being named here.
    SetCounts,
    /// A collective receives the award (a member unit or another by name).
    AddCollective,
    /// A person receives the award.
    AddIndividual,
}

/// Where the keyboard is: the innermost open layer sees a key first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Context {
    /// Keys that work everywhere unless a layer above takes them.
    Global,
    Agenda,
    Help,
    Confirm,
    /// A question whose yes is hard to take back or most often a slip (throwing typing away,
    /// adopting the minutes, closing a round before every present unit has voted, a score
    /// above its maximum):
    /// Enter, which goes on typing in a text and says yes elsewhere, is no here.
    Careful,
    /// A one-line text field: printable keys are text, not commands.
    Prompt,
    RollCall,
    /// A show-of-hands poll.
    Hands,
    /// The count form of a secret ballot.
    Ballot,
    /// Waiting for a digit (the choice for nhất trí).
    Pick,
    /// Waiting for the digit of an award of the conference file.
    PickAward,
    /// A poll that is over.
    PollClosed,
    /// A poll over with places still open and no tie: the conference may vote again.
    Revote,
    /// A poll tied after its last round: the chair's choice.
    Chair,
    CommentList,
    /// Writing a comment: printable keys are text.
    Compose,
    /// Writing an item's note: printable keys are text.
    Note,
    Scoring,
    /// The covenant signing: the units.
    Covenant,
    /// The covenant's numbered contents.
    CovenantItems,
    /// The awards of an item.
    Awards,
    /// The recipients of the award under the cursor.
    AwardRecipients,
}

impl Context {
    /// A yes/no question: answered with the language's letters, Caps Lock or not.
    pub fn is_question(self) -> bool {
        matches!(self, Context::Confirm | Context::Careful)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub ctrl: bool,
    /// Alt (Option on a Mac): only text fields use it (Alt+Backspace deletes a word).
    pub alt: bool,
}

const fn k(c: char) -> Key {
    Key { code: KeyCode::Char(c), ctrl: false, alt: false }
}
const fn code(code: KeyCode) -> Key {
    Key { code, ctrl: false, alt: false }
}
const fn ctrl(c: char) -> Key {
    Key { code: KeyCode::Char(c), ctrl: true, alt: false }
}

pub struct Binding {
    pub context: Context,
    pub keys: &'static [Key],
    pub command: Command,
    /// Shown in the footer's hints (the help shows every binding).
    pub hint: bool,
}

const fn bind(context: Context, keys: &'static [Key], command: Command, hint: bool) -> Binding {
    Binding { context, keys, command, hint }
}

use Command as C;
use Context::{
    Agenda, AwardRecipients, Awards, Ballot, Careful, Chair, CommentList, Compose, Confirm, Covenant,
    CovenantItems, Global, Hands, Help, Note, Pick, PickAward, PollClosed, Prompt, Revote, RollCall, Scoring,
};

/// The digit keys, as one binding's keys (shown as "0–9").
pub const BINDINGS_DIGITS: &[Key] = DIGITS;
const DIGITS: &[Key] = &[k('1'), k('2'), k('3'), k('4'), k('5'), k('6'), k('7'), k('8'), k('9'), k('0')];
const UP: &[Key] = &[code(KeyCode::Up), k('k')];
const DOWN: &[Key] = &[code(KeyCode::Down), k('j')];

pub static BINDINGS: &[Binding] = &[
    bind(Agenda, &[k('n'), code(KeyCode::Right)], C::NextItem, true),
    bind(Agenda, &[k('p'), code(KeyCode::Left)], C::PreviousItem, true),
    bind(Agenda, &[k('s')], C::SkipItem, true),
    bind(Agenda, &[code(KeyCode::Enter)], C::StartSelected, true),
    bind(Agenda, &[code(KeyCode::Up), k('k')], C::SelectUp, false),
    bind(Agenda, &[code(KeyCode::Down), k('j')], C::SelectDown, false),
    bind(Agenda, &[code(KeyCode::Home)], C::SelectFirst, false),
    bind(Agenda, &[code(KeyCode::End)], C::SelectLast, false),
    bind(Agenda, &[code(KeyCode::PageUp)], C::PageUp, false),
    bind(Agenda, &[code(KeyCode::PageDown)], C::PageDown, false),
    bind(Agenda, &[k('d')], C::RollCall, true),
    bind(Agenda, &[k('v')], C::OpenPoll, true),
    bind(Agenda, &[k('g')], C::Comments, true),
    bind(Agenda, &[k('e')], C::EditNote, false),
    bind(Agenda, &[k('t')], C::AdoptMinutes, false),
    bind(Agenda, &[k('b')], C::Export, false),
    bind(Agenda, &[k('c')], C::Scoring, false),
    bind(Agenda, &[k('u')], C::Covenant, false),
    bind(Agenda, &[k('a')], C::Awards, false),
    bind(Awards, &[k('n'), code(KeyCode::Insert)], C::NewItem, true),
    bind(Awards, &[code(KeyCode::Esc)], C::Back, true),
    bind(Awards, &[code(KeyCode::Enter)], C::EditItem, true),
    bind(Awards, &[k('s')], C::SetCounts, true),
    bind(Awards, &[k('x'), code(KeyCode::Delete)], C::DeleteItem, true),
    bind(Awards, &[code(KeyCode::Tab), code(KeyCode::BackTab)], C::OtherPane, true),
    bind(Awards, UP, C::SelectUp, false),
    bind(Awards, DOWN, C::SelectDown, false),
    bind(Awards, &[code(KeyCode::Home)], C::SelectFirst, false),
    bind(Awards, &[code(KeyCode::End)], C::SelectLast, false),
    bind(AwardRecipients, &[code(KeyCode::Esc)], C::BackToList, true),
    bind(AwardRecipients, &[k('t')], C::AddCollective, true),
    bind(AwardRecipients, &[k('i')], C::AddIndividual, true),
    bind(AwardRecipients, &[code(KeyCode::Enter)], C::EditItem, false),
    bind(AwardRecipients, &[k('x'), code(KeyCode::Delete)], C::DeleteItem, true),
    bind(AwardRecipients, &[code(KeyCode::Tab), code(KeyCode::BackTab)], C::OtherPane, true),
    bind(AwardRecipients, UP, C::SelectUp, false),
    bind(AwardRecipients, DOWN, C::SelectDown, false),
    bind(AwardRecipients, &[code(KeyCode::Home)], C::SelectFirst, false),
    bind(AwardRecipients, &[code(KeyCode::End)], C::SelectLast, false),
    bind(Scoring, DIGITS, C::TypeScore, true),
    bind(Scoring, &[code(KeyCode::Enter)], C::EnterScore, true),
    bind(Scoring, &[code(KeyCode::Esc)], C::Back, true),
    bind(Scoring, &[code(KeyCode::Backspace), code(KeyCode::Delete)], C::Erase, true),
    bind(Scoring, &[code(KeyCode::Left), code(KeyCode::BackTab)], C::ColumnLeft, false),
    bind(Scoring, &[code(KeyCode::Right), code(KeyCode::Tab)], C::ColumnRight, false),
    bind(Scoring, UP, C::SelectUp, false),
    bind(Scoring, DOWN, C::SelectDown, false),
    bind(Covenant, &[k('c')], C::Sign, true),
    bind(Covenant, &[k('v')], C::NotSign, true),
    bind(Covenant, &[k('a')], C::AllSign, true),
    bind(Covenant, &[code(KeyCode::Esc)], C::Back, true),
    bind(Covenant, &[code(KeyCode::Backspace), code(KeyCode::Delete)], C::Erase, true),
    bind(Covenant, &[k('p')], C::SetPresiding, false),
    bind(Covenant, &[code(KeyCode::Tab), code(KeyCode::BackTab)], C::OtherPane, true),
    bind(Covenant, UP, C::SelectUp, false),
    bind(Covenant, DOWN, C::SelectDown, false),
    bind(Covenant, &[code(KeyCode::Home)], C::SelectFirst, false),
    bind(Covenant, &[code(KeyCode::End)], C::SelectLast, false),
    bind(CovenantItems, &[code(KeyCode::Enter)], C::EditItem, true),
    bind(CovenantItems, &[k('n'), code(KeyCode::Insert)], C::NewItem, true),
    bind(CovenantItems, &[k('x'), code(KeyCode::Delete)], C::DeleteItem, true),
    bind(CovenantItems, &[code(KeyCode::Esc)], C::BackToList, true),
    bind(CovenantItems, &[code(KeyCode::Tab), code(KeyCode::BackTab)], C::OtherPane, true),
    bind(CovenantItems, UP, C::SelectUp, false),
    bind(CovenantItems, DOWN, C::SelectDown, false),
    bind(CovenantItems, &[code(KeyCode::Home)], C::SelectFirst, false),
    bind(CovenantItems, &[code(KeyCode::End)], C::SelectLast, false),
    bind(RollCall, &[k('c')], C::MarkPresent, true),
    bind(RollCall, &[k('v')], C::MarkAbsent, true),
    bind(RollCall, &[k('d')], C::ChangeDelegate, true),
    bind(RollCall, &[k('a')], C::AllPresent, true),
    bind(RollCall, &[k('t')], C::ChangeChair, false),
    bind(RollCall, UP, C::SelectUp, false),
    bind(RollCall, DOWN, C::SelectDown, false),
    bind(RollCall, &[code(KeyCode::Home)], C::SelectFirst, false),
    bind(RollCall, &[code(KeyCode::End)], C::SelectLast, false),
    bind(RollCall, &[code(KeyCode::Esc)], C::Back, true),
    bind(Hands, DIGITS, C::Choose, true),
    bind(Hands, &[code(KeyCode::Enter)], C::CloseRound, true),
    bind(Hands, &[code(KeyCode::Esc)], C::Back, true),
    bind(Hands, &[k('a')], C::Unanimous, true),
    bind(Hands, &[code(KeyCode::Backspace), code(KeyCode::Delete)], C::Erase, true),
    bind(Hands, UP, C::SelectUp, false),
    bind(Hands, DOWN, C::SelectDown, false),
    bind(Hands, &[code(KeyCode::Home)], C::SelectFirst, false),
    bind(Hands, &[code(KeyCode::End)], C::SelectLast, false),
    bind(Ballot, DIGITS, C::Choose, true),
    bind(Ballot, &[code(KeyCode::Backspace), code(KeyCode::Delete)], C::Erase, false),
    bind(Ballot, &[code(KeyCode::Up), code(KeyCode::BackTab)], C::SelectUp, false),
    bind(Ballot, &[code(KeyCode::Down), code(KeyCode::Tab)], C::SelectDown, true),
    bind(Ballot, &[code(KeyCode::Home)], C::SelectFirst, false),
    bind(Ballot, &[code(KeyCode::End)], C::SelectLast, false),
    bind(Ballot, &[code(KeyCode::Enter)], C::CloseRound, true),
    bind(Ballot, &[code(KeyCode::Esc)], C::Back, true),
    // The footer shows as many as fit in this order: the answers, the way back, then editing.
    // A comment's own keys first: at 80 columns the footer keeps them.
    bind(CommentList, &[k('n'), code(KeyCode::Insert)], C::NewComment, true),
    // The answers before editing and deleting: at 80 columns the hints end before x.
    bind(CommentList, &[k('t')], C::TakenUp, true),
    bind(CommentList, &[k('g')], C::Answered, true),
    bind(CommentList, &[code(KeyCode::Enter)], C::EditComment, true),
    bind(CommentList, &[k('x'), code(KeyCode::Delete)], C::DeleteComment, true),
    bind(CommentList, &[code(KeyCode::Esc)], C::Back, true),
    bind(CommentList, &[k('u')], C::ToggleScope, true),
    bind(CommentList, UP, C::SelectUp, false),
    bind(CommentList, DOWN, C::SelectDown, false),
    bind(CommentList, &[code(KeyCode::Home)], C::SelectFirst, false),
    bind(CommentList, &[code(KeyCode::End)], C::SelectLast, false),
    bind(Compose, &[ctrl('s'), code(KeyCode::F(2))], C::SaveText, true),
    bind(Compose, &[code(KeyCode::Tab)], C::NextField, true),
    bind(Compose, &[code(KeyCode::BackTab)], C::PrevField, false),
    bind(Compose, &[code(KeyCode::Esc)], C::Back, true),
    bind(Compose, &[ctrl('c')], C::Quit, false),
    // In a text ? is a letter: the help is F1.
    bind(Compose, &[code(KeyCode::F(1))], C::Help, false),
    bind(Note, &[ctrl('s'), code(KeyCode::F(2))], C::SaveText, true),
    bind(Note, &[code(KeyCode::Esc)], C::Back, true),
    bind(Note, &[ctrl('c')], C::Quit, false),
    bind(Note, &[code(KeyCode::F(1))], C::Help, false),
    bind(Revote, &[k('b')], C::Revote, true),
    bind(PollClosed, &[k('r')], C::Reopen, true),
    bind(PollClosed, &[code(KeyCode::Esc)], C::Back, true),
    bind(Chair, DIGITS, C::Choose, true),
    bind(Chair, &[code(KeyCode::Enter)], C::Decide, false),
    bind(Chair, &[k('r')], C::Reopen, true),
    bind(Chair, &[code(KeyCode::Esc)], C::Back, true),
    bind(Pick, DIGITS, C::Choose, true),
    bind(Pick, &[code(KeyCode::Enter)], C::Accept, true),
    bind(Pick, &[code(KeyCode::Esc)], C::Cancel, true),
    bind(Pick, &[ctrl('c')], C::Quit, false),
    bind(PickAward, DIGITS, C::Choose, true),
    // Its own words are in the question ("0 hoặc Enter: nhập hình thức khác"), not "thêm".
    bind(PickAward, &[code(KeyCode::Enter)], C::NewItem, false),
    bind(PickAward, &[code(KeyCode::Esc)], C::Cancel, true),
    bind(PickAward, &[ctrl('c')], C::Quit, false),
    bind(Help, &[code(KeyCode::Esc), k('?'), k('q'), code(KeyCode::F(1))], C::CloseHelp, true),
    bind(Help, &[code(KeyCode::Up), k('k')], C::SelectUp, true),
    bind(Help, &[code(KeyCode::Down), k('j')], C::SelectDown, true),
    bind(Help, &[code(KeyCode::PageUp)], C::PageUp, true),
    bind(Help, &[code(KeyCode::PageDown)], C::PageDown, true),
    bind(Help, &[code(KeyCode::Home)], C::SelectFirst, false),
    bind(Help, &[code(KeyCode::End)], C::SelectLast, false),
    bind(Confirm, &[k('c'), k('y'), code(KeyCode::Enter)], C::Yes, true),
    bind(Confirm, &[ctrl('c')], C::Quit, false),
    bind(Confirm, &[k('k'), k('n'), code(KeyCode::Esc)], C::No, true),
    bind(Careful, &[k('c'), k('y')], C::Yes, true),
    bind(Careful, &[ctrl('c')], C::Quit, false),
    bind(Careful, &[k('k'), k('n'), code(KeyCode::Esc), code(KeyCode::Enter)], C::No, true),
    bind(Prompt, &[code(KeyCode::Enter)], C::Submit, true),
    bind(Prompt, &[code(KeyCode::Esc)], C::Cancel, true),
    bind(Prompt, &[ctrl('c')], C::Quit, false),
    bind(Global, &[k('?'), code(KeyCode::F(1))], C::Help, true),
    bind(Global, &[k('q')], C::Quit, true),
    // Where the minutes cannot be saved the banner names it, whatever screen is open.
    bind(Global, &[k('w')], C::SaveElsewhere, false),
    bind(Global, &[ctrl('c')], C::Quit, false),
];

impl Key {
    pub fn from_event(ev: &KeyEvent) -> Option<Key> {
        if ev.kind != KeyEventKind::Press {
            return None;
        }
        let ctrl = ev.modifiers.contains(KeyModifiers::CONTROL);
        let alt = ev.modifiers.contains(KeyModifiers::ALT);
        Some(Key::new(ev.code, ctrl, alt))
    }

    /// The key as the table names it: Shift is part of the character already, and an ASCII
    /// letter with Ctrl is folded to lower case (Caps Lock, Shift).
    pub fn new(code: KeyCode, ctrl: bool, alt: bool) -> Key {
        let code = match code {
            KeyCode::Char(c) if ctrl => KeyCode::Char(c.to_ascii_lowercase()),
            other => other,
        };
        Key { code, ctrl, alt }
    }

    /// The key as the help prints it, in the interface language.
    pub fn name(&self, s: &Strings) -> String {
        let n = &s.key_names;
        let base = match self.code {
            KeyCode::Char(' ') => n.space.to_string(),
            KeyCode::Char(c) if self.ctrl || self.alt => c.to_uppercase().to_string(),
            KeyCode::Char(c) => c.to_string(),
            KeyCode::Enter => n.enter.into(),
            KeyCode::Esc => n.esc.into(),
            KeyCode::Left => n.left.into(),
            KeyCode::Right => n.right.into(),
            KeyCode::Up => n.up.into(),
            KeyCode::Down => n.down.into(),
            KeyCode::Home => n.home.into(),
            KeyCode::End => n.end.into(),
            KeyCode::PageUp => n.page_up.into(),
            KeyCode::PageDown => n.page_down.into(),
            KeyCode::Tab => n.tab.into(),
            KeyCode::BackTab => format!("Shift+{}", n.tab),
            KeyCode::Backspace => n.backspace.into(),
            KeyCode::F(f) => format!("F{f}"),
            other => format!("{other:?}"),
        };
        let base = if self.alt { format!("Alt+{base}") } else { base };
        if self.ctrl { format!("{}+{base}", n.ctrl) } else { base }
    }
}

/// What an editing key does in a text field. The fields handle these themselves (printable
/// keys are text there, not commands); [`EDITING`] says which keys, for the fields and for the
/// help alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edit {
    DeleteBack,
    DeleteWordBack,
    DeleteForward,
    DeleteWordForward,
    /// From the start of a one-line field to the cursor.
    DeleteToStart,
    Left,
    Right,
    WordLeft,
    WordRight,
    LineUp,
    LineDown,
    PageUp,
    PageDown,
    LineStart,
    LineEnd,
    TextStart,
    TextEnd,
    NewLine,
}

/// The two kinds of text field: one line (a reason, a name, a figure's prompt), or a text of
/// several lines (a comment, an item's note).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Line,
    Text,
}

pub struct EditBinding {
    pub fields: &'static [Field],
    pub keys: &'static [Key],
    pub edit: Edit,
}

const fn edit(fields: &'static [Field], keys: &'static [Key], edit: Edit) -> EditBinding {
    EditBinding { fields, keys, edit }
}

const fn ctrl_code(code: KeyCode) -> Key {
    Key { code, ctrl: true, alt: false }
}

const fn alt_code(code: KeyCode) -> Key {
    Key { code, ctrl: false, alt: true }
}

const BOTH: &[Field] = &[Field::Line, Field::Text];
const TEXT: &[Field] = &[Field::Text];
const LINE: &[Field] = &[Field::Line];

/// The editing keys of the text fields, in the order the help lists them. Ctrl+H is Backspace
/// (the byte input methods send for it on Unix), so it cannot also delete a word.
pub static EDITING: &[EditBinding] = &[
    edit(BOTH, &[code(KeyCode::Left)], Edit::Left),
    edit(BOTH, &[code(KeyCode::Right)], Edit::Right),
    edit(BOTH, &[ctrl_code(KeyCode::Left), alt_code(KeyCode::Left)], Edit::WordLeft),
    edit(BOTH, &[ctrl_code(KeyCode::Right), alt_code(KeyCode::Right)], Edit::WordRight),
    edit(BOTH, &[code(KeyCode::Home)], Edit::LineStart),
    edit(BOTH, &[code(KeyCode::End)], Edit::LineEnd),
    edit(BOTH, &[code(KeyCode::Up)], Edit::LineUp),
    edit(BOTH, &[code(KeyCode::Down)], Edit::LineDown),
    edit(TEXT, &[code(KeyCode::PageUp)], Edit::PageUp),
    edit(TEXT, &[code(KeyCode::PageDown)], Edit::PageDown),
    edit(TEXT, &[ctrl_code(KeyCode::Home)], Edit::TextStart),
    edit(TEXT, &[ctrl_code(KeyCode::End)], Edit::TextEnd),
    edit(TEXT, &[code(KeyCode::Enter)], Edit::NewLine),
    edit(BOTH, &[code(KeyCode::Backspace), ctrl('h')], Edit::DeleteBack),
    // A row each, so that the help's rows fit its width.
    edit(BOTH, &[ctrl('w'), ctrl_code(KeyCode::Backspace)], Edit::DeleteWordBack),
    edit(BOTH, &[alt_code(KeyCode::Backspace)], Edit::DeleteWordBack),
    edit(BOTH, &[code(KeyCode::Delete)], Edit::DeleteForward),
    edit(TEXT, &[ctrl_code(KeyCode::Delete)], Edit::DeleteWordForward),
    edit(TEXT, &[alt_code(KeyCode::Delete)], Edit::DeleteWordForward),
    edit(LINE, &[ctrl('u')], Edit::DeleteToStart),
];

/// What `key` does in a text field of kind `field`, if it is one of its editing keys.
pub fn edit_for(field: Field, key: Key) -> Option<Edit> {
    EDITING.iter().find(|b| b.fields.contains(&field) && b.keys.contains(&key)).map(|b| b.edit)
}

/// The editing keys the help lists under a context's own: a one-line field's under the
/// prompt's, a text's under the comment's or the note's, whichever the help shows first
/// (`first_text`: neither has been shown yet).
pub fn editing_in(context: Context, first_text: bool) -> Option<Field> {
    match context {
        Context::Prompt => Some(Field::Line),
        Context::Compose | Context::Note if first_text => Some(Field::Text),
        _ => None,
    }
}

/// The command a key means in the given stack of contexts, innermost first.
pub fn command_for(contexts: &[Context], key: Key) -> Option<Command> {
    let found = |key: Key| {
        contexts.iter().find_map(|&ctx| {
            BINDINGS.iter().find(|b| b.context == ctx && b.keys.contains(&key)).map(|b| b.command)
        })
    };
    found(key).or_else(|| {
        // A question takes its answers with Caps Lock on too (C, K, Y, N): nothing is typed
        // there, and no key of the table is a capital letter.
        let KeyCode::Char(c) = key.code else { return None };
        let small = Key { code: KeyCode::Char(c.to_ascii_lowercase()), ..key };
        let asked = contexts.iter().any(|c| c.is_question());
        (asked && c.is_ascii_uppercase()).then(|| found(small)).flatten()
    })
}

/// The bindings a layer shows in its hints, in table order, with what they're shadowed by
/// removed (a key that an inner context takes is not offered again from an outer one).
/// The help's sections, in order (those of the screen under the help come first).
pub const HELP_ORDER: [Context; 22] = [
    Context::Agenda,
    Context::RollCall,
    Context::Hands,
    Context::Ballot,
    Context::Chair,
    Context::CommentList,
    Context::Compose,
    Context::Note,
    Context::Scoring,
    Context::Covenant,
    Context::CovenantItems,
    Context::Awards,
    Context::AwardRecipients,
    Context::Revote,
    Context::PollClosed,
    Context::Global,
    Context::Help,
    Context::Confirm,
    Context::Careful,
    Context::Prompt,
    Context::Pick,
    Context::PickAward,
];

/// Rows of the help: each section's title and its bindings, a blank row between sections.
pub fn help_rows() -> usize {
    let bindings = BINDINGS.iter().filter(|b| HELP_ORDER.contains(&b.context)).count();
    let editing = [Field::Line, Field::Text]
        .into_iter()
        .map(|field| EDITING.iter().filter(|b| b.fields.contains(&field)).count())
        .sum::<usize>();
    HELP_ORDER.len() * 2 - 1 + bindings + editing
}

pub fn hints(contexts: &[Context]) -> Vec<&'static Binding> {
    let mut out: Vec<&'static Binding> = Vec::new();
    for &ctx in contexts {
        for b in BINDINGS.iter().filter(|b| b.context == ctx && b.hint) {
            let shadowed = b.keys.iter().all(|&key| command_for(contexts, key) != Some(b.command));
            if !shadowed && !out.iter().any(|o| o.command == b.command) {
                out.push(b);
            }
        }
    }
    out
}

/// "n/→": the keys of a binding joined for display ("0–9" for the digits).
pub fn keys_label(b: &Binding, s: &Strings) -> String {
    if b.keys == DIGITS {
        return "0–9".into();
    }
    b.keys.iter().map(|k| k.name(s)).collect::<Vec<_>>().join("/")
}

/// The digit a key stands for, if it is one.
pub fn digit(key: Key) -> Option<u8> {
    match key.code {
        KeyCode::Char(c) if !key.ctrl => c.to_digit(10).and_then(|d| u8::try_from(d).ok()),
        _ => None,
    }
}

/// The first key bound to `command` in `context`, for sentences like "press n to start".
/// Whether `command` has a key that reaches it in `contexts`: bound in one of them and not
/// taken by a layer before it (a letter typed into a text, say).
pub fn reachable(contexts: &[Context], command: Command) -> bool {
    BINDINGS
        .iter()
        .filter(|b| b.command == command && contexts.contains(&b.context))
        .flat_map(|b| b.keys)
        .any(|&key| command_for(contexts, key) == Some(command))
}

pub fn first_key(context: Context, command: Command, s: &Strings) -> String {
    BINDINGS
        .iter()
        .find(|b| b.context == context && b.command == command)
        .and_then(|b| lead(b, s))
        .map(|k| k.name(s))
        .unwrap_or_default()
}

/// The key a binding is shown with when there is room for one: its first, except that a
/// question's yes and no are shown with the interface language's letters (c/k, y/n).
fn lead(b: &Binding, s: &Strings) -> Option<Key> {
    let answer = |k: &&Key| matches!(k.code, KeyCode::Char(c) if !k.ctrl && s.key_names.answers.contains(c));
    let answer = if b.context.is_question() { b.keys.iter().find(answer) } else { None };
    answer.or(b.keys.first()).copied()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn a_question_shows_the_languages_letters_for_yes_and_no() {
        let (vi, en) = (crate::i18n::Lang::Vi.strings(), crate::i18n::Lang::En.strings());
        let answers = |s| (first_key(Context::Confirm, C::Yes, s), first_key(Context::Confirm, C::No, s));
        assert_eq!(answers(vi), ("c".to_string(), "k".to_string()));
        assert_eq!(answers(en), ("y".to_string(), "n".to_string()));
        assert_eq!(first_key(Context::Agenda, C::NextItem, en), "n", "elsewhere the first key");
    }

    /// Every line of the help fits its box (72 columns, 70 inside) in both languages: a cut
    /// description reads as another meaning.
    #[test]
    fn every_help_line_fits_the_help_box() {
        use unicode_width::UnicodeWidthStr;
        for s in [crate::i18n::Lang::Vi.strings(), crate::i18n::Lang::En.strings()] {
            let long: Vec<String> = BINDINGS
                .iter()
                .map(|b| (keys_label(b, s), (s.command)(b.command)))
                .filter(|(key, what)| 2 + key.width().max(22) + what.width() > 70)
                .map(|(key, what)| format!("{key}  {what}"))
                .collect();
            assert!(long.is_empty(), "too long for the help:\n{}", long.join("\n"));
        }
    }

    #[test]
    fn no_key_means_two_things_in_one_context() {
        let mut seen = HashSet::new();
        for b in BINDINGS {
            for key in b.keys {
                assert!(seen.insert((b.context, format!("{key:?}"))), "{key:?} twice in {:?}", b.context);
            }
        }
    }

    #[test]
    fn a_question_takes_its_answers_in_capitals_too() {
        let confirm = [Confirm];
        for (key, answer) in [('C', C::Yes), ('Y', C::Yes), ('K', C::No), ('N', C::No)] {
            assert_eq!(command_for(&confirm, k(key)), Some(answer), "{key}");
        }
        assert_eq!(command_for(&[Agenda, Global], k('N')), None, "only in a question");
        assert_eq!(command_for(&confirm, ctrl('C')), Some(C::Quit), "with Caps Lock, Ctrl+C still quits");
    }

    #[test]
    fn inner_layers_see_keys_first() {
        let agenda = [Agenda, Global];
        let help = [Help, Global];
        let confirm = [Confirm];
        assert_eq!(command_for(&agenda, k('?')), Some(C::Help));
        assert_eq!(command_for(&help, k('?')), Some(C::CloseHelp));
        assert_eq!(command_for(&agenda, k('n')), Some(C::NextItem));
        assert_eq!(command_for(&confirm, k('n')), Some(C::No));
        assert_eq!(command_for(&agenda, ctrl('c')), Some(C::Quit));
        assert_eq!(command_for(&confirm, ctrl('c')), Some(C::Quit), "Ctrl+C means quit, not yes");
        assert_eq!(command_for(&agenda, k('x')), None);
    }

    #[test]
    fn only_presses_are_keys() {
        use ratatui::crossterm::event::KeyEventState;
        let mut ev = KeyEvent::new(KeyCode::Char('n'), KeyModifiers::NONE);
        assert_eq!(Key::from_event(&ev), Some(k('n')));
        ev.kind = KeyEventKind::Repeat;
        assert_eq!(Key::from_event(&ev), None);
        ev.kind = KeyEventKind::Release;
        ev.state = KeyEventState::NONE;
        assert_eq!(Key::from_event(&ev), None);
        let c = KeyEvent::new(KeyCode::Char('C'), KeyModifiers::CONTROL | KeyModifiers::SHIFT);
        assert_eq!(Key::from_event(&c), Some(ctrl('c')));
    }

    #[test]
    fn hints_leave_out_what_an_inner_layer_shadows() {
        let help_hints: Vec<_> = hints(&[Help, Global]).iter().map(|b| b.command).collect();
        assert!(help_hints.contains(&C::CloseHelp));
        assert!(!help_hints.contains(&C::Help), "? closes help there, it does not open it");
    }
}
