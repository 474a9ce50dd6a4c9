PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_docs` (
	`id` integer PRIMARY KEY NOT NULL,
	`a` text DEFAULT '' NOT NULL,
	`b` text,
	`c` integer
);
--> statement-breakpoint
INSERT INTO `__new_docs`(`id`,`a`,`b`,`c`) SELECT `id`, coalesce(`a`, ''), `b`, `c` FROM `docs`;--> statement-breakpoint
DROP TABLE `docs`;--> statement-breakpoint
ALTER TABLE `__new_docs` RENAME TO `docs`;--> statement-breakpoint
CREATE INDEX `docs_a_index` ON `docs` (`c`);--> statement-breakpoint
CREATE UNIQUE INDEX `docs_b_uq` ON `docs` (`a`,`b`);--> statement-breakpoint
CREATE UNIQUE INDEX `docs_c_a_uq` ON `docs` (`c`,`a`);--> statement-breakpoint
PRAGMA foreign_keys=ON;