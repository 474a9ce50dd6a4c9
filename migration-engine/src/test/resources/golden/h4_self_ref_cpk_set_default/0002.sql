PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `node` RENAME COLUMN "n" TO "num";--> statement-breakpoint
CREATE TABLE `__old_node` AS SELECT * FROM `node`;--> statement-breakpoint
DROP TABLE `node`;--> statement-breakpoint
CREATE TABLE `node` (
	`t` text NOT NULL,
	`num` integer NOT NULL,
	`pt` text DEFAULT 'root',
	`pn` integer DEFAULT 1,
	PRIMARY KEY(`t`, `num`),
	FOREIGN KEY (`pt`,`pn`) REFERENCES `node`(`t`,`num`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
INSERT INTO `node`(`t`,`num`,`pt`,`pn`) SELECT `t`, `num`, `pt`, `pn` FROM `__old_node`;--> statement-breakpoint
DROP TABLE `__old_node`;--> statement-breakpoint
PRAGMA foreign_keys=ON;