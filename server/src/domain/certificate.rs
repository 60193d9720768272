//! Certificates of passing (成绩证明): a learner who passed a campaign's exam gets one, with a
//! verification code anyone can check at `/verify/<code>`; the administrators of a unit (and
//! the offices above) print those of the unit's learners in one file.
//!
//! The code is 100 random bits (20 base32 characters), not derived from any id; only a code's
//! SHA-256 is looked up, so a lookup costs the same whatever is asked. What a certificate
//! certifies (name, unit, campaign, score, date) is stored as issued.

use entity::{campaign, certificate, exam_attempt, learner, unit};
use rand::RngCore;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set,
};
use sha2::{Digest, Sha256};

use crate::domain::ids::{CampaignId, UnitId};
use crate::domain::{campaign as campaigns, exam, org, roster};
use crate::error::{AppError, AppResult, Code};
use crate::scope::{self, Actor};

const ALPHABET: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
/// Characters of a code: 20 × 5 bits = 100 random bits.
pub const CODE_LEN: usize = 20;

/// A fresh code from the operating system's generator.
pub fn new_code() -> String {
    let mut bytes = [0u8; CODE_LEN];
    rand::rng().fill_bytes(&mut bytes);
    bytes
        .iter()
        .map(|b| ALPHABET[(b & 31) as usize] as char)
        .collect()
}

/// The code as printed: `ABCDE-FGHIJ-KLMNO-PQRST`.
pub fn printed(code: &str) -> String {
    code.as_bytes()
        .chunks(5)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect::<Vec<_>>()
        .join("-")
}

/// A code as typed or scanned: dashes and spaces dropped, upper case. Anything else gives a
/// string that matches nothing (the lookup runs all the same).
pub fn normalize(input: &str) -> String {
    input
        .chars()
        .filter(|c| *c != '-' && *c != ' ')
        .take(64)
        .collect::<String>()
        .to_ascii_uppercase()
}

pub fn digest(code: &str) -> String {
    hex::encode(Sha256::digest(code.as_bytes()))
}

/// A name as the public verification page shows it: 张*明, 李*, 欧阳**锋.
pub fn mask_name(name: &str) -> String {
    let chars: Vec<char> = name.chars().collect();
    match chars.len() {
        0 => String::new(),
        1 => "*".to_owned(),
        2 => format!("{}*", chars[0]),
        n => format!("{}{}{}", chars[0], "*".repeat(n - 2), chars[n - 1]),
    }
}

/// The best passing attempt of a learner in a campaign: highest score, the earliest of equals.
async fn best_pass(
    db: &DatabaseConnection,
    learner_id: i32,
    campaign_id: i32,
) -> AppResult<Option<exam_attempt::Model>> {
    Ok(exam::learner_attempts(learner_id, campaign_id)
        .filter(exam_attempt::Column::Status.eq(entity::exam_attempt::AttemptStatus::Submitted))
        .filter(exam_attempt::Column::Passed.eq(true))
        .order_by_desc(exam_attempt::Column::Score)
        .order_by_asc(exam_attempt::Column::SubmittedAt)
        .one(db)
        .await?)
}

/// The learner's certificate for the campaign, issued now if it has none yet; a better score
/// passed later replaces score and date, keeping the code. None when it has not passed.
async fn issue(
    db: &DatabaseConnection,
    l: &learner::Model,
    c: &campaign::Model,
) -> AppResult<Option<certificate::Model>> {
    let Some(best) = best_pass(db, l.id, c.id).await? else {
        return Ok(None);
    };
    let score = best.score.unwrap_or(0);
    let passed_on = best
        .submitted_at
        .unwrap_or(best.started_at)
        .with_timezone(&crate::infra::clock::CHINA)
        .date_naive();
    let existing = certificate::Entity::find()
        .filter(certificate::Column::LearnerId.eq(l.id))
        .filter(certificate::Column::CampaignId.eq(c.id))
        .one(db)
        .await?;
    if let Some(cert) = existing {
        if cert.attempt_id == best.id || cert.score >= score {
            return Ok(Some(cert));
        }
        let mut active: certificate::ActiveModel = cert.into();
        active.attempt_id = Set(best.id);
        active.score = Set(score);
        active.passed_on = Set(passed_on);
        return Ok(Some(active.update(db).await?));
    }
    let unit_id = l.unit_id.or(l.last_unit_id);
    let unit_name = match unit_id {
        Some(id) => unit::Entity::find_by_id(id)
            .one(db)
            .await?
            .map(|u| u.name)
            .unwrap_or_default(),
        None => String::new(),
    };
    let code = new_code();
    let inserted = certificate::ActiveModel {
        code_digest: Set(digest(&code)),
        code: Set(code),
        learner_id: Set(l.id),
        campaign_id: Set(c.id),
        attempt_id: Set(best.id),
        name: Set(l.name.clone()),
        unit_name: Set(unit_name),
        campaign_title: Set(c.title.clone()),
        year: Set(c.year),
        score: Set(score),
        passed_on: Set(passed_on),
        issued_at: Set(crate::infra::clock::now()),
        ..Default::default()
    }
    .insert(db)
    .await;
    match inserted {
        Ok(cert) => Ok(Some(cert)),
        // Two requests at once: the other one issued it.
        Err(e) if matches!(e.sql_err(), Some(sea_orm::SqlErr::UniqueConstraintViolation(_))) => {
            Ok(certificate::Entity::find()
                .filter(certificate::Column::LearnerId.eq(l.id))
                .filter(certificate::Column::CampaignId.eq(c.id))
                .one(db)
                .await?)
        }
        Err(e) => Err(e.into()),
    }
}

fn not_passed() -> AppError {
    AppError::new(
        Code::NotEligible,
        "通过本年度考试后才能下载成绩证明；如已交卷，请稍后刷新再试",
    )
}

/// The caller's own certificate for a campaign (a learner who passed).
pub async fn mine(db: &DatabaseConnection, actor: &Actor, campaign_id: i32) -> AppResult<certificate::Model> {
    let c = campaigns::find(db, actor, campaign_id).await?;
    let Some(me) = actor.learner.as_ref() else {
        return Err(AppError::forbidden("只有学员本人可以下载自己的成绩证明"));
    };
    let l = roster::find_learner(db, actor, me.learner_id).await?;
    issue(db, &l, &c).await?.ok_or_else(not_passed)
}

/// The certificates of everyone on a unit's roster who passed the campaign's exam, in roster
/// (pinyin) order; for the unit's administrators and the offices above it.
pub async fn of_unit(
    db: &DatabaseConnection,
    actor: &Actor,
    CampaignId(campaign_id): CampaignId,
    UnitId(unit_id): UnitId,
) -> AppResult<(unit::Model, campaign::Model, Vec<certificate::Model>)> {
    let c = campaigns::find(db, actor, campaign_id).await?;
    let u = org::find_unit(db, actor, unit_id).await?;
    scope::require(true, actor.may_print_certificates(&u), "打印该单位的成绩证明")?;
    // The unit's roster first (one index range), then which of them passed, by chunks of ids:
    // never the whole province's attempts.
    let roster = learner::Entity::find()
        .filter(learner::Column::UnitId.eq(u.id))
        .order_by_asc(learner::Column::NameKey)
        .order_by_asc(learner::Column::Id)
        .all(db)
        .await?;
    let mut passed: std::collections::HashSet<i32> = std::collections::HashSet::new();
    for chunk in roster.chunks(500) {
        let ids: Vec<i32> = chunk.iter().map(|l| l.id).collect();
        passed.extend(
            exam_attempt::Entity::find()
                .select_only()
                .column(exam_attempt::Column::LearnerId)
                .filter(exam_attempt::Column::CampaignId.eq(c.id))
                .filter(exam_attempt::Column::Status.eq(entity::exam_attempt::AttemptStatus::Submitted))
                .filter(exam_attempt::Column::Passed.eq(true))
                .filter(exam_attempt::Column::LearnerId.is_in(ids))
                .into_tuple::<i32>()
                .all(db)
                .await?,
        );
    }
    let learners: Vec<learner::Model> = roster.into_iter().filter(|l| passed.contains(&l.id)).collect();
    let mut out = Vec::with_capacity(learners.len());
    for l in &learners {
        if let Some(cert) = issue(db, l, &c).await? {
            out.push(cert);
        }
    }
    Ok((u, c, out))
}

/// What a code certifies, if it is genuine. Unknown and malformed codes alike find nothing.
pub async fn verify(db: &DatabaseConnection, code: &str) -> AppResult<Option<certificate::Model>> {
    let wanted = digest(&normalize(code));
    Ok(certificate::Entity::find()
        .filter(certificate::Column::CodeDigest.eq(wanted))
        .one(db)
        .await?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_random_base32_and_normalize_back() {
        let a = new_code();
        let b = new_code();
        assert_eq!(a.len(), CODE_LEN);
        assert_ne!(a, b);
        assert!(a.bytes().all(|c| ALPHABET.contains(&c)));
        assert_eq!(normalize(&printed(&a).to_lowercase()), a);
    }

    #[test]
    fn names_are_masked_in_the_middle() {
        assert_eq!(mask_name("张三明"), "张*明");
        assert_eq!(mask_name("李四"), "李*");
        assert_eq!(mask_name("欧阳小锋"), "欧**锋");
        assert_eq!(mask_name("王"), "*");
    }
}
