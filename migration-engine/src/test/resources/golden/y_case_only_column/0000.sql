CREATE TABLE `people` (
	`id` integer PRIMARY KEY NOT NULL,
	`Email` text,
	`Code` integer
);
--> statement-breakpoint
CREATE INDEX `Idx` ON `people` (`Email`);--> statement-breakpoint
CREATE UNIQUE INDEX `UQ` ON `people` (`Code`,`Email`);