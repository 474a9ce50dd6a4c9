CREATE TABLE `parent` (
	`a` integer,
	`b` text,
	`v` text,
	PRIMARY KEY(`a`, `b`)
);
--> statement-breakpoint
CREATE TABLE `child` (
	`id` integer PRIMARY KEY NOT NULL,
	`pa` integer,
	`pb` text,
	FOREIGN KEY (`pa`,`pb`) REFERENCES `parent`(`a`,`b`) ON UPDATE no action ON DELETE cascade
);
