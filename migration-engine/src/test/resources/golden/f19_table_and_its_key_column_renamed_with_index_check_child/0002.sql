PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `posts` RENAME COLUMN "author_id" TO "account_id";--> statement-breakpoint
CREATE TABLE `__old_accounts` AS SELECT * FROM `accounts`;--> statement-breakpoint
CREATE TABLE `__old_posts` AS SELECT * FROM `posts`;--> statement-breakpoint
DELETE FROM `posts`;--> statement-breakpoint
DROP TABLE `accounts`;--> statement-breakpoint
CREATE TABLE `accounts` (
	`account_id` integer PRIMARY KEY NOT NULL,
	`login` text NOT NULL,
	`nick` text,
	`plan` text DEFAULT 'free' NOT NULL,
	CONSTRAINT "users_email_at" CHECK(instr("login", '@') > 0),
	CONSTRAINT "accounts_plan_known" CHECK("plan" IN ('free', 'pro'))
);
--> statement-breakpoint
CREATE INDEX `accounts_login_idx` ON `accounts` (`login`);--> statement-breakpoint
CREATE UNIQUE INDEX `users_nick_uq` ON `accounts` (`nick`) WHERE "login" IS NOT NULL;--> statement-breakpoint
INSERT INTO `accounts`(`account_id`,`login`,`nick`) SELECT `account_id`, `login`, `nick` FROM `__old_accounts`;--> statement-breakpoint
INSERT INTO `posts`(`id`,`account_id`,`body`) SELECT `id`,`account_id`,`body` FROM `__old_posts`;--> statement-breakpoint
DROP TABLE `__old_accounts`;--> statement-breakpoint
DROP TABLE `__old_posts`;--> statement-breakpoint
PRAGMA foreign_keys=ON;