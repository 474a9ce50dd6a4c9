CREATE TABLE `par` (
	`a` integer NOT NULL,
	`b` integer NOT NULL,
	`c` text NOT NULL,
	`d` text NOT NULL,
	PRIMARY KEY(`a`, `b`)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `par_cd_uq` ON `par` (`c`,`d`);--> statement-breakpoint
CREATE TABLE `alt` (
	`c` text NOT NULL,
	`d` text NOT NULL,
	PRIMARY KEY(`c`, `d`)
);
--> statement-breakpoint
CREATE TABLE `kid` (
	`id` integer PRIMARY KEY NOT NULL,
	`x` integer,
	`y` integer,
	FOREIGN KEY (`x`,`y`) REFERENCES `par`(`a`,`b`) ON UPDATE no action ON DELETE cascade
);
