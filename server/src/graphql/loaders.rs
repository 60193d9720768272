//! Per-request DataLoaders: nested fields of a list (each unit's region, each region's
//! children, each learner's phone) load in one query per level, not one per object.
//! They see only what the caller sees.

use std::collections::HashMap;

use async_graphql::dataloader::Loader;
use entity::{account, learner, region, unit};
use sea_orm::DatabaseConnection;

use crate::domain::{org, roster};
use crate::error::AppError;
use crate::scope::Actor;

pub struct Loaders {
    db: DatabaseConnection,
    actor: Option<Actor>,
}

impl Loaders {
    pub fn new(db: DatabaseConnection, actor: Option<Actor>) -> Self {
        Loaders { db, actor }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct RegionKey(pub i32);
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct UnitKey(pub i32);
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ChildrenOf(pub i32);
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct AccountKey(pub i32);
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct LearnerKey(pub i32);
/// The unit of a learner the caller has already been allowed to see: visible with it (this
/// also holds within a mutation that just moved the caller itself into the unit).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct UnitOfSeenLearner(pub i32);

type LoadError = std::sync::Arc<AppError>;

impl Loader<RegionKey> for Loaders {
    type Value = region::Model;
    type Error = LoadError;
    async fn load(&self, keys: &[RegionKey]) -> Result<HashMap<RegionKey, region::Model>, LoadError> {
        let Some(actor) = &self.actor else {
            return Ok(HashMap::new());
        };
        let ids: Vec<i32> = keys.iter().map(|k| k.0).collect();
        let found = org::regions_by_id(&self.db, actor, &ids)
            .await
            .map_err(LoadError::new)?;
        Ok(found.into_iter().map(|(id, r)| (RegionKey(id), r)).collect())
    }
}

impl Loader<UnitKey> for Loaders {
    type Value = unit::Model;
    type Error = LoadError;
    async fn load(&self, keys: &[UnitKey]) -> Result<HashMap<UnitKey, unit::Model>, LoadError> {
        let Some(actor) = &self.actor else {
            return Ok(HashMap::new());
        };
        let ids: Vec<i32> = keys.iter().map(|k| k.0).collect();
        let found = org::units_by_id(&self.db, actor, &ids)
            .await
            .map_err(LoadError::new)?;
        Ok(found.into_iter().map(|(id, u)| (UnitKey(id), u)).collect())
    }
}

impl Loader<ChildrenOf> for Loaders {
    type Value = Vec<region::Model>;
    type Error = LoadError;
    async fn load(&self, keys: &[ChildrenOf]) -> Result<HashMap<ChildrenOf, Vec<region::Model>>, LoadError> {
        let Some(actor) = &self.actor else {
            return Ok(HashMap::new());
        };
        let ids: Vec<i32> = keys.iter().map(|k| k.0).collect();
        let found = org::children_of(&self.db, actor, &ids)
            .await
            .map_err(LoadError::new)?;
        Ok(found.into_iter().map(|(id, c)| (ChildrenOf(id), c)).collect())
    }
}

impl Loader<LearnerKey> for Loaders {
    type Value = learner::Model;
    type Error = LoadError;
    async fn load(&self, keys: &[LearnerKey]) -> Result<HashMap<LearnerKey, learner::Model>, LoadError> {
        let Some(actor) = &self.actor else {
            return Ok(HashMap::new());
        };
        let ids: Vec<i32> = keys.iter().map(|k| k.0).collect();
        let found = roster::learners_by_id(&self.db, actor, &ids)
            .await
            .map_err(LoadError::new)?;
        Ok(found.into_iter().map(|l| (LearnerKey(l.id), l)).collect())
    }
}

impl Loader<UnitOfSeenLearner> for Loaders {
    type Value = unit::Model;
    type Error = LoadError;
    async fn load(
        &self,
        keys: &[UnitOfSeenLearner],
    ) -> Result<HashMap<UnitOfSeenLearner, unit::Model>, LoadError> {
        let ids: Vec<i32> = keys.iter().map(|k| k.0).collect();
        let found = org::units_by_id_unchecked(&self.db, &ids)
            .await
            .map_err(LoadError::new)?;
        Ok(found.into_iter().map(|u| (UnitOfSeenLearner(u.id), u)).collect())
    }
}

/// Accounts are only reached through objects already checked (a learner, oneself).
impl Loader<AccountKey> for Loaders {
    type Value = account::Model;
    type Error = LoadError;
    async fn load(&self, keys: &[AccountKey]) -> Result<HashMap<AccountKey, account::Model>, LoadError> {
        let ids: Vec<i32> = keys.iter().map(|k| k.0).collect();
        let found = roster::accounts_by_id(&self.db, &ids)
            .await
            .map_err(LoadError::new)?;
        Ok(found.into_iter().map(|a| (AccountKey(a.id), a)).collect())
    }
}

/// Turns a loader's shared error back into the one error type.
pub fn unshare(err: LoadError) -> AppError {
    (*err).clone()
}

/// A learner's record of a campaign (points, best score), for a learner the caller has
/// already been allowed to see.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct RecordKey {
    pub campaign_id: i32,
    pub learner_id: i32,
}

impl Loader<RecordKey> for Loaders {
    type Value = crate::domain::progress::YearRecord;
    type Error = LoadError;
    async fn load(&self, keys: &[RecordKey]) -> Result<HashMap<RecordKey, Self::Value>, LoadError> {
        let mut by_campaign: HashMap<i32, Vec<i32>> = HashMap::new();
        for k in keys {
            by_campaign.entry(k.campaign_id).or_default().push(k.learner_id);
        }
        let mut out = HashMap::new();
        for (campaign_id, learners) in by_campaign {
            let records = crate::domain::progress::records_of(&self.db, campaign_id, &learners)
                .await
                .map_err(LoadError::new)?;
            for learner_id in learners {
                let record = records.get(&learner_id).copied().unwrap_or_default();
                out.insert(
                    RecordKey {
                        campaign_id,
                        learner_id,
                    },
                    record,
                );
            }
        }
        Ok(out)
    }
}
