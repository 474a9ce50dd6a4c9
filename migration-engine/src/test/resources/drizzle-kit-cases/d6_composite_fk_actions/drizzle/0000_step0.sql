CREATE TABLE `org` (
	`region` text NOT NULL,
	`num` integer NOT NULL,
	`name` text,
	PRIMARY KEY(`region`, `num`)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `org_name_region_uq` ON `org` (`name`,`region`);--> statement-breakpoint
CREATE TABLE `team` (
	`region` text NOT NULL,
	`org_num` integer NOT NULL,
	`code` text NOT NULL,
	`parent_code` text,
	`org_name` text,
	PRIMARY KEY(`region`, `org_num`, `code`),
	FOREIGN KEY (`region`,`org_num`) REFERENCES `org`(`region`,`num`) ON UPDATE cascade ON DELETE cascade,
	FOREIGN KEY (`region`,`org_num`,`parent_code`) REFERENCES `team`(`region`,`org_num`,`code`) ON UPDATE cascade ON DELETE set null,
	FOREIGN KEY (`org_name`,`region`) REFERENCES `org`(`name`,`region`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `member` (
	`id` integer PRIMARY KEY NOT NULL,
	`region` text,
	`org_num` integer,
	`team_code` text,
	FOREIGN KEY (`region`,`org_num`,`team_code`) REFERENCES `team`(`region`,`org_num`,`code`) ON UPDATE cascade ON DELETE restrict
);
