DROP INDEX `ix_one`;--> statement-breakpoint
DROP INDEX `ix_two`;--> statement-breakpoint
DROP INDEX `ux_c`;--> statement-breakpoint
CREATE INDEX `ix_one` ON `t` (`b`);--> statement-breakpoint
CREATE INDEX `ix_two` ON `t` (`a`);--> statement-breakpoint
CREATE INDEX `ux_c` ON `t` (`a`,`b`);--> statement-breakpoint
CREATE UNIQUE INDEX `ux_b2` ON `t` (`c`);