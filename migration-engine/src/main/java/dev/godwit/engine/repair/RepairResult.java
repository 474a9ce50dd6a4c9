package dev.godwit.engine.repair;

import java.util.List;

/**
 * What {@code db:repair} changed (empty lists when nothing was needed or the user said no).
 *
 * @param rechecked    migrations whose checksum was re-recorded in the history table
 * @param sums         migrations whose {@code meta/_sums/} file was rewritten
 * @param removedRows  history rows removed because their migration exists nowhere
 * @param recorded     pending migrations recorded as applied because the database already has their schema (after a squash)
 */
public record RepairResult(List<String> rechecked, List<String> sums, List<String> removedRows, List<String> recorded) {

    public boolean changedNothing() {
        return rechecked.isEmpty() && sums.isEmpty() && removedRows.isEmpty() && recorded.isEmpty();
    }
}
