ALTER TABLE `t8` RENAME TO `values`;--> statement-breakpoint
CREATE TABLE `T8` (
	`id` integer PRIMARY KEY NOT NULL,
	`c76` text,
	`c77` integer,
	`c78` integer,
	`c80` text,
	FOREIGN KEY (`c78`) REFERENCES `t1`(`id`) ON UPDATE restrict ON DELETE no action,
	FOREIGN KEY (`c80`) REFERENCES `values`(`c53`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "ck83" CHECK("c80" IS NOT 'forbidden')
);
--> statement-breakpoint
CREATE INDEX `ix82` ON `T8` (`c76`,`c77`);--> statement-breakpoint
ALTER TABLE `values` ADD `c84` integer REFERENCES `t1`(`id`) ON UPDATE no action ON DELETE set null;