//! Demo data: a real-looking corner of Hunan a newcomer can log into at once.
//! One module that grows with the product.

use chrono::{Datelike, Duration, NaiveDate, Utc};
use entity::{region, role_grant};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, PaginatorTrait,
    QueryFilter, Set, TransactionTrait,
};

use crate::clock;
use crate::domain::campaign::{
    self, BlueprintPart, CampaignRules, CategoryRule, QuestionType, StudyCategory,
};

use crate::auth::password;
use crate::domain::org;
use crate::domain::phone::PhoneNumber;
use crate::domain::roster::{self, NewLearner};
use crate::error::{AppError, AppResult};
use crate::scope::Role;

pub const ADMIN_PASSWORD: &str = "Xuefa2017";

/// The demo logins, for the start-up banner and the README.
pub const LOGINS: &[(&str, &str)] = &[
    ("13800000001", "湖南省 省级管理员（省委法制办）"),
    ("13800000002", "衡阳市 市级管理员"),
    ("13800000003", "蒸湘区 区级管理员"),
    ("13800000004", "雁峰区 区级管理员"),
    ("13800000005", "蒸湘区司法局 单位管理员"),
    ("13800000006", "雁峰区司法局 单位管理员"),
];

/// Whether the demo province is already there.
pub async fn is_loaded(db: &DatabaseConnection) -> AppResult<bool> {
    Ok(region::Entity::find()
        .filter(region::Column::Code.eq("430000"))
        .count(db)
        .await?
        > 0)
}

/// Loads the demo data into an empty database. Returns false when the database already
/// holds data (demo or not), which is left untouched.
pub async fn load(db: &DatabaseConnection) -> AppResult<bool> {
    if region::Entity::find().count(db).await? > 0 {
        return Ok(false);
    }
    let hunan = org::create_province(db, "430000", "湖南省").await?;
    let txn = db.begin().await?;
    let now = Utc::now();
    let new_region = |parent: &region::Model, code: &str, name: &str, level: &str| region::ActiveModel {
        parent_id: Set(Some(parent.id)),
        code: Set(code.to_owned()),
        name: Set(name.to_owned()),
        level: Set(level.to_owned()),
        path: Set(format!("{}{code}", parent.path)),
        created_at: Set(now),
        ..Default::default()
    };
    let hengyang = new_region(&hunan, "430400", "衡阳市", "CITY")
        .insert(&txn)
        .await?;
    let zhengxiang = new_region(&hengyang, "430408", "蒸湘区", "DISTRICT")
        .insert(&txn)
        .await?;
    let yanfeng = new_region(&hengyang, "430406", "雁峰区", "DISTRICT")
        .insert(&txn)
        .await?;

    let new_unit = |r: &region::Model, name: &str, has_internet: bool| entity::unit::ActiveModel {
        region_id: Set(r.id),
        region_path: Set(r.path.clone()),
        name: Set(name.to_owned()),
        has_internet: Set(has_internet),
        created_at: Set(now),
        ..Default::default()
    };
    let zx_justice = new_unit(&zhengxiang, "蒸湘区司法局", true).insert(&txn).await?;
    new_unit(&zhengxiang, "联合街道", true).insert(&txn).await?;
    new_unit(&zhengxiang, "呈祥街道", false).insert(&txn).await?;
    let yf_justice = new_unit(&yanfeng, "雁峰区司法局", true).insert(&txn).await?;

    let admin_hash = password::hash(ADMIN_PASSWORD.to_owned()).await?;
    let admins: [(
        &str,
        &str,
        Role,
        Option<&region::Model>,
        Option<&entity::unit::Model>,
    ); 6] = [
        ("13800000001", "省管理员", Role::ProvinceAdmin, Some(&hunan), None),
        ("13800000002", "市管理员", Role::CityAdmin, Some(&hengyang), None),
        (
            "13800000003",
            "蒸湘区管理员",
            Role::DistrictAdmin,
            Some(&zhengxiang),
            None,
        ),
        (
            "13800000004",
            "雁峰区管理员",
            Role::DistrictAdmin,
            Some(&yanfeng),
            None,
        ),
        (
            "13800000005",
            "蒸湘区司法局管理员",
            Role::UnitAdmin,
            None,
            Some(&zx_justice),
        ),
        (
            "13800000006",
            "雁峰区司法局管理员",
            Role::UnitAdmin,
            None,
            Some(&yf_justice),
        ),
    ];
    for (phone, name, role, region, unit) in admins {
        let account = entity::account::ActiveModel {
            phone: Set(phone.to_owned()),
            name: Set(name.to_owned()),
            password_hash: Set(Some(admin_hash.clone())),
            must_change_password: Set(false),
            created_at: Set(now),
            password_changed_at: Set(Some(now)),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        let scope_path = region
            .map(|r| r.path.clone())
            .or(unit.map(|u| u.region_path.clone()))
            .unwrap_or_default();
        role_grant::ActiveModel {
            account_id: Set(account.id),
            role: Set(role.as_str().to_owned()),
            region_id: Set(region.map(|r| r.id)),
            unit_id: Set(unit.map(|u| u.id)),
            scope_path: Set(scope_path),
            granted_by: Set(None),
            created_at: Set(now),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
    }

    const SURNAMES: [&str; 10] = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"];
    const GIVEN: [&str; 8] = ["伟", "芳", "敏", "静", "强", "磊", "洋", "艳"];
    const RANKS: [&str; 4] = ["科员", "副科级", "正科级", "副处级"];
    for n in 1..=40u32 {
        let phone = PhoneNumber::parse(&format!("139{n:08}"))?;
        let name = format!(
            "{}{}{}",
            SURNAMES[(n as usize) % 10],
            GIVEN[(n as usize) % 8],
            if n > 8 { GIVEN[(n as usize / 8) % 8] } else { "" }
        );
        let unit = if n <= 30 { &zx_justice } else { &yf_justice };
        let retirement = NaiveDate::from_ymd_opt(2030 + (n as i32 % 25), 1 + n % 12, 1)
            .ok_or_else(|| AppError::internal("demo retirement date"))?;
        roster::enroll(
            &txn,
            unit,
            NewLearner {
                phone: &phone,
                name: &name,
                rank: Some(RANKS[n as usize % 4]),
                retirement_date: Some(retirement),
            },
        )
        .await?;
    }
    campaign_on_exam_day(&txn, &hunan, &zx_justice).await?;
    txn.commit().await?;
    Ok(true)
}

/// The current year's campaign as it stands on exam day: the roster verification deadline has
/// passed (the freeze is in force), study has started, the main window is open now and the
/// make-up window comes later. One learner near retirement has a pending exemption, one is
/// between units.
async fn campaign_on_exam_day<C: ConnectionTrait>(
    db: &C,
    province: &region::Model,
    unit: &entity::unit::Model,
) -> AppResult<()> {
    let today = clock::today();
    let days = |n: i64| today + Duration::days(n);
    let rules = CampaignRules {
        year: today.year(),
        title: format!("{}年度国家工作人员学法考法", today.year()),
        reader_title: "《宪法和民法典学习读本》".into(),
        verification_deadline: days(-20),
        study_start: days(-60),
        required_points: 100,
        categories: vec![
            CategoryRule {
                category: StudyCategory::Profile,
                points: 5,
                required: false,
            },
            CategoryRule {
                category: StudyCategory::Reader,
                points: 60,
                required: true,
            },
            CategoryRule {
                category: StudyCategory::HotEvent,
                points: 15,
                required: false,
            },
            CategoryRule {
                category: StudyCategory::OtherLaw,
                points: 20,
                required: false,
            },
        ],
        main_window: (days(-2), days(12)),
        makeup_window: (days(30), days(31)),
        pass_score: 60,
        duration_minutes: 60,
        blueprint: vec![
            BlueprintPart {
                question_type: QuestionType::Single,
                count: 40,
                points_each: 1,
            },
            BlueprintPart {
                question_type: QuestionType::Multiple,
                count: 20,
                points_each: 2,
            },
            BlueprintPart {
                question_type: QuestionType::TrueFalse,
                count: 20,
                points_each: 1,
            },
        ],
        main_attempts: 1,
        makeup_attempts: 1,
        answer_grace_seconds: 10,
    };
    let year = rules.year;
    let campaign = campaign::insert(db, province, &rules, None).await?;

    let learner_of = |phone: &'static str| async move {
        let account = entity::account::Entity::find()
            .filter(entity::account::Column::Phone.eq(phone))
            .one(db)
            .await?
            .ok_or_else(|| AppError::internal("demo learner missing"))?;
        entity::learner::Entity::find()
            .filter(entity::learner::Column::AccountId.eq(account.id))
            .one(db)
            .await?
            .ok_or_else(|| AppError::internal("demo learner missing"))
    };

    // Near retirement, with a pending exemption application.
    let near = learner_of("13900000030").await?;
    let retiring = NaiveDate::from_ymd_opt(year + 1, 6, 30).ok_or_else(|| AppError::internal("demo date"))?;
    let mut active: entity::learner::ActiveModel = near.clone().into();
    active.retirement_date = Set(Some(retiring));
    active.update(db).await?;
    entity::exemption::ActiveModel {
        campaign_id: Set(campaign.id),
        learner_id: Set(near.id),
        unit_id: Set(unit.id),
        region_path: Set(unit.region_path.clone()),
        reason: Set("明年六月退休，申请本年度免考。".into()),
        status: Set("PENDING".into()),
        attachment_name: Set(None),
        attachment_type: Set(None),
        attachment: Set(None),
        applied_at: Set(Utc::now()),
        decided_at: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await?;

    // Transferred out of its unit, waiting for the new unit to take it in.
    let moving = learner_of("13900000029").await?;
    let mut active: entity::learner::ActiveModel = moving.into();
    active.unit_id = Set(None);
    active.last_unit_id = Set(Some(unit.id));
    active.status = Set("TRANSFERRING".into());
    active.status_since = Set(Some(days(-25)));
    active.update(db).await?;
    Ok(())
}

/// The lines printed at start-up so a newcomer knows where to log in.
pub fn banner_lines() -> Vec<String> {
    let mut lines = vec![format!("Demo logins (password {ADMIN_PASSWORD}):")];
    lines.extend(LOGINS.iter().map(|(phone, who)| format!("  {phone}  {who}")));
    lines.push("  13900000001 .. 13900000040  learners on the initial password 000000 (must change it at first login)".into());
    lines
}
