PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP VIEW `items_by_pos`;--> statement-breakpoint
ALTER TABLE `items` RENAME TO `select`;--> statement-breakpoint
ALTER TABLE `select` RENAME COLUMN "pos" TO "order";--> statement-breakpoint
CREATE TABLE `__old_select` AS SELECT * FROM `select`;--> statement-breakpoint
DROP TABLE `select`;--> statement-breakpoint
CREATE TABLE `select` (
	`id` integer PRIMARY KEY NOT NULL,
	`order` integer DEFAULT 0 NOT NULL,
	`g` integer GENERATED ALWAYS AS ("order" * 10) STORED,
	CONSTRAINT "items_pos_nonneg" CHECK("order" >= 0)
);
--> statement-breakpoint
CREATE INDEX `items_pos_partial` ON `select` (`order`) WHERE "order" > 0;--> statement-breakpoint
CREATE INDEX `items_pos_expr` ON `select` (abs("order" - 5));--> statement-breakpoint
INSERT INTO `select`(`id`,`order`) SELECT `id`, `order` FROM `__old_select`;--> statement-breakpoint
DROP TABLE `__old_select`;--> statement-breakpoint
CREATE VIEW `items_by_pos` AS SELECT "id", "order", "g" FROM "select" WHERE "order" > 1;--> statement-breakpoint
PRAGMA foreign_keys=ON;