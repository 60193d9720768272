//! The GraphQL schema: thin resolvers that read their arguments, ask `scope` through the
//! domain functions, and shape the answer. One module per area.

mod account;
mod audit;
mod campaign;
mod console;
pub(crate) mod cost;
mod eligibility;
mod exam;
mod exam_sessions;
mod exemption;
pub mod ids;
mod integrity;
mod loaders;
mod notice;
mod org;
mod practice;
mod progress;
mod record;
mod recovery;
mod roster;
mod scalars;
pub(crate) mod stats;
pub(crate) mod study;
mod types;

use async_graphql::{Context, EmptySubscription, MergedObject, Schema, SchemaBuilder};

use crate::auth::Caller;
use crate::error::{AppError, AppResult};
use crate::scope::Actor;
use crate::state::AppState;

pub use loaders::Loaders;

#[derive(MergedObject, Default)]
pub struct Query(
    account::AccountQuery,
    org::OrgQuery,
    campaign::CampaignQuery,
    roster::RosterQuery,
    study::StudyQuery,
    exam::ExamQuery,
    stats::StatsQuery,
    console::ConsoleQuery,
    exam_sessions::ExamSessionsQuery,
    exemption::ExemptionQuery,
    notice::NoticeQuery,
    audit::AuditQuery,
    eligibility::EligibilityQuery,
    record::RecordQuery,
    recovery::RecoveryQuery,
    practice::PracticeQuery,
    integrity::IntegrityQuery,
);

#[derive(MergedObject, Default)]
pub struct Mutation(
    account::AccountMutation,
    org::OrgMutation,
    campaign::CampaignMutation,
    roster::RosterMutation,
    study::StudyMutation,
    exam::ExamMutation,
    console::ConsoleMutation,
    exam_sessions::ExamSessionsMutation,
    exemption::ExemptionMutation,
    notice::NoticeMutation,
    record::RecordMutation,
    recovery::RecoveryMutation,
    practice::PracticeMutation,
    integrity::IntegrityMutation,
);

pub type XuefaSchema = Schema<Query, Mutation, EmptySubscription>;

/// Deepest query accepted.
pub const MAX_DEPTH: usize = 12;
/// Most complex query accepted: a connection counts its `first` times its children, a plain
/// list its rows times its children, a large text its kilobytes (`cost`). The costliest of the
/// pages' documents is about a sixth of it; a list of study bodies is a hundred times it.
pub const MAX_COMPLEXITY: usize = 20_000;

/// The schema with its limits, before the shared state is attached.
pub fn builder() -> SchemaBuilder<Query, Mutation, EmptySubscription> {
    Schema::build(Query::default(), Mutation::default(), EmptySubscription)
        .limit_depth(MAX_DEPTH)
        .limit_complexity(MAX_COMPLEXITY)
        .limit_recursive_depth(32)
        .limit_directives(8)
}

/// The schema definition language of the API: `schema.graphql` is exactly this.
pub fn sdl() -> String {
    builder().finish().sdl()
}

/// What resolvers read from the request context.
pub(crate) trait ContextExt {
    fn state(&self) -> AppResult<&AppState>;
    fn caller(&self) -> AppResult<&Caller>;
    /// The caller, refused when not logged in or still on the initial password.
    fn actor(&self) -> AppResult<&Actor> {
        self.caller()?.actor()
    }
}

/// A large text (a body, a stem) on its way into the response, charged to the request's
/// budget (`infra::response_budget`): past it, the field fails and the handler answers the
/// whole request `RESPONSE_TOO_LARGE` or `BUSY`. Without a budget (the schema run directly)
/// nothing is charged.
pub(crate) fn charged<'a>(ctx: &Context<'_>, text: &'a str) -> async_graphql::Result<&'a str> {
    use crate::infra::response_budget::{Over, ResponseBudget};
    if let Some(budget) = ctx.data_opt::<std::sync::Arc<ResponseBudget>>() {
        budget.charge(text.len()).map_err(|over| match over {
            Over::TooLarge => AppError::new(crate::error::Code::ResponseTooLarge, RESPONSE_TOO_LARGE),
            Over::Busy => AppError::new(crate::error::Code::Busy, "系统繁忙，请稍候几秒再试"),
        })?;
    }
    Ok(text)
}

/// What a request that asked for too much is told.
pub const RESPONSE_TOO_LARGE: &str =
    "请求的内容过多（回答超过 8 MB），请分次查询：列表中不要带正文，正文逐篇查看";

impl ContextExt for Context<'_> {
    fn state(&self) -> AppResult<&AppState> {
        self.data::<AppState>()
            .map_err(|e| AppError::internal(format!("state missing: {}", e.message)))
    }
    fn caller(&self) -> AppResult<&Caller> {
        self.data::<Caller>()
            .map_err(|e| AppError::internal(format!("caller missing: {}", e.message)))
    }
}
