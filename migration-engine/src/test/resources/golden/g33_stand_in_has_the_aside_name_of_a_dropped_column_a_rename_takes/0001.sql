PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `t10` RENAME TO `we"ird`;--> statement-breakpoint
CREATE TABLE `group` (
	`id` integer PRIMARY KEY NOT NULL,
	`order` text,
	`c79` numeric,
	`c80` blob NOT NULL,
	`c82` integer,
	`c83` integer,
	`c84` blob,
	FOREIGN KEY (`c83`) REFERENCES `we"ird`(`id`) ON UPDATE restrict ON DELETE set default,
	FOREIGN KEY (`c84`) REFERENCES `t37`(`c38`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "ck87" CHECK("c84" IS NULL OR "c84" IS NOT -1)
);
--> statement-breakpoint
CREATE INDEX `ix86` ON `group` (`c84`);--> statement-breakpoint
CREATE INDEX `ex88` ON `group` (("c83" || "c79"));--> statement-breakpoint
DROP INDEX `t10_c12_unique`;--> statement-breakpoint
CREATE UNIQUE INDEX `we"ird_c12_unique` ON `we"ird` (`c12`);--> statement-breakpoint
CREATE INDEX `T10` ON `t27` (`c28`);--> statement-breakpoint
CREATE TABLE `__old_t17` AS SELECT * FROM `t17`;--> statement-breakpoint
CREATE TABLE `__old_t27` AS SELECT * FROM `t27`;--> statement-breakpoint
CREATE TABLE `__old_t37` AS SELECT * FROM `t37`;--> statement-breakpoint
DELETE FROM `t27`;--> statement-breakpoint
DROP TABLE `t37`;--> statement-breakpoint
UPDATE sqlite_sequence SET name = '__old_t17' WHERE name = 't17';--> statement-breakpoint
DROP TABLE `t17`;--> statement-breakpoint
CREATE TABLE `t17` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`c18` numeric,
	`c19` integer DEFAULT (89 + 1) NOT NULL,
	`c21` numeric DEFAULT 22 NOT NULL,
	`c23` numeric,
	`c24` blob,
	`c25` blob,
	`c26` text GENERATED ALWAYS AS ("id" || '-' || "c19") STORED,
	FOREIGN KEY (`c24`) REFERENCES `we"ird`(`c12`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`c25`) REFERENCES `we"ird`(`c12`) ON UPDATE cascade ON DELETE set default
);
--> statement-breakpoint
UPDATE sqlite_sequence SET name = 't17' WHERE name = '__old_t17';--> statement-breakpoint
CREATE TABLE `t37` (
	`code` text PRIMARY KEY NOT NULL,
	`c38` blob NOT NULL,
	`c40` blob,
	`values` integer,
	`c90` integer,
	FOREIGN KEY (`c40`) REFERENCES `t27`(`c29`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`values`) REFERENCES `t27`(`id`) ON UPDATE no action ON DELETE set default,
	FOREIGN KEY (`c90`) REFERENCES `t17`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "ck42" CHECK("c38" IS NULL OR "c38" IS NOT -1),
	CONSTRAINT "ck78" CHECK("c38" IS NOT 'forbidden')
);
--> statement-breakpoint
CREATE UNIQUE INDEX `t37_c38_unique` ON `t37` (`c38`);--> statement-breakpoint
CREATE INDEX `ix41` ON `t37` (`c38`,`values`);--> statement-breakpoint
INSERT INTO `t17`(`id`,`c18`,`c19`,`c21`,`c23`,`c24`,`c25`) SELECT `id`, `c18`, `c19`, `c21`, `c23`, `c24`, `c25` FROM `__old_t17`;--> statement-breakpoint
INSERT INTO `t27`(`id`,`c28`,`c29`,`c31`,`c33`,`c34`,`c35`) SELECT `id`,`c28`,`c29`,`c31`,`c33`,`c34`,`c35` FROM `__old_t27`;--> statement-breakpoint
INSERT INTO `t37`(`code`,`c38`,`c40`,`values`) SELECT `code`, `c38`, `c40`, `values` FROM `__old_t37`;--> statement-breakpoint
DROP TABLE `__old_t17`;--> statement-breakpoint
DROP TABLE `__old_t27`;--> statement-breakpoint
DROP TABLE `__old_t37`;--> statement-breakpoint
PRAGMA foreign_keys=ON;