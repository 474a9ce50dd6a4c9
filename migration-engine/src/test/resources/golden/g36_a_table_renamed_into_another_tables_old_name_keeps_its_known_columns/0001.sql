PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `order` (
	`c54` blob,
	`c57` blob,
	`from` numeric,
	`c59` blob,
	`c61` integer,
	FOREIGN KEY (`c61`) REFERENCES `we"ird`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `uc56` ON `order` (`c54`);--> statement-breakpoint
CREATE UNIQUE INDEX `order_from_unique` ON `order` (`from`);--> statement-breakpoint
CREATE UNIQUE INDEX `ix62` ON `order` (`c54`,`from`);--> statement-breakpoint
CREATE TABLE `__old_Mixed Case` AS SELECT * FROM `Mixed Case`;--> statement-breakpoint
DROP TABLE `Mixed Case`;--> statement-breakpoint
CREATE TABLE `Mixed Case` (
	`id` integer PRIMARY KEY NOT NULL,
	`c31` real DEFAULT 32.5,
	`c33` text,
	`c34` blob,
	`c35` integer,
	`c37` text,
	`c40` integer GENERATED ALWAYS AS ("id" IS NULL) STORED,
	FOREIGN KEY (`c35`) REFERENCES `t14`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "ck39" CHECK("c31" IS NOT 'forbidden')
);
--> statement-breakpoint
CREATE UNIQUE INDEX `uc66` ON `Mixed Case` (`c31`);--> statement-breakpoint
CREATE INDEX `ix38` ON `Mixed Case` (`c35`,`c37`);--> statement-breakpoint
INSERT INTO `Mixed Case`(`id`,`c31`,`c33`,`c34`,`c35`,`c37`) SELECT `id`, `c31`, `c33`, `c34`, `c35`, `c37` FROM `__old_Mixed Case`;--> statement-breakpoint
DROP TABLE `__old_Mixed Case`;--> statement-breakpoint
DROP TABLE `t8`;--> statement-breakpoint
CREATE VIEW `v64` AS SELECT "from" AS "a63", "c18" AS "a67" FROM "t14";--> statement-breakpoint
PRAGMA foreign_keys=ON;