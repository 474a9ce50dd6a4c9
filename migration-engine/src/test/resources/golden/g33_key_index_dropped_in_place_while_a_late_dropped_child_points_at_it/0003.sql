DROP VIEW `v8`;--> statement-breakpoint
DROP VIEW `v32`;--> statement-breakpoint
DROP VIEW `v140`;--> statement-breakpoint
DROP VIEW `v143`;--> statement-breakpoint
ALTER TABLE `select` RENAME TO `Mixed Case`;--> statement-breakpoint
CREATE TABLE `SELECT` (
	`id` integer PRIMARY KEY NOT NULL,
	`c181` text DEFAULT (CURRENT_TIMESTAMP) NOT NULL,
	`c183` integer DEFAULT 184 NOT NULL,
	`we"ird` integer,
	`c186` integer,
	FOREIGN KEY (`we"ird`) REFERENCES `SELECT`(`id`) ON UPDATE no action ON DELETE set default,
	FOREIGN KEY (`c186`) REFERENCES `SELECT`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "ck188" CHECK("c186" IS NOT 'forbidden')
);
--> statement-breakpoint
CREATE INDEX `ix187` ON `SELECT` (`c181`,`c186`) WHERE "c181" IS NOT NULL;--> statement-breakpoint
ALTER TABLE `t9` DROP COLUMN `c10`;--> statement-breakpoint
ALTER TABLE `t80` DROP COLUMN `c88`;--> statement-breakpoint
ALTER TABLE `t80` DROP COLUMN `group`;--> statement-breakpoint
CREATE VIEW `v8` AS SELECT "c2" AS "a5", "c4" AS "a6" FROM "order";--> statement-breakpoint
CREATE VIEW `v32` AS SELECT "c22" AS "a29", "c24" AS "a30" FROM "t18" WHERE "c24" IS NOT NULL;--> statement-breakpoint
CREATE VIEW `v140` AS SELECT "c85" AS "a138" FROM "t80";--> statement-breakpoint
CREATE VIEW `v143` AS SELECT "c22" AS "a141", "c26" AS "a142" FROM "t18" WHERE "c24" IS NOT NULL;--> statement-breakpoint
CREATE VIEW `v192` AS SELECT "id" AS "a189", "c137" AS "a190", "c130" AS "a191" FROM "t129" WHERE "c132" IS NOT NULL;