PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP VIEW `view "all"`;--> statement-breakpoint
ALTER TABLE `Grüße & Co` RENAME COLUMN "from" TO "to";--> statement-breakpoint
CREATE TABLE `__old_Grüße & Co` AS SELECT * FROM `Grüße & Co`;--> statement-breakpoint
CREATE TABLE `__old_select` AS SELECT * FROM `select`;--> statement-breakpoint
DROP TABLE `select`;--> statement-breakpoint
DROP TABLE `Grüße & Co`;--> statement-breakpoint
CREATE TABLE `Grüße & Co` (
	`id` integer PRIMARY KEY NOT NULL,
	`index` integer NOT NULL,
	`to` text,
	`größe` real DEFAULT 0 NOT NULL,
	`naïve name` text,
	CONSTRAINT "group größe ck" CHECK("größe" >= 0)
);
--> statement-breakpoint
CREATE INDEX `group_order_idx` ON `Grüße & Co` (`index`,`to`);--> statement-breakpoint
CREATE TABLE `select` (
	`id` integer PRIMARY KEY NOT NULL,
	`group_id` integer,
	`where` text DEFAULT 'nowhere' NOT NULL,
	FOREIGN KEY (`group_id`) REFERENCES `Grüße & Co`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `Grüße & Co`(`id`,`index`,`to`,`größe`,`naïve name`) SELECT `id`, `index`, `to`, coalesce(`größe`, 0), `naïve name` FROM `__old_Grüße & Co`;--> statement-breakpoint
INSERT INTO `select`(`id`,`group_id`,`where`) SELECT `id`, `group_id`, coalesce(`where`, 'nowhere') FROM `__old_select`;--> statement-breakpoint
DROP TABLE `__old_Grüße & Co`;--> statement-breakpoint
DROP TABLE `__old_select`;--> statement-breakpoint
CREATE VIEW `view "all"` AS SELECT g."index", g."to", s."where" FROM "Grüße & Co" g JOIN "select" s ON s.group_id = g.id;--> statement-breakpoint
PRAGMA foreign_keys=ON;