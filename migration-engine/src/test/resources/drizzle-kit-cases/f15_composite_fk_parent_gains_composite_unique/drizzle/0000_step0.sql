CREATE TABLE `sites` (
	`org` integer NOT NULL,
	`num` integer NOT NULL,
	`code` text,
	`region` text,
	PRIMARY KEY(`org`, `num`)
);
--> statement-breakpoint
CREATE TABLE `visits` (
	`id` integer PRIMARY KEY NOT NULL,
	`site_org` integer,
	`site_num` integer,
	FOREIGN KEY (`site_org`,`site_num`) REFERENCES `sites`(`org`,`num`) ON UPDATE no action ON DELETE cascade
);
