ALTER TABLE `users` DROP COLUMN `domain`;--> statement-breakpoint
ALTER TABLE `users` ADD `domain` text GENERATED ALWAYS AS (upper(substr("email", instr("email", '@') + 1))) VIRTUAL;