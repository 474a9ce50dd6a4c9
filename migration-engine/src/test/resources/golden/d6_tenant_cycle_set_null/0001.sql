PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_b` AS SELECT * FROM `b`;--> statement-breakpoint
CREATE TABLE `__old_a` AS SELECT * FROM `a`;--> statement-breakpoint
UPDATE `b` SET `a_id` = NULL WHERE `a_id` IS NOT NULL;--> statement-breakpoint
DROP TABLE `a`;--> statement-breakpoint
DROP TABLE `b`;--> statement-breakpoint
CREATE TABLE `b` (
	`tenant_id` integer NOT NULL,
	`id` integer NOT NULL,
	`a_id` integer,
	`v` text DEFAULT 'y',
	PRIMARY KEY(`tenant_id`, `id`),
	FOREIGN KEY (`tenant_id`,`a_id`) REFERENCES `a`(`tenant_id`,`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `a` (
	`tenant_id` integer NOT NULL,
	`id` integer NOT NULL,
	`b_id` integer,
	`v` text DEFAULT 'x',
	PRIMARY KEY(`tenant_id`, `id`),
	FOREIGN KEY (`tenant_id`,`b_id`) REFERENCES `b`(`tenant_id`,`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
INSERT INTO `b`(`tenant_id`,`id`,`a_id`,`v`) SELECT `tenant_id`, `id`, `a_id`, `v` FROM `__old_b`;--> statement-breakpoint
INSERT INTO `a`(`tenant_id`,`id`,`b_id`,`v`) SELECT `tenant_id`, `id`, `b_id`, `v` FROM `__old_a`;--> statement-breakpoint
DROP TABLE `__old_b`;--> statement-breakpoint
DROP TABLE `__old_a`;--> statement-breakpoint
PRAGMA foreign_keys=ON;