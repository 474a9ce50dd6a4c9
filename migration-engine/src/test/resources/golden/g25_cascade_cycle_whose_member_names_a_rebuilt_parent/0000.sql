CREATE TABLE `t1` (
	`code` text PRIMARY KEY NOT NULL,
	`c2` text,
	`c3` integer,
	`my col` blob,
	`c4` numeric,
	`c5` text,
	`c7` text,
	FOREIGN KEY (`c5`) REFERENCES `t1`(`code`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`c7`) REFERENCES `t1`(`code`) ON UPDATE no action ON DELETE set default
);
--> statement-breakpoint
CREATE TABLE `t9` (
	`id` integer PRIMARY KEY NOT NULL,
	`c10` real,
	`c11` numeric,
	`c12` integer,
	`c13` blob,
	`c15` text,
	FOREIGN KEY (`c15`) REFERENCES `t1`(`code`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "ck17" CHECK(length("c13") < 60)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `t9_c11_unique` ON `t9` (`c11`);--> statement-breakpoint
CREATE INDEX `ix16` ON `t9` (`c11`);--> statement-breakpoint
CREATE VIEW `v21` AS SELECT "c10" AS "a18", "c13" AS "a19", "c11" AS "a20" FROM "t9";