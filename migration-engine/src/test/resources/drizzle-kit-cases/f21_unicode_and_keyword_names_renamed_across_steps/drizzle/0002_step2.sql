PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_Grüße & Co` (
	`id` integer PRIMARY KEY NOT NULL,
	`index` integer NOT NULL,
	`to` text,
	`größe` real DEFAULT 0 NOT NULL,
	`naïve name` text,
	CONSTRAINT "group größe ck" CHECK("__new_Grüße & Co"."größe" >= 0)
);
--> statement-breakpoint
INSERT INTO `__new_Grüße & Co`("id", "index", "to", "größe", "naïve name") SELECT "id", "index", "to", "größe", "naïve name" FROM `Grüße & Co`;--> statement-breakpoint
DROP TABLE `Grüße & Co`;--> statement-breakpoint
ALTER TABLE `__new_Grüße & Co` RENAME TO `Grüße & Co`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `group_order_idx` ON `Grüße & Co` (`index`,`to`);--> statement-breakpoint
CREATE TABLE `__new_select` (
	`id` integer PRIMARY KEY NOT NULL,
	`group_id` integer,
	`where` text DEFAULT 'nowhere' NOT NULL,
	FOREIGN KEY (`group_id`) REFERENCES `Grüße & Co`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_select`("id", "group_id", "where") SELECT "id", "group_id", "where" FROM `select`;--> statement-breakpoint
DROP TABLE `select`;--> statement-breakpoint
ALTER TABLE `__new_select` RENAME TO `select`;--> statement-breakpoint
DROP VIEW `view "all"`;--> statement-breakpoint
CREATE VIEW `view "all"` AS SELECT g."index", g."to", s."where" FROM "Grüße & Co" g JOIN "select" s ON s.group_id = g.id;