PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_t112` AS SELECT * FROM `t112`;--> statement-breakpoint
CREATE TABLE `__old_t22` AS SELECT * FROM `t22`;--> statement-breakpoint
DROP TABLE `t22`;--> statement-breakpoint
DROP TABLE `t112`;--> statement-breakpoint
CREATE TABLE `t112` (
	`id` integer PRIMARY KEY NOT NULL,
	`c2` integer DEFAULT 3,
	`c4` real DEFAULT 5.5 NOT NULL,
	`c6` text DEFAULT 'd53' NOT NULL,
	`c8` numeric DEFAULT 9,
	`order` integer,
	`c176` integer,
	`c177` text,
	FOREIGN KEY (`order`) REFERENCES `t112`(`id`) ON UPDATE cascade ON DELETE cascade,
	FOREIGN KEY (`c176`,`c177`) REFERENCES `t107`(`key`,`c35`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ix10` ON `t112` (`c6`);--> statement-breakpoint
CREATE TABLE `t22` (
	`it's` real,
	`c23` integer,
	`c25` integer,
	`c124` text,
	`c174` integer,
	`c175` text,
	FOREIGN KEY (`c23`) REFERENCES `t112`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`c25`) REFERENCES `t112`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`c124`) REFERENCES `t97`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`c174`,`c175`) REFERENCES `it's`(`c16`,`c17`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "ck26" CHECK(length("c25") < 60)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ix108` ON `t22` (`it's`);--> statement-breakpoint
INSERT INTO `t112`(`id`,`c2`,`c4`,`c6`,`c8`,`order`) SELECT `id`, `c2`, `c4`, `c6`, `c8`, `order` FROM `__old_t112`;--> statement-breakpoint
INSERT INTO `t22`(`it's`,`c23`,`c25`,`c124`) SELECT `it's`, `c23`, `c25`, `c124` FROM `__old_t22`;--> statement-breakpoint
DROP TABLE `__old_t112`;--> statement-breakpoint
DROP TABLE `__old_t22`;--> statement-breakpoint
PRAGMA foreign_keys=ON;