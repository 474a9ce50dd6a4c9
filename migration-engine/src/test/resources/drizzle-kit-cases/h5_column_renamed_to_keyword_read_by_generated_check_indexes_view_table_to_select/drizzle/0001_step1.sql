ALTER TABLE `items` RENAME TO `select`;--> statement-breakpoint
ALTER TABLE `select` RENAME COLUMN "pos" TO "order";--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_select` (
	`id` integer PRIMARY KEY NOT NULL,
	`order` integer DEFAULT 0 NOT NULL,
	`g` integer GENERATED ALWAYS AS ("order" * 10) STORED,
	CONSTRAINT "items_pos_nonneg" CHECK("__new_select"."order" >= 0)
);
--> statement-breakpoint
INSERT INTO `__new_select`("id", "order", "g") SELECT "id", "order", "g" FROM `select`;--> statement-breakpoint
DROP TABLE `select`;--> statement-breakpoint
ALTER TABLE `__new_select` RENAME TO `select`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `items_pos_partial` ON `select` (`order`) WHERE "select"."order" > 0;--> statement-breakpoint
CREATE INDEX `items_pos_expr` ON `select` (`abs("order" - 5)`);--> statement-breakpoint
DROP VIEW `items_by_pos`;--> statement-breakpoint
CREATE VIEW `items_by_pos` AS SELECT "id", "order", "g" FROM "select" WHERE "order" > 1;