//! Certificates of passing (成绩证明), the personal record (学法档案) and the new year's roster
//! verification (retirements due).

use async_graphql::{Context, Enum, ID, Object, Result, SimpleObject};
use chrono::{DateTime, FixedOffset};
use entity::certificate as certificate_row;

use super::ContextExt;
use super::types::{Date, Learner, cst};
use crate::domain::ids::{CampaignId, UnitId};
use crate::domain::record::{self, Consequence, Outcome};
use crate::domain::{certificate, downloads, new_year, org};
use crate::error::{AppError, Code};
use crate::graphql::ids::{self, Kind};
use crate::scope;

pub struct Certificate(certificate_row::Model);

/// A certificate of passing (成绩证明), as issued.
#[Object]
impl Certificate {
    /// The verification code as printed (`ABCDE-FGHIJ-KLMNO-PQRST`, 100 random bits).
    async fn code(&self) -> String {
        certificate::printed(&self.0.code)
    }
    /// The public verification page on this server, e.g. `/verify/ABCDEFGHIJKLMNOPQRST`.
    async fn verify_path(&self) -> String {
        format!("/verify/{}", self.0.code)
    }
    /// The name as certified.
    async fn name(&self) -> &str {
        &self.0.name
    }
    /// The unit as certified (the unit when issued).
    async fn unit_name(&self) -> &str {
        &self.0.unit_name
    }
    async fn campaign_title(&self) -> &str {
        &self.0.campaign_title
    }
    async fn year(&self) -> i32 {
        self.0.year
    }
    /// The best passing score.
    async fn score(&self) -> i32 {
        self.0.score
    }
    /// The day the certified attempt was submitted (China Standard Time).
    async fn passed_on(&self) -> Date {
        Date(self.0.passed_on)
    }
    async fn issued_at(&self) -> DateTime<FixedOffset> {
        cst(self.0.issued_at)
    }
}

/// A link a browser opens once, within a few minutes, as the caller (no token in the URL).
#[derive(SimpleObject)]
pub struct FileLink {
    /// Path and query on this server, with the one-time `ticket`.
    url: String,
    expires_at: DateTime<FixedOffset>,
}

/// How a year ended, or stands, for the person.
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "Outcome")]
pub enum RecordOutcome {
    /// Passed (main or make-up).
    Passed,
    /// Exempted (免考).
    Exempted,
    /// Not required to take it (retired, left, between units).
    NotRequired,
    /// The year's exam windows are still open.
    InProgress,
    /// Took it and did not pass.
    Failed,
    /// Should have taken it and never did.
    NotTaken,
}

/// What the year's result means for the annual appraisal.
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "Consequence")]
pub enum RecordConsequence {
    /// 暂缓确定考核等次: should have taken the exam and never did.
    GradeDeferred,
    /// 不得确定为优秀: failed the make-up too.
    NotExcellent,
}

/// One submitted attempt in the record.
#[derive(SimpleObject)]
pub struct RecordAttempt {
    /// MAIN or MAKEUP.
    kind: String,
    submitted_at: Option<DateTime<FixedOffset>>,
    score: Option<i32>,
    passed: bool,
    /// Submitted by the server at the deadline.
    auto_submitted: bool,
}

/// One campaign year of a personal record.
#[derive(SimpleObject)]
pub struct RecordYear {
    campaign_id: ID,
    year: i32,
    campaign_title: String,
    /// Study points credited that year.
    points: i32,
    required_points: i32,
    study_completed: bool,
    /// The latest exemption application's status (PENDING, APPROVED, REJECTED), if any.
    exemption: Option<String>,
    #[graphql(complexity = "crate::graphql::cost::list(crate::graphql::cost::FEW, child_complexity)")]
    attempts: Vec<RecordAttempt>,
    best_score: Option<i32>,
    outcome: RecordOutcome,
    consequences: Vec<RecordConsequence>,
}

/// A person's record (学法档案) of every year, newest first; it stays with the person across
/// transfers and years.
#[derive(SimpleObject)]
pub struct LearnerRecord {
    learner: Learner,
    #[graphql(complexity = "crate::graphql::cost::list(crate::graphql::cost::FEW, child_complexity)")]
    years: Vec<RecordYear>,
}

/// Where a learner's retirement falls against a campaign's year.
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
pub enum RetirementTiming {
    /// Before the year's study starts: to be recorded as retired at the verification.
    BeforeWindow,
    /// Between the study start and the make-up's end.
    WithinWindow,
}

impl From<new_year::RetirementTiming> for RetirementTiming {
    fn from(t: new_year::RetirementTiming) -> Self {
        match t {
            new_year::RetirementTiming::BeforeWindow => RetirementTiming::BeforeWindow,
            new_year::RetirementTiming::WithinWindow => RetirementTiming::WithinWindow,
        }
    }
}

/// A learner whose retirement falls before the campaign's make-up ends.
#[derive(SimpleObject)]
pub struct RetirementDue {
    learner: Learner,
    timing: RetirementTiming,
}

fn record_of(r: record::Record) -> LearnerRecord {
    let years = r
        .years
        .into_iter()
        .map(|y| RecordYear {
            campaign_id: ids::encode(Kind::Campaign, y.campaign.id),
            year: y.campaign.year,
            campaign_title: y.campaign.title.clone(),
            points: y.points,
            required_points: y.campaign.required_points,
            study_completed: y.study_completed,
            exemption: y.exemption.map(|s| sea_orm::ActiveEnum::to_value(&s)),
            attempts: y
                .attempts
                .into_iter()
                .map(|a| RecordAttempt {
                    kind: sea_orm::ActiveEnum::to_value(&a.kind),
                    submitted_at: a.submitted_at.map(cst),
                    score: a.score,
                    passed: a.passed,
                    auto_submitted: a.auto_submitted,
                })
                .collect(),
            best_score: y.best_score,
            outcome: y.outcome.into(),
            consequences: y.consequences.into_iter().map(Into::into).collect(),
        })
        .collect();
    LearnerRecord {
        learner: Learner(r.learner),
        years,
    }
}

#[derive(Default)]
pub struct RecordQuery;

#[Object]
impl RecordQuery {
    /// The caller's certificate of passing for a campaign (issued on first ask); null until
    /// the caller has passed.
    async fn my_certificate(&self, ctx: &Context<'_>, campaign_id: ID) -> Result<Option<Certificate>> {
        let actor = ctx.actor()?;
        let campaign = ids::decode(Kind::Campaign, &campaign_id)?;
        match certificate::mine(&ctx.state()?.db, actor, campaign).await {
            Ok(c) => Ok(Some(Certificate(c))),
            Err(e) if e.code() == Code::NotEligible => Ok(None),
            Err(e) => Err(e.into()),
        }
    }

    /// The caller's own personal record (学法档案).
    async fn my_record(&self, ctx: &Context<'_>) -> Result<LearnerRecord> {
        let actor = ctx.actor()?;
        let me = actor
            .learner
            .as_ref()
            .ok_or_else(|| AppError::forbidden("只有学员有学法档案"))?;
        Ok(record_of(
            record::of_learner(&ctx.state()?.db, actor, me.learner_id).await?,
        ))
    }

    /// A learner's personal record (学法档案): the learner itself, its unit's administrators
    /// and the offices above.
    async fn learner_record(&self, ctx: &Context<'_>, learner_id: ID) -> Result<LearnerRecord> {
        let actor = ctx.actor()?;
        let id = ids::decode(Kind::Learner, &learner_id)?;
        Ok(record_of(record::of_learner(&ctx.state()?.db, actor, id).await?))
    }

    /// The new year's roster verification: learners in service on a unit's roster whose
    /// retirement falls before the campaign's make-up ends (retired before the year, or
    /// retiring within it), earliest first.
    #[graphql(complexity = "crate::graphql::cost::list(crate::graphql::cost::ROWS, child_complexity)")]
    async fn retirements_due(
        &self,
        ctx: &Context<'_>,
        campaign_id: ID,
        unit_id: ID,
    ) -> Result<Vec<RetirementDue>> {
        let actor = ctx.actor()?;
        let campaign = ids::decode(Kind::Campaign, &campaign_id)?;
        let unit = ids::decode(Kind::Unit, &unit_id)?;
        let (c, due) =
            new_year::retirements_due(&ctx.state()?.db, actor, CampaignId(campaign), UnitId(unit)).await?;
        Ok(due
            .into_iter()
            .filter_map(|l| {
                let timing = new_year::timing(&c, l.retirement_date)?;
                Some(RetirementDue {
                    learner: Learner(l),
                    timing: timing.into(),
                })
            })
            .collect())
    }
}

/// What `copyCampaignMaterial` copied, and what it left because the target already had it.
#[derive(SimpleObject)]
pub struct CopiedMaterial {
    /// Study items copied (not withdrawn ones).
    study_items: u64,
    /// Questions copied (not withdrawn ones).
    questions: u64,
    /// Study items of the source not copied because the target has one of the same category
    /// and title (its own version stays).
    study_items_already_there: u64,
    /// Questions of the source not copied because the target has one of the same type and
    /// stem (withdrawn there too: a copy does not bring back what the office pulled).
    questions_already_there: u64,
}

#[derive(Default)]
pub struct RecordMutation;

#[Object]
impl RecordMutation {
    /// Copies the study material and the question bank (what is not withdrawn) of a campaign
    /// into another year's campaign of the same province (the province office), at any time:
    /// what the target already has (an item of the same category and title, a question of the
    /// same type and stem) is left as it is, so copying twice copies nothing the second time.
    async fn copy_campaign_material(
        &self,
        ctx: &Context<'_>,
        from_campaign_id: ID,
        to_campaign_id: ID,
    ) -> Result<CopiedMaterial> {
        let actor = ctx.actor()?;
        let from = ids::decode(Kind::Campaign, &from_campaign_id)?;
        let to = ids::decode(Kind::Campaign, &to_campaign_id)?;
        let copied =
            new_year::copy_material(&ctx.state()?.db, actor, CampaignId(from), CampaignId(to)).await?;
        Ok(CopiedMaterial {
            study_items: copied.study_items,
            questions: copied.questions,
            study_items_already_there: copied.study_items_already_there,
            questions_already_there: copied.questions_already_there,
        })
    }

    /// A one-time link to a certificate PDF: the caller's own (no `unitId`, after passing), or
    /// every certificate of a unit's learners who passed (its administrators and the offices
    /// above; the download is audited).
    async fn create_certificate_link(
        &self,
        ctx: &Context<'_>,
        campaign_id: ID,
        unit_id: Option<ID>,
    ) -> Result<FileLink> {
        let actor = ctx.actor()?;
        let db = &ctx.state()?.db;
        let campaign = ids::decode(Kind::Campaign, &campaign_id)?;
        // Refuse now what the download would refuse, with the same answer.
        let c = ids::encode(Kind::Campaign, campaign).0;
        let target = match unit_id {
            None => {
                certificate::mine(db, actor, campaign).await?;
                format!("/export/certificate.pdf?campaignId={c}")
            }
            Some(unit_id) => {
                let id = ids::decode(Kind::Unit, &unit_id)?;
                let u = org::find_unit(db, actor, id).await?;
                scope::require(true, actor.may_print_certificates(&u), "打印该单位的成绩证明")?;
                crate::domain::campaign::find(db, actor, campaign).await?;
                format!(
                    "/export/certificates.pdf?campaignId={c}&unitId={}",
                    ids::encode(Kind::Unit, u.id).0
                )
            }
        };
        let minted_by = &ctx.caller()?.session()?.token_hash;
        let (ticket, expires_at) = downloads::mint(db, actor, minted_by, &target).await?;
        Ok(FileLink {
            url: format!("{target}&ticket={ticket}"),
            expires_at: cst(expires_at),
        })
    }

    /// A one-time link to a personal record as `.xlsx` (the learner itself, or an
    /// administrator who sees the learner; an administrator's download is audited).
    async fn create_record_link(&self, ctx: &Context<'_>, learner_id: ID) -> Result<FileLink> {
        let actor = ctx.actor()?;
        let db = &ctx.state()?.db;
        let id = ids::decode(Kind::Learner, &learner_id)?;
        let l = crate::domain::roster::find_learner(db, actor, id).await?;
        let target = format!(
            "/export/record.xlsx?learnerId={}",
            ids::encode(Kind::Learner, l.id).0
        );
        let minted_by = &ctx.caller()?.session()?.token_hash;
        let (ticket, expires_at) = downloads::mint(db, actor, minted_by, &target).await?;
        Ok(FileLink {
            url: format!("{target}&ticket={ticket}"),
            expires_at: cst(expires_at),
        })
    }
}
