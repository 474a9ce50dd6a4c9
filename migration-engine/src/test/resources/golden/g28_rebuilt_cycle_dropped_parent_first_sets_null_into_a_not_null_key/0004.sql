PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_t97` AS SELECT * FROM `t97`;--> statement-breakpoint
CREATE TABLE `__old_t90` AS SELECT * FROM `t90`;--> statement-breakpoint
DELETE FROM `t97`;--> statement-breakpoint
DROP TABLE `t90`;--> statement-breakpoint
CREATE TABLE `t90` (
	`code` text PRIMARY KEY NOT NULL,
	`c91` integer,
	`c92` text,
	`c93` text,
	`c95` text GENERATED ALWAYS AS (typeof("c92")) STORED,
	`c124` text,
	FOREIGN KEY (`c92`) REFERENCES `t97`(`c22`) ON UPDATE no action ON DELETE set default,
	FOREIGN KEY (`c93`) REFERENCES `t90`(`code`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`c124`) REFERENCES `t7`(`c42`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "ck123" CHECK(length("c93") < 60)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `t90_c91_unique` ON `t90` (`c91`);--> statement-breakpoint
INSERT INTO `t97`(`id`,`it's`,`c19`,`group`,`c20`,`c22`,`c96`) SELECT `id`,`it's`,`c19`,`group`,`c20`,`c22`,`c96` FROM `__old_t97`;--> statement-breakpoint
INSERT INTO `t90`(`code`,`c91`,`c92`,`c93`) SELECT `code`, `c91`, `c92`, `c93` FROM `__old_t90`;--> statement-breakpoint
DROP TABLE `__old_t97`;--> statement-breakpoint
DROP TABLE `__old_t90`;--> statement-breakpoint
PRAGMA foreign_keys=ON;