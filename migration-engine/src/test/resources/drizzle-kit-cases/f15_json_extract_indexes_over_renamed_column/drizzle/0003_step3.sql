DROP INDEX `profiles_email_uq`;--> statement-breakpoint
DROP INDEX `profiles_age_idx`;--> statement-breakpoint
CREATE UNIQUE INDEX `profiles_email_uq` ON `profiles` (`lower(json_extract("payload"`,` '$.email'))`) WHERE json_extract("profiles"."payload", '$.email') is not null;--> statement-breakpoint
CREATE INDEX `profiles_age_idx` ON `profiles` (`kind`,`json_extract("payload"`,` '$.profile.age')`) WHERE "profiles"."kind" = 'user' and json_type("profiles"."payload", '$.profile') = 'object';