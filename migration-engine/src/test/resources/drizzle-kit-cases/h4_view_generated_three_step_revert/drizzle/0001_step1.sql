PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_t` (
	`id` integer PRIMARY KEY NOT NULL,
	`amount` real DEFAULT 1 NOT NULL,
	`c` text,
	`g` real GENERATED ALWAYS AS ("amount" * 3) VIRTUAL
);
--> statement-breakpoint
INSERT INTO `__new_t`("id", "amount", "c", "g") SELECT "id", "amount", "c", "g" FROM `t`;--> statement-breakpoint
DROP TABLE `t`;--> statement-breakpoint
ALTER TABLE `__new_t` RENAME TO `t`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `t_g_idx` ON `t` (`g`);--> statement-breakpoint
DROP VIEW `v`;--> statement-breakpoint
CREATE VIEW `v` AS SELECT "amount", "g", "c" FROM "t" WHERE "c" IS NOT NULL;