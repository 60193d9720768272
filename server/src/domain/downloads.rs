//! Download tickets: a browser opens an export through a plain link, so the link cannot carry
//! the `Authorization` header, and a bearer token in a URL ends up in logs and histories. A
//! signed-in caller asks for a ticket for one export (`createDownloadLink`); the ticket opens
//! exactly that export, once, within a few minutes, as that caller.

use chrono::{DateTime, Duration, Utc};
use entity::{auth_token, download_ticket};
use sea_orm::{ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, Set};

use crate::auth::{self, token};
use crate::error::{AppError, AppResult, Code};
use crate::scope::Actor;

/// How long a ticket stays valid.
pub const TICKET_SECONDS: i64 = 300;

/// A ticket for `target` (an export's path and query, without the ticket), for the caller
/// of the session whose token digest is `token_hash`; it lives no longer than that session.
pub async fn mint(
    db: &DatabaseConnection,
    actor: &Actor,
    token_hash: &str,
    target: &str,
) -> AppResult<(String, DateTime<Utc>)> {
    let ticket = token::generate();
    let now = crate::infra::clock::now();
    let expires_at = now + Duration::seconds(TICKET_SECONDS);
    // Expired tickets of anyone go on the way.
    download_ticket::Entity::delete_many()
        .filter(download_ticket::Column::ExpiresAt.lt(now))
        .exec(db)
        .await?;
    download_ticket::ActiveModel {
        ticket_hash: Set(token::digest(&ticket)),
        account_id: Set(actor.account_id),
        token_hash: Set(Some(token_hash.to_owned())),
        target: Set(target.to_owned()),
        created_at: Set(now),
        expires_at: Set(expires_at),
    }
    .insert(db)
    .await?;
    Ok((ticket, expires_at))
}

/// Uses up a ticket for `target` and answers who minted it, as that account stands now.
pub async fn redeem(db: &DatabaseConnection, ticket: &str, target: &str) -> AppResult<Actor> {
    let used = || {
        AppError::new(
            Code::Unauthenticated,
            "下载链接已失效（链接只能使用一次，几分钟内有效），请回到页面重新点击下载",
        )
    };
    let hash = token::digest(ticket);
    let Some(row) = download_ticket::Entity::find_by_id(hash.clone()).one(db).await? else {
        return Err(used());
    };
    // Deleting is the redemption: of two requests with one ticket, one gets the file.
    let deleted = download_ticket::Entity::delete_many()
        .filter(download_ticket::Column::TicketHash.eq(hash))
        .exec(db)
        .await?;
    if deleted.rows_affected != 1 || row.expires_at <= crate::infra::clock::now() || row.target != target {
        return Err(used());
    }
    // The session that minted it must still be valid: a logout, a password change or a
    // reset ends its links too, answered like a used ticket.
    let Some(token_hash) = row.token_hash else {
        return Err(used());
    };
    let session = auth_token::Entity::find_by_id(token_hash)
        .filter(auth_token::Column::AccountId.eq(row.account_id))
        .filter(auth_token::Column::Revoked.eq(false))
        .filter(auth_token::Column::ExpiresAt.gt(crate::infra::clock::now()))
        .one(db)
        .await?;
    if session.is_none() {
        return Err(used());
    }
    let account = crate::domain::accounts::find_account(db, row.account_id).await?;
    if account.must_change_password {
        return Err(used());
    }
    auth::load_actor(db, row.account_id).await
}

/// The campaign and the node of a list download, as the caller may download them. The
/// browser link (`createDownloadLink`) asks here too, to refuse at once what the download would.
pub async fn downloadable(
    db: &DatabaseConnection,
    actor: &Actor,
    campaign_id: i32,
    node: crate::domain::org::NodeRef,
) -> AppResult<(entity::campaign::Model, crate::domain::org::Node)> {
    use crate::domain::org::Node;
    let campaign = crate::domain::campaign::find(db, actor, campaign_id).await?;
    let node = crate::domain::org::find_node(db, actor, node).await?;
    match &node {
        Node::Unit(u) => crate::scope::require(true, actor.manages_unit(u), "下载该单位的数据")?,
        Node::Region(r) => crate::scope::require(true, actor.manages_region(r), "下载该地区的数据")?,
    }
    Ok((campaign, node))
}
