PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_t` (
	`id` integer PRIMARY KEY NOT NULL,
	`a` integer,
	`g2` integer GENERATED ALWAYS AS ("g1" * 10) STORED,
	`g1` integer GENERATED ALWAYS AS ("a" + 1) VIRTUAL
);
--> statement-breakpoint
INSERT INTO `__new_t`(`id`,`a`) SELECT `id`, `a` FROM `t`;--> statement-breakpoint
DROP TABLE `t`;--> statement-breakpoint
ALTER TABLE `__new_t` RENAME TO `t`;--> statement-breakpoint
PRAGMA foreign_keys=ON;