//! One learner's year: status, exemption, study and exam results, drawn from the seed and the
//! learner's id alone, so every phase can draw the same plan again without keeping it.

use chrono::{DateTime, Duration, NaiveDate, Utc};

use super::dice::Dice;
use crate::domain::exemption::ExemptionStatus;
pub(super) use crate::domain::roster::EmploymentStatus as Status;

pub(super) struct Plan {
    pub(super) status: Status,
    pub(super) status_since: Option<NaiveDate>,
    pub(super) exemption: Option<ExemptionStatus>,
    pub(super) points: i32,
    pub(super) completed_on: Option<NaiveDate>,
    /// MAIN attempt: score and seconds after the main window's first session it started.
    pub(super) main: Option<(i32, i64)>,
    pub(super) makeup: Option<(i32, i64)>,
}

/// The campaign's dates the plans use.
pub(super) struct Calendar {
    pub(super) today: NaiveDate,
    pub(super) required_points: i32,
    pub(super) pass_score: i32,
    pub(super) duration_minutes: i64,
    pub(super) main_open: DateTime<Utc>,
    pub(super) now: DateTime<Utc>,
    pub(super) makeup_open: DateTime<Utc>,
    pub(super) makeup_close: DateTime<Utc>,
}

pub(super) fn plan(seed: u64, learner_id: i32, cal: &Calendar) -> Plan {
    let mut d = Dice::new(seed, learner_id as u64, 21);
    let r = d.unit();
    let status = if r < 0.006 {
        Status::Retired
    } else if r < 0.010 {
        Status::Left
    } else if r < 0.015 {
        Status::Transferring
    } else {
        Status::InService
    };
    let status_since =
        (status != Status::InService).then(|| cal.today - Duration::days(1 + d.below(200) as i64));
    let r = d.unit();
    let exemption = if r < 0.010 {
        Some(ExemptionStatus::Approved)
    } else if r < 0.012 {
        Some(ExemptionStatus::Pending)
    } else if r < 0.013 {
        Some(ExemptionStatus::Rejected)
    } else {
        None
    };
    let studied = d.unit() < 0.97;
    let (points, completed_on) = if studied {
        // Between the study start (60 days ago) and three days ago.
        (
            cal.required_points,
            Some(cal.today - Duration::days(3 + d.below(56) as i64)),
        )
    } else {
        (
            5 * (1 + d.below(19) as i32).min(cal.required_points / 5 - 1),
            None,
        )
    };
    let could_sit = studied && exemption != Some(ExemptionStatus::Approved);
    let mut main = None;
    let mut makeup = None;
    if could_sit && d.unit() < 0.989 {
        let failed = d.unit() < 0.03;
        let score = if failed {
            20 + d.below(40) as i32
        } else {
            cal.pass_score + d.below((101 - cal.pass_score) as u64) as i32
        };
        // Started between the first session's opening and two hours ago.
        let span = (cal.now - cal.main_open).num_seconds() - 2 * 3600 - cal.duration_minutes * 60;
        main = Some((score, d.below(span.max(1) as u64) as i64));
        if failed && d.unit() < 0.40 {
            let passed = d.unit() < 0.80;
            let score = if passed {
                cal.pass_score + d.below((101 - cal.pass_score) as u64) as i32
            } else {
                20 + d.below(40) as i32
            };
            let span = (cal.makeup_close - cal.makeup_open).num_seconds() - cal.duration_minutes * 60;
            makeup = Some((score, d.below(span.max(1) as u64) as i64));
        }
    }
    Plan {
        status,
        status_since,
        exemption,
        points,
        completed_on,
        main,
        makeup,
    }
}
