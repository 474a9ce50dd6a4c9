PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_things` (
	`id` integer PRIMARY KEY NOT NULL,
	`raw` blob,
	`neg` integer DEFAULT 0 NOT NULL,
	`negr` real,
	`quoted` text,
	`multiline` text,
	`sqlish` text,
	`kind` text
);
--> statement-breakpoint
INSERT INTO `__new_things`(`id`,`raw`,`neg`,`negr`,`quoted`,`multiline`,`sqlish`,`kind`) SELECT `id`, `raw`, `neg`, `negr`, `quoted`, `multiline`, `sqlish`, `kind` FROM `things`;--> statement-breakpoint
DROP TABLE `things`;--> statement-breakpoint
ALTER TABLE `__new_things` RENAME TO `things`;--> statement-breakpoint
PRAGMA foreign_keys=ON;