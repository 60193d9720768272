//! Login, passwords, the caller itself and role grants.

use async_graphql::{Context, ID, InputObject, Object, Result, SimpleObject};
use chrono::{DateTime, FixedOffset};

use super::ContextExt;
use super::types::{Account, Learner, Role, RoleGrant, TemporaryPassword, cst};
use super::types::{Conn, connection};
use crate::auth::throttle::{ClientSource, PasswordChecksInRequest};
use crate::domain::paging::{self, Page};
use crate::domain::{accounts, roster};
use crate::domain::{console as place, org};
use crate::graphql::ids::{self, Kind};
use crate::scope;

/// An administrator grant below a node, with who holds it.
#[derive(SimpleObject)]
pub struct Administrator {
    grant: RoleGrant,
    name: String,
    /// Masked (138****0001): the list carries no whole phone numbers.
    phone_masked: String,
    appointed_at: DateTime<FixedOffset>,
    /// Whether the caller may revoke it with `revokeRole` (never its own).
    revocable: bool,
}

#[derive(Default)]
pub struct AccountQuery;

#[Object]
impl AccountQuery {
    /// The administrators at and below a region or unit the caller administers (its offices
    /// and sub-regions' offices, its units' administrators), oldest first.
    #[graphql(complexity = "first.unwrap_or(paging::DEFAULT_PAGE).max(0) as usize * child_complexity")]
    async fn administrators(
        &self,
        ctx: &Context<'_>,
        node_id: ID,
        first: Option<i32>,
        after: Option<String>,
    ) -> Result<Conn<Administrator>> {
        let actor = ctx.actor()?;
        let db = &ctx.state()?.db;
        let node = org::find_node(db, actor, ids::node_ref(&node_id)?).await?;
        let rows = place::administrators(db, actor, &node, Page::new(first, after.as_deref())?).await?;
        let mut converted = Vec::with_capacity(rows.rows.len());
        for a in rows.rows {
            converted.push((
                a.grant.id,
                Administrator {
                    appointed_at: cst(a.grant.created_at),
                    grant: RoleGrant::from_row(a.grant)?,
                    name: a.account.name,
                    phone_masked: scope::mask_phone(&a.account.phone),
                    revocable: a.revocable,
                },
            ));
        }
        let page = paging::PageOf {
            rows: converted,
            has_next_page: rows.has_next_page,
            total_count: rows.total_count,
        };
        Ok(connection(page, after.is_some(), |(id, _)| *id, |(_, a)| a))
    }

    /// The logged-in account.
    async fn me(&self, ctx: &Context<'_>) -> Result<Account> {
        let actor = ctx.actor()?;
        Ok(Account(
            accounts::find_account(&ctx.state()?.db, actor.account_id).await?,
        ))
    }

    /// A learner: oneself, or one on a roster the caller administers.
    async fn learner(&self, ctx: &Context<'_>, id: ID) -> Result<Option<Learner>> {
        let actor = ctx.actor()?;
        let id = ids::decode(Kind::Learner, &id)?;
        Ok(Some(Learner(
            roster::find_learner(&ctx.state()?.db, actor, id).await?,
        )))
    }
}

/// The answer to a successful login.
#[derive(SimpleObject)]
pub struct LoginResult {
    /// Send as `Authorization: Bearer <token>`.
    token: String,
    /// When the token stops working.
    expires_at: DateTime<FixedOffset>,
    /// True on the initial or a reset password: call `changePassword` before anything else.
    must_change_password: bool,
    account: Account,
}

/// Appoint an administrator.
#[derive(InputObject)]
pub struct GrantRoleInput {
    /// The administrator's mobile number; an account is opened (on a temporary password, in
    /// the answer's `temporaryPassword`) if it has none. An existing account is appointed only
    /// by an administrator with power over it (every grant and roster entry below the caller).
    phone: String,
    /// The administrator's name, used when a new account is opened (an existing account keeps
    /// its own).
    name: String,
    /// PROVINCE_ADMIN, CITY_ADMIN or DISTRICT_ADMIN with `regionId` of that level; UNIT_ADMIN with `unitId`.
    role: Role,
    region_id: Option<ID>,
    unit_id: Option<ID>,
}

#[derive(Default)]
pub struct AccountMutation;

#[Object]
impl AccountMutation {
    /// Logs in with the mobile number and password. Five failures in a row from one address
    /// make that address wait before trying this number again (ACCOUNT_LOCKED, with the time),
    /// longer each time; other addresses are not affected. An address with too many failures
    /// or checks at once gets RATE_LIMITED. One `login` per request. A wrong number and a
    /// wrong password answer alike.
    async fn login(&self, ctx: &Context<'_>, phone: String, password: String) -> Result<LoginResult> {
        ctx.data::<PasswordChecksInRequest>()?.claim()?;
        let state = ctx.state()?;
        let source = *ctx.data::<ClientSource>()?;
        let outcome = accounts::login(
            &state.db,
            &state.settings,
            &state.login_guard,
            source,
            &phone,
            &password,
            state.clock.now(),
        )
        .await?;
        Ok(LoginResult {
            token: outcome.token,
            expires_at: cst(outcome.expires_at),
            must_change_password: outcome.account.must_change_password,
            account: Account(outcome.account),
        })
    }

    /// Ends this token's session.
    async fn logout(&self, ctx: &Context<'_>) -> Result<bool> {
        let session = ctx.caller()?.session()?;
        let state = ctx.state()?;
        accounts::logout(&state.db, &state.callers, session).await?;
        Ok(true)
    }

    /// Changes one's own password: at least 8 characters with letters and digits, not 000000.
    /// The account's other sessions end.
    async fn change_password(
        &self,
        ctx: &Context<'_>,
        old_password: String,
        new_password: String,
    ) -> Result<bool> {
        ctx.data::<PasswordChecksInRequest>()?.claim()?;
        let session = ctx.caller()?.session()?;
        let state = ctx.state()?;
        let source = *ctx.data::<ClientSource>()?;
        accounts::change_password(
            &state.db,
            &state.callers,
            &state.settings,
            &state.login_guard,
            session,
            accounts::PasswordChange {
                old: &old_password,
                new: &new_password,
                source,
                now: state.clock.now(),
            },
        )
        .await?;
        Ok(true)
    }

    /// Resets an account to a one-time random temporary password, shown in this answer only,
    /// to be changed at the next login and valid for 72 hours; every session of the account
    /// ends. An account is never put back on a password anybody can know. Allowed only on an
    /// account all of whose grants and roster entries lie inside the caller's scope and below
    /// its level (an office holder on a unit's roster is reset by the offices above that
    /// office, not by the unit).
    async fn reset_password(&self, ctx: &Context<'_>, account_id: ID) -> Result<TemporaryPassword> {
        let actor = ctx.actor()?;
        let account_id = ids::decode(Kind::Account, &account_id)?;
        let state = ctx.state()?;
        let issued =
            accounts::reset_password(&state.db, &state.callers, actor, account_id, state.clock.now()).await?;
        Ok(issued.into())
    }

    /// Lifts every login wait on an account (解锁). Allowed only on an account all of whose
    /// grants and roster entries lie inside the caller's scope and below its level.
    async fn unlock_account(&self, ctx: &Context<'_>, account_id: ID) -> Result<bool> {
        let actor = ctx.actor()?;
        let account_id = ids::decode(Kind::Account, &account_id)?;
        accounts::unlock(&ctx.state()?.db, actor, account_id).await?;
        Ok(true)
    }

    /// Appoints an administrator inside the caller's subtree, at or below the caller's level.
    /// A new account (or one still on the initial password) gets a temporary password, in the
    /// answer's `temporaryPassword` only.
    async fn grant_role(&self, ctx: &Context<'_>, input: GrantRoleInput) -> Result<RoleGrant> {
        let actor = ctx.actor()?;
        let region_id = input
            .region_id
            .as_ref()
            .map(|id| ids::decode(Kind::Region, id))
            .transpose()?;
        let unit_id = input
            .unit_id
            .as_ref()
            .map(|id| ids::decode(Kind::Unit, id))
            .transpose()?;
        let state = ctx.state()?;
        let (grant, issued) = accounts::grant_role(
            &state.db,
            &state.callers,
            actor,
            accounts::GrantRequest {
                phone: &input.phone,
                name: &input.name,
                role: input.role.into(),
                region_id,
                unit_id,
            },
            state.clock.now(),
        )
        .await?;
        Ok(RoleGrant::from_row(grant)?.with_temporary_password(issued.map(Into::into)))
    }

    /// Removes an administrator grant (撤销任命): one strictly below the caller's own node, or
    /// one the caller made itself. A peer's or a higher grant is FORBIDDEN; the last
    /// administrator of a node is removed only from above.
    async fn revoke_role(&self, ctx: &Context<'_>, id: ID) -> Result<bool> {
        let actor = ctx.actor()?;
        let id = ids::decode(Kind::RoleGrant, &id)?;
        let state = ctx.state()?;
        accounts::revoke_role(&state.db, &state.callers, actor, id).await?;
        Ok(true)
    }
}
