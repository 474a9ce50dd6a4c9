PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `order_lines` RENAME TO `lines`;--> statement-breakpoint
CREATE TABLE `__new_lines` (
	`id` integer PRIMARY KEY NOT NULL,
	`quantity` integer NOT NULL,
	`unit_price` real,
	`note` text DEFAULT '-' NOT NULL,
	CONSTRAINT "qty_ok" CHECK("quantity" >= 0),
	CONSTRAINT "note_short" CHECK(length("note") < 20)
);
--> statement-breakpoint
INSERT INTO `__new_lines`(`id`,`quantity`,`unit_price`,`note`) SELECT `id`, `quantity`, `unit_price`, `note` FROM `lines`;--> statement-breakpoint
DROP TABLE `lines`;--> statement-breakpoint
ALTER TABLE `__new_lines` RENAME TO `lines`;--> statement-breakpoint
PRAGMA foreign_keys=ON;