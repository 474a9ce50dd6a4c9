PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_plans` AS SELECT * FROM `plans`;--> statement-breakpoint
CREATE TABLE `__old_subscriptions` AS SELECT * FROM `subscriptions`;--> statement-breakpoint
DELETE FROM `subscriptions`;--> statement-breakpoint
DROP TABLE `plans`;--> statement-breakpoint
CREATE TABLE `plans` (
	`id` integer NOT NULL,
	`code` text PRIMARY KEY NOT NULL,
	`price` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `plans_id_unique` ON `plans` (`id`);--> statement-breakpoint
INSERT INTO `plans`(`id`,`code`,`price`) SELECT `id`, `code`, `price` FROM `__old_plans`;--> statement-breakpoint
INSERT INTO `subscriptions`(`id`,`plan_id`,`plan_code`) SELECT `id`,`plan_id`,`plan_code` FROM `__old_subscriptions`;--> statement-breakpoint
DROP TABLE `__old_plans`;--> statement-breakpoint
DROP TABLE `__old_subscriptions`;--> statement-breakpoint
PRAGMA foreign_keys=ON;