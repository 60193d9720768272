//! Cursor paging over ascending row ids: `first` (capped) and an opaque `after` cursor.

use crate::error::{AppError, AppResult};

pub const DEFAULT_PAGE: i32 = 20;
pub const MAX_PAGE: i32 = 100;

#[derive(Clone, Copy, Debug)]
pub struct Page {
    pub first: u64,
    /// Rows strictly after this id.
    pub after_id: Option<i32>,
}

impl Page {
    pub fn new(first: Option<i32>, after: Option<&str>) -> AppResult<Self> {
        let first = first.unwrap_or(DEFAULT_PAGE);
        if !(1..=MAX_PAGE).contains(&first) {
            return Err(AppError::bad_input(format!("first 须在 1 到 {MAX_PAGE} 之间")));
        }
        let after_id = after.map(decode_cursor).transpose()?;
        Ok(Page {
            first: first as u64,
            after_id,
        })
    }
}

pub fn encode_cursor(id: i32) -> String {
    format!("c{id}")
}

fn decode_cursor(cursor: &str) -> AppResult<i32> {
    cursor
        .strip_prefix('c')
        .and_then(|n| n.parse().ok())
        .ok_or_else(|| AppError::bad_input("分页游标 after 无效，请使用上一页返回的 endCursor"))
}

/// One page of rows and what a Relay connection needs around it.
pub struct PageOf<T> {
    pub rows: Vec<T>,
    pub has_next_page: bool,
    pub total_count: u64,
}

impl<T> PageOf<T> {
    /// A page from rows fetched with `limit(first + 1)`: the extra row only tells that a
    /// next page exists.
    pub fn from_rows(mut rows: Vec<T>, page: Page, total_count: u64) -> Self {
        let has_next_page = rows.len() as u64 > page.first;
        rows.truncate(page.first as usize);
        PageOf {
            rows,
            has_next_page,
            total_count,
        }
    }
}

/// A LIKE pattern that finds `text` anywhere in a column, with `%`, `_` and `\` in the text
/// taken literally (escaped with `\`): a search for "10%" finds "10%", not every "10".
pub fn contains_pattern(text: &str) -> sea_orm::sea_query::LikeExpr {
    let mut escaped = String::with_capacity(text.len() + 2);
    escaped.push('%');
    for c in text.chars() {
        if matches!(c, '%' | '_' | '\\') {
            escaped.push('\\');
        }
        escaped.push(c);
    }
    escaped.push('%');
    sea_orm::sea_query::LikeExpr::new(escaped).escape('\\')
}

/// A search text as typed: trimmed, none when empty.
pub fn search_text(search: Option<&str>) -> Option<&str> {
    search.map(str::trim).filter(|s| !s.is_empty())
}
