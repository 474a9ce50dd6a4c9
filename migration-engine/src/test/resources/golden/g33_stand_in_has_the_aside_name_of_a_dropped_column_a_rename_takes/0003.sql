PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `t1` RENAME COLUMN "c3" TO "C3";--> statement-breakpoint
ALTER TABLE `we"ird` RENAME COLUMN "c12" TO "C12";--> statement-breakpoint
CREATE TABLE `order` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`c137` real,
	`values` real,
	`from` blob,
	`c139` integer,
	FOREIGN KEY (`from`) REFERENCES `t1`(`C3`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`c139`) REFERENCES `we"ird`(`id`) ON UPDATE no action ON DELETE set default,
	CONSTRAINT "ck140" CHECK(length("id") < 60)
);
--> statement-breakpoint
DROP INDEX `we"ird_c12_unique`;--> statement-breakpoint
ALTER TABLE `we"ird` ADD `c135` integer REFERENCES `t27`(`id`) ON UPDATE no action ON DELETE set null;--> statement-breakpoint
CREATE UNIQUE INDEX `we"ird_C12_unique` ON `we"ird` (`C12`);--> statement-breakpoint
CREATE UNIQUE INDEX `uq132` ON `we"ird` (`c14`,`c15`);--> statement-breakpoint
CREATE INDEX `ix133` ON `t17` (`c25`,`c23`);--> statement-breakpoint
CREATE TABLE `__old_t37` AS SELECT * FROM `t37`;--> statement-breakpoint
DROP TABLE `t37`;--> statement-breakpoint
CREATE TABLE `t37` (
	`code` text PRIMARY KEY NOT NULL,
	`c38` blob NOT NULL,
	`c40` blob,
	`values` integer,
	`c90` integer,
	`c108` blob,
	`c134` integer,
	FOREIGN KEY (`c40`) REFERENCES `t27`(`c29`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`values`) REFERENCES `t27`(`id`) ON UPDATE no action ON DELETE set default,
	FOREIGN KEY (`c90`) REFERENCES `t17`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`c134`) REFERENCES `t1`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "ck42" CHECK("c38" IS NULL OR "c38" IS NOT -1),
	CONSTRAINT "ck78" CHECK(length("values") < 70)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `t37_c38_unique` ON `t37` (`c38`);--> statement-breakpoint
CREATE INDEX `ix41` ON `t37` (`c38`,`values`);--> statement-breakpoint
CREATE INDEX `ex88` ON `t37` (substr("c38", 1, 3)) WHERE "c38" IS NOT NULL;--> statement-breakpoint
INSERT INTO `t37`(`code`,`c38`,`c40`,`values`,`c90`,`c108`) SELECT `code`, `c38`, `c40`, `values`, `c90`, `c108` FROM `__old_t37`;--> statement-breakpoint
DROP TABLE `__old_t37`;--> statement-breakpoint
CREATE VIEW `v142` AS SELECT "c15" AS "a141" FROM "we""ird";--> statement-breakpoint
PRAGMA foreign_keys=ON;