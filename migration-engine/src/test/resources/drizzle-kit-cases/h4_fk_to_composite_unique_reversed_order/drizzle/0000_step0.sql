CREATE TABLE `par` (
	`id` integer PRIMARY KEY NOT NULL,
	`a` integer NOT NULL,
	`b` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `par_ab_uq` ON `par` (`a`,`b`);--> statement-breakpoint
CREATE TABLE `kid` (
	`id` integer PRIMARY KEY NOT NULL,
	`y` text,
	`x` integer,
	FOREIGN KEY (`y`,`x`) REFERENCES `par`(`b`,`a`) ON UPDATE no action ON DELETE cascade
);
