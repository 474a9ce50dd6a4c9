PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_left_side` (
	`a` integer NOT NULL,
	`b` integer NOT NULL,
	`owner_id` integer,
	`qty` integer,
	PRIMARY KEY(`a`, `b`),
	FOREIGN KEY (`owner_id`) REFERENCES `owners`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "positive" CHECK("__new_left_side"."qty" > 0 and "__new_left_side"."qty" < 100)
);
--> statement-breakpoint
INSERT INTO `__new_left_side`("a", "b", "owner_id", "qty") SELECT "a", "b", "owner_id", "qty" FROM `left_side`;--> statement-breakpoint
DROP TABLE `left_side`;--> statement-breakpoint
ALTER TABLE `__new_left_side` RENAME TO `left_side`;--> statement-breakpoint
PRAGMA foreign_keys=ON;