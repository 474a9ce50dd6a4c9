PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_node` AS SELECT * FROM `node`;--> statement-breakpoint
CREATE TABLE `__old_cat` AS SELECT * FROM `cat`;--> statement-breakpoint
UPDATE `cat` SET `up` = `id` WHERE `tenant_id` IS NOT NULL AND `up` IS NOT NULL;--> statement-breakpoint
UPDATE `node` SET `parent_id` = NULL WHERE `parent_id` IS NOT NULL;--> statement-breakpoint
DROP TABLE `cat`;--> statement-breakpoint
DROP TABLE `node`;--> statement-breakpoint
CREATE TABLE `node` (
	`tenant_id` integer NOT NULL,
	`id` integer NOT NULL,
	`parent_id` integer,
	`label` text DEFAULT 'x',
	PRIMARY KEY(`tenant_id`, `id`),
	FOREIGN KEY (`tenant_id`) REFERENCES `tenant`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`tenant_id`,`parent_id`) REFERENCES `node`(`tenant_id`,`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `cat` (
	`tenant_id` integer NOT NULL,
	`id` integer NOT NULL,
	`up` integer DEFAULT 1 NOT NULL,
	PRIMARY KEY(`tenant_id`, `id`),
	FOREIGN KEY (`tenant_id`,`up`) REFERENCES `cat`(`tenant_id`,`id`) ON UPDATE no action ON DELETE set default
);
--> statement-breakpoint
INSERT INTO `node`(`tenant_id`,`id`,`parent_id`,`label`) SELECT `tenant_id`, `id`, `parent_id`, `label` FROM `__old_node`;--> statement-breakpoint
INSERT INTO `cat`(`tenant_id`,`id`,`up`) SELECT `tenant_id`, `id`, `up` FROM `__old_cat`;--> statement-breakpoint
DROP TABLE `__old_node`;--> statement-breakpoint
DROP TABLE `__old_cat`;--> statement-breakpoint
PRAGMA foreign_keys=ON;