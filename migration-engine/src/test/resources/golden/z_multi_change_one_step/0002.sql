PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `members` RENAME COLUMN "handle" TO "nick";--> statement-breakpoint
CREATE UNIQUE INDEX `orgs_name_unique` ON `orgs` (`name`);--> statement-breakpoint
CREATE TABLE `__old_members` AS SELECT * FROM `members`;--> statement-breakpoint
CREATE TABLE `__old_badges` AS SELECT * FROM `badges`;--> statement-breakpoint
DELETE FROM `badges`;--> statement-breakpoint
DROP TABLE `members`;--> statement-breakpoint
CREATE TABLE `members` (
	`id` integer PRIMARY KEY NOT NULL,
	`org_id` integer,
	`nick` text,
	`score` integer DEFAULT 0 NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `members_handle_idx` ON `members` (`nick`,`status`);--> statement-breakpoint
INSERT INTO `members`(`id`,`org_id`,`nick`,`score`,`status`) SELECT `id`, `org_id`, `nick`, coalesce(`score`, 0), `status` FROM `__old_members`;--> statement-breakpoint
INSERT INTO `badges`(`id`,`member_id`) SELECT `id`,`member_id` FROM `__old_badges`;--> statement-breakpoint
DROP TABLE `__old_members`;--> statement-breakpoint
DROP TABLE `__old_badges`;--> statement-breakpoint
PRAGMA foreign_keys=ON;