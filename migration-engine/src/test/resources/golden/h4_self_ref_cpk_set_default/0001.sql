PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_node` AS SELECT * FROM `node`;--> statement-breakpoint
DROP TABLE `node`;--> statement-breakpoint
CREATE TABLE `node` (
	`t` text NOT NULL,
	`n` integer NOT NULL,
	`pt` text DEFAULT 'root',
	`pn` integer DEFAULT 1,
	PRIMARY KEY(`t`, `n`),
	FOREIGN KEY (`pt`,`pn`) REFERENCES `node`(`t`,`n`) ON UPDATE no action ON DELETE set default
);
--> statement-breakpoint
INSERT INTO `node`(`t`,`n`,`pt`,`pn`) SELECT `t`, `n`, `pt`, `pn` FROM `__old_node`;--> statement-breakpoint
DROP TABLE `__old_node`;--> statement-breakpoint
PRAGMA foreign_keys=ON;