PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_company` (
	`region` text NOT NULL,
	`number` text NOT NULL,
	`name` text,
	`since` integer DEFAULT 2000,
	PRIMARY KEY(`number`, `region`)
);
--> statement-breakpoint
INSERT INTO `__new_company`("region", "number", "name", "since") SELECT "region", "number", "name", "since" FROM `company`;--> statement-breakpoint
DROP TABLE `company`;--> statement-breakpoint
ALTER TABLE `__new_company` RENAME TO `company`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `org_name_region_uq` ON `company` (`name`,`region`);--> statement-breakpoint
CREATE TABLE `__new_team` (
	`region` text NOT NULL,
	`org_number` text NOT NULL,
	`code` text NOT NULL,
	`parent_code` text,
	`org_name` text,
	PRIMARY KEY(`region`, `org_number`, `code`),
	FOREIGN KEY (`org_number`,`region`) REFERENCES `company`(`number`,`region`) ON UPDATE cascade ON DELETE restrict,
	FOREIGN KEY (`region`,`org_number`,`parent_code`) REFERENCES `team`(`region`,`org_number`,`code`) ON UPDATE cascade ON DELETE set null,
	FOREIGN KEY (`org_name`,`region`) REFERENCES `company`(`name`,`region`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_team`("region", "org_number", "code", "parent_code", "org_name") SELECT "region", "org_number", "code", "parent_code", "org_name" FROM `team`;--> statement-breakpoint
DROP TABLE `team`;--> statement-breakpoint
ALTER TABLE `__new_team` RENAME TO `team`;--> statement-breakpoint
CREATE TABLE `__new_member` (
	`id` integer PRIMARY KEY NOT NULL,
	`region` text,
	`org_num` text,
	`team_code` text,
	FOREIGN KEY (`region`,`org_num`,`team_code`) REFERENCES `team`(`region`,`org_number`,`code`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
INSERT INTO `__new_member`("id", "region", "org_num", "team_code") SELECT "id", "region", "org_num", "team_code" FROM `member`;--> statement-breakpoint
DROP TABLE `member`;--> statement-breakpoint
ALTER TABLE `__new_member` RENAME TO `member`;