-- Conference platforms' small stores (PlatformContext.store): e.g. the analytics BigBlueButton posts
-- to its callback when a meeting ends, kept until attendance is taken from it.
CREATE TABLE conference_store (
    platform   VARCHAR(64)  NOT NULL,
    name       VARCHAR(190) NOT NULL,
    value      MEDIUMTEXT   NOT NULL,
    updated_at DATETIME(3)  NOT NULL,
    PRIMARY KEY (platform, name)
) ENGINE=InnoDB;
