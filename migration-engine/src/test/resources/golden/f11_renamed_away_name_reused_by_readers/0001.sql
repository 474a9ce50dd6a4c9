PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP VIEW `amounts`;--> statement-breakpoint
ALTER TABLE `prices` RENAME COLUMN "amount" TO "legacy_amount";--> statement-breakpoint
CREATE TABLE `__old_prices` AS SELECT * FROM `prices`;--> statement-breakpoint
DROP TABLE `prices`;--> statement-breakpoint
CREATE TABLE `prices` (
	`id` integer PRIMARY KEY NOT NULL,
	`legacy_amount` integer,
	`note` text,
	`doubled` integer GENERATED ALWAYS AS ("amount" * 2) VIRTUAL,
	`amount` integer,
	CONSTRAINT "amount_positive" CHECK("amount" is null or "amount" >= 0)
);
--> statement-breakpoint
CREATE INDEX `prices_positive` ON `prices` (`id`) WHERE "amount" > 0;--> statement-breakpoint
INSERT INTO `prices`(`id`,`legacy_amount`,`note`) SELECT `id`, `legacy_amount`, `note` FROM `__old_prices`;--> statement-breakpoint
DROP TABLE `__old_prices`;--> statement-breakpoint
CREATE VIEW `amounts` AS select id, amount from prices;--> statement-breakpoint
PRAGMA foreign_keys=ON;