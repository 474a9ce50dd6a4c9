PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `we"ird` ADD `c184` blob REFERENCES `order`(`c54`) ON UPDATE no action ON DELETE no action;--> statement-breakpoint
ALTER TABLE `t14` ADD `order` text DEFAULT 'd185';--> statement-breakpoint
ALTER TABLE `t14` ADD `c186` integer GENERATED ALWAYS AS (length("order")) VIRTUAL;--> statement-breakpoint
CREATE TABLE `__old_t133` AS SELECT * FROM `t133`;--> statement-breakpoint
DROP TABLE `t133`;--> statement-breakpoint
CREATE TABLE `t133` (
	`id` integer PRIMARY KEY NOT NULL,
	`c134` text,
	`c135` numeric DEFAULT 136 NOT NULL,
	`c137` numeric,
	`c138` integer,
	`c139` integer,
	`c141` blob,
	`c143` text GENERATED ALWAYS AS (upper("c138")) STORED,
	FOREIGN KEY (`c139`) REFERENCES `we"ird`(`id`) ON UPDATE no action ON DELETE set default
);
--> statement-breakpoint
CREATE INDEX `ix142` ON `t133` (`c141`);--> statement-breakpoint
INSERT INTO `t133`(`id`,`c134`,`c135`,`c137`,`c138`,`c139`,`c141`) SELECT `id`, `c134`, `c135`, `c137`, `c138`, `c139`, `c141` FROM `__old_t133`;--> statement-breakpoint
DROP TABLE `__old_t133`;--> statement-breakpoint
PRAGMA foreign_keys=ON;