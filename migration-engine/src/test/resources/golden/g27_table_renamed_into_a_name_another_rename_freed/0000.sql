CREATE TABLE `select` (
	`c2` integer NOT NULL,
	`c3` text NOT NULL,
	`c1` integer,
	`c4` integer,
	`it's` text,
	`c8` integer GENERATED ALWAYS AS (length("c3")) VIRTUAL,
	PRIMARY KEY(`c2`, `c3`),
	FOREIGN KEY (`c4`,`it's`) REFERENCES `select`(`c2`,`c3`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "ck7" CHECK("it's" IS NOT 'forbidden')
);
--> statement-breakpoint
CREATE INDEX `ix6` ON `select` (`c3`);--> statement-breakpoint
CREATE TABLE `from` (
	`c14` integer NOT NULL,
	`c15` text NOT NULL,
	`c12` numeric,
	`c13` blob,
	`c16` integer,
	`c17` text,
	PRIMARY KEY(`c14`, `c15`),
	FOREIGN KEY (`c16`,`c17`) REFERENCES `select`(`c2`,`c3`) ON UPDATE restrict ON DELETE cascade,
	CONSTRAINT "ck18" CHECK("c14" IS NULL OR "c14" IS NOT -1)
);
--> statement-breakpoint
CREATE TABLE `t22` (
	`id` integer PRIMARY KEY NOT NULL,
	`c23` blob,
	`c24` integer,
	FOREIGN KEY (`c24`) REFERENCES `t22`(`id`) ON UPDATE no action ON DELETE set default,
	CONSTRAINT "ck26" CHECK(length("c24") < 60)
);
--> statement-breakpoint
CREATE INDEX `ix25` ON `t22` (`id`);--> statement-breakpoint
CREATE INDEX `ex27` ON `t22` (lower("id"));--> statement-breakpoint
CREATE VIEW `v11` AS SELECT "c8" AS "a9", "c1" AS "a10" FROM "select" WHERE "it's" IS NOT NULL;--> statement-breakpoint
CREATE VIEW `v21` AS SELECT "c1" AS "a19", "c8" AS "a20" FROM "select";--> statement-breakpoint
CREATE VIEW `v31` AS SELECT "id" AS "a28", "c23" AS "a29", "c24" AS "a30" FROM "t22";