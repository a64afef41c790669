package kz.sabaq.core.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which tables a write concerns: the tables it names, never a column that contains a table's name. */
class WriteSignalsTest {

    @Test
    void aWriteConcernsTheTablesItNamesNotItsColumns() {
        assertEquals(Set.of("oa_presence"), WriteSignals.tablesNamed(
                "INSERT INTO oa_presence (stream_id, student_id, slot_id, seen_at) VALUES (?, ?, ?, ?) "
                        + "ON DUPLICATE KEY UPDATE seen_at = VALUES(seen_at)"));
        assertEquals(Set.of("student"), WriteSignals.tablesNamed(
                "insert ignore into `student` (user_id, group_id) values (?, ?)"));
        assertEquals(Set.of("oa_sitting", "oa_slot"), WriteSignals.tablesNamed(
                "UPDATE oa_sitting s JOIN oa_slot sl ON sl.id = s.slot_id SET s.placed_at = ? WHERE s.stream_id = ?"));
        assertEquals(Set.of("web_session"), WriteSignals.tablesNamed("DELETE FROM web_session WHERE user_id = ?"));
    }
}
