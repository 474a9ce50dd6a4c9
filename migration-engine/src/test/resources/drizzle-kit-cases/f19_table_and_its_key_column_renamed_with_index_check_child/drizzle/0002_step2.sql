PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_posts` (
	`id` integer PRIMARY KEY NOT NULL,
	`account_id` integer NOT NULL,
	`body` text,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`account_id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_posts`("id", "account_id", "body") SELECT "id", "account_id", "body" FROM `posts`;--> statement-breakpoint
DROP TABLE `posts`;--> statement-breakpoint
ALTER TABLE `__new_posts` RENAME TO `posts`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_accounts` (
	`account_id` integer PRIMARY KEY NOT NULL,
	`login` text NOT NULL,
	`nick` text,
	`plan` text DEFAULT 'free' NOT NULL,
	CONSTRAINT "users_email_at" CHECK(instr("__new_accounts"."login", '@') > 0),
	CONSTRAINT "accounts_plan_known" CHECK("__new_accounts"."plan" IN ('free', 'pro'))
);
--> statement-breakpoint
INSERT INTO `__new_accounts`("account_id", "login", "nick", "plan") SELECT "account_id", "login", "nick", "plan" FROM `accounts`;--> statement-breakpoint
DROP TABLE `accounts`;--> statement-breakpoint
ALTER TABLE `__new_accounts` RENAME TO `accounts`;--> statement-breakpoint
CREATE INDEX `accounts_login_idx` ON `accounts` (`login`);--> statement-breakpoint
CREATE UNIQUE INDEX `users_nick_uq` ON `accounts` (`nick`) WHERE "accounts"."login" IS NOT NULL;