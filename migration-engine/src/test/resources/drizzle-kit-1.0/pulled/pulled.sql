CREATE TABLE users (id integer PRIMARY KEY NOT NULL, email text NOT NULL, name text);
CREATE UNIQUE INDEX users_email_unique ON users (email);
CREATE TABLE posts (id integer PRIMARY KEY NOT NULL, title text NOT NULL, author_id integer NOT NULL REFERENCES users(id) ON DELETE CASCADE);
