ALTER TABLE `Owner` RENAME COLUMN "owner" TO "name";--> statement-breakpoint
CREATE TABLE `Pet_Owner` (
	`pet_owner` integer PRIMARY KEY NOT NULL,
	`PET_OWNER_NOTE` text
);
--> statement-breakpoint
CREATE INDEX `pet_owner_note_idx` ON `Pet_Owner` (`PET_OWNER_NOTE`);