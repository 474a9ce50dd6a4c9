ALTER TABLE `t` ADD `h` integer DEFAULT 3 NOT NULL;--> statement-breakpoint
ALTER TABLE `t` ADD `i` real DEFAULT 1e+22;