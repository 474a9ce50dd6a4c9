DROP TABLE `t `;--> statement-breakpoint
ALTER TABLE `café` RENAME TO `nfd_table`;