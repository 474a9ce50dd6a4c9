ALTER TABLE `org` RENAME TO `company`;--> statement-breakpoint
ALTER TABLE `company` ADD `since` integer DEFAULT 2000;--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_team` (
	`region` text NOT NULL,
	`org_number` integer NOT NULL,
	`code` text NOT NULL,
	`parent_code` text,
	`org_name` text,
	PRIMARY KEY(`region`, `org_number`, `code`),
	FOREIGN KEY (`region`,`org_number`) REFERENCES `company`(`region`,`number`) ON UPDATE cascade ON DELETE restrict,
	FOREIGN KEY (`region`,`org_number`,`parent_code`) REFERENCES `team`(`region`,`org_number`,`code`) ON UPDATE cascade ON DELETE set null,
	FOREIGN KEY (`org_name`,`region`) REFERENCES `company`(`name`,`region`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_team`("region", "org_number", "code", "parent_code", "org_name") SELECT "region", "org_number", "code", "parent_code", "org_name" FROM `team`;--> statement-breakpoint
DROP TABLE `team`;--> statement-breakpoint
ALTER TABLE `__new_team` RENAME TO `team`;--> statement-breakpoint
PRAGMA foreign_keys=ON;