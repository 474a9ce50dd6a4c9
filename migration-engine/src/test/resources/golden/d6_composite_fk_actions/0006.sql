PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_team` AS SELECT * FROM `team`;--> statement-breakpoint
CREATE TABLE `__old_member` AS SELECT * FROM `member`;--> statement-breakpoint
UPDATE `team` SET `parent_code` = NULL WHERE `parent_code` IS NOT NULL;--> statement-breakpoint
DELETE FROM `member`;--> statement-breakpoint
DROP TABLE `team`;--> statement-breakpoint
CREATE TABLE `team` (
	`region` text NOT NULL,
	`org_number` text NOT NULL,
	`code` text NOT NULL,
	`parent_code` text,
	`org_name` text,
	PRIMARY KEY(`region`, `org_number`, `code`),
	FOREIGN KEY (`org_number`,`region`) REFERENCES `company`(`number`,`region`) ON UPDATE cascade ON DELETE restrict,
	FOREIGN KEY (`org_name`,`region`) REFERENCES `company`(`name`,`region`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `team_code_uq` ON `team` (`region`,`code`,`org_number`);--> statement-breakpoint
INSERT INTO `team`(`region`,`org_number`,`code`,`parent_code`,`org_name`) SELECT `region`, `org_number`, `code`, `parent_code`, `org_name` FROM `__old_team`;--> statement-breakpoint
INSERT INTO `member`(`id`,`region`,`org_num`,`team_code`) SELECT `id`,`region`,`org_num`,`team_code` FROM `__old_member`;--> statement-breakpoint
DROP TABLE `__old_team`;--> statement-breakpoint
DROP TABLE `__old_member`;--> statement-breakpoint
PRAGMA foreign_keys=ON;