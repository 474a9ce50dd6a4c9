ALTER TABLE `ledger` ADD `first` text;--> statement-breakpoint
ALTER TABLE `ledger` ADD `m` integer DEFAULT 7;