PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_members` AS SELECT * FROM `members`;--> statement-breakpoint
CREATE TABLE `__old_other` AS SELECT * FROM `other`;--> statement-breakpoint
DROP TABLE `other`;--> statement-breakpoint
DROP TABLE `members`;--> statement-breakpoint
CREATE TABLE `members` (
	`id` integer PRIMARY KEY NOT NULL,
	`state` text DEFAULT 'users.status' NOT NULL,
	`category` text,
	`n` integer DEFAULT 0,
	CONSTRAINT "users_status_ck" CHECK("state" IN ('users.status', '"users"."status"', 'it''s', 'a"b', '', 'members.state')),
	CONSTRAINT "users_kind_ck" CHECK("category" IS NULL OR length("category") > 0 AND "category" <> 'users.kind'),
	CONSTRAINT "members_n_range" CHECK("n" >= 0 AND "n" < 100)
);
--> statement-breakpoint
CREATE TABLE `other` (
	`id` integer PRIMARY KEY NOT NULL,
	`users` text,
	`status` text,
	CONSTRAINT "other_ck" CHECK("users" <> 'users' AND coalesce("status", '') <> 'members.state')
);
--> statement-breakpoint
INSERT INTO `members`(`id`,`state`,`category`,`n`) SELECT `id`, `state`, `category`, `n` FROM `__old_members`;--> statement-breakpoint
INSERT INTO `other`(`id`,`users`,`status`) SELECT `id`, `users`, `status` FROM `__old_other`;--> statement-breakpoint
DROP TABLE `__old_members`;--> statement-breakpoint
DROP TABLE `__old_other`;--> statement-breakpoint
PRAGMA foreign_keys=ON;