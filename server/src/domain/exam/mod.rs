//! The exam: the question bank, sessions and exam-centre seats, live attempts that never lose
//! an acknowledged answer, grading and automatic submission.
//!
//! An attempt's paper and deadline are written to the database when it starts. Answers go to
//! the live store (Redis on production) and, from there, to the database: through a stream
//! drained in batches within about a second (write-behind), or before the acknowledgement
//! (the in-process store, and the `sync` comparison mode). Submission, by the learner or by
//! the sweeper at the deadline, is one conditional update from LIVE to SUBMITTED inside the
//! transaction that stores the answers, so it happens exactly once whichever replica gets
//! there first.
//!
//! One module per job: [`bank`] (questions, import, the blueprint check), [`sessions`]
//! (sessions, windows, seats and their later changes), [`paper`] (drawing and the paper
//! cache), [`attempt`] (start, resume, take over, save), [`grading`] (submission, scores,
//! review), [`write_behind`] (answers to the database, the flush and the sweeper) and
//! [`views`] (what is read of attempts). Who may see or change what is decided in
//! [`crate::scope`].

mod attempt;
mod bank;
mod bank_cache;
mod grading;
mod paper;
mod question;
pub mod sessions;
mod views;
mod write_behind;

use sea_orm::DatabaseConnection;

pub use attempt::{GivenAnswer, SaveReply, Saved, find_attempt, save_answer, start};
pub(crate) use bank::question_for_bank;
pub use bank::{
    QUESTION_COLUMNS, QuestionDraft, QuestionOption, bank, bank_page, import_questions, options_of,
    seed_question, set_question_withdrawn, update_question,
};
pub(crate) use bank_cache::bank_changed;
pub use grading::sweep_due;
pub use grading::{ReviewItem, finalize, review, review_open, submit};
pub use paper::{PaperCache, PaperEntry, PaperInfo, paper_of};
pub use sessions::{
    Booking, ExamKind, NewCentreSession, SessionPlace, UnitSeat, book_seats, bookable_until,
    booking_closes_at, bookings, cancel_booking, cancel_session, centre_sessions, check_one_seat_per_window,
    check_window, create_centre_session, find_session, learner_sessions, new_session, schedule_session,
    session_unit, sessions, unit_seats, update_session,
};
pub(crate) use views::learner_attempts;
pub use views::{PaperQuestionView, answers_view, attempts_of, live_attempt_count, my_attempts, paper_view};
pub use write_behind::{flush_answers, write_answers};

use crate::infra::config::AnswerWrites;
use crate::live::LiveStore;

/// Who may take an exam, save, submit and list its own attempts: the refusal for anyone else.
const TAKES_EXAM: &str = "只有学员可以参加考试";

/// Everything the exam path needs besides the caller.
pub struct ExamContext<'a> {
    pub db: &'a DatabaseConnection,
    pub live: &'a dyn LiveStore,
    pub papers: &'a PaperCache,
    pub writes: AnswerWrites,
}
