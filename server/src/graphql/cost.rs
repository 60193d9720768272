//! What a field costs in the complexity limit (`MAX_COMPLEXITY`), beyond async-graphql's
//! default of 1 plus its children.
//!
//! Issue 26, item 8: any learner asked `studyItems { body }` 500 times in one request, and a
//! plain list counted like one object. Now a list counts its children as many times as it can
//! hold rows (a connection already counts `first` × children), and a large text counts by its
//! largest size, one point per kilobyte. So `studyItems { body }` costs 100 × 2,000 and is
//! refused before anything runs, while the pages' own documents (every one of them is checked
//! in `http::trusted`'s tests) stay below the limit.
//!
//! A list whose length no argument bounds is counted at a nominal length (`ROWS`, `FEW`): the
//! estimate orders documents by what they ask for, and the response byte cap
//! (`infra::response_budget`) stays the hard stop for a list that is longer in fact.

/// A list of a campaign's or a node's rows that the API returns whole (study items, the bank,
/// sessions, bookings, the recovery queue, a region's children…): counted as a full page.
pub const ROWS: usize = crate::domain::paging::MAX_PAGE as usize;
/// A paper's questions, its answers and its review: a paper holds 50 to 100 questions.
pub const PAPER: usize = 100;
/// The options of one question (at most 6, `bank::QuestionDraft::validate`).
pub const OPTIONS: usize = 6;
/// A learner's attempts in one campaign (the sitting, a make-up, one taken over).
pub const ATTEMPTS: usize = 3;
/// A region's child regions (a province's cities, a city's districts).
pub const CHILDREN: usize = 20;
/// Short lists of a few entries (a campaign's categories and blueprint parts, an account's
/// grants, a breadcrumb, a learner's exemptions of one campaign, decisions).
pub const FEW: usize = 10;
/// The days of a campaign's daily progress (one year).
pub const DAYS: usize = 366;
/// An attempt's integrity events, as counted (at most 200 are stored; an attempt has few).
pub const EVENTS: usize = FEW;
/// A study item's body: up to 2 MB, one point per kilobyte.
pub const STUDY_BODY: usize = 2_000;
/// A notice's body: up to 20,000 characters (60 KB).
pub const NOTICE_BODY: usize = 60;
/// A question's stem or explanation: up to 2,000 characters (6 KB).
pub const QUESTION_TEXT: usize = 6;

/// A list of at most `rows` rows whose selection costs `child` each.
pub const fn list(rows: usize, child: usize) -> usize {
    rows.saturating_mul(child).saturating_add(1)
}

/// A list whose length the caller asks for (`count`), never below one row.
pub fn asked(count: i32, child: usize) -> usize {
    list(count.max(1) as usize, child)
}
