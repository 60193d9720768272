//! The audit log in words (操作日志): every entry as one Chinese sentence, who did what to
//! whom, with the details in words ("孙丽 将 张三（138****0001）调出 联合街道"), never the stored
//! JSON, an internal code or an id (issue 28, major 10). Phones are always masked here: the
//! offices that read the log see them masked everywhere else, and `revealPhone` (audited)
//! shows a learner's in full.
//!
//! [`ACTIONS`] names every action the server writes; a test reads the server's sources for
//! action names and fails on one without a sentence here.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, NaiveDate};
use entity::{account, audit_entry, campaign, exemption, learner, region, unit};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};
use serde_json::Value;

use crate::error::AppResult;
use crate::infra::clock::CHINA;
use crate::scope::mask_phone;

/// Every action the server writes to the audit log, with its name in the console's filter.
pub const ACTIONS: &[(&str, &str)] = &[
    ("learner.add", "添加学员"),
    ("learner.import", "导入学员"),
    ("learner.update", "修改学员信息"),
    ("learner.status", "在职状态变更"),
    ("learner.transfer_out", "调出"),
    ("learner.transfer_in", "调进"),
    ("learner.transfer_request", "申请调入"),
    ("learner.transfer_refuse", "不同意调入"),
    ("learner.phone_reveal", "查看完整手机号"),
    ("export.download", "下载数据"),
    ("password.reset", "重置密码"),
    ("account.unlock", "解锁账号"),
    ("role.grant", "任命管理员"),
    ("role.revoke", "撤销管理员"),
    ("exemption.apply", "申请免考"),
    ("exemption.decide", "免考审核"),
    ("exemption.overrule", "免考改判"),
    ("exemption.escalate", "免考转交区里"),
    ("exemption.attachment_view", "查看免考附件"),
    ("exam_session.update", "修改考试场次"),
    ("exam_session.cancel", "取消考试场次"),
    ("seat.cancel", "取消考试中心座位"),
    ("notice.update", "修改通知"),
    ("notice.withdraw", "撤回通知"),
    ("region.create", "新建地区"),
    ("unit.create", "新建单位"),
    ("recovery.request", "申请找回账号"),
    ("recovery.reset", "找回账号：重置密码"),
    ("recovery.decline", "找回账号：不予通过"),
    ("recovery.route", "找回账号：转交单位"),
];

/// The areas of [`ACTIONS`] (the part before the dot), with their names in the filter.
pub const AREAS: &[(&str, &str)] = &[
    ("learner", "学员（全部）"),
    ("exemption", "免考（全部）"),
    ("role", "管理员任免（全部）"),
    ("export", "下载（全部）"),
    ("notice", "通知（全部）"),
    ("exam_session", "考试场次（全部）"),
    ("recovery", "找回账号（全部）"),
];

/// The name of an action in the console, e.g. 调出 for `learner.transfer_out`.
pub fn action_name(action: &str) -> &'static str {
    ACTIONS
        .iter()
        .find(|(a, _)| *a == action)
        .map_or("其他操作", |(_, name)| name)
}

/// An entry in words.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Words {
    /// One sentence: who did what to whom.
    pub summary: String,
    /// The details, one line each ("职务职级：科员 → 副科长").
    pub details: Vec<String>,
    /// The learner the entry is about, when it is one (for `revealPhone`).
    pub learner_id: Option<i32>,
}

/// The names a page of entries mentions, read at once.
#[derive(Default)]
pub struct Names {
    accounts: HashMap<i32, (String, String)>,
    units: HashMap<i32, String>,
    regions: HashMap<i32, String>,
    regions_by_code: HashMap<String, String>,
    learners: HashMap<i32, (String, i32)>,
    exemptions: HashMap<i32, i32>,
    campaigns: HashMap<i32, i32>,
}

fn json_of(text: Option<&str>) -> Value {
    text.and_then(|t| serde_json::from_str(t).ok())
        .unwrap_or(Value::Null)
}

fn int(v: &Value, key: &str) -> Option<i32> {
    v.get(key)?.as_i64().and_then(|n| i32::try_from(n).ok())
}

fn text<'a>(v: &'a Value, key: &str) -> Option<&'a str> {
    v.get(key)?.as_str().filter(|s| !s.is_empty())
}

impl Names {
    /// Reads the accounts, units, regions, learners, exemptions and campaigns that `rows`
    /// name (the actors included), a few queries for the whole page.
    pub async fn of(db: &DatabaseConnection, rows: &[audit_entry::Model]) -> AppResult<Names> {
        let mut accounts = HashSet::new();
        let mut units = HashSet::new();
        let mut regions = HashSet::new();
        let mut codes = HashSet::new();
        let mut learners = HashSet::new();
        let mut exemptions = HashSet::new();
        let mut campaigns = HashSet::new();
        for row in rows {
            accounts.extend(row.actor_account_id);
            units.extend(row.unit_id);
            match row.target_kind.as_str() {
                "account" => {
                    accounts.insert(row.target_id);
                }
                "learner" => {
                    learners.insert(row.target_id);
                }
                "exemption" => {
                    exemptions.insert(row.target_id);
                }
                _ => {}
            }
            for v in [json_of(row.before.as_deref()), json_of(row.after.as_deref())] {
                accounts.extend(int(&v, "accountId"));
                units.extend(int(&v, "unitId"));
                regions.extend(int(&v, "regionId"));
                learners.extend(int(&v, "learnerId"));
                campaigns.extend(int(&v, "campaignId"));
                if let Some(code) = text(&v, "region") {
                    codes.insert(code.to_owned());
                }
            }
        }
        let mut names = Names::default();
        let exemption_rows = exemption::Entity::find()
            .filter(exemption::Column::Id.is_in(exemptions))
            .all(db)
            .await?;
        for e in &exemption_rows {
            learners.insert(e.learner_id);
            campaigns.insert(e.campaign_id);
            names.exemptions.insert(e.id, e.learner_id);
        }
        let learner_rows = learner::Entity::find()
            .filter(learner::Column::Id.is_in(learners))
            .all(db)
            .await?;
        for l in &learner_rows {
            accounts.insert(l.account_id);
            names.learners.insert(l.id, (l.name.clone(), l.account_id));
        }
        for a in account::Entity::find()
            .filter(account::Column::Id.is_in(accounts))
            .all(db)
            .await?
        {
            names.accounts.insert(a.id, (a.name, a.phone));
        }
        for u in unit::Entity::find()
            .filter(unit::Column::Id.is_in(units))
            .all(db)
            .await?
        {
            names.units.insert(u.id, u.name);
        }
        for r in region::Entity::find()
            .filter(
                sea_orm::Condition::any()
                    .add(region::Column::Id.is_in(regions))
                    .add(region::Column::Code.is_in(codes)),
            )
            .all(db)
            .await?
        {
            names.regions_by_code.insert(r.code.clone(), r.name.clone());
            names.regions.insert(r.id, r.name);
        }
        for c in campaign::Entity::find()
            .filter(campaign::Column::Id.is_in(campaigns))
            .all(db)
            .await?
        {
            names.campaigns.insert(c.id, c.year);
        }
        Ok(names)
    }

    /// Who did it, as the log shows it: a name and a masked phone.
    pub fn actor(&self, row: &audit_entry::Model) -> Option<String> {
        let (name, phone) = self.accounts.get(&row.actor_account_id?)?;
        Some(format!("{name}（{}）", mask_phone(phone)))
    }

    fn unit(&self, id: Option<i32>) -> Option<&str> {
        self.units.get(&id?).map(String::as_str)
    }

    fn learner_name(&self, id: i32) -> Option<&str> {
        self.learners.get(&id).map(|(n, _)| n.as_str())
    }

    fn learner_phone(&self, id: i32) -> Option<&str> {
        let (_, account) = self.learners.get(&id)?;
        self.accounts.get(account).map(|(_, p)| p.as_str())
    }
}

fn status_word(status: &str) -> &'static str {
    match status {
        "IN_SERVICE" => "在职",
        "RETIRED" => "退休",
        "TRANSFERRING" => "调动中",
        "LEFT" => "离职",
        "PENDING" => "待审核",
        "APPROVED" => "已同意",
        "REJECTED" => "未同意",
        "REFUSED" => "不同意",
        _ => "其他状态",
    }
}

fn role_word(role: &str) -> &'static str {
    match role {
        "PROVINCE_ADMIN" => "省级管理员",
        "CITY_ADMIN" => "市级管理员",
        "DISTRICT_ADMIN" => "区县管理员",
        "UNIT_ADMIN" => "单位管理员",
        "LEARNER" => "学员",
        _ => "管理员",
    }
}

fn level_word(level: &str) -> &'static str {
    match level {
        "PROVINCE" => "省级",
        "CITY" => "市级",
        "DISTRICT" => "区县级",
        _ => "地区",
    }
}

fn kind_word(kind: &str) -> &'static str {
    match kind {
        "MAIN" => "正式考试",
        "MAKEUP" => "补考",
        _ => "考试",
    }
}

/// A day as a person reads it: 2026年5月1日.
fn day(s: &str) -> String {
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map(|d| d.format("%Y年%-m月%-d日").to_string())
        .unwrap_or_else(|_| "（日期不详）".to_owned())
}

/// A moment as a person reads it, in China Standard Time: 2026年10月1日 09:00.
fn moment(s: &str) -> String {
    DateTime::parse_from_rfc3339(s)
        .map(|t| t.with_timezone(&CHINA).format("%Y年%-m月%-d日 %H:%M").to_string())
        .unwrap_or_else(|_| "（时间不详）".to_owned())
}

/// The part of a text shown in a line: at most 40 characters.
fn short(s: &str) -> String {
    let mut out: String = s.chars().take(40).collect();
    if s.chars().count() > 40 {
        out.push('…');
    }
    out.replace(['\n', '\r'], " ")
}

/// A learner snapshot's differences, in words.
fn learner_changes(before: &Value, after: &Value, names: &Names) -> Vec<String> {
    let mut lines = Vec::new();
    let field = |v: &Value, key: &str| -> Option<String> {
        match key {
            "phone" => text(v, key).map(mask_phone),
            "status" => text(v, key).map(|s| status_word(s).to_owned()),
            "statusSince" | "retirementDate" => text(v, key).map(day),
            "unitId" => int(v, key).map(|id| names.unit(Some(id)).unwrap_or("（已删除的单位）").to_owned()),
            _ => text(v, key).map(str::to_owned),
        }
    };
    for (key, label) in [
        ("name", "姓名"),
        ("phone", "手机号"),
        ("rank", "职务职级"),
        ("status", "在职状态"),
        ("statusSince", "状态起始日期"),
        ("retirementDate", "退休日期"),
        ("unitId", "单位"),
    ] {
        let (b, a) = (field(before, key), field(after, key));
        if before.is_null() {
            if let Some(a) = a.filter(|_| !matches!(key, "name" | "phone" | "unitId")) {
                lines.push(format!("{label}：{a}"));
            }
        } else if b != a {
            let none = || "（空）".to_owned();
            lines.push(format!(
                "{label}：{} → {}",
                b.unwrap_or_else(none),
                a.unwrap_or_else(none)
            ));
        }
    }
    lines
}

/// The entry in words.
pub fn describe(row: &audit_entry::Model, names: &Names) -> Words {
    let before = json_of(row.before.as_deref());
    let after = json_of(row.after.as_deref());
    let who = row
        .actor_account_id
        .and_then(|id| names.accounts.get(&id))
        .map_or_else(
            || {
                if row.actor_account_id.is_some() {
                    "（已删除的账号）".to_owned()
                } else {
                    "未登录的申请人".to_owned()
                }
            },
            |(name, _)| name.clone(),
        );
    let unit = names.unit(row.unit_id).unwrap_or("（单位不详）").to_owned();
    let learner_id = (row.target_kind == "learner").then_some(row.target_id);
    // The learner an entry is about: the roster's name and the masked phone.
    let person = |v: &[&Value]| -> String {
        let name = v
            .iter()
            .find_map(|v| text(v, "name"))
            .or_else(|| learner_id.and_then(|id| names.learner_name(id)))
            .unwrap_or("（姓名不详）");
        let phone = v
            .iter()
            .find_map(|v| text(v, "phone"))
            .or_else(|| learner_id.and_then(|id| names.learner_phone(id)));
        match phone {
            Some(p) => format!("{name}（{}）", mask_phone(p)),
            None => name.to_owned(),
        }
    };
    let account_person = |id: Option<i32>, phone: Option<&str>| -> String {
        let known = id.and_then(|id| names.accounts.get(&id));
        let phone = phone.or(known.map(|(_, p)| p.as_str()));
        match (known, phone) {
            (Some((name, _)), Some(p)) => format!("{name}（{}）", mask_phone(p)),
            (None, Some(p)) => mask_phone(p),
            (Some((name, _)), None) => name.clone(),
            (None, None) => "（账号不详）".to_owned(),
        }
    };
    let exemption_of = |id: i32| -> String {
        names
            .exemptions
            .get(&id)
            .and_then(|l| names.learner_name(*l))
            .unwrap_or("（学员不详）")
            .to_owned()
    };
    let comment = |v: &Value, label: &str| text(v, "comment").map(|c| format!("{label}：{}", short(c)));
    let place = |v: &Value| -> String {
        names
            .unit(int(v, "unitId"))
            .or_else(|| {
                int(v, "regionId")
                    .and_then(|id| names.regions.get(&id))
                    .map(String::as_str)
            })
            .unwrap_or(&unit)
            .to_owned()
    };
    let mut details = Vec::new();
    let summary = match row.action.as_str() {
        "learner.add" => {
            details = learner_changes(&Value::Null, &after, names);
            format!("{who} 将 {} 加入 {unit} 的名单", person(&[&after]))
        }
        "learner.import" if before.is_null() => {
            details = learner_changes(&Value::Null, &after, names);
            format!("{who} 通过导入名单将 {} 加入 {unit} 的名单", person(&[&after]))
        }
        "learner.import" => {
            details = learner_changes(&before, &after, names);
            format!(
                "{who} 通过导入名单更新了 {unit} 的学员 {}",
                person(&[&after, &before])
            )
        }
        "learner.update" => {
            details = learner_changes(&before, &after, names);
            format!("{who} 修改了 {unit} 的学员 {} 的信息", person(&[&after, &before]))
        }
        "learner.status" => {
            let was = text(&before, "status").map_or("（不详）", status_word);
            let now = text(&after, "status").map_or("（不详）", status_word);
            if let Some(since) = text(&after, "statusSince") {
                details.push(format!("自 {} 起", day(since)));
            }
            format!(
                "{who} 将 {unit} 的学员 {} 的在职状态由“{was}”改为“{now}”",
                person(&[&after, &before])
            )
        }
        "learner.transfer_out" => format!("{who} 将 {} 调出 {unit}", person(&[&before, &after])),
        "learner.transfer_in" => format!("{who} 将 {} 调入 {unit}", person(&[&after, &before])),
        "learner.transfer_request" => {
            details.push("核实截止后的调入，等待该单位同意".to_owned());
            format!("{who} 申请将 {} 调入 {unit}", person(&[&after]))
        }
        "learner.transfer_refuse" => format!("{who} 不同意 {} 调入 {unit}", person(&[&after])),
        "learner.phone_reveal" => {
            format!("{who} 查看了 {unit} 的学员 {} 的完整手机号", person(&[&after]))
        }
        "export.download" => {
            let list = text(&after, "list").unwrap_or("数据");
            let node = text(&after, "node").unwrap_or(&unit).to_owned();
            if let Some(rows) = int(&after, "rows") {
                details.push(format!("共 {rows} 行"));
            }
            match (text(&after, "learner"), int(&after, "campaign")) {
                (Some(learner), _) => format!("{who} 下载了 {node} 的学员 {learner} 的{list}"),
                (None, Some(year)) => format!("{who} 下载了 {node} 的{year}年度「{list}」"),
                (None, None) => format!("{who} 下载了 {node} 的「{list}」"),
            }
        }
        "password.reset" => {
            if let Some(until) = text(&after, "temporaryPasswordUntil") {
                details.push(format!("发放一次性临时密码，有效至 {}", moment(until)));
            }
            format!(
                "{who} 重置了 {} 的密码",
                account_person(Some(row.target_id), text(&after, "phone"))
            )
        }
        "account.unlock" => format!(
            "{who} 解锁了 {} 的账号",
            account_person(Some(row.target_id), text(&after, "phone"))
        ),
        "role.grant" => {
            if let Some(until) = text(&after, "temporaryPasswordUntil") {
                details.push(format!("新账号发放一次性临时密码，有效至 {}", moment(until)));
            }
            format!(
                "{who} 任命 {} 为 {} {}",
                account_person(None, text(&after, "phone")),
                place(&after),
                text(&after, "role").map_or("管理员", role_word)
            )
        }
        "role.revoke" => format!(
            "{who} 撤销了 {} 的 {} {} 职务",
            account_person(int(&before, "accountId"), None),
            place(&before),
            text(&before, "role").map_or("管理员", role_word)
        ),
        "exemption.apply" => {
            if let Some(reason) = text(&after, "reason") {
                details.push(format!("理由：{}", short(reason)));
            }
            if let Some(file) = text(&after, "attachment") {
                details.push(format!("附件：{}", short(file)));
            }
            let year = int(&after, "campaignId")
                .and_then(|c| names.campaigns.get(&c))
                .map(|y| format!("{y}年度"))
                .unwrap_or_default();
            let learner = int(&after, "learnerId")
                .and_then(|l| names.learner_name(l))
                .unwrap_or("（学员不详）");
            format!("{who} 为 {learner} 申请{year}免考")
        }
        "exemption.decide" | "exemption.overrule" => {
            let was = text(&before, "status").map_or("（不详）", status_word);
            let now = text(&after, "status").map_or("（不详）", status_word);
            details.extend(comment(&after, "意见"));
            let verb = if row.action == "exemption.overrule" {
                "改判"
            } else {
                "审核"
            };
            format!(
                "{who} {verb}了 {} 的免考申请：由“{was}”改为“{now}”",
                exemption_of(row.target_id)
            )
        }
        "exemption.escalate" => {
            details.extend(comment(&after, "说明"));
            format!("{who} 将 {} 的免考申请转交区里审核", exemption_of(row.target_id))
        }
        "exemption.attachment_view" => {
            if let Some(file) = text(&after, "name") {
                details.push(format!("附件：{}", short(file)));
            }
            format!("{who} 查看了 {} 的免考申请附件", exemption_of(row.target_id))
        }
        "exam_session.update" | "exam_session.cancel" => {
            let session = |v: &Value| -> String {
                let (from, to) = (
                    text(v, "startsAt").map(moment).unwrap_or_default(),
                    text(v, "endsAt").map(|t| moment(t).split(' ').nth(1).unwrap_or("").to_owned()),
                );
                format!("{from}–{}", to.unwrap_or_default())
            };
            let label = match text(&before, "centreName") {
                Some(centre) => format!(
                    "{centre} 的{}场次",
                    text(&before, "kind").map_or("考试", kind_word)
                ),
                None => format!(
                    "{} 的{}场次",
                    unit,
                    text(&before, "kind").map_or("考试", kind_word)
                ),
            };
            if row.action == "exam_session.update" {
                details.push(format!("时间：{} → {}", session(&before), session(&after)));
                format!("{who} 修改了{label}")
            } else {
                details.push(format!("原定时间：{}", session(&before)));
                if let Some(booked) = int(&before, "booked").filter(|b| *b > 0) {
                    details.push(format!("已预约 {booked} 人"));
                }
                format!("{who} 取消了{label}")
            }
        }
        "seat.cancel" => {
            let centre = text(&before, "centreName").unwrap_or("考试中心");
            let at = text(&before, "startsAt").map(moment).unwrap_or_default();
            format!(
                "{who} 取消了 {} 在 {centre}（{at}）的考试座位",
                person(&[&before])
            )
        }
        "notice.update" => {
            if text(&before, "title") != text(&after, "title") {
                details.push(format!(
                    "标题：{} → {}",
                    short(text(&before, "title").unwrap_or("")),
                    short(text(&after, "title").unwrap_or(""))
                ));
            }
            if text(&before, "body") != text(&after, "body") {
                details.push(format!("正文改为：{}", short(text(&after, "body").unwrap_or(""))));
            }
            format!(
                "{who} 修改了通知「{}」",
                short(text(&before, "title").unwrap_or(""))
            )
        }
        "notice.withdraw" => {
            format!(
                "{who} 撤回了通知「{}」",
                short(text(&before, "title").unwrap_or(""))
            )
        }
        "region.create" => {
            if let Some(code) = text(&after, "code") {
                details.push(format!("行政区划代码：{code}"));
            }
            format!(
                "{who} 新建了{}地区 {}",
                text(&after, "level").map_or("", level_word),
                text(&after, "name").unwrap_or("（名称不详）")
            )
        }
        "unit.create" => {
            let internet = after.get("hasInternet").and_then(Value::as_bool);
            details.push(
                match internet {
                    Some(false) => "无网络：到考试中心参加考试",
                    _ => "有网络：在本单位参加考试",
                }
                .to_owned(),
            );
            let region = text(&after, "region")
                .and_then(|c| names.regions_by_code.get(c))
                .map(|r| format!("在 {r} "))
                .unwrap_or_default();
            format!(
                "{who} {region}新建了单位 {}",
                text(&after, "name").unwrap_or("（名称不详）")
            )
        }
        "recovery.request" => {
            if after.get("unmatched").and_then(Value::as_bool) == Some(true) {
                details.push(format!(
                    "所填单位：{}；与名单不符，已转到本区县的待办",
                    text(&after, "unitName").unwrap_or("（找不到我的单位）")
                ));
            }
            format!("{who} 以 {} 的名义申请找回账号", person(&[&after]))
        }
        "recovery.reset" => {
            details.push("发放一次性临时密码，须由管理员告知本人".to_owned());
            format!("{who} 处理找回账号申请：重置了 {} 的密码", person(&[&after]))
        }
        "recovery.decline" => format!("{who} 未通过 {} 的找回账号申请", person(&[&after])),
        "recovery.route" => format!(
            "{who} 将 {} 的找回账号申请转交给 {}",
            person(&[&after]),
            text(&after, "routedTo").unwrap_or(&unit)
        ),
        _ => format!("{who} 进行了一项操作（{}）", action_name(&row.action)),
    };
    if row.late {
        details.push("在名单核实截止后变更".to_owned());
    }
    Words {
        // No space after a full-width parenthesis: "张三（138****0001）调出 联合街道".
        summary: summary.replace("） ", "）"),
        details,
        learner_id,
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;

    /// Every `"area.verb"` literal in the server's sources that is not a file name or a
    /// column of a query.
    fn action_literals(dir: &Path, out: &mut HashSet<String>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                action_literals(&path, out);
                continue;
            }
            if path.extension().is_none_or(|e| e != "rs") || path.ends_with("audit_words.rs") {
                continue;
            }
            let source = std::fs::read_to_string(&path).unwrap();
            for piece in source.split('"').skip(1).step_by(2) {
                let Some((area, verb)) = piece.split_once('.') else {
                    continue;
                };
                let word = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_lowercase() || c == '_');
                // `l.status` is a column of an alias, `index.html` a file.
                let file = matches!(
                    verb,
                    "html"
                        | "xml"
                        | "txt"
                        | "jpg"
                        | "pdf"
                        | "rs"
                        | "json"
                        | "js"
                        | "css"
                        | "png"
                        | "svg"
                        | "xlsx"
                        | "csv"
                        | "lua"
                        | "toml"
                );
                if word(area) && word(verb) && area.len() > 1 && !file {
                    out.insert(piece.to_owned());
                }
            }
        }
    }

    #[test]
    fn every_action_the_server_writes_has_a_sentence() {
        let mut found = HashSet::new();
        action_literals(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut found);
        assert!(
            found.contains("learner.transfer_out") && found.len() >= 25,
            "{found:?}"
        );
        let known: HashSet<&str> = ACTIONS.iter().map(|(a, _)| *a).collect();
        let missing: Vec<&String> = found.iter().filter(|a| !known.contains(a.as_str())).collect();
        assert!(
            missing.is_empty(),
            "actions without a sentence in ACTIONS: {missing:?}"
        );
        let names = Names::default();
        for (action, _) in ACTIONS {
            let row = audit_entry::Model {
                id: 1,
                at: chrono::DateTime::UNIX_EPOCH,
                actor_account_id: None,
                action: (*action).to_owned(),
                target_kind: "learner".to_owned(),
                target_id: 1,
                region_path: String::new(),
                unit_id: None,
                before: Some(r#"{"status":"TRANSFERRING","accountId":53,"phone":"13800000001"}"#.to_owned()),
                after: Some(r#"{"status":"RETIRED","phone":"13800000001","name":"张三"}"#.to_owned()),
                late: false,
            };
            let words = describe(&row, &names);
            let all = format!("{} {}", words.summary, words.details.join(" "));
            assert!(!all.contains("其他操作"), "{action}: {all}");
            for raw in [
                "{",
                "TRANSFERRING",
                "RETIRED",
                "accountId",
                "13800000001",
                "53",
                action,
            ] {
                assert!(!all.contains(raw), "{action} shows {raw}: {all}");
            }
            assert!(
                all.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
                "{action}: {all}"
            );
        }
    }

    #[test]
    fn a_transfer_reads_as_a_sentence_with_a_masked_phone() {
        let mut names = Names::default();
        names
            .accounts
            .insert(7, ("孙丽".to_owned(), "13800000009".to_owned()));
        names.units.insert(3, "联合街道".to_owned());
        let row = audit_entry::Model {
            id: 1,
            at: chrono::DateTime::UNIX_EPOCH,
            actor_account_id: Some(7),
            action: "learner.transfer_out".to_owned(),
            target_kind: "learner".to_owned(),
            target_id: 5,
            region_path: String::new(),
            unit_id: Some(3),
            before: Some(
                r#"{"name":"张三","phone":"13800000001","status":"IN_SERVICE","unitId":3}"#.to_owned(),
            ),
            after: Some(
                r#"{"name":"张三","phone":"13800000001","status":"TRANSFERRING","unitId":null}"#.to_owned(),
            ),
            late: true,
        };
        let words = describe(&row, &names);
        assert_eq!(words.summary, "孙丽 将 张三（138****0001）调出 联合街道");
        assert_eq!(words.details, vec!["在名单核实截止后变更".to_owned()]);
        assert_eq!(words.learner_id, Some(5));
        assert_eq!(names.actor(&row).as_deref(), Some("孙丽（138****0009）"));
    }
}
