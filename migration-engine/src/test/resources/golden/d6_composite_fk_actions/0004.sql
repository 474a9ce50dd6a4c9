PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_company` AS SELECT * FROM `company`;--> statement-breakpoint
CREATE TABLE `__old_team` AS SELECT * FROM `team`;--> statement-breakpoint
CREATE TABLE `__old_member` AS SELECT * FROM `member`;--> statement-breakpoint
UPDATE `team` SET `parent_code` = NULL WHERE `parent_code` IS NOT NULL;--> statement-breakpoint
DELETE FROM `member`;--> statement-breakpoint
DROP TABLE `team`;--> statement-breakpoint
DROP TABLE `company`;--> statement-breakpoint
CREATE TABLE `company` (
	`region` text NOT NULL,
	`number` integer NOT NULL,
	`name` text,
	`since` integer DEFAULT 2000,
	PRIMARY KEY(`number`, `region`)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `org_name_region_uq` ON `company` (`name`,`region`);--> statement-breakpoint
CREATE TABLE `team` (
	`region` text NOT NULL,
	`org_number` integer NOT NULL,
	`code` text NOT NULL,
	`parent_code` text,
	`org_name` text,
	PRIMARY KEY(`region`, `org_number`, `code`),
	FOREIGN KEY (`org_number`,`region`) REFERENCES `company`(`number`,`region`) ON UPDATE cascade ON DELETE restrict,
	FOREIGN KEY (`region`,`org_number`,`parent_code`) REFERENCES `team`(`region`,`org_number`,`code`) ON UPDATE cascade ON DELETE set null,
	FOREIGN KEY (`org_name`,`region`) REFERENCES `company`(`name`,`region`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `company`(`region`,`number`,`name`,`since`) SELECT `region`, `number`, `name`, `since` FROM `__old_company`;--> statement-breakpoint
INSERT INTO `team`(`region`,`org_number`,`code`,`parent_code`,`org_name`) SELECT `region`, `org_number`, `code`, `parent_code`, `org_name` FROM `__old_team`;--> statement-breakpoint
INSERT INTO `member`(`id`,`region`,`org_num`,`team_code`) SELECT `id`,`region`,`org_num`,`team_code` FROM `__old_member`;--> statement-breakpoint
DROP TABLE `__old_company`;--> statement-breakpoint
DROP TABLE `__old_team`;--> statement-breakpoint
DROP TABLE `__old_member`;--> statement-breakpoint
PRAGMA foreign_keys=ON;