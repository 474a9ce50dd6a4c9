PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `t48` (
	`c51` integer NOT NULL,
	`c52` text NOT NULL,
	`c49` blob NOT NULL,
	`order` real,
	`c53` integer,
	`c54` text,
	PRIMARY KEY(`c51`, `c52`),
	FOREIGN KEY (`order`) REFERENCES `t1`(`c3`) ON UPDATE no action ON DELETE set default,
	CONSTRAINT "ck56" CHECK("c49" IS NOT 'forbidden')
);
--> statement-breakpoint
CREATE INDEX `ex57` ON `t48` (lower("order"));--> statement-breakpoint
CREATE INDEX `ex47` ON `it's` (substr("c16", 1, 3));--> statement-breakpoint
CREATE TABLE `__old_t20` AS SELECT * FROM `t20`;--> statement-breakpoint
DROP TABLE `t20`;--> statement-breakpoint
CREATE TABLE `t20` (
	`id` integer PRIMARY KEY NOT NULL,
	`c21` real,
	`c22` integer,
	`c23` text,
	`c25` numeric,
	`c28` real GENERATED ALWAYS AS (coalesce("c25", "c21")) VIRTUAL,
	FOREIGN KEY (`c25`) REFERENCES `t1`(`c2`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ix27` ON `t20` (`c21`);--> statement-breakpoint
INSERT INTO `t20`(`id`,`c21`,`c22`,`c23`,`c25`) SELECT `id`, `c21`, `c22`, `c23`, `c25` FROM `__old_t20`;--> statement-breakpoint
DROP TABLE `__old_t20`;--> statement-breakpoint
PRAGMA foreign_keys=ON;