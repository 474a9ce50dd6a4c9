CREATE TABLE `codes` (
	`code` text PRIMARY KEY NOT NULL,
	`meaning` text
);
--> statement-breakpoint
CREATE TABLE `uses` (
	`id` integer PRIMARY KEY NOT NULL,
	`Code` text,
	FOREIGN KEY (`Code`) REFERENCES `codes`(`code`) ON UPDATE cascade ON DELETE cascade
);
