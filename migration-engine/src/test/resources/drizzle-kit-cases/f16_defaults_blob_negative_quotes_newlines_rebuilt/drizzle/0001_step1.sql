PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_things` (
	`id` integer PRIMARY KEY NOT NULL,
	`raw` blob DEFAULT X'00FF10',
	`neg` integer DEFAULT -42 NOT NULL,
	`negr` real DEFAULT -0.125,
	`quoted` text DEFAULT 'it''s "quoted"',
	`multiline` text DEFAULT 'line one
line two	tabbed \ back',
	`sqlish` text DEFAULT '''); DROP TABLE things; --',
	`kind` text
);
--> statement-breakpoint
INSERT INTO `__new_things`("id", "raw", "neg", "negr", "quoted", "multiline", "sqlish", "kind") SELECT "id", "raw", "neg", "negr", "quoted", "multiline", "sqlish", "kind" FROM `things`;--> statement-breakpoint
DROP TABLE `things`;--> statement-breakpoint
ALTER TABLE `__new_things` RENAME TO `things`;--> statement-breakpoint
PRAGMA foreign_keys=ON;