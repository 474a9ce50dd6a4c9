ALTER TABLE `b` RENAME TO `a`;--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_a_tmp` (
	`id` integer PRIMARY KEY NOT NULL,
	`x_tmp` integer DEFAULT 1 NOT NULL,
	`x` text,
	CONSTRAINT "a_x_pos" CHECK("__new_a_tmp"."x_tmp" > 0)
);
--> statement-breakpoint
INSERT INTO `__new_a_tmp`("id", "x_tmp", "x") SELECT "id", "x_tmp", "x" FROM `a_tmp`;--> statement-breakpoint
DROP TABLE `a_tmp`;--> statement-breakpoint
ALTER TABLE `__new_a_tmp` RENAME TO `a_tmp`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `a_x_idx` ON `a_tmp` (`x_tmp`);--> statement-breakpoint
CREATE TABLE `__new_cb` (
	`id` integer PRIMARY KEY NOT NULL,
	`b_id` integer,
	FOREIGN KEY (`b_id`) REFERENCES `a`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
INSERT INTO `__new_cb`("id", "b_id") SELECT "id", "b_id" FROM `cb`;--> statement-breakpoint
DROP TABLE `cb`;--> statement-breakpoint
ALTER TABLE `__new_cb` RENAME TO `cb`;