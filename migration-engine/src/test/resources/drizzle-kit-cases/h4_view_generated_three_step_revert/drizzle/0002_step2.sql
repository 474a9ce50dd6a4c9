PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_t` (
	`id` integer PRIMARY KEY NOT NULL,
	`a` integer DEFAULT 1 NOT NULL,
	`b` text,
	`g` integer GENERATED ALWAYS AS ("a" * 2) STORED
);
--> statement-breakpoint
INSERT INTO `__new_t`("id", "a", "b", "g") SELECT "id", "a", "b", "g" FROM `t`;--> statement-breakpoint
DROP TABLE `t`;--> statement-breakpoint
ALTER TABLE `__new_t` RENAME TO `t`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `t_g_idx` ON `t` (`g`);--> statement-breakpoint
DROP VIEW `v`;--> statement-breakpoint
CREATE VIEW `v` AS SELECT "a", "g", "b" FROM "t" WHERE "a" > 0;