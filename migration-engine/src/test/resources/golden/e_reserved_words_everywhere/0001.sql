PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `from` RENAME TO `join`;--> statement-breakpoint
ALTER TABLE `select` RENAME COLUMN "group" TO "having";--> statement-breakpoint
CREATE TABLE `__old_select` AS SELECT * FROM `select`;--> statement-breakpoint
CREATE TABLE `__old_join` AS SELECT * FROM `join`;--> statement-breakpoint
DELETE FROM `join`;--> statement-breakpoint
DROP TABLE `select`;--> statement-breakpoint
CREATE TABLE `select` (
	`order` integer PRIMARY KEY NOT NULL,
	`having` text,
	`limit` real,
	`default` text DEFAULT 'default',
	CONSTRAINT "check" CHECK("limit" IS NULL OR "limit" < 1000)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `index` ON `select` (`having`) WHERE "limit" > 0 AND "default" <> 'null';--> statement-breakpoint
INSERT INTO `select`(`order`,`having`,`limit`,`default`) SELECT `order`, `having`, `limit`, `default` FROM `__old_select`;--> statement-breakpoint
INSERT INTO `join`(`values`,`on`,`primary`) SELECT `values`,`on`,`primary` FROM `__old_join`;--> statement-breakpoint
DROP TABLE `__old_select`;--> statement-breakpoint
DROP TABLE `__old_join`;--> statement-breakpoint
PRAGMA foreign_keys=ON;