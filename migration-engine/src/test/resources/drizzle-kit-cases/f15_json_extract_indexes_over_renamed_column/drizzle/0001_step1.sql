ALTER TABLE `profiles` RENAME COLUMN "data" TO "payload";--> statement-breakpoint
DROP INDEX `profiles_email_uq`;--> statement-breakpoint
DROP INDEX `profiles_age_idx`;--> statement-breakpoint
CREATE UNIQUE INDEX `profiles_email_uq` ON `profiles` (`json_extract("payload"`,` '$.email')`) WHERE json_extract("profiles"."payload", '$.email') is not null;--> statement-breakpoint
CREATE INDEX `profiles_age_idx` ON `profiles` (`id`,`json_extract("payload"`,` '$.age')`);