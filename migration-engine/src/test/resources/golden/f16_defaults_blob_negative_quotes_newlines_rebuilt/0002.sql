PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_things` (
	`id` integer PRIMARY KEY NOT NULL,
	`raw` blob DEFAULT x'',
	`neg` integer DEFAULT -9007199254740991 NOT NULL,
	`negr` real DEFAULT -1e-7,
	`quoted` text DEFAULT '""''''',
	`multiline` text DEFAULT '

',
	`sqlish` text DEFAULT '/* not a comment */ -- nor this',
	`kind` text DEFAULT 'DEFAULT'
);
--> statement-breakpoint
INSERT INTO `__new_things`(`id`,`raw`,`neg`,`negr`,`quoted`,`multiline`,`sqlish`,`kind`) SELECT `id`, `raw`, `neg`, `negr`, `quoted`, `multiline`, `sqlish`, `kind` FROM `things`;--> statement-breakpoint
DROP TABLE `things`;--> statement-breakpoint
ALTER TABLE `__new_things` RENAME TO `things`;--> statement-breakpoint
PRAGMA foreign_keys=ON;