//! The login account: an 11-digit mainland mobile number, 1[3-9]xxxxxxxxx.

use std::fmt;

use crate::error::{AppError, AppResult};

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct PhoneNumber(String);

impl PhoneNumber {
    /// Parses a phone number as a person types it: spaces and dashes are ignored,
    /// a leading +86 is accepted.
    pub fn parse(raw: &str) -> AppResult<Self> {
        // Spreadsheets typed with a Chinese input method carry full-width digits (１３９…)
        // and plus signs: normalised, not refused.
        let digits: String = raw
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '-' && *c != '－')
            .map(|c| match c {
                '０'..='９' => char::from(b'0' + (u32::from(c) - u32::from('０')) as u8),
                '＋' => '+',
                c => c,
            })
            .collect();
        let digits = digits.strip_prefix("+86").unwrap_or(&digits);
        let b = digits.as_bytes();
        let valid = b.len() == 11
            && b[0] == b'1'
            && (b'3'..=b'9').contains(&b[1])
            && b.iter().all(u8::is_ascii_digit);
        if valid {
            Ok(PhoneNumber(digits.to_owned()))
        } else {
            Err(AppError::bad_input(format!(
                "手机号“{}”格式不正确：应为 11 位大陆手机号，以 13 至 19 开头",
                raw.chars().take(20).collect::<String>()
            )))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for PhoneNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_mainland_mobiles_only() {
        assert_eq!(
            PhoneNumber::parse("139 0000 0001").map(|p| p.0).ok(),
            Some("13900000001".into())
        );
        assert!(PhoneNumber::parse("+8613900000001").is_ok());
        assert_eq!(
            PhoneNumber::parse("＋86 １３９－0000－0001").map(|p| p.0).ok(),
            Some("13900000001".into())
        );
        for bad in ["12900000001", "1390000000", "139000000011", "1390000000a", ""] {
            assert!(PhoneNumber::parse(bad).is_err(), "{bad}");
        }
    }
}
