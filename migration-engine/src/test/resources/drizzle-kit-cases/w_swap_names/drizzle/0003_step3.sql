ALTER TABLE `a_tmp` RENAME TO `b`;--> statement-breakpoint
ALTER TABLE `b` RENAME COLUMN "x_tmp" TO "y";--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_b` (
	`id` integer PRIMARY KEY NOT NULL,
	`y` integer DEFAULT 1 NOT NULL,
	`x` text,
	CONSTRAINT "a_x_pos" CHECK("__new_b"."y" > 0)
);
--> statement-breakpoint
INSERT INTO `__new_b`("id", "y", "x") SELECT "id", "y", "x" FROM `b`;--> statement-breakpoint
DROP TABLE `b`;--> statement-breakpoint
ALTER TABLE `__new_b` RENAME TO `b`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `a_x_idx` ON `b` (`y`);--> statement-breakpoint
CREATE TABLE `__new_ca` (
	`id` integer PRIMARY KEY NOT NULL,
	`a_id` integer,
	FOREIGN KEY (`a_id`) REFERENCES `b`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_ca`("id", "a_id") SELECT "id", "a_id" FROM `ca`;--> statement-breakpoint
DROP TABLE `ca`;--> statement-breakpoint
ALTER TABLE `__new_ca` RENAME TO `ca`;