//! Regions, units, accounts, login throttle, tokens, role grants, learners and the audit log.
use sea_orm_migration::{prelude::*, schema::*};

use crate::path_column;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("regions")
                    .col(pk_auto("id"))
                    .col(integer_null("parent_id"))
                    .col(string_len_uniq("code", 6))
                    .col(string("name"))
                    .col(string_len("level", 16))
                    .col(path_column(manager, "path").unique_key().take())
                    .col(timestamp_with_time_zone("created_at"))
                    .foreign_key(
                        ForeignKey::create()
                            .from("regions", "parent_id")
                            .to("regions", "id"),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("regions_parent")
                    .table("regions")
                    .col("parent_id")
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table("units")
                    .col(pk_auto("id"))
                    .col(integer("region_id"))
                    .col(path_column(manager, "region_path"))
                    .col(string("name"))
                    .col(boolean("has_internet"))
                    .col(timestamp_with_time_zone("created_at"))
                    .foreign_key(
                        ForeignKey::create()
                            .from("units", "region_id")
                            .to("regions", "id"),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("units_region_name")
                    .table("units")
                    .col("region_id")
                    .col("name")
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("units_region_path")
                    .table("units")
                    .col("region_path")
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table("accounts")
                    .col(pk_auto("id"))
                    .col(string_len_uniq("phone", 11))
                    .col(string("name"))
                    .col(string_null("password_hash"))
                    .col(boolean("must_change_password"))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone_null("password_changed_at"))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table("login_throttle")
                    .col(string_len("phone", 32).primary_key())
                    .col(integer("failures"))
                    .col(timestamp_with_time_zone_null("locked_until"))
                    .col(timestamp_with_time_zone("updated_at"))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table("auth_tokens")
                    .col(string_len("token_hash", 64).primary_key())
                    .col(integer("account_id"))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone("expires_at"))
                    .col(boolean("revoked"))
                    .foreign_key(
                        ForeignKey::create()
                            .from("auth_tokens", "account_id")
                            .to("accounts", "id"),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("auth_tokens_account")
                    .table("auth_tokens")
                    .col("account_id")
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table("role_grants")
                    .col(pk_auto("id"))
                    .col(integer("account_id"))
                    .col(string_len("role", 32))
                    .col(integer_null("region_id"))
                    .col(integer_null("unit_id"))
                    .col(path_column(manager, "scope_path"))
                    .col(integer_null("granted_by"))
                    .col(timestamp_with_time_zone("created_at"))
                    .foreign_key(
                        ForeignKey::create()
                            .from("role_grants", "account_id")
                            .to("accounts", "id"),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from("role_grants", "region_id")
                            .to("regions", "id"),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from("role_grants", "unit_id")
                            .to("units", "id"),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("role_grants_account")
                    .table("role_grants")
                    .col("account_id")
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("role_grants_scope")
                    .table("role_grants")
                    .col("scope_path")
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table("learners")
                    .col(pk_auto("id"))
                    .col(integer_uniq("account_id"))
                    .col(integer_null("unit_id"))
                    .col(string("name"))
                    .col(string_null("rank"))
                    .col(string_len("status", 16))
                    .col(date_null("status_since"))
                    .col(date_null("retirement_date"))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone("updated_at"))
                    .foreign_key(
                        ForeignKey::create()
                            .from("learners", "account_id")
                            .to("accounts", "id"),
                    )
                    .foreign_key(ForeignKey::create().from("learners", "unit_id").to("units", "id"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("learners_unit")
                    .table("learners")
                    .col("unit_id")
                    .col("id")
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table("audit_log")
                    .col(pk_auto("id"))
                    .col(timestamp_with_time_zone("at"))
                    .col(integer_null("actor_account_id"))
                    .col(string_len("action", 64))
                    .col(string_len("target_kind", 32))
                    .col(integer("target_id"))
                    .col(path_column(manager, "region_path"))
                    .col(integer_null("unit_id"))
                    .col(text_null("before"))
                    .col(text_null("after"))
                    .col(boolean("late"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("audit_log_path")
                    .table("audit_log")
                    .col("region_path")
                    .col("id")
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            "audit_log",
            "learners",
            "role_grants",
            "auth_tokens",
            "login_throttle",
            "accounts",
            "units",
            "regions",
        ] {
            manager.drop_table(Table::drop().table(table).to_owned()).await?;
        }
        Ok(())
    }
}
