ALTER TABLE `users` RENAME TO `accounts`;--> statement-breakpoint
ALTER TABLE `accounts` RENAME COLUMN "id" TO "account_id";--> statement-breakpoint
ALTER TABLE `accounts` RENAME COLUMN "email" TO "login";--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_accounts` (
	`account_id` integer PRIMARY KEY NOT NULL,
	`login` text NOT NULL,
	`nick` text,
	CONSTRAINT "users_email_at" CHECK(instr("__new_accounts"."login", '@') > 0)
);
--> statement-breakpoint
INSERT INTO `__new_accounts`("account_id", "login", "nick") SELECT "account_id", "login", "nick" FROM `accounts`;--> statement-breakpoint
DROP TABLE `accounts`;--> statement-breakpoint
ALTER TABLE `__new_accounts` RENAME TO `accounts`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `accounts_login_idx` ON `accounts` (`login`);--> statement-breakpoint
CREATE UNIQUE INDEX `users_nick_uq` ON `accounts` (`nick`) WHERE "accounts"."login" IS NOT NULL;--> statement-breakpoint
CREATE TABLE `__new_posts` (
	`id` integer PRIMARY KEY NOT NULL,
	`author_id` integer NOT NULL,
	`body` text,
	FOREIGN KEY (`author_id`) REFERENCES `accounts`(`account_id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_posts`("id", "author_id", "body") SELECT "id", "author_id", "body" FROM `posts`;--> statement-breakpoint
DROP TABLE `posts`;--> statement-breakpoint
ALTER TABLE `__new_posts` RENAME TO `posts`;