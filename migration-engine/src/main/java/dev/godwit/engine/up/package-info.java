/** Use case db:up (drizzle-kit's up): upgrade SQLite snapshots written by older drizzle-kit versions to version 6. */
package dev.godwit.engine.up;
