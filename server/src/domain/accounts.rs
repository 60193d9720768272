//! Accounts, login, passwords, tokens and role grants.

use chrono::{DateTime, Duration, Utc};
use entity::{account, auth_token, login_throttle, region, role_grant};
use sea_orm::sea_query::{Expr, ExprTrait, OnConflict};
use sea_orm::{
    ActiveEnum, ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, Set, TransactionTrait,
};
use serde_json::json;

use crate::auth::throttle::{self, ClientSource, LoginGuard};
use crate::auth::{Callers, Session, password, token};
use crate::domain::audit::{self, Change};
use crate::domain::org;
use crate::domain::phone::PhoneNumber;
use crate::error::{AppError, AppResult, Code};
use crate::infra::config::Settings;
use crate::scope::{self, Actor, Level, Role};

/// How long a temporary password works (the spec's "a few days").
pub const TEMPORARY_PASSWORD_HOURS: i64 = 72;
/// A temporary password's length and alphabet: no 0/O, 1/I/L, so it can be read out over the
/// phone (31^8, about 2^39.6; the login waits stop guessing long before).
const TEMPORARY_LEN: usize = 8;
const TEMPORARY_ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";

/// A one-time random password a reset or an appointment issued: shown once to the
/// administrator who acted, never stored but as its hash, to be changed at the next login.
#[derive(Clone, Debug)]
pub struct TemporaryPassword {
    pub password: String,
    pub expires_at: DateTime<Utc>,
}

/// A temporary password made ready before the transaction that stores it (argon2 is slow;
/// a transaction must not wait for it).
pub struct Issued {
    pub temporary: TemporaryPassword,
    hash: String,
}

fn new_temporary_password() -> String {
    use rand::Rng;
    let mut rng = rand::rng();
    loop {
        let candidate: String = (0..TEMPORARY_LEN)
            .map(|_| char::from(TEMPORARY_ALPHABET[rng.random_range(0..TEMPORARY_ALPHABET.len())]))
            .collect();
        // Letters and digits both, as the password rules ask of any password.
        if candidate.chars().any(|c| c.is_ascii_digit()) && candidate.chars().any(|c| c.is_ascii_alphabetic())
        {
            return candidate;
        }
    }
}

/// Draws and hashes a temporary password that works until `now` + 72 hours.
pub async fn prepare_temporary(now: DateTime<Utc>) -> AppResult<Issued> {
    let password = new_temporary_password();
    let hash = password::hash(password.clone()).await?;
    Ok(Issued {
        temporary: TemporaryPassword {
            password,
            expires_at: now + Duration::hours(TEMPORARY_PASSWORD_HOURS),
        },
        hash,
    })
}

/// Puts an account on an issued temporary password: it must be changed at the next login.
fn put_on_temporary(active: &mut account::ActiveModel, issued: &Issued) {
    active.password_hash = Set(Some(issued.hash.clone()));
    active.must_change_password = Set(true);
    active.temporary_password_until = Set(Some(issued.temporary.expires_at));
}

/// Whether the initial password `000000` opens this account: only one that a roster import or
/// an addition created, that has never had a password of its own and holds no administrator
/// grant (an administrator's account never accepts it).
async fn accepts_initial_password<C: ConnectionTrait>(db: &C, account: &account::Model) -> AppResult<bool> {
    use sea_orm::PaginatorTrait;
    if account.password_hash.is_some() || account.password_changed_at.is_some() {
        return Ok(false);
    }
    let grants = role_grant::Entity::find()
        .filter(role_grant::Column::AccountId.eq(account.id))
        .count(db)
        .await?;
    Ok(grants == 0)
}

/// What a password is checked against ([`password::verify`]): the account's hash, or `None`
/// (no password opens it) for a missing account and for one without a hash that may not use
/// the initial password (an administrator's, one reset the old way).
async fn password_to_check<C: ConnectionTrait>(
    db: &C,
    account: Option<&account::Model>,
) -> AppResult<Option<Option<String>>> {
    Ok(match account {
        Some(a) if a.password_hash.is_none() && !accepts_initial_password(db, a).await? => None,
        Some(a) => Some(a.password_hash.clone()),
        None => None,
    })
}

/// Refuses a temporary password past its end; only its holder, who passed the check, learns it.
fn refuse_expired_temporary(account: &account::Model, now: DateTime<Utc>) -> AppResult<()> {
    if account.temporary_password_until.is_some_and(|until| until <= now) {
        return Err(AppError::new(
            Code::Unauthenticated,
            "临时密码已过期（有效期 72 小时），请联系单位管理员重新重置密码",
        ));
    }
    Ok(())
}

pub struct LoginOutcome {
    pub token: String,
    pub expires_at: DateTime<Utc>,
    pub account: account::Model,
}

fn wrong_credentials() -> AppError {
    AppError::new(Code::Unauthenticated, "手机号或密码错误")
}

fn locked(until: DateTime<Utc>) -> AppError {
    let local = until.with_timezone(&crate::infra::clock::CHINA);
    AppError::new(
        Code::AccountLocked,
        format!(
            "连续登录失败次数过多，账号已暂时锁定，请于 {} 后再试，或请管理员重置密码",
            local.format("%H:%M")
        ),
    )
}

/// The throttle row of one phone tried from one address.
fn throttle_key(phone: &PhoneNumber, source: ClientSource) -> String {
    format!("{}|{}", phone.as_str(), source.key())
}

/// Refuses at once, before any argon2 work, when this address must still wait for this phone.
async fn refuse_if_waiting(db: &DatabaseConnection, key: &str, now: DateTime<Utc>) -> AppResult<()> {
    let throttle = login_throttle::Entity::find_by_id(key).one(db).await?;
    if let Some(until) = throttle
        .as_ref()
        .and_then(|t| t.locked_until)
        .filter(|until| *until > now)
    {
        return Err(locked(until));
    }
    Ok(())
}

/// Logs in by phone and password. Unknown phones and wrong passwords answer alike, count
/// towards the same waits and cost the same argon2 run. Waits are per phone *and* address
/// (see [`crate::auth::throttle`]): a stranger's failures never keep the owner out.
pub async fn login(
    db: &DatabaseConnection,
    settings: &Settings,
    guard: &LoginGuard,
    source: ClientSource,
    phone: &str,
    password: &str,
    now: DateTime<Utc>,
) -> AppResult<LoginOutcome> {
    let phone = PhoneNumber::parse(phone)?;
    guard.precheck(source)?;
    let key = throttle_key(&phone, source);
    refuse_if_waiting(db, &key, now).await?;
    let _admission = guard.admit(source).await?;
    let account = account::Entity::find()
        .filter(account::Column::Phone.eq(phone.as_str()))
        .one(db)
        .await?;
    let stored = password_to_check(db, account.as_ref()).await?;
    if !password::verify(stored, password.to_owned()).await? {
        guard.failed(source);
        return Err(record_failure(db, settings, &phone, &key, now).await?);
    }
    let Some(account) = account else {
        return Err(wrong_credentials());
    };
    refuse_expired_temporary(&account, now)?;
    login_throttle::Entity::delete_by_id(key.as_str())
        .exec(db)
        .await?;
    let (token, expires_at) = issue_token(db, settings, account.id, now).await?;
    tracing::info!(account = account.id, "login");
    Ok(LoginOutcome {
        token,
        expires_at,
        account,
    })
}

/// Counts a failed password check atomically and answers with the error to show.
async fn record_failure(
    db: &DatabaseConnection,
    settings: &Settings,
    phone: &PhoneNumber,
    key: &str,
    now: DateTime<Utc>,
) -> AppResult<AppError> {
    login_throttle::Entity::insert(login_throttle::ActiveModel {
        phone: Set(key.to_owned()),
        failures: Set(1),
        locked_until: Set(None),
        updated_at: Set(now),
    })
    .on_conflict(
        OnConflict::column(login_throttle::Column::Phone)
            .value(
                login_throttle::Column::Failures,
                Expr::col((login_throttle::Entity, login_throttle::Column::Failures)).add(1),
            )
            .value(login_throttle::Column::UpdatedAt, Expr::value(now))
            .to_owned(),
    )
    .exec(db)
    .await?;
    let failures = login_throttle::Entity::find_by_id(key)
        .one(db)
        .await?
        .map(|t| t.failures)
        .unwrap_or(1);
    if let Some(wait) =
        throttle::lock_duration(failures, settings.lockout_threshold, settings.lockout_seconds)
    {
        let until = now + Duration::seconds(wait.as_secs() as i64);
        login_throttle::Entity::update_many()
            .col_expr(login_throttle::Column::LockedUntil, Expr::value(until))
            .filter(login_throttle::Column::Phone.eq(key))
            .exec(db)
            .await?;
        tracing::warn!(phone = %phone, failures, "password checks from one address paused after repeated failures");
        return Ok(locked(until));
    }
    Ok(wrong_credentials())
}

/// Clears every wait on a phone, from every address.
async fn clear_waits<C: ConnectionTrait>(db: &C, phone: &str) -> AppResult<()> {
    login_throttle::Entity::delete_many()
        .filter(
            login_throttle::Column::Phone
                .eq(phone)
                .or(login_throttle::Column::Phone.starts_with(format!("{phone}|"))),
        )
        .exec(db)
        .await?;
    Ok(())
}

/// 解锁: an administrator with power over the account lifts every wait on its phone.
pub async fn unlock(db: &DatabaseConnection, actor: &Actor, account_id: i32) -> AppResult<()> {
    let path = require_power_over(db, actor, account_id).await?;
    let account = find_account(db, account_id).await?;
    let txn = db.begin().await?;
    clear_waits(&txn, &account.phone).await?;
    audit::record(
        &txn,
        Change {
            actor_account_id: Some(actor.account_id),
            action: "account.unlock",
            target_kind: "account",
            target_id: account_id,
            region_path: &path,
            unit_id: None,
            before: None,
            after: Some(json!({"phone": account.phone})),
            late: false,
        },
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

async fn issue_token(
    db: &DatabaseConnection,
    settings: &Settings,
    account_id: i32,
    now: DateTime<Utc>,
) -> AppResult<(String, DateTime<Utc>)> {
    let token = token::generate();
    let expires_at = now + Duration::seconds(settings.token_ttl_seconds);
    auth_token::ActiveModel {
        token_hash: Set(token::digest(&token)),
        account_id: Set(account_id),
        created_at: Set(now),
        expires_at: Set(expires_at),
        revoked: Set(false),
    }
    .insert(db)
    .await?;
    Ok((token, expires_at))
}

pub async fn logout(db: &DatabaseConnection, callers: &Callers, session: &Session) -> AppResult<()> {
    auth_token::Entity::update_many()
        .col_expr(auth_token::Column::Revoked, Expr::value(true))
        .filter(auth_token::Column::TokenHash.eq(session.token_hash.as_str()))
        .exec(db)
        .await?;
    callers.forget(&[session.actor.account_id]).await;
    Ok(())
}

/// A caller's request to change its own password: the old and the new one, where it comes
/// from (for the login throttle) and when.
pub struct PasswordChange<'a> {
    pub old: &'a str,
    pub new: &'a str,
    pub source: ClientSource,
    pub now: DateTime<Utc>,
}

/// Changes the caller's own password; other sessions of the account end.
pub async fn change_password(
    db: &DatabaseConnection,
    callers: &Callers,
    settings: &Settings,
    guard: &LoginGuard,
    session: &Session,
    change: PasswordChange<'_>,
) -> AppResult<()> {
    let PasswordChange {
        old,
        new,
        source,
        now,
    } = change;
    let account = find_account(db, session.actor.account_id).await?;
    // A wrong old password is a failed password check like a failed login.
    let phone = PhoneNumber::parse(&account.phone)?;
    let key = throttle_key(&phone, source);
    refuse_if_waiting(db, &key, now).await?;
    let _admission = guard.admit(source).await?;
    let stored = password_to_check(db, Some(&account)).await?;
    if !password::verify(stored, old.to_owned()).await? {
        guard.failed(source);
        return Err(match record_failure(db, settings, &phone, &key, now).await? {
            e if e.code() == Code::AccountLocked => e,
            _ => AppError::bad_input("原密码不正确"),
        });
    }
    password::validate_new(new)?;
    if old == new {
        return Err(AppError::bad_input("新密码不能与原密码相同"));
    }
    refuse_expired_temporary(&account, now)?;
    let hash = password::hash(new.to_owned()).await?;
    let txn = db.begin().await?;
    let mut active: account::ActiveModel = account.into();
    active.password_hash = Set(Some(hash));
    active.must_change_password = Set(false);
    active.password_changed_at = Set(Some(now));
    active.temporary_password_until = Set(None);
    active.update(&txn).await?;
    auth_token::Entity::update_many()
        .col_expr(auth_token::Column::Revoked, Expr::value(true))
        .filter(auth_token::Column::AccountId.eq(session.actor.account_id))
        .filter(auth_token::Column::TokenHash.ne(session.token_hash.as_str()))
        .exec(&txn)
        .await?;
    callers.commit(txn, &[session.actor.account_id]).await?;
    if let Some(l) = &session.actor.learner {
        crate::domain::points::award_profile(db, l.learner_id).await?;
    }
    Ok(())
}

pub async fn find_account(db: &DatabaseConnection, id: i32) -> AppResult<account::Model> {
    account::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or_else(AppError::not_found)
}

/// The one check before acting on another account (reset, unlock, a new login phone or
/// name): the account as it stands now, every grant and roster entry, must lie below the
/// caller ([`Actor::has_power_over`]). Answers where the action is recorded in the audit log.
/// An account the caller cannot see at all is NOT_FOUND; one it sees but does not wholly
/// command (an office holder on its roster, say) is FORBIDDEN.
pub async fn require_power_over(
    db: &DatabaseConnection,
    actor: &Actor,
    account_id: i32,
) -> AppResult<String> {
    if account_id == actor.account_id {
        return Err(AppError::bad_input(
            "不能对自己的账号执行此操作，请使用“修改密码”",
        ));
    }
    let target = crate::auth::load_actor(db, account_id).await?;
    scope::require(
        actor.sees_account(&target),
        actor.has_power_over(&target),
        "管理该账号：该账号还担任您管辖范围以外或与您同级、更高级别的职务，请联系其上级管理员",
    )?;
    let path = target
        .learner
        .as_ref()
        .and_then(|l| l.unit_region_path.clone())
        .or_else(|| target.unit_grants.first().map(|g| g.region_path.clone()))
        .or_else(|| target.region_grants.first().map(|g| g.path.clone()))
        .unwrap_or_default();
    Ok(path)
}

/// Resets an account in the caller's scope to a temporary password (never to one anybody can
/// know): answered once, to the administrator who acted; it must be changed at the next login
/// and works for 72 hours. Every session of the account ends.
pub async fn reset_password(
    db: &DatabaseConnection,
    callers: &Callers,
    actor: &Actor,
    account_id: i32,
    now: DateTime<Utc>,
) -> AppResult<TemporaryPassword> {
    let path = require_power_over(db, actor, account_id).await?;
    let account = find_account(db, account_id).await?;
    let issued = prepare_temporary(now).await?;
    let txn = db.begin().await?;
    reset_in(&txn, actor, account, &path, &issued).await?;
    callers.commit(txn, &[account_id]).await?;
    Ok(issued.temporary)
}

/// The writes of a reset, inside the caller's transaction, once [`require_power_over`] has
/// answered `path` (an account-recovery request commits its own status with them); the
/// transaction commits through [`Callers::commit`]. The audit entry says a temporary password
/// was issued and until when, never the password.
pub async fn reset_in<C: ConnectionTrait>(
    txn: &C,
    actor: &Actor,
    account: account::Model,
    path: &str,
    issued: &Issued,
) -> AppResult<()> {
    let account_id = account.id;
    let phone = account.phone.clone();
    let mut active: account::ActiveModel = account.into();
    put_on_temporary(&mut active, issued);
    active.update(txn).await?;
    auth_token::Entity::update_many()
        .col_expr(auth_token::Column::Revoked, Expr::value(true))
        .filter(auth_token::Column::AccountId.eq(account_id))
        .exec(txn)
        .await?;
    clear_waits(txn, &phone).await?;
    audit::record(
        txn,
        Change {
            actor_account_id: Some(actor.account_id),
            action: "password.reset",
            target_kind: "account",
            target_id: account_id,
            region_path: path,
            unit_id: None,
            before: None,
            after: Some(json!({
                "phone": phone,
                "temporaryPassword": "issued",
                "temporaryPasswordUntil": issued.temporary.expires_at.to_rfc3339(),
            })),
            late: false,
        },
    )
    .await?;
    Ok(())
}

/// Finds the account of a phone number, or opens one on the initial password.
pub async fn ensure_account<C: ConnectionTrait>(
    db: &C,
    phone: &PhoneNumber,
    name: &str,
    now: DateTime<Utc>,
) -> AppResult<account::Model> {
    if let Some(existing) = account::Entity::find()
        .filter(account::Column::Phone.eq(phone.as_str()))
        .one(db)
        .await?
    {
        return Ok(existing);
    }
    let name = name.trim();
    if name.is_empty() || name.chars().count() > 40 {
        return Err(AppError::bad_input("姓名不能为空，且不超过 40 个字"));
    }
    Ok(account::ActiveModel {
        phone: Set(phone.as_str().to_owned()),
        name: Set(name.to_owned()),
        password_hash: Set(None),
        must_change_password: Set(true),
        created_at: Set(now),
        password_changed_at: Set(None),
        temporary_password_until: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await?)
}

pub struct GrantRequest<'a> {
    pub phone: &'a str,
    pub name: &'a str,
    pub role: Role,
    pub region_id: Option<i32>,
    pub unit_id: Option<i32>,
}

/// Appoints an administrator, opening the account if the phone has none.
pub async fn grant_role(
    db: &DatabaseConnection,
    callers: &Callers,
    actor: &Actor,
    request: GrantRequest<'_>,
    now: DateTime<Utc>,
) -> AppResult<(role_grant::Model, Option<TemporaryPassword>)> {
    let (region_id, unit_id, scope_path) = match (request.role, request.region_id, request.unit_id) {
        (Role::Learner, _, _) => {
            return Err(AppError::bad_input(
                "学员身份随单位名单产生，请在单位名单中添加学员",
            ));
        }
        (Role::UnitAdmin, None, Some(unit_id)) => {
            let unit = org::find_unit(db, actor, unit_id).await?;
            scope::require(
                true,
                actor.may_appoint(Role::UnitAdmin, &unit.region_path, Some(unit.id)),
                "任命该单位的管理员",
            )?;
            (None, Some(unit.id), unit.region_path)
        }
        (Role::UnitAdmin, _, _) => {
            return Err(AppError::bad_input(
                "单位管理员须指定 unitId，且不能同时指定 regionId",
            ));
        }
        (role, Some(region_id), None) => {
            let region = org::find_region(db, actor, region_id).await?;
            scope::require(
                true,
                actor.may_appoint(role, &region.path, None),
                "任命该级别的管理员",
            )?;
            if scope::granted_level(role) != Some(region.level) {
                return Err(AppError::bad_input(format!(
                    "{} 须授予在对应级别的行政区上，“{}”级别不符",
                    role.to_value(),
                    region.name
                )));
            }
            (Some(region.id), None, region.path)
        }
        (_, _, _) => {
            return Err(AppError::bad_input(
                "省、市、区管理员须指定 regionId，且不能同时指定 unitId",
            ));
        }
    };
    let phone = PhoneNumber::parse(request.phone)?;
    let existing = account::Entity::find()
        .filter(account::Column::Phone.eq(phone.as_str()))
        .one(db)
        .await?;
    // An existing account is appointed only by an administrator who could already reset it
    // (every grant and roster entry below the caller): an appointment never hands the caller
    // power over someone else's learner (another province's, another district's) nor takes a
    // learner away from its own offices, and the answer names nobody.
    if let Some(account) = &existing {
        let target = crate::auth::load_actor(db, account.id).await?;
        if !actor.has_power_over(&target) {
            return Err(AppError::forbidden(
                "该手机号已有账号，且其名单或职务不全在您的管辖范围内，不能由您任命；请由其所在单位的上级管理员办理",
            ));
        }
    }
    // A new account, or one still on the initial password, starts on a temporary password:
    // an administrator's account never accepts 000000.
    let issued = match &existing {
        Some(a) if a.password_hash.is_some() => None,
        _ => Some(prepare_temporary(now).await?),
    };
    let txn = db.begin().await?;
    let account = match existing {
        Some(a) => a,
        None => ensure_account(&txn, &phone, request.name, now).await?,
    };
    let account_id = account.id;
    if let Some(issued) = &issued {
        let mut active: account::ActiveModel = account.into();
        put_on_temporary(&mut active, issued);
        active.update(&txn).await?;
    }
    let grant = insert_grant(
        &txn,
        NewGrant {
            account_id,
            phone: &phone,
            role: request.role,
            region_id,
            unit_id,
            scope_path,
            granted_by: Some(actor.account_id),
            temporary_password: issued.as_ref().map(|i| i.temporary.expires_at),
            now,
        },
    )
    .await?;
    callers.commit(txn, &[grant.account_id]).await?;
    Ok((grant, issued.map(|i| i.temporary)))
}

/// A grant to write, once whoever makes it may.
struct NewGrant<'a> {
    account_id: i32,
    phone: &'a PhoneNumber,
    role: Role,
    region_id: Option<i32>,
    unit_id: Option<i32>,
    scope_path: String,
    /// The administrator who appoints; none for a deployment step.
    granted_by: Option<i32>,
    /// When the temporary password the appointment issued ends, if it issued one.
    temporary_password: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
}

/// Grants of this role on this node (region or unit).
fn same_role_and_node(role: Role, region_id: Option<i32>, unit_id: Option<i32>) -> sea_orm::Condition {
    sea_orm::Condition::all()
        .add(role_grant::Column::Role.eq(role))
        .add(match region_id {
            Some(id) => role_grant::Column::RegionId.eq(id),
            None => role_grant::Column::RegionId.is_null(),
        })
        .add(match unit_id {
            Some(id) => role_grant::Column::UnitId.eq(id),
            None => role_grant::Column::UnitId.is_null(),
        })
}

/// Writes a grant and its audit entry, refusing one the account holds already.
async fn insert_grant<C: ConnectionTrait>(txn: &C, new: NewGrant<'_>) -> AppResult<role_grant::Model> {
    let duplicate = role_grant::Entity::find()
        .filter(role_grant::Column::AccountId.eq(new.account_id))
        .filter(same_role_and_node(new.role, new.region_id, new.unit_id))
        .one(txn)
        .await?;
    if duplicate.is_some() {
        return Err(AppError::conflict(format!("{} 已担任该管理员", new.phone)));
    }
    let grant = role_grant::ActiveModel {
        account_id: Set(new.account_id),
        role: Set(new.role),
        region_id: Set(new.region_id),
        unit_id: Set(new.unit_id),
        scope_path: Set(new.scope_path),
        granted_by: Set(new.granted_by),
        created_at: Set(new.now),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    audit::record(
        txn,
        Change {
            actor_account_id: new.granted_by,
            action: "role.grant",
            target_kind: "role_grant",
            target_id: grant.id,
            region_path: &grant.scope_path,
            unit_id: grant.unit_id,
            before: None,
            after: Some(json!({
                "phone": new.phone.as_str(),
                "role": grant.role.to_value(),
                "regionId": new.region_id,
                "unitId": new.unit_id,
                "temporaryPassword": new.temporary_password.map(|_| "issued"),
                "temporaryPasswordUntil": new.temporary_password.map(|until| until.to_rfc3339()),
            })),
            late: false,
        },
    )
    .await?;
    Ok(grant)
}

/// Appoints a province's administrator, opening the account if the phone has none: a
/// deployment step (demo data, the command line), as creating the province is, since nobody
/// above a province may appoint one through the API. Audited without an actor.
pub async fn appoint_province_admin(
    db: &DatabaseConnection,
    province: &region::Model,
    phone: &PhoneNumber,
    name: &str,
) -> AppResult<role_grant::Model> {
    if province.level != Level::Province {
        return Err(AppError::bad_input(format!("“{}”不是省级行政区", province.name)));
    }
    let now = crate::infra::clock::now();
    let txn = db.begin().await?;
    let account = ensure_account(&txn, phone, name, now).await?;
    let grant = insert_grant(
        &txn,
        NewGrant {
            account_id: account.id,
            phone,
            role: Role::ProvinceAdmin,
            region_id: Some(province.id),
            unit_id: None,
            scope_path: province.path.clone(),
            granted_by: None,
            temporary_password: None,
            now,
        },
    )
    .await?;
    txn.commit().await?;
    Ok(grant)
}

/// Gives accounts a password they need not change at the next login: a deployment step (the
/// demo's administrators sign in with a published password), never an API operation, where an
/// administrator can only reset another account to the initial password.
pub async fn set_deployed_password(db: &DatabaseConnection, account_ids: &[i32], new: &str) -> AppResult<()> {
    password::validate_new(new)?;
    let now = crate::infra::clock::now();
    // A hash (and salt) of its own per account: equal hashes would tell that the passwords are.
    for &id in account_ids {
        let hash = password::hash(new.to_owned()).await?;
        account::Entity::update_many()
            .col_expr(account::Column::PasswordHash, Expr::value(hash))
            .col_expr(account::Column::MustChangePassword, Expr::value(false))
            .col_expr(account::Column::PasswordChangedAt, Expr::value(now))
            .col_expr(
                account::Column::TemporaryPasswordUntil,
                Expr::value(Option::<DateTime<Utc>>::None),
            )
            .filter(account::Column::Id.eq(id))
            .exec(db)
            .await?;
    }
    Ok(())
}

/// Removes an administrator grant: one strictly below one of the caller's own grants, or one
/// the caller made itself (and may still make). A peer's grant is refused, and so is removing
/// the last administrator of a node except from above. Answers whose grant it was.
pub async fn revoke_role(
    db: &DatabaseConnection,
    callers: &Callers,
    actor: &Actor,
    grant_id: i32,
) -> AppResult<i32> {
    use sea_orm::PaginatorTrait;
    // What the caller cannot see is NOT_FOUND, exactly like a missing grant.
    let grant = role_grant::Entity::find_by_id(grant_id)
        .one(db)
        .await?
        .filter(|g| actor.sees_grant(g.role, &g.scope_path, g.unit_id))
        .ok_or_else(AppError::not_found)?;
    if grant.account_id == actor.account_id {
        return Err(AppError::bad_input(
            "不能撤销自己的管理员身份，请由上级管理员办理",
        ));
    }
    let from_above = actor.is_above_grant(grant.role, &grant.scope_path, grant.unit_id);
    if !actor.may_revoke(grant.role, &grant.scope_path, grant.unit_id, grant.granted_by) {
        return Err(AppError::forbidden(
            "只能撤销下级的管理员，或您本人任命的同级管理员；同级或上级的任命请由上级管理员办理",
        ));
    }
    let txn = db.begin().await?;
    if !from_above {
        // The last administrator of a node goes only from above.
        let others = role_grant::Entity::find()
            .filter(same_role_and_node(grant.role, grant.region_id, grant.unit_id))
            .filter(role_grant::Column::Id.ne(grant.id))
            .count(&txn)
            .await?;
        if others == 0 {
            return Err(AppError::forbidden(
                "这是该单位（行政区）唯一的管理员，只能由上级管理员撤销",
            ));
        }
    }
    role_grant::Entity::delete_by_id(grant.id).exec(&txn).await?;
    audit::record(
        &txn,
        Change {
            actor_account_id: Some(actor.account_id),
            action: "role.revoke",
            target_kind: "role_grant",
            target_id: grant.id,
            region_path: &grant.scope_path,
            unit_id: grant.unit_id,
            before: Some(json!({"accountId": grant.account_id, "role": grant.role.to_value(), "regionId": grant.region_id, "unitId": grant.unit_id})),
            after: None,
            late: false,
        },
    )
    .await?;
    callers.commit(txn, &[grant.account_id]).await?;
    Ok(grant.account_id)
}

pub async fn grants_of(db: &DatabaseConnection, account_id: i32) -> AppResult<Vec<role_grant::Model>> {
    Ok(role_grant::Entity::find()
        .filter(role_grant::Column::AccountId.eq(account_id))
        .order_by_asc(role_grant::Column::Id)
        .all(db)
        .await?)
}
