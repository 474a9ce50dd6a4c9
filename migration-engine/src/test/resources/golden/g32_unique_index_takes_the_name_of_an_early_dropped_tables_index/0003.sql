PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP VIEW `v66`;--> statement-breakpoint
CREATE TABLE `t95` (
	`c101` integer NOT NULL,
	`c102` text NOT NULL,
	`c96` integer DEFAULT 97,
	`c98` blob NOT NULL,
	`c100` numeric,
	`my col` numeric,
	`c103` blob,
	`c104` integer,
	`from` integer,
	`c106` text,
	`c107` text GENERATED ALWAYS AS ("my col" || '-' || "c106") STORED,
	`c115` numeric,
	PRIMARY KEY(`c101`, `c102`),
	FOREIGN KEY (`c103`,`c104`) REFERENCES `t54`(`c55`,`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `ex108` ON `t95` ("c107" COLLATE NOCASE) WHERE "c107" IS NOT NULL;--> statement-breakpoint
CREATE TABLE `t116` (
	`code` text PRIMARY KEY NOT NULL,
	`c117` numeric,
	`c118` integer,
	`c120` integer,
	`c122` text GENERATED ALWAYS AS ("c117" || '-' || "c118") STORED,
	FOREIGN KEY (`c118`) REFERENCES `T8`(`id`) ON UPDATE restrict ON DELETE set null,
	FOREIGN KEY (`c120`) REFERENCES `T8`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE TABLE `v66` (
	`code` text PRIMARY KEY NOT NULL,
	`c124` real,
	`c125` blob NOT NULL,
	`c127` integer DEFAULT 128,
	`c129` integer,
	`c130` text,
	FOREIGN KEY (`c129`,`c130`) REFERENCES `t95`(`c101`,`c102`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "ck131" CHECK(length("code") < 60)
);
--> statement-breakpoint
CREATE INDEX `ex132` ON `v66` (lower("c130"));--> statement-breakpoint
ALTER TABLE `values` ADD `group` numeric DEFAULT 112 NOT NULL;--> statement-breakpoint
ALTER TABLE `T8` ADD `c134` text DEFAULT '';--> statement-breakpoint
CREATE INDEX `ex114` ON `values` (("code" || "group"));--> statement-breakpoint
CREATE TABLE `__old_t54` AS SELECT * FROM `t54`;--> statement-breakpoint
DROP TABLE `t54`;--> statement-breakpoint
CREATE TABLE `t54` (
	`id` integer NOT NULL,
	`c55` blob NOT NULL,
	`c57` integer DEFAULT (58 + 1),
	`c59` integer,
	`c60` text,
	`c61` integer,
	`c62` text,
	PRIMARY KEY(`c55`, `id`),
	CONSTRAINT "ck63" CHECK("c62" IS NOT 'forbidden')
);
--> statement-breakpoint
INSERT INTO `t54`(`id`,`c55`,`c57`,`c59`,`c60`,`c61`,`c62`) SELECT `id`, `c55`, `c57`, `c59`, `c60`, `c61`, `c62` FROM `__old_t54`;--> statement-breakpoint
DROP TABLE `__old_t54`;--> statement-breakpoint
DROP TABLE `t23`;--> statement-breakpoint
CREATE VIEW `v113` AS SELECT "c57" AS "a64", "c61" AS "a65" FROM "t54" WHERE "c55" IS NOT NULL;--> statement-breakpoint
CREATE VIEW `v111` AS SELECT "c9" AS "a109", "c53" AS "a110", "c51" AS "a123" FROM "values" WHERE "code" IS NOT NULL;--> statement-breakpoint
CREATE VIEW `T23` AS SELECT "c122" AS "a133" FROM "t116" WHERE "code" IS NOT NULL;--> statement-breakpoint
PRAGMA foreign_keys=ON;