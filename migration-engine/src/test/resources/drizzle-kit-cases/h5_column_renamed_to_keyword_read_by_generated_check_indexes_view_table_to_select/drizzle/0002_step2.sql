PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_select` (
	`id` integer PRIMARY KEY NOT NULL,
	`order` real DEFAULT 0.5 NOT NULL,
	`g` real GENERATED ALWAYS AS ("order" * 10) VIRTUAL,
	CONSTRAINT "items_pos_nonneg" CHECK("__new_select"."order" >= -1)
);
--> statement-breakpoint
INSERT INTO `__new_select`("id", "order", "g") SELECT "id", "order", "g" FROM `select`;--> statement-breakpoint
DROP TABLE `select`;--> statement-breakpoint
ALTER TABLE `__new_select` RENAME TO `select`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `items_pos_partial` ON `select` (`order`) WHERE "select"."order" > 0;--> statement-breakpoint
CREATE INDEX `items_pos_expr` ON `select` (`abs("order" - 5)`);