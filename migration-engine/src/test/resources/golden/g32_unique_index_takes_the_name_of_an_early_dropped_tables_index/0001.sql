PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP TABLE `t13`;--> statement-breakpoint
ALTER TABLE `t8` RENAME COLUMN "code" TO "c53";--> statement-breakpoint
CREATE TABLE `t54` (
	`id` integer NOT NULL,
	`c55` blob NOT NULL,
	`c57` integer DEFAULT (58 + 1),
	`c59` integer,
	`c60` text,
	`c61` integer,
	`c62` text,
	PRIMARY KEY(`c55`, `id`),
	FOREIGN KEY (`c59`,`c60`) REFERENCES `t23`(`select`,`c24`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`c61`,`c62`) REFERENCES `t23`(`select`,`c24`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "ck63" CHECK("c62" IS NOT 'forbidden')
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ix22` ON `t23` (`select`,`c24`);--> statement-breakpoint
CREATE TABLE `__old_t8` AS SELECT * FROM `t8`;--> statement-breakpoint
CREATE TABLE `__old_t23` AS SELECT * FROM `t23`;--> statement-breakpoint
DELETE FROM `t23`;--> statement-breakpoint
DROP TABLE `t8`;--> statement-breakpoint
CREATE TABLE `t8` (
	`c53` text PRIMARY KEY NOT NULL,
	`c9` real DEFAULT 10.5,
	`c11` integer,
	`c51` integer,
	`code` text,
	FOREIGN KEY (`c11`) REFERENCES `t1`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`c51`) REFERENCES `t1`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `ix12` ON `t8` (`c9`,`c11`);--> statement-breakpoint
INSERT INTO `t8`(`c53`,`c9`,`c11`) SELECT `c53`, `c9`, `c11` FROM `__old_t8`;--> statement-breakpoint
INSERT INTO `t23`(`id`,`select`,`c24`,`c26`) SELECT `id`,`select`,`c24`,`c26` FROM `__old_t23`;--> statement-breakpoint
DROP TABLE `__old_t8`;--> statement-breakpoint
DROP TABLE `__old_t23`;--> statement-breakpoint
CREATE VIEW `v66` AS SELECT "c57" AS "a64", "c61" AS "a65" FROM "t54" WHERE "c55" IS NOT NULL;--> statement-breakpoint
PRAGMA foreign_keys=ON;