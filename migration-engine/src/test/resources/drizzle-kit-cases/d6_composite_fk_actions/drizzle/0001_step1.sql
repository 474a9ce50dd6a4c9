PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_team` (
	`region` text NOT NULL,
	`org_num` integer NOT NULL,
	`code` text NOT NULL,
	`parent_code` text,
	`org_name` text,
	PRIMARY KEY(`region`, `org_num`, `code`),
	FOREIGN KEY (`region`,`org_num`) REFERENCES `org`(`region`,`num`) ON UPDATE cascade ON DELETE restrict,
	FOREIGN KEY (`region`,`org_num`,`parent_code`) REFERENCES `team`(`region`,`org_num`,`code`) ON UPDATE cascade ON DELETE set null,
	FOREIGN KEY (`org_name`,`region`) REFERENCES `org`(`name`,`region`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_team`("region", "org_num", "code", "parent_code", "org_name") SELECT "region", "org_num", "code", "parent_code", "org_name" FROM `team`;--> statement-breakpoint
DROP TABLE `team`;--> statement-breakpoint
ALTER TABLE `__new_team` RENAME TO `team`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_member` (
	`id` integer PRIMARY KEY NOT NULL,
	`region` text,
	`org_num` integer,
	`team_code` text,
	FOREIGN KEY (`region`,`org_num`,`team_code`) REFERENCES `team`(`region`,`org_num`,`code`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
INSERT INTO `__new_member`("id", "region", "org_num", "team_code") SELECT "id", "region", "org_num", "team_code" FROM `member`;--> statement-breakpoint
DROP TABLE `member`;--> statement-breakpoint
ALTER TABLE `__new_member` RENAME TO `member`;