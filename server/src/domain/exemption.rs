//! Exemptions from the year's exam (免考): a learner whose retirement falls within two years
//! after December 30 of the campaign year applies in writing; the unit administrator decides;
//! the district office (or above) can overrule. Every decision is kept.

use entity::{exemption, exemption_decision, learner};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect, Set, TransactionTrait,
};
use serde_json::json;

use crate::domain::audit::{self, Change};
use crate::domain::ids::{CampaignId, LearnerId};
use crate::domain::paging::{Page, PageOf};
use crate::domain::{campaign, org, roster};
use crate::error::{AppError, AppResult, Code};
use crate::scope::{self, Actor};

pub const MAX_ATTACHMENT_BYTES: usize = 5 * 1024 * 1024;

pub use entity::exemption::ExemptionStatus;

pub struct Attachment {
    pub name: String,
    pub content_type: String,
    pub bytes: Vec<u8>,
}

/// A learner applies for exemption in a campaign of its province.
pub async fn apply(
    db: &DatabaseConnection,
    actor: &Actor,
    campaign_id: i32,
    reason: &str,
    attachment: Option<Attachment>,
) -> AppResult<exemption::Model> {
    let Some(own) = actor.learner.as_ref() else {
        return Err(AppError::forbidden("只有学员本人可以申请免考"));
    };
    let c = campaign::find(db, actor, campaign_id).await?;
    let l = learner::Entity::find_by_id(own.learner_id)
        .one(db)
        .await?
        .ok_or_else(AppError::not_found)?;
    let Some(unit_id) = l.unit_id else {
        return Err(AppError::new(
            Code::NotEligible,
            "您正在调动中，请调进新单位后再申请免考",
        ));
    };
    let reason = reason.trim();
    if reason.is_empty() || reason.chars().count() > 1000 {
        return Err(AppError::bad_input("申请理由不能为空，且不超过 1000 字"));
    }
    if let Some(a) = &attachment {
        if a.bytes.len() > MAX_ATTACHMENT_BYTES {
            return Err(AppError::bad_input("附件不能超过 5 MB"));
        }
        if !["application/pdf", "image/jpeg", "image/png"].contains(&a.content_type.as_str()) {
            return Err(AppError::bad_input("附件须为 PDF、JPG 或 PNG 格式的扫描件"));
        }
    }
    if has_sat_exam(db, c.id, l.id).await? {
        return Err(AppError::new(
            Code::NotEligible,
            "您已参加本年度考试（已交卷），不能再申请免考",
        ));
    }
    let cutoff = campaign::exemption_cutoff(c.year).ok_or_else(|| AppError::internal("cutoff date"))?;
    match l.retirement_date {
        None => {
            return Err(AppError::new(
                Code::NotEligible,
                "您的退休日期尚未登记，请先在个人资料中填写退休日期",
            ));
        }
        Some(date) if date > cutoff => {
            return Err(AppError::new(
                Code::NotEligible,
                format!(
                    "您的退休日期 {date} 晚于 {cutoff}（{} 年 12 月 30 日后两年内），不符合免考条件",
                    c.year
                ),
            ));
        }
        Some(_) => {}
    }
    let open = exemption::Entity::find()
        .filter(exemption::Column::CampaignId.eq(c.id))
        .filter(exemption::Column::LearnerId.eq(l.id))
        .filter(exemption::Column::Status.is_in([ExemptionStatus::Pending, ExemptionStatus::Approved]))
        .count(db)
        .await?;
    if open > 0 {
        return Err(AppError::conflict("本年度已有待审核或已批准的免考申请"));
    }
    let unit = unit_of(db, unit_id).await?;
    let txn = db.begin().await?;
    let (attachment_name, attachment_type, attachment_bytes) = match attachment {
        Some(a) => (Some(a.name), Some(a.content_type), Some(a.bytes)),
        None => (None, None, None),
    };
    let row = exemption::ActiveModel {
        campaign_id: Set(c.id),
        learner_id: Set(l.id),
        unit_id: Set(unit.id),
        region_path: Set(unit.region_path.clone()),
        reason: Set(reason.to_owned()),
        status: Set(ExemptionStatus::Pending),
        attachment_name: Set(attachment_name),
        attachment_type: Set(attachment_type),
        attachment: Set(attachment_bytes),
        applied_at: Set(crate::infra::clock::now()),
        decided_at: Set(None),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    audit::record(
        &txn,
        Change {
            actor_account_id: Some(actor.account_id),
            action: "exemption.apply",
            target_kind: "exemption",
            target_id: row.id,
            region_path: &unit.region_path,
            unit_id: Some(unit.id),
            before: None,
            after: Some(json!({"learnerId": l.id, "campaignId": c.id, "reason": row.reason, "attachment": row.attachment_name})),
            late: false,
        },
    )
    .await?;
    txn.commit().await?;
    Ok(row)
}

/// An exemption the caller can see: the applicant, or an administrator of its unit.
pub async fn find(db: &DatabaseConnection, actor: &Actor, id: i32) -> AppResult<exemption::Model> {
    let e = exemption::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or_else(AppError::not_found)?;
    let own = actor
        .learner
        .as_ref()
        .is_some_and(|l| l.learner_id == e.learner_id);
    if own || org::unit_managed(db, actor, e.unit_id).await? {
        Ok(e)
    } else {
        Err(AppError::not_found())
    }
}

/// Decides an application. The unit administrator decides a pending one; an office (district
/// or above) may decide again and overrule. After the verification deadline approving is
/// an exemption and falls under the freeze.
pub async fn decide(
    db: &DatabaseConnection,
    actor: &Actor,
    id: i32,
    approve: bool,
    comment: Option<&str>,
) -> AppResult<exemption::Model> {
    let e = find(db, actor, id).await?;
    let unit = unit_of(db, e.unit_id).await?;
    scope::require(true, actor.manages_unit(&unit), "审核免考申请")?;
    let status = e.status;
    let office = actor.is_office_over(&unit.region_path);
    let overrule = status != ExemptionStatus::Pending;
    if overrule && !office {
        return Err(AppError::forbidden(
            "该申请已审核；改变审核结果须由区委法制办（或以上）办理",
        ));
    }
    let comment = clean_comment(comment, "审核意见不超过 1000 字")?;
    let txn = db.begin().await?;
    if approve && has_sat_exam(&txn, e.campaign_id, e.learner_id).await? {
        return Err(AppError::conflict(
            "该学员已参加本年度考试（已交卷），不能再批准免考：免考不能用来改变已有的考试结果",
        ));
    }
    let late = if approve {
        roster::freeze_check_for(&txn, actor, &unit).await?
    } else {
        false
    };
    let now = crate::infra::clock::now();
    exemption_decision::ActiveModel {
        exemption_id: Set(e.id),
        decided_by: Set(actor.account_id),
        approve: Set(approve),
        comment: Set(comment.clone()),
        overrule: Set(overrule),
        decided_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let new_status = if approve {
        ExemptionStatus::Approved
    } else {
        ExemptionStatus::Rejected
    };
    let mut active: exemption::ActiveModel = e.clone().into();
    active.status = Set(new_status);
    active.decided_at = Set(Some(now));
    let updated = active.update(&txn).await?;
    crate::domain::stats::refresh_learner(&txn, CampaignId(e.campaign_id), LearnerId(e.learner_id)).await?;
    audit::record(
        &txn,
        Change {
            actor_account_id: Some(actor.account_id),
            action: if overrule {
                "exemption.overrule"
            } else {
                "exemption.decide"
            },
            target_kind: "exemption",
            target_id: e.id,
            region_path: &unit.region_path,
            unit_id: Some(unit.id),
            before: Some(json!({"status": e.status})),
            after: Some(json!({"status": updated.status, "comment": comment})),
            late,
        },
    )
    .await?;
    txn.commit().await?;
    Ok(updated)
}

/// The unit an application is made in.
async fn unit_of(db: &DatabaseConnection, unit_id: i32) -> AppResult<entity::unit::Model> {
    entity::unit::Entity::find_by_id(unit_id)
        .one(db)
        .await?
        .ok_or_else(AppError::not_found)
}

/// A decision's or a hand-over's comment: trimmed, none when empty, refused with
/// `too_long` past 1000 characters.
fn clean_comment(comment: Option<&str>, too_long: &str) -> AppResult<Option<String>> {
    let comment = comment.map(str::trim).filter(|c| !c.is_empty());
    if comment.is_some_and(|c| c.chars().count() > 1000) {
        return Err(AppError::bad_input(too_long));
    }
    Ok(comment.map(str::to_owned))
}

/// Whether the learner has a submitted attempt in the campaign: from then on the result
/// stands, and an exemption would only take a failure out of the unit's rates.
async fn has_sat_exam<C: sea_orm::ConnectionTrait>(
    db: &C,
    campaign_id: i32,
    learner_id: i32,
) -> AppResult<bool> {
    let submitted = entity::exam_attempt::Entity::find()
        .filter(entity::exam_attempt::Column::CampaignId.eq(campaign_id))
        .filter(entity::exam_attempt::Column::LearnerId.eq(learner_id))
        .filter(entity::exam_attempt::Column::Status.eq(entity::exam_attempt::AttemptStatus::Submitted))
        .count(db)
        .await?;
    Ok(submitted > 0)
}

pub async fn decisions_of(
    db: &DatabaseConnection,
    exemption_id: i32,
) -> AppResult<Vec<exemption_decision::Model>> {
    Ok(exemption_decision::Entity::find()
        .filter(exemption_decision::Column::ExemptionId.eq(exemption_id))
        .order_by_asc(exemption_decision::Column::Id)
        .all(db)
        .await?)
}

/// The caller's own applications in a campaign.
pub async fn mine(
    db: &DatabaseConnection,
    actor: &Actor,
    campaign_id: i32,
) -> AppResult<Vec<exemption::Model>> {
    let Some(own) = actor.learner.as_ref() else {
        return Ok(Vec::new());
    };
    Ok(exemption::Entity::find()
        .filter(exemption::Column::CampaignId.eq(campaign_id))
        .filter(exemption::Column::LearnerId.eq(own.learner_id))
        .order_by_desc(exemption::Column::Id)
        .all(db)
        .await?)
}

/// Applications under a region or unit the caller manages, newest first.
pub async fn under_node(
    db: &DatabaseConnection,
    actor: &Actor,
    node: &org::Node,
    campaign_id: i32,
    status: Option<ExemptionStatus>,
    escalated: Option<bool>,
    page: Page,
) -> AppResult<PageOf<exemption::Model>> {
    let mut query = exemption::Entity::find().filter(exemption::Column::CampaignId.eq(campaign_id));
    query = match node {
        org::Node::Region(r) => {
            scope::require(true, actor.manages_region(r), "查看该地区的免考申请")?;
            query.filter(scope::within_subtree(exemption::Column::RegionPath, &r.path))
        }
        org::Node::Unit(u) => {
            scope::require(true, actor.manages_unit(u), "查看该单位的免考申请")?;
            query.filter(exemption::Column::UnitId.eq(u.id))
        }
    };
    if let Some(status) = status {
        query = query.filter(exemption::Column::Status.eq(status));
    }
    query = match escalated {
        Some(true) => query.filter(exemption::Column::EscalatedAt.is_not_null()),
        Some(false) => query.filter(exemption::Column::EscalatedAt.is_null()),
        None => query,
    };
    let total_count = query.clone().count(db).await?;
    if let Some(after) = page.after_id {
        query = query.filter(exemption::Column::Id.lt(after));
    }
    let rows = query
        .order_by_desc(exemption::Column::Id)
        .limit(page.first + 1)
        .all(db)
        .await?;
    Ok(PageOf::from_rows(rows, page, total_count))
}

// ---------------------------------------------------------------- passing to the district

/// 转交区委法制办: after the roster freeze a unit administrator may no longer approve an
/// exemption, so it passes a pending application to the district office, which decides it
/// (`decide`, as an office). Before the freeze the unit decides itself. Audited.
pub async fn escalate(
    db: &DatabaseConnection,
    actor: &Actor,
    id: i32,
    comment: Option<&str>,
) -> AppResult<exemption::Model> {
    let e = find(db, actor, id).await?;
    let unit = unit_of(db, e.unit_id).await?;
    scope::require(true, actor.manages_unit(&unit), "转交免考申请")?;
    if e.status != ExemptionStatus::Pending {
        return Err(AppError::conflict(
            "该申请已审核，无需转交；如需改变结果，请联系区委法制办复核",
        ));
    }
    if e.escalated_at.is_some() {
        return Err(AppError::conflict("该申请已转交区委法制办，请等待其审核"));
    }
    let txn = db.begin().await?;
    if !campaign::roster_frozen(&txn, &unit.region_path).await? {
        return Err(AppError::bad_input(
            "名单核实尚未截止，请由本单位直接审核；截止后才需转交区委法制办",
        ));
    }
    let comment = clean_comment(comment, "转交说明不超过 1000 字")?;
    let mut active: exemption::ActiveModel = e.clone().into();
    active.escalated_at = Set(Some(crate::infra::clock::now()));
    active.escalated_by = Set(Some(actor.account_id));
    active.escalation_comment = Set(comment.clone());
    let updated = active.update(&txn).await?;
    audit::record(
        &txn,
        Change {
            actor_account_id: Some(actor.account_id),
            action: "exemption.escalate",
            target_kind: "exemption",
            target_id: e.id,
            region_path: &unit.region_path,
            unit_id: Some(unit.id),
            before: None,
            after: Some(json!({"escalated": true, "comment": comment})),
            late: true,
        },
    )
    .await?;
    txn.commit().await?;
    Ok(updated)
}

/// The attached scan of an application, for the administrators who decide it (the unit's and
/// the offices above). Opening it is audited: it may show a medical or personal document.
pub async fn attachment(db: &DatabaseConnection, actor: &Actor, id: i32) -> AppResult<Option<Attachment>> {
    let e = find(db, actor, id).await?;
    let unit = unit_of(db, e.unit_id).await?;
    if !actor.manages_unit(&unit) {
        return Err(AppError::not_found());
    }
    let (Some(name), Some(content_type), Some(bytes)) = (e.attachment_name, e.attachment_type, e.attachment)
    else {
        return Ok(None);
    };
    audit::record(
        db,
        Change {
            actor_account_id: Some(actor.account_id),
            action: "exemption.attachment_view",
            target_kind: "exemption",
            target_id: e.id,
            region_path: &unit.region_path,
            unit_id: Some(unit.id),
            before: None,
            after: Some(json!({"name": name})),
            late: false,
        },
    )
    .await?;
    Ok(Some(Attachment {
        name,
        content_type,
        bytes,
    }))
}

#[cfg(test)]
mod tests {
    use chrono::{NaiveTime, TimeZone, Utc};
    use entity::exam_session::ExamKind;

    use super::*;
    use crate::domain::testkit::{Province, day, rules};

    fn code_of(result: AppResult<exemption::Model>) -> Code {
        match result {
            Ok(row) => panic!("applied: {row:?}"),
            Err(e) => e.code(),
        }
    }

    /// The notice's rule: exempted only if retiring by December 30 two years after the
    /// campaign's year; both sides of the date, and no date at all.
    #[tokio::test]
    async fn the_retirement_date_decides_on_both_sides_of_the_cutoff() {
        let mut p = Province::new().await;
        let c = p.campaign(&rules(2026)).await;
        let on_the_day = p.learner("当天").retiring_on(day(2028, 12, 30)).create().await;
        let a_day_late = p.learner("晚一天").retiring_on(day(2028, 12, 31)).create().await;
        let unknown = p.learner("未登记").create().await;
        let row = apply(&p.db, &p.actor_of(&on_the_day), c.id, "即将退休", None)
            .await
            .expect("applied");
        assert_eq!(row.status, ExemptionStatus::Pending);
        assert_eq!(row.unit_id, p.unit.id);
        let late = apply(&p.db, &p.actor_of(&a_day_late), c.id, "即将退休", None).await;
        let message = late
            .as_ref()
            .err()
            .map(|e| e.public_message().to_owned())
            .unwrap_or_default();
        assert_eq!(code_of(late), Code::NotEligible);
        assert!(message.contains("2028-12-30"), "{message}");
        let none = apply(&p.db, &p.actor_of(&unknown), c.id, "即将退休", None).await;
        assert_eq!(code_of(none), Code::NotEligible);
    }

    /// One open application a year; an empty reason, a learner between units or one who has
    /// handed in a paper is refused, and nothing is written.
    #[tokio::test]
    async fn refusals_write_nothing() {
        let mut p = Province::new().await;
        let c = p.campaign(&rules(2026)).await;
        let retiring = day(2027, 6, 1);
        let twice = p.learner("两次").retiring_on(retiring).create().await;
        let blank = p.learner("空理由").retiring_on(retiring).create().await;
        let sat = p.learner("已交卷").retiring_on(retiring).create().await;
        let moving = p
            .learner("调动中")
            .retiring_on(retiring)
            .between_units()
            .create()
            .await;
        apply(&p.db, &p.actor_of(&twice), c.id, "即将退休", None)
            .await
            .expect("first application");
        let again = apply(&p.db, &p.actor_of(&twice), c.id, "再申请一次", None).await;
        assert_eq!(code_of(again), Code::Conflict);
        let empty = apply(&p.db, &p.actor_of(&blank), c.id, "   ", None).await;
        assert_eq!(code_of(empty), Code::BadUserInput);
        let at = Utc.from_utc_datetime(&day(2026, 12, 10).and_time(NaiveTime::MIN));
        let session = p.session(&c, ExamKind::Main, at).await;
        p.attempt(&sat, &session, Some(false)).await;
        let after_exam = apply(&p.db, &p.actor_of(&sat), c.id, "即将退休", None).await;
        assert_eq!(code_of(after_exam), Code::NotEligible);
        let between = apply(&p.db, &p.actor_of(&moving), c.id, "即将退休", None).await;
        assert_eq!(code_of(between), Code::NotEligible);
        let wrong_type = Attachment {
            name: "扫描件".into(),
            content_type: "application/octet-stream".into(),
            bytes: vec![0; 10],
        };
        let refused = apply(&p.db, &p.actor_of(&blank), c.id, "即将退休", Some(wrong_type)).await;
        assert_eq!(code_of(refused), Code::BadUserInput);
        let rows = exemption::Entity::find().all(&p.db).await.expect("rows");
        assert_eq!(rows.len(), 1, "only the first application is stored: {rows:?}");
        assert_eq!(rows[0].learner_id, twice.id);
    }

    /// An administrator, or anyone who is not the learner, cannot apply on its behalf.
    #[tokio::test]
    async fn only_the_learner_applies() {
        let mut p = Province::new().await;
        let c = p.campaign(&rules(2026)).await;
        let l = p.learner("本人").retiring_on(day(2027, 6, 1)).create().await;
        let mut office = p.actor_of(&l);
        office.learner = None;
        let refused = apply(&p.db, &office, c.id, "代为申请", None).await;
        assert_eq!(code_of(refused), Code::Forbidden);
    }
}
