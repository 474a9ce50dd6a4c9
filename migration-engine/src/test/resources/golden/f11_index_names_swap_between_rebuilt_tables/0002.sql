DROP INDEX `ix_two`;--> statement-breakpoint
DROP INDEX `ix_one`;--> statement-breakpoint
CREATE INDEX `ix_one` ON `alpha` (`y`);--> statement-breakpoint
CREATE INDEX `ix_two` ON `beta` (`z`);