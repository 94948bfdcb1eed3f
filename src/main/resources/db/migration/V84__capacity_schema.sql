-- Capacity building (issue 17): organisations enrolled in a programme, their entry and exit assessments on fixed
-- dimensions, development-plan milestones, the programme's targets for its whole period, and the links that name
-- the organisation a participant came with (attendance) or a consultation served (event).

CREATE TABLE capacity_enrolment (
    id               BIGSERIAL PRIMARY KEY,
    programme_id     BIGINT      NOT NULL REFERENCES programme (id),
    organisation_id  BIGINT      NOT NULL REFERENCES organisation (id),
    enrolled_on      DATE        NOT NULL,
    left_on          DATE,
    note             TEXT,
    version          BIGINT      NOT NULL DEFAULT 0,
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT capacity_enrolment_once UNIQUE (programme_id, organisation_id),
    CONSTRAINT capacity_enrolment_dates_ordered CHECK (left_on IS NULL OR left_on >= enrolled_on)
);
CREATE INDEX capacity_enrolment_organisation_idx ON capacity_enrolment (organisation_id, programme_id);

-- An assessment at entry or at exit; one of each per enrolment.
CREATE TABLE capacity_assessment (
    id             BIGSERIAL PRIMARY KEY,
    enrolment_id   BIGINT      NOT NULL REFERENCES capacity_enrolment (id) ON DELETE CASCADE,
    stage          VARCHAR(10) NOT NULL CHECK (stage IN ('ENTRY', 'EXIT')),
    assessed_on    DATE        NOT NULL,
    version        BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT capacity_assessment_once UNIQUE (enrolment_id, stage)
);

-- One score (1-4) per fixed dimension, with a note.
CREATE TABLE capacity_assessment_score (
    assessment_id  BIGINT      NOT NULL REFERENCES capacity_assessment (id) ON DELETE CASCADE,
    dimension      VARCHAR(30) NOT NULL CHECK (dimension IN ('GOVERNANCE', 'PLANNING', 'FUNDRAISING',
                       'COMMUNICATION', 'PARTNERSHIPS', 'COMMUNITY_INVOLVEMENT')),
    score          SMALLINT    NOT NULL CHECK (score BETWEEN 1 AND 4),
    note           VARCHAR(500),
    PRIMARY KEY (assessment_id, dimension)
);

-- A milestone of the organisation's development plan.
CREATE TABLE capacity_milestone (
    id             BIGSERIAL PRIMARY KEY,
    enrolment_id   BIGINT       NOT NULL REFERENCES capacity_enrolment (id) ON DELETE CASCADE,
    title          VARCHAR(200) NOT NULL,
    due_on         DATE         NOT NULL,
    done_on        DATE,
    version        BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX capacity_milestone_enrolment_idx ON capacity_milestone (enrolment_id, due_on, id);

-- Targets of a programme for its whole period, saved as a whole with optimistic locking: organisations enrolled
-- per county (county_code set), the other indicators for the whole programme (county_code NULL).
CREATE TABLE programme_target_set (
    programme_id  BIGINT      PRIMARY KEY REFERENCES programme (id) ON DELETE CASCADE,
    version       BIGINT      NOT NULL DEFAULT 0,
    updated_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE TABLE programme_target (
    programme_id  BIGINT      NOT NULL REFERENCES programme_target_set (programme_id) ON DELETE CASCADE,
    indicator     VARCHAR(40) NOT NULL CHECK (indicator IN ('ORGANISATIONS_ENROLLED', 'TRAININGS_HELD',
                      'TRAINING_HOURS', 'PARTICIPANTS', 'MENTORING_SESSIONS', 'INITIATIVES_REALISED', 'OUTCOMES')),
    county_code   CHAR(2)     REFERENCES county (code),
    target        INTEGER     NOT NULL CHECK (target >= 0),
    CONSTRAINT programme_target_county CHECK ((indicator = 'ORGANISATIONS_ENROLLED') = (county_code IS NOT NULL))
);
CREATE UNIQUE INDEX programme_target_once ON programme_target (programme_id, indicator, coalesce(county_code, '--'));

-- The organisation a participant came with, and the organisation an individual consultation served.
ALTER TABLE event_attendance ADD COLUMN organisation_id BIGINT REFERENCES organisation (id);
CREATE INDEX event_attendance_organisation_idx ON event_attendance (organisation_id) WHERE organisation_id IS NOT NULL;
ALTER TABLE activity_event ADD COLUMN organisation_id BIGINT REFERENCES organisation (id);
CREATE INDEX activity_event_organisation_idx ON activity_event (organisation_id) WHERE organisation_id IS NOT NULL;
