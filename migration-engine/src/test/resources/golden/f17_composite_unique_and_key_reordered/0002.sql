DROP INDEX `seats_label_code_uq`;--> statement-breakpoint
CREATE UNIQUE INDEX `seats_label_code_hall_uq` ON `seats` (`label`,`code`,`hall`) WHERE "code" IS NOT NULL;