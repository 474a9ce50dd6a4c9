PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_select` AS SELECT * FROM `select`;--> statement-breakpoint
DROP TABLE `select`;--> statement-breakpoint
CREATE TABLE `select` (
	`id` integer PRIMARY KEY NOT NULL,
	`order` real DEFAULT 0.5 NOT NULL,
	`g` real GENERATED ALWAYS AS ("order" * 10) VIRTUAL,
	CONSTRAINT "items_pos_nonneg" CHECK("order" >= -1)
);
--> statement-breakpoint
CREATE INDEX `items_pos_partial` ON `select` (`order`) WHERE "order" > 0;--> statement-breakpoint
CREATE INDEX `items_pos_expr` ON `select` (abs("order" - 5));--> statement-breakpoint
INSERT INTO `select`(`id`,`order`) SELECT `id`, `order` FROM `__old_select`;--> statement-breakpoint
DROP TABLE `__old_select`;--> statement-breakpoint
PRAGMA foreign_keys=ON;