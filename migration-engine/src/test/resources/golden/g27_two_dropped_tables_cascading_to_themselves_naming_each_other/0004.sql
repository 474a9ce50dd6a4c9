PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `t1` ADD `c96` blob REFERENCES `t54`(`order`) ON UPDATE no action ON DELETE no action;--> statement-breakpoint
ALTER TABLE `t54` ADD `c93` integer REFERENCES `t1`(`id`) ON UPDATE no action ON DELETE restrict;--> statement-breakpoint
CREATE UNIQUE INDEX `uq95` ON `t54` (`values`,`order`);--> statement-breakpoint
CREATE TABLE `__new_t70` (
	`c71` real NOT NULL,
	`c72` blob NOT NULL,
	`values` integer,
	PRIMARY KEY(`c72`, `c71`),
	FOREIGN KEY (`c72`) REFERENCES `t54`(`order`) ON UPDATE no action ON DELETE set default,
	FOREIGN KEY (`values`) REFERENCES `t1`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_t70`(`c71`,`c72`,`values`) SELECT coalesce(`c71`, 0.0), coalesce(`c72`, X''), `values` FROM `t70`;--> statement-breakpoint
DROP TABLE `t70`;--> statement-breakpoint
ALTER TABLE `__new_t70` RENAME TO `t70`;--> statement-breakpoint
CREATE INDEX `ex75` ON `t70` (length("c71"));--> statement-breakpoint
PRAGMA foreign_keys=ON;