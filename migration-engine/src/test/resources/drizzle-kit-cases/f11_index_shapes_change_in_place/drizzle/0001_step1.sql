DROP INDEX `Ix_Case`;--> statement-breakpoint
DROP INDEX `ix_ab`;--> statement-breakpoint
DROP INDEX `ix_c`;--> statement-breakpoint
DROP INDEX `ix_part`;--> statement-breakpoint
DROP INDEX `metrics_b_c_uq`;--> statement-breakpoint
CREATE INDEX `ix_case` ON `metrics` (`b`);--> statement-breakpoint
CREATE INDEX `ix_ab` ON `metrics` (`b`,`a`);--> statement-breakpoint
CREATE INDEX `ix_c` ON `metrics` (`c`);--> statement-breakpoint
CREATE INDEX `ix_part` ON `metrics` (`d`) WHERE "metrics"."a" > 1;--> statement-breakpoint
CREATE UNIQUE INDEX `metrics_b_c_uq` ON `metrics` (`c`,`b`);