PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `t48` RENAME TO `t156`;--> statement-breakpoint
CREATE TABLE `__old_t1` AS SELECT * FROM `t1`;--> statement-breakpoint
CREATE TABLE `__old_t20` AS SELECT * FROM `t20`;--> statement-breakpoint
CREATE TABLE `__old_t156` AS SELECT * FROM `t156`;--> statement-breakpoint
DELETE FROM `t156`;--> statement-breakpoint
DROP TABLE `t20`;--> statement-breakpoint
DROP TABLE `t1`;--> statement-breakpoint
CREATE TABLE `t1` (
	`id` integer PRIMARY KEY NOT NULL,
	`c2` numeric,
	`c3` real,
	`c5` integer,
	`c7` numeric,
	`group` integer,
	`c93` text,
	FOREIGN KEY (`c5`) REFERENCES `t1`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`c7`) REFERENCES `t1`(`c2`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "ck8" CHECK("c5" IS NULL OR "c5" IS NOT -1)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `t1_c2_unique` ON `t1` (`c2`);--> statement-breakpoint
CREATE UNIQUE INDEX `uc4` ON `t1` (`c3`);--> statement-breakpoint
CREATE INDEX `ex157` ON `t1` ("c93" DESC);--> statement-breakpoint
CREATE UNIQUE INDEX `uq159` ON `t1` (`c2`,`c3`);--> statement-breakpoint
CREATE TABLE `t20` (
	`id` integer PRIMARY KEY NOT NULL,
	`c21` real,
	`c23` text,
	`c25` numeric NOT NULL,
	`c28` real GENERATED ALWAYS AS (upper("c25")) VIRTUAL,
	`c158` text GENERATED ALWAYS AS (typeof("id")) VIRTUAL,
	FOREIGN KEY (`c25`) REFERENCES `t1`(`c2`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ix27` ON `t20` (`c21`);--> statement-breakpoint
INSERT INTO `t1`(`id`,`c2`,`c3`,`c5`,`c7`,`group`,`c93`) SELECT `id`, `c2`, `c3`, `c5`, `c7`, `group`, `c93` FROM `__old_t1`;--> statement-breakpoint
INSERT INTO `t20`(`id`,`c21`,`c23`,`c25`) SELECT `id`, `c21`, `c23`, coalesce(`c25`, 0) FROM `__old_t20`;--> statement-breakpoint
INSERT INTO `t156`(`c51`,`c52`,`c49`,`order`,`c53`,`c54`) SELECT `c51`,`c52`,`c49`,`order`,`c53`,`c54` FROM `__old_t156`;--> statement-breakpoint
DROP TABLE `__old_t1`;--> statement-breakpoint
DROP TABLE `__old_t20`;--> statement-breakpoint
DROP TABLE `__old_t156`;--> statement-breakpoint
DROP TABLE `it's`;--> statement-breakpoint
PRAGMA foreign_keys=ON;