//! Demo data: a real-looking corner of Hunan a newcomer can log into at once.
//! One module that grows with the product.
//!
//! It is written the way people would write it through the API: the province's administrator
//! creates the regions and units and appoints the administrators below, the province office
//! transfers a learner out, a learner applies for exemption, each through the domain function
//! a resolver calls, so a rule added there holds for the demo too. Where the demo tells of days
//! past (study finished three days ago, a transfer 25 days ago) it moves the dates the domain
//! wrote today back to the story's day, and says so where it does.

use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};
use entity::{account, audit_entry, learner, region, study_credit, study_progress, unit};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, PaginatorTrait,
    QueryFilter, TransactionTrait,
};

use crate::auth::cache::MemoryCallerCache;
use crate::auth::{self, Callers};
use crate::domain::accounts::{self, GrantRequest};
use crate::domain::campaign::{
    self, BlueprintPart, CampaignRules, CategoryRule, QuestionType, StudyCategory,
};
use crate::domain::exam::{ExamKind, SessionPlace, new_session};
use crate::domain::ids::LearnerId;
use crate::domain::phone::PhoneNumber;
use crate::domain::roster::{self, NewLearner};
use crate::domain::{exemption, org, points, study};
use crate::error::{AppError, AppResult};
use crate::infra::clock;
use crate::scope::{Actor, Role};

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

/// The demo's corner of the province, as the province administrator built it.
struct Corner {
    hunan: region::Model,
    /// The province administrator, who acts for the demo where an office would.
    province_admin: Actor,
    zx_justice: unit::Model,
    yf_justice: unit::Model,
}

/// Loads the demo data into an empty database. Returns false when the database already
/// holds data (demo or not), which is left untouched.
///
/// Each step commits as the domain function it calls does: a load that fails part-way leaves
/// what it wrote, and is run again on a fresh database.
pub async fn load(db: &DatabaseConnection) -> AppResult<bool> {
    if region::Entity::find().count(db).await? > 0 {
        return Ok(false);
    }
    // Nobody has logged in to a database being loaded, so no caller is cached anywhere; the
    // changes that retire cached callers retire them from a cache of the demo's own.
    let callers = Callers::new(db.clone(), Box::new(MemoryCallerCache::default()));
    let rules = exam_day_rules(clock::today());
    let corner = offices(db, &callers).await?;
    learners(db, &corner, rules.year).await?;
    transfer_out_earlier(db, &callers, &corner, "13900000029", 25).await?;
    campaign_on_exam_day(db, &corner, &rules).await?;
    for c in entity::campaign::Entity::find().all(db).await? {
        crate::domain::stats::refresh_campaign(db, c.id).await?;
    }
    Ok(true)
}

/// The province, its administrator, a city with two districts and their units, and the
/// administrators of each, all on the published password.
async fn offices(db: &DatabaseConnection, callers: &Callers) -> AppResult<Corner> {
    let hunan = org::create_province(db, "430000", "湖南省").await?;
    let grant =
        accounts::appoint_province_admin(db, &hunan, &PhoneNumber::parse("13800000001")?, "省管理员").await?;
    let province_admin = auth::load_actor(db, grant.account_id).await?;
    let actor = &province_admin;
    let hengyang = org::create_region(db, actor, hunan.id, "430400", "衡阳市").await?;
    let zhengxiang = org::create_region(db, actor, hengyang.id, "430408", "蒸湘区").await?;
    let yanfeng = org::create_region(db, actor, hengyang.id, "430406", "雁峰区").await?;
    let zx_justice = org::create_unit(db, actor, zhengxiang.id, "蒸湘区司法局", true).await?;
    org::create_unit(db, actor, zhengxiang.id, "联合街道", true).await?;
    org::create_unit(db, actor, zhengxiang.id, "呈祥街道", false).await?;
    let yf_justice = org::create_unit(db, actor, yanfeng.id, "雁峰区司法局", true).await?;

    // (phone, name, role, region, unit)
    let appointments = [
        (
            "13800000002",
            "市管理员",
            Role::CityAdmin,
            Some(hengyang.id),
            None,
        ),
        (
            "13800000003",
            "蒸湘区管理员",
            Role::DistrictAdmin,
            Some(zhengxiang.id),
            None,
        ),
        (
            "13800000004",
            "雁峰区管理员",
            Role::DistrictAdmin,
            Some(yanfeng.id),
            None,
        ),
        (
            "13800000005",
            "蒸湘区司法局管理员",
            Role::UnitAdmin,
            None,
            Some(zx_justice.id),
        ),
        (
            "13800000006",
            "雁峰区司法局管理员",
            Role::UnitAdmin,
            None,
            Some(yf_justice.id),
        ),
    ];
    let mut admins = vec![grant.account_id];
    for (phone, name, role, region_id, unit_id) in appointments {
        let request = GrantRequest {
            phone,
            name,
            role,
            region_id,
            unit_id,
        };
        admins.push(
            accounts::grant_role(db, callers, actor, request, crate::infra::clock::now())
                .await?
                .0
                .account_id,
        );
    }
    accounts::set_deployed_password(db, &admins, ADMIN_PASSWORD).await?;
    Ok(Corner {
        hunan,
        province_admin,
        zx_justice,
        yf_justice,
    })
}

/// Forty learners: 13900000001 to 13900000030 of 蒸湘区司法局, the rest of 雁峰区司法局.
/// 13900000030 retires in June next year (he applies for exemption). Put on the rosters as an
/// import does, without an entry in the audit log per learner.
async fn learners(db: &DatabaseConnection, corner: &Corner, year: i32) -> AppResult<()> {
    const SURNAMES: [&str; 10] = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"];
    const GIVEN: [&str; 8] = ["伟", "芳", "敏", "静", "强", "磊", "洋", "艳"];
    const RANKS: [&str; 4] = ["科员", "副科级", "正科级", "副处级"];
    let txn = db.begin().await?;
    for n in 1..=40u32 {
        let phone = PhoneNumber::parse(&format!("139{n:08}"))?;
        let name = format!(
            "{}{}{}",
            SURNAMES[(n as usize) % 10],
            GIVEN[(n as usize) % 8],
            if n > 8 { GIVEN[(n as usize / 8) % 8] } else { "" }
        );
        let unit = if n <= 30 {
            &corner.zx_justice
        } else {
            &corner.yf_justice
        };
        let retirement = if n == 30 {
            NaiveDate::from_ymd_opt(year + 1, 6, 30)
        } else {
            NaiveDate::from_ymd_opt(2030 + (n as i32 % 25), 1 + n % 12, 1)
        }
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
    txn.commit().await?;
    Ok(())
}

/// The demo learner with this phone.
async fn learner_of<C: ConnectionTrait>(db: &C, phone: &str) -> AppResult<learner::Model> {
    let missing = || AppError::internal(format!("demo learner {phone} missing"));
    let account = account::Entity::find()
        .filter(account::Column::Phone.eq(phone))
        .one(db)
        .await?
        .ok_or_else(missing)?;
    learner::Entity::find()
        .filter(learner::Column::AccountId.eq(account.id))
        .one(db)
        .await?
        .ok_or_else(missing)
}

/// A learner the province office transferred out of its unit `days_ago`, waiting for the new
/// unit to take it in. Done before the campaign is written, as on that day, before the
/// verification deadline: the freeze was not yet in force. The domain dates the transfer
/// today; the learner's status and its audit entry are moved back to the story's day (the
/// audit log is otherwise only ever inserted into; this database is being made, not lived).
async fn transfer_out_earlier(
    db: &DatabaseConnection,
    callers: &Callers,
    corner: &Corner,
    phone: &str,
    days_ago: i64,
) -> AppResult<()> {
    let moving = learner_of(db, phone).await?;
    crate::domain::transfer::transfer_out(db, callers, &corner.province_admin, moving.id).await?;
    let txn = db.begin().await?;
    learner::Entity::update_many()
        .col_expr(
            learner::Column::StatusSince,
            Expr::value(clock::today() - Duration::days(days_ago)),
        )
        .filter(learner::Column::Id.eq(moving.id))
        .exec(&txn)
        .await?;
    audit_entry::Entity::update_many()
        .col_expr(
            audit_entry::Column::At,
            Expr::value(crate::infra::clock::now() - Duration::days(days_ago)),
        )
        .filter(audit_entry::Column::Action.eq("learner.transfer_out"))
        .filter(audit_entry::Column::TargetId.eq(moving.id))
        .exec(&txn)
        .await?;
    txn.commit().await?;
    Ok(())
}

/// The current year's campaign as it stands on exam day: the roster verification deadline has
/// passed (the freeze is in force), study has started, the main window is open now and the
/// make-up window comes later. One learner near retirement has a pending exemption.
async fn campaign_on_exam_day(
    db: &DatabaseConnection,
    corner: &Corner,
    rules: &CampaignRules,
) -> AppResult<()> {
    let txn = db.begin().await?;
    let campaign = campaign::insert(&txn, &corner.hunan, rules, None).await?;
    let items = study_material(&txn, &campaign).await?;
    question_bank_and_sessions(&txn, &campaign).await?;
    txn.commit().await?;
    study_points(db, &campaign, &items).await?;

    // Near retirement, with a pending exemption application: the learner applies himself.
    let near = learner_of(db, "13900000030").await?;
    let applicant = auth::load_actor(db, near.account_id).await?;
    exemption::apply(
        db,
        &applicant,
        campaign.id,
        "明年六月退休，申请本年度免考。",
        None,
    )
    .await?;
    Ok(())
}

/// The lines printed at start-up so a newcomer knows where to log in.
pub fn banner_lines() -> Vec<String> {
    let mut lines = vec![format!("Demo logins (password {ADMIN_PASSWORD}):")];
    lines.extend(LOGINS.iter().map(|(phone, who)| format!("  {phone}  {who}")));
    lines.push("  13900000001 .. 13900000040  learners on the initial password 000000 (must change it at first login)".into());
    lines
}

/// Reading material written for the demo.
async fn study_material<C: ConnectionTrait>(
    db: &C,
    c: &entity::campaign::Model,
) -> AppResult<Vec<entity::study_item::Model>> {
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
    Ok(items)
}

/// Study points: 13900000001 to 13900000020 read everything and reached the required points
/// three days ago (with their profile points), 13900000021 to 13900000028 read the reader's
/// first chapters.
///
/// Credited through `points::credit`, which keeps the category caps, the one credit per item
/// and the running total with its completion day. Not through `study::complete_item`: it
/// credits only after the reading clock has run on the server since the learner opened the
/// item, which a story of days past cannot wait for; nor `points::award_profile`, which waits
/// for a changed password the demo's learners have not chosen yet. The credits and the
/// completion day are then moved back to the story's days.
async fn study_points(
    db: &DatabaseConnection,
    c: &entity::campaign::Model,
    items: &[entity::study_item::Model],
) -> AppResult<()> {
    let credited_at: DateTime<Utc> = crate::infra::clock::now() - Duration::days(4);
    let done_on = clock::today() - Duration::days(3);
    let txn = db.begin().await?;
    for n in 1..=28u32 {
        let l = learner_of(&txn, &format!("139{n:08}")).await?;
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
        if n <= 20 {
            let profile = campaign::categories_of(c)?
                .into_iter()
                .find(|rule| rule.category == StudyCategory::Profile)
                .map(|rule| rule.points)
                .unwrap_or(0);
            points::credit(&txn, c, LearnerId(l.id), StudyCategory::Profile, None, profile).await?;
        }
        for item in read {
            points::credit(
                &txn,
                c,
                LearnerId(l.id),
                item.category,
                Some(item.id),
                item.points,
            )
            .await?;
        }
    }
    study_credit::Entity::update_many()
        .col_expr(study_credit::Column::CreditedAt, Expr::value(credited_at))
        .filter(study_credit::Column::CampaignId.eq(c.id))
        .exec(&txn)
        .await?;
    study_progress::Entity::update_many()
        .col_expr(study_progress::Column::CompletedOn, Expr::value(done_on))
        .filter(study_progress::Column::CampaignId.eq(c.id))
        .filter(study_progress::Column::CompletedOn.is_not_null())
        .exec(&txn)
        .await?;
    txn.commit().await?;
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

    let now = crate::infra::clock::now();
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
