PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_b` AS SELECT * FROM `b`;--> statement-breakpoint
CREATE TABLE `__old_c` AS SELECT * FROM `c`;--> statement-breakpoint
DELETE FROM `c`;--> statement-breakpoint
DROP TABLE `b`;--> statement-breakpoint
CREATE TABLE `b` (
	`id` integer PRIMARY KEY NOT NULL,
	`a_id` integer NOT NULL,
	`y` integer,
	FOREIGN KEY (`a_id`) REFERENCES `a`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `b`(`id`,`a_id`,`y`) SELECT `id`, `a_id`, `y` FROM `__old_b`;--> statement-breakpoint
INSERT INTO `c`(`id`,`b_id`,`z`) SELECT `id`,`b_id`,`z` FROM `__old_c`;--> statement-breakpoint
DROP TABLE `__old_b`;--> statement-breakpoint
DROP TABLE `__old_c`;--> statement-breakpoint
PRAGMA foreign_keys=ON;