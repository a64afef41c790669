CREATE TABLE ann_announcement (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    title         VARCHAR(200)  NOT NULL,
    body          TEXT          NOT NULL,
    author_id     BIGINT        NOT NULL,
    published_at  DATETIME(3)   NOT NULL,
    expires_at    DATETIME(3)   NOT NULL,
    INDEX ix_ann_current (expires_at, published_at)
) ENGINE=InnoDB;
