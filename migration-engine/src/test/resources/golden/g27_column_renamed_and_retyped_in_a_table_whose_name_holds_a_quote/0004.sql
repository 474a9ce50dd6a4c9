PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP TABLE `we"ird`;--> statement-breakpoint
ALTER TABLE `t50` RENAME COLUMN "c53" TO "we""ird";--> statement-breakpoint
CREATE TABLE `t79` (
	`c82` integer NOT NULL,
	`c83` text NOT NULL,
	`c80` real DEFAULT 81.5 NOT NULL,
	`c90` integer,
	PRIMARY KEY(`c82`, `c83`)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `uc91` ON `t79` (`c90`);--> statement-breakpoint
CREATE INDEX `ix84` ON `t79` (`c82`,`c83`);--> statement-breakpoint
CREATE INDEX `ex85` ON `t79` ("c83" DESC);--> statement-breakpoint
ALTER TABLE `t15` ADD `c77` text REFERENCES `t50`(`code`) ON UPDATE no action ON DELETE restrict;--> statement-breakpoint
CREATE TABLE `__old_t50` AS SELECT * FROM `t50`;--> statement-breakpoint
DROP TABLE `t50`;--> statement-breakpoint
CREATE TABLE `t50` (
	`code` text PRIMARY KEY NOT NULL,
	`key` integer,
	`c51` integer,
	`it's` integer NOT NULL,
	`we"ird` integer GENERATED ALWAYS AS ("code" IS NULL) STORED,
	CONSTRAINT "ck52" CHECK("key" IS NULL OR "key" IS NOT -1)
);
--> statement-breakpoint
CREATE INDEX `ex92` ON `t50` ("it's" COLLATE NOCASE);--> statement-breakpoint
INSERT INTO `t50`(`code`,`key`,`c51`,`it's`) SELECT `code`, `key`, `c51`, coalesce(`it's`, 0) FROM `__old_t50`;--> statement-breakpoint
DROP TABLE `__old_t50`;--> statement-breakpoint
CREATE VIEW `v89` AS SELECT "from" AS "a86", "id" AS "a87", "c16" AS "a88" FROM "t15";--> statement-breakpoint
PRAGMA foreign_keys=ON;