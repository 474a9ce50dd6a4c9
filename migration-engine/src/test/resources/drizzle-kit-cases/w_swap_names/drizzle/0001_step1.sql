ALTER TABLE `a` RENAME TO `a_tmp`;--> statement-breakpoint
ALTER TABLE `a_tmp` RENAME COLUMN "x" TO "x_tmp";--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_a_tmp` (
	`id` integer PRIMARY KEY NOT NULL,
	`x_tmp` integer,
	`y` text,
	CONSTRAINT "a_x_pos" CHECK("__new_a_tmp"."x_tmp" > 0)
);
--> statement-breakpoint
INSERT INTO `__new_a_tmp`("id", "x_tmp", "y") SELECT "id", "x_tmp", "y" FROM `a_tmp`;--> statement-breakpoint
DROP TABLE `a_tmp`;--> statement-breakpoint
ALTER TABLE `__new_a_tmp` RENAME TO `a_tmp`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `a_x_idx` ON `a_tmp` (`x_tmp`);--> statement-breakpoint
CREATE TABLE `__new_ca` (
	`id` integer PRIMARY KEY NOT NULL,
	`a_id` integer,
	FOREIGN KEY (`a_id`) REFERENCES `a_tmp`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_ca`("id", "a_id") SELECT "id", "a_id" FROM `ca`;--> statement-breakpoint
DROP TABLE `ca`;--> statement-breakpoint
ALTER TABLE `__new_ca` RENAME TO `ca`;