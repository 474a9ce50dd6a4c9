/**
 * Use case db:up (drizzle-kit's up): upgrade SQLite snapshots written by older drizzle-kit versions to version 6, or convert a
 * folder in drizzle-kit 1.0's layout to the journal layout.
 */
package dev.godwit.engine.up;
