//! The one error type, and what a client sees of it.
//!
//! Every error a client receives carries `extensions.code` (one of [`Code`]) and a message in
//! Chinese that says what to do. Internal errors are logged in full (the request span adds the
//! request id) and reach the client only as `INTERNAL`.

use sea_orm::{DbErr, RuntimeErr, SqlErr};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Code {
    Unauthenticated,
    PasswordChangeRequired,
    AccountLocked,
    Forbidden,
    NotFound,
    BadUserInput,
    Conflict,
    NotEligible,
    ExamClosed,
    /// The exam attempt was taken over by another device (a start there): this device may
    /// neither save nor submit; the pages stop and say so.
    TakenOver,
    RateLimited,
    /// The server sheds load: retry after a pause.
    Busy,
    /// The answer would exceed the response byte cap: ask for less.
    ResponseTooLarge,
    Internal,
}

impl Code {
    pub fn as_str(self) -> &'static str {
        match self {
            Code::Unauthenticated => "UNAUTHENTICATED",
            Code::PasswordChangeRequired => "PASSWORD_CHANGE_REQUIRED",
            Code::AccountLocked => "ACCOUNT_LOCKED",
            Code::Forbidden => "FORBIDDEN",
            Code::NotFound => "NOT_FOUND",
            Code::BadUserInput => "BAD_USER_INPUT",
            Code::Conflict => "CONFLICT",
            Code::NotEligible => "NOT_ELIGIBLE",
            Code::ExamClosed => "EXAM_CLOSED",
            Code::TakenOver => "TAKEN_OVER",
            Code::RateLimited => "RATE_LIMITED",
            Code::Busy => "BUSY",
            Code::ResponseTooLarge => "RESPONSE_TOO_LARGE",
            Code::Internal => "INTERNAL",
        }
    }

    /// The HTTP status of a plain HTTP answer failing with this code (downloads, pages,
    /// requests refused before GraphQL runs). The one place it is decided; GraphQL answers keep
    /// the statuses of GraphQL over HTTP (`app.rs`).
    pub fn http_status(self) -> poem::http::StatusCode {
        use poem::http::StatusCode;
        match self {
            Code::Unauthenticated | Code::PasswordChangeRequired => StatusCode::UNAUTHORIZED,
            Code::Forbidden => StatusCode::FORBIDDEN,
            Code::NotFound => StatusCode::NOT_FOUND,
            Code::Conflict | Code::NotEligible | Code::ExamClosed | Code::TakenOver => StatusCode::CONFLICT,
            Code::AccountLocked | Code::RateLimited => StatusCode::TOO_MANY_REQUESTS,
            Code::Busy => StatusCode::SERVICE_UNAVAILABLE,
            Code::BadUserInput | Code::ResponseTooLarge => StatusCode::BAD_REQUEST,
            Code::Internal => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

/// A request refused at the transport, before GraphQL runs: each with its HTTP status, all
/// with [`Code::BadUserInput`] (the client must change the request). Beside
/// [`Code::http_status`], the only other place an error's status is decided.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rejection {
    /// Malformed: the query string, the body, its JSON or multipart, a GraphQL request error.
    BadRequest,
    /// A mutation sent with GET.
    MethodNotAllowed,
    /// A body of a media type the endpoint does not take.
    UnsupportedMediaType,
    /// The body did not arrive in time.
    BodyTimeout,
    /// The body, or something in it, is larger than allowed.
    TooLarge,
}

impl Rejection {
    pub fn http_status(self) -> poem::http::StatusCode {
        use poem::http::StatusCode;
        match self {
            Rejection::BadRequest => StatusCode::BAD_REQUEST,
            Rejection::MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
            Rejection::UnsupportedMediaType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Rejection::BodyTimeout => StatusCode::REQUEST_TIMEOUT,
            Rejection::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
        }
    }

    pub fn code(self) -> Code {
        Code::BadUserInput
    }
}

/// The body of every plain HTTP error: the GraphQL error shape
/// (`{"errors": [{"message", "extensions": {"code"}}]}`), so that clients read one format.
pub fn error_body(code: Code, message: &str) -> serde_json::Value {
    serde_json::json!({"errors": [{"message": message, "extensions": {"code": code.as_str()}}]})
}

impl AppError {
    /// A plain HTTP answer for this error: its status, and [`error_body`]. An internal error
    /// is logged with its detail, `what` saying where it happened.
    pub fn http_response(&self, what: &str) -> poem::Response {
        if let AppError::Internal(detail) = self {
            tracing::error!(error = %detail, "{what} failed");
        }
        poem::Response::builder()
            .status(self.code().http_status())
            .content_type("application/json")
            .body(error_body(self.code(), self.public_message()).to_string())
    }
}

/// The message every internal error shows.
pub const INTERNAL_MESSAGE: &str = "服务器内部错误，请稍后重试；如果一直出现，请联系管理员";

///
/// Deliberately not `Display`: async-graphql turns any `Display` into an error without a code,
/// so only the conversion below may make a GraphQL error of it.
#[derive(Clone, Debug)]
pub enum AppError {
    /// An error the caller can act on.
    User { code: Code, message: String },
    /// Anything else: logged, never shown.
    Internal(String),
}

pub type AppResult<T> = Result<T, AppError>;

impl AppError {
    pub fn new(code: Code, message: impl Into<String>) -> Self {
        AppError::User {
            code,
            message: message.into(),
        }
    }
    /// Missing, or outside the caller's scope: the two answer alike.
    pub fn not_found() -> Self {
        Self::new(Code::NotFound, "找不到该对象，或不在您的管理范围内")
    }
    pub fn bad_input(message: impl Into<String>) -> Self {
        Self::new(Code::BadUserInput, message)
    }
    pub fn conflict(message: impl Into<String>) -> Self {
        Self::new(Code::Conflict, message)
    }
    pub fn forbidden(message: impl Into<String>) -> Self {
        Self::new(Code::Forbidden, message)
    }
    pub fn internal(detail: impl std::fmt::Display) -> Self {
        AppError::Internal(detail.to_string())
    }

    pub fn code(&self) -> Code {
        match self {
            AppError::User { code, .. } => *code,
            AppError::Internal(_) => Code::Internal,
        }
    }

    /// The message a client sees.
    pub fn public_message(&self) -> &str {
        match self {
            AppError::User { message, .. } => message,
            AppError::Internal(_) => INTERNAL_MESSAGE,
        }
    }
}

impl From<DbErr> for AppError {
    fn from(err: DbErr) -> Self {
        // A unique index that refuses a row is the caller's conflict, not our failure; domain
        // code checks first and names the field, this catches the race and the few writes that
        // rely on the index alone, naming the field by the index that refused.
        if let Some(SqlErr::UniqueConstraintViolation(driver_message)) = err.sql_err() {
            let message = unique_key(constraint_of(&err), &driver_message)
                .map_or(UNIQUE_FALLBACK_MESSAGE, |key| key.message);
            return AppError::conflict(message);
        }
        AppError::Internal(format!("database: {err}"))
    }
}

/// What a client reads when a unique index not in [`UNIQUE_KEYS`] refuses a row.
pub const UNIQUE_FALLBACK_MESSAGE: &str = "数据已存在（可能刚被其他人同时添加），请刷新后再试";

/// A unique index or constraint a client's write can run into, and what to tell him.
#[derive(Debug, PartialEq, Eq)]
pub struct UniqueKey {
    /// Its name on PostgreSQL: the index's name, or `<table>_<column>_key` for a column
    /// declared unique.
    pub constraint: &'static str,
    /// Its table and columns, which is all SQLite names ("UNIQUE constraint failed:
    /// units.region_id, units.name").
    pub table: &'static str,
    pub columns: &'static [&'static str],
    pub message: &'static str,
}

/// Every unique index of the migrations a client's write can hit, in one place (as
/// realworld-axum-sqlx's `on_constraint`). Left out on purpose: indexes written only with
/// `ON CONFLICT` or a local retry (study openings and credits, certificates per learner), random
/// digests (recovery and certificate codes) and primary keys; they keep the generic message.
pub const UNIQUE_KEYS: &[UniqueKey] = &[
    UniqueKey {
        constraint: "accounts_phone_key",
        table: "accounts",
        columns: &["phone"],
        message: "该手机号已被其他账号使用，请换一个手机号，或刷新后查看已有的账号",
    },
    UniqueKey {
        constraint: "regions_code_key",
        table: "regions",
        columns: &["code"],
        message: "该行政区划代码已存在，请核对代码，或刷新后查看已有的行政区",
    },
    // A region's path is its parent's path and its code: the code is what the caller typed.
    UniqueKey {
        constraint: "regions_path_key",
        table: "regions",
        columns: &["path"],
        message: "该行政区划代码已存在，请核对代码，或刷新后查看已有的行政区",
    },
    UniqueKey {
        constraint: "units_region_name",
        table: "units",
        columns: &["region_id", "name"],
        message: "该行政区下已有同名单位，请换一个单位名称，或刷新后查看已有的单位",
    },
    UniqueKey {
        constraint: "learners_account_id_key",
        table: "learners",
        columns: &["account_id"],
        message: "该手机号的学员已在名单中，请刷新名单后查看",
    },
    UniqueKey {
        constraint: "campaigns_region_year",
        table: "campaigns",
        columns: &["region_id", "year"],
        message: "year：本省该年度的活动已存在，请刷新后修改该活动",
    },
    UniqueKey {
        constraint: "questions_fingerprint",
        table: "questions",
        columns: &["campaign_id", "fingerprint"],
        message: "题库中已有题型和题干都相同的题目，请修改题干，或撤下重复的那道题",
    },
    UniqueKey {
        constraint: "seat_bookings_once",
        table: "seat_bookings",
        columns: &["session_id", "learner_id"],
        message: "该学员已预约这一场次的座位，请刷新后查看预约名单",
    },
    UniqueKey {
        constraint: "exam_attempts_one_live",
        table: "exam_attempts",
        columns: &["learner_id", "campaign_id"],
        message: "本年度已有一场正在进行的考试，请刷新页面，继续那一场考试",
    },
];

/// The entry of [`UNIQUE_KEYS`] a violation names: by the constraint PostgreSQL reports, or
/// else by the table and columns in SQLite's message (in any order).
pub fn unique_key(constraint: Option<&str>, driver_message: &str) -> Option<&'static UniqueKey> {
    if let Some(name) = constraint {
        return UNIQUE_KEYS.iter().find(|key| key.constraint == name);
    }
    let failed = driver_message.strip_prefix("UNIQUE constraint failed: ")?;
    let mut table = None;
    let mut columns = Vec::new();
    for qualified in failed.split(", ") {
        let (t, column) = qualified.trim().split_once('.')?;
        if table.is_some_and(|seen| seen != t) {
            return None;
        }
        table = Some(t);
        columns.push(column);
    }
    columns.sort_unstable();
    UNIQUE_KEYS.iter().find(|key| {
        let mut expected = key.columns.to_vec();
        expected.sort_unstable();
        Some(key.table) == table && expected == columns
    })
}

/// The constraint a database error names (PostgreSQL does; SQLite does not).
fn constraint_of(err: &DbErr) -> Option<&str> {
    match err {
        DbErr::Exec(RuntimeErr::SqlxError(e)) | DbErr::Query(RuntimeErr::SqlxError(e)) => match e.as_ref() {
            sea_orm::sqlx::Error::Database(db) => db.constraint(),
            _ => None,
        },
        _ => None,
    }
}

impl From<AppError> for Box<dyn std::error::Error + Send + Sync> {
    fn from(err: AppError) -> Self {
        match err {
            AppError::User { code, message } => format!("{}: {message}", code.as_str()).into(),
            AppError::Internal(detail) => detail.into(),
        }
    }
}

impl From<AppError> for async_graphql::Error {
    fn from(err: AppError) -> Self {
        if let AppError::Internal(detail) = &err {
            tracing::error!(error = %detail, "internal error");
        }
        use async_graphql::ErrorExtensions;
        async_graphql::Error::new(err.public_message())
            .extend_with(|_, ext| ext.set("code", err.code().as_str()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn postgres_names_the_constraint() {
        let key = unique_key(
            Some("units_region_name"),
            "duplicate key value violates unique constraint \"units_region_name\"",
        );
        assert_eq!(key.map(|k| k.table), Some("units"));
        assert_eq!(
            unique_key(Some("accounts_phone_key"), "").map(|k| k.message),
            Some("该手机号已被其他账号使用，请换一个手机号，或刷新后查看已有的账号")
        );
        // An index left out keeps the generic message, even when SQLite's columns would match
        // another entry's.
        assert_eq!(
            unique_key(
                Some("study_credits_once"),
                "UNIQUE constraint failed: units.region_id, units.name"
            ),
            None
        );
    }

    #[test]
    fn sqlite_names_the_columns_in_any_order() {
        let forward = unique_key(None, "UNIQUE constraint failed: units.region_id, units.name");
        let backward = unique_key(None, "UNIQUE constraint failed: units.name, units.region_id");
        assert_eq!(forward.map(|k| k.constraint), Some("units_region_name"));
        assert_eq!(forward, backward);
        assert_eq!(
            unique_key(None, "UNIQUE constraint failed: accounts.phone").map(|k| k.constraint),
            Some("accounts_phone_key")
        );
        // A subset of an entry's columns, another table or another error is no entry.
        assert_eq!(unique_key(None, "UNIQUE constraint failed: units.name"), None);
        assert_eq!(
            unique_key(
                None,
                "UNIQUE constraint failed: study_credits.learner_id, study_credits.campaign_id, study_credits.credit_key"
            ),
            None
        );
        assert_eq!(
            unique_key(None, "UNIQUE constraint failed: units.region_id, regions.name"),
            None
        );
        assert_eq!(unique_key(None, "FOREIGN KEY constraint failed"), None);
    }

    #[test]
    fn every_entry_is_found_both_ways() {
        for key in UNIQUE_KEYS {
            assert_eq!(unique_key(Some(key.constraint), ""), Some(key));
            let columns: Vec<String> = key.columns.iter().map(|c| format!("{}.{c}", key.table)).collect();
            let sqlite = format!("UNIQUE constraint failed: {}", columns.join(", "));
            let found = unique_key(None, &sqlite).map(|k| k.message);
            assert_eq!(found, Some(key.message), "{sqlite}");
        }
    }

    #[test]
    fn other_database_errors_stay_internal() {
        let err = AppError::from(DbErr::Custom("connection reset".into()));
        assert_eq!(err.code(), Code::Internal);
        assert_eq!(err.public_message(), INTERNAL_MESSAGE);
    }
}
