PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_Mixed Case` AS SELECT * FROM `Mixed Case`;--> statement-breakpoint
CREATE TABLE `__old_from` AS SELECT * FROM `from`;--> statement-breakpoint
DROP TABLE `Mixed Case`;--> statement-breakpoint
DROP TABLE `from`;--> statement-breakpoint
CREATE TABLE `t22` (
	`code` text PRIMARY KEY NOT NULL,
	`values` blob,
	`it's` real,
	`c24` integer,
	`c25` numeric DEFAULT 26,
	`c27` text,
	`c29` numeric,
	`c30` numeric,
	`c33` real GENERATED ALWAYS AS (coalesce("c25", "c24")) STORED,
	FOREIGN KEY (`c27`) REFERENCES `t22`(`code`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`c29`,`c30`) REFERENCES `from`(`c1`,`c3`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `ix32` ON `t22` (`c29`);--> statement-breakpoint
CREATE INDEX `ex34` ON `t22` (lower("c29"));--> statement-breakpoint
CREATE TABLE `Mixed Case` (
	`id` integer PRIMARY KEY NOT NULL,
	`c8` real,
	`c9` numeric DEFAULT 10 NOT NULL,
	`c11` integer,
	`c12` integer,
	`c36` blob,
	`c37` text,
	FOREIGN KEY (`c11`) REFERENCES `Mixed Case`(`id`) ON UPDATE cascade ON DELETE cascade,
	FOREIGN KEY (`c12`) REFERENCES `from`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`c37`) REFERENCES `t22`(`code`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "ck14" CHECK("c8" IS NULL OR "c8" IS NOT -1)
);
--> statement-breakpoint
CREATE TABLE `from` (
	`id` integer PRIMARY KEY NOT NULL,
	`c1` numeric DEFAULT 2,
	`c3` numeric DEFAULT 4 NOT NULL,
	`c5` integer NOT NULL,
	`c7` integer,
	`c35` integer,
	FOREIGN KEY (`c5`) REFERENCES `from`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`c7`) REFERENCES `from`(`id`) ON UPDATE no action ON DELETE set default,
	FOREIGN KEY (`c35`) REFERENCES `Mixed Case`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `uq21` ON `from` (`c1`,`c3`);--> statement-breakpoint
INSERT INTO `Mixed Case`(`id`,`c8`,`c9`,`c11`,`c12`) SELECT `id`, `c8`, `c9`, `c11`, `c12` FROM `__old_Mixed Case`;--> statement-breakpoint
INSERT INTO `from`(`id`,`c1`,`c3`,`c5`,`c7`) SELECT `id`, `c1`, `c3`, coalesce(`c5`, 0), `c7` FROM `__old_from`;--> statement-breakpoint
DROP TABLE `__old_Mixed Case`;--> statement-breakpoint
DROP TABLE `__old_from`;--> statement-breakpoint
PRAGMA foreign_keys=ON;