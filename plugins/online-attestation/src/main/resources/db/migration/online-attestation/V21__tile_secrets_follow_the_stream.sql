-- Distribution: a stream's tile secret belongs to core's stream (ids are never reused), not to
-- oa_stream: switching the online flag off and on again keeps each student's tile order, and a
-- node may cache the secret for as long as it runs.
ALTER TABLE oa_tile_secret DROP FOREIGN KEY fk_oa_tile_secret_stream;
ALTER TABLE oa_tile_secret ADD CONSTRAINT fk_oa_tile_secret_core_stream
    FOREIGN KEY (stream_id) REFERENCES stream (id) ON DELETE CASCADE;
