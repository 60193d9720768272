//! The one error type, and what a client sees of it.
//!
//! Every error a client receives carries `extensions.code` (one of [`Code`]) and a message in
//! Chinese that says what to do. Internal errors are logged in full (the request span adds the
//! request id) and reach the client only as `INTERNAL`.

use sea_orm::{DbErr, SqlErr};

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
    RateLimited,
    /// The server sheds load: retry after a pause.
    Busy,
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
            Code::RateLimited => "RATE_LIMITED",
            Code::Busy => "BUSY",
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
            Code::Conflict | Code::NotEligible | Code::ExamClosed => StatusCode::CONFLICT,
            Code::AccountLocked | Code::RateLimited => StatusCode::TOO_MANY_REQUESTS,
            Code::Busy => StatusCode::SERVICE_UNAVAILABLE,
            Code::BadUserInput => StatusCode::BAD_REQUEST,
            Code::Internal => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

impl AppError {
    /// A plain HTTP answer for this error: its status, and the GraphQL error shape as the body
    /// (`{"errors": [{"message", "extensions": {"code"}}]}`) so that clients read one format.
    /// An internal error is logged with its detail, `what` saying where it happened.
    pub fn http_response(&self, what: &str) -> poem::Response {
        if let AppError::Internal(detail) = self {
            tracing::error!(error = %detail, "{what} failed");
        }
        let body = serde_json::json!({"errors": [{"message": self.public_message(), "extensions": {"code": self.code().as_str()}}]});
        poem::Response::builder()
            .status(self.code().http_status())
            .content_type("application/json")
            .body(body.to_string())
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
        // A unique index that refuses a row is the caller's conflict, not our failure;
        // domain code checks first and names the field, this catches the race.
        if let Some(SqlErr::UniqueConstraintViolation(_)) = err.sql_err() {
            return AppError::conflict("数据已存在（可能刚被其他人同时添加），请刷新后再试");
        }
        AppError::Internal(format!("database: {err}"))
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
