DROP VIEW `table`;--> statement-breakpoint
ALTER TABLE `order` RENAME TO `orders`;--> statement-breakpoint
DROP INDEX `index`;--> statement-breakpoint
ALTER TABLE `orders` DROP COLUMN `to`;--> statement-breakpoint
CREATE INDEX `index` ON `orders` (`from`);--> statement-breakpoint
CREATE VIEW `table` AS select o."from", g."value" from "orders" o join "group" g on g.id = o."group";