PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_p3` AS SELECT * FROM `p3`;--> statement-breakpoint
CREATE TABLE `__old_link` AS SELECT * FROM `link`;--> statement-breakpoint
DROP TABLE `link`;--> statement-breakpoint
DROP TABLE `p3`;--> statement-breakpoint
CREATE TABLE `p3` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE `link` (
	`id` integer PRIMARY KEY NOT NULL,
	`a` integer,
	`b` integer,
	`c` integer,
	FOREIGN KEY (`a`) REFERENCES `p1`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`b`) REFERENCES `p2`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`c`) REFERENCES `p3`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
INSERT INTO `p3`(`id`,`v`) SELECT `id`, `v` FROM `__old_p3`;--> statement-breakpoint
INSERT INTO `link`(`id`,`a`,`b`,`c`) SELECT `id`, `a`, `b`, `c` FROM `__old_link`;--> statement-breakpoint
DROP TABLE `__old_p3`;--> statement-breakpoint
DROP TABLE `__old_link`;--> statement-breakpoint
PRAGMA foreign_keys=ON;