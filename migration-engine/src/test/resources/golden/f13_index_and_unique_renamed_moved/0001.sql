DROP INDEX `docs_b_uq`;--> statement-breakpoint
DROP INDEX `docs_a_c_uq`;--> statement-breakpoint
DROP INDEX `docs_a_idx`;--> statement-breakpoint
CREATE INDEX `docs_a_index` ON `docs` (`a`);--> statement-breakpoint
CREATE UNIQUE INDEX `docs_b_uq` ON `docs` (`c`);--> statement-breakpoint
CREATE UNIQUE INDEX `docs_c_a_uq` ON `docs` (`c`,`a`);