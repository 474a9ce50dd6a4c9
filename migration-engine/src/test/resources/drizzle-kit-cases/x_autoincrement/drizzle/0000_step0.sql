CREATE TABLE `seqs` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` text
);
--> statement-breakpoint
CREATE TABLE `logs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`seq_id` integer,
	FOREIGN KEY (`seq_id`) REFERENCES `seqs`(`id`) ON UPDATE no action ON DELETE cascade
);
