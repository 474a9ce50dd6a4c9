CREATE TABLE `t1` (
	`id` integer PRIMARY KEY NOT NULL,
	`c2` numeric,
	`c3` real,
	`c5` integer,
	`c7` numeric,
	FOREIGN KEY (`c5`) REFERENCES `t1`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`c7`) REFERENCES `t1`(`c2`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "ck8" CHECK("c5" IS NULL OR "c5" IS NOT -1)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `t1_c2_unique` ON `t1` (`c2`);--> statement-breakpoint
CREATE UNIQUE INDEX `uc4` ON `t1` (`c3`);--> statement-breakpoint
CREATE TABLE `it's` (
	`c14` integer NOT NULL,
	`c15` text NOT NULL,
	`it's` numeric DEFAULT 11 NOT NULL,
	`c12` real DEFAULT 13.5 NOT NULL,
	`c16` real,
	`c18` integer,
	`c19` text,
	PRIMARY KEY(`c14`, `c15`),
	FOREIGN KEY (`c16`) REFERENCES `t1`(`c3`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`c18`,`c19`) REFERENCES `it's`(`c14`,`c15`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `t20` (
	`id` integer PRIMARY KEY NOT NULL,
	`c21` real,
	`c22` integer,
	`c23` text,
	`c25` numeric,
	`c28` real GENERATED ALWAYS AS (coalesce("c25", "c21")) VIRTUAL,
	FOREIGN KEY (`c22`,`c23`) REFERENCES `it's`(`c14`,`c15`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`c25`) REFERENCES `t1`(`c2`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ix27` ON `t20` (`c21`);--> statement-breakpoint
CREATE VIEW `v10` AS SELECT "c5" AS "a9" FROM "t1";