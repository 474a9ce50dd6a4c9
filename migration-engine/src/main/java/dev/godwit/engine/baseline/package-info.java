/** Use case db:baseline (Flyway's baseline): record migrations as applied on a database made outside Godwit, after checking its schema. */
package dev.godwit.engine.baseline;
