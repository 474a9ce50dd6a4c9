PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_org` (
	`region` text NOT NULL,
	`number` integer NOT NULL,
	`name` text,
	PRIMARY KEY(`region`, `number`)
);
--> statement-breakpoint
INSERT INTO `__new_org`("region", "number", "name") SELECT "region", "number", "name" FROM `org`;--> statement-breakpoint
DROP TABLE `org`;--> statement-breakpoint
ALTER TABLE `__new_org` RENAME TO `org`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `org_name_region_uq` ON `org` (`name`,`region`);--> statement-breakpoint
CREATE TABLE `__new_team` (
	`region` text NOT NULL,
	`org_number` integer NOT NULL,
	`code` text NOT NULL,
	`parent_code` text,
	`org_name` text,
	PRIMARY KEY(`region`, `org_number`, `code`),
	FOREIGN KEY (`region`,`org_number`) REFERENCES `org`(`region`,`number`) ON UPDATE cascade ON DELETE restrict,
	FOREIGN KEY (`region`,`org_number`,`parent_code`) REFERENCES `team`(`region`,`org_number`,`code`) ON UPDATE cascade ON DELETE set null,
	FOREIGN KEY (`org_name`,`region`) REFERENCES `org`(`name`,`region`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_team`("region", "org_number", "code", "parent_code", "org_name") SELECT "region", "org_number", "code", "parent_code", "org_name" FROM `team`;--> statement-breakpoint
DROP TABLE `team`;--> statement-breakpoint
ALTER TABLE `__new_team` RENAME TO `team`;--> statement-breakpoint
CREATE TABLE `__new_member` (
	`id` integer PRIMARY KEY NOT NULL,
	`region` text,
	`org_num` integer,
	`team_code` text,
	FOREIGN KEY (`region`,`org_num`,`team_code`) REFERENCES `team`(`region`,`org_number`,`code`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
INSERT INTO `__new_member`("id", "region", "org_num", "team_code") SELECT "id", "region", "org_num", "team_code" FROM `member`;--> statement-breakpoint
DROP TABLE `member`;--> statement-breakpoint
ALTER TABLE `__new_member` RENAME TO `member`;