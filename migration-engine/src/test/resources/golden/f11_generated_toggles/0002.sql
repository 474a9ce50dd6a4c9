PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_shapes` (
	`id` integer PRIMARY KEY NOT NULL,
	`w` integer,
	`h` integer,
	`area` integer GENERATED ALWAYS AS ("w" * "h") STORED,
	`perim` integer GENERATED ALWAYS AS ("w" + "w" + "h" + "h") VIRTUAL,
	`diag` real GENERATED ALWAYS AS (sqrt("w" * "w" + "h" * "h")) VIRTUAL,
	`tag` text GENERATED ALWAYS AS ('s' || "id") VIRTUAL
);
--> statement-breakpoint
INSERT INTO `__new_shapes`(`id`,`w`,`h`) SELECT `id`, `w`, `h` FROM `shapes`;--> statement-breakpoint
DROP TABLE `shapes`;--> statement-breakpoint
ALTER TABLE `__new_shapes` RENAME TO `shapes`;--> statement-breakpoint
PRAGMA foreign_keys=ON;