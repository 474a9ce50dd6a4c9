-- The SQL knex 3 writes for SQLite (knex.schema.createTable / alterTable ... .toSQL()), with its own knex_migrations tables.
create table `accounts` (`id` integer not null primary key autoincrement, `name` varchar(100) not null, `bio` text, `status` text check (`status` in ('active', 'banned')) default 'active', `public_id` char(36), `verified` boolean default '0', `balance` float default '0', `ratio` float, `dbl` float, `big` bigint, `settings` json, `settings_b` json, `born` date, `seen_at` datetime, `stamp` datetime default CURRENT_TIMESTAMP, `blob` blob, `tags` text[], `created_at` datetime not null default CURRENT_TIMESTAMP, `updated_at` datetime not null default CURRENT_TIMESTAMP);
create unique index `accounts_public_id_unique` on `accounts` (`public_id`);
create table `sessions` (`id` integer not null primary key autoincrement, `account_id` integer not null, `token` varchar(255) not null, foreign key(`account_id`) references `accounts`(`id`) on delete CASCADE on update CASCADE);
create unique index `sessions_account_token_uq` on `sessions` (`account_id`, `token`);
create index `sessions_token_idx` on `sessions` (`token`);
alter table `accounts` add column `nickname` varchar(255) null default 'anon';
create index `accounts_nickname_index` on `accounts` (`nickname`);
create table `knex_migrations` (`id` integer not null primary key autoincrement, `name` varchar(255), `batch` integer, `migration_time` datetime);
create table `knex_migrations_lock` (`index` integer not null primary key autoincrement, `is_locked` integer);
