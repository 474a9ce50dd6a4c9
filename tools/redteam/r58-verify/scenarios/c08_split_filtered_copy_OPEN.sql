CREATE TABLE `profiles` (`user_id` integer PRIMARY KEY NOT NULL, `phone` text NOT NULL, FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade);
--> statement-breakpoint
INSERT INTO profiles (user_id, phone) SELECT id, phone FROM users WHERE phone LIKE '+%';
--> statement-breakpoint
ALTER TABLE users DROP COLUMN phone;
