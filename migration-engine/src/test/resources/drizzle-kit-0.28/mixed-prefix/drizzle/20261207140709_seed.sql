-- Custom SQL migration file, put your code below! --
INSERT INTO users (display_name, email) VALUES ('Ada', 'ada@example.com');
--> statement-breakpoint
INSERT INTO posts (author_id, title) SELECT id, 'hello' FROM users WHERE email = 'ada@example.com';
