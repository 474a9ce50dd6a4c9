DROP INDEX `ix_part`;--> statement-breakpoint
DROP INDEX `metrics_b_c_uq`;--> statement-breakpoint
DROP INDEX `ix_ab`;--> statement-breakpoint
DROP INDEX `ix_c`;--> statement-breakpoint
DROP INDEX `ix_case`;--> statement-breakpoint
CREATE UNIQUE INDEX `metrics_c_unique` ON `metrics` (`c`);--> statement-breakpoint
CREATE UNIQUE INDEX `ix_ab` ON `metrics` (`b`,`a`);--> statement-breakpoint
CREATE INDEX `ix_c` ON `metrics` (`c`,`d`);--> statement-breakpoint
CREATE INDEX `ix_case` ON `metrics` (`b`) WHERE "metrics"."b" is not null;