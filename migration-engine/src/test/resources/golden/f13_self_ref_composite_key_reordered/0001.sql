PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_node` AS SELECT * FROM `node`;--> statement-breakpoint
DROP TABLE `node`;--> statement-breakpoint
CREATE TABLE `node` (
	`org` integer NOT NULL,
	`code` text NOT NULL,
	`parent_code` text,
	PRIMARY KEY(`code`, `org`),
	FOREIGN KEY (`parent_code`,`org`) REFERENCES `node`(`code`,`org`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `node`(`org`,`code`,`parent_code`) SELECT `org`, `code`, `parent_code` FROM `__old_node`;--> statement-breakpoint
DROP TABLE `__old_node`;--> statement-breakpoint
PRAGMA foreign_keys=ON;