//! Small builders for domain tests on an in-memory SQLite database (issue 27, item 4): a rule
//! that reads rows is tested here, at the domain's own level, with only the rows it needs,
//! instead of through a server loaded with the whole demo story. The end-to-end tests in
//! `tests/api` keep the HTTP contract, isolation, replicas and crashes.
//!
//! Every builder writes the row the way the domain's own writers leave it (an account for each
//! learner, a unit's region path copied from its region), so a rule sees what production has.

use chrono::{DateTime, Duration, NaiveDate, Utc};
use entity::campaign::ReviewMode;
use entity::exam_attempt::AttemptStatus;
use entity::exam_session::ExamKind;
use entity::exemption::ExemptionStatus;
use entity::learner::EmploymentStatus;
use entity::question::QuestionType;
use entity::region::Level;
use entity::study_item::StudyCategory;
use entity::{
    account, campaign, exam_attempt, exam_session, exemption, learner, region, study_progress, unit,
};
use sea_orm::{ActiveModelTrait, ConnectOptions, Database, DatabaseConnection, Set};

use crate::domain::campaign::{BlueprintPart, CampaignRules, CategoryRule};
use crate::scope::{Actor, SelfLearner};

pub fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a valid date")
}

/// A fresh in-memory database with the whole schema. One connection: each connection to
/// `sqlite::memory:` would be a database of its own.
pub async fn database() -> DatabaseConnection {
    let mut options = ConnectOptions::new("sqlite::memory:");
    options.max_connections(1).min_connections(1).sqlx_logging(false);
    let db = Database::connect(options).await.expect("in-memory SQLite");
    crate::domain::migrate(&db).await.expect("migrations");
    db
}

/// The 2017 notice's campaign for `year`: roster verified by 08-10, study from 08-01,
/// the main exam 12-05 to 12-19, the make-up 01-06 to 01-07 of the next year.
pub fn rules(year: i32) -> CampaignRules {
    let category = |category, points, required| CategoryRule {
        category,
        points,
        required,
    };
    let part = |question_type, count, points_each| BlueprintPart {
        question_type,
        count,
        points_each,
    };
    CampaignRules {
        year,
        title: format!("{year}年度国家工作人员学法考法"),
        reader_title: "《宪法和民法典学习读本》".into(),
        verification_deadline: day(year, 8, 10),
        study_start: day(year, 8, 1),
        required_points: 100,
        categories: vec![
            category(StudyCategory::Profile, 5, false),
            category(StudyCategory::Reader, 60, true),
            category(StudyCategory::HotEvent, 15, false),
            category(StudyCategory::OtherLaw, 20, false),
        ],
        main_window: (day(year, 12, 5), day(year, 12, 19)),
        makeup_window: (day(year + 1, 1, 6), day(year + 1, 1, 7)),
        pass_score: 60,
        duration_minutes: 60,
        blueprint: vec![
            part(QuestionType::Single, 40, 1),
            part(QuestionType::Multiple, 20, 2),
            part(QuestionType::TrueFalse, 20, 1),
        ],
        main_attempts: 1,
        makeup_attempts: 1,
        answer_grace_seconds: 10,
        daily_points_cap: None,
        review_mode: ReviewMode::Answers,
    }
}

/// A province with one city, one district and one unit, and builders for what hangs below.
pub struct Province {
    pub db: DatabaseConnection,
    pub province: region::Model,
    pub district: region::Model,
    pub unit: unit::Model,
    /// The office account that schedules sessions.
    pub office: account::Model,
    next_phone: u64,
}

async fn region_row(
    db: &DatabaseConnection,
    parent: Option<&region::Model>,
    code: &str,
    name: &str,
    level: Level,
) -> region::Model {
    region::ActiveModel {
        parent_id: Set(parent.map(|p| p.id)),
        code: Set(code.to_owned()),
        name: Set(name.to_owned()),
        level: Set(level),
        path: Set(format!("{}{code}", parent.map(|p| p.path.as_str()).unwrap_or(""))),
        created_at: Set(crate::infra::clock::now()),
        ..Default::default()
    }
    .insert(db)
    .await
    .expect("region")
}

impl Province {
    pub async fn new() -> Province {
        let db = database().await;
        let province = region_row(&db, None, "430000", "湖南省", Level::Province).await;
        let city = region_row(&db, Some(&province), "430400", "衡阳市", Level::City).await;
        let district = region_row(&db, Some(&city), "430408", "蒸湘区", Level::District).await;
        let office = account::ActiveModel {
            phone: Set("13800000000".into()),
            name: Set("区司法局".into()),
            password_hash: Set(None),
            must_change_password: Set(true),
            created_at: Set(crate::infra::clock::now()),
            ..Default::default()
        }
        .insert(&db)
        .await
        .expect("office account");
        let mut p = Province {
            db,
            province,
            district,
            office,
            unit: unit::Model {
                id: 0,
                region_id: 0,
                region_path: String::new(),
                name: String::new(),
                has_internet: true,
                created_at: crate::infra::clock::now(),
            },
            next_phone: 13_900_000_000,
        };
        p.unit = p.new_unit("联合街道办事处").await;
        p
    }

    /// Another unit in the district.
    pub async fn new_unit(&self, name: &str) -> unit::Model {
        unit::ActiveModel {
            region_id: Set(self.district.id),
            region_path: Set(self.district.path.clone()),
            name: Set(name.to_owned()),
            has_internet: Set(true),
            created_at: Set(crate::infra::clock::now()),
            ..Default::default()
        }
        .insert(&self.db)
        .await
        .expect("unit")
    }

    /// The province's campaign of `rules`.
    pub async fn campaign(&self, rules: &CampaignRules) -> campaign::Model {
        crate::domain::campaign::insert(&self.db, &self.province, rules, None)
            .await
            .expect("campaign")
    }

    /// A learner in service on the province's unit, with an account of its own.
    pub fn learner(&mut self, name: &str) -> LearnerBuilder<'_> {
        self.next_phone += 1;
        let unit_id = Some(self.unit.id);
        LearnerBuilder {
            province: self,
            name: name.to_owned(),
            unit_id,
            status: EmploymentStatus::InService,
            retirement_date: None,
        }
    }

    /// The learner as the caller (`Actor`) of a domain function (all the kit's units share
    /// the district's path).
    pub fn actor_of(&self, l: &learner::Model) -> Actor {
        Actor {
            account_id: l.account_id,
            region_grants: Vec::new(),
            unit_grants: Vec::new(),
            learner: Some(SelfLearner {
                learner_id: l.id,
                unit_id: l.unit_id,
                // As `auth` builds it: a learner between units keeps its last unit's place.
                unit_region_path: l
                    .unit_id
                    .or(l.last_unit_id)
                    .map(|_| self.unit.region_path.clone()),
            }),
        }
    }

    /// The day the learner reached the campaign's required points.
    pub async fn studied(&self, l: &learner::Model, c: &campaign::Model, on: NaiveDate) {
        study_progress::ActiveModel {
            learner_id: Set(l.id),
            campaign_id: Set(c.id),
            total_points: Set(c.required_points),
            completed_on: Set(Some(on)),
            updated_at: Set(crate::infra::clock::now()),
        }
        .insert(&self.db)
        .await
        .expect("study progress");
    }

    /// An exemption of `status` for the learner.
    pub async fn exemption(&self, l: &learner::Model, c: &campaign::Model, status: ExemptionStatus) {
        exemption::ActiveModel {
            campaign_id: Set(c.id),
            learner_id: Set(l.id),
            unit_id: Set(self.unit.id),
            region_path: Set(self.unit.region_path.clone()),
            reason: Set("即将退休".into()),
            status: Set(status),
            applied_at: Set(crate::infra::clock::now()),
            ..Default::default()
        }
        .insert(&self.db)
        .await
        .expect("exemption");
    }

    /// A session of the unit for `kind`, from `starts_at` for two hours.
    pub async fn session(
        &self,
        c: &campaign::Model,
        kind: ExamKind,
        starts_at: DateTime<Utc>,
    ) -> exam_session::Model {
        exam_session::ActiveModel {
            campaign_id: Set(c.id),
            kind: Set(kind),
            unit_id: Set(Some(self.unit.id)),
            region_path: Set(self.unit.region_path.clone()),
            centre_name: Set(None),
            seats: Set(None),
            booked: Set(0),
            starts_at: Set(starts_at),
            ends_at: Set(starts_at + Duration::hours(2)),
            created_by: Set(self.office.id),
            created_at: Set(crate::infra::clock::now()),
            ..Default::default()
        }
        .insert(&self.db)
        .await
        .expect("session")
    }

    /// An attempt of the learner in `session`: submitted with `passed` (`Some`), or live (`None`).
    pub async fn attempt(
        &self,
        l: &learner::Model,
        session: &exam_session::Model,
        passed: Option<bool>,
    ) -> exam_attempt::Model {
        let submitted = passed.is_some();
        exam_attempt::ActiveModel {
            campaign_id: Set(session.campaign_id),
            session_id: Set(session.id),
            learner_id: Set(l.id),
            kind: Set(session.kind),
            status: Set(if submitted {
                AttemptStatus::Submitted
            } else {
                AttemptStatus::Live
            }),
            started_at: Set(session.starts_at),
            deadline: Set(session.starts_at + Duration::hours(1)),
            paper: Set("[]".into()),
            device: Set("test".into()),
            submitted_at: Set(submitted.then_some(session.starts_at + Duration::minutes(50))),
            auto_submitted: Set(false),
            score: Set(passed.map(|p| if p { 80 } else { 40 })),
            passed: Set(passed),
            ..Default::default()
        }
        .insert(&self.db)
        .await
        .expect("attempt")
    }
}

/// A learner being built: in service on the province's unit unless told otherwise.
pub struct LearnerBuilder<'a> {
    province: &'a Province,
    name: String,
    unit_id: Option<i32>,
    status: EmploymentStatus,
    retirement_date: Option<NaiveDate>,
}

impl LearnerBuilder<'_> {
    pub fn status(mut self, status: EmploymentStatus) -> Self {
        self.status = status;
        self
    }
    /// Transferred out (调出) and on no unit's roster.
    pub fn between_units(mut self) -> Self {
        self.status = EmploymentStatus::Transferring;
        self.unit_id = None;
        self
    }
    pub fn retiring_on(mut self, date: NaiveDate) -> Self {
        self.retirement_date = Some(date);
        self
    }
    pub async fn create(self) -> learner::Model {
        let db = &self.province.db;
        let now = crate::infra::clock::now();
        let account = account::ActiveModel {
            phone: Set(self.province.next_phone.to_string()),
            name: Set(self.name.clone()),
            password_hash: Set(None),
            must_change_password: Set(true),
            created_at: Set(now),
            ..Default::default()
        }
        .insert(db)
        .await
        .expect("account");
        learner::ActiveModel {
            account_id: Set(account.id),
            unit_id: Set(self.unit_id),
            last_unit_id: Set(self.unit_id.or(Some(self.province.unit.id))),
            name: Set(self.name),
            rank: Set(None),
            status: Set(self.status),
            retirement_date: Set(self.retirement_date),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        }
        .insert(db)
        .await
        .expect("learner")
    }
}
