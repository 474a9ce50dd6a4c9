CREATE TABLE `items` (
	`id` integer PRIMARY KEY NOT NULL,
	`pos` integer DEFAULT 0 NOT NULL,
	`g` integer GENERATED ALWAYS AS ("pos" * 10) STORED,
	CONSTRAINT "items_pos_nonneg" CHECK("pos" >= 0)
);
--> statement-breakpoint
CREATE INDEX `items_pos_partial` ON `items` (`pos`) WHERE "pos" > 0;--> statement-breakpoint
CREATE INDEX `items_pos_expr` ON `items` (abs("pos" - 5));--> statement-breakpoint
CREATE VIEW `items_by_pos` AS SELECT "id", "pos", "g" FROM "items" WHERE "pos" > 1;