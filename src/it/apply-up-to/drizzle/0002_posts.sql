CREATE TABLE `posts` (`id` integer PRIMARY KEY NOT NULL, `title` text);
