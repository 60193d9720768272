//! The rosters: one account and one learner a row, with the status its plan drew.

use chrono::{Datelike, Duration, NaiveDate};
use entity::{account, learner};
use sea_orm::{ConnectionTrait, Set};

use super::bulk::Batch;
use super::dice::Dice;
use super::plan::Status;
use super::{Mix, Year, phone_of};
use crate::error::AppResult;

const SURNAMES: [&str; 40] = [
    "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何",
    "郭", "马", "罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "萧", "程", "曹", "袁", "邓",
    "许", "傅", "沈", "曾", "彭", "吕",
];
const GIVEN: [&str; 40] = [
    "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超",
    "秀", "霞", "平", "刚", "桂", "英", "华", "建", "文", "辉", "玲", "斌", "波", "宇", "浩", "凯", "健",
    "俊", "帆", "鹏", "红", "林", "云",
];
const RANKS: [&str; 6] = ["办事员", "科员", "副科级", "正科级", "副处级", "正处级"];
/// Accounts with no password yet (they must choose one at the first login).
pub(super) async fn accounts<C: ConnectionTrait>(db: &C, year: &Year<'_>) -> AppResult<u64> {
    let created = year.run.now - Duration::days(90);
    let mut batch = Batch::<account::ActiveModel>::new(year.run.backend, 8, "accounts");
    for i in 0..year.shape.unit_of.len() {
        let id = i as i32 + 1;
        let mut d = Dice::new(year.run.seed, id as u64, 31);
        let name = person_name(&mut d);
        batch
            .push(
                db,
                account::ActiveModel {
                    id: Set(id),
                    phone: Set(phone_of(id)),
                    name: Set(name),
                    password_hash: Set(None),
                    must_change_password: Set(true),
                    created_at: Set(created),
                    password_changed_at: Set(None),
                    temporary_password_until: Set(None),
                },
            )
            .await?;
    }
    batch.finish(db).await
}

/// Learner `n` belongs to account `n`; a transferring learner has no unit, only its last one.
pub(super) async fn learners<C: ConnectionTrait>(db: &C, year: &Year<'_>, mix: &mut Mix) -> AppResult<u64> {
    let created = year.run.now - Duration::days(90);
    let mut batch = Batch::<learner::ActiveModel>::new(year.run.backend, 12, "learners");
    for (i, &unit_id) in year.shape.unit_of.iter().enumerate() {
        let id = i as i32 + 1;
        // The same dice as the account's, so the learner's name is the account's.
        let mut d = Dice::new(year.run.seed, id as u64, 31);
        let name = person_name(&mut d);
        let rank = RANKS[d.below(RANKS.len() as u64) as usize];
        let retirement = NaiveDate::from_ymd_opt(
            year.run.today.year() + 1 + d.below(35) as i32,
            1 + d.below(12) as u32,
            1,
        );
        let p = year.plan(id);
        match p.status {
            Status::Retired => mix.retired += 1,
            Status::Left => mix.left += 1,
            Status::Transferring => mix.transferring += 1,
            Status::InService => {}
        }
        let transferring = p.status == Status::Transferring;
        batch
            .push(
                db,
                learner::ActiveModel {
                    id: Set(id),
                    account_id: Set(id),
                    unit_id: Set((!transferring).then_some(unit_id)),
                    last_unit_id: Set(transferring.then_some(unit_id)),
                    name_key: Set(Some(crate::domain::name_key::of(&name))),
                    name: Set(name),
                    rank: Set(Some(rank.to_owned())),
                    status: Set(p.status),
                    status_since: Set(p.status_since),
                    retirement_date: Set(retirement),
                    created_at: Set(created),
                    updated_at: Set(p
                        .status_since
                        .map(|_| year.run.now - Duration::days(1))
                        .unwrap_or(created)),
                },
            )
            .await?;
    }
    batch.finish(db).await
}

fn person_name(d: &mut Dice) -> String {
    let mut name = String::with_capacity(9);
    name.push_str(SURNAMES[d.below(SURNAMES.len() as u64) as usize]);
    name.push_str(GIVEN[d.below(GIVEN.len() as u64) as usize]);
    if d.below(3) > 0 {
        name.push_str(GIVEN[d.below(GIVEN.len() as u64) as usize]);
    }
    name
}
