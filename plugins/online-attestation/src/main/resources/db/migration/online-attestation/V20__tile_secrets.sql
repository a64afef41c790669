-- Distribution: a random secret per stream that orders each student's ticket tiles. The order is
-- random per student, stable across reloads, and cannot be computed without this secret, so a
-- tile never tells which ticket lies behind it.
CREATE TABLE oa_tile_secret (
    stream_id   BIGINT      PRIMARY KEY,
    secret      BINARY(32)  NOT NULL,
    created_at  DATETIME(3) NOT NULL,
    CONSTRAINT fk_oa_tile_secret_stream FOREIGN KEY (stream_id) REFERENCES oa_stream (stream_id) ON DELETE CASCADE
) ENGINE=InnoDB;
