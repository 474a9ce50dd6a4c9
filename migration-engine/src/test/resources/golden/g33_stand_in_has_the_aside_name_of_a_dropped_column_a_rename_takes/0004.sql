PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_we"ird` AS SELECT * FROM `we"ird`;--> statement-breakpoint
CREATE TABLE `__old_t17` AS SELECT * FROM `t17`;--> statement-breakpoint
CREATE TABLE `__old_t27` AS SELECT * FROM `t27`;--> statement-breakpoint
CREATE TABLE `__old_t37` AS SELECT * FROM `t37`;--> statement-breakpoint
CREATE TABLE `__old_order` AS SELECT * FROM `order`;--> statement-breakpoint
PRAGMA ignore_check_constraints=ON;--> statement-breakpoint
DELETE FROM `t17`;--> statement-breakpoint
DELETE FROM `we"ird`;--> statement-breakpoint
UPDATE sqlite_sequence SET name = '__old_order' WHERE name = 'order';--> statement-breakpoint
DROP TABLE `order`;--> statement-breakpoint
DROP TABLE `t37`;--> statement-breakpoint
DROP TABLE `t27`;--> statement-breakpoint
PRAGMA ignore_check_constraints=OFF;--> statement-breakpoint
CREATE TABLE `t27` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`c29` blob,
	`c31` text DEFAULT '' NOT NULL,
	`c33` blob,
	`c34` integer,
	`c35` integer,
	FOREIGN KEY (`c34`) REFERENCES `t17`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`c35`) REFERENCES `we"ird`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `t27_c29_unique` ON `t27` (`c29`);--> statement-breakpoint
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
	CONSTRAINT "ck42" CHECK("c38" IS NULL OR "c38" IS NOT -1),
	CONSTRAINT "ck78" CHECK(length("values") < 70)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `t37_c38_unique` ON `t37` (`c38`);--> statement-breakpoint
CREATE INDEX `ix41` ON `t37` (`c38`,`values`);--> statement-breakpoint
CREATE INDEX `ex88` ON `t37` (substr("c38", 1, 3)) WHERE "c38" IS NOT NULL;--> statement-breakpoint
CREATE TABLE `order` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`c137` real,
	`values` real,
	`from` blob,
	`c139` integer,
	FOREIGN KEY (`c139`) REFERENCES `we"ird`(`id`) ON UPDATE no action ON DELETE set default,
	CONSTRAINT "ck140" CHECK(length("id") < 60)
);
--> statement-breakpoint
UPDATE sqlite_sequence SET name = 'order' WHERE name = '__old_order';--> statement-breakpoint
INSERT INTO `we"ird`(`id`,`values`,`C12`,`c14`,`c15`,`c16`,`c135`) SELECT `id`,`values`,`C12`,`c14`,`c15`,`c16`,`c135` FROM `__old_we"ird`;--> statement-breakpoint
INSERT INTO `t17`(`id`,`c18`,`c19`,`c21`,`c23`,`c24`,`c25`) SELECT `id`,`c18`,`c19`,`c21`,`c23`,`c24`,`c25` FROM `__old_t17`;--> statement-breakpoint
INSERT INTO `t27`(`id`,`c29`,`c31`,`c33`,`c34`,`c35`) SELECT `id`, `c29`, `c31`, `c33`, `c34`, `c35` FROM `__old_t27`;--> statement-breakpoint
INSERT INTO `t37`(`code`,`c38`,`c40`,`values`,`c90`,`c108`,`c134`) SELECT `code`, `c38`, `c40`, `values`, `c90`, `c108`, `c134` FROM `__old_t37`;--> statement-breakpoint
INSERT INTO `order`(`id`,`c137`,`values`,`from`,`c139`) SELECT `id`, `c137`, `values`, `from`, `c139` FROM `__old_order`;--> statement-breakpoint
DROP TABLE `__old_we"ird`;--> statement-breakpoint
DROP TABLE `__old_t17`;--> statement-breakpoint
DROP TABLE `__old_t27`;--> statement-breakpoint
DROP TABLE `__old_t37`;--> statement-breakpoint
DROP TABLE `__old_order`;--> statement-breakpoint
CREATE TABLE `t172` (
	`c175` integer NOT NULL,
	`c176` text NOT NULL,
	`group` real,
	`c173` numeric DEFAULT 174,
	`c177` text,
	`order` integer,
	PRIMARY KEY(`c175`, `c176`),
	FOREIGN KEY (`c177`) REFERENCES `t37`(`code`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`order`) REFERENCES `order`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "ck178" CHECK(length("c173") < 60)
);
--> statement-breakpoint
DROP TABLE `t1`;--> statement-breakpoint
CREATE UNIQUE INDEX `T1` ON `t172` (`order`);--> statement-breakpoint
PRAGMA foreign_keys=ON;