//! Time as the programme counts it: campaign dates and "today" are in China Standard Time.

use chrono::FixedOffset;

/// China Standard Time, UTC+8.
pub const CHINA: FixedOffset = match FixedOffset::east_opt(8 * 3600) {
    Some(offset) => offset,
    None => panic!("UTC+8 is a valid offset"),
};

/// Today's date in China Standard Time.
pub fn today() -> chrono::NaiveDate {
    chrono::Utc::now().with_timezone(&CHINA).date_naive()
}
