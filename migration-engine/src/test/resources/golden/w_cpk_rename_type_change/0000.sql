CREATE TABLE `parent` (
	`region` text,
	`num` integer,
	`amount` integer,
	PRIMARY KEY(`region`, `num`)
);
--> statement-breakpoint
CREATE TABLE `child` (
	`id` integer PRIMARY KEY NOT NULL,
	`p_region` text,
	`p_num` integer,
	FOREIGN KEY (`p_region`,`p_num`) REFERENCES `parent`(`region`,`num`) ON UPDATE cascade ON DELETE cascade
);
