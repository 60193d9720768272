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
use crate::domain::study;
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
        daily_points_cap: None,
    };
    let year = rules.year;
    let campaign = campaign::insert(db, province, &rules, None).await?;
    study_material_and_points(db, &campaign).await?;

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

/// Reading material written for the demo, and study points: 13900000001 to 13900000020
/// reached the required points three days ago, 13900000021 to 13900000028 are part-way.
async fn study_material_and_points<C: ConnectionTrait>(db: &C, c: &entity::campaign::Model) -> AppResult<()> {
    let mut items = Vec::new();
    for (category, title, body, points, seconds) in STUDY_ITEMS {
        let draft = study::ItemDraft {
            category: *category,
            title: (*title).to_owned(),
            body: (*body).to_owned(),
            points: *points,
            min_reading_seconds: *seconds,
            position: None,
        };
        items.push(study::create_item(db, c, &draft).await?);
    }
    let now = Utc::now();
    let done_on = clock::today() - Duration::days(3);
    for n in 1..=28u32 {
        let phone = format!("139{n:08}");
        let Some(account) = entity::account::Entity::find()
            .filter(entity::account::Column::Phone.eq(phone))
            .one(db)
            .await?
        else {
            continue;
        };
        let Some(l) = entity::learner::Entity::find()
            .filter(entity::learner::Column::AccountId.eq(account.id))
            .one(db)
            .await?
        else {
            continue;
        };
        // Everything for the first twenty; the reader's first chapters for the rest.
        let read: Vec<&entity::study_item::Model> = if n <= 20 {
            items.iter().collect()
        } else {
            items
                .iter()
                .filter(|i| i.category == "READER")
                .take(1 + (n as usize % 4))
                .collect()
        };
        let mut total = 0;
        let mut credits = Vec::new();
        if n <= 20 {
            credits.push(("PROFILE", "profile".to_owned(), None, 5));
            total += 5;
        }
        for item in read {
            credits.push((
                item.category.as_str(),
                format!("item:{}", item.id),
                Some(item.id),
                item.points,
            ));
            total += item.points;
        }
        for (category, key, item_id, points) in credits {
            entity::study_credit::ActiveModel {
                learner_id: Set(l.id),
                campaign_id: Set(c.id),
                category: Set(category.to_owned()),
                credit_key: Set(key),
                item_id: Set(item_id),
                points: Set(points),
                credited_at: Set(now - Duration::days(4)),
                ..Default::default()
            }
            .insert(db)
            .await?;
        }
        entity::study_progress::ActiveModel {
            learner_id: Set(l.id),
            campaign_id: Set(c.id),
            total_points: Set(total.min(c.required_points)),
            completed_on: Set((total >= c.required_points).then_some(done_on)),
            updated_at: Set(now),
        }
        .insert(db)
        .await?;
    }
    Ok(())
}

use StudyCategory::{HotEvent, OtherLaw, Reader};

/// Short original texts for the demo: 60 points of reader chapters, 15 of hot events, 20 of
/// other laws.
const STUDY_ITEMS: &[(StudyCategory, &str, &str, i32, i32)] = &[
    (
        Reader,
        "第一章 宪法是国家的根本法",
        "宪法规定国家的根本制度和根本任务，具有最高的法律效力。一切国家机关和武装力量、各政党和各社会团体、各企业事业组织都必须以宪法为根本的活动准则，并且负有维护宪法尊严、保证宪法实施的职责。国家工作人员就职时应当依照法律规定公开进行宪法宣誓。",
        10,
        20,
    ),
    (
        Reader,
        "第二章 公民的基本权利和义务",
        "中华人民共和国公民在法律面前一律平等。国家尊重和保障人权。公民享有选举权和被选举权，享有言论、出版、集会、结社、游行、示威的自由；同时必须遵守宪法和法律，保守国家秘密，爱护公共财产，遵守劳动纪律和公共秩序。",
        10,
        20,
    ),
    (
        Reader,
        "第三章 国家机构",
        "全国人民代表大会是最高国家权力机关。国务院是最高国家行政机关。监察委员会是国家的监察机关。人民法院和人民检察院依照法律规定独立行使审判权、检察权，不受行政机关、社会团体和个人的干涉。",
        10,
        20,
    ),
    (
        Reader,
        "第四章 民法典总则",
        "民法典是新中国第一部以法典命名的法律。民事主体在民事活动中的法律地位一律平等；从事民事活动应当遵循自愿、公平、诚信原则，不得违反法律，不得违背公序良俗，并应当有利于节约资源、保护生态环境。",
        10,
        20,
    ),
    (
        Reader,
        "第五章 合同与侵权责任",
        "依法成立的合同，对当事人具有法律约束力。当事人应当按照约定全面履行自己的义务。行为人因过错侵害他人民事权益造成损害的，应当承担侵权责任；法律规定推定行为人有过错的，其不能证明自己没有过错的，应当承担侵权责任。",
        10,
        20,
    ),
    (
        Reader,
        "第六章 依法行政",
        "行政机关应当依法履行职责，做到法定职责必须为、法无授权不可为。作出行政处罚前应当告知当事人拟作出处罚的内容及事实、理由、依据，并告知其依法享有陈述、申辩、要求听证的权利。",
        10,
        20,
    ),
    (
        HotEvent,
        "热点：一起行政复议案件的启示",
        "某县居民对乡镇政府的拆除决定不服，依法申请行政复议。复议机关审查认为程序违法，决定撤销。此案提醒行政机关：程序正当是依法行政的基本要求。",
        5,
        15,
    ),
    (
        HotEvent,
        "热点：个人信息保护执法行动",
        "多地开展个人信息保护专项执法，查处违规收集、使用个人信息的行为。处理个人信息应当遵循合法、正当、必要和诚信原则，不得过度收集。",
        5,
        15,
    ),
    (
        HotEvent,
        "热点：民法典中的居住权",
        "居住权是民法典新设立的用益物权。设立居住权应当采用书面形式订立合同，并向登记机构申请登记，居住权自登记时设立。",
        5,
        15,
    ),
    (
        OtherLaw,
        "行政许可法要点",
        "设定和实施行政许可应当依照法定的权限、范围、条件和程序，遵循公开、公平、公正、非歧视的原则。公民、法人或者其他组织能够自主决定的事项，可以不设行政许可。",
        5,
        15,
    ),
    (
        OtherLaw,
        "国家赔偿法要点",
        "国家机关和国家机关工作人员行使职权，有本法规定的侵犯公民、法人和其他组织合法权益的情形，造成损害的，受害人有依照本法取得国家赔偿的权利。",
        5,
        15,
    ),
    (
        OtherLaw,
        "保守国家秘密法要点",
        "国家秘密受法律保护。一切国家机关、武装力量、政党、社会团体、企业事业组织和其他社会组织以及公民都有保守国家秘密的义务。",
        5,
        15,
    ),
    (
        OtherLaw,
        "公务员法要点",
        "公务员应当忠于宪法，模范遵守、自觉维护宪法和法律，依法履行职责，遵守纪律，恪守职业道德，接受人民监督。",
        5,
        15,
    ),
];
