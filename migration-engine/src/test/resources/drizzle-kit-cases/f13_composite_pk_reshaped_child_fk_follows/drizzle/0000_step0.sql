CREATE TABLE `p` (
	`a` integer NOT NULL,
	`b` text NOT NULL,
	`c` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`a`, `b`)
);
--> statement-breakpoint
CREATE TABLE `ch` (
	`id` integer PRIMARY KEY NOT NULL,
	`pa` integer,
	`pb` text,
	FOREIGN KEY (`pa`,`pb`) REFERENCES `p`(`a`,`b`) ON UPDATE no action ON DELETE cascade
);
