PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_k` (
	`id` integer PRIMARY KEY NOT NULL,
	`C38` text DEFAULT (CURRENT_TIMESTAMP) NOT NULL
);
--> statement-breakpoint
INSERT INTO `__new_k`(`id`) SELECT `id` FROM `k`;--> statement-breakpoint
DROP TABLE `k`;--> statement-breakpoint
ALTER TABLE `__new_k` RENAME TO `k`;--> statement-breakpoint
DROP TABLE `p`;--> statement-breakpoint
PRAGMA foreign_keys=ON;