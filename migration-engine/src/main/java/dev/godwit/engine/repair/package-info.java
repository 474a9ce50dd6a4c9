/** Use case db:repair (Flyway's repair): realign the history and meta/_sums/ with the migrations as they are. */
package dev.godwit.engine.repair;
