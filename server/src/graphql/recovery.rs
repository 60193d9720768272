//! Getting back into one's account (找回账号): the login page's request and status, the
//! administrators' queue and its one-click reset.

use async_graphql::{Context, Enum, ID, Object, Result, SimpleObject};
use chrono::{DateTime, FixedOffset, Utc};
use entity::{recovery_request, unit};

use super::ContextExt;
use super::types::TemporaryPassword;
use super::types::cst;
use crate::auth::throttle::ClientSource;
use crate::domain::recovery::{self, RecoveryStatus};
use crate::graphql::ids::{self, Kind};
use crate::scope::{self, Actor};

/// Where a request stands, as its requester sees it.
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "RecoveryStatus")]
pub enum AccountRecoveryState {
    /// 受理中: waiting for the unit's administrator (or, after a while, the office above).
    Pending,
    /// 已处理: an administrator acted; the temporary password comes only from the unit's
    /// administrator, never from this status.
    Reset,
    /// 未通过: the administrator could not confirm the request.
    Declined,
    /// 未通过: nobody acted within 7 days.
    Expired,
}

/// The answer to a recovery request: the same for every well-formed request.
#[derive(SimpleObject)]
pub struct AccountRecoveryReceipt {
    /// The request code (e.g. `K7PQM-3XWRA`): keep it to follow the request on the login page.
    code: String,
    /// What to tell the requester.
    message: String,
}

/// A request as its requester follows it by code: no name, phone or unit is shown.
#[derive(SimpleObject)]
pub struct AccountRecoveryStatus {
    status: AccountRecoveryState,
    /// When the request was made.
    requested_at: DateTime<FixedOffset>,
    /// When an administrator acted on it.
    resolved_at: Option<DateTime<FixedOffset>>,
    /// What to do now, in words.
    message: String,
}

/// What an administrator does with a request.
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
pub enum RecoveryAction {
    /// Reset the password to a one-time temporary password (in the answer only; to be
    /// changed at the next login).
    Reset,
    /// Close the request without a reset (the learner could not be confirmed).
    Decline,
}

/// A learner's pending account-recovery request in an administrator's queue.
pub struct RecoveryRequest {
    row: recovery_request::Model,
    unit_name: String,
    phone: String,
    escalated: bool,
}

/// A learner's pending account-recovery request in an administrator's queue.
#[Object]
impl RecoveryRequest {
    /// The request (`rec_…`), for `resolveRecoveryRequest`.
    async fn id(&self) -> ID {
        ids::encode(Kind::RecoveryRequest, self.row.id)
    }
    /// The learner the request matched.
    async fn learner_id(&self) -> ID {
        ids::encode(Kind::Learner, self.row.learner_id.unwrap_or_default())
    }
    /// The name as given (it matched the roster).
    async fn name(&self) -> &str {
        &self.row.name
    }
    /// The phone number: in full for the unit's administrators, masked (138****0001) for the
    /// offices above.
    async fn phone(&self) -> &str {
        &self.phone
    }
    /// The learner's unit.
    async fn unit_name(&self) -> &str {
        &self.unit_name
    }
    /// When the learner asked.
    async fn requested_at(&self) -> DateTime<FixedOffset> {
        cst(self.row.created_at)
    }
    /// True once the unit has let it wait past the escalation time: the offices above see it too.
    async fn escalated(&self) -> bool {
        self.escalated
    }
}

/// The words a requester sees: the same for every request in a state, and never a password
/// (a stranger who filed a request for someone else's phone learns nothing he can use).
fn status_message(s: RecoveryStatus) -> &'static str {
    match s {
        RecoveryStatus::Pending => "受理中：申请正在等待本单位管理员处理，管理员可能会先与您本人核实。",
        RecoveryStatus::Reset => "已处理：请联系本单位管理员获取临时密码，登录后须立即修改密码。",
        RecoveryStatus::Declined | RecoveryStatus::Expired => {
            "未通过：申请未能办理，密码未重置；请直接联系本单位管理员。"
        }
    }
}

#[derive(Default)]
pub struct RecoveryQuery;

#[Object]
impl RecoveryQuery {
    /// The status of an account-recovery request, by the code given when it was made. Needs
    /// no login; shows nothing of the account.
    async fn account_recovery_status(
        &self,
        ctx: &Context<'_>,
        code: String,
    ) -> Result<AccountRecoveryStatus> {
        let row = recovery::by_code(&ctx.state()?.db, &code).await?;
        let status = recovery::status_of(&row, crate::infra::clock::now());
        Ok(AccountRecoveryStatus {
            status: status.into(),
            requested_at: cst(row.created_at),
            resolved_at: row.resolved_at.map(cst),
            message: status_message(status).to_owned(),
        })
    }

    /// The caller's queue of learners' account-recovery requests, oldest first (at most 200):
    /// a unit administrator's own units' at once, an office's subtree's once escalated.
    #[graphql(complexity = "crate::graphql::cost::list(crate::graphql::cost::ROWS, child_complexity)")]
    async fn recovery_requests(&self, ctx: &Context<'_>) -> Result<Vec<RecoveryRequest>> {
        let actor = ctx.actor()?;
        let db = &ctx.state()?.db;
        let rows = recovery::queue(db, actor).await?;
        let units = recovery::units_of(db, &rows).await?;
        let now = crate::infra::clock::now();
        Ok(rows
            .into_iter()
            .map(|row| shape(actor, row, &units, now))
            .collect())
    }
}

fn shape(
    actor: &Actor,
    row: recovery_request::Model,
    units: &[unit::Model],
    now: DateTime<Utc>,
) -> RecoveryRequest {
    let unit_name = units
        .iter()
        .find(|u| Some(u.id) == row.unit_id)
        .map(|u| u.name.clone())
        .unwrap_or_default();
    let phone = if actor.sees_full_phone(row.learner_id.unwrap_or_default(), row.unit_id) {
        row.phone.clone()
    } else {
        scope::mask_phone(&row.phone)
    };
    RecoveryRequest {
        escalated: recovery::escalated(&row, now),
        row,
        unit_name,
        phone,
    }
}

#[derive(Default)]
pub struct RecoveryMutation;

#[Object]
impl RecoveryMutation {
    /// Asks, without logging in, for one's password to be reset (phone, name and unit as on
    /// the roster). Always answers with a new request code and the same message, whether or
    /// not the phone has an account; only a request matching a learner reaches the unit's
    /// administrators. An address filing too many requests gets RATE_LIMITED.
    async fn request_account_recovery(
        &self,
        ctx: &Context<'_>,
        phone: String,
        name: String,
        unit_name: String,
    ) -> Result<AccountRecoveryReceipt> {
        let state = ctx.state()?;
        let source = *ctx.data::<ClientSource>()?;
        let code = recovery::request(
            &state.db,
            &state.settings,
            &state.login_guard,
            source,
            &phone,
            &name,
            &unit_name,
        )
        .await?;
        Ok(AccountRecoveryReceipt {
            code,
            message: "申请已提交。请记下查询码，稍后在登录页查询处理结果；若信息与名单不符，申请不会被处理。"
                .to_owned(),
        })
    }

    /// Acts on a request in the caller's queue: RESET gives the account a one-time temporary
    /// password under the rules of `resetPassword` and answers it (here only: tell it to the
    /// learner once you have confirmed who is asking), closing the learner's other pending
    /// requests; DECLINE closes the request and answers null. Audited.
    async fn resolve_recovery_request(
        &self,
        ctx: &Context<'_>,
        id: ID,
        action: RecoveryAction,
    ) -> Result<Option<TemporaryPassword>> {
        let actor = ctx.actor()?;
        let id = ids::decode(Kind::RecoveryRequest, &id)?;
        let state = ctx.state()?;
        Ok(match action {
            RecoveryAction::Reset => Some(
                recovery::reset(&state.db, &state.callers, actor, id, state.clock.now())
                    .await?
                    .into(),
            ),
            RecoveryAction::Decline => {
                recovery::decline(&state.db, actor, id).await?;
                None
            }
        })
    }
}
