PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `select` ADD `c118` text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE TABLE `__old_t22` AS SELECT * FROM `t22`;--> statement-breakpoint
CREATE TABLE `__old_t55` AS SELECT * FROM `t55`;--> statement-breakpoint
PRAGMA ignore_check_constraints=ON;--> statement-breakpoint
DROP TABLE `t22`;--> statement-breakpoint
DROP TABLE `t55`;--> statement-breakpoint
PRAGMA ignore_check_constraints=OFF;--> statement-breakpoint
CREATE TABLE `t22` (
	`c48` integer PRIMARY KEY NOT NULL,
	`c23` blob,
	`c24` integer,
	`id` real DEFAULT 117.5,
	FOREIGN KEY (`c24`) REFERENCES `t22`(`c48`) ON UPDATE no action ON DELETE set default,
	CONSTRAINT "ck26" CHECK(length("c24") < 60),
	CONSTRAINT "ck81" CHECK(length("c48") < 60)
);
--> statement-breakpoint
CREATE INDEX `ix25` ON `t22` (`c48`);--> statement-breakpoint
CREATE INDEX `ex27` ON `t22` (lower("c48"));--> statement-breakpoint
CREATE TABLE `t55` (
	`id` integer NOT NULL,
	`c56` text PRIMARY KEY NOT NULL,
	`c58` numeric DEFAULT 59 NOT NULL,
	`c60` integer,
	`c61` blob,
	CONSTRAINT "ck62" CHECK("c58" IS NOT 'forbidden')
);
--> statement-breakpoint
CREATE INDEX `ix82` ON `t55` (`c60`);--> statement-breakpoint
INSERT INTO `t22`(`c48`,`c23`,`c24`,`id`) SELECT `c48`, `c23`, `c24`, `id` FROM `__old_t22`;--> statement-breakpoint
INSERT INTO `t55`(`id`,`c56`,`c58`,`c60`,`c61`) SELECT `id`, coalesce(`c56`, ''), `c58`, `c60`, `c61` FROM `__old_t55`;--> statement-breakpoint
DROP TABLE `__old_t22`;--> statement-breakpoint
DROP TABLE `__old_t55`;--> statement-breakpoint
PRAGMA foreign_keys=ON;