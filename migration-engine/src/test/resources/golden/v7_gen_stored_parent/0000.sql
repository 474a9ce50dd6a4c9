CREATE TABLE `orgs` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text
);
--> statement-breakpoint
CREATE TABLE `members` (
	`id` integer PRIMARY KEY NOT NULL,
	`org_id` integer NOT NULL,
	`email` text,
	`domain` text GENERATED ALWAYS AS (substr("email", instr("email", '@') + 1)) STORED,
	FOREIGN KEY (`org_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE VIEW `domains` AS select o.name, m.domain from orgs o join members m on m.org_id = o.id;