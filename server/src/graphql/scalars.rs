//! Scalars and enums that several areas of the API share; below every object type.

use async_graphql::{Enum, InputValueError, InputValueResult, Scalar, ScalarType, Value};
use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, Utc};

use crate::domain::campaign as domain;
use crate::infra::clock::CHINA;

/// A calendar date in ISO 8601 (`2017-10-23`), China Standard Time.
pub struct Date(pub NaiveDate);

/// The years a date given to the API may fall in.
const MIN_YEAR: i32 = 1900;
const MAX_YEAR: i32 = 2100;

/// A calendar date in ISO 8601 (`2017-10-23`), China Standard Time, in the years 1900 to 2100.
#[Scalar(name = "Date")]
impl ScalarType for Date {
    fn parse(value: Value) -> InputValueResult<Self> {
        match &value {
            Value::String(s) => {
                // Four-digit years only: `0000-01-01`, `-2026-01-01` and `1800-01-01` are
                // typing errors, not dates of this programme. The input is echoed only when short.
                let shown: String = s.chars().take(20).collect();
                let date = NaiveDate::parse_from_str(s, "%Y-%m-%d")
                    .ok()
                    .filter(|_| s.len() == 10 && s.as_bytes()[0].is_ascii_digit())
                    .ok_or_else(|| {
                        InputValueError::custom(format!(
                            "日期“{shown}”格式不正确，应为 YYYY-MM-DD，例如 2017-10-23"
                        ))
                    })?;
                if !(MIN_YEAR..=MAX_YEAR).contains(&date.year()) {
                    return Err(InputValueError::custom(format!(
                        "日期“{shown}”超出范围：年份须在 {MIN_YEAR} 至 {MAX_YEAR} 之间"
                    )));
                }
                Ok(Date(date))
            }
            _ => Err(InputValueError::expected_type(value)),
        }
    }
    fn to_value(&self) -> Value {
        Value::String(self.0.format("%Y-%m-%d").to_string())
    }
}

/// A moment shown in China Standard Time (RFC 3339 with +08:00).
pub fn cst(at: DateTime<Utc>) -> DateTime<FixedOffset> {
    at.with_timezone(&CHINA)
}

/// Study categories (学法积分的类别).
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "domain::StudyCategory")]
pub enum StudyCategory {
    /// Complete personal profile (个人资料).
    Profile,
    /// The designated reader (指定读本).
    Reader,
    /// Hot legal events (热点事件).
    HotEvent,
    /// Other laws and regulations (其他法律法规).
    OtherLaw,
}
