DROP INDEX `seats_label_code_uq`;--> statement-breakpoint
DROP INDEX `seats_hall_label_uq`;--> statement-breakpoint
CREATE UNIQUE INDEX `seats_label_code_uq` ON `seats` (`code`,`label`);--> statement-breakpoint
CREATE UNIQUE INDEX `seats_hall_label_uq` ON `seats` (`label`,`hall`);