CREATE TABLE `p` (
	`id` integer PRIMARY KEY NOT NULL,
	`a` integer NOT NULL,
	`b` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `p_ab` ON `p` (`a`,`b`);--> statement-breakpoint
CREATE TABLE `q` (
	`id` integer PRIMARY KEY NOT NULL,
	`x` text
);
--> statement-breakpoint
CREATE INDEX `shared_ix` ON `q` (`x`);--> statement-breakpoint
CREATE TABLE `c` (
	`id` integer PRIMARY KEY NOT NULL,
	`a` integer,
	`b` text,
	`note` text,
	FOREIGN KEY (`a`,`b`) REFERENCES `p`(`a`,`b`) ON UPDATE no action ON DELETE cascade
);
