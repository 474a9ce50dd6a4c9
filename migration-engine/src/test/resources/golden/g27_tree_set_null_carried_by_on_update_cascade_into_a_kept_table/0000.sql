CREATE TABLE `t1` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`c2` integer,
	`c4` blob
);
--> statement-breakpoint
CREATE UNIQUE INDEX `uc3` ON `t1` (`c2`);--> statement-breakpoint
CREATE UNIQUE INDEX `uc6` ON `t1` (`c4`);--> statement-breakpoint
CREATE INDEX `ex7` ON `t1` (("c4" || "id"));--> statement-breakpoint
CREATE TABLE `t8` (
	`c9` real,
	`c10` real,
	`order` integer,
	`c12` real,
	FOREIGN KEY (`c12`) REFERENCES `t8`(`c10`) ON UPDATE cascade ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `uc11` ON `t8` (`c10`);--> statement-breakpoint
CREATE VIEW `v15` AS SELECT "c9" AS "a14" FROM "t8";