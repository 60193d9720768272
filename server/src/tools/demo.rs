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
use crate::domain::exam::{ExamKind, SessionPlace, new_session};
use crate::domain::org;
use crate::domain::phone::PhoneNumber;
use crate::domain::roster::{self, NewLearner};
use crate::domain::study;
use crate::error::{AppError, AppResult};
use crate::scope::{Level, Role};

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
    let new_region = |parent: &region::Model, code: &str, name: &str, level: Level| region::ActiveModel {
        parent_id: Set(Some(parent.id)),
        code: Set(code.to_owned()),
        name: Set(name.to_owned()),
        level: Set(level),
        path: Set(format!("{}{code}", parent.path)),
        created_at: Set(now),
        ..Default::default()
    };
    let hengyang = new_region(&hunan, "430400", "衡阳市", Level::City)
        .insert(&txn)
        .await?;
    let zhengxiang = new_region(&hengyang, "430408", "蒸湘区", Level::District)
        .insert(&txn)
        .await?;
    let yanfeng = new_region(&hengyang, "430406", "雁峰区", Level::District)
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
    // (phone, name, role, region, unit)
    type Admin<'a> = (
        &'a str,
        &'a str,
        Role,
        Option<&'a region::Model>,
        Option<&'a entity::unit::Model>,
    );
    let admins: [Admin; 6] = [
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
            role: Set(role),
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
    for c in entity::campaign::Entity::find().all(db).await? {
        crate::domain::stats::refresh_campaign(db, c.id).await?;
    }
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
    let rules = exam_day_rules(clock::today());
    let year = rules.year;
    let campaign = campaign::insert(db, province, &rules, None).await?;
    study_material_and_points(db, &campaign).await?;
    question_bank_and_sessions(db, &campaign).await?;

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
        status: Set(entity::exemption::ExemptionStatus::Pending),
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
    active.status = Set(roster::EmploymentStatus::Transferring);
    active.status_since = Set(Some(clock::today() - Duration::days(25)));
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
                .filter(|i| i.category == StudyCategory::Reader)
                .take(1 + (n as usize % 4))
                .collect()
        };
        let mut total = 0;
        let mut credits = Vec::new();
        if n <= 20 {
            credits.push((StudyCategory::Profile, "profile".to_owned(), None, 5));
            total += 5;
        }
        for item in read {
            credits.push((
                item.category,
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
                category: Set(category),
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

/// Facts the demo's questions are made from: (law, statement, correct, three wrong).
const FACTS: &[(&str, &str, &str, [&str; 3])] = &[
    (
        "《宪法》",
        "我国的根本法是",
        "宪法",
        ["民法典", "刑法", "行政诉讼法"],
    ),
    (
        "《宪法》",
        "最高国家权力机关是",
        "全国人民代表大会",
        ["国务院", "最高人民法院", "国家监察委员会"],
    ),
    (
        "《宪法》",
        "最高国家行政机关是",
        "国务院",
        ["全国人民代表大会常务委员会", "最高人民检察院", "中央军事委员会"],
    ),
    (
        "《宪法》",
        "国家的监察机关是",
        "各级监察委员会",
        ["各级人民法院", "各级人民政府", "各级人民代表大会"],
    ),
    (
        "《宪法》",
        "每年的国家宪法日是",
        "12月4日",
        ["3月15日", "10月1日", "7月1日"],
    ),
    (
        "《民法典》",
        "成年人的年龄标准是",
        "十八周岁",
        ["十六周岁", "二十周岁", "二十二周岁"],
    ),
    (
        "《民法典》",
        "向人民法院请求保护民事权利的普通诉讼时效期间为",
        "三年",
        ["一年", "二年", "五年"],
    ),
    (
        "《民法典》",
        "居住权自何时设立",
        "登记时",
        ["合同签订时", "交付时", "付款时"],
    ),
    (
        "《民法典》",
        "八周岁以上的未成年人是",
        "限制民事行为能力人",
        ["完全民事行为能力人", "无民事行为能力人", "无民事权利能力人"],
    ),
    (
        "《行政处罚法》",
        "违法行为在多少年内未被发现的，一般不再给予行政处罚",
        "二年",
        ["一年", "三年", "五年"],
    ),
    (
        "《行政复议法》",
        "公民认为具体行政行为侵犯其合法权益的，申请行政复议的一般期限是知道之日起",
        "六十日",
        ["十五日", "三十日", "九十日"],
    ),
    (
        "《行政诉讼法》",
        "直接向人民法院提起行政诉讼的一般期限是知道或者应当知道作出行政行为之日起",
        "六个月",
        ["三个月", "一年", "二年"],
    ),
    (
        "《行政许可法》",
        "行政机关作出行政许可决定的一般期限是受理之日起",
        "二十日",
        ["十日", "三十日", "六十日"],
    ),
    (
        "《国家赔偿法》",
        "赔偿请求人请求国家赔偿的时效为",
        "两年",
        ["一年", "三年", "六个月"],
    ),
    (
        "《公务员法》",
        "公务员的考核分为",
        "平时考核、专项考核和定期考核",
        ["年度考核和任期考核", "民主测评和个别谈话", "述职和述廉"],
    ),
];

/// A 300-question bank made from the facts above (150 single choice, 75 multiple choice,
/// 75 true/false), one MAIN session open now for each demo unit with internet, an exam
/// centre for 呈祥街道, and a make-up session later.
async fn question_bank_and_sessions<C: ConnectionTrait>(
    db: &C,
    c: &entity::campaign::Model,
) -> AppResult<()> {
    use crate::domain::exam::{QuestionDraft, QuestionOption, seed_question};
    let keys = ["A", "B", "C", "D"];
    let option = |i: usize, text: &str| QuestionOption {
        key: keys[i].to_owned(),
        text: text.to_owned(),
    };
    let mut made = 0;
    for round in 0..10 {
        for (law, statement, correct, wrong) in FACTS {
            // The correct option moves around from round to round.
            let at = (round + made) % 4;
            let mut texts: Vec<&str> = wrong.to_vec();
            texts.insert(at, correct);
            let single = QuestionDraft {
                question_type: QuestionType::Single,
                stem: format!("（第{}套）根据{law}，{statement}（　）。", round + 1),
                options: texts.iter().enumerate().map(|(i, t)| option(i, t)).collect(),
                answer: keys[at].to_owned(),
                explanation: format!("{law}规定：{statement}{correct}。"),
                law_source: (*law).to_owned(),
            };
            seed_question(db, c, single).await?;
            made += 1;
        }
    }
    for round in 0..5 {
        for (law, statement, correct, wrong) in FACTS {
            let truth = (round % 2) == 0;
            let claimed = if truth { *correct } else { wrong[round % 3] };
            let tf = QuestionDraft {
                question_type: QuestionType::TrueFalse,
                stem: format!("（第{}套）根据{law}，{statement}{claimed}。", round + 1),
                options: Vec::new(),
                answer: if truth { "A".into() } else { "B".into() },
                explanation: format!("{law}规定：{statement}{correct}。"),
                law_source: (*law).to_owned(),
            };
            seed_question(db, c, tf).await?;
        }
    }
    for round in 0..5 {
        for (i, (law, statement, correct, _)) in FACTS.iter().enumerate() {
            let (other_law, other_statement, other_correct, other_wrong) =
                FACTS[(i + 1 + round) % FACTS.len()];
            let multiple = QuestionDraft {
                question_type: QuestionType::Multiple,
                stem: format!("（第{}套）下列说法中，正确的有（　）。", round + 1 + i * 5),
                options: vec![
                    option(0, &format!("依照{law}，{statement}{correct}")),
                    option(
                        1,
                        &format!("依照{other_law}，{other_statement}{}", other_wrong[0]),
                    ),
                    option(2, &format!("依照{other_law}，{other_statement}{other_correct}")),
                    option(
                        3,
                        &format!("依照{other_law}，{other_statement}{}", other_wrong[1]),
                    ),
                ],
                answer: "AC".into(),
                explanation: format!(
                    "{law}规定{statement}{correct}；{other_law}规定{other_statement}{other_correct}。"
                ),
                law_source: format!("{law}、{other_law}"),
            };
            seed_question(db, c, multiple).await?;
        }
    }

    let now = Utc::now();
    let windows = super::session_windows(c)?;
    let units = entity::unit::Entity::find().all(db).await?;
    for u in &units {
        if !u.has_internet {
            continue;
        }
        for w in &windows {
            let place = SessionPlace::Unit {
                unit_id: u.id,
                region_path: &u.region_path,
            };
            new_session(c.id, w.kind, place, w.starts_at, w.ends_at, 1, now)
                .insert(db)
                .await?;
        }
    }
    if let Some(city) = entity::region::Entity::find()
        .filter(entity::region::Column::Code.eq("430400"))
        .one(db)
        .await?
    {
        let place = SessionPlace::Centre {
            region_path: &city.path,
            name: "衡阳市考试中心（蒸湘区政务服务中心三楼）",
            seats: 50,
        };
        let (starts_at, ends_at) = (
            super::china_hour(clock::today(), 9)?,
            super::china_hour(c.main_end, 17)?,
        );
        new_session(c.id, ExamKind::Main, place, starts_at, ends_at, 1, now)
            .insert(db)
            .await?;
    }
    Ok(())
}

/// A campaign for `today`'s year as it stands on exam day, by the 2017 notice's rules: the
/// roster verification deadline passed, study started, the main window open, the make-up later.
/// The demo and the province generator both use it.
pub fn exam_day_rules(today: NaiveDate) -> CampaignRules {
    let days = |n: i64| today + Duration::days(n);
    CampaignRules {
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
        review_mode: campaign::ReviewMode::Answers,
    }
}
