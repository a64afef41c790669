-- The academic model. Names are kept in the three interface languages; `code` is the natural key
-- that CSV imports use to refer to a row.

CREATE TABLE department (
    id       BIGINT AUTO_INCREMENT PRIMARY KEY,
    code     VARCHAR(40)  NOT NULL,
    name_kk  VARCHAR(200) NOT NULL,
    name_ru  VARCHAR(200) NOT NULL,
    name_en  VARCHAR(200) NOT NULL,
    CONSTRAINT uq_department_code UNIQUE (code)
) ENGINE=InnoDB;

-- Subject-cycle commission (ПЦК), a college's unit; may belong to a department.
CREATE TABLE pcc (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    code           VARCHAR(40)  NOT NULL,
    name_kk        VARCHAR(200) NOT NULL,
    name_ru        VARCHAR(200) NOT NULL,
    name_en        VARCHAR(200) NOT NULL,
    department_id  BIGINT NULL,
    CONSTRAINT uq_pcc_code UNIQUE (code),
    CONSTRAINT fk_pcc_department FOREIGN KEY (department_id) REFERENCES department (id)
) ENGINE=InnoDB;

CREATE TABLE speciality (
    id       BIGINT AUTO_INCREMENT PRIMARY KEY,
    code     VARCHAR(40)  NOT NULL,
    name_kk  VARCHAR(200) NOT NULL,
    name_ru  VARCHAR(200) NOT NULL,
    name_en  VARCHAR(200) NOT NULL,
    CONSTRAINT uq_speciality_code UNIQUE (code)
) ENGINE=InnoDB;

CREATE TABLE qualification (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    code           VARCHAR(40)  NOT NULL,
    name_kk        VARCHAR(200) NOT NULL,
    name_ru        VARCHAR(200) NOT NULL,
    name_en        VARCHAR(200) NOT NULL,
    speciality_id  BIGINT NULL,
    CONSTRAINT uq_qualification_code UNIQUE (code),
    CONSTRAINT fk_qualification_speciality FOREIGN KEY (speciality_id) REFERENCES speciality (id)
) ENGINE=InnoDB;

-- Education technology: credit, traditional, distance…
CREATE TABLE education_technology (
    id       BIGINT AUTO_INCREMENT PRIMARY KEY,
    code     VARCHAR(40)  NOT NULL,
    name_kk  VARCHAR(200) NOT NULL,
    name_ru  VARCHAR(200) NOT NULL,
    name_en  VARCHAR(200) NOT NULL,
    CONSTRAINT uq_education_technology_code UNIQUE (code)
) ENGINE=InnoDB;

CREATE TABLE instruction_language (
    id       BIGINT AUTO_INCREMENT PRIMARY KEY,
    code     VARCHAR(40)  NOT NULL,
    name_kk  VARCHAR(200) NOT NULL,
    name_ru  VARCHAR(200) NOT NULL,
    name_en  VARCHAR(200) NOT NULL,
    CONSTRAINT uq_instruction_language_code UNIQUE (code)
) ENGINE=InnoDB;

-- Study term (оқу мерзімі), e.g. "4 years", "2 years 10 months": role restrictions refer to it.
CREATE TABLE study_term (
    id       BIGINT AUTO_INCREMENT PRIMARY KEY,
    code     VARCHAR(40)  NOT NULL,
    name_kk  VARCHAR(200) NOT NULL,
    name_ru  VARCHAR(200) NOT NULL,
    name_en  VARCHAR(200) NOT NULL,
    CONSTRAINT uq_study_term_code UNIQUE (code)
) ENGINE=InnoDB;

CREATE TABLE academic_year (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    code        VARCHAR(40) NOT NULL,          -- e.g. 2026-2027
    starts_on   DATE NOT NULL,
    ends_on     DATE NOT NULL,
    is_current  BOOLEAN NOT NULL DEFAULT FALSE,
    CONSTRAINT uq_academic_year_code UNIQUE (code)
) ENGINE=InnoDB;

-- Academic period (semester / term) of a year.
CREATE TABLE academic_period (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    code              VARCHAR(40)  NOT NULL,
    academic_year_id  BIGINT       NOT NULL,
    number            INT          NOT NULL,
    name_kk           VARCHAR(200) NOT NULL,
    name_ru           VARCHAR(200) NOT NULL,
    name_en           VARCHAR(200) NOT NULL,
    starts_on         DATE NOT NULL,
    ends_on           DATE NOT NULL,
    CONSTRAINT uq_academic_period_code UNIQUE (code),
    CONSTRAINT fk_academic_period_year FOREIGN KEY (academic_year_id) REFERENCES academic_year (id)
) ENGINE=InnoDB;

CREATE TABLE study_group (
    id                       BIGINT AUTO_INCREMENT PRIMARY KEY,
    code                     VARCHAR(40) NOT NULL,   -- e.g. ИС-21-1
    speciality_id            BIGINT NULL,
    qualification_id         BIGINT NULL,
    education_technology_id  BIGINT NULL,
    instruction_language_id  BIGINT NULL,
    study_term_id            BIGINT NULL,
    department_id            BIGINT NULL,
    pcc_id                   BIGINT NULL,
    admission_year           INT NULL,
    CONSTRAINT uq_study_group_code UNIQUE (code),
    CONSTRAINT fk_group_speciality FOREIGN KEY (speciality_id) REFERENCES speciality (id),
    CONSTRAINT fk_group_qualification FOREIGN KEY (qualification_id) REFERENCES qualification (id),
    CONSTRAINT fk_group_technology FOREIGN KEY (education_technology_id) REFERENCES education_technology (id),
    CONSTRAINT fk_group_language FOREIGN KEY (instruction_language_id) REFERENCES instruction_language (id),
    CONSTRAINT fk_group_term FOREIGN KEY (study_term_id) REFERENCES study_term (id),
    CONSTRAINT fk_group_department FOREIGN KEY (department_id) REFERENCES department (id),
    CONSTRAINT fk_group_pcc FOREIGN KEY (pcc_id) REFERENCES pcc (id)
) ENGINE=InnoDB;

-- Academic calendar: the exam period of a group in an academic period.
CREATE TABLE exam_period (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    group_id            BIGINT NOT NULL,
    academic_period_id  BIGINT NOT NULL,
    starts_on           DATE NOT NULL,
    ends_on             DATE NOT NULL,
    CONSTRAINT uq_exam_period UNIQUE (group_id, academic_period_id),
    CONSTRAINT fk_exam_period_group FOREIGN KEY (group_id) REFERENCES study_group (id),
    CONSTRAINT fk_exam_period_period FOREIGN KEY (academic_period_id) REFERENCES academic_period (id)
) ENGINE=InnoDB;

CREATE TABLE student (
    user_id             BIGINT PRIMARY KEY,
    record_book_number  VARCHAR(40) NOT NULL,
    group_id            BIGINT NOT NULL,
    CONSTRAINT uq_student_record_book UNIQUE (record_book_number),
    CONSTRAINT fk_student_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_student_group FOREIGN KEY (group_id) REFERENCES study_group (id),
    INDEX ix_student_group (group_id)
) ENGINE=InnoDB;

-- Staff membership in a department and/or PCC (heads are limited to their own unit by it).
CREATE TABLE staff (
    user_id        BIGINT PRIMARY KEY,
    position       VARCHAR(200) NULL,
    department_id  BIGINT NULL,
    pcc_id         BIGINT NULL,
    CONSTRAINT fk_staff_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_staff_department FOREIGN KEY (department_id) REFERENCES department (id),
    CONSTRAINT fk_staff_pcc FOREIGN KEY (pcc_id) REFERENCES pcc (id)
) ENGINE=InnoDB;

CREATE TABLE discipline (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    code           VARCHAR(40)  NOT NULL,
    name_kk        VARCHAR(300) NOT NULL,
    name_ru        VARCHAR(300) NOT NULL,
    name_en        VARCHAR(300) NOT NULL,
    department_id  BIGINT NULL,
    pcc_id         BIGINT NULL,
    credits        INT NULL,
    CONSTRAINT uq_discipline_code UNIQUE (code),
    CONSTRAINT fk_discipline_department FOREIGN KEY (department_id) REFERENCES department (id),
    CONSTRAINT fk_discipline_pcc FOREIGN KEY (pcc_id) REFERENCES pcc (id)
) ENGINE=InnoDB;

-- A stream (ағым): a teacher's section of one discipline in one academic period, of one or more groups.
CREATE TABLE stream (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    code                VARCHAR(60) NOT NULL,
    discipline_id       BIGINT NOT NULL,
    teacher_id          BIGINT NOT NULL,
    academic_period_id  BIGINT NOT NULL,
    is_main             BOOLEAN NOT NULL DEFAULT TRUE,
    CONSTRAINT uq_stream_code UNIQUE (code),
    CONSTRAINT fk_stream_discipline FOREIGN KEY (discipline_id) REFERENCES discipline (id),
    CONSTRAINT fk_stream_teacher FOREIGN KEY (teacher_id) REFERENCES app_user (id),
    CONSTRAINT fk_stream_period FOREIGN KEY (academic_period_id) REFERENCES academic_period (id),
    INDEX ix_stream_teacher (teacher_id)
) ENGINE=InnoDB;

CREATE TABLE stream_group (
    stream_id  BIGINT NOT NULL,
    group_id   BIGINT NOT NULL,
    PRIMARY KEY (stream_id, group_id),
    CONSTRAINT fk_stream_group_stream FOREIGN KEY (stream_id) REFERENCES stream (id) ON DELETE CASCADE,
    CONSTRAINT fk_stream_group_group FOREIGN KEY (group_id) REFERENCES study_group (id),
    INDEX ix_stream_group_group (group_id)
) ENGINE=InnoDB;

-- One journal per stream. final_form: WRITTEN, ORAL, WRITTEN_ORAL, PASS_FAIL, TEST (NULL: not set).
CREATE TABLE journal (
    stream_id                 BIGINT PRIMARY KEY,
    final_form                ENUM('WRITTEN', 'ORAL', 'WRITTEN_ORAL', 'PASS_FAIL', 'TEST') NULL,
    final_grade_to_be_set     BOOLEAN NOT NULL DEFAULT TRUE,
    CONSTRAINT fk_journal_stream FOREIGN KEY (stream_id) REFERENCES stream (id) ON DELETE CASCADE
) ENGINE=InnoDB;

-- Grade cells that plugins write (final control, midterms, current control…). `kind` names the
-- column, e.g. 'final', 'final.written', 'midterm.1'; `source` is the writing module.
CREATE TABLE journal_grade (
    stream_id   BIGINT       NOT NULL,
    student_id  BIGINT       NOT NULL,
    kind        VARCHAR(60)  NOT NULL,
    value       VARCHAR(20)  NOT NULL,
    source      VARCHAR(100) NOT NULL,
    set_by      BIGINT       NULL,
    set_at      DATETIME(3)  NOT NULL,
    PRIMARY KEY (stream_id, student_id, kind),
    CONSTRAINT fk_journal_grade_journal FOREIGN KEY (stream_id) REFERENCES journal (stream_id) ON DELETE CASCADE,
    CONSTRAINT fk_journal_grade_student FOREIGN KEY (student_id) REFERENCES student (user_id)
) ENGINE=InnoDB;

CREATE TABLE room (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    code       VARCHAR(40)  NOT NULL,
    building   VARCHAR(100) NULL,
    capacity   INT NULL,
    latitude   DECIMAL(9, 6) NULL,
    longitude  DECIMAL(9, 6) NULL,
    CONSTRAINT uq_room_code UNIQUE (code)
) ENGINE=InnoDB;

-- Networks a QR scan in the room may come from, in CIDR notation (e.g. 10.12.0.0/16).
CREATE TABLE room_network (
    room_id  BIGINT      NOT NULL,
    cidr     VARCHAR(50) NOT NULL,
    PRIMARY KEY (room_id, cidr),
    CONSTRAINT fk_room_network_room FOREIGN KEY (room_id) REFERENCES room (id) ON DELETE CASCADE
) ENGINE=InnoDB;

-- The institution's bell schedule: numbered periods with start and end times.
CREATE TABLE bell_period (
    number     INT  PRIMARY KEY,
    starts_at  TIME NOT NULL,
    ends_at    TIME NOT NULL
) ENGINE=InnoDB;

-- A timetable session: one class meeting of a stream, in a room, with a scheduled start and end.
CREATE TABLE timetable_session (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    stream_id  BIGINT      NOT NULL,
    room_id    BIGINT      NULL,
    starts_at  DATETIME(3) NOT NULL,
    ends_at    DATETIME(3) NOT NULL,
    CONSTRAINT fk_session_stream FOREIGN KEY (stream_id) REFERENCES stream (id) ON DELETE CASCADE,
    CONSTRAINT fk_session_room FOREIGN KEY (room_id) REFERENCES room (id),
    CONSTRAINT uq_session_stream_start UNIQUE (stream_id, starts_at),
    INDEX ix_session_starts (starts_at)
) ENGINE=InnoDB;
