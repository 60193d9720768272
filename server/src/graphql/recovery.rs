//! Getting back into one's account (找回账号): the login page's unit search, request and
//! status, the administrators' queue, its one-click reset and a district's routing.

use async_graphql::{Context, Enum, ID, Object, Result, SimpleObject};
use chrono::{DateTime, FixedOffset, Utc};
use entity::{recovery_request, region, unit};

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

/// A unit as the recovery page offers it: its name and the district it is in, nothing more.
#[derive(SimpleObject)]
pub struct RecoveryUnitChoice {
    /// The unit (`unit_…`), for `requestAccountRecovery(unitId:)`.
    id: ID,
    name: String,
    /// The region the unit is attached to (its district), e.g. 蒸湘区.
    district_name: String,
}

/// A district as the recovery page offers it, for a requester who cannot find the unit.
#[derive(SimpleObject)]
pub struct RecoveryDistrict {
    /// The district (`reg_…`), for `requestAccountRecovery(districtId:)`.
    id: ID,
    name: String,
    /// The city it is in, e.g. 衡阳市.
    city_name: String,
}

/// A province of the deployment, as the recovery page offers it.
#[derive(SimpleObject)]
pub struct RecoveryProvince {
    id: ID,
    name: String,
}

/// The places the recovery page offers: the deployment's provinces and one province's
/// districts.
#[derive(SimpleObject)]
pub struct RecoveryPlaces {
    /// Every province of the deployment (one, usually).
    provinces: Vec<RecoveryProvince>,
    /// The province asked for, or the only one.
    province: RecoveryProvince,
    /// Its districts, in code order.
    districts: Vec<RecoveryDistrict>,
}

fn province_of(r: &region::Model) -> RecoveryProvince {
    RecoveryProvince {
        id: ids::encode(Kind::Region, r.id),
        name: r.name.clone(),
    }
}

/// A learner's pending account-recovery request in an administrator's queue.
pub struct RecoveryRequest {
    row: recovery_request::Model,
    unit_name: String,
    phone: String,
    escalated: bool,
    roster: Option<(i32, String, i32, String)>,
}

/// A learner's pending account-recovery request in an administrator's queue.
#[Object]
impl RecoveryRequest {
    /// The request (`rec_…`), for `resolveRecoveryRequest`.
    async fn id(&self) -> ID {
        ids::encode(Kind::RecoveryRequest, self.row.id)
    }
    /// The learner the request matched; null for a request in a district's queue (not on the
    /// roster of the unit or district named).
    async fn learner_id(&self) -> Option<ID> {
        self.row.learner_id.map(|id| ids::encode(Kind::Learner, id))
    }
    /// Whether phone, name and unit agreed with the learner's roster entry. False for a
    /// request in a district's queue: route it (`routeRecoveryRequest`) or act on it.
    async fn matched(&self) -> bool {
        self.row.unit_id.is_some()
    }
    /// The name as given.
    async fn name(&self) -> &str {
        &self.row.name
    }
    /// For a request in a district's queue: the learner on a roster the caller manages whose
    /// phone the request gives, and its unit (where to route it); null when there is none.
    async fn roster_name(&self) -> Option<&str> {
        self.roster.as_ref().map(|(_, name, _, _)| name.as_str())
    }
    /// The unit of `rosterName` (`unit_…`), for `routeRecoveryRequest`.
    async fn roster_unit_id(&self) -> Option<ID> {
        self.roster
            .as_ref()
            .map(|(_, _, unit, _)| ids::encode(Kind::Unit, *unit))
    }
    /// The name of the unit of `rosterName`.
    async fn roster_unit_name(&self) -> Option<&str> {
        self.roster.as_ref().map(|(_, _, _, name)| name.as_str())
    }
    /// The phone number: in full for the unit's administrators, masked (138****0001) for the
    /// offices above.
    async fn phone(&self) -> &str {
        &self.phone
    }
    /// The learner's unit; for a request in a district's queue, the unit the requester picked
    /// or typed (empty when it chose 找不到我的单位).
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
        // The same words for every request in a state, wherever it waits.
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
        let mut out = Vec::with_capacity(rows.len());
        for row in rows {
            let roster = recovery::roster_match(db, actor, &row)
                .await?
                .map(|(l, u)| (l.id, l.name, u.id, u.name));
            let mut shaped = shape(actor, row, &units, now);
            shaped.roster = roster;
            out.push(shaped);
        }
        Ok(out)
    }

    /// Units of the province whose name contains `search` (at least two characters, taken
    /// literally), at most 20, in name order: names and districts only, for the recovery page.
    /// Needs no login; `provinceId` only when the deployment has several provinces.
    /// RATE_LIMITED when one address searches too often.
    async fn recovery_units(
        &self,
        ctx: &Context<'_>,
        search: String,
        province_id: Option<ID>,
    ) -> Result<Vec<RecoveryUnitChoice>> {
        let state = ctx.state()?;
        let source = *ctx.data::<ClientSource>()?;
        state.login_guard.precheck(source)?;
        state.recovery_search.take(source)?;
        let province = province_id.map(|id| ids::decode(Kind::Region, &id)).transpose()?;
        let found = recovery::search_units(&state.db, province, &search).await?;
        Ok(found
            .into_iter()
            .map(|c| RecoveryUnitChoice {
                id: ids::encode(Kind::Unit, c.unit.id),
                name: c.unit.name,
                district_name: c.district.map(|d| d.name).unwrap_or_default(),
            })
            .collect())
    }

    /// The provinces of the deployment and the districts of one (the only one unless
    /// `provinceId` names another), for a requester who cannot find the unit. Needs no login;
    /// RATE_LIMITED like `recoveryUnits`.
    async fn recovery_places(&self, ctx: &Context<'_>, province_id: Option<ID>) -> Result<RecoveryPlaces> {
        let state = ctx.state()?;
        let source = *ctx.data::<ClientSource>()?;
        state.login_guard.precheck(source)?;
        state.recovery_search.take(source)?;
        let province = province_id.map(|id| ids::decode(Kind::Region, &id)).transpose()?;
        let provinces = recovery::provinces(&state.db).await?;
        let (province, districts) = recovery::districts(&state.db, province).await?;
        Ok(RecoveryPlaces {
            provinces: provinces.iter().map(province_of).collect(),
            province: province_of(&province),
            districts: districts
                .into_iter()
                .map(|(d, city)| RecoveryDistrict {
                    id: ids::encode(Kind::Region, d.id),
                    name: d.name,
                    city_name: city.map(|c| c.name).unwrap_or_default(),
                })
                .collect(),
        })
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
        .unwrap_or_else(|| row.unit_name.clone());
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
        roster: None,
    }
}

#[derive(Default)]
pub struct RecoveryMutation;

#[Object]
impl RecoveryMutation {
    /// Asks, without logging in, for one's password to be reset: phone and name as on the
    /// roster, and the unit picked from `recoveryUnits` (`unitId`), or, not found, the
    /// district (`districtId`, with the unit's name as the requester knows it in `unitName`).
    /// A request whose phone, name and unit agree with a learner reaches the unit's
    /// administrators; any other request naming a unit or district reaches the offices over
    /// it (the district's queue). Only `unitName` alone (older pages) is matched by name and
    /// reaches no queue when it matches nothing. Always answers with a new request code and
    /// the same message, whether or not the phone has an account. An address filing too many
    /// requests gets RATE_LIMITED.
    async fn request_account_recovery(
        &self,
        ctx: &Context<'_>,
        phone: String,
        name: String,
        unit_name: Option<String>,
        unit_id: Option<ID>,
        district_id: Option<ID>,
    ) -> Result<AccountRecoveryReceipt> {
        let state = ctx.state()?;
        let source = *ctx.data::<ClientSource>()?;
        let place = match (unit_id, district_id) {
            (Some(_), Some(_)) => {
                return Err(crate::error::AppError::bad_input("请只选择单位或区县中的一项").into());
            }
            (Some(id), None) => recovery::Place::Unit(ids::decode(Kind::Unit, &id)?),
            (None, Some(id)) => recovery::Place::District(ids::decode(Kind::Region, &id)?),
            (None, None) => recovery::Place::Typed(unit_name.as_deref().unwrap_or_default()),
        };
        let code = recovery::request(
            &state.db,
            &state.settings,
            &state.login_guard,
            source,
            &phone,
            &name,
            place,
            unit_name.as_deref(),
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

    /// Routes a request in the caller's district queue (`matched: false`) to the unit whose
    /// roster has its phone (`rosterUnitId`, or another unit the caller manages with the phone
    /// on its roster): it becomes that unit's request, seen there with the full phone. Audited.
    /// BAD_USER_INPUT when the phone is not on that unit's roster; CONFLICT for a request that
    /// is already a unit's.
    async fn route_recovery_request(
        &self,
        ctx: &Context<'_>,
        id: ID,
        unit_id: ID,
    ) -> Result<RecoveryRequest> {
        let actor = ctx.actor()?;
        let id = ids::decode(Kind::RecoveryRequest, &id)?;
        let unit_id = ids::decode(Kind::Unit, &unit_id)?;
        let state = ctx.state()?;
        let row = recovery::route(&state.db, actor, &state.settings, id, unit_id).await?;
        let units = recovery::units_of(&state.db, std::slice::from_ref(&row)).await?;
        Ok(shape(actor, row, &units, state.clock.now()))
    }
}
