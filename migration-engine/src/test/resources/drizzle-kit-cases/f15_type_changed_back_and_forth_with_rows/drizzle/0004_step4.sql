PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_p` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` numeric,
	`w` text DEFAULT 'w'
);
--> statement-breakpoint
INSERT INTO `__new_p`("id", "v", "w") SELECT "id", "v", "w" FROM `p`;--> statement-breakpoint
DROP TABLE `p`;--> statement-breakpoint
ALTER TABLE `__new_p` RENAME TO `p`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `p_v_idx` ON `p` (`v`);