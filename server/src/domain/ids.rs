//! Typed ids for the rows the rules pass around. A function that takes a learner and a
//! campaign takes a `LearnerId` and a `CampaignId`, so the two cannot be swapped unnoticed
//! (`attempts_of(learner, campaign)` and `refresh_learner(campaign, learner)` took two bare
//! `i32`s each, in opposite orders). Each is the row's primary key; `.0` is the number.

macro_rules! ids {
    ($($(#[$doc:meta])* $name:ident),* $(,)?) => {
        $(
            $(#[$doc])*
            #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
            pub struct $name(pub i32);

            impl From<$name> for i32 {
                fn from(id: $name) -> i32 {
                    id.0
                }
            }

            impl From<$name> for sea_orm::Value {
                fn from(id: $name) -> sea_orm::Value {
                    id.0.into()
                }
            }

            impl std::fmt::Display for $name {
                fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                    self.0.fmt(f)
                }
            }
        )*
    };
}

ids! {
    /// A learner (`learners.id`).
    LearnerId,
    /// A unit (`units.id`).
    UnitId,
    /// A region (`regions.id`).
    RegionId,
    /// A yearly campaign (`campaigns.id`).
    CampaignId,
    /// An exam attempt (`exam_attempts.id`).
    AttemptId,
    /// An exam session (`exam_sessions.id`).
    SessionId,
    /// A question of the bank (`questions.id`).
    QuestionId,
}
