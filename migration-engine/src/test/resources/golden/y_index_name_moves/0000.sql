CREATE TABLE `a` (
	`id` integer PRIMARY KEY NOT NULL,
	`x` integer,
	`y` text
);
--> statement-breakpoint
CREATE INDEX `shared_idx` ON `a` (`x`);--> statement-breakpoint
CREATE INDEX `a_y_idx` ON `a` (`y`);--> statement-breakpoint
CREATE UNIQUE INDEX `shared_uq` ON `a` (`x`,`y`);--> statement-breakpoint
CREATE TABLE `b` (
	`id` integer PRIMARY KEY NOT NULL,
	`m` integer,
	`n` text
);
