CREATE TABLE `alpha` (
	`id` integer PRIMARY KEY NOT NULL,
	`x` text,
	`y` integer
);
--> statement-breakpoint
CREATE INDEX `ix_one` ON `alpha` (`x`);--> statement-breakpoint
CREATE UNIQUE INDEX `ux_pair` ON `alpha` (`x`,`y`);--> statement-breakpoint
CREATE TABLE `beta` (
	`id` integer PRIMARY KEY NOT NULL,
	`x` text,
	`z` real
);
--> statement-breakpoint
CREATE INDEX `ix_two` ON `beta` (`x`);