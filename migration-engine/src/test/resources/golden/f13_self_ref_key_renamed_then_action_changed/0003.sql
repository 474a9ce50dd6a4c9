PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `cat` RENAME COLUMN "parent_id" TO "up";--> statement-breakpoint
CREATE TABLE `__old_cat` AS SELECT * FROM `cat`;--> statement-breakpoint
DROP TABLE `cat`;--> statement-breakpoint
CREATE TABLE `cat` (
	`cid` integer PRIMARY KEY NOT NULL,
	`up` integer,
	`name` text,
	`depth` integer DEFAULT 0 NOT NULL,
	`alias_of` integer,
	FOREIGN KEY (`up`) REFERENCES `cat`(`cid`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`alias_of`) REFERENCES `cat`(`cid`) ON UPDATE cascade ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `cat`(`cid`,`up`,`name`,`depth`) SELECT `cid`, `up`, `name`, `depth` FROM `__old_cat`;--> statement-breakpoint
DROP TABLE `__old_cat`;--> statement-breakpoint
PRAGMA foreign_keys=ON;