PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_we"ird` AS SELECT * FROM `we"ird`;--> statement-breakpoint
CREATE TABLE `__old_t29` AS SELECT * FROM `t29`;--> statement-breakpoint
CREATE TABLE `__old_order` AS SELECT * FROM `order`;--> statement-breakpoint
CREATE TABLE `__old_values` AS SELECT * FROM `values`;--> statement-breakpoint
DROP TABLE `values`;--> statement-breakpoint
DROP TABLE `order`;--> statement-breakpoint
DROP TABLE `t29`;--> statement-breakpoint
CREATE TABLE `t29` (`rowid` integer, `c35` text, `c30` real, `c32` text, `key` text, `c34` text, `select` integer, `c37` integer, `c38` text, PRIMARY KEY(`rowid`,`c35`));--> statement-breakpoint
DROP TABLE `we"ird`;--> statement-breakpoint
DROP TABLE `t29`;--> statement-breakpoint
CREATE TABLE `we"ird` (
	`id` integer PRIMARY KEY NOT NULL,
	`c12` real,
	`c13` integer,
	`c15` integer,
	`c16` real GENERATED ALWAYS AS (coalesce("id", "c15")) VIRTUAL,
	`c82` integer,
	`c83` text,
	`c128` numeric DEFAULT 129 NOT NULL,
	FOREIGN KEY (`c13`) REFERENCES `we"ird`(`id`) ON UPDATE set null ON DELETE restrict,
	FOREIGN KEY (`c15`) REFERENCES `we"ird`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`c82`,`c83`) REFERENCES `t29`(`c160`,`c35`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `ex85` ON `we"ird` (("c15" || "c82"));--> statement-breakpoint
CREATE TABLE `t29` (
	`c160` integer NOT NULL,
	`c35` text NOT NULL,
	`c30` real DEFAULT 31.5,
	`c32` text,
	`key` text DEFAULT (CURRENT_TIMESTAMP),
	`c34` text,
	`select` integer,
	`c37` integer,
	`c38` text,
	PRIMARY KEY(`c160`, `c35`),
	FOREIGN KEY (`select`) REFERENCES `we"ird`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`c37`,`c38`) REFERENCES `t29`(`c160`,`c35`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `ix39` ON `t29` (`c160`,`c30`);--> statement-breakpoint
CREATE UNIQUE INDEX `ix161` ON `t29` (`c34`);--> statement-breakpoint
CREATE TABLE `order` (
	`id` integer PRIMARY KEY NOT NULL,
	`c19` integer DEFAULT (20 + 1) NOT NULL,
	`c23` text DEFAULT (CURRENT_TIMESTAMP),
	`key` integer,
	`c26` integer,
	`c28` text GENERATED ALWAYS AS (lower("c26")) STORED,
	`c81` real DEFAULT 162.5,
	`c131` real,
	FOREIGN KEY (`key`) REFERENCES `order`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `ix27` ON `order` (`c19`);--> statement-breakpoint
CREATE TABLE `values` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`c40` numeric,
	`c41` real DEFAULT 42.5 NOT NULL,
	`c43` integer,
	`c130` integer,
	FOREIGN KEY (`c43`) REFERENCES `order`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
INSERT INTO `we"ird`(`id`,`c12`,`c13`,`c15`,`c82`,`c83`,`c128`) SELECT `id`, `c12`, `c13`, `c15`, `c82`, `c83`, `c128` FROM `__old_we"ird`;--> statement-breakpoint
INSERT INTO `t29`(`c160`,`c35`,`c30`,`c32`,`key`,`c34`,`select`,`c37`,`c38`) SELECT `rowid`, `c35`, `c30`, `c32`, `key`, `c34`, `select`, `c37`, `c38` FROM `__old_t29`;--> statement-breakpoint
INSERT INTO `order`(`id`,`c19`,`c23`,`key`,`c26`,`c81`,`c131`) SELECT `id`, `c19`, `c23`, `key`, `c26`, `c81`, `c131` FROM `__old_order`;--> statement-breakpoint
INSERT INTO `values`(`id`,`c40`,`c41`,`c43`,`c130`) SELECT `id`, `c40`, `c41`, `c43`, `c130` FROM `__old_values`;--> statement-breakpoint
DROP TABLE `__old_we"ird`;--> statement-breakpoint
DROP TABLE `__old_t29`;--> statement-breakpoint
DROP TABLE `__old_order`;--> statement-breakpoint
DROP TABLE `__old_values`;--> statement-breakpoint
DROP TABLE `t1`;--> statement-breakpoint
PRAGMA foreign_keys=ON;