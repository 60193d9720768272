//! The pinyin sort key of a name, so that a roster lists names as a Chinese reader expects
//! (陈 chén before 张 zhāng) in the same order on SQLite and PostgreSQL: both compare the stored
//! key byte by byte (PostgreSQL through the column's "C" collation).

use entity::learner;
use pinyin::ToPinyin;
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

use crate::error::AppResult;

/// Each character's syllable with its tone number (`chen2`), or the character itself in lower
/// case, each followed by a space: a shorter syllable sorts first (`li3 ` before `lin2 `), and
/// names sharing their first characters stay together.
pub fn of(name: &str) -> String {
    let mut key = String::with_capacity(name.len() * 3);
    for (c, syllable) in name.trim().chars().zip(name.trim().to_pinyin()) {
        match syllable {
            Some(p) => key.push_str(p.with_tone_num_end()),
            None => key.extend(c.to_lowercase()),
        }
        key.push(' ');
    }
    key
}

/// Writes the key of every learner that has none (rows from before the key existed, or
/// written by a tool that does not know it). Runs at start, after the migrations.
pub async fn fill_missing<C: ConnectionTrait>(db: &C) -> AppResult<u64> {
    let mut filled = 0;
    loop {
        let rows: Vec<(i32, String)> = learner::Entity::find()
            .select_only()
            .column(learner::Column::Id)
            .column(learner::Column::Name)
            .filter(learner::Column::NameKey.is_null())
            .order_by_asc(learner::Column::Id)
            .limit(1000)
            .into_tuple()
            .all(db)
            .await?;
        if rows.is_empty() {
            return Ok(filled);
        }
        for (id, name) in rows {
            learner::Entity::update_many()
                .col_expr(learner::Column::NameKey, Expr::value(of(&name)))
                .filter(learner::Column::Id.eq(id))
                .exec(db)
                .await?;
            filled += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::of;

    #[test]
    fn surnames_sort_by_pinyin() {
        let mut names = vec!["张三", "陈明", "李四", "林五", "王芳", "阿依古丽·买买提"];
        names.sort_by_key(|n| of(n));
        assert_eq!(names, ["阿依古丽·买买提", "陈明", "李四", "林五", "王芳", "张三"]);
    }

    #[test]
    fn a_name_without_chinese_keeps_its_letters() {
        assert_eq!(of(" Anna "), "a n n a ");
        assert_eq!(of("陈"), "chen2 ");
    }
}
