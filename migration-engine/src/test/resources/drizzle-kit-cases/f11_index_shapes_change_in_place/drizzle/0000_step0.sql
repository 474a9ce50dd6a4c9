CREATE TABLE `metrics` (
	`id` integer PRIMARY KEY NOT NULL,
	`a` integer,
	`b` text,
	`c` text,
	`d` real
);
--> statement-breakpoint
CREATE INDEX `ix_ab` ON `metrics` (`a`,`b`);--> statement-breakpoint
CREATE UNIQUE INDEX `ix_c` ON `metrics` (`c`);--> statement-breakpoint
CREATE INDEX `ix_part` ON `metrics` (`d`) WHERE "metrics"."a" > 0;--> statement-breakpoint
CREATE INDEX `Ix_Case` ON `metrics` (`b`);--> statement-breakpoint
CREATE UNIQUE INDEX `metrics_b_c_uq` ON `metrics` (`b`,`c`);