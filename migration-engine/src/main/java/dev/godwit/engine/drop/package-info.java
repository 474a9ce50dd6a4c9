/** Use case db:drop (drizzle-kit's drop): remove a migration that no database has applied, and its files. */
package dev.godwit.engine.drop;
