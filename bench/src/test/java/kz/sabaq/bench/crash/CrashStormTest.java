package kz.sabaq.bench.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kz.sabaq.bench.attendance.QrCheckInScenario.CheckIn;
import kz.sabaq.core.db.Database;
import kz.sabaq.core.testing.TestDatabase;
import kz.sabaq.core.testing.TestServer;
import org.apache.ibatis.annotations.Select;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A short storm, as {@code ./sabaq bench crash-storm} runs it: the server as a child process,
 * check-ins and answers with a file under load, one SIGKILL in the middle, a restart, and the
 * inspection of what the server acknowledged; then a loss made by hand, which the inspection must see.
 */
class CrashStormTest {

    interface AnswerFileKeys {
        @Select("SELECT file_key FROM oa_answer_file LIMIT 1")
        String any();
    }

    @Test
    void whatTheServerAcknowledgedOutlivesItsSigkill(@TempDir Path data) throws Exception {
        TestDatabase.Fresh db = TestDatabase.fresh();
        StormDatabase database = StormDatabase.external("the tests' MariaDB", db.url(), db.user(), db.password());
        StormOptions options = StormOptions.parse(List.of("--interval", "3s", "--kills", "1", "--checkins", "30/s",
                "--answers", "6/s", "--clients", "2", "--data", data.toString(),
                "--config", TestServer.repoRoot().resolve("config/sabaq.yaml").toString()));

        CrashStorm.Result storm = new CrashStorm(options, database, TestServer.repoRoot(), System.out).run();
        System.out.print(StormReport.text(storm));

        assertEquals(1, storm.crashes().size());
        assertEquals(137, storm.crashes().get(0).exitStatus(), "128 + SIGKILL");
        assertTrue(storm.checkIns().errors() > 0, "check-ins were refused while the server was down");
        assertTrue(storm.findings().checkInsAcknowledged() > 0 && storm.findings().answersAcknowledged() > 0);
        assertTrue(storm.acknowledgedAfterLastRestart() > 0, "the restarted server served again");
        assertEquals(0, storm.findings().lost(), storm.findings().problems().toString());
        assertEquals(0, storm.findings().halfWritten(), storm.findings().problems().toString());
        assertTrue(storm.passed());

        // The inspection itself must see a loss: a file deleted behind a row, a check-in acknowledged but absent.
        Path files = ServerConfigFile.uploads(data).resolve("online-attestation");
        Receipts receipts = new Receipts();
        receipts.checkedIn(new CheckIn(-1, -1));
        try (Database reader = Database.connect(db.url(), db.user(), db.password(), 1)) {
            String key = reader.mapper(AnswerFileKeys.class).any();
            Files.delete(files.resolve(key.substring(0, 2)).resolve(key));
            Inspection.Findings tampered = Inspection.inspect(reader, files, receipts);
            assertEquals(1, tampered.checkInsMissing());
            assertEquals(1, tampered.fileRowsWithoutFile());
        }
    }
}
