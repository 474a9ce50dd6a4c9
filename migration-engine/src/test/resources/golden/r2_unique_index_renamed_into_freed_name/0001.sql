PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP INDEX `shared_ix`;--> statement-breakpoint
DROP INDEX `p_ab`;--> statement-breakpoint
CREATE UNIQUE INDEX `shared_ix` ON `p` (`a`,`b`);--> statement-breakpoint
CREATE TABLE `__old_q` AS SELECT * FROM `q`;--> statement-breakpoint
CREATE TABLE `__old_c` AS SELECT * FROM `c`;--> statement-breakpoint
DROP TABLE `c`;--> statement-breakpoint
DROP TABLE `q`;--> statement-breakpoint
CREATE TABLE `q` (
	`id` integer PRIMARY KEY NOT NULL,
	`x` integer
);
--> statement-breakpoint
CREATE INDEX `q_x` ON `q` (`x`);--> statement-breakpoint
CREATE TABLE `c` (
	`id` integer PRIMARY KEY NOT NULL,
	`a` integer,
	`b` text,
	`note` blob,
	FOREIGN KEY (`a`,`b`) REFERENCES `p`(`a`,`b`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `q`(`id`,`x`) SELECT `id`, `x` FROM `__old_q`;--> statement-breakpoint
INSERT INTO `c`(`id`,`a`,`b`,`note`) SELECT `id`, `a`, `b`, `note` FROM `__old_c`;--> statement-breakpoint
DROP TABLE `__old_q`;--> statement-breakpoint
DROP TABLE `__old_c`;--> statement-breakpoint
PRAGMA foreign_keys=ON;