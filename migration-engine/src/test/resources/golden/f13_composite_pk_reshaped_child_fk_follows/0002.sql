PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_p` AS SELECT * FROM `p`;--> statement-breakpoint
CREATE TABLE `__old_ch` AS SELECT * FROM `ch`;--> statement-breakpoint
DROP TABLE `ch`;--> statement-breakpoint
DROP TABLE `p`;--> statement-breakpoint
CREATE TABLE `p` (
	`a` integer NOT NULL,
	`b` text NOT NULL,
	`c` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`a`, `b`, `c`)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `p_a_b_uq` ON `p` (`a`,`b`);--> statement-breakpoint
CREATE TABLE `ch` (
	`id` integer PRIMARY KEY NOT NULL,
	`pa` integer,
	`pb` text,
	FOREIGN KEY (`pa`,`pb`) REFERENCES `p`(`a`,`b`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
INSERT INTO `p`(`a`,`b`,`c`) SELECT `a`, `b`, `c` FROM `__old_p`;--> statement-breakpoint
INSERT INTO `ch`(`id`,`pa`,`pb`) SELECT `id`, `pa`, `pb` FROM `__old_ch`;--> statement-breakpoint
DROP TABLE `__old_p`;--> statement-breakpoint
DROP TABLE `__old_ch`;--> statement-breakpoint
PRAGMA foreign_keys=ON;