PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `rng` RENAME COLUMN "hi" TO "top";--> statement-breakpoint
ALTER TABLE `rng` RENAME COLUMN "lo" TO "hi";--> statement-breakpoint
CREATE TABLE `__new_rng` (
	`id` integer PRIMARY KEY NOT NULL,
	`hi` real NOT NULL,
	`top` integer NOT NULL,
	`lo` integer DEFAULT -1,
	CONSTRAINT "lo_le_hi" CHECK("hi" <= "top"),
	CONSTRAINT "hi_small" CHECK("top" < 1000),
	CONSTRAINT "lo_neg" CHECK("lo" < 0)
);
--> statement-breakpoint
INSERT INTO `__new_rng`(`id`,`hi`,`top`) SELECT `id`, `hi`, `top` FROM `rng`;--> statement-breakpoint
DROP TABLE `rng`;--> statement-breakpoint
ALTER TABLE `__new_rng` RENAME TO `rng`;--> statement-breakpoint
PRAGMA foreign_keys=ON;