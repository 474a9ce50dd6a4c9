DROP INDEX `code_uq`;--> statement-breakpoint
CREATE UNIQUE INDEX `code_uq` ON `a` (`code`);--> statement-breakpoint
CREATE UNIQUE INDEX `b_code_idx` ON `b` (`code`);