PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_t` AS SELECT * FROM `t`;--> statement-breakpoint
DROP TABLE `t`;--> statement-breakpoint
CREATE TABLE `t` (
	`id` integer PRIMARY KEY NOT NULL,
	`b` integer,
	`g` integer GENERATED ALWAYS AS ("b" + 2) VIRTUAL
);
--> statement-breakpoint
INSERT INTO `t`(`id`,`b`) SELECT `id`, `b` FROM `__old_t`;--> statement-breakpoint
DROP TABLE `__old_t`;--> statement-breakpoint
PRAGMA foreign_keys=ON;