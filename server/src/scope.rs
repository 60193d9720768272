//! What a caller may see and change: the only place that decides it.
//!
//! An [`Actor`] is the authenticated caller with everything it holds: administrator grants
//! over region subtrees (province, city, district offices), grants over single units (unit
//! administrators) and, for a learner, its own roster entry. Every resolver and domain
//! function asks here; nothing else compares paths or ids to decide access.
//!
//! Answers follow one rule: an object the caller cannot see is `NOT_FOUND`, exactly like a
//! missing one; an object it can see but not change is `FORBIDDEN`.

use entity::{campaign, exam_session, learner, region, seat_booking, unit};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter};
use serde::{Deserialize, Serialize};

use crate::error::{AppError, AppResult};

pub use entity::region::Level;
pub use entity::role_grant::Role;

/// The region level a region administrator role is granted on.
pub fn granted_level(role: Role) -> Option<Level> {
    match role {
        Role::ProvinceAdmin => Some(Level::Province),
        Role::CityAdmin => Some(Level::City),
        Role::DistrictAdmin => Some(Level::District),
        Role::UnitAdmin | Role::Learner => None,
    }
}

/// An administrator grant over a region's subtree.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegionGrant {
    pub role: Role,
    pub path: String,
}

/// An administrator grant over one unit.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UnitGrant {
    pub unit_id: i32,
    pub region_path: String,
}

/// The caller's own roster entry.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SelfLearner {
    pub learner_id: i32,
    pub unit_id: Option<i32>,
    pub unit_region_path: Option<String>,
}

/// The authenticated caller.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Actor {
    pub account_id: i32,
    pub region_grants: Vec<RegionGrant>,
    pub unit_grants: Vec<UnitGrant>,
    pub learner: Option<SelfLearner>,
}

/// Whether `path` lies in the subtree rooted at `root` (the root included).
/// Paths are concatenated fixed-width codes, so a prefix is an ancestor.
pub fn within(path: &str, root: &str) -> bool {
    path.starts_with(root)
}

/// Whether two region paths lie in the same province (the first code of a path).
pub fn same_province(a: &str, b: &str) -> bool {
    let province = |p: &str| p.get(..6).unwrap_or(p).to_owned();
    !a.is_empty() && province(a) == province(b)
}

/// The bounds of a subtree for a range scan: `root <= path < upper`. ':' follows '9' in
/// ASCII, so every path that extends `root` with digits sorts below `root + ':'`.
pub fn subtree_upper_bound(root: &str) -> String {
    format!("{root}:")
}

/// The condition "`column` lies in the subtree rooted at `root`" (the root included), as a
/// range a B-tree index serves (`root <= column < root + ':'`). Every query scoped to a part of
/// the tree says it this way; raw SQL writes the same two bounds as parameters.
pub fn within_subtree(column: impl sea_orm::ColumnTrait, root: &str) -> sea_orm::Condition {
    sea_orm::Condition::all()
        .add(column.gte(root))
        .add(column.lt(subtree_upper_bound(root)))
}

impl Actor {
    pub fn is_admin(&self) -> bool {
        !self.region_grants.is_empty() || !self.unit_grants.is_empty()
    }

    /// The highest role (by level) the caller holds over a region path, if any.
    fn region_role_over(&self, path: &str) -> Option<Role> {
        self.region_grants
            .iter()
            .filter(|g| within(path, &g.path))
            .map(|g| g.role)
            .min()
    }

    fn administers_path(&self, path: &str) -> bool {
        self.region_role_over(path).is_some()
    }

    /// The region paths of everything the caller can reach, for the "ancestors are visible"
    /// rule: a unit administrator or learner may read the names of the regions above it.
    fn anchored_paths(&self) -> impl Iterator<Item = &str> {
        self.region_grants
            .iter()
            .map(|g| g.path.as_str())
            .chain(self.unit_grants.iter().map(|g| g.region_path.as_str()))
            .chain(self.learner.iter().filter_map(|l| l.unit_region_path.as_deref()))
    }

    /// Whether something attached at `path` governs the caller: `path` is at or above one of
    /// the caller's places (a campaign of its province, a notice of an office above it).
    pub fn covered_by(&self, path: &str) -> bool {
        self.anchored_paths().any(|p| within(p, path))
    }

    /// The paths of the provinces the caller belongs to.
    pub fn province_paths(&self) -> Vec<String> {
        let mut provinces: Vec<String> = self
            .anchored_paths()
            .map(|p| p[..p.len().min(6)].to_owned())
            .collect();
        provinces.sort();
        provinces.dedup();
        provinces
    }

    /// Every region path at or above the caller's places, for "notices of my ancestors".
    pub fn ancestor_paths(&self) -> Vec<String> {
        let mut paths: Vec<String> = self
            .anchored_paths()
            .flat_map(|p| (6..=p.len()).step_by(6).map(move |end| p[..end].to_owned()))
            .collect();
        paths.sort();
        paths.dedup();
        paths
    }

    /// Whether the caller acts over `path` as an office (district or above), not only as a
    /// unit administrator: offices may still change a frozen roster.
    pub fn is_office_over(&self, path: &str) -> bool {
        self.administers_path(path)
    }

    /// A region is visible inside an administered subtree, and as an ancestor (name and code
    /// only matter there: its children and units are filtered again).
    pub fn sees_region(&self, region: &region::Model) -> bool {
        self.administers_path(&region.path) || self.anchored_paths().any(|p| within(p, &region.path))
    }

    pub fn manages_region(&self, region: &region::Model) -> bool {
        self.administers_path(&region.path)
    }

    pub fn manages_unit(&self, unit: &unit::Model) -> bool {
        self.administers_path(&unit.region_path) || self.unit_grants.iter().any(|g| g.unit_id == unit.id)
    }

    pub fn sees_unit(&self, unit: &unit::Model) -> bool {
        self.manages_unit(unit) || self.learner.as_ref().is_some_and(|l| l.unit_id == Some(unit.id))
    }

    /// A learner is managed through its unit. A learner between units (调出) has no unit;
    /// the offices above its last unit manage it through the audit trail (roster issue).
    pub fn manages_learner(&self, learner: &learner::Model, unit: Option<&unit::Model>) -> bool {
        unit.is_some_and(|u| learner.unit_id == Some(u.id) && self.manages_unit(u))
    }

    pub fn is_self(&self, learner: &learner::Model) -> bool {
        self.learner.as_ref().is_some_and(|l| l.learner_id == learner.id)
    }

    pub fn sees_learner(&self, learner: &learner::Model, unit: Option<&unit::Model>) -> bool {
        self.is_self(learner) || self.manages_learner(learner, unit)
    }

    /// Whether the caller may appoint (or remove) `role` over the region at `path`, or over
    /// the unit `unit` (whose region is at `path`): only inside its own subtree and only at or
    /// below its own level. A unit administrator may appoint others for its own unit.
    pub fn may_appoint(&self, role: Role, path: &str, unit: Option<i32>) -> bool {
        if role == Role::Learner {
            return false;
        }
        let by_region = self.region_role_over(path).is_some_and(|own| own <= role);
        let by_unit =
            role == Role::UnitAdmin && unit.is_some_and(|u| self.unit_grants.iter().any(|g| g.unit_id == u));
        by_region || by_unit
    }

    /// Whether a grant at this node is in the caller's sight (its administrators list shows
    /// it): inside a region subtree it administers, or on a unit it administers.
    pub fn sees_grant(&self, role: Role, path: &str, unit: Option<i32>) -> bool {
        role != Role::Learner
            && (self.administers_path(path)
                || unit.is_some_and(|u| self.unit_grants.iter().any(|g| g.unit_id == u)))
    }

    /// Whether a grant's node lies strictly below one of the caller's own grants' nodes: a
    /// unit below any region that holds it, a region below a region above it.
    pub fn is_above_grant(&self, role: Role, path: &str, unit: Option<i32>) -> bool {
        if role == Role::Learner {
            return false;
        }
        self.region_grants
            .iter()
            .any(|g| within(path, &g.path) && (unit.is_some() || path.len() > g.path.len()))
    }

    /// Whether the caller may revoke a grant (撤销任命): one strictly below its own node, or one
    /// it made itself and could make again. A peer's grant, or one above, never; so a fresh
    /// unit administrator cannot remove the one who appointed it, nor a province administrator
    /// every other. (The last administrator of a node goes only from above: the domain checks.)
    pub fn may_revoke(&self, role: Role, path: &str, unit: Option<i32>, granted_by: Option<i32>) -> bool {
        self.is_above_grant(role, path, unit)
            || (granted_by == Some(self.account_id) && self.may_appoint(role, path, unit))
    }

    /// Whether the caller may take power over the account that holds `target` (reset its
    /// password, unlock it, change its login phone or name): every grant and the roster entry
    /// of that account must lie inside the caller's scope and strictly below the caller's
    /// level. Holding more (an office grant, a second unit) never widens who may act on it, so
    /// adding a learner or granting a role to an existing phone gives no power over it.
    pub fn has_power_over(&self, target: &Actor) -> bool {
        if target.account_id == self.account_id {
            return false;
        }
        if target.region_grants.is_empty() && target.unit_grants.is_empty() && target.learner.is_none() {
            return false;
        }
        let over_region_grant = |held: &RegionGrant| {
            self.region_grants
                .iter()
                .any(|g| within(&held.path, &g.path) && g.role < held.role)
        };
        // Every region role stands above a unit administrator.
        let over_unit_grant = |held: &UnitGrant| {
            self.region_grants
                .iter()
                .any(|g| within(&held.region_path, &g.path))
        };
        // A learner between units (调出) stays with the offices above its last unit.
        let over_roster_entry = |held: &SelfLearner| {
            let by_office = held
                .unit_region_path
                .as_deref()
                .is_some_and(|path| self.administers_path(path));
            let by_unit = held
                .unit_id
                .is_some_and(|u| self.unit_grants.iter().any(|g| g.unit_id == u));
            by_office || by_unit
        };
        target.region_grants.iter().all(over_region_grant)
            && target.unit_grants.iter().all(over_unit_grant)
            && target.learner.as_ref().is_none_or(over_roster_entry)
    }

    /// Whether any grant or the roster entry of `target` is in the caller's sight, so that
    /// refusing to act on it says FORBIDDEN rather than NOT_FOUND.
    pub fn sees_account(&self, target: &Actor) -> bool {
        target
            .region_grants
            .iter()
            .any(|g| self.administers_path(&g.path))
            || target.unit_grants.iter().any(|g| {
                self.administers_path(&g.region_path)
                    || self.unit_grants.iter().any(|own| own.unit_id == g.unit_id)
            })
            || target.learner.as_ref().is_some_and(|l| {
                l.unit_region_path
                    .as_deref()
                    .is_some_and(|p| self.administers_path(p))
                    || l.unit_id
                        .is_some_and(|u| self.unit_grants.iter().any(|g| g.unit_id == u))
            })
    }

    /// The roots of the caller's region subtrees, without those nested in another.
    pub fn scope_roots(&self) -> Vec<String> {
        let mut roots: Vec<String> = Vec::new();
        let mut paths: Vec<&str> = self.region_grants.iter().map(|g| g.path.as_str()).collect();
        paths.sort_by_key(|p| p.len());
        for p in paths {
            if !roots.iter().any(|r| within(p, r)) {
                roots.push(p.to_owned());
            }
        }
        roots
    }
}

/// The parts of the administrators' console (`/admin`); each is offered only to the roles that
/// may use it, so the menu shows what the caller may do and nothing else.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConsoleSection {
    /// The node's figures, children and charts (a unit administrator: its own unit's).
    Dashboard,
    /// The action lists and their downloads.
    ActionLists,
    /// Rosters: a unit administrator keeps its own; offices look into their units'.
    Roster,
    /// Roster import from a spreadsheet (unit administrators).
    Import,
    /// Exemption applications: decide (unit), review and overrule (offices).
    Exemptions,
    /// The unit's exam sessions (unit administrators).
    ExamSessions,
    /// Exam centres, their seats and bookings (city and district offices).
    ExamCentres,
    Notices,
    /// The audit log of the subtree (offices).
    AuditLog,
    /// Learners' account-recovery requests (找回账号): the unit's at once, the offices' after escalation.
    RecoveryRequests,
    /// Appointing and revoking administrators below.
    Administrators,
    /// The campaign, question bank and study material (the province office).
    Campaign,
}

impl Actor {
    /// The highest administrator role the caller holds, if any.
    pub fn top_role(&self) -> Option<Role> {
        let by_region = self.region_grants.iter().map(|g| g.role).min();
        let by_unit = (!self.unit_grants.is_empty()).then_some(Role::UnitAdmin);
        by_region.into_iter().chain(by_unit).min()
    }

    /// What the console offers the caller, in menu order.
    pub fn console_sections(&self) -> Vec<ConsoleSection> {
        use ConsoleSection::*;
        match self.top_role() {
            None | Some(Role::Learner) => Vec::new(),
            Some(Role::UnitAdmin) => vec![
                Dashboard,
                Roster,
                Import,
                Exemptions,
                ExamSessions,
                ActionLists,
                Notices,
                RecoveryRequests,
                Administrators,
            ],
            // The offices: one menu, with what each level does.
            Some(office) => {
                let mut sections = vec![Dashboard, ActionLists];
                if office == Role::DistrictAdmin {
                    sections.push(Roster);
                }
                sections.push(Exemptions);
                if office != Role::ProvinceAdmin {
                    sections.push(ExamCentres);
                }
                sections.extend([Notices, AuditLog, RecoveryRequests, Administrators]);
                if office == Role::ProvinceAdmin {
                    sections.push(Campaign);
                }
                sections
            }
        }
    }

    /// Whether the caller sees a learner's full phone number in lists and downloads: the
    /// learner itself and the administrators of its unit do; offices above the unit see it
    /// masked (138****0001) and reveal one number at a time, audited.
    pub fn sees_full_phone(&self, learner_id: i32, unit_id: Option<i32>) -> bool {
        self.learner.as_ref().is_some_and(|l| l.learner_id == learner_id)
            || unit_id.is_some_and(|u| self.unit_grants.iter().any(|g| g.unit_id == u))
    }

    /// Whether the console tells the caller that phones come masked: an office's do (its
    /// learners are in units it does not keep), a unit administrator's own learners' do not.
    pub fn console_masks_phones(&self) -> bool {
        self.top_role() != Some(Role::UnitAdmin)
    }
}

impl Actor {
    /// Whether the caller prints the certificates (成绩证明) of a unit's learners: its unit
    /// administrators and the offices above it. A learner gets only its own (`is_self`).
    pub fn may_print_certificates(&self, unit: &unit::Model) -> bool {
        self.manages_unit(unit)
    }
}

impl Actor {
    /// Whether a learner's account-recovery request (找回账号) is in the caller's queue: the
    /// administrators of the learner's unit see it at once; the offices above the unit once it
    /// has waited past the escalation time. Acting on it still needs power over the account
    /// ([`Actor::has_power_over`]).
    pub fn handles_recovery_request(&self, unit_id: i32, region_path: &str, escalated: bool) -> bool {
        self.unit_grants.iter().any(|g| g.unit_id == unit_id)
            || (escalated && self.administers_path(region_path))
    }

    /// Whether the caller practises (模拟练习) on the practice questions of `campaign`: learners
    /// of its province only (offices see the whole bank through the campaign instead).
    pub fn practises_in(&self, campaign: &campaign::Model) -> bool {
        self.learner.is_some() && self.covered_by(&campaign.region_path)
    }

    /// Whether the caller manages a campaign (its question bank, study material, withdrawn
    /// items): the office of its province.
    pub fn manages_campaign(&self, campaign: &campaign::Model) -> bool {
        self.may_appoint(Role::ProvinceAdmin, &campaign.region_path, None)
    }

    /// Whether the caller sets a campaign's rules (the integrity tolerance, say): those who
    /// manage it.
    pub fn sets_campaign_rules(&self, campaign: &campaign::Model) -> bool {
        self.manages_campaign(campaign)
    }

    /// Whether the caller is the learner `learner_id` itself.
    pub fn is_learner(&self, learner_id: i32) -> bool {
        self.learner.as_ref().is_some_and(|l| l.learner_id == learner_id)
    }

    /// The caller's own roster entry, for what a learner only does for itself (take its
    /// exam, study); anyone else is refused with `refusal`.
    pub fn own_learner(&self, refusal: &str) -> AppResult<i32> {
        self.learner
            .as_ref()
            .map(|l| l.learner_id)
            .ok_or_else(|| AppError::forbidden(refusal))
    }

    /// Whether the caller reviews the integrity events (leaving the exam page) of an attempt
    /// made by a learner of `unit`: the administrators of the unit and the offices above it.
    pub fn reviews_attempts_of(&self, unit: &unit::Model) -> bool {
        self.manages_unit(unit)
    }
}

/// Whether the caller can see an exam session: its unit's administrators and offices, the
/// offices of the city running a centre and below (and above), learners of the unit or with
/// a seat. Reads the session's unit or the caller's seat only when the grants do not decide.
pub async fn sees_session(
    db: &DatabaseConnection,
    actor: &Actor,
    s: &exam_session::Model,
) -> AppResult<bool> {
    if let Some(unit_id) = s.unit_id {
        if actor.learner.as_ref().is_some_and(|l| l.unit_id == Some(unit_id)) {
            return Ok(true);
        }
        return manages_unit_id(db, actor, unit_id).await;
    }
    if actor
        .region_grants
        .iter()
        .any(|g| within(&g.path, &s.region_path) || within(&s.region_path, &g.path))
    {
        return Ok(true);
    }
    match &actor.learner {
        Some(l) => Ok(seat_booking::Entity::find()
            .filter(seat_booking::Column::SessionId.eq(s.id))
            .filter(seat_booking::Column::LearnerId.eq(l.learner_id))
            .count(db)
            .await?
            > 0),
        None => Ok(false),
    }
}

/// Whether the caller may change (move, cancel) a session: a unit's session by its
/// administrators and the offices above; a centre's by the city office (or the province).
pub async fn changes_session(
    db: &DatabaseConnection,
    actor: &Actor,
    s: &exam_session::Model,
) -> AppResult<bool> {
    match s.unit_id {
        Some(unit_id) => manages_unit_id(db, actor, unit_id).await,
        None => Ok(actor.may_appoint(Role::CityAdmin, &s.region_path, None)),
    }
}

/// Whether the caller manages the unit `unit_id` (false when there is no such unit).
async fn manages_unit_id(db: &DatabaseConnection, actor: &Actor, unit_id: i32) -> AppResult<bool> {
    Ok(unit::Entity::find_by_id(unit_id)
        .one(db)
        .await?
        .is_some_and(|u| actor.manages_unit(&u)))
}

/// A phone number as offices above the unit see it in lists: 138****0001.
pub fn mask_phone(phone: &str) -> String {
    if phone.len() == 11 && phone.is_ascii() {
        format!("{}****{}", &phone[..3], &phone[7..])
    } else {
        "****".to_owned()
    }
}

/// Turns "can see" and "can change" into the one answer: NOT_FOUND when the caller cannot
/// see the object, FORBIDDEN when it sees it but may not do this.
pub fn require(sees: bool, may: bool, what: &str) -> AppResult<()> {
    if !sees {
        Err(AppError::not_found())
    } else if !may {
        Err(AppError::forbidden(format!("您没有权限{what}")))
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn region(path: &str) -> region::Model {
        region::Model {
            id: 1,
            parent_id: None,
            code: path[path.len() - 6..].to_owned(),
            name: String::new(),
            level: Level::District,
            path: path.to_owned(),
            created_at: crate::infra::clock::now(),
        }
    }

    fn district_admin() -> Actor {
        Actor {
            account_id: 1,
            region_grants: vec![RegionGrant {
                role: Role::DistrictAdmin,
                path: "430000430400430408".into(),
            }],
            unit_grants: vec![],
            learner: None,
        }
    }

    #[test]
    fn a_district_sees_its_subtree_and_ancestors_but_not_siblings() {
        let actor = district_admin();
        assert!(actor.manages_region(&region("430000430400430408")));
        assert!(actor.sees_region(&region("430000430400")));
        assert!(!actor.manages_region(&region("430000430400")));
        assert!(!actor.sees_region(&region("430000430400430406")));
    }

    #[test]
    fn appointments_stay_at_or_below_own_level() {
        let actor = district_admin();
        assert!(actor.may_appoint(Role::DistrictAdmin, "430000430400430408", None));
        assert!(actor.may_appoint(Role::UnitAdmin, "430000430400430408", Some(3)));
        assert!(!actor.may_appoint(Role::CityAdmin, "430000430400", None));
        assert!(!actor.may_appoint(Role::DistrictAdmin, "430000430400430406", None));
        assert!(!actor.may_appoint(Role::Learner, "430000430400430408", None));
    }

    #[test]
    fn subtree_bounds_cover_exactly_the_subtree() {
        let root = "430000430400";
        let upper = subtree_upper_bound(root);
        for inside in ["430000430400", "430000430400430408", "430000430400430499"] {
            assert!(inside >= root && inside < upper.as_str(), "{inside}");
        }
        for outside in ["430000430500", "430000", "430000430399430408"] {
            assert!(!(outside >= root && outside < upper.as_str()), "{outside}");
        }
    }
}
