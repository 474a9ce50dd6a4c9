ALTER TABLE `settings` ADD `slot` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `settings_slot_uq` ON `settings` (`slot`);