PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `right_side` RENAME TO `right_hand`;--> statement-breakpoint
CREATE TABLE `__new_right_hand` (
	`a` integer NOT NULL,
	`b` integer NOT NULL,
	`owner_id` integer,
	`qty` integer,
	PRIMARY KEY(`a`, `b`),
	FOREIGN KEY (`owner_id`) REFERENCES `owners`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "non_negative" CHECK("qty" >= 0)
);
--> statement-breakpoint
INSERT INTO `__new_right_hand`(`a`,`b`,`owner_id`,`qty`) SELECT `a`, `b`, `owner_id`, `qty` FROM `right_hand`;--> statement-breakpoint
DROP TABLE `right_hand`;--> statement-breakpoint
ALTER TABLE `__new_right_hand` RENAME TO `right_hand`;--> statement-breakpoint
PRAGMA foreign_keys=ON;