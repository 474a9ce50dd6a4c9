ALTER TABLE `Ärger` RENAME TO `__rename_ÄRGER`;--> statement-breakpoint
ALTER TABLE `__rename_ÄRGER` RENAME TO `ÄRGER`;--> statement-breakpoint
ALTER TABLE `ÄRGER` RENAME COLUMN "Ö" TO "Ö2";