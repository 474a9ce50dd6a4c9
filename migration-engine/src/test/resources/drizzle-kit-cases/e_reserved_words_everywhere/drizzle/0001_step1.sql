ALTER TABLE `from` RENAME TO `join`;--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_join` (
	`values` integer PRIMARY KEY NOT NULL,
	`on` integer,
	`primary` text,
	FOREIGN KEY (`on`) REFERENCES `select`(`order`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_join`("values", "on", "primary") SELECT "values", "on", "primary" FROM `join`;--> statement-breakpoint
DROP TABLE `join`;--> statement-breakpoint
ALTER TABLE `__new_join` RENAME TO `join`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_select` (
	`order` integer PRIMARY KEY NOT NULL,
	`having` text,
	`limit` real,
	`default` text DEFAULT 'default',
	CONSTRAINT "check" CHECK("__new_select"."limit" IS NULL OR "__new_select"."limit" < 1000)
);
--> statement-breakpoint
INSERT INTO `__new_select`("order", "having", "limit", "default") SELECT "order", "having", "limit", "default" FROM `select`;--> statement-breakpoint
DROP TABLE `select`;--> statement-breakpoint
ALTER TABLE `__new_select` RENAME TO `select`;--> statement-breakpoint
CREATE UNIQUE INDEX `index` ON `select` (`having`) WHERE "select"."limit" > 0 AND "select"."default" <> 'null';