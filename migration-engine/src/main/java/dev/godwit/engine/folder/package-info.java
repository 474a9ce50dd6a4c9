/** Stage 1, the migrations folder in drizzle-kit's formats: journal, snapshots, SQL files, checksums and their integrity. */
package dev.godwit.engine.folder;
