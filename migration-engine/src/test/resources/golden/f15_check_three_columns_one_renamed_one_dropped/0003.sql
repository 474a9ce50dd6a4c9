PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_ranges` (
	`id` integer PRIMARY KEY NOT NULL,
	`start` integer NOT NULL,
	`stride` integer DEFAULT 1 NOT NULL,
	`note` text,
	CONSTRAINT "ranges_fit" CHECK("start" + "stride" <= 1000),
	CONSTRAINT "ranges_step_positive" CHECK("stride" > 0 and "start" >= 0 and ("note" is null or length("note") < 20))
);
--> statement-breakpoint
INSERT INTO `__new_ranges`(`id`,`start`,`stride`,`note`) SELECT `id`, `start`, `stride`, `note` FROM `ranges`;--> statement-breakpoint
DROP TABLE `ranges`;--> statement-breakpoint
ALTER TABLE `__new_ranges` RENAME TO `ranges`;--> statement-breakpoint
PRAGMA foreign_keys=ON;