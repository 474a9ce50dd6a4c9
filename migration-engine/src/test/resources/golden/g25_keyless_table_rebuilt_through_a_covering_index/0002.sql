PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `t7` DROP COLUMN `c10`;--> statement-breakpoint
CREATE TABLE `__new_t12` (
	`c13` numeric DEFAULT 14,
	`group` integer,
	`values` integer GENERATED ALWAYS AS (typeof("c13")) VIRTUAL
);
--> statement-breakpoint
INSERT INTO `__new_t12`(`c13`,`group`) SELECT `c13`, `group` FROM `t12`;--> statement-breakpoint
DROP TABLE `t12`;--> statement-breakpoint
ALTER TABLE `__new_t12` RENAME TO `t12`;--> statement-breakpoint
CREATE INDEX `ix15` ON `t12` (`group`,`c13`);--> statement-breakpoint
PRAGMA foreign_keys=ON;