CREATE TABLE `audit` (
	`id` integer PRIMARY KEY NOT NULL,
	`item_id` integer,
	`what` text
);
--> statement-breakpoint
CREATE TABLE `items` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text NOT NULL
);
--> statement-breakpoint
CREATE TRIGGER `items_audit` AFTER INSERT ON `items` BEGIN INSERT INTO `audit` (`item_id`, `what`) VALUES (NEW.`id`, 'insert'); END;
--> statement-breakpoint
CREATE TABLE `readings` (
	`id` integer PRIMARY KEY NOT NULL,
	`value` integer NOT NULL
) STRICT;
