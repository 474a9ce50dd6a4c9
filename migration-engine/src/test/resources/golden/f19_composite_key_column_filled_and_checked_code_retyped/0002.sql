PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_slots` (
	`a` integer NOT NULL,
	`b` integer NOT NULL,
	`code` integer,
	PRIMARY KEY(`b`, `a`),
	CONSTRAINT "slots_code_len" CHECK(length("code") <= 4)
);
--> statement-breakpoint
INSERT INTO `__new_slots`(`a`,`b`,`code`) SELECT `a`, `b`, `code` FROM `slots`;--> statement-breakpoint
DROP TABLE `slots`;--> statement-breakpoint
ALTER TABLE `__new_slots` RENAME TO `slots`;--> statement-breakpoint
CREATE UNIQUE INDEX `slots_code_uq` ON `slots` (`code`);--> statement-breakpoint
PRAGMA foreign_keys=ON;