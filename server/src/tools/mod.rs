//! Data loaders run from the command line, not by the server's requests: the demo corner of
//! Hunan (`xuefa demo`, `xuefa serve --demo`) and the synthetic province for load tests
//! (`xuefa generate`). They write rows through the domain's constructors, so a rule of what a
//! row holds lives in `domain/` once.

pub mod demo;
pub mod generate;

use chrono::{DateTime, NaiveDate, TimeZone, Utc};

use crate::domain::exam::ExamKind;
use crate::error::{AppError, AppResult};
use crate::infra::clock;

/// `hour` o'clock on `day`, China time.
fn china_hour(day: NaiveDate, hour: u32) -> AppResult<DateTime<Utc>> {
    day.and_hms_opt(hour, 0, 0)
        .and_then(|t| clock::CHINA.from_local_datetime(&t).single())
        .map(|t| t.with_timezone(&Utc))
        .ok_or_else(|| AppError::internal(format!("no {hour} o'clock on {day}")))
}

/// When a unit's session of one kind is open.
struct SessionWindow {
    kind: ExamKind,
    starts_at: DateTime<Utc>,
    ends_at: DateTime<Utc>,
}

/// The loaders' unit sessions: MAIN from 8:00 on the main window's first day to 22:00 on its
/// last, MAKEUP from 9:00 to 17:00 on the make-up window's first day.
fn session_windows(c: &entity::campaign::Model) -> AppResult<[SessionWindow; 2]> {
    Ok([
        SessionWindow {
            kind: ExamKind::Main,
            starts_at: china_hour(c.main_start, 8)?,
            ends_at: china_hour(c.main_end, 22)?,
        },
        SessionWindow {
            kind: ExamKind::Makeup,
            starts_at: china_hour(c.makeup_start, 9)?,
            ends_at: china_hour(c.makeup_start, 17)?,
        },
    ])
}
