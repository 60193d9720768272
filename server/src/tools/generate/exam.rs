//! The campaign's exam side: the question bank, a MAIN and a MAKEUP session for every unit,
//! exemptions, and the submitted attempts the plans drew.

use chrono::{Datelike, Duration, NaiveDate};
use entity::{exam_attempt, exam_session, exemption};
use sea_orm::{ConnectionTrait, Set};

use super::bulk::Batch;
use super::dice::Dice;
use super::{Mix, Year};
use crate::domain::campaign::{CampaignRules, QuestionType};
use crate::domain::exam::{
    ExamKind, QuestionDraft, QuestionOption, SessionPlace, new_session, seed_question,
};
use crate::domain::exemption::ExemptionStatus;
use crate::error::AppResult;

const REASONS: [&str; 5] = [
    "明年上半年退休，申请本年度免考。",
    "长期病假，无法参加本年度考试。",
    "援派外省挂职，申请本年度免考。",
    "产假期间，申请本年度免考。",
    "参加脱产学习培训一年，申请免考。",
];

/// The current year's campaign, the demo's rules under the test province's title.
pub(super) fn campaign_rules(today: NaiveDate) -> CampaignRules {
    CampaignRules {
        title: format!("{}年度国家工作人员学法考法（测试省）", today.year()),
        ..crate::tools::demo::exam_day_rules(today)
    }
}

/// A synthetic bank: 60 single choice, 30 multiple choice, 30 true/false questions.
pub(super) async fn question_bank<C: ConnectionTrait>(db: &C, c: &entity::campaign::Model) -> AppResult<u64> {
    let mut made = 0;
    for n in 0..120 {
        seed_question(db, c, question(n)).await?;
        made += 1;
    }
    Ok(made)
}

/// The bank's question `n` (from 0): single choice first, then multiple choice, then
/// true/false.
fn question(n: usize) -> QuestionDraft {
    const KEYS: [&str; 4] = ["A", "B", "C", "D"];
    let options = |text: &dyn Fn(usize) -> String| {
        (0..4)
            .map(|i| QuestionOption {
                key: KEYS[i].to_owned(),
                text: text(i),
            })
            .collect()
    };
    let (question_type, stem, options, answer) = match n {
        0..60 => {
            let at = n % 4;
            (
                QuestionType::Single,
                "下列选项中，正确的是（　）。",
                options(&|i| {
                    if i == at {
                        "正确选项".into()
                    } else {
                        format!("干扰项 {i}")
                    }
                }),
                KEYS[at],
            )
        }
        60..90 => (
            QuestionType::Multiple,
            "下列说法中，正确的有（　）。",
            options(&|i| {
                if i % 2 == 0 {
                    format!("正确说法 {i}")
                } else {
                    format!("错误说法 {i}")
                }
            }),
            "AC",
        ),
        _ => (
            QuestionType::TrueFalse,
            "这一说法是正确的。",
            Vec::new(),
            if n.is_multiple_of(2) { "A" } else { "B" },
        ),
    };
    QuestionDraft {
        question_type,
        stem: format!("（测试题 {}）{stem}", n + 1),
        options,
        answer: answer.to_owned(),
        explanation: "生成的测试题。".into(),
        law_source: "《测试法》".into(),
    }
}

/// Every unit's MAIN session (ids 1..=units, the unit's own id) and MAKEUP session (ids
/// units + 1..), chosen here so that the attempts can name their sessions without a lookup.
pub(super) async fn sessions<C: ConnectionTrait>(db: &C, year: &Year<'_>) -> AppResult<u64> {
    let unit_count = year.shape.units.len() as i32;
    let mut batch = Batch::<exam_session::ActiveModel>::new(year.run.backend, 12, "exam sessions");
    for (offset, w) in [0, unit_count].into_iter().zip(&year.windows) {
        for u in &year.shape.units {
            let place = SessionPlace::Unit {
                unit_id: u.id,
                region_path: &u.region_path,
            };
            let mut row = new_session(
                year.campaign_id,
                w.kind,
                place,
                w.starts_at,
                w.ends_at,
                0,
                year.run.now - Duration::days(30),
            );
            row.id = Set(offset + u.id);
            batch.push(db, row).await?;
        }
    }
    batch.finish(db).await
}

pub(super) async fn exemptions<C: ConnectionTrait>(db: &C, year: &Year<'_>, mix: &mut Mix) -> AppResult<u64> {
    let region_path_of = |unit_id: i32| year.shape.units[(unit_id - 1) as usize].region_path.clone();
    let mut batch = Batch::<exemption::ActiveModel>::new(year.run.backend, 12, "exemptions");
    for (i, &unit_id) in year.shape.unit_of.iter().enumerate() {
        let id = i as i32 + 1;
        let p = year.plan(id);
        let Some(status) = p.exemption else {
            continue;
        };
        if status == ExemptionStatus::Approved {
            mix.exempted += 1;
        } else {
            mix.exemptions_other += 1;
        }
        let mut d = Dice::new(year.run.seed, id as u64, 41);
        let applied =
            year.run.now - Duration::days(21 + d.below(30) as i64) - Duration::minutes(d.below(600) as i64);
        batch
            .push(
                db,
                exemption::ActiveModel {
                    campaign_id: Set(year.campaign_id),
                    learner_id: Set(id),
                    unit_id: Set(unit_id),
                    region_path: Set(region_path_of(unit_id)),
                    reason: Set(REASONS[d.below(REASONS.len() as u64) as usize].to_owned()),
                    status: Set(status),
                    attachment_name: Set(None),
                    attachment_type: Set(None),
                    attachment: Set(None),
                    applied_at: Set(applied),
                    decided_at: Set((status != ExemptionStatus::Pending)
                        .then(|| applied + Duration::days(1 + d.below(5) as i64))),
                    ..Default::default()
                },
            )
            .await?;
    }
    batch.finish(db).await
}

/// Submitted attempts with their scores; the placeholder paper `[]` and the device
/// `generated`, no answers.
pub(super) async fn attempts<C: ConnectionTrait>(db: &C, year: &Year<'_>, mix: &mut Mix) -> AppResult<u64> {
    let unit_count = year.shape.units.len() as i32;
    let duration = Duration::minutes(year.cal.duration_minutes);
    let mut batch = Batch::<exam_attempt::ActiveModel>::new(year.run.backend, 13, "exam attempts");
    for (i, &unit_id) in year.shape.unit_of.iter().enumerate() {
        let id = i as i32 + 1;
        let p = year.plan(id);
        let mut d = Dice::new(year.run.seed, id as u64, 51);
        for (kind, session_id, open, taken) in [
            (ExamKind::Main, unit_id, year.cal.main_open, p.main),
            (
                ExamKind::Makeup,
                unit_count + unit_id,
                year.cal.makeup_open,
                p.makeup,
            ),
        ] {
            let Some((score, after)) = taken else {
                continue;
            };
            let passed = score >= year.cal.pass_score;
            if kind == ExamKind::Main {
                mix.main_attempts += 1;
                mix.main_failed += u64::from(!passed);
            } else {
                mix.makeup_attempts += 1;
            }
            let started_at = open + Duration::seconds(after);
            let deadline = started_at + duration;
            // 2 % ran out of time and were submitted by the sweep.
            let auto = d.unit() < 0.02;
            let submitted_at = if auto {
                deadline
            } else {
                started_at + Duration::seconds(900 + d.below(2700) as i64)
            };
            batch
                .push(
                    db,
                    exam_attempt::ActiveModel {
                        campaign_id: Set(year.campaign_id),
                        session_id: Set(session_id),
                        learner_id: Set(id),
                        kind: Set(kind),
                        status: Set(entity::exam_attempt::AttemptStatus::Submitted),
                        started_at: Set(started_at),
                        deadline: Set(deadline),
                        paper: Set("[]".to_owned()),
                        device: Set("generated".to_owned()),
                        submitted_at: Set(Some(submitted_at)),
                        auto_submitted: Set(auto),
                        score: Set(Some(score)),
                        passed: Set(Some(passed)),
                        ..Default::default()
                    },
                )
                .await?;
        }
    }
    batch.finish(db).await
}
