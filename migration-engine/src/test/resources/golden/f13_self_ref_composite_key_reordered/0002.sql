PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `node` RENAME COLUMN "parent_code" TO "up";--> statement-breakpoint
CREATE TABLE `__old_node` AS SELECT * FROM `node`;--> statement-breakpoint
DROP TABLE `node`;--> statement-breakpoint
CREATE TABLE `node` (
	`org` integer NOT NULL,
	`code` text NOT NULL,
	`up` text,
	PRIMARY KEY(`code`, `org`),
	FOREIGN KEY (`up`,`org`) REFERENCES `node`(`code`,`org`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
INSERT INTO `node`(`org`,`code`,`up`) SELECT `org`, `code`, `up` FROM `__old_node`;--> statement-breakpoint
DROP TABLE `__old_node`;--> statement-breakpoint
PRAGMA foreign_keys=ON;