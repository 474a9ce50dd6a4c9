CREATE TABLE `slots` (
	`a` integer NOT NULL,
	`b` integer,
	`code` text,
	PRIMARY KEY(`a`, `b`),
	CONSTRAINT "slots_code_short" CHECK(length("code") <= 4)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `slots_code_uq` ON `slots` (`code`);