DROP INDEX `regions_country_code_uq`;--> statement-breakpoint
CREATE UNIQUE INDEX `regions_key_uq` ON `regions` (`country`,`region_code`);--> statement-breakpoint
CREATE INDEX `shops_code_idx` ON `shops` (`code`);