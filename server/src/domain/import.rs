//! Importing a unit's roster from a spreadsheet (.xlsx, or .csv in UTF-8 or GBK).
//!
//! Every bad row is reported with its spreadsheet row number and a reason. A file with errors
//! writes nothing unless the caller asks for the valid rows anyway; a dry run writes nothing
//! at all. Importing the same file twice changes nothing the second time.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;
use entity::{account, learner, unit};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, DatabaseTransaction, EntityTrait, QueryFilter, Set,
    TransactionTrait,
};

use crate::auth::Callers;
use crate::domain::audit::{self, Change};
use crate::domain::phone::PhoneNumber;
use crate::domain::roster::{self, EmploymentStatus};
use crate::domain::{campaign, org};
use crate::error::{AppError, AppResult, Code};
use crate::formats::sheet::{self, Column, SheetFile};
use crate::infra::clock;
use crate::scope::{self, Actor};

pub use crate::domain::report::{ImportReport, PreviewRow, RowAction, RowError};

pub const LEARNER_COLUMNS: &[Column] = &[
    Column {
        key: "name",
        headers: &["姓名", "name"],
        required: true,
    },
    Column {
        key: "phone",
        headers: &["手机号", "手机号码", "phone"],
        required: true,
    },
    Column {
        key: "rank",
        headers: &["职级", "rank"],
        required: false,
    },
    Column {
        key: "status",
        headers: &["在职状态", "状态", "status"],
        required: false,
    },
    Column {
        key: "retirement",
        headers: &["退休日期", "retirementDate", "retirement_date"],
        required: false,
    },
];

/// The sample row of the import template (`/export/roster-template`): a row equal to it is
/// refused, so that a template filled in below its example never enrols 张三 as a learner.
pub const SAMPLE_NAME: &str = "张三";
pub const SAMPLE_PHONE: &str = "13800138000";

/// The fields a row changes on a learner already on the roster, as "职级：科员 → 副科".
fn changes_of(l: &learner::Model, r: &LearnerRow) -> Vec<String> {
    let shown = |v: Option<&str>| v.filter(|s| !s.is_empty()).unwrap_or("（空）").to_owned();
    let mut out = Vec::new();
    if l.name != r.name {
        out.push(format!("姓名：{} → {}", l.name, r.name));
    }
    if l.rank != r.rank {
        out.push(format!(
            "职级：{} → {}",
            shown(l.rank.as_deref()),
            shown(r.rank.as_deref())
        ));
    }
    if l.status != r.status {
        out.push(format!(
            "在职状态：{} → {}",
            roster::status_word(l.status),
            roster::status_word(r.status)
        ));
    }
    if r.retirement_date.is_some() && l.retirement_date != r.retirement_date {
        let day = |d: Option<NaiveDate>| d.map(|d| d.to_string()).unwrap_or_else(|| "（空）".to_owned());
        out.push(format!(
            "退休日期：{} → {}",
            day(l.retirement_date),
            day(r.retirement_date)
        ));
    }
    out
}

/// A row that passed validation.
struct LearnerRow {
    row: usize,
    phone: PhoneNumber,
    name: String,
    rank: Option<String>,
    status: EmploymentStatus,
    retirement_date: Option<NaiveDate>,
}

/// Reads a date as people write it: 2030-06-30, 2030/6/30, 2030.6.30, 2030年6月30日, 20300630.
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let t = text.trim();
    if t.len() == 8 && t.bytes().all(|b| b.is_ascii_digit()) {
        return NaiveDate::parse_from_str(t, "%Y%m%d").ok();
    }
    let normalized: String = t
        .replace(['/', '.', '年', '月'], "-")
        .trim_end_matches('日')
        .split_whitespace()
        .next()
        .unwrap_or("")
        .to_owned();
    NaiveDate::parse_from_str(&normalized, "%Y-%m-%d").ok()
}

fn cell<'a>(row: &'a sheet::Row, key: &str) -> &'a str {
    row.cells.get(key).map(|s| s.trim()).unwrap_or("")
}

/// Validates each row on its own and against the others (a phone twice in one file).
fn validate(table: &sheet::Table) -> (Vec<LearnerRow>, Vec<RowError>) {
    let mut rows = Vec::new();
    let mut errors = Vec::new();
    let mut first_row_of: HashMap<String, usize> = HashMap::new();
    for r in &table.rows {
        let mut problems = Vec::new();
        let name = cell(r, "name");
        if name.is_empty() {
            problems.push("姓名为空".to_owned());
        } else if name.chars().count() > 40 {
            problems.push("姓名超过 40 个字".to_owned());
        }
        let phone = match PhoneNumber::parse(cell(r, "phone")) {
            Ok(p) => Some(p),
            Err(_) if cell(r, "phone").is_empty() => {
                problems.push("手机号为空".to_owned());
                None
            }
            Err(_) => {
                problems.push(format!("手机号“{}”不是 11 位大陆手机号", cell(r, "phone")));
                None
            }
        };
        let status = match roster::employment_status_from_word(cell(r, "status")) {
            Some(EmploymentStatus::Transferring) => {
                problems.push("“调出”不能通过导入办理，请在名单中办理调出".to_owned());
                None
            }
            Some(s) => Some(s),
            None => {
                problems.push(format!(
                    "在职状态“{}”无法识别，应为 在职、退休 或 离职",
                    cell(r, "status")
                ));
                None
            }
        };
        let retirement_text = cell(r, "retirement");
        let retirement_date = if retirement_text.is_empty() {
            None
        } else {
            let parsed = parse_date(retirement_text);
            if parsed.is_none() {
                problems.push(format!("退休日期“{retirement_text}”无法识别，应形如 2030-06-30"));
            }
            parsed
        };
        let rank = cell(r, "rank");
        if rank.chars().count() > 40 {
            problems.push("职级超过 40 个字".to_owned());
        }
        if name == SAMPLE_NAME && phone.as_ref().is_some_and(|p| p.as_str() == SAMPLE_PHONE) {
            problems.push(format!(
                "这是模板中的示例行（{SAMPLE_NAME} {SAMPLE_PHONE}），不会导入，请删除该行"
            ));
        }
        if let Some(p) = &phone {
            if let Some(first) = first_row_of.get(p.as_str()) {
                problems.push(format!("手机号 {p} 与第 {first} 行重复"));
            } else {
                first_row_of.insert(p.as_str().to_owned(), r.number);
            }
        }
        match (problems.is_empty(), phone, status) {
            (true, Some(phone), Some(status)) => rows.push(LearnerRow {
                row: r.number,
                phone,
                name: name.to_owned(),
                rank: (!rank.is_empty()).then(|| rank.to_owned()),
                status,
                retirement_date,
            }),
            _ => errors.push(RowError {
                row: r.number,
                message: problems.join("；"),
            }),
        }
    }
    (rows, errors)
}

/// How an import writes: `dry_run` writes nothing; a file with errors writes its valid rows
/// only with `import_valid_rows`.
#[derive(Clone, Copy, Debug, Default)]
pub struct ImportMode {
    pub dry_run: bool,
    pub import_valid_rows: bool,
}

/// Imports learners into a unit the caller manages.
pub async fn import_learners(
    db: &DatabaseConnection,
    callers: &Callers,
    actor: &Actor,
    unit_id: i32,
    file: SheetFile,
    mode: ImportMode,
) -> AppResult<ImportReport> {
    let unit = org::find_unit(db, actor, unit_id).await?;
    scope::require(true, actor.manages_unit(&unit), "向该单位导入名单")?;
    let table = file.read(LEARNER_COLUMNS).await?;
    let (rows, errors) = validate(&table);
    // Two imports of overlapping files at once: the loser's insert hits a unique index and
    // rolls back; running it again sees the winner's rows and reports on them.
    let mut attempt = 0;
    loop {
        attempt += 1;
        match apply(db, callers, actor, &unit, &rows, errors.clone(), mode).await {
            Err(AppError::User {
                code: Code::Conflict, ..
            }) if attempt < 3 => continue,
            other => return other,
        }
    }
}

async fn apply(
    db: &DatabaseConnection,
    callers: &Callers,
    actor: &Actor,
    unit: &unit::Model,
    rows: &[LearnerRow],
    mut errors: Vec<RowError>,
    ImportMode {
        dry_run,
        import_valid_rows,
    }: ImportMode,
) -> AppResult<ImportReport> {
    let txn = db.begin().await?;
    let phones: Vec<String> = rows.iter().map(|r| r.phone.as_str().to_owned()).collect();
    let mut accounts: HashMap<String, account::Model> = HashMap::new();
    for chunk in phones.chunks(500) {
        for a in account::Entity::find()
            .filter(account::Column::Phone.is_in(chunk.iter().cloned()))
            .all(&txn)
            .await?
        {
            accounts.insert(a.phone.clone(), a);
        }
    }
    let account_ids: Vec<i32> = accounts.values().map(|a| a.id).collect();
    let mut learners: HashMap<i32, learner::Model> = HashMap::new();
    for chunk in account_ids.chunks(500) {
        for l in learner::Entity::find()
            .filter(learner::Column::AccountId.is_in(chunk.iter().copied()))
            .all(&txn)
            .await?
        {
            learners.insert(l.account_id, l);
        }
    }
    let frozen = campaign::roster_frozen(&txn, &unit.region_path).await?;
    let office = actor.is_office_over(&unit.region_path);

    let mut report = ImportReport {
        dry_run,
        ..Default::default()
    };
    let mut to_create: Vec<&LearnerRow> = Vec::new();
    let mut to_update: Vec<(&LearnerRow, learner::Model)> = Vec::new();
    let preview_row = |r: &LearnerRow, action, changes| PreviewRow {
        row: r.row,
        action,
        name: r.name.clone(),
        phone: r.phone.as_str().to_owned(),
        changes,
    };
    for r in rows {
        let existing = accounts.get(r.phone.as_str()).and_then(|a| learners.get(&a.id));
        match existing {
            None => {
                report.preview.push(preview_row(r, RowAction::Create, Vec::new()));
                to_create.push(r)
            }
            Some(l) if l.unit_id == Some(unit.id) => {
                let same = l.name == r.name
                    && l.rank == r.rank
                    && l.status == r.status
                    && (r.retirement_date.is_none() || l.retirement_date == r.retirement_date);
                if same {
                    report.unchanged += 1;
                    report
                        .preview
                        .push(preview_row(r, RowAction::Unchanged, Vec::new()));
                } else if frozen
                    && !office
                    && l.status == EmploymentStatus::InService
                    && r.status != EmploymentStatus::InService
                {
                    errors.push(RowError {
                        row: r.row,
                        message: "名单核实已截止，退休、离职须由区委法制办（或以上）办理".into(),
                    });
                } else {
                    report
                        .preview
                        .push(preview_row(r, RowAction::Update, changes_of(l, r)));
                    to_update.push((r, l.clone()));
                }
            }
            // Between units, or on another roster (of any province): one message.
            Some(_) => errors.push(RowError {
                row: r.row,
                message: roster::elsewhere_message(r.phone.as_str()),
            }),
        }
    }
    report.created = to_create.len() as u32;
    report.updated = to_update.len() as u32;
    errors.sort_by_key(|e| e.row);
    report.errors = errors;
    if dry_run || (!report.errors.is_empty() && !import_valid_rows) {
        txn.rollback().await?;
        return Ok(report);
    }
    write(&txn, actor, unit, &to_create, &to_update, &accounts, frozen).await?;
    // Accounts that existed before and got a roster entry now: their callers changed.
    let enrolled: Vec<i32> = to_create
        .iter()
        .filter_map(|r| accounts.get(r.phone.as_str()).map(|a| a.id))
        .collect();
    callers.commit(txn, &enrolled).await?;
    report.written = report.created + report.updated > 0;
    Ok(report)
}

async fn write(
    txn: &DatabaseTransaction,
    actor: &Actor,
    unit: &unit::Model,
    to_create: &[&LearnerRow],
    to_update: &[(&LearnerRow, learner::Model)],
    accounts: &HashMap<String, account::Model>,
    frozen: bool,
) -> AppResult<()> {
    let now = crate::infra::clock::now();
    let today = clock::today();
    let new_accounts: Vec<account::ActiveModel> = to_create
        .iter()
        .filter(|r| !accounts.contains_key(r.phone.as_str()))
        .map(|r| account::ActiveModel {
            phone: Set(r.phone.as_str().to_owned()),
            name: Set(r.name.clone()),
            password_hash: Set(None),
            must_change_password: Set(true),
            created_at: Set(now),
            password_changed_at: Set(None),
            ..Default::default()
        })
        .collect();
    for chunk in new_accounts.chunks(500) {
        account::Entity::insert_many(chunk.to_vec()).exec(txn).await?;
    }
    let create_phones: Vec<String> = to_create.iter().map(|r| r.phone.as_str().to_owned()).collect();
    let mut account_of: HashMap<String, i32> = HashMap::new();
    for chunk in create_phones.chunks(500) {
        for a in account::Entity::find()
            .filter(account::Column::Phone.is_in(chunk.iter().cloned()))
            .all(txn)
            .await?
        {
            account_of.insert(a.phone, a.id);
        }
    }
    let mut new_learners = Vec::with_capacity(to_create.len());
    for r in to_create {
        let account_id = *account_of
            .get(r.phone.as_str())
            .ok_or_else(|| AppError::internal("imported account missing"))?;
        new_learners.push(learner::ActiveModel {
            account_id: Set(account_id),
            unit_id: Set(Some(unit.id)),
            last_unit_id: Set(None),
            name: Set(r.name.clone()),
            name_key: Set(Some(crate::domain::name_key::of(&r.name))),
            rank: Set(r.rank.clone()),
            status: Set(r.status),
            status_since: Set((r.status != EmploymentStatus::InService).then_some(today)),
            retirement_date: Set(r.retirement_date),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        });
    }
    for chunk in new_learners.chunks(500) {
        learner::Entity::insert_many(chunk.to_vec()).exec(txn).await?;
    }
    let created_account_ids: HashSet<i32> = account_of.values().copied().collect();
    let created: Vec<learner::Model> = {
        let ids: Vec<i32> = created_account_ids.into_iter().collect();
        let mut all = Vec::new();
        for chunk in ids.chunks(500) {
            all.extend(
                learner::Entity::find()
                    .filter(learner::Column::AccountId.is_in(chunk.iter().copied()))
                    .all(txn)
                    .await?,
            );
        }
        all
    };
    let phone_by_account: HashMap<i32, &str> = account_of.iter().map(|(p, id)| (*id, p.as_str())).collect();
    let mut changes: Vec<Change> = created
        .iter()
        .map(|l| Change {
            actor_account_id: Some(actor.account_id),
            action: "learner.import",
            target_kind: "learner",
            target_id: l.id,
            region_path: &unit.region_path,
            unit_id: Some(unit.id),
            before: None,
            after: Some(roster::snapshot(
                l,
                phone_by_account.get(&l.account_id).copied().unwrap_or(""),
            )),
            late: false,
        })
        .collect();

    for (r, old) in to_update {
        let mut active: learner::ActiveModel = old.clone().into();
        active.name = Set(r.name.clone());
        active.name_key = Set(Some(crate::domain::name_key::of(&r.name)));
        active.rank = Set(r.rank.clone());
        if old.status != r.status {
            active.status = Set(r.status);
            active.status_since = Set(Some(today));
        }
        if r.retirement_date.is_some() {
            active.retirement_date = Set(r.retirement_date);
        }
        active.updated_at = Set(now);
        let updated = active.update(txn).await?;
        let phone = r.phone.as_str();
        let late =
            frozen && old.status == EmploymentStatus::InService && r.status != EmploymentStatus::InService;
        changes.push(Change {
            actor_account_id: Some(actor.account_id),
            action: "learner.import",
            target_kind: "learner",
            target_id: updated.id,
            region_path: &unit.region_path,
            unit_id: Some(unit.id),
            before: Some(roster::snapshot(old, phone)),
            after: Some(roster::snapshot(&updated, phone)),
            late,
        });
    }
    audit::record_many(txn, changes).await?;
    crate::domain::stats::refresh_unit_all_campaigns(txn, unit.id).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_as_people_write_them() {
        let d = NaiveDate::from_ymd_opt(2030, 6, 30);
        for text in [
            "2030-06-30",
            "2030/6/30",
            "2030.6.30",
            "2030年6月30日",
            "20300630",
            " 2030-06-30 00:00:00",
        ] {
            assert_eq!(parse_date(text), d, "{text}");
        }
        for bad in ["2030-13-01", "30/06/2030", "明年", ""] {
            assert_eq!(parse_date(bad), None, "{bad}");
        }
    }
}
