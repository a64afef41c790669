-- People, web sessions, login throttling, roles, plugin state, notifications and the audit log.

CREATE TABLE app_user (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    iin                  CHAR(12)     NOT NULL,
    surname              VARCHAR(100) NOT NULL,
    first_name           VARCHAR(100) NOT NULL,
    patronymic           VARCHAR(100) NULL,
    email                VARCHAR(200) NULL,
    locale               CHAR(2)      NOT NULL DEFAULT 'kk',
    password_hash        VARCHAR(255) NULL,
    active               BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at           DATETIME(3)  NOT NULL,
    CONSTRAINT uq_app_user_iin UNIQUE (iin)
) ENGINE=InnoDB;

CREATE TABLE web_session (
    token_hash   BINARY(32)  NOT NULL PRIMARY KEY,
    user_id      BIGINT      NOT NULL,
    csrf_token   CHAR(43)    NOT NULL,
    created_at   DATETIME(3) NOT NULL,
    expires_at   DATETIME(3) NOT NULL,
    CONSTRAINT fk_web_session_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    INDEX ix_web_session_user (user_id),
    INDEX ix_web_session_expires (expires_at)
) ENGINE=InnoDB;

CREATE TABLE login_throttle (
    subject            VARCHAR(80) NOT NULL PRIMARY KEY,
    failures           INT         NOT NULL,
    window_started_at  DATETIME(3) NOT NULL,
    blocked_until      DATETIME(3) NULL
) ENGINE=InnoDB;

CREATE TABLE role (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    code       VARCHAR(60)  NOT NULL,
    name       VARCHAR(200) NULL,
    builtin    BOOLEAN      NOT NULL DEFAULT FALSE,
    -- Heads of department / PCC see only their own unit, known from the person.
    own_unit   ENUM('NONE', 'DEPARTMENT', 'PCC') NOT NULL DEFAULT 'NONE',
    CONSTRAINT uq_role_code UNIQUE (code)
) ENGINE=InnoDB;

CREATE TABLE role_module (
    role_id    BIGINT      NOT NULL,
    module_id  VARCHAR(100) NOT NULL,
    mode       ENUM('READ', 'EDIT') NOT NULL,
    PRIMARY KEY (role_id, module_id),
    CONSTRAINT fk_role_module_role FOREIGN KEY (role_id) REFERENCES role (id) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE role_right (
    role_id     BIGINT       NOT NULL,
    capability  VARCHAR(150) NOT NULL,
    PRIMARY KEY (role_id, capability),
    CONSTRAINT fk_role_right_role FOREIGN KEY (role_id) REFERENCES role (id) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE role_scope (
    role_id  BIGINT NOT NULL,
    kind     ENUM('TERM', 'DEPARTMENT', 'PCC') NOT NULL,
    ref_id   BIGINT NOT NULL,
    PRIMARY KEY (role_id, kind, ref_id),
    CONSTRAINT fk_role_scope_role FOREIGN KEY (role_id) REFERENCES role (id) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE user_role (
    user_id  BIGINT NOT NULL,
    role_id  BIGINT NOT NULL,
    PRIMARY KEY (user_id, role_id),
    CONSTRAINT fk_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_user_role_role FOREIGN KEY (role_id) REFERENCES role (id) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE plugin_state (
    plugin_id   VARCHAR(100) NOT NULL PRIMARY KEY,
    enabled     BOOLEAN      NOT NULL,
    changed_by  BIGINT       NULL,
    changed_at  DATETIME(3)  NOT NULL
) ENGINE=InnoDB;

CREATE TABLE plugin_setting (
    plugin_id    VARCHAR(100) NOT NULL,
    setting_key  VARCHAR(100) NOT NULL,
    value        TEXT         NOT NULL,
    PRIMARY KEY (plugin_id, setting_key)
) ENGINE=InnoDB;

CREATE TABLE notification (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id      BIGINT       NOT NULL,
    message_key  VARCHAR(150) NOT NULL,
    args_json    TEXT         NOT NULL,
    link         VARCHAR(500) NULL,
    created_at   DATETIME(3)  NOT NULL,
    read_at      DATETIME(3)  NULL,
    CONSTRAINT fk_notification_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    INDEX ix_notification_user_unread (user_id, read_at)
) ENGINE=InnoDB;

CREATE TABLE audit_event (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    at          DATETIME(3)  NOT NULL,
    actor_id    BIGINT       NULL,
    action      VARCHAR(120) NOT NULL,
    object      VARCHAR(200) NULL,
    details     TEXT         NOT NULL,
    INDEX ix_audit_at (at),
    INDEX ix_audit_action (action, at),
    INDEX ix_audit_actor (actor_id, at)
) ENGINE=InnoDB;

CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_event is append-only';

CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_event is append-only';

-- A role module's default role grants are applied once, when it is first seen; after that the
-- role editor's choices stand, even when the administrator removed a default.
CREATE TABLE role_module_defaults_applied (
    module_id   VARCHAR(100) NOT NULL PRIMARY KEY,
    applied_at  DATETIME(3)  NOT NULL
) ENGINE=InnoDB;
