-- A new mark looks for other listeners' marks of its session and phase from the same address in
-- the same few seconds (a forwarded link, a browser without cookies): this index keeps that look
-- inside the scan's own INSERT cheap.
CREATE INDEX ix_att_mark_address ON att_mark (session_id, phase, address, marked_at);
